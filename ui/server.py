"""``policyqa serve``: one process with the API under /api, the OpenAI-compatible /v1, docs at /docs,
and the chat at /. Registered through the "policyqa.commands" entry point.

Importing Gradio takes ~2.5 s on 2 cores, most of a start-up. The API therefore starts answering as soon as
the index is loaded (``/api/health`` says ``ready``), while Gradio is imported and the chat page built in a
worker thread; until it is mounted, ``/`` shows a page that reloads itself, and ``/api/health`` reports
``"ui": "loading"`` (then ``ready``, or ``error`` with the API still serving).
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import logging
import sys
import threading
from collections.abc import AsyncIterator
from typing import Any

from assistant.settings import Settings

log = logging.getLogger(__name__)
LOADING_PAGE = """<!doctype html><html lang="zh-CN"><head><meta charset="utf-8">
<meta http-equiv="refresh" content="1"><title>policyqa 正在启动</title></head>
<body style="font-family:system-ui,sans-serif;margin:3em">
<p>资阳营商环境政策问答助手正在启动，页面稍后自动刷新……</p>
<p>The chat page is starting; this page reloads itself. The API (<a href="/docs">/docs</a>) already answers.</p>
</body></html>"""
FAILED_PAGE = """<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>policyqa</title></head>
<body style="font-family:system-ui,sans-serif;margin:3em">
<p>聊天界面启动失败（原因见服务日志）；API 仍可使用：<a href="/docs">/docs</a>。</p>
<p>The chat page failed to start (see the server log); the API still answers: <a href="/docs">/docs</a>.</p>
</body></html>"""


def _build_ui(app: Any, settings: Settings) -> Any:
    """Import Gradio, build the chat page and mount it at ``/`` (a worker thread); returns Gradio's app."""
    import gradio as gr

    from ui.app import build_ui
    from ui.assets import CSS, HEAD

    theme = gr.themes.Default(font=["system-ui", "sans-serif"], font_mono=["monospace"])  # no web fonts: offline
    gr.mount_gradio_app(app, build_ui(settings), path="/", ssr_mode=False, theme=theme, css=CSS, head=HEAD,
                        footer_links=["api"])
    return app.routes[-1].app  # the mount just added


async def _serve_ui(app: Any, settings: Settings, placeholder: Any, stop: asyncio.Event,
                    settled: threading.Event) -> None:
    import anyio.to_thread

    try:
        gradio_app = await anyio.to_thread.run_sync(_build_ui, app, settings)
        # what mount_gradio_app would have run at start-up: Gradio's own lifespan and its queue
        async with gradio_app.router.lifespan_context(gradio_app):
            blocks = gradio_app.get_blocks()
            blocks.run_startup_events()
            await blocks.run_extra_startup_events()
            app.router.routes.remove(placeholder)  # "/" now reaches the chat page
            app.state.ui = "ready"
            settled.set()
            await stop.wait()
    except Exception as err:  # the API keeps serving without the chat page
        app.state.ui = "error"
        log.error("the chat page could not start: %s", err)
    finally:
        settled.set()  # the API prepares its answers now


def create_server_app(settings: Settings):  # type: ignore[no-untyped-def]
    from fastapi.responses import HTMLResponse

    from assistant.serving.api import create_app

    settled = threading.Event()  # the chat page mounted or failed: the API's answers are prepared after it
    app = create_app(settings, prepare_when=settled)
    app.state.ui = "loading"

    @app.get("/", include_in_schema=False)
    def loading() -> HTMLResponse:
        if app.state.ui == "error":
            return HTMLResponse(FAILED_PAGE, 500, headers={"Cache-Control": "no-store"})
        return HTMLResponse(LOADING_PAGE, 503, headers={"Retry-After": "1", "Cache-Control": "no-store"})

    placeholder = next(r for r in app.router.routes if getattr(r, "endpoint", None) is loading)
    api_lifespan = app.router.lifespan_context

    @contextlib.asynccontextmanager
    async def lifespan(a: Any) -> AsyncIterator[Any]:
        async with api_lifespan(a) as state:
            stop = asyncio.Event()
            task = asyncio.create_task(_serve_ui(app, settings, placeholder, stop, settled))
            try:
                yield state
            finally:
                stop.set()
                with contextlib.suppress(asyncio.CancelledError):
                    await asyncio.wait_for(task, timeout=10)

    app.router.lifespan_context = lifespan
    return app


def cmd_serve(settings: Settings, args: argparse.Namespace) -> int:
    import uvicorn

    from assistant.serving.api import is_loopback

    settings = settings.with_overrides(host=args.host, port=args.port)
    if not is_loopback(settings.host) and not settings.api_token:
        print(
            f"拒绝在 {settings.host} 上启动：非本机地址必须设置 POLICYQA_API_TOKEN / refusing to bind "
            f"{settings.host} without POLICYQA_API_TOKEN",
            file=sys.stderr,
        )
        return 2
    logging.getLogger("httpx").setLevel(logging.WARNING)
    print(f"policyqa: 打开 http://{settings.host}:{settings.port}/ （API 文档：/docs）", flush=True)
    uvicorn.run(create_server_app(settings), host=settings.host, port=settings.port, log_level="warning")
    return 0


def register(sub: Any) -> None:
    serve = sub.add_parser("serve", help="start the API and the chat page")
    serve.add_argument("--host", help="bind address (default 127.0.0.1; others need POLICYQA_API_TOKEN)")
    serve.add_argument("--port", type=int, help="port (default 8000)")
    serve.set_defaults(func=cmd_serve)
