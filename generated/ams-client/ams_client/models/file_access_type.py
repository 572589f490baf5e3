from enum import StrEnum


class FileAccessType(StrEnum):
    COS = "COS"
    URL = "URL"

    def __str__(self) -> str:
        return str(self.value)
