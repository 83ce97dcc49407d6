"""/redoc from the ReDoc bundle shipped in ``fastapi-offline``, without the one image it fetches from a CDN.

The bundle's "powered by" badge loads ``https://cdn.redoc.ly/redoc/logo-mini.svg``; the page is served with
that address replaced by an empty inline image, so the docs make no request beyond this server.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from fastapi import FastAPI
from fastapi.openapi.docs import get_redoc_html
from fastapi.responses import HTMLResponse, Response

CDN_LOGO = "https://cdn.redoc.ly/redoc/logo-mini.svg"
EMPTY_IMAGE = "data:image/svg+xml,%3Csvg xmlns='http://www.w3.org/2000/svg'/%3E"
SCRIPT_URL = "/redoc-assets/redoc.standalone.js"


@lru_cache(maxsize=1)
def _redoc_bundle() -> bytes:
    import fastapi_offline

    bundle = Path(fastapi_offline.__file__).parent / "static" / "redoc.standalone.js"
    return bundle.read_text(encoding="utf-8").replace(CDN_LOGO, EMPTY_IMAGE).encode("utf-8")


def add_redoc(app: FastAPI, path: str = "/redoc") -> None:
    @app.get(SCRIPT_URL, include_in_schema=False)
    def redoc_script() -> Response:
        return Response(_redoc_bundle(), media_type="application/javascript")

    @app.get(path, include_in_schema=False)
    def redoc_page() -> HTMLResponse:
        return get_redoc_html(openapi_url=app.openapi_url or "/openapi.json", title=f"{app.title} - ReDoc",
                              redoc_js_url=SCRIPT_URL, with_google_fonts=False,
                              redoc_favicon_url="/static-offline-docs/favicon.png")
