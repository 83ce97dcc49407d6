"""Metrics against hand-computed values; gold-file validation; the runner, TREC export and batch mode."""

from __future__ import annotations

import json
import math
from pathlib import Path

import pytest

from assistant.cli import main
from corpus.errors import GoldFormatError
from eval.gold import load_gold
from eval.metrics import percentile, ranked_metrics, set_score


def test_ranked_metrics_hand_computed() -> None:
    relevant = {"q1": [1, 2], "q2": [3]}
    ranked = {"q1": [1, 5, 2], "q2": [4, 6, 7, 8, 9, 10, 11, 12, 13, 14, 3]}
    m = ranked_metrics(relevant, ranked)
    assert m["q1"]["recall@1"] == pytest.approx(0.5)
    assert m["q1"]["recall@5"] == pytest.approx(1.0)
    assert m["q1"]["mrr@10"] == pytest.approx(1.0)
    # DCG = 1/log2(2) + 1/log2(4) = 1.5; IDCG = 1 + 1/log2(3)
    assert m["q1"]["ndcg@10"] == pytest.approx(1.5 / (1 + 1 / math.log2(3)))
    # the only relevant document sits at rank 11: outside every cut-off
    assert m["q2"] == {"recall@1": 0.0, "recall@5": 0.0, "recall@10": 0.0, "mrr@10": 0.0, "ndcg@10": 0.0}


def test_ties_keep_the_order_given() -> None:
    # two hits with equal retrieval scores arrive in a fixed order; trec_eval alone would reorder tied
    # scores by document id, which would put "2" first and report MRR 1.0
    m = ranked_metrics({"q": [2]}, {"q": [1, 2]})
    assert m["q"]["mrr@10"] == pytest.approx(0.5)
    assert m["q"]["ndcg@10"] == pytest.approx(1 / math.log2(3))


def test_no_results_and_empty_relevant_set() -> None:
    m = ranked_metrics({"none": [7], "empty": []}, {"none": [], "empty": [1, 2]})
    assert m["none"]["recall@10"] == 0.0 and m["none"]["mrr@10"] == 0.0
    assert "empty" not in m  # undefined for an empty relevant set: left out, not scored as 0 or 1


def test_set_scores() -> None:
    s = set_score({1, 2, 3, 4}, {2, 3, 5})
    assert (s.precision, s.recall) == (pytest.approx(2 / 3), pytest.approx(0.5))
    assert s.f1 == pytest.approx(2 * (2 / 3) * 0.5 / (2 / 3 + 0.5)) and not s.exact
    assert set_score(set(), set()).exact and set_score(set(), set()).f1 == 1.0
    nothing = set_score({1}, set())
    assert (nothing.precision, nothing.recall, nothing.f1, nothing.exact) == (0.0, 0.0, 0.0, False)
    assert set_score(set(), {1}).exact is False


def test_percentile_nearest_rank() -> None:
    assert percentile([5.0, 1.0, 3.0, 2.0, 4.0], 50) == 3.0
    assert percentile(list(map(float, range(1, 101))), 95) == 95.0
    assert percentile([], 50) == 0.0


@pytest.mark.parametrize(
    ("line", "message"),
    [
        ("{not json", "第2行"),
        ('{"id": "a", "type": "filter", "question": "x"}', "缺少字段"),
        ('{"id": "a", "type": "weird", "question": "x", "relevant": []}', "type"),
        ('{"id": "a", "type": "filter", "question": "x", "relevant": ["1"]}', "relevant"),
        ('{"id": "a", "type": "filter", "question": "", "relevant": []}', "question"),
        ('{"id": "ok", "type": "filter", "question": "x", "relevant": []}', "重复"),
        ("[1, 2]", "JSON 对象"),
    ],
)
def test_malformed_gold_line_names_its_line(tmp_path: Path, line: str, message: str) -> None:
    gold = tmp_path / "gold.jsonl"
    gold.write_text('{"id": "ok", "type": "filter", "question": "x", "relevant": [1]}\n' + line + "\n", encoding="utf-8")
    with pytest.raises(GoldFormatError, match=message) as err:
        load_gold(gold)
    assert "line 2" in err.value.message


def test_dev_gold_is_valid_and_large_enough() -> None:
    items = load_gold(Path(__file__).resolve().parents[1] / "eval" / "gold" / "dev.jsonl")
    assert len(items) >= 120
    assert {i.type for i in items} == {"filter", "topical", "count", "lookup", "indicator", "marker", "body"}


