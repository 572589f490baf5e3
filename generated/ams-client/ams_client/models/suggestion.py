from enum import StrEnum


class Suggestion(StrEnum):
    BLOCK = "Block"
    PASS = "Pass"
    REVIEW = "Review"

    def __str__(self) -> str:
        return str(self.value)
