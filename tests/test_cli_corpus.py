from __future__ import annotations

import json
from pathlib import Path

import pytest

from assistant.cli import main
from corpus.errors import SourceError
from corpus.parse import parse_corpus


def test_corpus_check_prints_counts_and_exits_zero(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["corpus", "check"]) == 0
    out = capsys.readouterr().out
    assert "举措 measures: 384" in out and "一级指标 level-1: 21" in out and "二级指标 level-2: 105" in out
    assert "⊙ 根据5月21日省级部门领导和部门座谈意见建议: 23 / 23" in out
    assert "★ 对标先进地区和现实需要: 18 / 14" in out  # the legend's own count differs; listed, not hidden
    assert "不变量检查通过" in out


def test_corpus_check_fails_on_a_broken_document(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from corpus.parse import DEFAULT_SOURCE

    text = DEFAULT_SOURCE.read_text(encoding="utf-8")
    broken = tmp_path / "broken.txt"
    broken.write_text(text.replace("\t\t100.将动态", "\t\t\t将动态"), encoding="utf-8")  # measure 100 loses its number
    assert main(["--source", str(broken), "corpus", "check"]) == 1
    assert "FAILED" in capsys.readouterr().out


def test_dump_json_shape(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["corpus", "dump", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert set(data) == {"doc", "measures", "indicators", "sections"}
    m96 = next(m for m in data["measures"] if m["number"] == 96)
    assert m96["id"] == "m96" and m96["label"] == "【第96条】" and m96["lead_unit"] == "市税务局"
    assert m96["deadline"] == {
        "raw": "2021年8月并持续推进", "year": 2021, "month": 8, "ongoing": True, "printed": True,
        "note": None, "inferred_from": [], "label": "2021年8月并持续推进",
    }
    assert [k["symbol"] for k in m96["markers"]] == ["△", "⊙"]
    assert len(data["indicators"]) == 126 and data["doc"]["doc_number"] == "资府办发〔2021〕17号"


@pytest.mark.parametrize(
    ("content", "message"),
    [(None, "找不到源文件"), (b"", "源文件为空"), (b"   \n", "源文件为空"), ("资阳".encode("gbk"), "不是 UTF-8")],
)
def test_bad_source_gives_a_friendly_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], content: bytes | None, message: str
) -> None:
    path = tmp_path / "plan.txt"
    if content is not None:
        path.write_bytes(content)
    with pytest.raises(SourceError, match=message):
        parse_corpus(path)
    assert main(["--source", str(path), "corpus", "check"]) == 3
    err = capsys.readouterr().err
    assert message in err and "Traceback" not in err


def test_text_without_a_table_is_rejected(tmp_path: Path) -> None:
    path = tmp_path / "plan.txt"
    path.write_text("# 一份没有表格的文件\n\n正文。\n", encoding="utf-8")
    with pytest.raises(SourceError, match="表头"):
        parse_corpus(path)
