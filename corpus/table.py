"""Reading the attachment table: source text -> rows -> classified cells.

The conversion printed the table as tab-separated lines, sometimes as HTML ``<p>`` fragments, with
columns shifted and cells wrapped over page breaks. Cells are therefore classified by what they
contain, never by their column or line number.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from enum import Enum
from functools import lru_cache
from pathlib import Path

from corpus.errors import DataFileError
from corpus.numerals import CN_NUMERAL_CHARS, cn_to_int
from corpus.text import no_space, squeeze, strip_markup, to_half_width

DATA = Path(__file__).parent / "data"
MARKER_SYMBOLS = "★☆○◎●▲△⊙"

_LEVEL1 = re.compile(rf"^([{CN_NUMERAL_CHARS}]+)、(.+)$", re.S)
_LEVEL2_HEAD = re.compile(rf"^(?:(\S{{1,4}})\s+)?[(（]\s*([{CN_NUMERAL_CHARS}]+)\s*[)）]")
_LEVEL2_ALL = re.compile(rf"[(（]\s*([{CN_NUMERAL_CHARS}]+)\s*[)）]")
_MEASURE = re.compile(r"^(\d{1,3})\s*[.．]\s*(.*)$", re.S)
_DEADLINE = re.compile(
    r"^(?:(20\d\d)年(?:(\d{1,2})月)?(?:底前|底|以前|前)?)?(并)?(持续推进|动态调整)?(?:[(（](.+)[)）])?$"
)
_UNIT_END = re.compile(
    r"(局|委|办|院|政府|管委会?|公司|中心|支行|分局|海关|支队|企业|部|会|单位|部门|机构|联|人才办[)）]?|[(（]单位[)）]|[(（]部门[)）])$"
)


class Kind(Enum):
    LEVEL1 = "level1"
    LEVEL1_CONT = "level1_cont"  # "(牵头领导: 吴勇)", "导： 吴勇)", "市场监管 (牵头领导: …)"
    LEVEL2 = "level2"
    MEASURE = "measure"
    NONE = "none"  # "无": the indicator has no measure
    DEADLINE = "deadline"
    LEADER = "leader"
    FREE = "free"  # text or units, decided by the assembler from context


@dataclass(frozen=True)
class Cell:
    kind: Kind
    text: str  # cleaned (markup gone, half-width digits, wrap spaces squeezed)
    raw: str  # markup gone, spaces kept (needed to see "度 (五十二)…" fragments)
    column: int
    read_as: tuple[str, ...] = ()  # markers the cell carries only through ocr_fixes.toml, as "“①”按“⊙”读"


@dataclass(frozen=True)
class Row:
    line: int  # 1-based line in the source
    cells: tuple[Cell, ...]

    def of(self, kind: Kind) -> list[Cell]:
        return [c for c in self.cells if c.kind is kind]


@lru_cache(maxsize=1)
def ocr_fixes() -> tuple[tuple[str, str], ...]:
    entries = _load_toml("ocr_fixes.toml").get("fix", [])
    try:
        return tuple((e["printed"], e["correct"]) for e in entries)
    except KeyError as err:
        raise DataFileError(f"ocr_fixes.toml 条目缺少字段 {err} / entry lacks {err}") from err


@lru_cache(maxsize=1)
def leader_names() -> tuple[str, ...]:
    try:
        return tuple(e["name"] for e in _load_toml("leaders.toml")["leader"])
    except KeyError as err:
        raise DataFileError(f"leaders.toml 缺少字段 {err} / missing {err}") from err


def _load_toml(name: str) -> dict:
    path = DATA / name
    try:
        with path.open("rb") as fh:
            return tomllib.load(fh)
    except (OSError, tomllib.TOMLDecodeError) as err:
        raise DataFileError(f"数据文件 {path} 无法读取：{err} / cannot read data file") from err


def apply_ocr_fixes(text: str) -> str:
    for printed, correct in ocr_fixes():
        text = text.replace(printed, correct)
    return text


def is_deadline(text: str) -> bool:
    compact = no_space(text)
    return bool(compact) and bool(_DEADLINE.match(compact)) and any(k in compact for k in ("年", "持续推进", "动态调整", "并"))


def parse_deadline_parts(text: str) -> tuple[int | None, int | None, bool, str | None]:
    """'2021年6月并持续推进' -> (2021, 6, True, None); '持续推进(套餐式…)' -> (None, None, True, '套餐式…')."""
    match = _DEADLINE.match(no_space(text))
    if not match:
        return None, None, False, None
    year, month, _and, ongoing, note = match.groups()
    return (int(year) if year else None, int(month) if month else None, bool(ongoing), note)


def is_leader(text: str) -> bool:
    compact = no_space(text)
    if not compact or len(compact) > 12:
        return False
    chars = set("".join(leader_names()))
    return all(ch in chars for ch in compact)


def looks_like_units(text: str) -> bool:
    """True when every piece ends like an organisation name; the first piece may be a wrapped tail."""
    pieces = [p for p in re.split(r"[、，,；;\s]+", no_space_keep_sep(text)) if p]
    if not pieces or "。" in text:
        return False
    head_is_tail = len(pieces[0]) <= 4  # "府、高新区管委会…": the wrapped end of the previous name
    return all(_UNIT_END.search(p) or (i == 0 and head_is_tail) for i, p in enumerate(pieces))


def no_space_keep_sep(text: str) -> str:
    return re.sub(r"\s+", "、", text.strip())


def level2_numbers(raw: str) -> list[tuple[int, str]]:
    """All '(N)name' entries of a level-2 cell, names with wrap spaces removed, in printed order."""
    spans = list(_LEVEL2_ALL.finditer(raw))
    out = []
    for i, match in enumerate(spans):
        number = cn_to_int(match.group(1))
        end = spans[i + 1].start() if i + 1 < len(spans) else len(raw)
        if number is not None:
            out.append((number, no_space(raw[match.end() : end])))
    return out


def level2_prefix(raw: str) -> str:
    """The wrapped tail of the previous level-2 name printed before the first '(N)' ("度 (五十二)…")."""
    match = _LEVEL2_ALL.search(raw)
    return no_space(raw[: match.start()]) if match else ""


def parse_level1(text: str) -> tuple[int, str, str | None] | None:
    """'十二、劳动力市场监管(牵头领导:常务副市长)' -> (12, '劳动力市场监管', '常务副市长')."""
    match = _LEVEL1.match(no_space(text))
    if not match:
        return None
    number = cn_to_int(match.group(1))
    if number is None:
        return None
    name, leader = split_lead_leader(match.group(2))
    return number, name, leader


def split_lead_leader(text: str) -> tuple[str, str | None]:
    """'获得电力(牵头领导:刘延安)' -> ('获得电力', '刘延安'); wrapped halves ('导：吴勇)') too."""
    compact = no_space(text)
    if re.fullmatch(r"[^()（）:：]+[)）]", compact):  # "常务副市长)": the leader wrapped off "(牵头领导:"
        return "", compact[:-1]
    match = re.search(r"[(（]?(?:牵头领导|导)[:：](.*?)[)）]?$", compact)
    if match:
        return compact[: match.start()], match.group(1) or None
    match = re.search(r"^(.*?)[(（]?牵头领?$", compact)  # a cell cut inside "(牵头领"
    if match and compact.endswith(("牵头领", "牵头")):
        return match.group(1), None
    return compact, None


def marker_readings(printed_text: str) -> tuple[str, ...]:
    """The corrections of ocr_fixes.toml that give ``printed_text`` a marker it does not print ("原表印作“①”，按“⊙”读");
    a correction of a character alone (行爲 -> 行为) gives none."""
    out = []
    for printed, correct in ocr_fixes():
        marks = "".join(m for m in correct if m in MARKER_SYMBOLS and m not in printed)
        if marks and printed in printed_text:
            out.append(f"原表印作“{printed}”，按“{marks}”{_READ}" if len(printed) <= 4 else f"原表未印“{marks}”，{_SUPPLIED}")
    return tuple(out)


_READ, _SUPPLIED = "读", "按图例补上"  # how a reading of marker_readings ends


def inherited_reading(symbol: str, indicator: str, reading: str = "") -> str:
    """A measure's note for a marker it carries from a level-2 indicator whose marker is such a reading ("●来自二级指标
    “经信系统…”：原表未印“●”，按图例补上"); without ``reading``, the note's opening."""
    return f"{symbol}来自二级指标“{indicator}”：{reading}"


