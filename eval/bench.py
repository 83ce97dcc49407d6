"""Benchmark: prints build time, load time, search and ask latency (p50/p95, warm) per mode, peak RSS,
whole-process wall time and peak RSS per command (`policyqa ask`, `search --mode bm25`, `serve` until
ready), and a bounded load test of the HTTP server on loopback. Figures, not pass/fail: `make bench`.

    python -m eval.bench [--skip-build] [--skip-load-test] [--json]
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

from assistant.answer import ask
from assistant.normalize import normalize_question
from assistant.runtime import get_runtime
from assistant.settings import Settings, settings_from_env
from eval.gold import load_gold
from eval.metrics import percentile
from index.search import MODES, search

GOLD = Path(__file__).parent / "gold" / "dev.jsonl"


def bench_questions(settings: Settings) -> list[str]:
    """≥200 distinct questions: the dev set plus one list question per level-2 indicator."""
    questions = [item.question for item in load_gold(GOLD)]
    corpus = get_runtime(settings).corpus
    questions += [f"{i.name}方面有哪些举措" for i in corpus.level2()]
    return list(dict.fromkeys(questions))


def timed_build(settings: Settings) -> dict[str, float]:
    with tempfile.TemporaryDirectory() as tmp:
        env = {**os.environ, "POLICYQA_INDEX_DIR": str(Path(tmp) / "index")}
        started = time.perf_counter()
        subprocess.run([sys.executable, "-m", "assistant", "build", "--quiet"], env=env, check=True,
                       stdout=subprocess.DEVNULL)
        total = time.perf_counter() - started
        manifest = json.loads((Path(tmp) / "index" / "manifest.json").read_text(encoding="utf-8"))
    return {"build_total_s": round(total, 2), "build_index_s": manifest["build_seconds"]}


_LOAD_PHASES = """
import json, time
t0 = time.perf_counter()
from assistant.settings import settings_from_env
from assistant.runtime import _model_folder, cached_corpus, get_runtime, warm_up
from index.store import load_index
t1 = time.perf_counter()
settings = settings_from_env()
corpus = cached_corpus(settings)
t2 = time.perf_counter()
load_index(corpus, settings.index_dir, _model_folder(settings))
t3 = time.perf_counter()
runtime = get_runtime(settings)
t4 = time.perf_counter()
warm_up(runtime)
t5 = time.perf_counter()
print(json.dumps({"imports_s": t1 - t0, "corpus_s": t2 - t1, "index_load_s": t3 - t2,
                  "runtime_s": t4 - t3, "query_encoder_s": t5 - t4}))
