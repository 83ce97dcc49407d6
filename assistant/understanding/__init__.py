"""Question understanding: a question -> a typed ``Query`` whose every value is checked against the records."""

from assistant.understanding.deadline_condition import DeadlineCondition
from assistant.understanding.parse import understand
from assistant.understanding.query import Query
from assistant.understanding.units import UnitCondition

__all__ = ["DeadlineCondition", "Query", "UnitCondition", "understand"]
