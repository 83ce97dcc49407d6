"""Source file -> validated ``Corpus``: the one entry point later stages call (``load_corpus``)."""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, replace
from functools import lru_cache
from pathlib import Path

from corpus.assemble import Draft, DraftIndicator, DraftMeasure, assemble
from corpus.body import parse_body, parse_legend
from corpus.errors import SourceError
from corpus.leaders import resolve_leaders
from corpus.models import DOC_ID, Corpus, Deadline, Indicator, IndicatorRef, Marker, Measure
from corpus.overrides import apply_overrides, load_overrides
from corpus.table import inherited_reading, parse_deadline_parts, read_rows, strip_markers
from corpus.text import full_width_punct, no_space, squeeze
from corpus.units import UnitCatalog, canonical_units, join_wrapped, load_catalog

DEFAULT_SOURCE = Path(__file__).parent / "ziyang_2021_business_environment_plan.txt"
INHERITED_MARKERS = "★●"  # the legend names whole indicators for these two; their measures carry them too
_OBSERVATION = re.compile(r"[(（]观察指标[)）]")


@dataclass(frozen=True)
class ParseReport:
    """What the parser could not resolve on its own; ``corpus check`` prints it."""

    unknown_units: tuple[tuple[int, str], ...]
    problems: tuple[str, ...]
    overrides_applied: tuple[str, ...]


def read_source(path: Path) -> tuple[str, str]:
    """(text, sha256) of the source, with a clear error for a missing, empty or non-UTF-8 file."""
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise SourceError(f"找不到源文件：{path} / source file not found") from None
    except OSError as err:
        raise SourceError(f"无法读取源文件 {path}：{err.strerror} / cannot read source file") from None
    if not data.strip():
        raise SourceError(f"源文件为空：{path} / source file is empty")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as err:
        raise SourceError(
            f"源文件不是 UTF-8 编码（第{err.start}字节）：{path} / source file is not UTF-8"
        ) from None
    return text, hashlib.sha256(data).hexdigest()


def split_document(lines: list[str]) -> tuple[int, int]:
    """(first table line index, first legend line index); the table opens with its header row."""
    header = next((i for i, line in enumerate(lines) if line.lstrip().startswith("一级指标")), None)
    if header is None:
        raise SourceError("源文件中没有找到举措清单表头（一级指标…） / no table header row found")
    legend = next(
        (i for i, line in enumerate(lines) if i > header and re.match(r"^-?\s*注[:：]", line.strip())), len(lines)
    )
    return header + 1, legend


@lru_cache(maxsize=4)
def load_corpus(path: Path = DEFAULT_SOURCE) -> Corpus:
    return parse_corpus(path)[0]


def parse_corpus(path: Path = DEFAULT_SOURCE) -> tuple[Corpus, ParseReport]:
    text, sha = read_source(path)
    lines = text.splitlines()
    table_start, legend_start = split_document(lines)
    header, sections = parse_body(lines[: table_start - 1])
    meanings, counts, notes = parse_legend(lines[legend_start:])
    draft = assemble(read_rows(lines[table_start:legend_start], table_start + 1))
    if not draft.measures:
        raise SourceError("源文件中没有解析出任何举措 / no measures found in the table")
    problems = list(draft.problems)
    problems += apply_overrides(draft.measures, load_overrides())
    catalog = load_catalog()
    level1 = {n: _level1(ind) for n, ind in draft.level1.items()}
    level2 = {n: _level2(ind) for n, ind in draft.level2.items()}
    measures, unknown = [], []
    for d in draft.measures:
        measure, bad_units = _measure(d, level1, level2, catalog, meanings, draft.level2)
        measures.append(measure)
        unknown += [(d.number, u) for u in bad_units]
    measures = _infer_missing_deadlines(measures)
    indicators = _indicators(draft, level1, level2, measures)
    corpus = Corpus(
        doc_id=DOC_ID,
        title=header.title,
        doc_number=header.doc_number,
        attachment=header.attachment,
        issuer=header.issuer,
        issued=header.issued,
        source_sha256=sha,
        measures=tuple(measures),
        indicators=indicators,
        sections=tuple(sections + notes),
        legend=meanings,
        legend_counts=counts,
    )
    applied = tuple(f"第{o.measure}条 {o.field}：{o.reason.splitlines()[0]}" for o in load_overrides())
    return corpus, ParseReport(tuple(unknown), tuple(problems), applied)


def _level1(ind: DraftIndicator) -> tuple[str, str | None, tuple[str, ...]]:
    name = max(ind.names, key=len)
    leaders = resolve_leaders([ind.lead_leader]) if ind.lead_leader else ()
    return name, (leaders[0] if leaders else ind.lead_leader), tuple(ind.markers)


