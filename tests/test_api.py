"""The API over real HTTP against a started server (not an in-process client)."""

from __future__ import annotations

import json
import subprocess
import sys

import httpx
import pytest

from eval.server_process import start_server


def test_health_is_ready(server_url: str) -> None:
    body = httpx.get(f"{server_url}/api/health").json()
    assert body["status"] == "ready" and body["measures"] == 384 and body["degraded"] is False


def test_ask_matches_the_cli_contract(server_url: str, corpus) -> None:  # type: ignore[no-untyped-def]
    r = httpx.post(f"{server_url}/api/ask", json={"question": "哪些举措由市税务局牵头且6月到期"}, timeout=30)
    assert r.status_code == 200
    body = r.json()
    assert set(body) >= {"answer", "citations", "count", "understood", "results", "mode", "degraded", "timings_ms", "state"}
    expected = sorted(m.number for m in corpus.measures if m.lead_unit == "市税务局" and m.deadline.month == 6)
    assert body["citations"] == expected and body["count"] == len(expected)
    assert set(body["results"][0]) >= {"measure", "label", "snippet", "units", "lead_unit", "deadline", "score"}
    follow = httpx.post(f"{server_url}/api/ask", json={"question": "那人社局呢？", "context": body}, timeout=30).json()
    assert follow["citations"] == sorted(m.number for m in corpus.measures if m.lead_unit == "市人力资源社会保障局" and m.deadline.month == 6)


def test_search_matches_the_cli_contract(server_url: str) -> None:
    hits = httpx.get(f"{server_url}/api/search", params={"q": "中介服务超市", "k": 3, "mode": "bm25"}).json()
    assert isinstance(hits, list) and len(hits) == 3
    assert set(hits[0]) >= {"rank", "chunk_id", "measure", "label", "score", "text", "retrievers"}
    assert hits[0]["measure"] == 20 and hits[0]["retrievers"] == ["bm25"]


def test_measure_record_and_browsing(server_url: str, corpus) -> None:  # type: ignore[no-untyped-def]
    m96 = httpx.get(f"{server_url}/api/measures/96").json()
    assert m96["label"] == "【第96条】" and m96["lead_unit"] == "市税务局"
    listed = httpx.get(f"{server_url}/api/measures", params={"lead_unit": "税务局", "month": 6}).json()
    assert [m["number"] for m in listed["measures"]] == [6, 98, 99, 100] and listed["count"] == 4
    ongoing = httpx.get(f"{server_url}/api/measures", params={"unit": "人社局", "ongoing": "true"}).json()
    assert ongoing["count"] == sum(1 for m in corpus.measures if "市人力资源社会保障局" in m.units and m.deadline.ongoing)
    marked = httpx.get(f"{server_url}/api/measures", params={"marker": "◎"}).json()
    assert [m["number"] for m in marked["measures"]] == [121, 202, 269, 273]
    by_indicator = httpx.get(f"{server_url}/api/measures", params={"level2": 50}).json()
    assert by_indicator["count"] == 7


def test_indicators_and_units(server_url: str) -> None:
    indicators = httpx.get(f"{server_url}/api/indicators").json()
    assert len(indicators) == 126
    units = httpx.get(f"{server_url}/api/units").json()
    tax = next(u for u in units if u["name"] == "市税务局")
    assert "税务局" in tax["short"] and tax["measures"] > 30


