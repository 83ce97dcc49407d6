"""Answers about the indicators, built from the records: how many level-2 indicators a level-1 one has, which
one holds the most (or fewest) measures, which hold N measures, which carry a marker or a quoted word, which have
none, the one a level-2 indicator sits under, a leader's indicators and the measures under them, an indicator's
牵头领导. Nothing here is searched: every value is a field of the parsed corpus."""

from __future__ import annotations

import re

from assistant.compose import ResultItem, measure_item
from assistant.understanding import Query
from corpus.models import Corpus, Indicator, Measure
from corpus.numerals import cn_to_int
from corpus.table import inherited_reading


def read_on(i: Indicator, corpus: Corpus) -> str:
    """"（原表未印“●”，按图例补上）" when the indicator's marker comes from corpus/data/ocr_fixes.toml."""
    said = {n.split("：", 1)[1] for m in corpus.measures if m.number in i.measures for n in m.notes
            if n.startswith(tuple(inherited_reading(s, i.name) for s in i.markers))}
    return "".join(f"（{n}）" for n in sorted(said))


def measures_under(indicators: list[Indicator], measures: list[ResultItem], corpus: Corpus) -> str:
    """"这些指标下共有举措N条", the measures cited (added to ``measures``)."""
    numbers = {n for i in indicators for n in i.measures}
    measures += [measure_item(m) for m in corpus.measures if m.number in numbers]
    each = "；".join(f"“{i.name}”{len(i.measures)}条" for i in indicators)
    return f"{'这些指标' if len(indicators) > 1 else '该指标'}下共有举措{len(numbers)}条" + (f"（{each}）。" if len(indicators) > 1 else "。")


def parent_line(corpus: Corpus, level: int, number: int) -> str:
    """"市场开放度" -> 二级指标“市场开放度”属于一级指标“包容普惠创新”（牵头领导：…；其下举措：第331—342条）."""
    ind = corpus.indicator(level, number)
    top = corpus.level1_of(ind) if ind is not None else None
    if ind is None or top is None:
        return "原表中没有这个指标。"
    leader = f"牵头领导：{top.lead_leader or '原表未列明'}"
    if level == 1:
        return f"“{ind.name}”本身是一级指标（{leader}；第{span(ind)}条）。"
    measures = f"其下举措：第{span(ind)}条，共{len(ind.measures)}条" if ind.measures else "其下没有具体举措（原表写“无”）"
    return f"二级指标“{ind.name}”属于一级指标“{top.name}”（{leader}；{measures}）。"


# two named things compared by their measures ("张建红和刘华彬…谁的举措多", "这两个二级指标，哪个下面的举措多")
MORE_ASKED = re.compile(r"(?:谁|哪个|哪位|哪一个|哪一位)(?:(?:一级|二级)?指标)?(?:的|下面的?|名下的?|底下的?)?(?:重点)?(?:举措|措施)?(?:更|最)?多"
                        r"|相比|比较")


def compared(groups: list[tuple[str, set[int]]], measures: list[ResultItem], corpus: Corpus) -> str:
    """"“A”16条，“B”16条：一样多" — the more (or both, when equal) cited, as a superlative cites its winner."""
    most = max(len(g) for _, g in groups)
    winners = [name for name, g in groups if len(g) == most]
    cited = {n for _, g in groups if len(g) == most for n in g}
    measures += [measure_item(m) for m in corpus.measures if m.number in cited]
    said = "一样多" if len(winners) > 1 else f"“{winners[0]}”更多"
    return "；".join(f"“{name}”{len(g)}条" for name, g in groups) + f"：{said}。"


def _levels(q: Query) -> tuple[int, ...]:
    said = tuple(level for level, word in ((1, "一级"), (2, "二级")) if word in q.text)
    return said or (1, 2)


def levels_asked(q: Query) -> str:
    levels = _levels(q)
    return "" if len(levels) > 1 else ("一级" if levels == (1,) else "二级")


def marked_indicators(q: Query, corpus: Corpus) -> list[Indicator]:
    """Indicators whose own header carries one of the markers asked (★ on 获得用地, on 创建保税物流中心)."""
    return [i for i in corpus.indicators if i.level in _levels(q) and set(i.markers) & set(q.markers)]


