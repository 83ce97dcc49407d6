"""Sentence-level scoring: every chunk split into sentences, embedded at build time, so that the answer
can quote the one sentence that answers a question without embedding anything at query time."""

from __future__ import annotations

import json
import re
from pathlib import Path

import numpy as np

PREFER_BONUS = 0.15
PHRASE_BONUS = 0.1  # a sentence sharing four characters in a row with the question ("开办企业" as the
# caller said): the one about what was asked, among sentences of one passage stating the same kind of figure
PHRASE = 4
ADDED_WEIGHT = 0.5  # a word the lexicon added, against one the caller said (best_sentence)
HEADING_CHARS = 24  # a measure's first sentence this short, with no figure, is its heading (优化银行开户预约。,
# 落实防空地下室易地建设费标准调整优惠政策。): quoted with the best sentence after it
PART_BONUS = 0.15  # a sentence under the sub-heading the caller named (高压 of 压缩高压用户办电流程：)
SUBHEADING = re.compile(r"^([^，。；：]{2,16})：")  # 压缩高压用户办电流程：… opens a part of a measure
SENTENCES = "sentences.json"
SENTENCE_VECTORS = "sentences.npy"


def split_sentences(text: str) -> list[str]:
    """Sentences ending in 。；！？; a clause list longer than 120 characters is also cut at ，."""
    out = []
    for sentence in re.split(r"(?<=[。；！？])", text):
        sentence = sentence.strip()
        if not sentence:
            continue
        if len(sentence) > 120:
            parts = re.split(r"(?<=，)", sentence)
            current = ""
            for part in parts:
                if current and len(current) + len(part) > 120:
                    out.append(current)
                    current = ""
                current += part
            if current:
                out.append(current)
        else:
            out.append(sentence)
    return out


def _phrases(text: str) -> set[str]:
    """Every run of ``PHRASE`` Chinese characters in ``text``."""
    return {run[i : i + PHRASE] for run in re.findall(r"[\u4e00-\u9fff]+", text) for i in range(len(run) - PHRASE + 1)}


def save_sentences(folder: Path, rows: list[tuple[int, str]], vectors: np.ndarray | None) -> None:
    (folder / SENTENCES).write_text(json.dumps(rows, ensure_ascii=False), encoding="utf-8")
    if vectors is not None:
        np.save(folder / SENTENCE_VECTORS, vectors.astype(np.float32))


def load_sentences(folder: Path) -> tuple[tuple[tuple[int, str], ...], np.ndarray | None]:
    rows = tuple((int(pos), text) for pos, text in json.loads((folder / SENTENCES).read_text(encoding="utf-8")))
    path = folder / SENTENCE_VECTORS
    return rows, (np.load(path) if path.exists() else None)


def _subheadings(texts: list[str]) -> list[str]:
    """The sub-heading each of a passage's sentences stands under (压缩低压用户办电流程：, 压缩高压用户办电流程：), or ""."""
    heading, out = "", []
    for text in texts:
        if found := SUBHEADING.match(text):
            heading = found.group(1)
        out.append(heading)
    return out


def _telling(token: str, heading: str, headings: set[str]) -> bool:
    """Whether ``token`` in a sentence's sub-heading tells its part from the passage's others (高压, not 办电流程)."""
    return len(headings) > 1 and token in heading and not all(token in h for h in headings)


def named_part(texts: list[str], said: list[str]) -> list[bool] | None:
    """For each of a passage's sentences, whether it stands in the part the caller's words ``said`` name (高压: the
    sentences under 压缩高压用户办电流程); None when they name no part."""
    under = _subheadings(texts)
    headings = {h for h in under if h}
    telling = [w for w in said if any(_telling(w, h, headings) for h in headings)]
    return [any(w in h for w in telling) for h in under] if telling else None


def best_sentence(
    rows: tuple[tuple[int, str], ...],
    vectors: np.ndarray | None,
    by_chunk: dict[int, list[int]],
    chunk_pos: int,
    query_vector: np.ndarray | None,
    query_tokens: list[str],
    prefer: re.Pattern[str] | None = None,
    phrase_text: str = "",
    stating: bool = False,
) -> tuple[str, float]:
    """The sentence of ``chunk_pos`` closest to the question: cosine (when the model is there) plus
    a small bonus per question token it contains, so an exact term breaks near-ties, plus a bonus for
    a sentence matching ``prefer`` (e.g. one that states a duration when the question asks 几天), plus one for a
    sentence sharing four characters in a row with ``phrase_text`` (the question as asked), plus one for a sentence
    in the part of the passage the caller named by a word of its sub-heading ("高压用电报装要交几样申请材料": 第45条's
    申请材料…2项 under 压缩高压用户办电流程, not the one under 压缩低压…; the 低压 the lexicon adds for 用电 names no
    part). A short heading with no figure (第9条's "优化银行开户预约。") is not quoted alone: the best sentence after it
    follows it, after "……" when sentences between are left out. With ``stating``, only sentences matching ``prefer``
    compete when the chunk has any: the question asks for a figure and the passage states it ("特殊工时制审批要几个
    工作日": 办理时限…5个工作日, not the sentence naming 特殊工时制 that counts papers)."""
    scored: list[tuple[float, str]] = []
    phrases = _phrases(phrase_text)
    # a word the caller said counts fully, one the lexicon added (开办企业 for 开个小公司) by ADDED_WEIGHT: asked
    # "开个小公司，设立登记几个工作日", the sentence on 设立登记 is quoted, not the one on 开办企业
    def said(token: str) -> bool:
        return not phrase_text or token in phrase_text

    weights = {t: 1.0 if said(t) else ADDED_WEIGHT for t in set(query_tokens)}
    total = sum(weights.values()) or 1.0
    own = by_chunk.get(chunk_pos, [])
    part = named_part([rows[i][1] for i in own], [t for t in weights if said(t)])
    in_part = dict(zip(own, part, strict=True)) if part is not None else {}
    if stating and prefer is not None and any(prefer.search(rows[i][1]) for i in own):
        own = [i for i in own if prefer.search(rows[i][1])]
    for i in own:
        text = rows[i][1]
        overlap = sum(weight for t, weight in weights.items() if t in text) / total
        score = 0.3 * overlap + (PREFER_BONUS if prefer is not None and prefer.search(text) else 0.0)
        score += PHRASE_BONUS if any(p in text for p in phrases) else 0.0
        score += PART_BONUS if in_part.get(i, False) else 0.0
        if vectors is not None and query_vector is not None:
            score += float(vectors[i] @ query_vector)
        scored.append((score, text))
    if not scored:
        return "", -1e9
    best = max(range(len(scored)), key=lambda k: scored[k][0])
    score, text = scored[best]
    if own[best] == by_chunk[chunk_pos][0] and len(text) <= HEADING_CHARS and not re.search(r"\d", text) and len(scored) > 1:
        after = max(range(1, len(scored)), key=lambda k: scored[k][0])
        text += ("" if own[after] == by_chunk[chunk_pos][1] else "……") + scored[after][1]  # "……": sentences left out
    return text, score
