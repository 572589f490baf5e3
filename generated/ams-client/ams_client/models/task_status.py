from enum import StrEnum


class TaskStatus(StrEnum):
    CANCELLED = "CANCELLED"
    ERROR = "ERROR"
    FINISH = "FINISH"
    PENDING = "PENDING"
    RUNNING = "RUNNING"

    def __str__(self) -> str:
        return str(self.value)
