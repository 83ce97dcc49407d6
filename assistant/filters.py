"""Structured filters over the records: the exact set, computed from the records, never from retrieval.

``MeasureFilter`` is what questions and ``GET /api/measures`` share, so both mean the same thing.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from assistant.understanding import DeadlineCondition, Query, UnitCondition
from assistant.understanding.sizes import SizeCondition
from corpus.models import Corpus, Indicator, Measure
from corpus.table import is_marker_reading


@dataclass(frozen=True)
class MeasureFilter:
    units: tuple[UnitCondition, ...] = ()
    unit_logic: str = "and"
    leaders: tuple[str, ...] = ()
    deadline: DeadlineCondition | None = None
    indicators: tuple[tuple[int, int], ...] = ()  # (level, number); several = any of them
    markers: tuple[str, ...] = ()  # several = any of them (marker_logic "and": all of them)
    within: tuple[int, ...] | None = None  # a previous result set (conversation follow-ups)
    marker_logic: str = "or"
    not_indicators: tuple[tuple[int, int], ...] = ()
    not_markers: tuple[str, ...] = ()
    marker_own: bool = False  # only markers printed on the measure itself, not its indicator's ("举措正文里直接标了●")
    marker_header: int | None = None  # only markers printed on that level's indicator headers ("二级指标名称上打了●")
    sizes: tuple[SizeCondition, ...] = ()  # how many units / markers ("只有一个责任单位的", "两个以上符号的")
    unit_least: int | None = None  # at least this many of the named units ("三家里，至少有两家")
    leader_column: bool = False  # leaders as the rows' printed 责任领导 only

    @property
    def empty(self) -> bool:
        return not (self.units or self.leaders or self.deadline or self.indicators or self.markers
                    or self.not_indicators or self.not_markers or self.sizes) and self.within is None


def from_query(q: Query, within: tuple[int, ...] | None = None) -> MeasureFilter:
    return MeasureFilter(q.units, q.unit_logic, q.leaders, q.deadline, q.indicators, q.markers, within, q.marker_logic,
                         q.not_indicators, q.not_markers, q.marker_own, q.marker_header, q.sizes, q.unit_least,
                         q.leader_column)


def _under(m: Measure, level: int, n: int) -> bool:
    return (level == 1 and m.level1.number == n) or (level == 2 and n in m.level2_group)


def _unit_ok(m: Measure, c: UnitCondition) -> bool:
    if c.role == "lead":
        return m.lead_unit == c.unit
    if c.role == "support":
        return c.unit in m.units and m.lead_unit != c.unit
    if c.role == "sole":
        return tuple(m.units) == (c.unit,)
    return c.unit in m.units


def _units_ok(m: Measure, units: tuple[UnitCondition, ...], logic: str, least: int | None = None) -> bool:
    """Negated units must all fail; the others combine by ``logic`` (or ``least`` of them must hold), a nickname
    group counting as one."""
    if any(_unit_ok(m, c) for c in units if c.negated):
        return False
    sole = {c.unit for c in units if c.role == "sole" and not c.negated}
    if len(sole) > 1:  # "只有市商务局和内江海关两家负责": exactly these units
        return set(m.units) == sole and all(_unit_ok(m, c) for c in units if not c.negated and c.role != "sole")
    clusters: dict[tuple[int, int], list[bool]] = {}
    for i, c in enumerate(units):
        if not c.negated:
            clusters.setdefault((c.group, i if c.group == 0 else 0), []).append(_unit_ok(m, c))
    checks = [any(v) for v in clusters.values()]
    if least is not None:
        return sum(checks) >= least
    return not checks or (all(checks) if logic == "and" else any(checks))


def matches(m: Measure, f: MeasureFilter) -> bool:
    if f.within is not None and m.number not in f.within:
        return False
    if f.units and not _units_ok(m, f.units, f.unit_logic, f.unit_least):
        return False
    if not all(s.matches(_size(m, s.of, f)) for s in f.sizes):
        return False
    if f.leaders and not any(name in m.leader or (name == m.level1_leader and not f.leader_column) for name in f.leaders):
        return False
    if f.deadline is not None and not f.deadline.matches(m.deadline):
        return False
    if f.indicators and not any(_under(m, level, n) for level, n in f.indicators):
        return False
    if any(_under(m, level, n) for level, n in f.not_indicators) or any(s in m.marker_symbols for s in f.not_markers):
        return False
    if not f.markers:
        return True
    symbols = _symbols(m, f)
    have = [s in symbols for s in f.markers]
    return all(have) if f.marker_logic == "and" else any(have)


def _symbols(m: Measure, f: MeasureFilter) -> list[str]:
    """The marker symbols of a measure the question reads: those printed on the measure itself, or on one level's
    indicator headers, when it says so; else all it carries."""
    source = "measure" if f.marker_own else f"level{f.marker_header}" if f.marker_header else None
    return [k.symbol for k in m.markers if k.source == source] if source else list(m.marker_symbols)


def _size(m: Measure, of: str, f: MeasureFilter) -> int:
    """How many units a measure lists, or how many marker symbols it carries (as ``_symbols`` reads them)."""
    return len(m.units) if of == "units" else len(set(_symbols(m, f)))


def filter_measures(corpus: Corpus, f: MeasureFilter) -> list[Measure]:
    return [m for m in corpus.measures if matches(m, f)]


def inferred_note(matched: list[Measure], f: MeasureFilter) -> str:
    """"（其中第346条原表未印完成时限，…推定；不计推定则147条）" when a deadline condition takes in a deadline the
    records inferred (346, 356: a blank cell between two equal neighbours), or a negated one takes in a measure
    printing no deadline (44, 326), so a reader can count either way."""
    if f.deadline is None:
        return ""
    inferred = [m for m in matched if m.deadline.inferred_from]
    # a negated deadline ("时限不是5月") takes in the measures printing none (44, 326): said, so either count is at hand
    blank = [m for m in matched if not m.deadline.printed and not m.deadline.inferred_from] if f.deadline.negated else []
    if not inferred and not blank:
        return ""
    said = "、".join([*(f"第{m.number}条（推定为“{m.deadline.raw}”，依第{m.deadline.inferred_from[0]}、"
                        f"{m.deadline.inferred_from[1]}条）" for m in inferred), *(f"第{m.number}条" for m in blank)])
    kind = "推定" if not blank else "未印时限的" if not inferred else "推定和未印时限的"
    return f"（其中{said}原表未印完成时限；不计{kind}则{len(matched) - len(inferred) - len(blank)}条）"


def read_marker_note(matched: list[Measure], symbols: tuple[str, ...]) -> str:
    """"（其中第16、24、44条原表印作“①”，按“⊙”读）" when a marker condition takes in a marker the records read
    through corpus/data/ocr_fixes.toml: said, never silent, with the count as printed."""
    read = [(m.number, n) for m in matched for n in m.notes if any(is_marker_reading(n, s) for s in symbols)]
    if not read:
        return ""
    said = "；".join(f"第{'、'.join(str(k) for k, n in read if n == note)}条{note}" for note in dict.fromkeys(n for _, n in read))
    return f"（其中{said}；照原表所印则{len(matched) - len({k for k, _ in read})}条）"


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
        positive = [c for c in f.units if not c.negated]
        if f.unit_least is not None:
            parts.append(f"以下单位至少{f.unit_least}家：" + "、".join(c.unit for c in positive))
            positive = []
        for role, title in (("lead", "牵头单位="), ("any", "责任单位包含"), ("support", "参与但不牵头："),
                            ("sole", "责任单位仅有")):
            names = _grouped([c for c in positive if c.role == role], f.unit_logic)
            if names:
                parts.append(title + ("、".join(names) if role == "sole" else joiner.join(names)))
        for c in f.units:
            if c.negated:
                parts.append({"lead": "牵头单位不是", "sole": "责任单位不只是"}.get(c.role, "责任单位不含") + c.unit)
    if f.leaders:
        parts.append(("责任领导（原表该栏所印）=" if f.leader_column else "牵头领导或责任领导=") + "或".join(f.leaders))
    if f.deadline is not None:
        parts.append("完成时限=" + f.deadline.label)
    named = []  # several indicators are any of them
    for level, number in f.indicators:
        ind = corpus.indicator(level, number)
        if ind is not None:  # a level-2 one with the level-1 it sits under ("蓝天碧水…指数（属一级指标“包容普惠创新”）")
            top = corpus.level1_of(ind)
            lead = f"牵头领导：{top.lead_leader}" if top is not None and top.lead_leader else ""
            under = f"属一级指标“{top.name}”" if level == 2 and top is not None else ""
            said = "，".join(p for p in (under, lead) if p)
            named.append(f"{'一' if level == 1 else '二'}级指标=" + ind.name + (f"（{said}）" if said else ""))
    if named:
        parts.append("或".join(named))
    if f.markers:
        parts.append("标记=" + ("且" if f.marker_logic == "and" else "或").join(f"{s}（{corpus.legend.get(s, '')}）" for s in f.markers)
                     + ("，仅举措本身所标（不含指标标题所标）" if f.marker_own else "")
                     + (f"，仅{'一' if f.marker_header == 1 else '二'}级指标标题所标" if f.marker_header else ""))
    for level, number in f.not_indicators:
        parts.append(f"不属于{'一' if level == 1 else '二'}级指标" + getattr(corpus.indicator(level, number), "name", ""))
    if f.not_markers:
        parts.append("不带标记" + "、".join(f.not_markers))
    parts += [s.label + ("（仅举措本身所标）" if s.of == "markers" and f.marker_own else "") for s in f.sizes]
    if f.within is not None:
        parts.append(f"范围=上一轮结果（{len(f.within)}条）")
    return parts


def _grouped(units: list[UnitCondition], logic: str) -> list[str]:
    """Unit names, those of one any-of group ("法院或者司法局" under an AND, a nickname) written together: （A或B）."""
    out: list[str] = []
    at: dict[int, int] = {}  # group -> its place in out
    members: dict[int, list[str]] = {}
    for c in units:
        if c.group and logic == "and":
            if c.group not in members:
                members[c.group], at[c.group] = [], len(out)
                out.append("")
            members[c.group].append(c.unit)
        else:
            out.append(c.unit)
    for group, i in at.items():
        out[i] = members[group][0] if len(members[group]) == 1 else f"（{'或'.join(members[group])}）"
    return out


def describe_numbers(numbers: tuple[int, ...]) -> list[str]:
    """"条目=第3、5、90—95条" (``said_numbers``)."""
    return [f"条目={said_numbers(numbers)}"] if numbers else []


def said_numbers(numbers: tuple[int, ...]) -> str:
    """"第3、5、90—95条": runs of three or more consecutive numbers written as a range."""
    runs: list[list[int]] = []
    for n in numbers:
        if runs and n == runs[-1][-1] + 1:
            runs[-1].append(n)
        else:
            runs.append([n])
    parts = [f"{r[0]}—{r[-1]}" if len(r) > 2 else "、".join(map(str, r)) for r in runs]
    return f"第{'、'.join(parts)}条"


def alternatives(corpus: Corpus, f: MeasureFilter) -> str:
    """Nearest real alternatives when nothing matches: each condition relaxed in turn (never invented)."""
    tips = []
    if any(c.role == "lead" for c in f.units):
        relaxed = replace(f, units=tuple(replace(c, role="any") for c in f.units))
        hits = filter_measures(corpus, relaxed)
        if hits:
            tips.append(f"若不限牵头、只要求参与，有{len(hits)}条：第{_numbers(hits)}条")
    if f.deadline is not None:
        hits = filter_measures(corpus, replace(f, deadline=None))
        if hits:
            by_deadline: dict[str, int] = {}
            for m in hits:
                by_deadline[m.deadline.label] = by_deadline.get(m.deadline.label, 0) + 1
            spread = "，".join(f"{k} {v}条" for k, v in sorted(by_deadline.items()))
            tips.append(f"不限完成时限时有{len(hits)}条，完成时限分布：{spread}")
    if not tips:
        return "\n方案中没有与这些条件接近的举措。"
    return "\n可参考：\n" + "\n".join(f"- {t}" for t in tips)


def _numbers(measures: list[Measure], limit: int = 12) -> str:
    shown = "、".join(str(m.number) for m in measures[:limit])
    return shown + ("等" if len(measures) > limit else "")
