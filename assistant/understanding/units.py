"""Unit mentions in a question: which unit, in which role, negated or not, and unit names not in the plan.

Surface forms come from the reviewed catalogue (``corpus/data/units.toml``: names, printed variants, short
names) plus forms generated from them (without 市 / 资阳), plus the reviewed group nicknames of
``assistant/data/understanding.toml`` ("三大运营商" -> the three telecom branches, any of them).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, replace

from assistant.normalize import CLAUSE_END
from assistant.understanding.spans import Spans
from assistant.understanding.unit_forms import (
    bare_forms,
    surface_forms,
    typo_of,
    unknown_units,
)
from assistant.understanding.vocabulary import vocabulary


@dataclass(frozen=True)
class UnitCondition:
    unit: str  # canonical name
    role: str  # "lead" (牵头单位) | "any" (any listed unit) | "support" (listed, not the lead) | "sole" (the only one)
    mention: str  # as typed
    negated: bool = False  # "除了…以外", "…不参与的"
    group: int = 0  # mentions of one nickname ("三大运营商") share a group number: any of them


@dataclass(frozen=True)
class UnitReading:
    conditions: tuple[UnitCondition, ...]
    logic: str  # and | or, over the non-negated conditions
    unknown: tuple[str, ...]  # organisation names that are not units of the plan
    suggestions: dict[str, tuple[str, ...]]  # unknown name -> nearest real units
    notes: tuple[str, ...]


_BEFORE_ROLE = re.compile(r"\s*(?:这边|那边|方面|这块|那块)?(?:都|一起|共同|同时|均|也)?")  # "公安这边牵头的"
_AND = "和跟与及、"


def _bare_mentions(spans: Spans, found: list[tuple[int, int, str, str, int]],
                   role_words: tuple[str, ...]) -> list[tuple[int, int, str, str, int]]:
    """Generic stems read as units: right before a role word ("公安参与的", "税务 牵头 6月", "税务一起负责"), or
    before 和/跟 and another unit that is one ("公安和税务都参与的")."""
    text = spans.text
    candidates = []
    for stem, canonical in bare_forms():
        at = text.find(stem)
        while at >= 0:
            if spans.free(at, at + len(stem)):
                candidates.append((at, at + len(stem), canonical, stem, 0))
            at = text.find(stem, at + 1)
    starts = {f[0] for f in found}
    out: list[tuple[int, int, str, str, int]] = []
    for c in sorted(candidates, key=lambda c: -c[0]):  # from the last: "公安和税务…" needs 税务 read first
        after = text[c[1]:]
        rest = after[_BEFORE_ROLE.match(after).end():]  # type: ignore[union-attr]
        joined = after[:1] in _AND and c[1] + 1 in starts
        if (rest.startswith(role_words) or joined) and spans.free(c[0], c[1]):
            spans.take(c[0], c[1])
            out.append(c)
            starts.add(c[0])
    return out


def _merge_adjacent(found: list[tuple[int, int, str, str, int]]) -> list[tuple[int, int, str, str, int]]:
    """Two names of one unit side by side ("市委组织部（市人才办）") are one mention."""
    out: list[tuple[int, int, str, str, int]] = []
    for f in found:
        if out and out[-1][2] == f[2] and f[0] - out[-1][1] <= 2:
            last = out.pop()
            f = (last[0], f[1], f[2], last[3], f[4])
        out.append(f)
    return out


def negated_around(before: str, after: str) -> bool:
    """A negation word right before a mention ("除了…", "不带…") or right after it ("…以外", "…不参与")."""
    cues = vocabulary().unit_cues
    if any(before.endswith(w) for w in cues["ask_yes_no"]):  # 有没有海关…: a question, not a negation
        return False
    return any(before.endswith(w) for w in cues["negate_before"]) or any(
        after.startswith(w) or after.startswith("的" + w) for w in cues["negate_after"]
    )


# What is said of the other units after "除了X": "除了X以外还有(列有)其他(责任)单位" — X is not the only unit;
# "除了X，其他单位牵头的", "除开X，还有哪个单位牵头的举措" — the role said of the others is the one X must not have
# (the twenty-first operator trial: read as 责任单位不含市财政局, none of 政府采购's 14). Read past the clause's comma.
_BESIDES = re.compile(r"^(?:以外|之外|外)?[，,]?(?:还|也)?(?:有|列有|列了|写有|写了|包括|涉及)(?:其他|别的|其余)(?:的)?(?:责任)?(?:单位|部门)")
_OTHERS = re.compile(r"^(?:之外|以外|外)?[，,、]?(?:由)?(?:其他|其余|别的|(?:还有|还是|还)(?:哪个|哪些|哪家|哪几个|哪几家|什么))"
                     r"(?:的)?(?:单位|部门)?(?:(牵头|主责)|参与|配合)")


LEADS_EITHER = "一条举措只有一个牵头单位，多个牵头单位按“或”理解"  # not said when the two sets are compared instead
_CONJUNCT = re.compile(r"同时|并且|而且|且|也")
# a nickname's units each taking part: "移动、电信、联通三家都有份", "三大运营商都参与的" (all of them, not any)
_ALL_OF = re.compile(r"(?:这)?(?:[两三四几]家|[两三四几]个|[两三]大)?(?:单位|公司|运营商|企业)?(?=都|均|全都|共同|一起)")
_OR_GROUP = 1000  # group numbers of "或" groups, apart from the nickname groups' (1, 2, …)


def _or_groups(conditions: list[UnitCondition], joined: list[bool]) -> list[UnitCondition]:
    """Mentions joined to the next by 或 share one group (any of them); the others stand alone."""
    out, number = [], _OR_GROUP
    for i, c in enumerate(conditions):
        in_group = (i < len(joined) and joined[i]) or (i > 0 and joined[i - 1])
        out.append(replace(c, group=number) if in_group and not c.negated and c.group == 0 else c)
        if not (i < len(joined) and joined[i]):
            number += 1
    return out


def _before(text: str, start: int) -> str:
    """The words before a mention, past the city's 市 when the name matched without it ("不是市人社局牵头": 不是)."""
    if start > 0 and text[start - 1] == "市":
        start -= 1
    return text[max(0, start - 6) : start]


