"""Index stage: build/load/verify plumbing with a fake embedder; retrieval quality with the real model."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from corpus.errors import IndexMissingError, StaleIndexError
from corpus.models import Corpus
from index.chunks import build_chunks, split_passages
from index.search import Retriever, search
from index.store import build_index, load_index, read_manifest
from index.tokenize import keyword_tokenizer, vocabulary_key


@pytest.fixture
def fake_index(tmp_path: Path, corpus: Corpus, fake_embedder) -> Path:  # type: ignore[no-untyped-def]
    folder = tmp_path / "index"
    build_index(corpus, folder, fake_embedder, show_progress=False)
    return folder


def test_chunks_cover_every_measure_and_the_body(corpus: Corpus) -> None:
    chunks = build_chunks(corpus)
    measure_ids = [c.id for c in chunks if c.measure is not None]
    assert measure_ids == [f"m{n}" for n in range(1, 385)]
    body = [c for c in chunks if c.measure is None]
    assert {c.label for c in body} >= {"【总体目标】", "【行动一】", "【行动十】", "【注8】"}
    assert all(len(c.text) <= 200 for c in body)
    assert "action-3-1" in {c.id for c in body}
    m96 = next(c for c in chunks if c.id == "m96")
    assert m96.label == "【第96条】" and m96.meta.lead_unit == "市税务局" and m96.meta.month == 8


def test_split_passages_keeps_sentences_whole() -> None:
    text = "第一句。" * 30 + "很长" * 150
    passages = split_passages(text, limit=50)
    assert all(len(p) <= 50 for p in passages)
    assert "".join(passages) == text
    assert passages[0].endswith("。")


def test_build_writes_manifest_and_loads(fake_index: Path, corpus: Corpus, fake_embedder) -> None:  # type: ignore[no-untyped-def]
    manifest = read_manifest(fake_index)
    assert manifest["corpus_sha256"] == corpus.source_sha256
    assert manifest["dimension"] == 64 and manifest["dense"] and manifest["index_kind"] == "flat"
    assert manifest["chunk_count"] == len(build_chunks(corpus))
    assert {"faiss-cpu", "bm25s", "jieba"} <= set(manifest["versions"])
    loaded = load_index(corpus, fake_index, fake_embedder.path)
    assert loaded.dense is not None and loaded.dense.ntotal == manifest["chunk_count"]


def test_missing_index_is_reported(tmp_path: Path, corpus: Corpus) -> None:
    with pytest.raises(IndexMissingError, match="policyqa build"):
        load_index(corpus, tmp_path / "nothing", None)


def test_changed_corpus_is_detected(fake_index: Path, corpus: Corpus) -> None:
    manifest_path = fake_index / "manifest.json"
    manifest = json.loads(manifest_path.read_text(encoding="utf-8"))
    manifest["corpus_sha256"] = "0" * 64
    manifest_path.write_text(json.dumps(manifest), encoding="utf-8")
    with pytest.raises(StaleIndexError, match="源文件自建索引后已改变.*policyqa build"):
        load_index(corpus, fake_index, None)


def test_changed_keyword_vocabulary_is_detected(fake_index: Path, corpus: Corpus) -> None:
    # words.toml (or a unit's name) changed after the build: the index's keyword tokens are not a question's
    manifest_path = fake_index / "manifest.json"
    manifest = json.loads(manifest_path.read_text(encoding="utf-8"))
    assert manifest["vocabulary"] == vocabulary_key(corpus)
    manifest["vocabulary"] = "0" * 16
    manifest_path.write_text(json.dumps(manifest), encoding="utf-8")
    with pytest.raises(StaleIndexError, match="分词词表自建索引后已改变.*policyqa build"):
        load_index(corpus, fake_index, None)


def test_other_model_is_detected(fake_index: Path, corpus: Corpus) -> None:
    with pytest.raises(StaleIndexError, match="模型"):
        load_index(corpus, fake_index, Path("/some/other/model"))


def test_truncated_faiss_file_is_detected(fake_index: Path, corpus: Corpus) -> None:
    faiss_file = fake_index / "dense.faiss"
    faiss_file.write_bytes(faiss_file.read_bytes()[:1000])
    with pytest.raises(StaleIndexError, match="dense.faiss"):
        load_index(corpus, fake_index, None)


def test_interrupted_build_leaves_the_old_index(fake_index: Path, corpus: Corpus, fake_embedder) -> None:  # type: ignore[no-untyped-def]
    before = (fake_index / "manifest.json").read_text(encoding="utf-8")

    class Exploding:
        name, dimension, path = "boom", 64, Path("/fake/boom")

        def encode(self, texts: list[str], show_progress: bool = False):  # type: ignore[no-untyped-def]
            raise KeyboardInterrupt  # as if the user pressed Ctrl-C in the middle of embedding

    with pytest.raises(KeyboardInterrupt):
        build_index(corpus, fake_index, Exploding(), show_progress=False)
    assert (fake_index / "manifest.json").read_text(encoding="utf-8") == before
    assert load_index(corpus, fake_index, fake_embedder.path).dense is not None
    assert [p.name for p in fake_index.parent.iterdir() if p.name.startswith(".")] == []


def test_hnsw_index_builds_and_answers(tmp_path: Path, corpus: Corpus, fake_embedder) -> None:  # type: ignore[no-untyped-def]
    folder = tmp_path / "hnsw"
    manifest = build_index(corpus, folder, fake_embedder, index_kind="hnsw", show_progress=False)
    assert manifest["index_kind"] == "hnsw"
    loaded = load_index(corpus, folder, fake_embedder.path)
    assert "HNSW" in type(loaded.dense).__name__
    retriever = Retriever(loaded, keyword_tokenizer(corpus), fake_embedder)
    text = corpus.measure(26).text  # type: ignore[union-attr]
    result = search(retriever, text, k=3, mode="dense")
    assert result.hits[0].chunk_id == "m26"


def test_degraded_without_model_uses_bm25(fake_index: Path, corpus: Corpus) -> None:
    loaded = load_index(corpus, fake_index, None)
    retriever = Retriever(loaded, keyword_tokenizer(corpus), embedder=None)
    result = search(retriever, "双随机一公开", k=5, mode="hybrid")
    assert result.degraded and result.mode == "bm25"
    assert result.hits and all(h.retrievers == ("bm25",) for h in result.hits)


def test_index_built_without_model_serves_bm25(tmp_path: Path, corpus: Corpus) -> None:
    manifest = build_index(corpus, tmp_path / "bm25only", None, show_progress=False)
    assert manifest["dense"] is False and not (tmp_path / "bm25only" / "dense.faiss").exists()
    loaded = load_index(corpus, tmp_path / "bm25only", None)
    result = search(Retriever(loaded, keyword_tokenizer(corpus), None), "中介服务超市", mode="dense")
    assert result.degraded and result.hits[0].chunk_id == "m20"


def test_search_within_allowed_chunks(fake_index: Path, corpus: Corpus, fake_embedder) -> None:  # type: ignore[no-untyped-def]
    retriever = Retriever(load_index(corpus, fake_index, fake_embedder.path), keyword_tokenizer(corpus), fake_embedder)
    allowed = {"m96", "m97", "m98"}
    result = search(retriever, "纳税", k=10, allowed_chunks=allowed)
    assert {h.chunk_id for h in result.hits} <= allowed and result.hits


# ---- real model, real document -------------------------------------------------------------------

# Hotline-style paraphrases (not measure text) and the measures that answer them.
HOTLINE = [
    ("工地扬尘怎么监测", {26}),
    ("低压用户办电要跑几个环节？", {44}),
    ("中介服务超市是干什么的", {20}),
    ("新开公司刻章要交钱吗", {4}),
    ("开办一个企业要多长时间能办完", {3}),
    ("投资额不大的小工程还用办施工许可证吗", {15}),
    ("平均停电时间要降到多少", {51}),
    ("买第一套房子契税怎么算", {73}),
    ("出口退税多久能到账", {115}),
    ("公积金缴存比例企业能自己定吗", {105}),
    ("破产案件多长时间审结", {147}),
    ("政府采购还收投标保证金吗", {244}),
    ("特殊工时制审批要几天", {202}),
    ("社会资本怎么参与办养老院", {346}),
    ("秸秆焚烧怎么管", {355}),
    ("电子营业执照怎么推广使用", {11}),
    ("企业去银行开户能不能网上预约", {9}),
    ("幼儿园学位不够怎么办", {349}),
    ("通信宽带多久能装好", {371}),
]


@pytest.mark.parametrize(("question", "relevant"), HOTLINE)
def test_hotline_paraphrase_in_top5(runtime, question: str, relevant: set[int]) -> None:  # type: ignore[no-untyped-def]
    result = search(runtime.retriever, question, k=5, mode="hybrid")
    assert not result.degraded
    assert relevant & {h.measure for h in result.hits}, [h.label for h in result.hits]


@pytest.mark.parametrize("program", ["双随机一公开", "一网通办", "川渝通办", "中介服务", "多测合一"])
def test_exact_program_name_finds_every_measure_containing_it(runtime, corpus: Corpus, program: str) -> None:  # type: ignore[no-untyped-def]
    from index.tokenize import fold_variants

    containing = {m.number for m in corpus.measures if program in fold_variants(m.text)}
    assert containing
    result = search(runtime.retriever, program, k=100, mode="bm25")
    found = [h.measure for h in result.hits]
    assert containing <= set(found)
    # and what ranks ahead of them mentions the name too: in its text, or its indicator's name (300
    # sits under "“双随机、一公开”监管覆盖率"), or a body passage
    def mentions(number: int | None) -> bool:
        if number is None:
            return True
        m = corpus.measure(number)
        assert m is not None
        names = [corpus.indicator(2, n).name for n in m.level2_group]  # type: ignore[union-attr]
        return any(program in fold_variants(t) for t in [m.text, m.level1.name, *names])

    last = max(found.index(n) for n in containing)
    assert all(mentions(n) for n in found[: last + 1])


def test_model_unavailable_degrades_instead_of_crashing(tmp_path: Path, runtime, real_settings) -> None:  # type: ignore[no-untyped-def]
    # `runtime` builds the real index this test copies, whichever tests ran before it
    from assistant.runtime import get_runtime

    shutil.copytree(real_settings.index_dir, tmp_path / "index")
    settings = real_settings.with_overrides(model_path=tmp_path / "no-such-model", index_dir=tmp_path / "index")
    rt = get_runtime(settings)
    assert rt.degraded
    result = search(rt.retriever, "中介服务超市是干什么的", k=3, mode="hybrid")
    assert result.degraded and result.hits[0].measure == 20


def test_query_fast_path_and_int8_match_the_reference_encoder(runtime, real_settings) -> None:  # type: ignore[no-untyped-def]
    import numpy as np

    from assistant.runtime import _model_folder
    from index.embedder import SentenceTransformerEmbedder

    path = _model_folder(real_settings)
    assert path is not None
    fp32 = SentenceTransformerEmbedder(path, int8_queries=False)
    questions = ["低压用户办电要跑几个环节？", "中介服务超市是干什么的", "出口退税多久能到账"]
    reference = fp32.encode(questions)
    fast = np.array([fp32.encode_query(q) for q in questions])
    assert float((reference * fast).sum(axis=1).min()) > 0.9999  # same vectors, less overhead
    int8 = SentenceTransformerEmbedder(path, int8_queries=True)
    assert float((reference * np.array([int8.encode_query(q) for q in questions])).sum(axis=1).min()) > 0.97


def test_onnx_query_encoder_agrees_with_the_reference_on_every_chunk(runtime, real_settings) -> None:  # type: ignore[no-untyped-def]
    from assistant.runtime import _model_folder
    from index.embedder import SentenceTransformerEmbedder
    from index.onnx_encoder import OnnxQueryEncoder

    encoder = runtime.retriever.embedder
    assert isinstance(encoder, OnnxQueryEncoder)  # the default: no torch at question time
    assert "query_encoder.onnx" in runtime.retriever.index.manifest["files"]  # checksummed like every file
    texts = [c.embed_text for c in runtime.retriever.index.chunks]
    reference = SentenceTransformerEmbedder(_model_folder(real_settings)).encode(texts)
    onnx = encoder.encode(texts)
    assert onnx.shape == reference.shape
    assert float((reference * onnx).sum(axis=1).min()) >= 0.999
    assert float(encoder.encode_query("二手房过户要几天") @ reference[0]) == pytest.approx(
        float(SentenceTransformerEmbedder(_model_folder(real_settings)).encode_query("二手房过户要几天") @ reference[0]),
        abs=1e-3)


@pytest.mark.parametrize("question", ["哪些举措由市税务局牵头且6月到期", "二手房过户要几天"])
def test_asking_never_imports_torch(runtime, real_settings, question: str) -> None:  # type: ignore[no-untyped-def]
    import subprocess
    import sys

    script = (
        "import sys, json\n"
        "from assistant.cli import main\n"
        f"code = main(['--index-dir', {str(real_settings.index_dir)!r}, 'ask', {question!r}, '--json'])\n"
        "print(json.dumps({'code': code, 'torch': 'torch' in sys.modules,"
        " 'st': 'sentence_transformers' in sys.modules}))\n"
    )
    out = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=120)
    last = json.loads(out.stdout.strip().splitlines()[-1])
    assert last == {"code": 0, "torch": False, "st": False}, out.stderr[-500:]


def test_keyword_scores_read_from_the_saved_arrays_equal_bm25s(fake_index: Path, corpus: Corpus) -> None:
    import bm25s
    import numpy as np

    from index.keyword import BM25_DIR, KeywordIndex

    reference = bm25s.BM25.load(str(fake_index / BM25_DIR))
    mine = KeywordIndex.load(fake_index)
    tokenizer = keyword_tokenizer(corpus)
    for query in ("办电要多久", "二手房过户 存量房 转移登记", "双随机一公开", "纳税 纳税", "今天天气怎么样"):
        tokens = tokenizer.tokens(query)
        known = [t for t in tokens if t in reference.vocab_dict]
        expected = np.asarray(reference.get_scores(known), dtype=np.float32) if known else np.zeros(len(corpus.measures) + 27)
        assert np.allclose(mine.scores(tokens), expected[: len(mine.scores(tokens))], atol=1e-6)
