"""Classes read from blind38 after its held-out score (phrasings here are our own, generated): a court case on a
phone or online is the plan's 移动微法院 / 数字法庭 (lexicon.toml), not a question the plan leaves out."""

from __future__ import annotations

import itertools

import pytest

from assistant.answer import ask


@pytest.mark.parametrize(("how", "case"), list(itertools.product(
    ["能不能在手机上", "用手机可以", "现在能在网上", "线上能不能"], ["打官司", "起诉", "立案"])))
def test_a_court_case_online_is_answered_by_the_online_court(runtime, how: str, case: str) -> None:  # type: ignore[no-untyped-def]
    a = ask(runtime, f"{how}{case}？")
    assert set(a.citations[:2]) & {191, 192}, a.answer[:160]
