"""Typed, frozen records passed from the corpus stage to every later stage.

Every record has a stable string ``id`` (``m96``, ``l2-16``, ``action-3``) that is also its citation
anchor and its evaluation key.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property

DOC_ID = "zfbf-2021-17"


@dataclass(frozen=True)
class Deadline:
    """完成时限. ``raw`` is as printed; ``printed`` is False when the row shows none."""

    raw: str | None
    year: int | None
    month: int | None
    ongoing: bool  # 持续推进 / 动态调整
    printed: bool = True
    note: str | None = None  # a parenthetical remark printed with it, or why it was inferred
    inferred_from: tuple[int, ...] = ()  # neighbour measure numbers, when not printed but inferred

    @property
    def label(self) -> str:
        if self.raw:
            return self.raw + ("（推定）" if self.inferred_from else "")
        return "未列明"


@dataclass(frozen=True)
class Marker:
    symbol: str
    meaning: str
    source: str  # "measure" (printed with the measure), "level1" or "level2" (inherited from the indicator)


@dataclass(frozen=True)
class IndicatorRef:
    number: int
    name: str


@dataclass(frozen=True)
class Indicator:
    """A level-1 (21) or level-2 (105) indicator of the attachment table."""

    id: str  # "l1-3", "l2-16"
    level: int
    number: int
    name: str
    parent: int | None  # level-1 number for a level-2 indicator
    lead_leader: str | None  # 牵头领导 printed in a level-1 cell
    measures: tuple[int, ...]
    markers: tuple[str, ...] = ()
    note: str | None = None  # e.g. "全省实行统一标准，各市州无差别。" printed instead of measures
    observation: bool = False  # 观察指标
    group: tuple[int, ...] = ()  # level-2 numbers printed in one merged cell with this one

    @property
    def label(self) -> str:
        return f"{self.name}（{'一' if self.level == 1 else '二'}级指标）"


@dataclass(frozen=True)
class Measure:
    """One numbered 重点举措 of the attachment table."""

    id: str  # "m96"
    doc_id: str
    number: int
    level1: IndicatorRef
    level1_leader: str | None  # 牵头领导 of the level-1 indicator
    level2: IndicatorRef
    level2_group: tuple[int, ...]  # all level-2 numbers sharing this measure (51..56 for 185-187)
    text: str
    units: tuple[str, ...]  # canonical names, printed order
    lead_unit: str
    leader: tuple[str, ...]  # 责任领导 as printed for this row, resolved to names; () when not printed
    leader_raw: str | None
    deadline: Deadline
    markers: tuple[Marker, ...]
    units_raw: str
    source_lines: tuple[int, ...]  # 1-based line numbers in the source text
    notes: tuple[str, ...] = field(default=())  # overrides applied and best-effort caveats

    @property
    def label(self) -> str:
        return f"【第{self.number}条】"

    @property
    def marker_symbols(self) -> tuple[str, ...]:
        return tuple(m.symbol for m in self.markers)


@dataclass(frozen=True)
class Section:
    """A piece of the body: header, preamble (总体目标), one of the ten actions, or a legend note."""

    id: str  # "header", "preamble", "action-3", "note-5"
    kind: str  # header | preamble | action | note
    number: int | None
    title: str
    text: str
    label: str  # 【行动三】, 【总体目标】, 【注5】, 【通知】


@dataclass(frozen=True, eq=False)  # identity equality: one parsed corpus, usable as a cache key
class Corpus:
    doc_id: str
    title: str
    doc_number: str  # 文号
    issuer: str
    issued: str  # ISO date
    source_sha256: str
    measures: tuple[Measure, ...]
    indicators: tuple[Indicator, ...]
    sections: tuple[Section, ...]
    legend: dict[str, str]  # marker symbol -> meaning (the legend text)
    legend_counts: dict[str, int]  # marker symbol -> count the legend states
    attachment: str = ""  # the attachment's title: 资阳市创建一流营商环境重点举措清单

    def measure(self, number: int) -> Measure | None:
        return self.by_number.get(number)

    @cached_property
    def by_number(self) -> dict[int, Measure]:
        return {m.number: m for m in self.measures}

    def indicator(self, level: int, number: int) -> Indicator | None:
        return next((i for i in self.indicators if i.level == level and i.number == number), None)

    def level1_of(self, ind: Indicator) -> Indicator | None:
        """The level-1 indicator ``ind`` sits under (itself for a level-1 one)."""
        return ind if ind.level == 1 else self.indicator(1, ind.parent or 0)

    def level1(self) -> tuple[Indicator, ...]:
        return tuple(i for i in self.indicators if i.level == 1)

    def level2(self) -> tuple[Indicator, ...]:
        return tuple(i for i in self.indicators if i.level == 2)
