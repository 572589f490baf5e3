from enum import StrEnum


class AudioModerationEventType(StrEnum):
    AUDIOBOOK = "audiobook"
    DEFAULT = "default"
    ECOMMERCE = "ecommerce"
    EDUCATION = "education"
    GAME = "game"
    LIVE = "live"
    PRIVATE = "private"
    VOICEROOM = "voiceroom"

    def __str__(self) -> str:
        return str(self.value)
