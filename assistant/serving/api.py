"""FastAPI service: each route is one library call; pydantic models only here, at the edge.

Errors are JSON ({"error": {"message", "type", "code"}}) in Chinese and English; no stack trace ever
reaches a client. Bound beyond loopback, every API route needs ``Authorization: Bearer <token>``.
"""

from __future__ import annotations

import ipaddress
import logging
import threading
from contextlib import asynccontextmanager
from typing import Any, Literal

from fastapi import FastAPI, Query, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, StreamingResponse
from fastapi.routing import APIRoute
from fastapi_offline import FastAPIOffline
from pydantic import BaseModel, Field
from starlette.exceptions import HTTPException as StarletteHTTPException

from assistant.filters import MeasureFilter, filter_measures
from assistant.runtime import Runtime, get_runtime, prepare_answers, warm_up
from assistant.serving import chat
from assistant.serving.docs import add_redoc
from assistant.serving.feedback import FeedbackStore
from assistant.serving.service import ask_json, search_json
from assistant.settings import Settings
from assistant.understanding import DeadlineCondition, UnitCondition
from corpus.errors import NotFoundError, PolicyQAError, QuestionError, error_body, http_status
from corpus.serialize import indicator_dict, measure_dict
from corpus.table import MARKER_SYMBOLS
from corpus.units import load_catalog

log = logging.getLogger(__name__)
PROTECTED = ("/api/", "/v1/")
WORKER_THREADS = 8


class AskRequest(BaseModel):
    question: str = Field(description="问题（1–500字）")
    context: dict[str, Any] | None = Field(default=None, description="上一轮回答的 JSON（或其中的 state），用于追问")


class FeedbackRequest(BaseModel):
    question: str = Field(min_length=1, max_length=2000, description="被评价的问题")
    verdict: Literal["up", "down"] = Field(description="up = 👍, down = 👎")
    comment: str | None = Field(default=None, max_length=1000, description="可选的说明")
    answer: str | dict[str, Any] | None = Field(
        default=None, description="回答文本，或 /api/ask 返回的 JSON（其中的条件与引用一并保存）"
    )


class ChatMessage(BaseModel):
    role: Literal["system", "user", "assistant", "tool", "developer"]
    content: str | list[dict[str, Any]] | None = None


class ChatRequest(BaseModel):
    model: str = "policyqa"
    messages: list[ChatMessage]
    stream: bool = False


