"""Callers' words: the reviewed lexicon from how callers talk to how the plan writes (``data/lexicon.toml``:
二手房 -> 存量房, 转移登记), used to expand plain questions for keyword search, and the reviewed rules for what the
plan does not answer (``data/scope.toml``: other cities' or years' plans, instructions aimed at the assistant,
near misses such as 满五唯一's income tax)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from assistant.plain.data_files import load
from corpus.errors import DataFileError


@dataclass(frozen=True)
class ScopeRule:
    """A kind of question the plan does not answer (data/scope.toml)."""

    pattern: re.Pattern[str]
    unless: re.Pattern[str] | None
    reason: str
    with_leader: bool = False  # only when the question names one of the plan's leaders
    always: bool = False  # read even when the question names measures or units (an instruction to the assistant)


@dataclass(frozen=True)
class Lexicon:
    terms: tuple[tuple[re.Pattern[str], tuple[str, ...]], ...]  # (caller words, plan words)
    scope: tuple[ScopeRule, ...]
    own_place: re.Pattern[str]  # the plan's own city: left out of plain questions' retrieval
    relayed: tuple[re.Pattern[str], ...] = ()  # a work order's frame (市民来电反映, ，咨询): left out too


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    try:
        raw = load("lexicon.toml")
        terms = tuple((_callers(t["caller"], t.get("not_followed_by", [])), tuple(t["plan"])) for t in raw["term"])
        own = sorted(raw["own_place"]["words"], key=len, reverse=True)
        scope = tuple(
            ScopeRule(re.compile(_rule_pattern(r)), re.compile(r["unless"]) if r.get("unless") else None, r["reason"],
                      bool(r.get("with_leader", False)), bool(r.get("always", False)))
            for r in load("scope.toml")["rule"]
        )
        relayed = tuple(re.compile(r["pattern"]) for r in raw.get("relayed", []))
    except (KeyError, TypeError, re.error) as err:
        raise DataFileError(f"lexicon.toml / scope.toml 条目有误：{err} / malformed entry") from err
    return Lexicon(terms, scope, re.compile("|".join(map(re.escape, own))), relayed)


_ASK_GAP = r"[^。？?！!]{0,24}?"  # a request and its act in one sentence (你教一下咋个把…改早点)
_AFTER_GAP = r"[^。？?！!，,]{0,10}?"  # an act, then asked whether it will do (塞点好处费得行不)


_NEXT_GAP = r"[^。？?！!]{0,16}?[。？?！!]\s*"  # an act asked of, then a request opening the next sentence (…？教我咋个弄)


def _rule_pattern(rule: dict[str, object]) -> str:
    """A scope rule's pattern: its own ``pattern``, or a request read as one of ``asks`` followed by one of ``acts``
    in one sentence, or one of ``acts`` followed by one of ``asks_after`` in one clause, or by one of ``asks_next``
    opening the next sentence."""
    if "pattern" in rule:
        return str(rule["pattern"])
    keys = ("asks", "acts", "asks_after", "asks_next")
    asks, acts, after, then = ("|".join(map(str, rule.get(k) or [])) for k in keys)  # type: ignore[call-overload]
    if not asks or not acts:
        raise KeyError("pattern (or asks and acts)")
    request = f"(?:{asks}){_ASK_GAP}(?:{acts})"
    request += f"|(?:{acts}){_AFTER_GAP}(?:{after})" if after else ""
    return request + (f"|(?:{acts}){_NEXT_GAP}(?:{then})" if then else "")


_SPLIT = "…"  # "拖…工资": the two parts in this order within one clause (拖了我们三个月的工资)
_CLAUSE_GAP = r"[^，,。；;？?！!、]{0,12}?"
# "开标……现场": within one sentence, across its commas (开标的时候，我们还必须派人到现场吗) — for parts specific enough
# that a comma between them changes nothing; 拖 and 工资 are not (项目拖了很久，工资表在哪里下载)
_SENTENCE_SPLIT = "……"
_SENTENCE_GAP = r"[^。；;？?！!]{0,16}?"


# A two-character caller word also matches with a measure word inside: a verb and its object of one character each
# (接电, 过户, 开店) are said so (接个电, 过个户, 开了个店); other two-character words are never said with one inside
_MEASURE = "(?:一个|了个|个)?"


def _caller(word: str) -> str:
    if _SENTENCE_SPLIT in word:
        return _SENTENCE_GAP.join(map(re.escape, word.split(_SENTENCE_SPLIT)))
    if len(word) == 2 and re.fullmatch(r"[\u4e00-\u9fff]{2}", word):
        return f"{re.escape(word[0])}{_MEASURE}{re.escape(word[1])}"
    return _CLAUSE_GAP.join(map(re.escape, word.split(_SPLIT)))


def _callers(words: list[str], not_followed_by: list[str]) -> re.Pattern[str]:
    """One pattern for a term's caller words; a word written with ``…`` matches its parts apart in one clause, with
    ``……`` in one sentence; none right before one of ``not_followed_by`` (装电, not 装电梯)."""
    after = f"(?!{'|'.join(map(re.escape, not_followed_by))})" if not_followed_by else ""
    return re.compile(f"(?:{'|'.join(_caller(w) for w in words)}){after}")


def expand(text: str) -> tuple[str, tuple[str, ...]]:
    """The question with the plan's words for the callers' words it uses appended, and those words."""
    added: list[str] = []
    for caller, plan in lexicon().terms:
        if caller.search(text):
            added += [w for w in plan if w not in text and w not in added]
    return (f"{text} {' '.join(added)}" if added else text), tuple(added)


def translations(text: str) -> list[tuple[tuple[int, int], tuple[str, ...]]]:
    """Where ``text`` uses a caller's word the lexicon translates, each with the plan's words for it (打官司 ->
    诉讼)."""
    return [(m.span(), plan) for caller, plan in lexicon().terms for m in caller.finditer(text)]


def translated(text: str) -> list[tuple[int, int]]:
    """Where ``text`` uses a caller's word the lexicon translates (打官司 -> 诉讼): known words, though the plan
    never writes them."""
    return [span for span, _ in translations(text)]


def out_of_scope(text: str, leader_named: bool = False, named: bool = False) -> str | None:
    """Why the plan does not answer ``text``, if a rule says so (``named``: the question names measures or units,
    and only the rules read whatever it names apply)."""
    for rule in lexicon().scope:
        if (rule.pattern.search(text) and not (rule.unless and rule.unless.search(text))
                and (leader_named or not rule.with_leader) and (rule.always or not named)):
            return rule.reason
    return None
