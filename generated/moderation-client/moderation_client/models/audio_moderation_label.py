from enum import StrEnum


class AudioModerationLabel(StrEnum):
    ABUSE = "abuse"
    AD = "ad"
    BAN = "ban"
    MEANINGLESS = "meaningless"
    MOAN = "moan"
    POLITICS = "politics"
    PORN = "porn"
    TERRORISM = "terrorism"

    def __str__(self) -> str:
        return str(self.value)
