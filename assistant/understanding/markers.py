"""Markers in a question: by symbol, by a piece of their legend note or a reviewed phrase, excluded (不带★的),
asked about (有没有标★的: no exclusion), or all eight at once (不带任何标记的, 带标记的)."""

from __future__ import annotations

import re
from functools import lru_cache

from assistant.understanding.spans import Spans
from assistant.understanding.units import negated_around
from assistant.understanding.vocabulary import vocabulary
from corpus.models import Corpus, Section
from corpus.table import is_marker_reading


@lru_cache(maxsize=4)
def _marker_phrases(corpus: Corpus) -> dict[str, str]:
    """phrase -> symbol: the reviewed phrases plus every 4+ character piece of one legend note only."""
    phrases = {p: s for s, ps in vocabulary().markers.items() for p in ps}
    pieces: dict[str, set[str]] = {}
    for symbol, meaning in corpus.legend.items():
        for size in range(4, len(meaning) + 1):
            for i in range(len(meaning) - size + 1):
                pieces.setdefault(meaning[i : i + size], set()).add(symbol)
    for piece, symbols in pieces.items():
        symbol = next(iter(symbols))
        if len(symbols) == 1 and piece not in phrases and _names_only(corpus, piece, symbol):
            phrases[piece] = symbol
    return dict(sorted(phrases.items(), key=lambda kv: -len(kv[0])))


COMMON = 3  # a legend piece written in this many measures without the symbol is the plan's own wording


def _names_only(corpus: Corpus, piece: str, symbol: str) -> bool:
    """A legend piece names its marker unless the plan uses it for other things: "营商环境" (the title's words,
    in ○'s note) or "重点领域" (●'s) are written all over the plan."""
    others = sum(1 for m in corpus.measures if piece in m.text and symbol not in m.marker_symbols)
    return piece not in corpus.title and others < COMMON


def negated_mention(spans: Spans, found: list[tuple[int, int]]) -> bool:
    """"除了纳税这个一级指标以外", "不带★的": negated like a unit, past "这个一级指标" / "标记"."""
    yes_no = vocabulary().unit_cues["ask_yes_no"]
    for start, end in found:
        after = re.sub(r"^(?:这个|这一|这项|这类)?(?:一级|二级)?(?:指标|标记|符号)?", "", spans.text[end : end + 10])
        before = re.sub(r"[“”\"「」『』]+$", "", spans.text[max(0, start - 7) : start])  # 不在“获得信贷”指标下
        if any(_MARKING.sub("", before).endswith(w) for w in yes_no):  # "有没有标★的": a question
            continue
        if negated_around(before[-4:], after):
            return True
    return False


_MARKING = re.compile(r"(?:标有|带有|标着|带着|标了|带了|打了|标|带|打)$")


def read_markers(spans: Spans, corpus: Corpus) -> tuple[list[str], list[str]]:
    """(markers asked for, markers excluded)."""
    out: list[str] = []
    excluded: list[str] = []
    for phrase, symbol in _marker_phrases(corpus).items():
        found = spans.find_all(phrase)
        if found and symbol not in out + excluded:
            (excluded if negated_mention(spans, found) else out).append(symbol)
    if not out and not excluded:  # "不带任何标记的" / "带标记的": all eight symbols
        symbols = list(corpus.legend)
        for kind, pattern in vocabulary().marker_sets.items():
            if m := pattern.search(spans.text):
                spans.take(*m.span())
                return ([], symbols) if kind == "none" else (symbols, [])
    return out, excluded


