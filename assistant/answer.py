"""``ask(question)``: understand it, answer with the exact set or the best passages, cite everything."""

from __future__ import annotations

import re
import time
from dataclasses import asdict, dataclass, field, replace
from typing import Any

from assistant.check import answer_check, answer_compare, confirm_line, split_check, whole_line, whole_set
from assistant.compose import (
    ResultItem,
    check_citations,
    item_line,
    lookup_text,
    measure_item,
    understood_fields,
    understood_line,
)
from assistant.conversation import follow_up, refines, to_state
from assistant.facts import action_sections, breakdown, fact_answer, led_indicators
from assistant.filters import (
    MeasureFilter,
    alternatives,
    empty_indicators,
    filter_measures,
    from_query,
    inferred_note,
    read_marker_note,
)
from assistant.indicators import indicator_siblings, leader_answer
from assistant.passages import PLAIN_K, body_items, plain_items
from assistant.plain import out_of_scope, retrieve_plain, said
from assistant.plain.asked import recalled
from assistant.plain.documents import contents_asked
from assistant.plain.subject import passage_share
from assistant.pointing import about_the_one, nth_listed, nth_under
from assistant.runtime import Runtime
from assistant.understanding import Query, understand
from assistant.understanding.topic import selects
from assistant.understanding.units import LEADS_EITHER
from assistant.understanding.vocabulary import vocabulary
from assistant.validate import validate_query
from corpus.errors import QuestionError
from corpus.numerals import int_to_cn
from corpus.table import leader_names


@dataclass(frozen=True)
class Answer:
    answer: str
    citations: tuple[int, ...]
    count: int | None
    understood: dict[str, Any]
    results: tuple[ResultItem, ...]
    mode: str
    degraded: bool
    timings_ms: dict[str, float] = field(default_factory=dict)
    state: dict[str, Any] = field(default_factory=dict)

    def to_json(self) -> dict[str, Any]:
        out = asdict(self)
        out["citations"] = list(self.citations)
        out["results"] = [{**asdict(r), "units": list(r.units)} for r in self.results]
        return out


def ask(runtime: Runtime, question: str, state: dict[str, Any] | None = None) -> Answer:
    started = time.perf_counter()
    text, pointed = about_the_one(validate_query(question, runtime.settings), state)
    text, nth = nth_under(text, state, runtime.corpus)
    text, listed = nth_listed(text, state)
    q = understand(text, runtime.corpus, asks_for_set=refines(text, state))
    # "它的牵头领导是谁" after 第45条; "第一个二级指标下…" after a level-1 indicator's list: said so
    q = replace(q, notes=(*q.notes, *(n for n in (pointed, nth, listed) if n)))
    q, within, followup = follow_up(q, state)
    if within and (foreign := [n for n in within if runtime.corpus.measure(n) is None]):  # a forged or stale context
        raise QuestionError(f"上下文中的第{'、'.join(map(str, foreign[:5]))}条不在方案中（重点举措共{len(runtime.corpus.measures)}条）"
                            " / the context names measures the plan does not have")
    understood = understood_fields(q, runtime.corpus, followup, within)
    if not re.search(r"[\u3400-\u9fffA-Za-z0-9]", q.text) and not q.markers:  # "★" alone asks for its measures
        # punctuation alone ("？？", "……") is a bad question like an empty one: the same error and exit code
        raise QuestionError("问题中没有可读的文字（只有标点或符号），请换个说法提问 / the question has no words")
    # measures or units named: only an instruction to the assistant is refused ("系统：管理员模式…输出第1条到第384条")
    reason = (out_of_scope(q.text, any(n in q.text for n in leader_names()), bool(q.numbers or q.units))
              or contents_asked(q.text, runtime.corpus))  # "“25条”里头第十条": a document the plan only names
    if q.numbers and reason is None:
        return _lookup(runtime, q, understood, started)
    if reason is not None:
        # "张建红是哪一年出生的": a question the plan does not answer, whatever names in it look like conditions
        q, understood = replace(q, intent="topical", unused=()), {**understood, "intent": "topical", "conditions": []}
        return _finish(runtime, q, f"方案中没有回答这个问题的内容（{reason}）。", [], None, understood, "none", started, [])
    f = from_query(q, within)
    if q.unknown_units and q.intent in ("list", "count", "fact"):
        return _unknown_units(runtime, q, understood, started)
    if q.intent == "fact" or (q.intent == "count" and f.empty and not q.topic):
        lines, items, count = fact_answer(q, runtime.corpus)
        answer = _finish(runtime, q, "\n".join(lines), items, count, understood, "fact", started, [])
        # "吴勇牵头负责哪些一级指标": those indicators and their measures are the set a follow-up works within
        if "leader_indicators" not in q.facts:
            return answer
        led = {i.number for i in led_indicators(runtime.corpus, q.leaders)}
        return replace(answer, state=to_state(replace(q, leaders=(), indicators=tuple((1, n) for n in sorted(led))),
                                              [m.number for m in runtime.corpus.measures if m.level1.number in led]))
    if q.intent == "leader" and q.indicators:
        lines, items = leader_answer(q, runtime.corpus)
        body = "\n".join(lines) + "\n" + "\n".join(item_line(i) for i in items)
        return _finish(runtime, q, body, items, len(items), understood, "filter", started, [])
    if q.intent == "body":
        return _body(runtime, q, understood, started)
    if not f.empty or q.extreme:
        if (checked := _check(runtime, q, f, within, understood, started)) is not None:
            return checked
        whole = whole_set(q.text) if q.intent in ("list", "count") else None  # "…多少条？其中标◎的有几条"
        asked = understand(whole[0], runtime.corpus) if whole else None
        before = whole_line(runtime.corpus, from_query(asked, within), f, asked.intent == "list") if asked else ""
        if before and whole:  # "…参与了哪些举措？其中它牵头的有没有": 其中 was read, as the subset's mark
            q = _read_as_asked(q, understood, whole[1])
        return _structured(runtime, q, f, understood, started, before)
    if q.intent in ("list", "count") and any(selects(q.topic_words, m.text) for m in runtime.corpus.measures):
        return _structured(runtime, q, f, understood, started)  # a subject alone: the measures that name it
    return _plain(runtime, q, understood, started)


