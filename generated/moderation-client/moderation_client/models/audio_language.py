from enum import StrEnum


class AudioLanguage(StrEnum):
    ZH = "zh"

    def __str__(self) -> str:
        return str(self.value)