@pytest.mark.parametrize(
    ("method", "path", "kwargs", "status"),
    [
        ("post", "/api/ask", {"json": {"question": ""}}, 422),
        ("post", "/api/ask", {"json": {"question": "  ？？！ "}}, 422),
        ("post", "/api/ask", {"json": {"question": "问" * 501}}, 422),
        ("post", "/api/ask", {"content": b"{not json", "headers": {"content-type": "application/json"}}, 422),
        ("post", "/api/ask", {"json": {"wrong": "field"}}, 422),
        ("get", "/api/search", {"params": {"q": "纳税", "k": 0}}, 422),
        ("get", "/api/search", {"params": {"q": "纳税", "k": 101}}, 422),
        ("get", "/api/search", {"params": {"q": "纳税", "mode": "nope"}}, 422),
        ("get", "/api/measures/999", {}, 404),
        ("get", "/api/measures/abc", {}, 422),
        ("get", "/api/measures", {"params": {"unit": "火星局"}}, 422),
        ("get", "/api/measures", {"params": {"month": 13}}, 422),
        ("get", "/api/nothing-here", {}, 404),
        ("get", "/api/ask", {}, 405), ("delete", "/api/health", {}, 405),
        ("get", "/api/measures", {"params": {"marker": "X"}}, 422),
    ],
)
def test_errors_are_json_with_a_clear_message(server_url: str, method: str, path: str, kwargs: dict, status: int) -> None:
    r = getattr(httpx, method)(f"{server_url}{path}", timeout=30, **kwargs)
    assert r.status_code == status
    body = r.json()
    assert body["error"]["code"] == status and body["error"]["message"]
    assert "Traceback" not in r.text and 'File "' not in r.text


def test_openai_client_non_streaming(server_url: str, corpus) -> None:  # type: ignore[no-untyped-def]
    from openai import OpenAI

    client = OpenAI(base_url=f"{server_url}/v1", api_key="not-needed-on-loopback")
    reply = client.chat.completions.create(
        model="policyqa", messages=[{"role": "user", "content": "获得信贷有哪些举措"}]
    )
    content = reply.choices[0].message.content or ""
    assert reply.choices[0].message.role == "assistant"
    cited = {int(n) for n in __import__("re").findall(r"【第(\d+)条】", content)}
    assert cited == {m.number for m in corpus.measures if m.level1.number == 9}


def test_openai_client_streaming_with_a_follow_up(server_url: str, corpus) -> None:  # type: ignore[no-untyped-def]
    from openai import OpenAI

    client = OpenAI(base_url=f"{server_url}/v1", api_key="x")
    stream = client.chat.completions.create(
        model="policyqa",
        stream=True,
        messages=[
            {"role": "system", "content": "你是助手"},
            {"role": "user", "content": "哪些举措由市税务局牵头"},
            {"role": "assistant", "content": "（上一轮回答）"},
            {"role": "user", "content": "其中哪些6月到期？"},
        ],
    )
    text = "".join(chunk.choices[0].delta.content or "" for chunk in stream if chunk.choices)
    assert "【第98条】" in text and "【第96条】" not in text


def test_token_is_enforced_beyond_loopback(runtime, real_settings) -> None:  # type: ignore[no-untyped-def]
    proc, base = start_server(real_settings.index_dir, host="0.0.0.0", token="s3cret")
    try:
        assert httpx.get(f"{base}/api/health").status_code == 401
        assert httpx.get(f"{base}/api/measures/1", headers={"Authorization": "Bearer wrong"}).status_code == 401
        ok = httpx.get(f"{base}/api/measures/1", headers={"Authorization": "Bearer s3cret"})
        assert ok.status_code == 200 and ok.json()["number"] == 1
        feedback = {"question": "第1条", "verdict": "up", "answer": "文本"}
        assert httpx.post(f"{base}/api/feedback", json=feedback).status_code == 401
        assert httpx.get(f"{base}/api/feedback").status_code == 401
        auth = {"Authorization": "Bearer s3cret"}
        assert httpx.post(f"{base}/api/feedback", json=feedback, headers=auth).status_code == 201
    finally:
        proc.terminate()
        proc.wait(timeout=30)


def test_server_refuses_a_non_loopback_bind_without_token() -> None:
    env_free = {"PATH": "/usr/bin:/bin"}
    result = subprocess.run(
        [sys.executable, "-m", "assistant", "serve", "--host", "0.0.0.0", "--port", "1"],
        capture_output=True, text=True, timeout=120, env={**env_free, "HOME": "/tmp"},
    )
    assert result.returncode == 2 and "POLICYQA_API_TOKEN" in result.stderr
    assert "Traceback" not in result.stderr
    json.dumps(result.stderr)  # printable