# "举措正文里直接标了●", "直接标在举措上的★": the marker printed on the measure itself, not on its indicator's header
# "二级指标名称上打了●的", "一级指标（打★的）": the markers printed on that level's indicator headers only
# "打了★的那几个一级指标底下的举措": the same, the marker said first (no measure named in between)
PRINTED_ON_HEADER = re.compile(r"(一|二)级指标(?:的)?(?:名称|标题|名字|本身|自身)?(?:上|里)?[（(]?(?:打了?|标了?|带了?|印了?|有)"
                               r"|(?:打了?|标了?|带了?|印了?|标有|带有)?[★☆○◎●▲△⊙][^，,。？?举条项]{0,20}?(?:那|这)(?:几|三|两|四)?个?(一|二)级指标"
                               r"|(?:打了?|标了?|带了?|印了?|标有|带有)[★☆○◎●▲△⊙][^，,。？?举条项]{0,20}?(一|二)级指标")
def header_level(text: str) -> int | None:
    """1 or 2 when the question restricts its markers to that level's indicator headers; not when the headers
    are added to the measures' own ("（含二级指标标了●的）", "把二级指标上标了●的也算进去")."""
    m = PRINTED_ON_HEADER.search(text)
    if m is None or re.search(r"(?:含|包括|包含|连同)[^，,。？?]{0,3}$", text[: m.start()]) or re.search(
            r"^[^，,。？?]{0,10}(?:也算|也包括|算进去|也要)", text[m.end():]):
        return None
    return 1 if next(g for g in m.groups() if g) == "一" else 2


# "不算指标名上的符号", "指标标题上的标记不算": the same, said by leaving the headers' markers out
PRINTED_ON_MEASURE = re.compile(r"(?:举措|条目|措施)(?:的)?(?:正文|条文|文字|文本|本身|自身)[^，。？]{0,4}(?:直接)?(?:标|带|打|印)|直接(?:标|印)在(?:举措|条目)"
                                r"|(?:不算|不含|不包括|不计|除去|排除)(?:一级|二级)?指标(?:名称?|标题|名字)?上?的?(?:符号|标记)"
                                r"|(?:一级|二级)?指标(?:名称?|标题|名字)上的(?:符号|标记)?(?:不算|不计|除外)")


def legend_note(corpus: Corpus, symbol: str) -> Section | None:
    """The legend's note (注1—注8) on ``symbol``."""
    return next((x for x in corpus.sections if x.id.startswith("note-") and symbol in x.title), None)


def _carried(corpus: Corpus, symbol: str) -> int:
    return sum(1 for m in corpus.measures if symbol in m.marker_symbols)


def _headed(corpus: Corpus, symbol: str) -> str:
    """"，含所在指标标题所标" when some of the measures carry ``symbol`` from their indicator's title, else nothing
    (every ☆ is printed on its measure: the nineteenth operator trial found the words misleading)."""
    from_title = any(k.symbol == symbol and k.source != "measure" for m in corpus.measures for k in m.markers)
    return "，含所在指标标题所标" if from_title else ""


def legend_line(corpus: Corpus, symbol: str) -> str:
    """What ``symbol`` means, in the legend's own words, with how many measures the table marks so."""
    note = legend_note(corpus, symbol)
    said = note.text if note else f"{symbol}：{corpus.legend.get(symbol, '')}"
    read = [m.number for m in corpus.measures if any(is_marker_reading(n, symbol) for n in m.notes)]
    printed = f"，其中第{'、'.join(map(str, read))}条的{symbol}原表未印或印作他符、按勘误读" if read else ""
    return (f"{said.rstrip('；;。')}。（表中带{symbol}的举措{_carried(corpus, symbol)}条{_headed(corpus, symbol)}{printed}；"
            f"图例称{corpus.legend_counts.get(symbol, '—')}项）")


def legend_gap(corpus: Corpus, symbol: str) -> str | None:
    """A note when the table marks a different number of measures with ``symbol`` than its legend says (☆: 14
    marked, the legend's 注2 says 12): a set of them is the table's, and the answer says so."""
    carried, said = _carried(corpus, symbol), corpus.legend_counts.get(symbol)
    if said is None or said == carried:
        return None
    headed = _headed(corpus, symbol).lstrip("，")
    return f"表中带{symbol}的举措{carried}条{f'（{headed}）' if headed else ''}，图例称{said}项；按表中所标计"
