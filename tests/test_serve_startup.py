"""`policyqa serve` answers the API before Gradio is imported; the chat page is mounted when it is built."""

from __future__ import annotations

import threading
import time
from typing import Any

import pytest
from fastapi.testclient import TestClient

import ui.server
from assistant.settings import Settings


def _until(client: TestClient, ui_state: str, timeout: float = 60) -> dict[str, Any]:
    deadline = time.time() + timeout
    while time.time() < deadline:
        body = client.get("/api/health").json()
        if body.get("status") == "ready" and body.get("ui") == ui_state:
            return body
        time.sleep(0.05)
    raise AssertionError(f"ui never became {ui_state}: {body}")


def test_the_api_answers_while_the_chat_page_loads_then_the_page_is_served(
    runtime, real_settings: Settings, monkeypatch: pytest.MonkeyPatch  # type: ignore[no-untyped-def]
) -> None:
    release = threading.Event()
    real_build = ui.server._build_ui

    def slow_build(app: Any, settings: Settings) -> Any:
        release.wait(60)  # Gradio "still importing"
        return real_build(app, settings)

    monkeypatch.setattr(ui.server, "_build_ui", slow_build)
    with TestClient(ui.server.create_server_app(real_settings)) as client:
        _until(client, "loading")
        page = client.get("/")
        assert page.status_code == 503 and 'http-equiv="refresh"' in page.text and "正在启动" in page.text
        answer = client.post("/api/ask", json={"question": "哪些举措由市税务局牵头且6月到期"}).json()
        assert answer["count"] == 4
        release.set()
        _until(client, "ready")
        page = client.get("/")
        assert page.status_code == 200 and "gradio" in page.text.lower() and "正在启动" not in page.text
        assert client.get("/config").status_code == 200  # Gradio's own routes answer after its start-up


def test_a_chat_page_that_fails_leaves_the_api_serving(
    runtime, real_settings: Settings, monkeypatch: pytest.MonkeyPatch  # type: ignore[no-untyped-def]
) -> None:
    def broken(app: Any, settings: Settings) -> Any:
        raise ImportError("gradio is broken")

    monkeypatch.setattr(ui.server, "_build_ui", broken)
    with TestClient(ui.server.create_server_app(real_settings)) as client:
        _until(client, "error")
        assert client.post("/api/ask", json={"question": "人社局参与了多少条举措"}).json()["count"] > 0
        page = client.get("/")
        assert page.status_code == 500 and "启动失败" in page.text and "refresh" not in page.text


def test_preparing_answers_builds_what_the_first_plain_question_would(runtime) -> None:  # type: ignore[no-untyped-def]
    """Right after it reports ready the server prepares its answers: afterwards a first plain question finds the
    asked-question memory built for its retriever (1.4 s of the first answer otherwise)."""
    from dataclasses import replace

    from assistant.plain import asked
    from assistant.runtime import prepare_answers
    from index.search import Retriever

    old = runtime.retriever
    fresh = replace(runtime, retriever=Retriever(old.index, old.tokenizer, old.embedder))
    key = (id(fresh.retriever), frozenset())
    assert key not in asked._indexes
    prepare_answers(fresh)
    try:
        assert key in asked._indexes
    finally:
        asked._indexes.pop(key, None)


def test_the_server_prepares_its_answers_once_ready(runtime, real_settings: Settings,  # type: ignore[no-untyped-def]
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    import assistant.serving.api as api

    prepared = threading.Event()
    monkeypatch.setattr(api, "prepare_answers", lambda rt: prepared.set())
    with TestClient(api.create_app(real_settings)) as client:
        deadline = time.time() + 60
        while client.get("/api/health").json().get("status") != "ready" and time.time() < deadline:
            time.sleep(0.05)
        assert prepared.wait(30)


def test_with_the_chat_page_the_answers_are_prepared_once_it_has_started(  # type: ignore[no-untyped-def]
    runtime, real_settings: Settings, monkeypatch: pytest.MonkeyPatch
) -> None:
    import assistant.serving.api as api

    release, prepared, ui_then = threading.Event(), threading.Event(), []
    real_build = ui.server._build_ui

    def slow_build(app: Any, settings: Settings) -> Any:
        release.wait(60)
        return real_build(app, settings)

    def prepare(rt: Any) -> None:
        ui_then.append(app.state.ui)
        prepared.set()

    monkeypatch.setattr(ui.server, "_build_ui", slow_build)
    monkeypatch.setattr(api, "prepare_answers", prepare)
    app = ui.server.create_server_app(real_settings)
    with TestClient(app) as client:
        _until(client, "loading")
        assert not prepared.wait(1)  # not while Gradio is still starting
        release.set()
        _until(client, "ready")
        assert prepared.wait(30) and ui_then == ["ready"]
