"""Records -> chunks: one per measure, and sentence-bounded passages of the body, with metadata."""

from __future__ import annotations

import re
from dataclasses import dataclass

from corpus.models import Corpus, Measure, Section

MAX_PASSAGE_CHARS = 200  # m3e-small reads 512 tokens; Chinese is ~1 token a character, so stay well under


@dataclass(frozen=True)
class ChunkMeta:
    level1: str | None = None
    level1_number: int | None = None
    level2: str | None = None
    level2_group: tuple[int, ...] = ()
    units: tuple[str, ...] = ()
    lead_unit: str | None = None
    deadline: str | None = None
    year: int | None = None
    month: int | None = None
    ongoing: bool = False
    markers: tuple[str, ...] = ()
    section_kind: str | None = None  # preamble | action | note | header for body passages


@dataclass(frozen=True)
class Chunk:
    id: str  # "m96", "action-3-1", "preamble-2", "note-5-1"
    measure: int | None
    label: str  # 【第96条】, 【行动三】
    text: str  # what is shown and quoted
    embed_text: str  # what the dense model reads
    keyword_text: str  # what BM25 reads
    meta: ChunkMeta


def measure_chunk(m: Measure, embed_path: bool = True) -> Chunk:
    path = f"{m.level1.name}｜{m.level2.name}"
    return Chunk(
        id=m.id,
        measure=m.number,
        label=m.label,
        text=m.text,
        # measured on the dev questions (README): prefixing the indicator path helps topical questions
        embed_text=f"{path}：{m.text}" if embed_path else m.text,
        keyword_text=f"{path} {m.text}",
        meta=ChunkMeta(
            level1=m.level1.name,
            level1_number=m.level1.number,
            level2=m.level2.name,
            level2_group=m.level2_group,
            units=m.units,
            lead_unit=m.lead_unit,
            deadline=m.deadline.raw,
            year=m.deadline.year,
            month=m.deadline.month,
            ongoing=m.deadline.ongoing,
            markers=m.marker_symbols,
        ),
    )


def split_passages(text: str, limit: int = MAX_PASSAGE_CHARS) -> list[str]:
    """Sentence-bounded pieces of at most ``limit`` characters (a longer single sentence is cut)."""
    sentences = [s for s in re.split(r"(?<=[。；！？\n])", text) if s.strip()]
    passages: list[str] = []
    current = ""
    for sentence in sentences:
        sentence = sentence.strip()
        while len(sentence) > limit:
            if current:
                passages.append(current)
                current = ""
            passages.append(sentence[:limit])
            sentence = sentence[limit:]
        if current and len(current) + len(sentence) > limit:
            passages.append(current)
            current = ""
        current += sentence
    if current:
        passages.append(current)
    return passages


def section_chunks(s: Section) -> list[Chunk]:
    out = []
    for i, passage in enumerate(split_passages(s.text), start=1):
        out.append(
            Chunk(
                id=f"{s.id}-{i}",
                measure=None,
                label=s.label,
                text=passage,
                embed_text=f"{s.title}：{passage}",
                keyword_text=f"{s.title} {passage}",
                meta=ChunkMeta(section_kind=s.kind),
            )
        )
    return out


def build_chunks(corpus: Corpus, embed_path: bool = True) -> tuple[Chunk, ...]:
    chunks = [measure_chunk(m, embed_path) for m in corpus.measures]
    for section in corpus.sections:
        chunks.extend(section_chunks(section))
    return tuple(chunks)
