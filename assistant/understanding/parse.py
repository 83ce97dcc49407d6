"""``understand(question) -> Query``: every condition the question states, each checked against the records.

Reading order: measure numbers, units (with role and negation), leaders, the deadline, indicators, markers,
then the question's frame (intent cues and the table's own words). A topic is taken only where the question
introduces one; whatever is left is reported in ``unused`` and never applied as a filter.
"""

from __future__ import annotations

import re

from assistant.normalize import normalize_question
from assistant.understanding.cues import (
    BREAKDOWN,
    GROUP_BY,
    asks_about_content,
    asks_for_rows,
    read_cue,
    read_pointing,
    set_aside_units,
)
from assistant.understanding.deadlines import read_deadline
from assistant.understanding.described import described_indicator, described_measures
from assistant.understanding.dialect import is_slip, to_mandarin
from assistant.understanding.fact_asked import which_fact
from assistant.understanding.indicator_mentions import read_indicators
from assistant.understanding.markers import (
    PRINTED_ON_MEASURE,
    header_level,
    legend_gap,
    legend_line,
    read_markers,
)
from assistant.understanding.numbers import named_rules, read_action, read_numbers
from assistant.understanding.query import Query
from assistant.understanding.sizes import named_at_least, read_sizes
from assistant.understanding.spans import Spans
from assistant.understanding.topic import content_words, find_topic, written
from assistant.understanding.typed_dates import cn_months_to_digits
from assistant.understanding.units import read_units
from assistant.understanding.vocabulary import vocabulary
from corpus.models import Corpus
from corpus.numerals import cn_to_int
from corpus.table import leader_names, ocr_fixes
from index.tokenize import keyword_tokenizer

_LEVEL2_NUMBER = re.compile(r"[（(]([一二三四五六七八九十百零〇]{1,5})[）)]")
# "张建红牵头的一级指标下…的举措", "张建红牵头的指标里带▲的举措": the measures under the leader's indicators
_UNDER_LEADERS = re.compile(r"(?:牵头|负责|分管)(?:领导)?的(?:那|这)?(?:几个|些|个|一个)?(?:一级指标|指标)(?:里面|里|下面|下|中|当中)?")

LEADER_COLUMN = re.compile(r"责任领导(?!.{0,12}牵头领导)")  # the rows' column named, not the indicator's 牵头领导
DURATION_ASKED = re.compile(r"多长时间|多久|多少天|几天|(?:几|多少)个?(?:工作)?(?:日|小时)|多快")
MONEY_ASKED = re.compile(r"多少(?:钱|元|万|费用?|资金)|几(?:万|千|百)块?")



def _facts(text: str, numbers: list[int]) -> list[str]:
    if numbers:
        return []
    return [key for key, pattern in vocabulary().facts.items() if pattern.search(text)]


