"""Answers about the document, built from the records and cited to their sections.

Document facts (title, 文号, issuer, date, how many measures / indicators / actions, the names of the ten
actions, what a marker means) and a result set broken down (by deadline, lead unit, indicator, leader, units); the
indicators' own facts are ``indicators.py``. Nothing here is searched: every value is a field of the parsed corpus.
"""

from __future__ import annotations

import re
from datetime import date

from assistant.compose import ResultItem, measure_item, section_item
from assistant.indicators import (
    MORE_ASKED,
    UNDER_ASKED,
    compared,
    empty_line,
    indicator_count,
    indicator_sized,
    levels_asked,
    marked_indicators,
    measures_under,
    most_measures,
    named_indicators,
    named_level1,
    parent_line,
    read_on,
    span,
)
from assistant.understanding import Query
from assistant.understanding.cues import MEASURES_ASKED
from assistant.understanding.markers import legend_line, legend_note
from corpus.check import printed_twice
from corpus.models import Corpus, Indicator, Measure, Section


def section_by_id(corpus: Corpus, section_id: str) -> Section | None:
    return next((s for s in corpus.sections if s.id == section_id), None)


def _issued(corpus: Corpus) -> str:
    d = date.fromisoformat(corpus.issued)
    return f"{d.year}年{d.month}月{d.day}日"


def action_sections(corpus: Corpus) -> list[Section]:
    return [s for s in corpus.sections if s.kind == "action"]


def led_indicators(corpus: Corpus, leaders: tuple[str, ...]) -> tuple[Indicator, ...]:
    """The level-1 indicators ``leaders`` lead, in the plan's order."""
    return tuple(i for i in corpus.level1() if i.lead_leader in leaders)