def _level2(ind: DraftIndicator) -> tuple[str, bool, tuple[str, ...]]:
    name = max(ind.names, key=len)
    observation = bool(_OBSERVATION.search(name))
    return _OBSERVATION.sub("", name), observation, tuple(ind.markers)


def _measure(
    d: DraftMeasure,
    level1: dict[int, tuple[str, str | None, tuple[str, ...]]],
    level2: dict[int, tuple[str, bool, tuple[str, ...]]],
    catalog: UnitCatalog,
    meanings: dict[str, str],
    draft_level2: dict[int, DraftIndicator],
) -> tuple[Measure, tuple[str, ...]]:
    text, symbols = strip_markers(d.text)
    l1_name, l1_leader, l1_markers = level1.get(d.level1, ("", None, ()))
    first_l2 = d.level2_group[0] if d.level2_group else 0
    l2_name = level2.get(first_l2, ("", False, ()))[0]
    markers = [Marker(s, meanings.get(s, ""), "measure") for s in symbols]
    inherited = [(s, "level1") for s in l1_markers] + [
        (s, "level2") for n in d.level2_group for s in level2.get(n, ("", False, ()))[2]
    ]
    notes = list(d.notes)
    for symbol, source in inherited:
        if symbol in INHERITED_MARKERS and symbol not in {m.symbol for m in markers}:
            markers.append(Marker(symbol, meanings.get(symbol, ""), source))
            notes += [inherited_reading(symbol, level2[n][0], r) for n in d.level2_group  # said, never silent
                      if source == "level2" and n in draft_level2 for r in draft_level2[n].read_as if symbol in r]
    units, unknown = canonical_units(join_wrapped(d.units_parts, catalog), catalog)
    leaders = resolve_leaders(d.leader_raw)
    if not leaders:
        notes.append("该行未印责任领导（原表为合并单元格，按行尽力解析）/ no leader printed on this row")
    measure = Measure(
        id=f"m{d.number}",
        doc_id=DOC_ID,
        number=d.number,
        level1=IndicatorRef(d.level1, l1_name),
        level1_leader=l1_leader,
        level2=IndicatorRef(first_l2, l2_name),
        level2_group=d.level2_group,
        text=full_width_punct(text),
        units=units,
        lead_unit=units[0] if units else "",
        leader=leaders,
        leader_raw=" / ".join(squeeze(x) for x in d.leader_raw) or None,
        deadline=_deadline(d.deadline_raw),
        markers=tuple(markers),
        units_raw=squeeze(" ".join(d.units_parts)),
        source_lines=tuple(d.lines),
        notes=tuple(notes),
    )
    return measure, unknown


def _deadline(parts: list[str]) -> Deadline:
    raw = no_space("".join(parts))
    if not raw:
        return Deadline(None, None, None, False, printed=False)
    year, month, ongoing, note = parse_deadline_parts(raw)
    return Deadline(squeeze(" ".join(parts)).replace(" ", ""), year, month, ongoing, note=note)


def _infer_missing_deadlines(measures: list[Measure]) -> list[Measure]:
    """A row printing no deadline takes its neighbours' when both, in the same level-2, agree."""
    out = list(measures)
    for i, m in enumerate(measures):
        if m.deadline.printed or i == 0 or i + 1 == len(measures):
            continue
        before, after = measures[i - 1], measures[i + 1]
        same_indicator = before.level2_group == m.level2_group == after.level2_group
        if same_indicator and before.deadline.printed and before.deadline.raw == after.deadline.raw:
            d = before.deadline
            out[i] = replace(
                m,
                deadline=
                Deadline(
                    d.raw,
                    d.year,
                    d.month,
                    d.ongoing,
                    printed=False,
                    note=f"原表未印完成时限；前后两条（第{before.number}、{after.number}条，同一二级指标）均为“{d.raw}”，据此推定",
                    inferred_from=(before.number, after.number),
                ),
            )
    return out


def _indicators(
    draft: Draft,
    level1: dict[int, tuple[str, str | None, tuple[str, ...]]],
    level2: dict[int, tuple[str, bool, tuple[str, ...]]],
    measures: list[Measure],
) -> tuple[Indicator, ...]:
    out = []
    for number in sorted(level1):
        name, leader, markers = level1[number]
        members = tuple(m.number for m in measures if m.level1.number == number)
        out.append(Indicator(f"l1-{number}", 1, number, name, None, leader, members, markers))
    for number in sorted(level2):
        ind = draft.level2[number]
        name, observation, markers = level2[number]
        members = tuple(m.number for m in measures if number in m.level2_group)
        out.append(
            Indicator(
                f"l2-{number}", 2, number, name, ind.parent, None, members, markers,
                note=ind.note, observation=observation, group=ind.group,
            )
        )
    return tuple(out)