def is_marker_reading(note: str, symbol: str | None = None) -> bool:
    """Whether a record's ``note`` says a marker (``symbol``, if given) was read through ocr_fixes.toml."""
    return note.endswith((_READ, _SUPPLIED)) and (symbol is None or f"“{symbol}”" in note)


def classify(raw_cell: str, column: int) -> Cell:
    printed = to_half_width(strip_markup(raw_cell))
    raw = squeeze_keep(apply_ocr_fixes(printed))
    text = squeeze(raw)
    compact = no_space(text)
    if compact == "无":
        kind = Kind.NONE
    elif _MEASURE.match(text) and not is_deadline(text):
        kind = Kind.MEASURE
    elif parse_level1(text):
        kind = Kind.LEVEL1
    elif _LEVEL2_HEAD.match(raw) and level2_numbers(raw) and not compact.endswith("。"):
        kind = Kind.LEVEL2
    elif "牵头领导" in compact or re.fullmatch(r"[^()（）]{0,12}[)）]", compact):
        kind = Kind.LEVEL1_CONT
    elif is_deadline(text):
        kind = Kind.DEADLINE
    elif is_leader(text):
        kind = Kind.LEADER
    else:
        kind = Kind.FREE
    return Cell(kind, text, raw, column, marker_readings(printed))


def squeeze_keep(text: str) -> str:
    """Collapse runs of spaces but keep single ones (they separate wrapped fragments)."""
    return re.sub(r"[ \t\u00a0\u3000]+", " ", text).strip()


def read_rows(lines: list[str], first_line: int) -> list[Row]:
    """Rows of the table; ``lines[0]`` is source line ``first_line``. Separator and empty rows are dropped."""
    rows = []
    for offset, line in enumerate(lines):
        if not line.strip() or re.fullmatch(r"[\s|\-–—\t]+", line):
            continue
        cells = tuple(
            cell for column, part in enumerate(line.split("\t")) if (cell := classify(part, column)).text
        )
        if cells:
            rows.append(Row(first_line + offset, cells))
    return rows


def measure_number(cell: Cell) -> tuple[int, str]:
    match = _MEASURE.match(cell.text)
    assert match, cell
    return int(match.group(1)), match.group(2)


def strip_markers(text: str) -> tuple[str, tuple[str, ...]]:
    """Remove marker symbols from text, returning them in printed order (duplicates dropped)."""
    found: list[str] = []
    for ch in text:
        if ch in MARKER_SYMBOLS and ch not in found:
            found.append(ch)
    cleaned = "".join(ch for ch in text if ch not in MARKER_SYMBOLS)
    return squeeze(cleaned), tuple(found)