def is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def create_app(settings: Settings, prepare_when: threading.Event | None = None) -> FastAPI:
    """The API. Once ready it prepares its answers (``prepare_answers``), after ``prepare_when`` is set when one is
    given (the chat page's start-up: both at once slow each other on 2 cores), or two minutes at most."""
    ready = threading.Event()
    state: dict[str, Any] = {}

    def load() -> None:
        try:
            state["runtime"] = get_runtime(settings)
            warm_up(state["runtime"])
        except PolicyQAError as err:  # reported by /api/health, never a crash
            state["error"] = err.message
            log.error("start-up failed: %s", err.message)
        finally:
            ready.set()
        if "runtime" in state:
            if prepare_when is not None:
                prepare_when.wait(120)
            try:  # after ready: a question asked meanwhile builds what it needs itself, as without the warm-up
                prepare_answers(state["runtime"])
            except Exception as err:  # noqa: BLE001 - a warm-up that fails costs only the first answer's speed
                log.warning("warming up the answers failed: %s", err)

    @asynccontextmanager
    async def lifespan(app: FastAPI):  # type: ignore[no-untyped-def]
        import anyio.to_thread

        # sync routes run in a thread pool; on 2 cores 8 threads keep up, and far fewer threads than the
        # default 40 keep memory down (each thread grows its own allocator arena under load)
        anyio.to_thread.current_default_thread_limiter().total_tokens = WORKER_THREADS
        threading.Thread(target=load, name="policyqa-load", daemon=True).start()
        yield

    # Swagger UI and ReDoc from the package's own files, never a CDN: /docs and /redoc work offline
    app = FastAPIOffline(title="policyqa", description="资阳营商环境政策问答助手 API", lifespan=lifespan, redoc_url=None)
    add_redoc(app)
    app.state.require_token = not is_loopback(settings.host)

    def runtime() -> Runtime:
        if not ready.wait(timeout=120) or "runtime" not in state:
            raise PolicyQAError(state.get("error", "服务正在加载 / the service is still loading"))
        return state["runtime"]  # type: ignore[no-any-return]

    @app.middleware("http")
    async def bearer_token(request: Request, call_next):  # type: ignore[no-untyped-def]
        if app.state.require_token and request.url.path.startswith(PROTECTED):
            expected = f"Bearer {settings.api_token}"
            if request.headers.get("authorization") != expected:
                return JSONResponse(
                    error_body("需要有效的访问令牌 / a valid bearer token is required", "unauthorized", 401), 401
                )
        return await call_next(request)

    @app.exception_handler(PolicyQAError)
    async def on_policyqa_error(request: Request, err: PolicyQAError) -> JSONResponse:
        status = http_status(err) if type(err) is not PolicyQAError else 503
        return JSONResponse(error_body(err.message, type(err).__name__, status), status)

    @app.exception_handler(RequestValidationError)
    async def on_validation(request: Request, err: RequestValidationError) -> JSONResponse:
        details = "; ".join(f"{'.'.join(map(str, e.get('loc', ())))}: {e.get('msg')}" for e in err.errors())
        return JSONResponse(error_body(f"请求参数有误 / invalid request: {details}", "invalid_request", 422), 422)

    @app.exception_handler(StarletteHTTPException)
    async def on_http(request: Request, err: StarletteHTTPException) -> JSONResponse:
        return JSONResponse(error_body(f"{err.detail}", "http_error", err.status_code), err.status_code)

    @app.exception_handler(Exception)
    async def on_unexpected(request: Request, err: Exception) -> JSONResponse:
        log.exception("unexpected error on %s", request.url.path)
        return JSONResponse(error_body("服务内部错误 / internal server error", "internal_error", 500), 500)

    @app.get("/api/health")
    def health() -> JSONResponse:
        if not ready.is_set():
            return JSONResponse({"status": "loading"}, 503)
        if "runtime" not in state:
            return JSONResponse({"status": "error", "message": state.get("error")}, 503)
        rt: Runtime = state["runtime"]
        manifest = rt.retriever.index.manifest
        return JSONResponse({
            "status": "ready", "measures": len(rt.corpus.measures), "chunks": manifest.get("chunk_count"),
            "model": manifest.get("model"), "degraded": rt.degraded, "index_built_at": manifest.get("built_at"),
            "ui": getattr(app.state, "ui", "none"),  # the chat page: loading | ready | error | none (API only)
        })

    @app.post("/api/ask")
    def api_ask(body: AskRequest) -> dict[str, Any]:
        runtime()
        return ask_json(settings, body.question, body.context)

    @app.get("/api/search")
    def api_search(
        q: str = Query(..., description="查询"), k: int = Query(10), mode: str = Query("hybrid")
    ) -> list[dict[str, Any]]:
        runtime()
        hits: list[dict[str, Any]] = search_json(settings, q, k, mode)["hits"]
        return hits

    @app.get("/api/measures/{number}")
    def api_measure(number: int) -> dict[str, Any]:
        m = runtime().corpus.measure(number)
        if m is None:
            raise NotFoundError(f"没有第{number}条举措 / no measure {number}")
        return measure_dict(m)

    @app.get("/api/measures")
    def api_measures(
        unit: str | None = None, lead_unit: str | None = None, month: int | None = None, year: int | None = None,
        ongoing: bool | None = None, level1: int | None = None, level2: int | None = None, marker: str | None = None,
    ) -> dict[str, Any]:
        f = measure_filter(unit, lead_unit, month, year, ongoing, level1, level2, marker)
        measures = filter_measures(runtime().corpus, f)
        if ongoing is not None and (f.deadline is None or f.deadline.kind != "ongoing"):
            measures = [m for m in measures if m.deadline.ongoing == ongoing]
        return {"count": len(measures), "measures": [measure_dict(m) for m in measures]}

    @app.get("/api/indicators")
    def api_indicators() -> list[dict[str, Any]]:
        return [indicator_dict(i) for i in runtime().corpus.indicators]

    @app.get("/api/units")
    def api_units() -> list[dict[str, Any]]:
        used = {u for m in runtime().corpus.measures for u in m.units}
        return [
            {"name": u.name, "printed": list(u.printed), "short": list(u.short), "kind": u.kind,
             "measures": sum(1 for m in runtime().corpus.measures if u.name in m.units)}
            for u in load_catalog().units if u.name in used
        ]

    store = FeedbackStore(settings.feedback_db)

    @app.post("/api/feedback", status_code=201)
    def api_feedback(body: FeedbackRequest) -> dict[str, Any]:
        given = body.answer if isinstance(body.answer, dict) else None
        if given is None:  # record how the question is understood now, and what it cites
            runtime()
            given = ask_json(settings, body.question[: settings.max_question_chars], None)
        understood = given.get("understood") or {}
        text = body.answer if isinstance(body.answer, str) else str(given.get("answer", ""))
        citations = [int(c) for c in given.get("citations") or [] if str(c).isdigit()]
        return {"id": store.add(body.question, body.verdict, body.comment, text, understood.get("intent"),
                                list(understood.get("conditions") or []), citations)}

    @app.get("/api/feedback")
    def api_feedback_list(
        verdict: Literal["up", "down"] | None = None, limit: int = Query(50, ge=1, le=1000)
    ) -> list[dict[str, Any]]:
        return [item.to_json() for item in store.list(verdict, limit)]

    @app.get("/v1/models")
    def models() -> dict[str, Any]:
        return {"object": "list", "data": [{"id": "policyqa", "object": "model", "owned_by": "policyqa"}]}

    @app.post("/v1/chat/completions", response_model=None)
    def chat_completions(body: ChatRequest) -> dict[str, Any] | StreamingResponse:
        rt = runtime()
        messages: list[tuple[str, str]] = [(str(m.role), chat.text_of(m.content)) for m in body.messages]
        answer = chat.answer_messages(rt, messages)
        if body.stream:
            return StreamingResponse(chat.sse_chunks(answer, body.model), media_type="text/event-stream")
        return chat.completion(answer, body.model)

    @app.api_route("/api/{rest:path}", methods=["GET", "POST", "PUT", "DELETE", "PATCH"], include_in_schema=False)
    @app.api_route("/v1/{rest:path}", methods=["GET", "POST", "PUT", "DELETE", "PATCH"], include_in_schema=False)
    def unknown_route(rest: str, request: Request) -> JSONResponse:
        # the chat page is mounted at "/": without this, unknown API paths would get its HTML 404; a known path
        # asked with another method (GET /api/ask) is told which methods it takes
        allowed = sorted({m for r in app.routes if isinstance(r, APIRoute) and r.include_in_schema
                          and r.path_regex.match(request.url.path) for m in r.methods or ()})
        if allowed:
            message = f"该接口不支持 {request.method}，请用 {'/'.join(allowed)} / method not allowed"
            return JSONResponse(error_body(message, "method_not_allowed", 405), 405, headers={"Allow": ", ".join(allowed)})
        return JSONResponse(error_body("没有这个接口 / no such API route", "not_found", 404), 404)

    return app


