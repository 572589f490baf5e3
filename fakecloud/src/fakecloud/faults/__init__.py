"""Failure injection: faults (rules.py), their vendor-shaped answers (answers.py), connection faults
(connection.py) and the middleware that applies them (middleware.py)."""

from .connection import ConnectionFault
from .rules import HEADER, Fault, FaultError, FaultRule, Faults

__all__ = ["HEADER", "ConnectionFault", "Fault", "FaultError", "FaultRule", "Faults"]
