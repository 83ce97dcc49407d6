"""Two deadlines ruled out at once (the ninth operator trial; phrasings generated): "既不是持续推进也不是12月" leaves out
both, not the measures that are both; a measure printing no deadline (44, 326) is taken in by such a negation and
the answer says so. Expected sets computed from the records."""

from __future__ import annotations

import pytest

from assistant.answer import ask

LEADS = {"市财政局": "市财政局", "人社局": "市人力资源社会保障局", "税务局": "市税务局", "住建局": "市住房城乡建设局"}
FORMS = ["完成时限既不是持续推进也不是2021年{m}月的举措有哪些", "时限不是持续推进、也不是{m}月的有哪些"]


@pytest.mark.parametrize("said", list(LEADS))
@pytest.mark.parametrize("month", [5, 6, 8, 12])
@pytest.mark.parametrize("form", FORMS)
def test_neither_ongoing_nor_a_month(runtime, corpus, said: str, month: int, form: str) -> None:  # type: ignore[no-untyped-def]
    unit = LEADS[said]
    expected = [m.number for m in corpus.measures if m.lead_unit == unit
                and not (m.deadline.year == 2021 and m.deadline.month == month) and "持续推进" not in (m.deadline.raw or "")]
    a = ask(runtime, f"{said}牵头的，" + form.format(m=month))
    assert list(a.citations) == expected, (said, month, a.answer[:120])
    blank = [n for n in expected if not corpus.measures[n - 1].deadline.printed]
    assert ("原表未印完成时限" in a.answer) is bool(blank)
