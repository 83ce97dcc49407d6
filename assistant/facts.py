"""Answers about the document and its indicators, built from the records and cited to their sections.

Document facts (title, 文号, issuer, date, how many measures / indicators / actions, the names of the ten
actions, indicators printed 无) and indicator leaders ("获得电力由哪位领导牵头" -> the 牵头领导 printed in the
level-1 header). Nothing here is searched: every value is a field of the parsed corpus.
"""

from __future__ import annotations

import re
from datetime import date

from assistant.compose import ResultItem, measure_item, section_item
from assistant.understanding import Query
from assistant.understanding.cues import MEASURES_ASKED
from assistant.understanding.markers import legend_line, legend_note
from corpus.models import Corpus, Indicator, Measure, Section
from corpus.numerals import cn_to_int


def section_by_id(corpus: Corpus, section_id: str) -> Section | None:
    return next((s for s in corpus.sections if s.id == section_id), None)


def _issued(corpus: Corpus) -> str:
    d = date.fromisoformat(corpus.issued)
    return f"{d.year}年{d.month}月{d.day}日"


def _actions(corpus: Corpus) -> list[Section]:
    return [s for s in corpus.sections if s.kind == "action"]


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
            line, count = _indicator_count(q, corpus)
            lines.append(line)
            named = [i for lv, n in q.indicators if lv == 1 and (i := corpus.indicator(1, n)) is not None]
            if named and MEASURES_ASKED.search(q.text):  # "…设了几个二级指标，一共多少条举措": those too
                lines.append(_measures_under(named, measures, corpus))
        elif fact == "leader_indicators":
            for name in q.leaders:
                led = [i for i in corpus.level1() if i.lead_leader == name]
                lines.append(f"{name}牵头的一级指标共{len(led)}个：" + ("".join(f"“{i.name}”" for i in led) or "无") + "。")
                count = len(led) if len(q.leaders) == 1 else None
                if led and MEASURES_ASKED.search(q.text):  # "这些指标合计多少条举措": the measures under them
                    lines.append(_measures_under(led, measures, corpus))
        elif fact == "indicator_parent":
            lines += [_parent_line(corpus, level, number) for level, number in q.indicators]
            if _UNDER_ASKED.search(q.text):  # "…是哪个一级指标里的？下面有几条举措": its measures too
                under = [n for level, number in q.indicators if (i := corpus.indicator(level, number)) for n in i.measures]
                count = len(under)
                lines.append(f"该指标下共{count}条举措。")
                measures += [measure_item(m) for m in corpus.measures if m.number in under]
        elif fact == "most_measures":
            line, top, count = _most_measures(q, corpus)
            lines.append(line)
            measures += [measure_item(m) for m in corpus.measures if m.number in top]
        elif fact == "indicator_sized":
            said, found = _indicator_sized(q, corpus)
            count = len(found)
            lines.append(f"举措{said}的{_levels_asked(q) or '一级'}指标共{count}个" + ("：" if found else "。"))
            lines += [f"- “{i.name}”（{len(i.measures)}条：第{_span(i)}条）" if i.measures else f"- {_empty_line(i, corpus)}"
                      for i in found]
        elif fact == "marked_indicators":
            found = _marked_indicators(q, corpus)
            count = len(found)
            lines.append(f"本身标有{'、'.join(q.markers)}的{_levels_asked(q)}指标共{count}个：")
            lines += [f"- {'一' if i.level == 1 else '二'}级指标“{i.name}”{''.join(i.markers)}（第{_span(i)}条）" + _read_on(i, corpus)
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
            lines += [f"- {_empty_line(i, corpus)}" for i in watched]
        elif fact == "named_indicators":
            word, found = _named_indicators(q, corpus)
            count = len(found)
            lines.append(f"名称含“{word}”的{_levels_asked(q)}指标共{count}个：")
            lines += [f"- {'一' if i.level == 1 else '二'}级指标“{i.name}”" + (f"（第{_span(i)}条）" if i.measures else "（无举措）")
                      for i in found]
        elif fact == "empty_indicators":
            empty = [i for i in corpus.level2() if not i.measures]
            count = len(empty)
            lines.append(f"没有具体举措（原表写“无”）的二级指标共{len(empty)}个：")
            lines += [f"- {_empty_line(i, corpus)}" for i in empty]
        elif fact == "actions":
            actions = _actions(corpus)
            lines.append(f"方案实施十大行动（共{len(actions)}项）：")
            lines += [f"{s.label}{s.title}" for s in actions]
            cited += actions
        elif fact == "action":
            action = section_by_id(corpus, f"action-{q.action}") if q.action else None
            if action is not None:
                whole = re.search(r"内容|讲(?:了|的)?(?:什么|啥)", q.text)  # "第二项行动的内容": all of it
                lines.append(f"{action.label}{action.title}：{action.text if whole else action.text.split('。')[0] + '。'}")
                cited.append(action)
    if not lines:
        lines.append(_size(corpus))
        cited += [s for s in (section_by_id(corpus, "preamble"),) if s]
    return lines, [section_item(s, s.title) for s in dict.fromkeys(cited)] + measures, count


def _read_on(i: Indicator, corpus: Corpus) -> str:
    """"（原表未印“●”，按图例补上）" when the indicator's marker comes from corpus/data/ocr_fixes.toml."""
    said = {n.split("：", 1)[1] for m in corpus.measures if m.number in i.measures for n in m.notes
            if n.startswith(tuple(f"{s}来自二级指标“{i.name}”" for s in i.markers))}
    return "".join(f"（{n}）" for n in sorted(said))


def _measures_under(indicators: list[Indicator], measures: list[ResultItem], corpus: Corpus) -> str:
    """"这些指标下共有举措N条", the measures cited (added to ``measures``)."""
    numbers = {n for i in indicators for n in i.measures}
    measures += [measure_item(m) for m in corpus.measures if m.number in numbers]
    each = "；".join(f"“{i.name}”{len(i.measures)}条" for i in indicators)
    return f"{'这些指标' if len(indicators) > 1 else '该指标'}下共有举措{len(numbers)}条" + (f"（{each}）。" if len(indicators) > 1 else "。")


def _parent_line(corpus: Corpus, level: int, number: int) -> str:
    """"市场开放度" -> 二级指标“市场开放度”属于一级指标“包容普惠创新”（牵头领导：…；其下举措：第331—342条）."""
    ind = corpus.indicator(level, number)
    top = corpus.level1_of(ind) if ind is not None else None
    if ind is None or top is None:
        return "原表中没有这个指标。"
    leader = f"牵头领导：{top.lead_leader or '原表未列明'}"
    if level == 1:
        return f"“{ind.name}”本身是一级指标（{leader}；第{_span(ind)}条）。"
    measures = f"其下举措：第{_span(ind)}条" if ind.measures else "其下没有具体举措（原表写“无”）"
    return f"二级指标“{ind.name}”属于一级指标“{top.name}”（{leader}；{measures}）。"


def _levels(q: Query) -> tuple[int, ...]:
    said = tuple(level for level, word in ((1, "一级"), (2, "二级")) if word in q.text)
    return said or (1, 2)


def _levels_asked(q: Query) -> str:
    levels = _levels(q)
    return "" if len(levels) > 1 else ("一级" if levels == (1,) else "二级")


def _marked_indicators(q: Query, corpus: Corpus) -> list[Indicator]:
    """Indicators whose own header carries one of the markers asked (★ on 获得用地, on 创建保税物流中心)."""
    return [i for i in corpus.indicators if i.level in _levels(q) and set(i.markers) & set(q.markers)]


def _span(i: Indicator) -> str:
    return f"{i.measures[0]}—{i.measures[-1]}" if len(i.measures) > 1 else (str(i.measures[0]) if i.measures else "无")


def _size(corpus: Corpus) -> str:
    return (
        f"《{corpus.title}》（{corpus.doc_number}）附件共列重点举措{len(corpus.measures)}条（第1—{len(corpus.measures)}条），"
        f"分属{len(corpus.level1())}个一级指标、{len(corpus.level2())}个二级指标，正文部署十大行动。"
    )


def _indicator_count(q: Query, corpus: Corpus) -> tuple[str, int | None]:
    level1, level2 = corpus.level1(), corpus.level2()
    named = [i for lv, n in q.indicators if lv == 1 and (i := corpus.indicator(1, n)) is not None]
    if named:  # "跨境贸易下面分了几个二级指标": the level-2 indicators under the level-1 ones named
        under = [[j for j in level2 if j.parent == i.number] for i in named]
        lines = [f"一级指标“{i.name}”下有二级指标{len(js)}个：" + "".join(f"“{j.name}”" for j in js) + "。"
                 for i, js in zip(named, under, strict=True)]
        return "".join(lines), len(under[0]) if len(named) == 1 else None
    if "二级" in q.text and "一级" in q.text:
        return f"一级指标共{len(level1)}个，二级指标共{len(level2)}个（其中{sum(not i.measures for i in level2)}个写“无”，没有具体举措）。", None
    if "二级" in q.text and "一级" not in q.text:
        return f"二级指标共{len(level2)}个（其中{sum(not i.measures for i in level2)}个没有具体举措）。", len(level2)
    names = "、".join(i.name for i in level1)
    line = f"一级指标共{len(level1)}个：{names}。"
    return (line if "一级" in q.text else line + f"其下二级指标共{len(level2)}个。"), len(level1)


def _most_units(q: Query, corpus: Corpus) -> tuple[str, tuple[int, ...], int | None]:
    """The unit that leads (or takes part in) the most measures, with the runners-up, and how many it has."""
    lead = "参与" not in q.text and "涉及" not in q.text
    counts: dict[str, list[int]] = {}
    for m in corpus.measures:
        for unit in (m.lead_unit,) if lead else m.units:
            counts.setdefault(unit, []).append(m.number)
    ranked = sorted(counts.items(), key=lambda kv: (-len(kv[1]), kv[0]))
    ranking = "；".join(f"{u} {len(ns)}条" for u, ns in ranked[:5])
    top = ranked[0]
    line = f"{'牵头' if lead else '参与'}举措最多的单位：{top[0]}（{len(top[1])}条）。前五位：{ranking}。"
    return line, tuple(top[1]), len(top[1])


def _most_measures(q: Query, corpus: Corpus) -> tuple[str, tuple[int, ...], int | None]:
    """The indicator (or unit) with the most (or fewest) measures, with the runners-up, from the records, and
    how many measures it has (None for a tie); a level-1 indicator with its leader."""
    if "指标" not in q.text:
        return _most_units(q, corpus)
    level = 2 if "二级" in q.text else 1
    fewest = "最少" in q.text
    within = {n for lv, n in q.indicators if lv == 1} if level == 2 else set()  # "获得信贷下面哪个二级指标…"
    ranked = sorted((i for i in corpus.indicators if i.level == level and i.measures
                     and (not within or getattr(corpus.level1_of(i), "number", None) in within)),
                    key=lambda i: (len(i.measures) if fewest else -len(i.measures), i.number))
    top = [i for i in ranked if len(i.measures) == len(ranked[0].measures)]
    ranking = "；".join(f"{i.name} {len(i.measures)}条" for i in ranked[:5])
    kind = "一级" if level == 1 else "二级（不含写“无”的）"
    if within:
        kind = "、".join(f"“{getattr(corpus.indicator(1, n), 'name', '')}”" for n in sorted(within)) + "下的" + kind
    names = "、".join(i.name + (f"（牵头领导：{i.lead_leader}）" if level == 1 and i.lead_leader else "") for i in top)
    line = f"举措{'最少' if fewest else '最多'}的{kind}指标：{names}，{len(top[0].measures)}条。前五位：{ranking}。"
    return line, tuple(n for i in top for n in i.measures), len(top[0].measures) if len(top) == 1 else None


_COMPARE = (("不少于", "至少", "以上"), ("不超过", "最多", "以下", "以内"), ("不到", "少于", "不足", "小于"), ("超过", "多于", "大于"))
_SAID = ("不少于", "不超过", "少于", "多于")


def _indicator_sized(q: Query, corpus: Corpus) -> tuple[str, list[Indicator]]:
    """"哪些一级指标的举措只有3条": the indicators (of the level asked, else level 1) with that many measures."""
    m = re.search(r"(\d{1,3}|[一二两三四五六七八九十]{1,3})条", q.text)
    n = (int(m.group(1)) if m.group(1).isdigit() else cn_to_int(m.group(1))) if m else None
    if n is None:
        return "", []
    around = q.text[max(0, m.start() - 4) : m.end() + 3] if m else ""
    op = next((k for k, words in enumerate(_COMPARE) if any(w in around for w in words)), None)
    tests = (lambda c: c >= n, lambda c: c <= n, lambda c: c < n, lambda c: c > n)
    level = 2 if "二级" in q.text else 1
    found = [i for i in corpus.indicators if i.level == level and (tests[op] if op is not None else n.__eq__)(len(i.measures))]
    return (f"{_SAID[op]}{n}条" if op is not None else f"恰为{n}条"), found


def _named_indicators(q: Query, corpus: Corpus) -> tuple[str, list[Indicator]]:
    """The quoted word and the indicators (of the level asked, else both) whose name holds it."""
    quoted = re.search(r"[“\"「]([^”\"」]{1,12})[”\"」]", q.text)
    word = quoted.group(1) if quoted else ""
    levels = {1} if "一级" in q.text else {2} if "二级" in q.text else {1, 2}
    return word, [i for i in corpus.indicators if i.level in levels and word and word in i.name]


_UNDER_ASKED = re.compile(r"(?:下面|下|里面|其下|底下)[^，,。？?]{0,3}(?:一共|总共|共)?有?(?:几条|多少条|哪些|哪几条|几项)")


def _empty_line(i: Indicator, corpus: Corpus) -> str:
    parent = corpus.level1_of(i) if i.parent else None
    where = f"（属“{parent.name}”）" if parent else ""
    kind = "，观察指标" if i.observation else ""
    return f"“{i.name}”{where}{kind}" + (f"：{i.note}" if i.note else "")


def leader_answer(q: Query, corpus: Corpus) -> tuple[list[str], list[ResultItem]]:
    """The 牵头领导 of each indicator asked about, and that indicator's measures as context."""
    lines: list[str] = []
    items: list[ResultItem] = []
    for level, number in q.indicators:
        ind = corpus.indicator(level, number)
        if ind is None:
            continue
        top = corpus.level1_of(ind)
        leader = top.lead_leader if top else None
        via = "" if level == 1 or top is None else f"（所属一级指标“{top.name}”）"
        measures = [m for m in corpus.measures if (level == 1 and m.level1.number == number) or (level == 2 and number in m.level2_group)]
        lines.append(f"“{ind.name}”{via}的牵头领导：{leader or '原表未列明'}。该指标下共{len(measures)}条举措。")
        items += [measure_item(m) for m in measures]
    return lines, items


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
    if by == "units":
        return title + "：" + "、".join(f"{k}（{v}）" for k, v in ranked)
    return title + "：" + "；".join(f"{k} {v}条" for k, v in ranked)


# after a measure is named, its indicator's other measures are asked for ("这个指标下一共有哪些举措")
_SIBLINGS = re.compile(r"(?:这个|该|这一|同一个?|所属的?|所在的?)(一级|二级)?指标(?:下|里|中|内)?[^，。？?]{0,6}(?:哪些|几条|多少条|哪几条|其他)")


def indicator_siblings(corpus: Corpus, measure: Measure, text: str) -> tuple[str, list[Measure]] | None:
    """The indicator of ``measure`` (level 2 unless 一级 is said) and its measures, when ``text`` asks for them."""
    asked = _SIBLINGS.search(text)
    if asked is None:
        return None
    level = 1 if asked.group(1) == "一级" else 2
    indicator = corpus.indicator(level, (measure.level1 if level == 1 else measure.level2).number)
    if indicator is None or not indicator.measures:
        return None
    return indicator.name, [m for n in indicator.measures if (m := corpus.measure(n)) is not None]
