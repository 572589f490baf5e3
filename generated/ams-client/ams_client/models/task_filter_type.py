from enum import StrEnum


class TaskFilterType(StrEnum):
    AUDIO = "AUDIO"
    LIVE_AUDIO = "LIVE_AUDIO"
    LIVE_VIDEO = "LIVE_VIDEO"
    VIDEO = "VIDEO"

    def __str__(self) -> str:
        return str(self.value)
