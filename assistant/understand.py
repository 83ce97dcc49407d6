"""``understand(question) -> Query``: every condition the question states, each field inspectable."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from assistant.deadlines import DeadlineCondition, cn_months_to_digits, parse_deadline
from assistant.normalize import normalize_question
from assistant.vocabulary import vocabulary
from corpus.models import Corpus
from corpus.numerals import cn_to_int
from corpus.table import leader_names
from corpus.units import load_catalog
from index.tokenize import keyword_tokenizer

LEAD_CUES = ("牵头单位", "牵头", "主责", "主办", "领衔")
ANY_CUES = ("负责", "参与", "涉及", "配合", "有关", "参加", "承担")
AND_WORDS = ("且", "和", "与", "及", "同时", "以及", "并且", "跟", "、")
OR_WORDS = ("或者", "或", "还是")


@dataclass(frozen=True)
class UnitCondition:
    unit: str  # canonical name
    role: str  # "lead" (牵头单位) | "any" (any listed unit)
    mention: str  # as typed


@dataclass(frozen=True)
class Query:
    question: str  # as asked
    text: str  # normalised
    intent: str  # lookup | count | list | topical | body
    units: tuple[UnitCondition, ...] = ()
    unit_logic: str = "and"  # and | or
    leaders: tuple[str, ...] = ()
    deadline: DeadlineCondition | None = None
    indicators: tuple[tuple[int, int], ...] = ()  # (level, number), applied as filters
    markers: tuple[str, ...] = ()  # applied as filters
    numbers: tuple[int, ...] = ()
    topic: str = ""  # what is left once the conditions are taken out
    notes: tuple[str, ...] = field(default_factory=tuple)

    @property
    def structured(self) -> bool:
        return bool(self.units or self.leaders or self.deadline or self.indicators or self.markers)


class _Spans:
    """Characters of the question already read as a condition, so no phrase is read twice."""

    def __init__(self, text: str, words: list[str] | None = None) -> None:
        self.text = text
        self.used = [False] * len(text)
        # word boundaries of the question, so "纳税" is not read inside "纳税人"
        self.bounds: set[int] | None = None
        if words is not None and "".join(words) == text:
            self.bounds = {0}
            for w in words:
                self.bounds.add(max(self.bounds) + len(w))

    def free(self, start: int, end: int) -> bool:
        return not any(self.used[start:end])

    def take(self, start: int, end: int) -> None:
        for i in range(start, end):
            self.used[i] = True

    def find_all(self, phrase: str, whole_words: bool = False) -> list[tuple[int, int]]:
        out = []
        for m in re.finditer(re.escape(phrase), self.text):
            if whole_words and self.bounds is not None and not {m.start(), m.end()} <= self.bounds:
                continue
            if self.free(*m.span()):
                self.take(*m.span())
                out.append(m.span())
        return out

    def remainder(self) -> str:
        return "".join(ch if not used else " " for ch, used in zip(self.text, self.used, strict=True))


def _numbers(spans: _Spans) -> list[int]:
    out: list[int] = []
    for m in re.finditer(r"第?(\d{1,3})\s*(?:到|至|-|~|—|－)\s*第?(\d{1,3})\s*条", spans.text):
        first, last = int(m.group(1)), int(m.group(2))
        if first <= last and last - first <= 100:
            out += range(first, last + 1)
            spans.take(*m.span())
    patterns = [r"第([\d零〇一二两三四五六七八九十百]{1,6})条", r"举措\s*(\d{1,3})(?!\d)", r"(?<!\d)(\d{1,3})\s*号", r"(?<![\d第])(\d{1,3})\s*条(?!重点)"]
    for pattern in patterns:
        for m in re.finditer(pattern, spans.text):
            if not spans.free(*m.span()):
                continue
            raw = m.group(1)
            number = int(raw) if raw.isdigit() else cn_to_int(raw)
            if number is not None and number not in out:
                out.append(number)
                spans.take(*m.span())
    return out


def _units(spans: _Spans) -> tuple[list[UnitCondition], str, list[str]]:
    catalog = load_catalog()
    found: list[tuple[int, int, str, str]] = []
    for surface, canonical in catalog.mentions():
        unit = catalog.get(canonical)
        if unit is None or (unit.kind == "group" and surface != canonical):
            continue
        for start, end in spans.find_all(surface):
            found.append((start, end, canonical, surface))
    found.sort()
    text, notes = spans.text, []
    logic = "and"
    conditions: list[UnitCondition] = []
    for i, (start, end, canonical, surface) in enumerate(found):
        next_start = found[i + 1][0] if i + 1 < len(found) else len(text)
        between = text[end:next_start]
        after = re.split(r"[，,。；;？?！!]", between, maxsplit=1)[0]
        before = text[max(0, start - 6) : start]
        lead = any(c in after for c in LEAD_CUES) or bool(re.search(r"牵头单位(?:是|为)?$", before))
        conditions.append(UnitCondition(canonical, "lead" if lead else "any", surface))
        if i + 1 < len(found) and any(w in between for w in OR_WORDS):
            logic = "or"
    # "税务局和财政局牵头的": the cue after the last unit of a conjunction covers all of them
    if any(c.role == "lead" for c in conditions) and conditions and conditions[-1].role == "lead":
        conditions = [UnitCondition(c.unit, "lead", c.mention) for c in conditions]
    if logic == "and" and sum(c.role == "lead" for c in conditions) > 1:
        logic = "or"
        notes.append("一条举措只有一个牵头单位，多个牵头单位按“或”理解")
    unique = list(dict.fromkeys(conditions))
    return unique, logic, notes


def _cue_intent(text: str, numbers: list[int]) -> str | None:
    """The intent the question's own words state, if any."""
    words = vocabulary().intent
    if any(w in text for w in words["count"]):
        return "count"
    if numbers and not any(w in text for w in words["list"]):
        return "lookup"
    if any(w in text for w in words["body"]) or re.search(r"行动[一二三四五六七八九十]|第[一二三四五六七八九十]项行动", text):
        return "body"  # the preamble's targets and the ten actions: specific words, checked before "哪些"
    if any(w in text for w in words["list"]) or re.search(r"的(?:重点)?举措|举措有", text):
        return "list"
    return None


