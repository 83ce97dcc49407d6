"""Which fact about the table a question asks for, of those its words cue (``vocabulary().facts``): the measures
printed twice, the indicators by size, by name, left empty, above or under one, led by a leader or marked, and a
marker's meaning. Chosen after a measure number (a lookup) and before a set or a plain question (``parse``)."""

from __future__ import annotations

import re

from assistant.understanding.cues import MEASURES_ASKED

_WHICH_INDICATOR = re.compile(r"哪(?:个|些|几个|一个)[^，,。？?]{0,4}指标|指标[^，,。？?]{0,4}哪(?:个|些|几个)")  # asked first
_KIND_OF = re.compile(r"(?:哪|什么|啥子?)(?:方面|类|一类|领域|类型)的(?:举措|措施)")  # "◎代表哪方面的举措": a meaning
_ROWS = re.compile(r"举措|措施|条目|[几多少]条")  # the measures asked for too ("标了▲的举措是哪些？▲代表什么")


def which_fact(text: str, facts: list[str], units: bool, deadline: bool, indicators: list[tuple[int, int]],
               leaders: tuple[str, ...], markers: list[str]) -> tuple[list[str], list[str]] | None:
    """The facts to answer and the markers kept, when ``text`` asks for a fact about the table rather than for
    measures (None); ``units`` / ``deadline``: whether the question names one (then it mostly asks for measures)."""
    plain = not units and not deadline
    level1 = all(lv == 1 for lv, _ in indicators)
    if "printed_twice" in facts and plain:  # "登记财产下面有没有重复的举措": the pairs
        return ["printed_twice"], markers
    if "indicator_sized" in facts and plain:  # "哪些一级指标的举措只有3条"
        return ["indicator_sized"], markers
    if "named_indicators" in facts:  # "名称里带“系统治理”的二级指标": a word of the names, not a marker's meaning
        return ["named_indicators"], []
    if "empty_indicators" in facts and plain and level1:  # "获得电力里有没有哪个二级指标没有安排举措": under it
        return ["empty_indicators"], markers
    if indicators and "indicator_parent" in facts:  # "用地效率是哪个一级指标下面的": the header it sits under
        return ["indicator_parent"], markers
    if "most_measures" in facts and "二级" in text and indicators and level1:
        return ["most_measures"], markers  # "获得信贷下面哪个二级指标的举措最多": among its level-2 ones
    if "most_measures" in facts and "leader_indicators" in facts and not leaders:
        return ["most_measures"], markers  # "哪个领导牵头的一级指标最多": the leaders ranked, no one leader's list
    if "indicator_count" in facts and "二级" in text and any(lv == 1 for lv, _ in indicators):
        return ["indicator_count"], markers  # "民营经济下分了哪些二级指标": the headers under it
    if leaders and "leader_indicators" in facts and not deadline:  # with a deadline: the measures
        return ["leader_indicators"], markers  # "张建红牵头的一级指标有哪些": indicators, not measures
    if markers and "marker_meaning" in facts and plain and not _ROWS.search(_KIND_OF.sub("", text)):
        # "⊙标记是什么含义": the legend's note; "●是什么意思？哪些二级指标上标了●": and the indicators carrying it
        return ["marker_meaning", *(["marked_indicators"] if "marked_indicators" in facts else [])], markers
    if (markers and "marked_indicators" in facts and plain
            and (not MEASURES_ASKED.search(text) or _WHICH_INDICATOR.search(text))):
        return ["marked_indicators"], markers  # "哪些一级指标标了★": the indicators carrying it
    return None