def fact_answer(q: Query, corpus: Corpus) -> tuple[list[str], list[ResultItem], int | None]:
    """(answer lines, cited sections or measures, the count asked for if any) for the facts ``q.facts`` asks."""
    lines: list[str] = []
    cited: list[Section] = []
    measures: list[ResultItem] = []
    count: int | None = None
    notice = section_by_id(corpus, "notice")
    header_facts = {
        "title": f"方案全称：《{corpus.title}》；附件：{corpus.attachment}（重点举措{len(corpus.measures)}条）",
        "doc_number": f"文号：{corpus.doc_number}",
        "issuer": f"印发单位：{corpus.issuer}",
        "issued": f"印发日期：{_issued(corpus)}",
    }
    for fact in q.facts:
        if fact in header_facts:
            lines.append(header_facts[fact])
            cited += [notice] if notice else []
        elif fact == "measure_count":
            lines.append(_size(corpus))
            count = len(corpus.measures)
            if q.group_by:  # "21个一级指标各自有多少条": the whole plan broken down
                lines.append(breakdown(list(corpus.measures), q.group_by))
        elif fact == "indicator_count":
            line, count = indicator_count(q, corpus)
            lines.append(line)
            named = named_level1(q, corpus)
            if named and MEASURES_ASKED.search(q.text):  # "…设了几个二级指标，一共多少条举措": those too
                lines.append(measures_under(named, measures, corpus))
        elif fact == "leader_indicators":
            for name in q.leaders:
                led = list(led_indicators(corpus, (name,)))
                lines.append(f"{name}牵头的一级指标共{len(led)}个：" + ("".join(f"“{i.name}”" for i in led) or "无") + "。")
                count = len(led) if len(q.leaders) == 1 else None
                if led and MEASURES_ASKED.search(q.text) and not (len(q.leaders) == 2 and MORE_ASKED.search(q.text)):
                    lines.append(measures_under(led, measures, corpus))  # "这些指标合计多少条举措": those measures
            if len(q.leaders) == 2 and MORE_ASKED.search(q.text):  # "张建红和刘华彬…谁的举措多"
                lines.append(compared([(name, {n for i in corpus.level1() if i.lead_leader == name for n in i.measures})
                                       for name in q.leaders], measures, corpus))
        elif fact == "indicator_parent":
            lines += [parent_line(corpus, level, number) for level, number in q.indicators]
            found = [i for level, number in q.indicators if (i := corpus.indicator(level, number)) is not None]
            if len(found) == 2 and MORE_ASKED.search(q.text):  # "这两个二级指标，哪个下面的举措多"
                lines.append(compared([(i.name, set(i.measures)) for i in found], measures, corpus))
            elif UNDER_ASKED.search(q.text):  # "…是哪个一级指标里的？下面有几条举措": its measures too
                under = [n for level, number in q.indicators if (i := corpus.indicator(level, number)) for n in i.measures]
                count = len(under)
                lines.append(f"该指标下共{count}条举措。")
                measures += [measure_item(m) for m in corpus.measures if m.number in under]
        elif fact == "most_measures":
            line, top, count = most_measures(q, corpus)
            lines.append(line)
            measures += [measure_item(m) for m in corpus.measures if m.number in top]
        elif fact == "indicator_sized":
            said, found = indicator_sized(q, corpus)
            count = len(found)
            lines.append(f"举措{said}的{levels_asked(q) or '一级'}指标共{count}个" + ("：" if found else "。"))
            lines += [f"- “{i.name}”（{len(i.measures)}条：第{span(i)}条）" if i.measures else f"- {empty_line(i, corpus)}"
                      for i in found]
        elif fact == "marked_indicators":
            found = marked_indicators(q, corpus)
            count = len(found)
            lines.append(f"本身标有{'、'.join(q.markers)}的{levels_asked(q)}指标共{count}个：")
            lines += [f"- {'一' if i.level == 1 else '二'}级指标“{i.name}”{''.join(i.markers)}（第{span(i)}条）" + read_on(i, corpus)
                      for i in found]
            if re.search(r"举措|措施|哪条|哪几条|下面", q.text):  # "它下面是哪条举措": the measures under them
                numbers = {n for i in found for n in i.measures}
                measures += [measure_item(m) for m in corpus.measures if m.number in numbers]
        elif fact == "marker_meaning":
            for symbol in q.markers:
                lines.append(legend_line(corpus, symbol))
                cited += [note] if (note := legend_note(corpus, symbol)) else []
        elif fact == "observation_indicators":
            watched = [i for i in corpus.indicators if i.observation]
            count = len(watched)
            lines.append(f"标为“观察指标”的二级指标共{count}个：")
            lines += [f"- {empty_line(i, corpus)}" for i in watched]
        elif fact == "named_indicators":
            word, found = named_indicators(q, corpus)
            count = len(found)
            lines.append(f"名称含“{word}”的{levels_asked(q)}指标共{count}个：")
            lines += [f"- {'一' if i.level == 1 else '二'}级指标“{i.name}”" + (f"（第{span(i)}条）" if i.measures else "（无举措）")
                      for i in found]
        elif fact == "empty_indicators":
            tops = named_level1(q, corpus)  # "获得电力里…": the level-2 ones under it
            empty = [i for i in corpus.level2() if not i.measures and (not tops or any(i.parent == t.number for t in tops))]
            count = len(empty)
            within = "".join(f"“{t.name}”下" for t in tops)
            lines.append(f"{within}没有具体举措（原表写“无”）的二级指标共{count}个：" if empty
                         else f"{within}的二级指标都有具体举措（没有写“无”的）。")
            lines += [f"- {empty_line(i, corpus)}" for i in empty]
        elif fact == "printed_twice":
            twice, count = _printed_twice(q, corpus, measures)
            lines += twice
        elif fact == "actions":
            actions = action_sections(corpus)
            lines.append(f"方案实施十大行动（共{len(actions)}项）：")
            lines += [f"{s.label}{s.title}" for s in actions]
            cited += actions
        elif fact == "action":
            action = section_by_id(corpus, f"action-{q.action}") if q.action else None
            if action is not None:
                # "第二项行动的内容": all of it; so too when more is asked of it ("第四个行动叫什么，再贷款余额要达到多少")
                # or what it is (十大行动里第六个行动是什么: the twenty-third operator trial got its first sentence alone);
                # its name asked (叫什么) is the title and first sentence
                whole = re.search(r"内容|(?:是|讲|说|做|干)(?:了|的)?(?:什么|啥)|[，,；;？?]\s*[\u4e00-\u9fff]{2,}", q.text)
                lines.append(f"{action.label}{action.title}：{action.text if whole else action.text.split('。')[0] + '。'}")
                cited.append(action)
    if not lines:
        lines.append(_size(corpus))
        cited += [s for s in (section_by_id(corpus, "preamble"),) if s]
    return lines, [section_item(s, s.title) for s in dict.fromkeys(cited)] + measures, count


