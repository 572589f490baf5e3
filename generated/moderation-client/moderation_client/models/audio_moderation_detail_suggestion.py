from enum import StrEnum


class AudioModerationDetailSuggestion(StrEnum):
    BLOCK = "block"
    REVIEW = "review"

    def __str__(self) -> str:
        return str(self.value)
