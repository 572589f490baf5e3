from enum import StrEnum


class AudioModerationCategory(StrEnum):
    ABUSE = "abuse"
    AD = "ad"
    MOAN = "moan"
    POLITICS = "politics"
    PORN = "porn"

    def __str__(self) -> str:
        return str(self.value)
