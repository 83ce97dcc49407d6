"""``policyqa serve``: one process with the API under /api, the OpenAI-compatible /v1, docs at /docs,
and the chat at /. Registered through the "policyqa.commands" entry point."""

from __future__ import annotations

import argparse
import logging
import sys
from typing import Any

from assistant.settings import Settings


def create_server_app(settings: Settings):  # type: ignore[no-untyped-def]
    import gradio as gr

    from assistant.serving.api import create_app
    from ui.app import build_ui
    from ui.assets import CSS, HEAD

    app = create_app(settings)
    theme = gr.themes.Default(font=["system-ui", "sans-serif"], font_mono=["monospace"])  # no web fonts: offline
    return gr.mount_gradio_app(app, build_ui(settings), path="/", ssr_mode=False, theme=theme, css=CSS, head=HEAD,
                               footer_links=["api"])


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
