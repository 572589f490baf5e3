from enum import StrEnum


class CreateType(StrEnum):
    PACKAGE = "PACKAGE"
    SEGMENT = "SEGMENT"

    def __str__(self) -> str:
        return str(self.value)
