"""Answer text: how the question was understood, then each cited item. Citations are checked here."""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass
from typing import TYPE_CHECKING, Any

from assistant.filters import describe, describe_numbers, from_query
from corpus.models import Corpus, Measure, Section
from corpus.table import is_marker_reading
from index.tokenize import fold_variants

if TYPE_CHECKING:
    from assistant.understanding import Query

CITATION = re.compile(r"【第(\d+)条】")


@dataclass(frozen=True)
class ResultItem:
    measure: int | None
    label: str
    snippet: str
    units: tuple[str, ...]
    lead_unit: str | None
    deadline: str | None
    score: float | None


def first_sentence(text: str, limit: int = 80) -> str:
    sentence = re.split(r"(?<=[。；])", text, maxsplit=1)[0]
    return sentence if len(sentence) <= limit else sentence[: limit - 1] + "…"


def sentences_of(text: str) -> list[str]:
    return [x.strip() for x in re.findall(r"[^。；]+[。；]?", text) if x.strip()]


def covering_sentences(text: str, words: list[str], limit: int = 3) -> list[str]:
    """Sentences of ``text`` that together name the most of ``words``, each naming one the earlier ones do not,
    in the text's order ("服务时间提速行动里，开办企业和项目审批时间分别压到多少": 行动三's sentence on 开办企业 and
    its sentence on 项目审批)."""
    sentences = sentences_of(text)
    folded = {x: fold_variants(x) for x in sentences}  # as the words were read (“双随机、一公开” -> 双随机一公开)
    left, chosen = set(words), list[str]()
    while left and len(chosen) < limit:
        best = max(sentences, key=lambda x: sum(w in folded[x] for w in left))  # the earliest among equals
        named = {w for w in left if w in folded[best]}
        if not named:
            break
        chosen.append(best)
        left -= named
    return sorted(chosen, key=sentences.index)


def whole_sentence(text: str, piece: str, limit: int = 240) -> str:
    """The full sentence of ``text`` that contains the clause ``piece`` (a quote is cut at clauses when
    sentences are long; a reader needs the sentence's subject too), at most ``limit`` characters."""
    at = text.find(piece)
    if at < 0 or not piece:
        return piece
    start = max(text.rfind("。", 0, at), text.rfind("；", 0, at)) + 1
    ends = [i for i in (text.find("。", at + len(piece) - 1), text.find("；", at + len(piece) - 1)) if i >= 0]
    end = min(ends) + 1 if ends else len(text)
    sentence = text[start:end].strip()
    if len(sentence) <= limit:
        return sentence
    left = max(start, at - 60)
    return ("…" if left > start else "") + text[left : left + limit].strip() + "…"


def measure_item(m: Measure, snippet: str | None = None, score: float | None = None) -> ResultItem:
    return ResultItem(m.number, m.label, snippet or first_sentence(m.text), m.units, m.lead_unit, m.deadline.label, score)


def section_item(s: Section, snippet: str, score: float | None = None) -> ResultItem:
    return ResultItem(None, s.label, snippet, (), None, None, score)


def item_line(item: ResultItem, quote: bool = False) -> str:
    body = f"「{item.snippet}」" if quote else item.snippet
    if item.measure is None:
        return f"{item.label}{body}"
    others = [u for u in item.units if u != item.lead_unit]
    units = f"{item.lead_unit}（牵头）" + ("、" + "、".join(others) if others else "")
    return f"{item.label}{body}（责任单位：{units}；完成时限：{item.deadline}）"


ECHO_CHARS = 60  # the question as searched is echoed up to this many characters


# what each document fact asks, as the answer's first line names it (the facts are understanding.toml's [facts])
FACT_SAID = {
    "doc_number": "文号", "issuer": "印发单位", "issued": "印发日期", "title": "标题", "measure_count": "举措总数",
    "most_measures": "举措最多或最少的单位、指标或领导", "marked_indicators": "标有某符号的指标", "marker_meaning": "符号的含义",
    "printed_twice": "重复印出的举措", "indicator_parent": "指标所属的一级指标", "leader_indicators": "领导牵头的一级指标",
    "indicator_count": "指标的数目与名称", "indicator_sized": "按举措条数找指标", "observation_indicators": "观察指标",
    "named_indicators": "名称含某词的指标", "empty_indicators": "没有安排举措的指标", "actions": "十大行动", "action": "某项行动",
}


