from enum import StrEnum


class AudioModerationType(StrEnum):
    AUDIO = "AUDIO"
    AUDIO_AIGC = "AUDIO_AIGC"
    LIVE_AUDIO = "LIVE_AUDIO"

    def __str__(self) -> str:
        return str(self.value)
