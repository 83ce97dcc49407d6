"""Rows -> draft measures and indicators: the state machine that re-joins wrapped rows.

A row that starts a measure opens a draft; a row without one continues the last draft (text, units,
leader or deadline fragments) or the current indicator names. Drafts stay mutable here and are
frozen into records by ``corpus.parse``.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from corpus.table import (
    Cell,
    Kind,
    Row,
    level2_numbers,
    level2_prefix,
    looks_like_units,
    measure_number,
    parse_level1,
    split_lead_leader,
    strip_markers,
)
from corpus.text import no_space


@dataclass
class DraftMeasure:
    number: int
    level1: int
    level2_group: tuple[int, ...]
    text: str
    units_parts: list[str] = field(default_factory=list)  # the row's cell, then wrapped continuations
    leader_raw: list[str] = field(default_factory=list)
    deadline_raw: list[str] = field(default_factory=list)
    lines: list[int] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)


@dataclass
class DraftIndicator:
    level: int
    number: int
    names: list[str]  # every printing of the name, wrapped tails appended; the longest wins
    parent: int | None = None
    lead_leader: str | None = None
    group: tuple[int, ...] = ()
    note: str | None = None
    no_measures: bool = False
    markers: list[str] = field(default_factory=list)
    read_as: list[str] = field(default_factory=list)  # a level-2 header's markers given by ocr_fixes.toml (marker_readings)


@dataclass
class Draft:
    measures: list[DraftMeasure] = field(default_factory=list)
    level1: dict[int, DraftIndicator] = field(default_factory=dict)
    level2: dict[int, DraftIndicator] = field(default_factory=dict)
    current_level1: int | None = None
    current_group: tuple[int, ...] = ()
    last_level2_printed: int | None = None  # the level-2 whose name a wrapped tail continues
    problems: list[str] = field(default_factory=list)

    @property
    def last(self) -> DraftMeasure | None:
        return self.measures[-1] if self.measures else None

    def expects(self, number: int) -> bool:
        """Measures are numbered in order; a number out of sequence is text, not a new measure."""
        return number == self.measures[-1].number + 1 if self.measures else True


def assemble(rows: list[Row]) -> Draft:
    draft = Draft()
    for row in rows:
        _read_indicator_cells(draft, row)
        measure_cells = [c for c in row.of(Kind.MEASURE) if draft.expects(measure_number(c)[0])]
        if measure_cells:
            _open_measure(draft, row, measure_cells[0])
        elif row.of(Kind.NONE):
            _indicator_without_measures(draft, row)
        else:
            _continue(draft, row)
    return draft


def _read_indicator_cells(draft: Draft, row: Row) -> None:
    for cell in row.of(Kind.LEVEL1):
        parsed = parse_level1(cell.text)
        assert parsed
        number, name, leader = parsed
        ind = draft.level1.setdefault(number, DraftIndicator(1, number, []))
        name, markers = strip_markers(name)
        ind.names.append(name)
        ind.markers.extend(m for m in markers if m not in ind.markers)
        ind.lead_leader = ind.lead_leader or leader
        draft.current_level1 = number
    for cell in row.of(Kind.LEVEL1_CONT):
        _continue_level1(draft, cell.text)
    for cell in row.of(Kind.LEVEL2):
        _read_level2(draft, cell)


def _continue_level1(draft: Draft, text: str) -> None:
    if draft.current_level1 is None:
        return
    ind = draft.level1[draft.current_level1]
    tail, leader = split_lead_leader(text)
    if tail and ind.names and not ind.lead_leader:
        ind.names[-1] += tail  # "十二、劳动力" + "市场监管 (牵头领导: …)"
    if leader and not ind.lead_leader:
        # a wrapped "(牵头领导: 常务" / "副市长)" pair arrives as two halves
        ind.lead_leader = leader
    elif leader and ind.lead_leader and not ind.lead_leader.endswith(leader) and len(ind.lead_leader) < 3:
        ind.lead_leader += leader


def _read_level2(draft: Draft, cell: Cell) -> None:
    prefix = level2_prefix(cell.raw)
    if prefix and draft.last_level2_printed is not None:
        draft.level2[draft.last_level2_printed].names[-1] += prefix  # "…信息披露透明" + "度"
    entries = level2_numbers(cell.raw)
    numbers = tuple(n for n, _ in entries)
    known = [n for n in numbers if n in draft.level2]
    if known:
        # a repeated page-header cell: it names the indicator the row belongs to
        draft.current_group = draft.level2[known[0]].group
    else:
        draft.current_group = numbers
    for number, name in entries:
        name, markers = strip_markers(name)
        ind = draft.level2.setdefault(number, DraftIndicator(2, number, [], parent=draft.current_level1))
        ind.names.append(name)
        ind.markers.extend(m for m in markers if m not in ind.markers)
        ind.read_as.extend(r for r in cell.read_as if r not in ind.read_as)
        if not ind.group:
            ind.group = draft.current_group
        draft.last_level2_printed = number


def _open_measure(draft: Draft, row: Row, cell: Cell) -> None:
    number, text = measure_number(cell)
    if draft.current_level1 is None or not draft.current_group:
        draft.problems.append(f"第{number}条（行{row.line}）之前没有指标 / measure {number} has no indicator above it")
    measure = DraftMeasure(number, draft.current_level1 or 0, draft.current_group, text, lines=[row.line],
                           notes=list(cell.read_as))
    draft.measures.append(measure)
    after = [c for c in row.cells if c.column > cell.column]
    free = [c for c in after if c.kind is Kind.FREE]
    if free:
        measure.units_parts.append(free[0].text)
    for extra in free[1:]:
        measure.notes.append(f"行{row.line}多出的单元格未使用：{extra.text[:30]}")
    _take_leader_and_deadline(measure, after)


def _take_leader_and_deadline(measure: DraftMeasure, cells: list[Cell]) -> None:
    for c in cells:
        if c.kind is Kind.LEADER:
            measure.leader_raw.append(c.raw)
        elif c.kind is Kind.DEADLINE:
            measure.deadline_raw.append(c.text)


def _indicator_without_measures(draft: Draft, row: Row) -> None:
    for number in draft.current_group:
        ind = draft.level2[number]
        ind.no_measures = True
        notes = [c.text for c in row.of(Kind.FREE)]
        ind.note = "".join(notes) or None


def _continue(draft: Draft, row: Row) -> None:
    """A row without a new measure: wrapped text, units, leader, deadline or indicator-name tails."""
    # a numbered cell out of sequence ("5.5次…" wrapped to a line start) is text, not a new measure
    free = [c for c in row.cells if c.kind in (Kind.FREE, Kind.MEASURE)]
    measure = draft.last
    if measure is None:
        return
    measure.lines.append(row.line)
    for cell in free:
        body, _ = strip_markers(cell.text)
        if body.endswith(("。", "；")):
            measure.text += cell.text
            measure.notes += cell.read_as
        elif looks_like_units(cell.text):
            measure.units_parts.append(cell.text)
        elif cell.column <= 1 and len(no_space(cell.text)) <= 12 and draft.last_level2_printed:
            # "收和缴费率", "率（观察指标）": the tail of a level-2 name wrapped onto the next line
            draft.level2[draft.last_level2_printed].names[-1] += no_space(cell.text)
        else:
            measure.text += cell.text
            measure.notes += cell.read_as
    _take_leader_and_deadline(measure, list(row.cells))
