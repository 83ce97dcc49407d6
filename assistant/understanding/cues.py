"""The question's frame: which words cue a count, a list or a body question, and whether a list cue asks for
the table's rows ("哪些举措") or for something else ("要交哪些材料", "一炉料全部报废")."""

from __future__ import annotations

import re

from assistant.understanding.spans import Spans
from assistant.understanding.vocabulary import Vocabulary


def read_cue(spans: Spans, words: tuple[str, ...]) -> bool:
    hit = False
    for w in sorted(words, key=len, reverse=True):  # a longer cue first: "哪几条" is read before "几条" could be
        hit = bool(spans.find_all(w)) or hit
    return hit


def read_pointing(spans: Spans, words: tuple[str, ...]) -> None:
    """A word pointing at a condition already read, right next to it, is read with it: "◎这个符号", "获得通信那一块的",
    "获得电力下面有哪些" (a demonstrative or a place word, not a condition of its own)."""
    def beside(start: int, end: int) -> bool:
        return (start > 0 and spans.used[start - 1]) or (end < len(spans.text) and spans.used[end])

    for w in sorted(words, key=len, reverse=True):
        spans.find_all(w, where=beside)


_WHICH = re.compile(r"哪些|哪几|都有什么")  # "牵头的都有什么" asks for rows; "都有什么补贴" about content
# the measures are the answer ("★指标下面（含带★的二级指标）一共有多少条举措"), not the indicators named on the way
MEASURES_ASKED = re.compile(r"(?:多少|几)(?:条|项)|(?:多少|几个)(?:举措|措施)|哪(?:些|几)条|哪些(?:举措|措施)|(?:举措|措施)有哪些")


def asks_about_content(text: str, row_words: tuple[str, ...], not_rows: tuple[str, ...] = ()) -> bool:
    """Every "哪些" is followed by a word that is not a row of the table: "要交哪些材料", "要办哪些证" (but "有哪些是6月
    完成的": which of them are); ``not_rows``: words holding a row word that name no row ("哪些项目用")."""
    found = [text[m.end():m.end() + 4] for m in _WHICH.finditer(text)]  # "哪些重点举措": a row word within reach
    found = [re.sub("|".join(map(re.escape, not_rows)), "", after) if not_rows else after for after in found]
    return bool(found) and all(
        re.match(r"[\u4e00-\u9fff]", after) is not None and not after.startswith("是")
        and not any(w in after for w in row_words) for after in found
    )


def _quantifies_rows(text: str, word: str, row_words: tuple[str, ...]) -> bool:
    """"全部举措", "所有牵头单位", "都有哪些", "列出全部": ``word`` quantifies rows (or ends the question);
    "一炉料全部报废" does not."""
    for m in re.finditer(re.escape(word), text):
        after, before = text[m.end():m.end() + 6], text[max(0, m.start() - 2):m.start()]
        if (not after or re.match(r"[，,。？?！!的列]", after) or "列" in before or _WHICH.match(after)
                or any(w in after for w in row_words if len(w) > 1 or w in "条项")):
            return True
    return False


def _names_a_list(text: str, start: int, spans: Spans | None, vocab: Vocabulary) -> bool:
    """The list noun at ``start`` is named by words read as no condition ("有没有不罚的清单", "负面清单"): a list
    the plan writes of (免罚清单), not a request for rows. Named by a condition (获得电力的清单, 6月到期的清单), a
    row or role word (举措清单, 牵头的清单) or how a list is given (列个清单, 一份清单), it asks for rows."""
    before = text[:start].removesuffix("的")
    if spans is None or not before or not re.match(r"[\u4e00-\u9fff]", before[-1]) or not spans.free(len(before) - 1, len(before)):
        return False
    given = (*vocab.intent["row_words"], *vocab.intent["quantifiers"], *vocab.intent["list_given_by"],
             *(w for key in ("any", "lead", "support") for w in vocab.unit_cues[key]))
    return not before.endswith(given)


def asks_for_rows(text: str, vocab: Vocabulary, content_ask: bool, spans: Spans | None = None) -> bool:
    """Whether a list cue asks for rows: 哪些 followed by content ("要交哪些材料") does not, nor a quantifier
    of something else ("全部报废"), nor a list named by the caller's words ("不罚的清单": ``spans``, the
    characters read as conditions)."""
    row_words = vocab.intent["row_words"]

    def asks(cue: str) -> bool:
        if _WHICH.search(cue):
            return not content_ask
        if cue in vocab.intent["quantifiers"]:
            return _quantifies_rows(text, cue, row_words)
        if cue in vocab.intent["list_nouns"]:  # "从名单里删掉": a list in a story, not asked for
            return any((text[m.end():m.end() + 1] not in vocab.intent["places"] or m.end() == len(text))
                       and not _names_a_list(text, m.start(), spans, vocab) for m in re.finditer(cue, text))
        return True

    return any(asks(c) for c in vocab.intent["list"] if c in text)


# "除了市税务局，还有哪些单位参与了…": the unit is set aside from the units listed, it selects no measures; not when
# the role makes a relative clause (还有什么单位牵头的举措: the measures are asked, led by units other than it)
_BESIDES_ASKED = re.compile(r"(?:除了|除开|除去|除)(?P<who>[^，,。？?]{2,16}?)(?:以外|之外|外)?[，,]?(?:还有|另外还有|其他还有|还)(?:哪些|哪几个|哪几家|什么|哪家|几个|几家|多少个|多少家)(?:其他)?(?:单位|部门)(?!(?:来)?(?:牵头|参与|负责|配合|主责)的)")


def set_aside_units(text: str, mentions: list[str]) -> list[str]:
    """The mentions ``text`` sets aside from the units it asks for ("除了市税务局，还有哪些单位参与了纳税指标的举措")."""
    asked = _BESIDES_ASKED.search(text)
    return [m for m in mentions if asked and m in asked.group("who")]


# a breakdown of the set asked for ("按完成时限统计各有几条", "每个一级指标各有多少条", "都有哪些单位参与")
GROUP_BY = {
    "deadline": re.compile(r"按(?:照)?(?:完成)?(?:时限|月份|月|截止时间|到期时间)|(?:时限|月份)(?:分别|各)"),
    "lead_unit": re.compile(r"按(?:照)?(?:牵头)?(?:单位|部门)|(?:单位|部门)(?:分别|各)"
                           r"|(?:哪些|哪几个|哪几家)(?:其他)?(?:单位|部门)(?:来)?牵头"),  # "还有哪些单位牵头了纳税指标的举措"
    "level1": re.compile(r"按(?:照)?(?:一级)?指标|(?:各|每个)(?:一级)?指标(?:分别|各)?|一级指标(?:各自|分别|各)"),
    # "蓝天碧水…这一项，都有谁参与": the units taking part, each with its number of measures (谁牵头 asks the leader)
    "units": re.compile(r"(?:都|一共|总共)?有(?:谁|哪些单位|哪些部门|哪几个单位|哪几家|哪几个部门)(?:参与|参加|涉及)"
                        r"|(?:哪些|哪几个|什么)(?:单位|部门)(?:参与|参加|涉及)了?"),
}
BREAKDOWN = re.compile(r"(?:分别)?统计|各有|各自有|分别有|各是|各多少|各占")
