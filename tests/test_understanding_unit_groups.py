"""Units named by a bare stem (电信参与的, 联通牵头的, 移动和电信都参与的) and a nickname's units all taking part
(移动、电信、联通三家都有份, 三大运营商都参与的: each of them, not any), found by the seventeenth session's operator trial
and the forms tried beside it. Generated: every bare stem of the catalogue × role words × padding, every nickname ×
all-of and any-of wordings; each expected set computed here from the records' units. A system's name holding a
unit's (移动微法院, 电子税务局) is no unit."""

from __future__ import annotations

import random

import pytest

from assistant.answer import ask
from assistant.understanding.vocabulary import vocabulary
from corpus.models import Corpus
from corpus.units import load_catalog

PADDING = ["", "帮我查一下，", "请问", "我想知道"]
ROLES = [("参与的举措", "any"), ("牵头的举措有哪些", "lead"), ("一起负责的举措", "any"), ("参与了哪些举措", "any")]
ALL_OF = ["三家都有份的举措", "都参与的举措", "三家都参与了哪些举措", "共同负责的举措", "都是责任单位的举措"]
ANY_OF = ["参与的举措", "有份的举措有哪些"]


def _having(corpus: Corpus, units: list[str], role: str = "any") -> list[int]:
    if role == "lead":
        return sorted(m.number for m in corpus.measures if m.units[:1] == tuple(units))
    return sorted(m.number for m in corpus.measures if all(u in m.units for u in units))


def _any_of(corpus: Corpus, units: tuple[str, ...]) -> list[int]:
    return sorted(m.number for m in corpus.measures if any(u in m.units for u in units))


@pytest.mark.parametrize("seed", range(2))
def test_a_bare_stem_before_a_role_word_is_the_unit(runtime, corpus: Corpus, seed: int) -> None:  # type: ignore[no-untyped-def]
    rng = random.Random(seed)
    stems = sorted((b, u.name) for u in load_catalog().units for b in u.bare)
    for stem, unit in rng.sample(stems, 10):
        role_words, role = rng.choice(ROLES)
        question = f"{rng.choice(PADDING)}{stem}{role_words}"
        a = ask(runtime, question)
        assert sorted(a.citations) == _having(corpus, [unit], role), (question, a.answer[:120])


@pytest.mark.parametrize(("question", "units"), [
    ("移动和电信都参与的举措", ["移动资阳分公司", "电信资阳分公司"]),
    ("联通跟电信一起负责的举措有哪些", ["联通资阳分公司", "电信资阳分公司"]),
])
def test_bare_telecom_stems_joined_to_another_unit(runtime, corpus: Corpus, question: str, units: list[str]) -> None:  # type: ignore[no-untyped-def]
    a = ask(runtime, question)
    assert sorted(a.citations) == _having(corpus, units) and _having(corpus, units), a.answer[:120]


@pytest.mark.parametrize("seed", range(2))
def test_a_nicknames_units_all_taking_part(runtime, corpus: Corpus, seed: int) -> None:  # type: ignore[no-untyped-def]
    rng = random.Random(seed)
    for phrase, units in vocabulary().unit_groups.items():
        every = f"{rng.choice(PADDING)}{phrase}{rng.choice(ALL_OF)}"
        a = ask(runtime, every)
        assert sorted(a.citations) == _having(corpus, list(units)), (every, a.answer[:120])
        # all of them, and the words saying so (三家, 都) read, not left unused
        assert "且" in a.answer.split("\n", 1)[0] and not {"三家", "三家都"} & set(a.understood["unused"]), every
        some = f"{rng.choice(PADDING)}{phrase}{rng.choice(ANY_OF)}"
        b = ask(runtime, some)
        assert sorted(b.citations) == _any_of(corpus, units), (some, b.answer[:120])


@pytest.mark.parametrize("question", ["移动微法院是干什么的", "互联互通的举措有哪些", "电信诈骗找哪个部门"])
def test_a_stem_inside_another_word_is_no_unit(runtime, question: str) -> None:  # type: ignore[no-untyped-def]
    units = {c["unit"] for c in ask(runtime, question).understood["units"]}
    assert not units & {"移动资阳分公司", "电信资阳分公司", "联通资阳分公司"}, units


@pytest.mark.parametrize(("question", "measure"), [("移动微法院是哪条举措", 192), ("电子税务局是哪条举措", 114),
                                                   ("网上国网APP在哪条举措里", 52)])
def test_a_systems_name_holding_a_units_is_the_topic_not_the_unit(runtime, question: str, measure: int) -> None:  # type: ignore[no-untyped-def]
    """移动微法院 listed 市中级人民法院's 33 measures, 电子税务局 the tax office's: the plan's system is asked about."""
    a = ask(runtime, question)
    assert not a.understood["units"] and a.citations[:1] == (measure,), (a.understood["units"], a.citations[:3])
    assert ask(runtime, "法院参与的举措有几条").understood["units"]  # the unit itself still read