def _printed_twice(q: Query, corpus: Corpus, measures: list[ResultItem]) -> tuple[list[str], int]:
    """The measures printed twice (``corpus.check.printed_twice``), within the level-1 indicators named, and how
    many pairs; their items are added to ``measures``."""
    tops = named_level1(q, corpus)  # "登记财产下面有没有重复的举措": those under it
    pairs = [(ma, mb) for a, b in sorted(printed_twice(corpus).items())
             if a < b and (ma := corpus.measure(a)) and (mb := corpus.measure(b))
             and (not tops or any(ma.level1.number == t.number for t in tops))]
    within = "".join(f"“{t.name}”下" for t in tops)
    if not pairs:
        return [f"{within}没有重复印出的举措。"], 0
    lines = [f"{within}重复印出的举措共{len(pairs)}组："]
    for ma, mb in pairs:
        where = f"都在二级指标“{ma.level2.name}”下" if ma.level2.name == mb.level2.name else (
            f"分列二级指标“{ma.level2.name}”与“{mb.level2.name}”下")
        lines.append(f"- 第{ma.number}条与第{mb.number}条，{'全文相同' if ma.text == mb.text else '首句相同'}，{where}")
        measures += [measure_item(ma), measure_item(mb)]
    return lines, len(pairs)


def _size(corpus: Corpus) -> str:
    return (
        f"《{corpus.title}》（{corpus.doc_number}）附件共列重点举措{len(corpus.measures)}条（第1—{len(corpus.measures)}条），"
        f"分属{len(corpus.level1())}个一级指标、{len(corpus.level2())}个二级指标，正文部署十大行动。"
    )


SMALL_SET = 20  # a breakdown of at most this many rows names them


def breakdown(measures: list[Measure], by: str, besides: tuple[str, ...] = ()) -> str:
    """"按完成时限：2021年6月 3条；…" — a result set counted by deadline, lead unit or level-1 indicator."""
    keys = {
        "deadline": lambda m: (m.deadline.label,),
        "lead_unit": lambda m: (m.lead_unit,),
        "level1": lambda m: (m.level1.name,),
        "leader": lambda m: (m.level1_leader or "未列明",),  # the 牵头领导 of the row's level-1 indicator
        "units": lambda m: tuple(m.units),  # every listed unit, the lead first
    }[by]
    counts: dict[str, int] = {}
    for m in measures:
        for k in keys(m):
            if k not in besides:  # "除了税务局，还有哪些单位": set aside
                counts[k] = counts.get(k, 0) + 1
    title = {"deadline": "按完成时限", "lead_unit": "按牵头单位", "level1": "按一级指标", "leader": "按一级指标牵头领导",
             "units": f"{'除' + '、'.join(besides) + '外，' if besides else ''}参与的责任单位共{len(counts)}家（括号内为所列条数）"}[by]
    ranked = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
    if besides and by == "lead_unit":  # "除了市税务局，还有哪些单位牵头": the others, or none
        aside = "、".join(besides)
        if not ranked:
            return f"除{aside}外，没有其他单位牵头（这{len(measures)}条都由{aside}牵头）"
        return f"除{aside}外，牵头单位共{len(ranked)}家：" + "；".join(f"{k} {v}条" for k, v in ranked)
    if by == "units":
        return title + "：" + "、".join(f"{k}（{v}）" for k, v in ranked)
    if len(measures) <= SMALL_SET:  # "它们分别属于哪个一级指标": which rows, not only how many
        rows = {k: [m.number for m in measures if k in keys(m)] for k, _ in ranked}
        return title + "：" + "；".join(f"{k} {v}条（第{'、'.join(map(str, rows[k]))}条）" for k, v in ranked)
    return title + "：" + "；".join(f"{k} {v}条" for k, v in ranked)
