"""Records as plain JSON-able dicts: the documented shape of ``policyqa corpus dump --json``."""

from __future__ import annotations

from dataclasses import asdict
from typing import Any

from corpus.models import Corpus, Indicator, Measure, Section


def measure_dict(m: Measure) -> dict[str, Any]:
    out = asdict(m)
    out["label"] = m.label
    out["deadline"]["label"] = m.deadline.label
    return out


def indicator_dict(i: Indicator) -> dict[str, Any]:
    out = asdict(i)
    out["label"] = i.label
    return out


def section_dict(s: Section) -> dict[str, Any]:
    return asdict(s)


def corpus_dict(corpus: Corpus) -> dict[str, Any]:
    return {
        "doc": {
            "doc_id": corpus.doc_id,
            "title": corpus.title,
            "doc_number": corpus.doc_number,
            "attachment": corpus.attachment,
            "issuer": corpus.issuer,
            "issued": corpus.issued,
            "source_sha256": corpus.source_sha256,
            "legend": corpus.legend,
            "legend_counts": corpus.legend_counts,
        },
        "measures": [measure_dict(m) for m in corpus.measures],
        "indicators": [indicator_dict(i) for i in corpus.indicators],
        "sections": [section_dict(s) for s in corpus.sections],
    }
