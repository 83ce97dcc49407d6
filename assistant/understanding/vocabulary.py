"""The reviewed vocabulary of question understanding, loaded once from ``assistant/data/understanding.toml``."""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from corpus.errors import DataFileError

DATA = Path(__file__).parent.parent / "data" / "understanding.toml"


@dataclass(frozen=True)
class Vocabulary:
    markers: dict[str, tuple[str, ...]]  # symbol -> phrases
    marker_and: tuple[str, ...]  # words that make several markers "all of them"
    marker_sets: dict[str, re.Pattern[str]]  # none | some -> the phrase asking for no marker / any marker
    indicators: dict[str, tuple[int, int]]  # phrase -> (level, number)
    unit_cues: dict[str, tuple[str, ...]]  # lead | lead_before | any | support | negate_* | any_role | or/and
    unit_groups: dict[str, tuple[str, ...]]  # phrase -> canonical units (any of them)
    any_role: re.Pattern[str]  # 牵头 named, but every listed unit counts
    intent: dict[str, tuple[str, ...]]  # count | weak_count | list | body | leader -> cue words
    schema: tuple[str, ...]  # the table's own words for its parts, longest first
    facts: dict[str, re.Pattern[str]]  # document fact -> the pattern that asks for it
    share: re.Pattern[str]  # a count asked as a share of the whole plan
    counts_other: re.Pattern[str]  # a number of things held or served (几场, 多少次): a figure, not a count of rows
    extreme: dict[str, re.Pattern[str]]  # earliest | latest -> the words asking for a set's extreme deadline
    beyond_row: tuple[tuple[re.Pattern[str], str], ...] = ()  # what a lookup asks that no row states, and what is said
    suffix_slips: dict[str, str] = field(default_factory=dict)  # a unit name's last character typed as a homophone
    not_units: tuple[str, ...] = ()  # the plan's names of systems holding a unit's name (移动微法院, 电子税务局)
    not_sole_after: re.Pattern[str] = re.compile(r"(?!)")  # "一家企业" after a unit: a firm counted, not "only"
    caller_act_before: re.Pattern[str] = re.compile(r"(?!)")  # "可以参加": the caller's act, not a unit's role
    caller_word_after: re.Pattern[str] = re.compile(r"(?!)")  # "负责人", "有关部门": a noun, not a unit's role
    inside_word: re.Pattern[str] = re.compile(r"(?!)")  # "监管的": a role word ending a longer word, none
    request: re.Pattern[str] = re.compile(r"(?!)")  # words addressing the assistant at a clause's edge (请问, 谢谢)
    pointing: tuple[str, ...] = ()  # words pointing at a condition beside them (这个符号, 那一块, 下面)
    place_asked: re.Pattern[str] = re.compile(r"(?!)")  # "在哪条街": a street asked, not "哪条" (which measure)
    row_asks: tuple[str, ...] = ()  # words asking for a row's fields, answered when the row is shown (哪个单位, 好久完成)


@lru_cache(maxsize=1)
def vocabulary() -> Vocabulary:
    try:
        with DATA.open("rb") as fh:
            raw = tomllib.load(fh)
        groups = {p: tuple(g["units"]) for g in raw.get("unit_group", []) for p in g["phrases"]}
        return Vocabulary(
            markers={k: tuple(v) for k, v in raw["markers"].items()},
            marker_and=tuple(raw["marker_logic"]["and_words"]),
            marker_sets={k: re.compile(v) for k, v in raw["marker_sets"].items()},
            indicators={k: (int(v[0]), int(v[1])) for k, v in raw["indicators"].items()},
            unit_cues={k: tuple(sorted(v, key=len, reverse=True)) for k, v in raw["unit_cues"].items()},
            unit_groups=dict(sorted(groups.items(), key=lambda kv: -len(kv[0]))),
            any_role=re.compile(raw["unit_role"]["any_role"]),
            intent={k: tuple(v) for k, v in raw["intent"].items()},
            schema=tuple(sorted(raw["schema"]["words"], key=len, reverse=True)),
            facts={k: re.compile(v) for k, v in raw["facts"].items()},
            share=re.compile(raw["share"]["pattern"]),
            counts_other=re.compile(raw["counts_other"]["pattern"]),
            extreme={k: re.compile(v) for k, v in raw["extreme"].items()},
            beyond_row=tuple((re.compile(b["pattern"]), b["said"]) for b in raw.get("beyond_row", [])),
            suffix_slips={s["typed"]: s["read"] for s in raw.get("suffix_slip", [])},
            not_units=tuple(t for entry in raw.get("not_unit", []) for t in entry["terms"]),
            not_sole_after=re.compile(raw["unit_role"]["not_sole_after"]),
            caller_act_before=re.compile(raw["unit_role"]["caller_act_before"]),
            caller_word_after=re.compile(raw["unit_role"]["caller_word_after"]),
            inside_word=re.compile(raw["unit_role"]["inside_word"]),
            request=_request(raw["request"]),
            pointing=tuple(raw["pointing"]["words"]),
            place_asked=re.compile(raw["place_asked"]["pattern"]),
            row_asks=tuple(raw["row_asks"]["words"]),
        )
    except (OSError, tomllib.TOMLDecodeError, KeyError, ValueError, IndexError, TypeError, re.error) as err:
        raise DataFileError(f"理解词表 {DATA} 有误：{err} / malformed understanding data") from err


_EDGE = r"[，,。？?！!；;：:\s]"


def _request(raw: dict[str, list[str]]) -> re.Pattern[str]:
    """A run of lead-in words starting a clause, or of closing words ending one."""
    def run(words: list[str]) -> str:
        return "(?:" + "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True)) + ")+"
    return re.compile(f"(?:^|(?<={_EDGE})){run(raw['lead_in'])}|{run(raw['closing'])}(?={_EDGE}*$|{_EDGE})")