def understand(question: str, corpus: Corpus, asks_for_set: bool = False) -> Query:
    """The typed query of ``question``; ``asks_for_set``: a follow-up that refines the last set ("其中带⊙的呢"),
    so its conditions are conditions even without a list cue."""
    text, readings = to_mandarin(cn_months_to_digits(normalize_question(question)))
    misprints = [(p, c) for p, c in ocr_fixes() if c in leader_names() and p in text]  # "刘廷安负责的": printed once
    for printed, correct in misprints:
        text = text.replace(printed, correct)
    tokenizer = keyword_tokenizer(corpus)
    spans = Spans(text, tokenizer.words_exact(text))
    vocab = vocabulary()
    for request in vocab.request.finditer(text):  # "请问", "帮我查一下", "谢谢": how it is asked, not what
        spans.take(*request.span())
    for place in vocab.place_asked.finditer(text):  # "办公点在哪条街": a street asked, no "哪条" list cue
        spans.take(*place.span())
    said = [r for r in readings if not is_slip(r)]
    slips = [r for r in readings if is_slip(r)]
    notes: list[str] = [f"方言按普通话理解：{'、'.join(said)}"] if said else []
    notes += [f"错字按正字理解：{'、'.join(slips)}"] if slips else []
    notes += [f"“{printed}”是原表的误印，按“{correct}”理解" for printed, correct in misprints]
    numbers = read_numbers(spans, named_rules(corpus))
    by_words = described_measures(spans, corpus) if not numbers else None
    if by_words is not None:
        numbers = list(by_words[0])  # "加快建设资阳市危险废物集中处置中心那条": that measure, said so
        spans.take(*by_words[2])
        notes.append(f"“{by_words[1]}”按第{'、'.join(map(str, numbers))}条理解")
    facts = _facts(text, numbers)
    unit_reading = read_units(spans, lambda name: written(corpus, name))
    units = list(unit_reading.conditions)
    aside = set_aside_units(text, [c.mention for c in units if c.negated])  # listed, not a condition
    units = [c for c in units if not (c.negated and c.mention in aside)]
    sizes = read_sizes(spans)
    unit_least = named_at_least(spans, len([c for c in units if not c.negated]))
    leaders = tuple(name for name in sorted(leader_names(), key=len, reverse=True) if spans.find_all(name))
    deadline = read_deadline(spans, corpus)
    notes += deadline.notes if deadline else ()
    indicators, not_indicators = read_indicators(spans, corpus)
    if leaders and (under := _UNDER_LEADERS.search(text)) and re.search(r"举措|措施|多少条|几条", text):
        spans.take(*under.span())  # "牵头的那个一级指标下面": read as the indicators, no word left unused
        # "常务副市长牵头的那几个一级指标下面一共多少条举措": the measures under those indicators, not rows he leads
        led = [i for i in corpus.level1() if i.lead_leader in leaders]
        indicators += [(1, i.number) for i in led]
        notes.append(f"{'、'.join(leaders)}牵头的一级指标：" + "".join(f"“{i.name}”" for i in led))
        leaders = ()
    if not indicators and "二级指标" in text and (by_number := _LEVEL2_NUMBER.search(text)):
        n = cn_to_int(by_number.group(1))  # "第（四十二）个二级指标叫什么"
        indicators = [(2, n)] if n is not None and corpus.indicator(2, n) is not None else []
    if not indicators and (described := described_indicator(spans, corpus)) is not None:
        ref, phrase, span = described  # "跟银行贷款有关的那个一级指标" -> 获得信贷, said so
        indicators = [ref]
        spans.take(*span)
        notes.append(f"“{phrase}”按一级指标“{_name(corpus, ref)}”理解")
    markers, not_markers = read_markers(spans, corpus)
    if markers and (own := PRINTED_ON_MEASURE.search(text)):  # "不算指标名上的符号": read, applied below
        spans.take(*own.span())
    if markers and (meaning := vocab.facts["marker_meaning"].search(text)):  # "▲代表什么": read, answered below
        spans.take(*meaning.span())
    facts = [f for f in facts if f not in ("marked_indicators", "marker_meaning") or markers]  # "哪些二级指标是观察指标"
    marker_logic = "and" if len(markers) > 1 and any(w in text for w in vocab.marker_and) else "or"
    if len(markers) > 1:
        read_cue(spans, vocab.marker_and)  # "既有☆又有●的": the words that join the markers are read
    content_ask = asks_about_content(text, vocab.intent["row_words"], vocab.intent["not_row_words"])  # "要交哪些材料"
    # the list cue first: "有哪几条" asks for rows, its 几条 is no count
    cues = {k: read_cue(spans, vocab.intent[k]) for k in ("list", "count", "body", "leader")}
    extreme = next(((k, m) for k, p in vocab.extreme.items() if (m := p.search(text))), None)
    if extreme:  # "最早到期的是哪条": the rows of the set with the earliest deadline
        spans.take(*extreme[1].span())
    who = GROUP_BY["units"].search(text) or GROUP_BY["lead_unit"].search(text)
    if who:  # the units of a set are its rows' units (or its lead units): rows are asked for
        spans.take(*who.span())
    share = vocab.share.search(text)
    if share:  # "占全部384条的多大比例": a count, given with its share
        spans.take(*share.span())
        cues["count"] = True
    cues["list"] = (cues["list"] and asks_for_rows(text, vocab, content_ask, spans)) or bool(extreme) or bool(who)
    # "要推出多少项“一件事一次办”事项": a number of a named programme's items is a figure the text states
    cues["count"] = cues["count"] and not (re.search(r"(?:多少|几)(?:项|个|件)[“\"「]", text) and "条" not in text)
    action = read_action(text, corpus)
    if action is not None:  # "监管水平提升行动有哪些要求": that action's text, not the list of the ten
        facts = [f for f in facts if f != "actions"]
    # "正文里…" asks about the body; "举措正文里直接标了●" is a measure's own text
    cues["body"] = (cues["body"] and not re.search(r"(?:举措|条目|措施)(?:的)?正文", text)) or action is not None
    cues["list"] = cues["list"] or bool(re.search(r"(?:的|相关|有关)(?:重点)?(?:举措|措施|条目)|(?:举措|措施)有", text))
    # "费用一共要多少钱", "开办企业总共要多久", "一共要办几场": an amount, a duration or a number of things held asked,
    # not a count (its 一共 sums money, time or events, not rows)
    if (MONEY_ASKED.search(text) or DURATION_ASKED.search(text) or vocab.counts_other.search(text)) and not re.search(
            r"(?:多少|几)(?:条|项|个举措)|条数|数量", text):
        cues["count"] = False
    sum_words = vocab.intent.get("sum_words", ())
    sums = "|".join(map(re.escape, sum_words))
    if cues["count"] and sums and not share and not any(w in text for w in vocab.intent["count"] if w not in sum_words) \
            and not re.search(f"(?:{sums})[^，,。？?！!]{{0,8}}?(?:多少|几(?![十百千万])|好多|哪些)|(?:{sums})[？?。]?$", text):
        cues["count"] = False  # "总共投资也就几十万": a sum the caller tells, not a count asked
    weak_count = any(w in MONEY_ASKED.sub("", text) for w in vocab.intent["weak_count"])
    before_cues = spans.remainder()
    # role phrases before the table's words: "作为配合单位" is one role, not 作为 + the column 配合单位
    read_cue(spans, tuple(w for key, words in vocab.unit_cues.items() for w in words))
    read_cue(spans, vocab.schema)
    # "跟不动产有关的举措": the connector 有关 is also a role word, so an explicit subject is looked for in the
    # question as it was before role words were read
    explicit_topic = find_topic(before_cues, explicit=True)
    topic_found = find_topic(spans.remainder()) or explicit_topic
    topic: str = ""
    topic_words: tuple[str, ...] = ()
    if topic_found:
        topic, span = topic_found
        spans.take(*span)
        topic_words = content_words(topic, corpus)
    read_pointing(spans, vocab.pointing)  # "◎这个符号", "获得通信那一块": pointing at what was read
    leftover = _leftover(spans, tokenizer, corpus)
    # a role word says how a named unit takes part; with no unit named it is a caller's word ("财务负责人",
    # "有关部门") and does not make a date a deadline condition
    has_cue = cues["list"] or cues["count"] or cues["leader"] or asks_for_set
    # "本地没有海关……让海关派驻人员": a unit both excluded and required, in a question asking for no set, is a
    # caller's story, not a filter (one that is always empty)
    both = {c.unit for c in units if c.negated for d in units
            if not d.negated and d.unit == c.unit and c.role in ("any", d.role)}
    if both and not has_cue:
        units = [c for c in units if c.unit not in both]
        notes.append(f"“{'、'.join(sorted(both))}”既像被排除又像被要求，未用作条件")
    # a cue word negated is the caller's story ("不涉及外线施工"), not a unit's part (a unit excluded is `negated`);
    # so is a unit said missing in a question asking no set ("资阳本地没有海关，报关只能跑内江吗")
    said_more = bool(leftover["all"])  # words beyond the conditions: "获得电力要几天", "刻公章要不要钱"
    # a role word states a named unit's part only in the unit's own clause: "这种损失能找供电公司吗，政府有没有相关的说法"
    # names 供电公司 as whom to ask, and its 相关 qualifies 说法 (blind102 h10 was read as a filter on 供电公司 and 上个月)
    clauses = [(m.start(), m.end()) for m in re.finditer(r"[^，,。？?！!；;]+", text)]
    unit_clauses = {i for c in units for i, (a, b) in enumerate(clauses) if c.mention and c.mention in text[a:b]}
    role_stated = any(c.role != "any" or (c.negated and (has_cue or not said_more)) for c in units) or (bool(units) and any(
        not vocab.caller_act_before.search(text[: m.start()]) and not vocab.caller_word_after.search(text[m.end():])
        and not vocab.inside_word.match(text, m.start())
        and (not unit_clauses or any(a <= m.start() < b for i, (a, b) in enumerate(clauses) if i in unit_clauses))
        for w in vocab.unit_cues["any"] for m in re.finditer(f"(?<![不没未无]){re.escape(w)}", text)))
    content = bool(leftover["content"] or topic_words)
    # a condition is a filter when the question asks for a set (a cue) or says nothing else; deadlines,
    # leaders and stated roles always are. "获得电力要几天" names an indicator but asks a plain question.
    unit_filter = bool(units) and (role_stated or has_cue or not said_more)
    theme_filter = bool(indicators or markers or not_indicators or not_markers) and (has_cue or not said_more)
    # "再贷款余额年底要达到多少": a deadline word in a plain question asks for a target, not a filter; a date
    # relative to today is a filter only when asked for ("下个月到期的有哪些") or when nothing else is said: in
    # a caller's story ("我这个月炒股亏了三万") it dates the story
    relative = bool(deadline and deadline.relative)
    # "开办企业从6月起要多长时间办结": a duration asked dates the figure, it selects no set
    dated = bool(deadline or leaders) and (has_cue or role_stated or not (
        leftover["all" if relative else "content"] or DURATION_ASKED.search(text)))
    structured = dated or unit_filter or theme_filter or bool(extreme) or bool(sizes)
    if facts == ["measure_count"] and explicit_topic and topic_words:
        facts = []  # "关于公积金的举措一共多少条": the measures naming it, not the plan's total
    if numbers and (not cues["list"] or by_words is not None):  # "…的举措是哪个单位牵头": that one measure
        intent = "lookup"
    elif (table_fact := which_fact(text, facts, bool(units), bool(deadline), indicators, leaders, markers)) is not None:
        intent, facts, markers = "fact", *table_fact
    elif facts and not structured:
        intent = "fact"
    elif cues["body"] and not (units and role_stated):
        intent = "body"
    elif cues["leader"] and indicators and not any(c.role != "any" or c.negated for c in units):
        intent = "leader"
    elif not structured and has_cue and topic_words and explicit_topic and not leftover["content"]:
        # "跟12345热线有关的举措有哪些": every measure whose text has the subject's words (answer.py falls back
        # to a plain answer when none has)
        intent = "count" if cues["count"] else "list"
    elif not structured and (content or not has_cue):
        intent = "topical"
    elif cues["count"] or (weak_count and structured and not leftover["content"]):
        intent = "count"
    else:
        intent = "list"
    group_by = next((key for key, pattern in GROUP_BY.items() if pattern.search(text)), None)
    if group_by:  # "按完成时限统计各有几条": the words that ask for a breakdown are read
        leftover["all"] = [w for w in leftover["all"] if not BREAKDOWN.fullmatch(w)]
    if group_by and "measure_count" in facts:  # "每个一级指标各有多少条举措": the plan's measures broken down
        facts = ["measure_count"]
    if intent == "count":  # "税务局牵头的举措有多少": the weak cue was read as the count it asks for
        leftover["all"] = [w for w in leftover["all"] if w not in vocab.intent["weak_count"]]
    if intent in ("topical", "body", "fact"):
        # a plain question keeps every word for retrieval; what looked like a condition is its subject
        mentioned = [c.mention for c in units] + [_name(corpus, i) for i in indicators]
        topic = " ".join(p for p in (topic, *leftover["content"], *mentioned) if p)
        notes = [n for n in notes if deadline is None or n not in deadline.notes]
        markers = markers if {"marked_indicators", "marker_meaning"} & set(facts) else []
        units, deadline = [], None
        indicators = indicators if {"indicator_parent", "indicator_count", "most_measures", "empty_indicators",
                                             "printed_twice"} & set(facts) else []
        leaders = leaders if "leader_indicators" in facts else ()
        not_indicators, not_markers, sizes = [], [], []
        topic_words = ()
    else:
        notes += unit_reading.notes
        if topic and not topic_words:
            notes.append(f"“{topic}”未在举措原文中作为区分性词语出现，未用于筛选")
    if markers and intent in ("list", "count") and vocab.facts["marker_meaning"].search(text):
        notes += [legend_line(corpus, s) for s in markers]  # "标了▲的举措是哪些？▲代表什么": the set, and what it means
    elif markers and intent in ("list", "count") and len(markers) == 1 and not header_level(text):
        notes += [gap for s in markers if (gap := legend_gap(corpus, s))]  # "带☆的有几条": 14, the legend says 12
    leader_column = bool(leaders) and intent in ("list", "count") and LEADER_COLUMN.search(text) is not None
    if leader_column:  # the column is printed once per merged block: its blank rows are said, not guessed
        blank = sum(not m.leader for m in corpus.measures)
        notes.append(f"按原表“责任领导”栏所印；该栏有{blank}条空白（合并单元格），未计入；一级指标的牵头领导另见“某某牵头的一级指标”")
    return Query(
        question=question,
        text=text,
        intent=intent,
        units=tuple(units),
        unit_logic=unit_reading.logic,
        unit_least=unit_least,
        leaders=leaders,
        leader_column=leader_column,
        deadline=deadline,
        indicators=tuple(indicators),
        markers=tuple(markers),
        marker_logic=marker_logic,
        not_indicators=tuple(not_indicators),
        not_markers=tuple(not_markers),
        marker_own=(bool(markers) or any(s.of == "markers" for s in sizes)) and PRINTED_ON_MEASURE.search(text) is not None,
        marker_header=header_level(text) if markers else None,
        sizes=tuple(sizes),
        numbers=tuple(numbers),
        topic=topic.strip(),
        topic_words=topic_words if intent in ("list", "count") else (),
        unused=tuple(leftover["all"]) if intent in ("list", "count", "leader", "lookup") else (),
        unknown_units=unit_reading.unknown,
        suggestions=tuple(unit_reading.suggestions.items()),
        action=action,
        facts=tuple(facts),
        group_by=group_by if intent in ("list", "count") or facts == ["measure_count"] else None,
        besides=tuple(c.unit for c in unit_reading.conditions if c.mention in aside) if group_by in ("units", "lead_unit") else (),
        share=bool(share) and intent in ("list", "count"),
        extreme=extreme[0] if extreme and intent in ("list", "count") else None,
        notes=tuple(notes),
    )


def _name(corpus: Corpus, ref: tuple[int, int]) -> str:
    return getattr(corpus.indicator(*ref), "name", "")


def _leftover(spans: Spans, tokenizer, corpus: Corpus) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    """Words not read as anything: all of them (to show), and those that occur in measure texts (content)."""
    rest = re.sub(r"[^\u3400-\u9fffA-Za-z0-9+]+", " ", spans.remainder())
    words = [w for piece in rest.split() for w in tokenizer.words(piece) if w.strip()]
    shown = [w for w in words if len(w) >= 2]
    content = list(content_words(" ".join(shown), corpus)) if shown else []
    return {"all": shown, "content": content}