def _role(after: str, before: str, cues: dict[str, tuple[str, ...]]) -> tuple[str, bool]:
    """(role, negated) from the words around one mention."""
    after = after.replace("牵头领导", "")  # "…的那个一级指标牵头领导是谁": the indicator's leader, no unit's role
    negated = negated_around(before, after)
    if any(w in after for w in cues["support"]):
        return "support", negated
    if any(w in after for w in cues["lead"]) or any(before.endswith(w) for w in cues["lead_before"]):
        return "lead", negated
    if any(before.endswith(w) for w in cues["not_sole_before"]) and after.startswith(cues["sole_after"]):
        return "sole", True  # "不止法院一家": not the only responsible unit
    if any(before.endswith(w) for w in cues["sole_before"]) or (
            after.startswith(cues["sole_after"]) and not vocabulary().not_sole_after.search(after)):
        return "sole", negated
    return "any", negated


def read_units(spans: Spans, written: Callable[[str], bool] = lambda name: False) -> UnitReading:
    """Unit mentions; ``written``: whether the plan's measures write a phrase (then it is no unknown unit)."""
    vocab = vocabulary()
    cues = vocab.unit_cues
    role_words = cues["lead"] + cues["any"] + cues["support"]
    found: list[tuple[int, int, str, str, int]] = []
    systems = [span for term in vocab.not_units for span in spans.find_all(term)]  # 移动微法院 holds no 法院
    for group_number, (phrase, units) in enumerate(vocab.unit_groups.items(), start=1):
        for start, end in spans.find_all(phrase):
            found += [(start, end, unit, phrase, group_number) for unit in units]
    for surface, canonical in surface_forms():
        for start, end in spans.find_all(surface):
            found.append((start, end, canonical, surface, 0))
    found += _bare_mentions(spans, found, tuple(role_words))
    spans.release(systems)  # the system's name is the question's topic
    found = _merge_adjacent(sorted(found))
    for pronoun in cues["pronoun"]:
        for start, end in spans.find_all(pronoun):
            # "我们是市监局的，…我们局牵头": the pronoun stands where the cue is; it means the unit named before it
            earlier = [f for f in found if f[1] <= start]
            if earlier:
                found.append((start, end, earlier[-1][2], pronoun, earlier[-1][4]))
            found.sort()
    text = spans.text
    starts = sorted({f[0] for f in found})
    conditions: list[UnitCondition] = []
    bare: set[int] = set()  # conditions whose own words state no role ("税务局和" in "税务局和财政局牵头的")
    logic, notes, explicit_or = "and", [], ""
    joined: list[bool] = []  # per mention: joined to the next one by 或
    for start, end, canonical, surface, group in found:
        next_start = next((s for s in starts if s > start), len(text))
        after = CLAUSE_END.split(text[end:next_start], maxsplit=1)[0]
        head, _, contrast = after.partition("、但")
        if contrast and not contrast.lstrip("又也却并还").startswith(("不", "没", "非", "并非")):
            after = head  # "我们院被列为责任单位、但牵头的不是我们": what follows is said of another mention
        # ("参与了、但又不是牵头单位": said of this one)
        before = _before(text, start)
        role, negated = _role(after, before, cues)
        following = text[end : end + 16]
        if before.endswith(("除了", "除")) and (besides := _BESIDES.match(following)):
            role, negated = "sole", True  # more units than this one
            spans.take(end, end + besides.end())
        elif negated and (others := _OTHERS.match(following)):
            role = "lead" if others.group(1) else role  # not the lead ("除开财政局，还有哪个单位牵头的")
            spans.take(end, end + others.end())
        if 0 < group < _OR_GROUP and (every := _ALL_OF.match(text, end)):
            group = 0  # each of the nickname's units, all of them
            spans.take(end, every.end())
        if not any(w in after for w in role_words):
            bare.add(len(conditions))
        conditions.append(UnitCondition(canonical, role, surface, negated, group))
        between = text[end:next_start]
        joined.append(next_start < len(text) and any(w in between for w in cues["or_between"]))
        if joined[-1]:
            logic = explicit_or = "or"
    if explicit_or and len(conditions) >= 3 and not all(joined[: len(conditions) - 1]) and _CONJUNCT.search(text):
        # "公安局参与，同时法院或者司法局也在责任单位里": A and (B or C) — the mentions joined by 或 are one any-of group
        conditions, logic = _or_groups(conditions, joined), "and"
        notes.append("“或”连接的单位任一即可，与其余单位同时满足")
    if any_role := vocab.any_role.search(text):
        spans.take(*any_role.span())
        # "作为责任单位（牵头和配合都算）": 牵头 is named, but any role counts
        conditions = [replace(c, role="any") for c in conditions]
        notes.append("牵头与配合都计入（责任单位包含即可）")
    positive = [c for c in conditions if not c.negated]
    # "税务局和财政局牵头的": the role after the last of a conjunction covers all of them
    if positive and positive[-1].role != "any":
        role = positive[-1].role
        conditions = [replace(c, role=role) if not c.negated and c.role == "any" and i in bare else c
                      for i, c in enumerate(conditions)]
        positive = [c for c in conditions if not c.negated]
    if logic == "and" and any(c.role == "sole" for c in positive) and len(positive) > 1:
        # "只有市商务局和内江海关两家负责", "责任单位只有A、B的": the only one is the pair, together
        conditions = [replace(c, role="sole") if not c.negated else c for c in conditions]
        positive = [c for c in conditions if not c.negated]
        notes.append("责任单位恰好是所列的这几家")
    if any(w in text for w in cues["and_words"]) and not explicit_or:
        logic = "and" if not any(c.role == "lead" for c in positive) else logic
    unknown, suggestions = unknown_units(spans, written)
    for name in list(unknown):
        fixed = typo_of(name)
        if fixed is None:
            continue
        # a one-character slip of a real unit's name: read as that unit, and say so
        at = text.find(name)
        after = CLAUSE_END.split(text[at + len(name) :], maxsplit=1)[0]
        role, negated = _role(after, _before(text, at), cues)
        conditions.append(UnitCondition(fixed, role, name, negated))
        notes.append(f"“{name}”按“{fixed}”理解（方案中没有“{name}”）")
        unknown.remove(name)
        suggestions.pop(name, None)
    conditions.sort(key=lambda c: text.find(c.mention))  # a slip read last keeps its place ("人设局和税务局比")
    positive = [c for c in conditions if not c.negated]  # slips read too ("人社居和税务聚牵头的")
    if logic == "and" and len({c.unit for c in positive if c.role == "lead"}) > 1:
        logic = "or"
        notes.append(LEADS_EITHER)
    merged: dict[tuple[str, bool], UnitCondition] = {}
    for c in conditions:  # a unit named twice (by name and by pronoun) keeps its most specific role
        key = (c.unit, c.negated)
        if key not in merged or merged[key].role == "any":
            merged[key] = c
    return UnitReading(tuple(merged.values()), logic, tuple(unknown), suggestions, tuple(notes))
