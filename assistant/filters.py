"""Structured filters over the records: the exact set, computed from the records, never from retrieval.

``MeasureFilter`` is what questions and ``GET /api/measures`` share, so both mean the same thing.
"""

from __future__ import annotations

from dataclasses import dataclass

from assistant.deadlines import DeadlineCondition
from assistant.understand import Query, UnitCondition
from corpus.models import Corpus, Indicator, Measure


@dataclass(frozen=True)
class MeasureFilter:
    units: tuple[UnitCondition, ...] = ()
    unit_logic: str = "and"
    leaders: tuple[str, ...] = ()
    deadline: DeadlineCondition | None = None
    indicators: tuple[tuple[int, int], ...] = ()  # (level, number); several = any of them
    markers: tuple[str, ...] = ()  # several = any of them
    within: tuple[int, ...] | None = None  # a previous result set (conversation follow-ups)

    @property
    def empty(self) -> bool:
        return not (self.units or self.leaders or self.deadline or self.indicators or self.markers) and self.within is None


def from_query(q: Query, within: tuple[int, ...] | None = None) -> MeasureFilter:
    return MeasureFilter(q.units, q.unit_logic, q.leaders, q.deadline, q.indicators, q.markers, within)


def _unit_ok(m: Measure, c: UnitCondition) -> bool:
    return m.lead_unit == c.unit if c.role == "lead" else c.unit in m.units


def matches(m: Measure, f: MeasureFilter) -> bool:
    if f.within is not None and m.number not in f.within:
        return False
    if f.units:
        checks = [_unit_ok(m, c) for c in f.units]
        if not (all(checks) if f.unit_logic == "and" else any(checks)):
            return False
    if f.leaders and not any(name in m.leader or name == m.level1_leader for name in f.leaders):
        return False
    if f.deadline is not None and not f.deadline.matches(m.deadline):
        return False
    if f.indicators and not any(
        (level == 1 and m.level1.number == n) or (level == 2 and n in m.level2_group) for level, n in f.indicators
    ):
        return False
    return not f.markers or any(s in m.marker_symbols for s in f.markers)


def filter_measures(corpus: Corpus, f: MeasureFilter) -> list[Measure]:
    return [m for m in corpus.measures if matches(m, f)]


def empty_indicators(corpus: Corpus, f: MeasureFilter) -> list[Indicator]:
    """Indicators asked for that have no measure at all (printed 无), so the answer can say so."""
    out = []
    for level, number in f.indicators:
        ind = corpus.indicator(level, number)
        if ind is not None and not ind.measures:
            out.append(ind)
    return out


def describe(f: MeasureFilter, corpus: Corpus) -> list[str]:
    """Human-readable conditions: 牵头单位=市税务局；完成时限=2021年6月."""
    parts = []
    if f.units:
        joiner = "且" if f.unit_logic == "and" else "或"
        lead = [c.unit for c in f.units if c.role == "lead"]
        anyu = [c.unit for c in f.units if c.role == "any"]
        if lead:
            parts.append("牵头单位=" + joiner.join(lead))
        if anyu:
            parts.append("责任单位包含" + joiner.join(anyu))
    if f.leaders:
        parts.append("牵头领导或责任领导=" + "或".join(f.leaders))
    if f.deadline is not None:
        parts.append("完成时限=" + f.deadline.label)
    for level, number in f.indicators:
        ind = corpus.indicator(level, number)
        if ind is not None:
            parts.append(f"{'一' if level == 1 else '二'}级指标=" + ind.name)
    if f.markers:
        parts.append("标记=" + "或".join(f"{s}（{corpus.legend.get(s, '')}）" for s in f.markers))
    if f.within is not None:
        parts.append(f"范围=上一轮结果（{len(f.within)}条）")
    return parts


def describe_numbers(numbers: tuple[int, ...]) -> list[str]:
    return [f"条目=第{'、'.join(map(str, numbers))}条"] if numbers else []