def measure_filter(
    unit: str | None, lead_unit: str | None, month: int | None, year: int | None, ongoing: bool | None,
    level1: int | None, level2: int | None, marker: str | None,
) -> MeasureFilter:
    """Query parameters -> the same filter a question produces (aliases and short names accepted)."""
    catalog = load_catalog()
    units = []
    for name, role in ((unit, "any"), (lead_unit, "lead")):
        if name:
            canonical = catalog.canonical(name) or next((c for s, c in catalog.mentions() if s == name), None)
            if canonical is None:
                raise QuestionError(f"未知单位：{name} / unknown unit (see /api/units)")
            units.append(UnitCondition(canonical, role, name))
    deadline = None
    if month is not None and not 1 <= month <= 12:
        raise QuestionError("month 必须在 1–12 之间 / month must be 1..12")
    if month is not None:
        deadline = DeadlineCondition("month", year, month, month, f"{year or ''}{'年' if year else ''}{month}月")
    elif year is not None:
        deadline = DeadlineCondition("year", year, None, None, f"{year}年")
    elif ongoing is True:
        deadline = DeadlineCondition("ongoing", label="持续推进/动态调整", ongoing="yes")
    if marker is not None and (len(marker) != 1 or marker not in MARKER_SYMBOLS):
        raise QuestionError(f"未知标记：{marker} / unknown marker (one of {' '.join(MARKER_SYMBOLS)})")
    indicators = tuple(x for x in ((1, level1), (2, level2)) if x[1] is not None)
    return MeasureFilter(
        units=tuple(units), deadline=deadline, indicators=indicators,  # type: ignore[arg-type]
        markers=(marker,) if marker else (),
    )