def understood_line(
    conditions: list[str], topic: str, intent: str, question: str = "",
    unused: tuple[str, ...] = (), unknown_units: tuple[str, ...] = (), facts: tuple[str, ...] = (),
) -> str:
    """One line saying how the question was read: its conditions, and what was not used."""
    parts = list(conditions) + [f"单位=“{u}”（方案中没有此单位）" for u in unknown_units]
    if intent == "fact":  # "哪个单位牵头的最多": 举措最多或最少的单位、指标或领导, not the title or the 文号
        asked = "、".join(dict.fromkeys(FACT_SAID[f] for f in facts if f in FACT_SAID)) or "标题、文号、印发、指标与行动"
        return f"理解为：关于方案本身的问题（{asked}），按方案记录回答。"
    if not parts and topic and intent in ("list", "count"):  # a subject alone selected the measures
        parts = [f"举措原文含主题“{topic}”的词"]
        topic = ""
    if not parts:
        # a caller's long story is not echoed whole before the answer: its start, and how long it was
        shown = question if len(question) <= ECHO_CHARS else f"{question[:ECHO_CHARS]}…（共{len(question)}字）"
        if intent == "body":
            return f"理解为：关于方案正文（总体目标、十大行动）的问题，检索“{shown}”。"
        return f"理解为：一般问题，按语义与关键词检索“{shown}”。" if question else "理解为：一般问题。"
    if topic:
        parts.append(f"主题=“{topic}”")
    kind = {"count": "（计数）", "lookup": "（查条目）", "leader": "（问牵头领导）", "body": "（方案正文）"}.get(intent, "")
    line = "筛选条件" + kind + "：" + "；".join(parts)
    if unused:
        line += f"\n（未用作条件的词：{'、'.join(dict.fromkeys(unused))}）"
    return line


def lookup_text(m: Measure, corpus: Corpus) -> str:
    others = [u for u in m.units if u != m.lead_unit]
    markers = "、".join(f"{k.symbol}（{k.meaning}" + ("，随所属指标" if k.source != "measure" else "") + "）" for k in m.markers)
    lines = [
        f"{m.label}{m.text}",
        f"一级指标：{m.level1.name}（牵头领导：{m.level1_leader or '未列明'}）",
        "二级指标：" + "、".join(
            (corpus.indicator(2, n).name if corpus.indicator(2, n) else str(n)) for n in m.level2_group  # type: ignore[union-attr]
        ),
        f"责任单位：{m.lead_unit}（牵头）" + ("、" + "、".join(others) if others else ""),
        *([f"原表写作：{m.units_raw}"] if m.units_raw and m.units_raw.split("、") != list(m.units) else []),
        f"责任领导：{'、'.join(m.leader) if m.leader else '本行未列明（原表合并单元格）'}",
        # the note said once: the plan often prints it inside the deadline (持续推进(套餐式注销按照…推进))
        f"完成时限：{m.deadline.label}" + (f"（{m.deadline.note}）" if m.deadline.note and m.deadline.note not in m.deadline.label else ""),
    ]
    if markers:
        read = [n for n in m.notes if is_marker_reading(n)]  # a marker read through ocr_fixes.toml: said
        lines.append(f"标记：{markers}" + (f"（{'；'.join(read)}）" if read else ""))
    return "\n".join(lines)


def check_citations(answer: str, citations: list[int], result_measures: set[int], corpus: Corpus) -> None:
    """Every 【第N条】 in the text is cited, and every citation is a real measure of the result set."""
    cited = {int(n) for n in CITATION.findall(answer)}
    if not cited <= set(citations):
        raise AssertionError(f"answer cites {sorted(cited - set(citations))} outside citations")
    for n in citations:
        if corpus.measure(n) is None or n not in result_measures:
            raise AssertionError(f"citation {n} is not a real measure of the result set")


def understood_fields(q: Query, corpus: Corpus, followup: str | None, within: tuple[int, ...] | None) -> dict[str, Any]:
    """How the question was understood, as the answer's ``understood`` field shows it (the API's and the CLI's
    --json): the conditions read, in words, and every part of the typed query; ``understood_line`` says it in one line."""
    return {
        "normalized": q.text,
        "intent": q.intent,
        "conditions": describe_numbers(q.numbers) + describe(from_query(q, within), corpus),
        "units": [asdict(c) for c in q.units],
        "unit_logic": q.unit_logic,
        "leaders": list(q.leaders),
        "deadline": None if q.deadline is None else asdict(q.deadline),
        "indicators": [
            {"level": lv, "number": n, "name": getattr(corpus.indicator(lv, n), "name", "")} for lv, n in q.indicators
        ],
        "markers": list(q.markers),
        "marker_logic": q.marker_logic,
        "numbers": list(q.numbers),
        "topic": q.topic,
        "topic_words": list(q.topic_words),
        "unused": list(q.unused),
        "unknown_units": list(q.unknown_units),
        "facts": list(q.facts),
        "notes": list(q.notes),
        "followup": followup,
    }