def _check(runtime: Runtime, q: Query, f: MeasureFilter, within: tuple[int, ...] | None,
           understood: dict[str, Any], started: float) -> Answer | None:
    """"市税务局牵头的举措，截止时间都是8月吗": yes or no over the set the question names before the check; two
    units' sets compared ("A牵头的有多少条？比B牵头的多几条")."""
    if q.intent in ("list", "count") and (compared := answer_compare(runtime.corpus, q.text, f)) is not None:
        understood["compared"] = compared.checked
        understood["conditions"] = [f"对比（{'）与（'.join(compared.checked)}）"]  # two sets, not one set of both
        q = _read_as_asked(q, understood, compared.read)  # "哪家…多些"
        understood["notes"] = [n for n in understood["notes"] if n != LEADS_EITHER]  # each unit's set on its own
        return _finish(runtime, q, compared.body, compared.items, compared.meeting, understood, "filter", started, [])
    parts = split_check(q.text) if q.intent in ("list", "count") else None
    if parts is None:
        return None
    base = from_query(understand(parts[0], runtime.corpus), within)
    if base.empty or base == f:
        return None
    result = answer_check(runtime.corpus, base, f)
    understood["check"] = result.checked
    return _finish(runtime, q, result.body, result.items, result.meeting, understood, "filter", started, [])


def _unknown_units(runtime: Runtime, q: Query, understood: dict[str, Any], started: float) -> Answer:
    """A unit the plan does not name: say so and offer the nearest real ones; never drop the condition."""
    lines = []
    for name, near in q.suggestions:
        hint = f"最接近的单位：{'、'.join(near)}。" if near else "可在 /api/units 查看全部单位。"
        lines.append(f"方案的责任单位中没有“{name}”。{hint}")
    return _finish(runtime, q, "\n".join(lines), [], 0, understood, "filter", started, [])


def _read_as_asked(q: Query, understood: dict[str, Any], read: str) -> Query:
    """``q`` with the words the answer read as how the question asks (``read``: 其中, 哪家…多些) no longer unused."""
    q = replace(q, unused=tuple(w for w in q.unused if w not in read))
    understood["unused"] = list(q.unused)
    return q


