from enum import StrEnum


class JobTag(StrEnum):
    CUSTOMER = "CUSTOMER"
    ECOMMERCE = "ECOMMERCE"
    EDUCATION = "EDUCATION"
    LIVE = "LIVE"
    MARKETING = "MARKETING"
    NEWS = "NEWS"
    STORYTELLING = "STORYTELLING"

    def __str__(self) -> str:
        return str(self.value)