def _topic(spans: _Spans, corpus: Corpus) -> str:
    filler = set(vocabulary().filler)
    rest = re.sub(r"[^\u3400-\u9fffA-Za-z0-9+]+", " ", spans.remainder())
    tokenizer = keyword_tokenizer(corpus)
    kept = [t for piece in rest.split() for t in tokenizer.words(piece) if t not in filler]
    return " ".join(t for t in kept if len(t) >= 2 or re.fullmatch(r"[\u3400-\u9fff]", t) is None)


def understand(question: str, corpus: Corpus) -> Query:
    text = cn_months_to_digits(normalize_question(question))
    spans = _Spans(text, keyword_tokenizer(corpus).words_exact(text))
    notes: list[str] = []
    numbers = _numbers(spans)
    units, logic, unit_notes = _units(spans)
    leaders = tuple(name for name in sorted(leader_names(), key=len, reverse=True) if spans.find_all(name))
    deadline, used = parse_deadline(spans.remainder())
    for span in used:
        spans.take(*span)
    if deadline and deadline.note:
        notes.append(deadline.note)
    indicator_hits = _indicator_mentions(spans, corpus)
    marker_hits = _marker_mentions(spans)
    cue = _cue_intent(text, numbers)
    topic = _topic(spans, corpus)
    role_stated = any(c.role == "lead" for c in units) or any(w in text for w in ANY_CUES)
    if cue in ("list", "count") or role_stated or not topic:
        notes += unit_notes
    else:
        # "移动微法院是什么", "税务局怎么办出口退税": a unit named in a plain question is its topic, not a filter
        topic = " ".join([topic, *(c.mention for c in units)])
        units, logic = [], "and"
    themes_are_filters = cue in ("list", "count") or (not topic and not cue)
    if themes_are_filters:
        indicators, markers = tuple(indicator_hits), tuple(marker_hits)
    else:
        indicators, markers = (), ()
        topic = " ".join(p for p in (topic, *_mentioned_words(indicator_hits, marker_hits, corpus)) if p)
    has_filters = bool(units or leaders or deadline or indicators or markers)
    intent = cue or ("list" if has_filters else "topical")
    if intent == "list" and has_filters and not topic and any(w in text for w in vocabulary().intent["weak_count"]):
        intent = "count"
    return Query(
        question=question,
        text=text,
        intent=intent,
        units=tuple(units),
        unit_logic=logic,
        leaders=leaders,
        deadline=deadline,
        indicators=indicators,
        markers=markers,
        numbers=tuple(numbers),
        topic=topic.strip(),
        notes=tuple(notes),
    )


def _indicator_mentions(spans: _Spans, corpus: Corpus) -> list[tuple[int, int]]:
    phrases: dict[str, tuple[int, int]] = {i.name: (i.level, i.number) for i in corpus.indicators if len(i.name) >= 2}
    phrases.update(vocabulary().indicators)
    out: list[tuple[int, int]] = []
    for phrase in sorted(phrases, key=len, reverse=True):
        if spans.find_all(phrase, whole_words=True) and phrases[phrase] not in out:
            out.append(phrases[phrase])
    return out


def _marker_mentions(spans: _Spans) -> list[str]:
    out: list[str] = []
    for symbol, phrases in vocabulary().markers.items():
        for phrase in sorted(phrases, key=len, reverse=True):
            if spans.find_all(phrase, whole_words=True) and symbol not in out:
                out.append(symbol)
    return out


def _mentioned_words(indicators: list[tuple[int, int]], markers: list[str], corpus: Corpus) -> list[str]:
    words = []
    for level, number in indicators:
        ind = corpus.indicator(level, number)
        if ind is not None:
            words.append(ind.name)
    vocab = vocabulary().markers
    words += [vocab[m][0] for m in markers]
    return words
