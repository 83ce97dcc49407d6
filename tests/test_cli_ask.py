"""The CLI contracts evaluation scripts rely on: `search --json`, `ask --json`, `--context`, exit codes."""

from __future__ import annotations

import json
from pathlib import Path

from assistant.cli import main


def test_search_json_is_a_list_of_hits(runtime, real_settings, capsys) -> None:  # type: ignore[no-untyped-def]
    assert main(["--index-dir", str(real_settings.index_dir), "search", "工地扬尘怎么监测", "-k", "3", "--json"]) == 0
    hits = json.loads(capsys.readouterr().out)
    assert [h["rank"] for h in hits] == [1, 2, 3]
    assert set(hits[0]) >= {"rank", "chunk_id", "measure", "label", "score", "text", "retrievers"}
    assert hits[0]["measure"] == 26 and hits[0]["chunk_id"] == "m26" and hits[0]["label"] == "【第26条】"


def test_ask_json_and_context_follow_up(runtime, real_settings, tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    base = ["--index-dir", str(real_settings.index_dir)]
    assert main([*base, "ask", "哪些举措由市税务局牵头", "--json"]) == 0
    first = capsys.readouterr().out
    assert set(json.loads(first)) >= {"answer", "citations", "count", "understood", "results", "mode", "degraded", "timings_ms"}
    previous = tmp_path / "last.json"
    previous.write_text(first, encoding="utf-8")
    assert main([*base, "ask", "其中哪些6月到期？", "--json", "--context", str(previous)]) == 0
    follow = json.loads(capsys.readouterr().out)
    assert follow["citations"] == [6, 98, 99, 100] and follow["understood"]["followup"] == "narrow"


def test_bad_cli_input_exits_with_a_message(runtime, real_settings, capsys) -> None:  # type: ignore[no-untyped-def]
    base = ["--index-dir", str(real_settings.index_dir)]
    assert main([*base, "ask", ""]) == 2
    assert main([*base, "search", "纳税", "-k", "0"]) == 2
    assert main([*base, "ask", "第3条", "--context", "{broken"]) == 2
    err = capsys.readouterr().err
    assert "问题不能为空" in err and "k 必须在" in err and "--context" in err and "Traceback" not in err


def test_bad_input_with_json_prints_a_json_error_on_stdout(runtime, real_settings, capsys) -> None:  # type: ignore[no-untyped-def]
    base = ["--index-dir", str(real_settings.index_dir)]
    for argv, said in ([*base, "ask", "  ", "--json"], "问题不能为空"), ([*base, "ask", "长" * 600, "--json"], "问题过长"), (
            [*base, "ask", "   ？？ ", "--json"], "没有可读的文字"), ([*base, "ask", "……！！", "--json"], "没有可读的文字"), (
            [*base, "search", "纳税", "-k", "0", "--json"], "k 必须在"):
        assert main(argv) == 2
        out = capsys.readouterr()
        error = json.loads(out.out)["error"]
        assert said in error["message"] and error["type"] == "QuestionError" and error["code"] == 2
        assert said in out.err  # and said on stderr, as without --json


def test_a_missing_or_foreign_context_is_named_as_such(runtime, real_settings, tmp_path, capsys) -> None:  # type: ignore[no-untyped-def]
    base = ["--index-dir", str(real_settings.index_dir)]
    assert main([*base, "ask", "其中6月的", "--context", str(tmp_path / "nowhere.json")]) == 2
    foreign = tmp_path / "foreign.json"
    foreign.write_text('{"a": 1}', encoding="utf-8")
    assert main([*base, "ask", "其中6月的", "--context", str(foreign)]) == 2
    err = capsys.readouterr().err
    assert "找不到 --context 文件" in err and "不是上一次" in err and "Traceback" not in err


def test_a_marker_alone_is_a_question_punctuation_alone_is_not(runtime, real_settings, capsys) -> None:  # type: ignore[no-untyped-def]
    base = ["--index-dir", str(real_settings.index_dir)]
    assert main([*base, "ask", "★", "--json"]) == 0  # the measures marked ★
    assert json.loads(capsys.readouterr().out)["citations"]
    assert main([*base, "ask", "？？"]) == 2 and "没有可读的文字" in capsys.readouterr().err