def named_level1(q: Query, corpus: Corpus) -> list[Indicator]:
    """The level-1 indicators ``q`` names ("获得电力里…", "跨境贸易下面…")."""
    return [i for lv, n in q.indicators if lv == 1 and (i := corpus.indicator(1, n)) is not None]


def span(i: Indicator) -> str:
    return f"{i.measures[0]}—{i.measures[-1]}" if len(i.measures) > 1 else (str(i.measures[0]) if i.measures else "无")


def indicator_count(q: Query, corpus: Corpus) -> tuple[str, int | None]:
    level1, level2 = corpus.level1(), corpus.level2()
    named = named_level1(q, corpus)
    if named:  # "跨境贸易下面分了几个二级指标": the level-2 indicators under the level-1 ones named
        under = [[j for j in level2 if j.parent == i.number] for i in named]
        lines = [f"一级指标“{i.name}”" + (f"（牵头领导：{i.lead_leader}）" if i.lead_leader else "")
                 + f"下有二级指标{len(js)}个：" + "".join(f"“{j.name}”" for j in js) + "。"
                 for i, js in zip(named, under, strict=True)]
        return "".join(lines), len(under[0]) if len(named) == 1 else None
    if "二级" in q.text and "一级" in q.text:
        return f"一级指标共{len(level1)}个，二级指标共{len(level2)}个（其中{sum(not i.measures for i in level2)}个写“无”，没有具体举措）。", None
    if "二级" in q.text and "一级" not in q.text:
        return f"二级指标共{len(level2)}个（其中{sum(not i.measures for i in level2)}个没有具体举措）。", len(level2)
    names = "、".join(i.name for i in level1)
    line = f"一级指标共{len(level1)}个：{names}。"
    return (line if "一级" in q.text else line + f"其下二级指标共{len(level2)}个。"), len(level1)


def _most_leaders(corpus: Corpus) -> tuple[str, tuple[int, ...], int | None]:
    """The 牵头领导 whose level-1 indicators hold the most measures, with the others, and how many."""
    counts: dict[str, list[int]] = {}
    for i in corpus.level1():
        counts.setdefault(i.lead_leader or "未列明", []).extend(i.measures)
    ranked = sorted(counts.items(), key=lambda kv: (-len(kv[1]), kv[0]))
    top = ranked[0]
    ranking = "；".join(f"{name} {len(ns)}条" for name, ns in ranked)
    return f"牵头的一级指标下举措最多的领导：{top[0]}（{len(top[1])}条）。各位：{ranking}。", tuple(top[1]), len(top[1])


def _leaders_by_indicators(corpus: Corpus, fewest: bool) -> tuple[str, tuple[int, ...], int | None]:
    """The 牵头领导 who lead the most (or fewest) level-1 indicators, with the others, and how many (None for a tie):
    "哪个领导牵头的一级指标最多" counts indicators, not measures (the twenty-third operator trial got the indicator with
    the most measures)."""
    led: dict[str, list[str]] = {}
    for i in corpus.level1():
        led.setdefault(i.lead_leader or "未列明", []).append(i.name)
    ranked = sorted(led.items(), key=lambda kv: (len(kv[1]) if fewest else -len(kv[1]), kv[0]))
    top = [(name, names) for name, names in ranked if len(names) == len(ranked[0][1])]
    said = "、".join(f"{name}（{'、'.join(names)}）" for name, names in top)
    ranking = "；".join(f"{name} {len(names)}个" for name, names in ranked)
    line = f"牵头一级指标{'最少' if fewest else '最多'}的领导：{said}，{'各' if len(top) > 1 else ''}{len(top[0][1])}个。各位：{ranking}。"
    return line, (), len(top[0][1]) if len(top) == 1 else None


def top_five(sizes: list[tuple[str, int]]) -> str:
    """"前五位：…。" of names ranked by size, carried on through a tie for fifth place ("哪个单位牵头的举措最多": three
    units have 24 each, fifth to seventh; the twenty-second operator trial saw two of them left out); nothing when
    five or more tie at the top, which the answer names already."""
    if len(sizes) >= 5 and sizes[4][1] == sizes[0][1]:
        return ""
    shown = [(name, n) for i, (name, n) in enumerate(sizes) if i < 5 or n == sizes[4][1]]
    head = "前五位" if len(shown) <= 5 else f"前五位（第五位并列，共列{len(shown)}个）"
    return f"{head}：{'；'.join(f'{name} {n}条' for name, n in shown)}。"