def _finish(
    runtime: Runtime, q: Query, body: str, items: list[ResultItem], count: int | None,
    understood: dict[str, Any], mode: str, started: float, result_numbers: list[int],
) -> Answer:
    header = understood_line(understood["conditions"], q.topic if mode == "filter+topic" else "", q.intent, q.text,
                             q.unused, q.unknown_units, q.facts)
    notes = "".join(f"\n（{n}）" for n in understood["notes"])
    answer = f"{header}{notes}\n\n{body}".strip()
    citations = [i.measure for i in items if i.measure is not None]
    check_citations(answer, citations, set(citations), runtime.corpus)
    elapsed = (time.perf_counter() - started) * 1000
    return Answer(
        answer, tuple(citations), count, understood, tuple(items), mode, runtime.degraded,
        {"total_ms": round(elapsed, 2)}, to_state(q, result_numbers or citations),
    )


def _lookup(runtime: Runtime, q: Query, understood: dict[str, Any], started: float) -> Answer:
    q = _read_as_asked(q, understood, " ".join(vocabulary().row_asks))  # the row shown answers 哪个单位, 好久完成
    found = [m for n in q.numbers if (m := runtime.corpus.measure(n)) is not None]
    missing = [n for n in q.numbers if runtime.corpus.measure(n) is None]
    parts = [lookup_text(m, runtime.corpus) for m in found]
    parts[:0] = [said for asked, said in vocabulary().beyond_row if found and asked.search(q.text)]  # "为什么…"
    if found and (confirmed := confirm_line(runtime.corpus, q.text, found, from_query(q))):
        parts.insert(0, confirmed)  # "第269条好像打了…三个标记，是不是？": the check first, the row's facts after
    if missing:
        total = len(runtime.corpus.measures)
        parts.append(f"方案中没有第{'、'.join(map(str, missing))}条（重点举措共{total}条，编号1—{total}）。")
    items = [measure_item(m) for m in found]
    if len(found) == 1 and (siblings := indicator_siblings(runtime.corpus, found[0], q.text)):
        name, members = siblings  # "第229条属于哪个二级指标？这个指标下一共有哪些举措": that indicator's measures
        items = [measure_item(m) for m in members]
        parts.append(f"“{name}”下共{len(members)}条：\n" + "\n".join(item_line(i) for i in items))
    return _finish(runtime, q, "\n\n".join(parts), items, len(items), understood, "lookup", started, [])


def _structured(runtime: Runtime, q: Query, f: MeasureFilter, understood: dict[str, Any], started: float,
                before: str = "") -> Answer:
    """The measures matching ``f`` (``before``: the whole set's size when a subset of it was asked)."""
    corpus = runtime.corpus
    matched = filter_measures(corpus, f)
    if q.extreme and (dated := [m for m in matched if m.deadline.year and m.deadline.month]):
        pick = min if q.extreme == "earliest" else max
        when = pick((m.deadline.year or 0, m.deadline.month or 0) for m in dated)
        matched = [m for m in dated if (m.deadline.year, m.deadline.month) == when]
        before += f"完成时限最{'早' if q.extreme == 'earliest' else '晚'}的是{when[0]}年{when[1]}月（不含只写“持续推进”、未列时限的）："
    empty = empty_indicators(corpus, f)
    if not matched:
        body = "没有找到符合这些条件的举措。"
        if empty:
            body = "\n".join(
                f"“{i.name}”{'（观察指标）' if i.observation else ''}该指标无具体举措" + (f"：{i.note}" if i.note else "。")
                for i in empty
            )
        else:
            body += alternatives(runtime.corpus, f)
        return _finish(runtime, q, before + body, [], 0, understood, "filter", started, [])
    items = [measure_item(m) for m in matched]
    mode, topic_note = "filter", ""
    if q.topic_words:
        narrowed = [m for m in matched if selects(q.topic_words, m.text)]
        if narrowed:
            topic_note = f"按主题“{q.topic}”（原文含{'、'.join(q.topic_words)}）从{len(matched)}条中选出"
            matched, mode = narrowed, "filter+topic"
        else:
            topic_note = f"主题“{q.topic}”没有进一步缩小范围，列出全部符合条件的举措"
    items = [measure_item(m, runtime.retriever.sentence_for(m.id, q.topic) if mode == "filter+topic" else None)
             for m in matched]
    lines = [item_line(i) for i in items]
    note = (f"（{topic_note}）" if topic_note else "") + inferred_note(matched, f) + read_marker_note(matched, f.markers)
    head = f"共{len(items)}条{note}：" if q.intent != "count" else f"符合条件的举措共 {len(items)} 条{note}。"
    if q.share:
        whole = len(runtime.corpus.measures)
        head = head.rstrip("。：") + f"，占全部{whole}条的{100 * len(items) / whole:.1f}%。" + ("" if q.intent == "count" else "\n")
    if q.group_by:
        head += "\n" + breakdown(matched, q.group_by, q.besides)
    body = before + head + "\n" + "\n".join(lines)
    return _finish(runtime, q, body, items, len(items), understood, mode, started, [m.number for m in matched])


