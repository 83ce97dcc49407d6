"""A marker the records read through corpus/data/ocr_fixes.toml is said wherever it counts (tenth operator trial:
"the product never says it made this inference"): on the measure (notes, lookup), in a marker set (with the count
as printed) and in the legend line; a correction of a character alone says nothing."""

from __future__ import annotations

from assistant.answer import ask
from corpus.table import marker_readings


def test_only_corrections_giving_a_marker_are_readings() -> None:
    assert marker_readings("开展…试点。①") == ("原表印作“①”，按“⊙”读",)
    assert marker_readings("对违法行爲") == ()


def test_the_records_say_which_markers_were_read(corpus) -> None:  # type: ignore[no-untyped-def]
    read = {m.number: n for m in corpus.measures for n in m.notes if "读" in n or "补上" in n}
    circled = [n for n, note in read.items() if "“⊙”" in note]
    assert circled and all("①" in corpus.measure(n).text or "⊙" in corpus.measure(n).marker_symbols for n in circled)
    solid = [n for n, note in read.items() if "“●”" in note]
    assert solid and all(corpus.measure(n).level2_group for n in solid)


def test_a_marker_set_gives_the_count_as_printed(runtime, corpus) -> None:  # type: ignore[no-untyped-def]
    marked = [m for m in corpus.measures if "⊙" in m.marker_symbols]
    read = [m for m in marked if any("“⊙”" in n for n in m.notes)]
    got = ask(runtime, "标了⊙的举措有哪些")
    assert len(got.citations) == len(marked) and f"照原表所印则{len(marked) - len(read)}条" in got.answer
    lookup = ask(runtime, f"第{read[0].number}条")
    assert "原表印作“①”" in lookup.answer
    assert "按勘误读" in ask(runtime, "⊙是什么意思").answer
