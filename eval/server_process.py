"""`policyqa serve` started as a child process on loopback, for the API tests and the load test."""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def start_server(
    index_dir: Path, host: str = "127.0.0.1", token: str | None = None, feedback_db: Path | None = None,
    wait_for_ui: bool = True,
) -> tuple[subprocess.Popen[str], str]:
    """`policyqa serve` in a subprocess on a free port; returns (process, base URL) once /api/health is ready
    (and, with ``wait_for_ui``, once the chat page is mounted too).
    ``feedback_db`` defaults to a file beside the index, so a test never writes the project's own store."""
    port = free_port()
    env = {**os.environ, "POLICYQA_INDEX_DIR": str(index_dir), "HF_HUB_OFFLINE": "1",
           "POLICYQA_FEEDBACK_DB": str(feedback_db or index_dir.parent / "feedback.sqlite3")}
    env.pop("POLICYQA_API_TOKEN", None)
    if token:
        env["POLICYQA_API_TOKEN"] = token
    proc = subprocess.Popen(
        [sys.executable, "-m", "assistant", "serve", "--host", host, "--port", str(port)],
        env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
    )
    base = f"http://127.0.0.1:{port}"
    deadline = time.time() + 180
    while time.time() < deadline:
        if proc.poll() is not None:
            raise RuntimeError(f"server exited: {proc.stdout.read() if proc.stdout else ''}")
        try:
            request = urllib.request.Request(base + "/api/health", headers={"Authorization": f"Bearer {token}"})
            with urllib.request.urlopen(request, timeout=2) as response:
                body = json.loads(response.read() or b"{}")
                if response.status == 200 and (not wait_for_ui or body.get("ui") != "loading"):
                    return proc, base
        except (OSError, ValueError):
            pass
        time.sleep(0.05)
    proc.kill()
    raise RuntimeError("server did not become ready")