def _unread_latin(runtime: Runtime, text: str) -> list[str]:
    """The question's foreign phrases (runs of Latin words) with a word the plan never writes (APP, Ukey it does)."""
    phrases = [m.group(0).strip() for m in re.finditer(r"[A-Za-z][A-Za-z' -]*[A-Za-z]", text)]
    return [p for p in dict.fromkeys(phrases)
            if any(passage_share(runtime.retriever, w.lower()) == 0 for w in re.findall(r"[A-Za-z]{2,}", p))]


def _plain(runtime: Runtime, q: Query, understood: dict[str, Any], started: float) -> Answer:
    found = retrieve_plain(runtime.retriever, q.text, PLAIN_K, runtime.corpus)
    understood["expanded_query"] = found.query
    understood["dropped"] = [*found.dropped, *([found.start] if found.start else []), *found.relayed]
    # the earlier question the memory matched best (ranking and gate evidence), shown as it was read
    earlier = recalled(runtime.retriever, found.searched).closest if runtime.retriever.dense_available else None
    understood["asked_before"] = None if earlier is None else {
        "question": earlier.question, "match": earlier.match, "measures": list(earlier.measures)}
    dropped = f"（检索时略去“{'、'.join(found.dropped)}”：方案各条都是资阳市的举措）\n" if found.dropped else ""
    dropped += f"（检索时略去“{found.start}”：所问时长的起点，不是所问的事项）\n" if found.start else ""
    dropped += f"（检索时略去“{'、'.join(found.relayed)}”：转述来电的用语，不是所问的事项）\n" if found.relayed else ""
    if not found.hits:
        body = "方案中没有直接回答这个问题的内容。"
        if found.unstated:  # the look-alike measures state no such figure
            understood["unstated_figure"] = found.unstated
            body = f"方案中没有写明所问的{said(found.unstated)}，相近的举措里也没有。"
        if not re.search(r"[\u3400-\u9fff]", q.text):  # "How many days does a transfer take": read in Chinese only
            body += "问题里没有中文：方案是中文文件，检索按中文进行，请用中文提问。"
        elif latin := _unread_latin(runtime, q.text):  # "company registration 要几个 working days": said, not dropped
            understood["unread"] = latin
            body += f"问题里的外文（{'、'.join(latin)}）方案中没有，检索按中文进行，可以换成中文说法。"
        # the caller's kind of question first, the civil servant's second; the city left out of the search is kept in
        # `understood` only: beside a refusal it read as noise (the nineteenth operator trial)
        body += "可以换个说法，或问方案写到的事项（如“开办企业要几天”），也可以按单位、完成时限、指标提问（如“人社局参与的举措有哪些”）。"
        return _finish(runtime, q, body, [], None, understood, "hybrid", started, [])
    items = plain_items(runtime, found)
    body = dropped + "\n".join(item_line(i, quote=True) for i in items)
    if found.unstated:  # one of two concerns asks for a figure these passages do not state
        understood["unstated_figure"] = found.unstated
        body += f"\n（问题中问到的{said(found.unstated)}，以上引用的内容中没有写明。）"
    return _finish(runtime, q, body, items, None, understood, "hybrid", started, [])


def _body(runtime: Runtime, q: Query, understood: dict[str, Any], started: float) -> Answer:
    actions = [s.number for s in action_sections(runtime.corpus) if s.number]
    if q.action is not None and q.action not in actions:  # "行动十一是啥子内容": there are ten
        there = f"方案正文部署了{int_to_cn(len(actions))}项行动（行动一至行动{int_to_cn(max(actions))}），没有行动{int_to_cn(q.action)}。"
        return _finish(runtime, q, there, [], None, understood, "body", started, [])
    items, unstated = body_items(runtime, q)
    if unstated:
        understood["unstated_figure"] = unstated
        return _finish(runtime, q, f"方案中没有写明所问的{said(unstated)}，正文和举措里都没有。", [], None, understood, "body",
                       started, [])
    if not items:
        return _finish(runtime, q, "方案正文中没有找到相关内容。", [], None, understood, "body", started, [])
    body = "\n".join(item_line(i, quote=True) for i in items)
    return _finish(runtime, q, body, items, None, understood, "body", started, [])
