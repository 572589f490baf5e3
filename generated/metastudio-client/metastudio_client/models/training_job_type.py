from enum import StrEnum


class TrainingJobType(StrEnum):
    ADVANCE = "ADVANCE"
    BASIC = "BASIC"
    FLEXUS = "FLEXUS"
    MIDDLE = "MIDDLE"
    THIRD_PARTY = "THIRD_PARTY"
    THIRD_PARTY_LJZN = "THIRD_PARTY_LJZN"

    def __str__(self) -> str:
        return str(self.value)
