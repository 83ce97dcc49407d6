"""The typed query that understanding hands to answering: conditions, how they combine, and the intent.

Conditions of different kinds combine with AND. Within a kind: units with ``unit_logic`` (negated units are
always AND NOT; the units of one nickname group are any-of), markers with ``marker_logic``, indicators and
leaders any-of. ``unused`` is what was not read as anything: shown to the user, never applied.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from assistant.understanding.deadline_condition import DeadlineCondition
from assistant.understanding.sizes import SizeCondition
from assistant.understanding.units import UnitCondition

INTENTS = ("lookup", "count", "list", "topical", "body", "leader", "fact")


@dataclass(frozen=True)
class Query:
    question: str  # as asked
    text: str  # normalised
    intent: str  # one of INTENTS
    units: tuple[UnitCondition, ...] = ()
    unit_logic: str = "and"  # and | or
    unit_least: int | None = None  # at least this many of the units named ("三家里，至少有两家"); None: by unit_logic
    leaders: tuple[str, ...] = ()
    leader_column: bool = False  # "吴勇是哪些举措的责任领导": the rows' printed 责任领导 only, not the indicator's 牵头领导
    deadline: DeadlineCondition | None = None
    indicators: tuple[tuple[int, int], ...] = ()  # (level, number), any of them
    markers: tuple[str, ...] = ()
    marker_logic: str = "or"  # or | and
    not_indicators: tuple[tuple[int, int], ...] = ()  # "除了纳税这个一级指标以外"
    not_markers: tuple[str, ...] = ()  # "没有标★的"
    marker_own: bool = False  # "举措正文里直接标了●": printed on the measure itself, not inherited from its indicator
    marker_header: int | None = None  # 1 | 2: only markers printed on that level's indicator headers
    sizes: tuple[SizeCondition, ...] = ()  # how many units / markers a measure has ("只有一个责任单位的")
    numbers: tuple[int, ...] = ()
    topic: str = ""  # a content phrase that may narrow a structured set (or the plain question's subject)
    topic_words: tuple[str, ...] = ()  # the topic's words that occur in measure texts and discriminate
    unused: tuple[str, ...] = ()  # words not read as any condition: shown, not applied
    unknown_units: tuple[str, ...] = ()  # organisation names that are not units of the plan
    suggestions: tuple[tuple[str, tuple[str, ...]], ...] = ()  # unknown name -> nearest real units
    action: int | None = None  # the ten actions' number named ("行动三", "第七项行动")
    facts: tuple[str, ...] = ()  # for intent "fact": which document facts are asked (see facts.FACTS)
    group_by: str | None = None  # deadline | lead_unit | level1 | units | leader: a breakdown of the set is asked for
    besides: tuple[str, ...] = ()  # units set aside from a listing of the set's units ("除了税务局，还有哪些单位参与")
    share: bool = False  # "占全部举措的多大比例": the count with its share of the plan's measures
    extreme: str | None = None  # earliest | latest: only the set's measures with that deadline
    notes: tuple[str, ...] = field(default_factory=tuple)

    @property
    def structured(self) -> bool:
        return bool(self.units or self.leaders or self.deadline or self.indicators or self.markers
                    or self.not_indicators or self.not_markers or self.sizes)
