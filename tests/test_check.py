"""Yes/no checks appended to a set question ("…，截止时间都是8月吗"): yes or no over the set named before the
check, with the measures that meet it; expected sets computed from the records."""

from __future__ import annotations

import pytest

from assistant.answer import ask
from assistant.check import split_check

UNITS = ["市税务局", "市商务局", "市自然资源规划局", "市市场监管局"]


@pytest.mark.parametrize(("said", "split"), [
    ("市税务局牵头的举措，截止时间都是8月吗", ("市税务局牵头的举措", "截止时间都是8月吗")),
    ("人社局参与的举措，是不是都带★", ("人社局参与的举措", "是不是都带★")),
    ("市税务局牵头的举措有哪些", None), ("这些举措都有哪些", None), ("二手房过户，都要几天", None),
    # one clause: the set ends with 的 (举措), the check asks 是不是都 / 都…吗
    ("市税务局牵头的是不是都在6月前完成？", ("市税务局牵头的", "是不是都在6月前完成")),
    ("市税务局牵头的举措都是8月到期吗", ("市税务局牵头的举措", "都是8月到期吗")),
    ("人社局牵头的都有哪些", None), ("市税务局牵头的都列出来", None),
])
def test_the_check_clause_is_the_last_clause_asking_about_all(said: str, split: tuple[str, str] | None) -> None:
    assert split_check(said) == split


@pytest.mark.parametrize("unit", UNITS)
@pytest.mark.parametrize(("clause", "pred"), [
    ("截止时间都是8月吗", lambda m: m.deadline.month == 8),
    ("是不是都是2021年完成的", lambda m: m.deadline.year == 2021),
    ("都带★吗", lambda m: "★" in m.marker_symbols),
])
def test_a_check_says_yes_or_no_and_cites_the_measures_that_meet_it(runtime, corpus, unit: str, clause: str,  # type: ignore[no-untyped-def]
                                                                    pred) -> None:
    a = ask(runtime, f"{unit}牵头的举措，{clause}")
    in_set = [m for m in corpus.measures if m.lead_unit == unit]
    meet = [m.number for m in in_set if pred(m)]
    rest = [m.number for m in in_set if not pred(m)]
    assert list(a.citations) == (meet + rest if meet else []) and a.count == len(meet)
    verdict = a.answer.split("\n\n", 1)[1]
    assert verdict.startswith("是。" if len(meet) == len(in_set) else "不是。"), verdict[:60]
    assert f"这{len(in_set)}条" in verdict and a.understood["check"]
    if meet and rest:  # the measures that do not meet it are listed under their own heading, and only there
        met_part, rest_part = verdict.split(f"其余{len(rest)}条不符合：", 1)
        assert all(f"【第{n}条】" in rest_part and f"【第{n}条】" not in met_part for n in rest)
        assert all(f"【第{n}条】" in met_part and f"【第{n}条】" not in rest_part for n in meet)


def test_all_inside_brackets_says_which_rows_count_and_checks_nothing() -> None:
    assert split_check("除了市检察院参与的以外，新闻出版局参与（牵头不牵头都算）的举措有多少条嘛") is None
    assert split_check("市税务局牵头的举措，截止时间都是8月吗") is not None