def _most_units(q: Query, corpus: Corpus) -> tuple[str, tuple[int, ...], int | None]:
    """The unit(s) that lead (or take part in) the most measures, with the runners-up, and how many each has (None
    for a tie at the top, whose measures are all given)."""
    lead = "参与" not in q.text and "涉及" not in q.text
    counts: dict[str, list[int]] = {}
    for m in corpus.measures:
        for unit in (m.lead_unit,) if lead else m.units:
            counts.setdefault(unit, []).append(m.number)
    ranked = sorted(counts.items(), key=lambda kv: (-len(kv[1]), kv[0]))
    top = [(u, ns) for u, ns in ranked if len(ns) == len(ranked[0][1])]
    names = "、".join(u for u, _ in top)
    ranking = top_five([(u, len(ns)) for u, ns in ranked])
    line = f"{'牵头' if lead else '参与'}举措最多的单位：{names}（{'各' if len(top) > 1 else ''}{len(top[0][1])}条）。{ranking}"
    return line, tuple(n for _, ns in top for n in ns), len(top[0][1]) if len(top) == 1 else None


def most_measures(q: Query, corpus: Corpus) -> tuple[str, tuple[int, ...], int | None]:
    """The indicator (or unit) with the most (or fewest) measures, with the runners-up, from the records, and
    how many measures it has (None for a tie); a level-1 indicator with its leader."""
    if "领导" in q.text and "指标" not in q.text:  # "哪位牵头领导名下的举措最多": by the level-1 indicators' leaders
        return _most_leaders(corpus)
    if "领导" in q.text and not re.search("举措|措施|条", q.text):  # "哪个领导牵头的一级指标最多": indicators counted
        return _leaders_by_indicators(corpus, "最少" in q.text)
    if "指标" not in q.text:
        return _most_units(q, corpus)
    level = 2 if "二级" in q.text else 1
    fewest = "最少" in q.text
    within = {n for lv, n in q.indicators if lv == 1} if level == 2 else set()  # "获得信贷下面哪个二级指标…"
    ranked = sorted((i for i in corpus.indicators if i.level == level and i.measures
                     and (not within or getattr(corpus.level1_of(i), "number", None) in within)),
                    key=lambda i: (len(i.measures) if fewest else -len(i.measures), i.number))
    top = [i for i in ranked if len(i.measures) == len(ranked[0].measures)]
    ranking = top_five([(i.name, len(i.measures)) for i in ranked])
    kind = "一级" if level == 1 else "二级（不含写“无”的）"
    if within:
        kind = "、".join(f"“{getattr(corpus.indicator(1, n), 'name', '')}”" for n in sorted(within)) + "下的" + kind
    names = "、".join(i.name + (f"（牵头领导：{i.lead_leader}）" if level == 1 and i.lead_leader else "") for i in top)
    line = f"举措{'最少' if fewest else '最多'}的{kind}指标：{names}，{len(top[0].measures)}条。{ranking}"
    return line, tuple(n for i in top for n in i.measures), len(top[0].measures) if len(top) == 1 else None


_COMPARE = (("不少于", "至少", "以上"), ("不超过", "最多", "以下", "以内"), ("不到", "少于", "不足", "小于"), ("超过", "多于", "大于"))
_SAID = ("不少于", "不超过", "少于", "多于")


def indicator_sized(q: Query, corpus: Corpus) -> tuple[str, list[Indicator]]:
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


def named_indicators(q: Query, corpus: Corpus) -> tuple[str, list[Indicator]]:
    """The quoted word and the indicators (of the level asked, else both) whose name holds it."""
    quoted = re.search(r"[“\"「]([^”\"」]{1,12})[”\"」]", q.text)
    word = quoted.group(1) if quoted else ""
    levels = {1} if "一级" in q.text else {2} if "二级" in q.text else {1, 2}
    return word, [i for i in corpus.indicators if i.level in levels and word and word in i.name]


UNDER_ASKED = re.compile(r"(?:下面|下|里面|其下|底下)[^，,。？?]{0,3}(?:一共|总共|共)?有?(?:几条|多少条|哪些|哪几条|几项)")


def empty_line(i: Indicator, corpus: Corpus) -> str:
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