def test_eval_cli_prints_a_table_and_writes_trec(runtime, real_settings, tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    gold = tmp_path / "gold.jsonl"
    rows = [
        {"id": "a", "type": "filter", "question": "哪些举措由市税务局牵头且6月到期", "relevant": [6, 98, 99, 100], "expected_count": 4},
        {"id": "b", "type": "topical", "question": "工地扬尘怎么监测", "relevant": [26], "expected_count": None},
        {"id": "c", "type": "body", "question": "总体目标是什么", "relevant": [], "expected_count": None, "answer_contains": ["第一梯队"]},
    ]
    gold.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    run_file = tmp_path / "run.txt"
    argv = ["--index-dir", str(real_settings.index_dir), "eval", "--gold", str(gold), "--json", "--run-out", str(run_file)]
    assert main(argv) == 0
    report = json.loads(capsys.readouterr().out)
    overall = report["table"]["overall"]
    assert overall["n"] == 3 and overall["exact"] == 1.0 and overall["count_acc"] == 1.0 and overall["contains"] == 1.0
    assert report["table"]["topical"]["recall@5"] == 1.0
    run_lines = run_file.read_text(encoding="utf-8").splitlines()
    assert run_lines[0].split() == ["a", "Q0", "m6", "1", "4", "policyqa-full"]
    assert "a 0 m98 1" in (tmp_path / "run.txt.qrels").read_text(encoding="utf-8")
    assert main(["--index-dir", str(real_settings.index_dir), "eval", "--gold", str(gold), "--mode", "bm25"]) == 0
    assert "mode=bm25" in capsys.readouterr().out


def test_eval_cli_reports_a_malformed_gold_file(tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    gold = tmp_path / "bad.jsonl"
    gold.write_text('{"id": 1}\n', encoding="utf-8")
    assert main(["eval", "--gold", str(gold)]) == 2
    assert "line 1" in capsys.readouterr().err


def test_batch_ask_and_search_keep_order_and_report_bad_lines(runtime, real_settings, tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    batch = tmp_path / "questions.jsonl"
    batch.write_text(
        '{"id": "x1", "question": "第87条谁负责"}\n'
        "not json at all\n"
        '{"id": "x3", "question": ""}\n'
        '{"id": "x4", "question": "获得信贷有哪些举措"}\n',
        encoding="utf-8",
    )
    base = ["--index-dir", str(real_settings.index_dir)]
    assert main([*base, "ask", "--batch", str(batch), "--json"]) == 0
    out = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert [o["id"] for o in out] == ["x1", "2", "x3", "x4"]
    assert out[0]["citations"] == [87] and "error" in out[1] and "问题不能为空" in out[2]["error"]
    assert out[3]["count"] == 26
    plain = tmp_path / "plain.txt"
    plain.write_text("中介服务超市\n\n双随机一公开\n", encoding="utf-8")
    assert main([*base, "search", "--batch", str(plain), "-k", "3", "--mode", "bm25", "--json"]) == 0
    lines = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert [o["id"] for o in lines] == ["1", "3"] and lines[0]["hits"][0]["measure"] == 20
    assert len(lines[1]["hits"]) == 3


def _outcome(item_raw: dict, ranked: list[int], count: int | None, text: str = ""):  # type: ignore[no-untyped-def]
    from eval.gold import _item
    from eval.runner import Outcome

    return Outcome(_item(item_raw, "t"), ranked, count, text, 1.0)


def test_an_alternative_complete_answer_counts_as_exact() -> None:
    from eval.runner import score

    raw = {"id": "a", "type": "filter", "question": "q", "relevant": [1, 2], "expected_count": 2,
           "alternatives": [[1, 2, 3]]}
    right = score([_outcome(raw, [1, 2, 3], 3)], "full")["table"]["filter"]
    assert right["exact"] == 1.0 and right["count_acc"] == 1.0 and right["f1"] == 1.0
    wrong = score([_outcome(raw, [1, 3], 2)], "full")["table"]["filter"]
    assert wrong["exact"] == 0.0 and wrong["count_acc"] == 1.0  # 2 is the size of `relevant`


def test_contains_only_needs_the_name_not_the_set() -> None:
    from eval.runner import score

    raw = {"id": "l", "type": "indicator", "question": "获得电力由哪位领导牵头", "relevant": [44, 45],
           "expected_count": 2, "answer_contains": ["刘延安"], "contains_only": True}
    assert score([_outcome(raw, [], None, "牵头领导：刘延安")], "full")["table"]["indicator"]["exact"] == 1.0
    assert score([_outcome(raw, [44, 45], 2, "牵头领导：王琪")], "full")["table"]["indicator"]["exact"] == 0.0


@pytest.mark.parametrize(
    ("extra", "message"),
    [({"alternatives": [1, 2]}, "alternatives"), ({"contains_only": "yes"}, "contains_only"),
     ({"contains_only": True}, "answer_contains")],
)
def test_malformed_alternatives_or_contains_only(tmp_path: Path, extra: dict, message: str) -> None:
    raw = {"id": "x", "type": "filter", "question": "q", "relevant": [1], **extra}
    path = tmp_path / "g.jsonl"
    path.write_text(json.dumps(raw) + "\n", encoding="utf-8")
    with pytest.raises(GoldFormatError, match=message):
        load_gold(path)


def test_blind_and_validation_shaped_gold_files_load() -> None:
    items = load_gold(Path(__file__).parent.parent / "eval" / "gold" / "blind.jsonl")
    assert len(items) >= 150 and any(i.alternatives for i in items) and any(i.contains_only for i in items)