"""

# whole processes, as a clerk or an evaluation script runs them (wall and peak RSS, median of 3 after a warm-up)
COMMANDS = {
    "ask (structured question)": ["ask", "哪些举措由市税务局牵头且6月到期"],
    "ask (plain question)": ["ask", "二手房过户要几天"],
    "search --mode bm25": ["search", "办电要多久", "--mode", "bm25"],
}


def whole_process(settings: Settings, runs: int = 3) -> dict[str, dict[str, float | None]]:
    env = {**os.environ, "POLICYQA_INDEX_DIR": str(settings.index_dir)}
    gnu_time = Path("/usr/bin/time")
    out: dict[str, dict[str, float | None]] = {}
    for label, args in COMMANDS.items():
        samples = []
        for _ in range(runs + 1):  # the first run warms the page cache
            command = [sys.executable, "-m", "assistant", *args]
            if gnu_time.exists():
                command = [str(gnu_time), "-f", "%e %M", *command]
            done = subprocess.run(command, env=env, capture_output=True, text=True)
            wall, rss = (done.stderr.strip().splitlines() or ["0 0"])[-1].split()[:2]
            samples.append((float(wall), int(rss) / 1024))
        samples = sorted(samples[1:])
        middle = samples[len(samples) // 2]
        out[label] = {"wall_s": round(middle[0], 2), "peak_rss_mb": round(middle[1], 1) if gnu_time.exists() else None}
    out.update(serve_ready(settings))
    return out


def serve_ready(settings: Settings) -> dict[str, dict[str, float | None]]:
    """Seconds until /api/health says ready (the API answers), and until the chat page is mounted too."""
    from eval.server_process import start_server

    out: dict[str, dict[str, float | None]] = {}
    for label, wait_for_ui in (("serve until API ready", False), ("serve until chat page ready", True)):
        started = time.perf_counter()
        proc, _base = start_server(settings.index_dir, wait_for_ui=wait_for_ui)
        wall = time.perf_counter() - started
        out[label] = {"wall_s": round(wall, 2), "peak_rss_mb": _vm_hwm(proc.pid)}
        proc.terminate()
        proc.wait(timeout=30)
    return out


def timed_load(settings: Settings) -> dict[str, float]:
    """A fresh process, phase by phase: imports, corpus parse, model load, index load and verification."""
    env = {**os.environ, "POLICYQA_INDEX_DIR": str(settings.index_dir)}
    out = subprocess.run([sys.executable, "-c", _LOAD_PHASES], env=env, check=True, capture_output=True, text=True)
    phases = json.loads(out.stdout.strip().splitlines()[-1])
    return {k: round(v, 2) for k, v in phases.items()}


def latencies(settings: Settings, questions: list[str]) -> dict[str, dict[str, float]]:
    rt = get_runtime(settings)
    out = {}
    for mode in MODES:
        rt.retriever._query_cache.clear()  # every question embeds afresh: no cache hits
        times = []
        for q in questions:
            started = time.perf_counter()
            search(rt.retriever, normalize_question(q), k=10, mode=mode)
            times.append((time.perf_counter() - started) * 1000)
        out[f"search_{mode}"] = summary(times)
    rt.retriever._query_cache.clear()
    times = []
    for q in questions:
        started = time.perf_counter()
        ask(rt, q)
        times.append((time.perf_counter() - started) * 1000)
    out["ask"] = summary(times)
    return out


def summary(times: list[float]) -> dict[str, float]:
    return {"n": len(times), "p50_ms": round(percentile(times, 50), 1), "p95_ms": round(percentile(times, 95), 1)}


def load_test(settings: Settings, questions: list[str], clients: int = 20, per_client: int = 50) -> dict[str, Any]:
    """20 concurrent clients × 50 mixed questions against `policyqa serve` on loopback; bounded."""
    import httpx

    from eval.server_process import start_server  # the same start-up helper the API tests use

    proc, base = start_server(settings.index_dir)
    try:
        def client(index: int) -> list[tuple[float, bool]]:
            results = []
            with httpx.Client(base_url=base, timeout=60) as http:
                for j in range(per_client):
                    question = questions[(index * per_client + j) % len(questions)]
                    started = time.perf_counter()
                    try:
                        ok = http.post("/api/ask", json={"question": question}).status_code == 200
                    except httpx.HTTPError:
                        ok = False
                    results.append(((time.perf_counter() - started) * 1000, ok))
            return results

        started = time.perf_counter()
        with ThreadPoolExecutor(max_workers=clients) as pool:
            results = [r for batch in pool.map(client, range(clients)) for r in batch]
        wall = time.perf_counter() - started
        rss = _vm_hwm(proc.pid)
    finally:
        proc.terminate()
        proc.wait(timeout=30)
    times = [t for t, _ in results]
    return {
        "requests": len(results), "errors": sum(1 for _, ok in results if not ok),
        "p50_ms": round(percentile(times, 50), 1), "p95_ms": round(percentile(times, 95), 1),
        "throughput_rps": round(len(results) / wall, 1), "server_peak_rss_mb": rss,
    }


def _vm_hwm(pid: int) -> float | None:
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return round(int(line.split()[1]) / 1024, 1)
    except OSError:
        return None
    return None


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--skip-build", action="store_true")
    parser.add_argument("--skip-load-test", action="store_true")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    settings = settings_from_env()
    figures: dict[str, Any] = {}
    if not args.skip_build:
        figures.update(timed_build(settings))
    get_runtime(settings)  # builds the index if it is missing
    figures.update(timed_load(settings))
    questions = bench_questions(settings)
    figures["latency"] = latencies(settings, questions)
    figures["whole_process"] = whole_process(settings)
    figures["bench_peak_rss_mb"] = round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)
    if not args.skip_load_test:
        figures["load_test"] = load_test(settings, questions)
    if args.json:
        print(json.dumps(figures, ensure_ascii=False, indent=2))
        return
    for key, value in figures.items():
        if isinstance(value, dict) and key == "latency":
            for name, row in value.items():
                print(f"{name:<16} n={row['n']}  p50={row['p50_ms']} ms  p95={row['p95_ms']} ms")
        elif isinstance(value, dict) and key == "whole_process":
            for name, row in value.items():
                print(f"{name:<28} wall {row['wall_s']} s  peak RSS {row['peak_rss_mb']} MB")
        elif isinstance(value, dict):
            print(f"{key}: " + ", ".join(f"{k}={v}" for k, v in value.items()))
        else:
            print(f"{key}: {value}")


if __name__ == "__main__":
    main()
