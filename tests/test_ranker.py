"""The plain questions' learned ranking model: its file, its tree evaluation, and what it ranks on the real index."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest
from conftest import malformed_data_file_is_refused

from assistant.answer import ask
from assistant.plain import ranker as ranker_module
from assistant.plain.callers import expand
from assistant.plain.ranker import FEATURES, candidates, ranker, ranker_from
from assistant.plain.retrieval import plain_hits, retrieve_plain
from corpus.check import printed_twice
from eval.plain import DEFAULT_GOLD
from eval.train_ranker import PARAMS, exported, questions, trained
from index.sentences import split_sentences


def _trained(seed: int) -> tuple[object, np.ndarray]:
    from sklearn.ensemble import HistGradientBoostingClassifier

    rng = np.random.default_rng(seed)
    x = rng.random((3000, len(FEATURES)))
    y = ((x[:, 0] + 0.5 * x[:, 10] - 0.3 * x[:, 3] + 0.1 * rng.standard_normal(3000)) > 0.6).astype(int)
    return HistGradientBoostingClassifier(**PARAMS).fit(x, y), rng.random((200, len(FEATURES)))


def test_exported_trees_score_as_the_trained_model() -> None:
    model, x = _trained(0)
    doc = json.loads(json.dumps(exported(model, ["synthetic"], 3000)))  # through JSON, as the file is read
    np.testing.assert_allclose(ranker_from(doc).scores(x), model.decision_function(x), rtol=1e-9, atol=1e-9)


def test_a_model_for_other_features_or_broken_trees_is_refused() -> None:
    model, _ = _trained(1)
    doc = exported(model, ["synthetic"], 3000)
    with pytest.raises(ValueError, match="retrain"):
        ranker_from({**doc, "features": list(reversed(FEATURES))})
    broken = {**doc, "trees": [{**doc["trees"][0], "left": [99] * len(doc["trees"][0]["left"])}]}
    with pytest.raises(ValueError, match="outside"):
        ranker_from(broken)


def test_a_malformed_model_file_is_a_clear_data_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    malformed_data_file_is_refused(tmp_path, monkeypatch, ranker_module, "ranker.json", '{"features": [', ranker,
                                   ranker.cache_clear)


def test_the_committed_model_was_trained_on_the_tuning_sets_only() -> None:
    doc = json.loads((ranker_module.DATA / ranker_module.RANKER).read_text(encoding="utf-8"))
    assert doc["features"] == list(FEATURES) and doc["params"] == PARAMS
    assert sorted(doc["trained_on"]) == sorted(p.stem for p in DEFAULT_GOLD)
    assert not any(name.startswith(("blind105", "blind106")) for name in doc["trained_on"])  # held out (README)
    assert ranker().feature.shape[0] == PARAMS["max_iter"]


def test_the_committed_model_is_what_training_writes(runtime) -> None:  # type: ignore[no-untyped-def]
    # features changed without retraining (or a model trained on other sets) fail here: the file must be
    # reproducible by `python -m eval.train_ranker` (float sums may differ in the last bits across machines)
    doc = json.loads((ranker_module.DATA / ranker_module.RANKER).read_text(encoding="utf-8"))
    again = trained(questions(DEFAULT_GOLD, runtime))
    assert {k: v for k, v in again.items() if k != "trees"} == {k: v for k, v in doc.items() if k != "trees"}
    assert len(again["trees"]) == len(doc["trees"])
    for new, old in zip(again["trees"], doc["trees"], strict=True):
        assert all(new[k] == old[k] for k in ("feature", "left", "right", "leaf"))
        assert np.allclose(new["threshold"], old["threshold"]) and np.allclose(new["value"], old["value"], atol=1e-9)


def test_candidate_features_are_read_from_the_passages(runtime) -> None:  # type: ignore[no-untyped-def]
    r = runtime.retriever
    text = "二手房过户要几天"
    query, added = expand(text)
    found = candidates(r, text, query, added, None)
    chunks = r.index.chunks
    assert len(found.positions) == len(set(found.positions)) and found.features.shape == (len(found.positions), len(FEATURES))
    column = {name: found.features[:, i] for i, name in enumerate(FEATURES)}
    for name in ("n_dense", "n_bm25", "n_sentence", "n_e5", "rare_share", "sentence_overlap"):
        assert 0.0 <= column[name].min() and column[name].max() <= 1.0 + 1e-9, name
    assert column["n_dense"].max() == pytest.approx(1.0) and column["figure"].max() == 0.0  # no figure asked
    m70 = found.positions.index(next(i for i, c in enumerate(chunks) if c.measure == 70))
    assert column["added"][m70] >= 1  # 存量房 / 转移登记, the lexicon's words for 二手房 / 过户
    cosine = float(r.chunk_vector(found.positions[m70]) @ r.embed_query(text))
    assert column["dense"][m70] == pytest.approx(cosine) and cosine > 0.5


def test_the_gate_reads_the_hand_weighted_fusion(runtime) -> None:  # type: ignore[no-untyped-def]
    # the model changes the order of passages, not whether the plan answers: the refusals it was calibrated on
    for question in ("今天成都天气怎么样", "护照到哪里办", "资阳最低工资标准是多少钱一个月"):
        assert not retrieve_plain(runtime.retriever, question, 10).hits, question


@pytest.mark.parametrize(("question", "measures"), [
    # written for this test, apart from every gold file
    ("施工单位给政府修的路验收两年了，工程款一直不结，拖欠的款项有人管没", {261, 309}),
    ("我们小厂有几项发明专利，能不能质押给银行贷到款", {293}),
    ("想把办公室的水电气过户跟不动产证一起办，能不能一次办完", {92}),
    ("商标注册能在本地窗口咨询和受理吗，不想跑成都", {289}),
    ("政府采购中标以后采购人迟迟不签合同怎么办", {239}),
])
def test_caller_phrasings_cite_their_measures(runtime, question: str, measures: set[int]) -> None:  # type: ignore[no-untyped-def]
    assert measures <= set(ask(runtime, question).citations[:5]), question


def _missed_by_own_sentence(runtime, corpus, learned: bool) -> list[tuple[int, int | None, bool]]:  # type: ignore[no-untyped-def]
    """(measure, the measure ranked first, whether the measure is second) for each measure not found first by the
    first 40 characters of its own longest sentence."""
    twins = printed_twice(corpus)
    missed = []
    for m in corpus.measures:
        sentence = max(split_sentences(m.text), key=len)[:40]
        ranked = [h.measure for h in plain_hits(runtime.retriever, sentence, 5, learned) if h.measure is not None]
        if ranked[0] not in (m.number, twins.get(m.number)):
            missed.append((m.number, ranked[0], ranked[1:2] in ([m.number], [twins.get(m.number)])))
    return missed


def test_every_measure_is_found_first_by_its_own_longest_sentence(runtime, corpus) -> None:  # type: ignore[no-untyped-def]
    # generated from the records: a stale model (features reordered, trees misread) ranks look-alikes first (a
    # model with scrambled features misses 11); both the model and the hand-weighted fusion put 第262条 first for
    # 第45条's 40 characters on 一站式服务 and 政务网, which 262 shares. The model may put first, one place ahead, a
    # measure earlier callers' questions on the same words were answered by: 第219条's online training for 第230条's
    # 完善职业技能培训政策体系 and 第218条's 培训补贴; 第265条's 省一体化政务服务平台 for 第33条's (the model retrained with
    # blind45, eighteenth session: 1 such miss before, 3 after)
    model = _missed_by_own_sentence(runtime, corpus, True)
    fusion = {(n, first) for n, first, _ in _missed_by_own_sentence(runtime, corpus, False)}
    beyond = [miss for miss in model if miss[:2] not in fusion]
    assert len(model) <= 3 and all(second for _, _, second in beyond), model


def test_without_the_second_embedding_the_fusion_ranks(runtime, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    r = runtime.retriever
    monkeypatch.setattr(ranker_module, "ranker", lambda: pytest.fail("the model needs e5"))
    monkeypatch.setattr(type(r), "second_view", property(lambda self: None))
    hits = plain_hits(r, "二手房过户要几天", 10)
    assert hits and hits[0].measure in (70, 89)
