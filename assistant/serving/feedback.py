"""Feedback that is kept: 👍/👎 with an optional comment on an answer, stored in SQLite.

One row per verdict with the question, the understood conditions, the citations and the time. Phone
numbers and ID-card numbers are masked before anything is stored. The database is created on first use in
WAL mode with ``synchronous=FULL`` (a row acknowledged to a client survives ``kill -9``), and its schema
version is kept in ``PRAGMA user_version``. Every call opens its own connection, so concurrent requests
from the API's worker threads never share one.
"""

from __future__ import annotations

import json
import re
import sqlite3
import threading
import time
from dataclasses import asdict, dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from corpus.errors import PolicyQAError, QuestionError

SCHEMA_VERSION = 1
VERDICTS = ("up", "down")
MAX_COMMENT = 1000
MAX_ANSWER = 20_000
# 18-digit ID card numbers (last digit may be X), 15-digit old ones, mainland mobiles and landlines
ID_CARD = re.compile(r"(?<!\d)(?:\d{17}[\dXx]|\d{15})(?!\d)")
MOBILE = re.compile(r"(?<!\d)(?:\+?86[- ]?)?1[3-9]\d[- ]?\d{4}[- ]?\d{4}(?!\d)")
LANDLINE = re.compile(r"(?<!\d)0\d{2,3}[- ]?\d{7,8}(?!\d)")
PREPARE_ATTEMPTS = 50  # ~25 s of retries at most while other writers hold a new file
SCHEMA = """
CREATE TABLE IF NOT EXISTS feedback (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    created TEXT NOT NULL,
    question TEXT NOT NULL,
    verdict TEXT NOT NULL CHECK (verdict IN ('up', 'down')),
    comment TEXT,
    answer TEXT,
    intent TEXT,
    conditions TEXT NOT NULL,
    citations TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS feedback_verdict ON feedback (verdict, id);
"""


class FeedbackStoreError(PolicyQAError):
    """The feedback database cannot be opened or written (HTTP 500, exit code 1)."""


def mask(text: str) -> str:
    """"我的电话13812345678" -> "我的电话138****5678"; ID-card numbers keep their first 6 digits only."""
    text = ID_CARD.sub(lambda m: m.group(0)[:6] + "*" * (len(m.group(0)) - 6), text)
    text = MOBILE.sub(lambda m: _keep_ends(m.group(0), 3, 4), text)
    return LANDLINE.sub(lambda m: _keep_ends(m.group(0), 4, 2), text)


def _keep_ends(digits: str, head: int, tail: int) -> str:
    chars = list(digits)
    positions = [i for i, c in enumerate(chars) if c.isdigit()]
    for i in positions[head : len(positions) - tail]:
        chars[i] = "*"
    return "".join(chars)


@dataclass(frozen=True)
class Feedback:
    id: int
    created: str  # ISO 8601, UTC
    question: str
    verdict: str
    comment: str | None
    answer: str | None
    intent: str | None
    conditions: tuple[str, ...]
    citations: tuple[int, ...]

    def to_json(self) -> dict[str, Any]:
        out = asdict(self)
        out["conditions"], out["citations"] = list(self.conditions), list(self.citations)
        return out


def validate(question: str, verdict: str, comment: str | None) -> None:
    if not question or not question.strip():
        raise QuestionError("question 不能为空 / question is empty")
    if verdict not in VERDICTS:
        raise QuestionError("verdict 必须是 up 或 down / verdict must be 'up' or 'down'")
    if comment is not None and len(comment) > MAX_COMMENT:
        raise QuestionError(f"comment 过长（上限 {MAX_COMMENT} 字）/ comment too long")


class FeedbackStore:
    def __init__(self, path: Path) -> None:
        self.path = path
        self._ready = False
        self._lock = threading.Lock()

    def _prepare(self) -> None:
        """Once per store: the folder, WAL mode and the schema. Writers that each switched a new file to WAL
        and created the schema themselves failed with "database is locked" when they came at once (a 500 and
        a lost row through the API): the switch does not wait for other connections, so it is retried, and
        the schema is created in one transaction, which does."""
        with self._lock:
            if self._ready:
                return
            self.path.parent.mkdir(parents=True, exist_ok=True)
            for attempt in range(PREPARE_ATTEMPTS):
                try:
                    self._prepare_once()
                    break
                except sqlite3.OperationalError as err:
                    if "locked" not in str(err) or attempt == PREPARE_ATTEMPTS - 1:
                        raise
                    time.sleep(0.02 * (attempt + 1))
            self._ready = True

    def _prepare_once(self) -> None:
        conn = sqlite3.connect(self.path, timeout=30, isolation_level=None)
        try:
            if conn.execute("PRAGMA journal_mode").fetchone()[0] != "wal":
                conn.execute("PRAGMA journal_mode=WAL")
            version = conn.execute("PRAGMA user_version").fetchone()[0]
            if version > SCHEMA_VERSION:
                raise FeedbackStoreError(f"反馈库 {self.path} 的版本 {version} 比程序新 / feedback database is newer")
            if version < SCHEMA_VERSION:  # one transaction: another writer preparing the same file waits for it
                conn.executescript(f"BEGIN IMMEDIATE;{SCHEMA}PRAGMA user_version={SCHEMA_VERSION};COMMIT;")
        finally:
            conn.close()

    def _connect(self) -> sqlite3.Connection:
        try:
            self._prepare()
            conn = sqlite3.connect(self.path, timeout=30, isolation_level=None)
            conn.execute("PRAGMA synchronous=FULL")
            return conn
        except (sqlite3.Error, OSError) as err:
            raise FeedbackStoreError(f"无法打开反馈库 {self.path}：{err} / cannot open feedback database") from err

    def add(self, question: str, verdict: str, comment: str | None = None, answer: str | None = None,
            intent: str | None = None, conditions: list[str] | None = None, citations: list[int] | None = None) -> int:
        validate(question, verdict, comment)
        row = (
            datetime.now(UTC).isoformat(timespec="seconds"), mask(question.strip()), verdict,
            mask(comment) if comment else None, mask(answer[:MAX_ANSWER]) if answer else None, intent,
            json.dumps([mask(c) for c in conditions or []], ensure_ascii=False), json.dumps(list(citations or [])),
        )
        conn = self._connect()
        try:
            cur = conn.execute(
                "INSERT INTO feedback (created, question, verdict, comment, answer, intent, conditions, citations)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?)", row,
            )
            return int(cur.lastrowid or 0)
        except sqlite3.Error as err:
            raise FeedbackStoreError(f"无法写入反馈：{err} / cannot store feedback") from err
        finally:
            conn.close()

    def list(self, verdict: str | None = None, limit: int = 50) -> list[Feedback]:
        if verdict is not None and verdict not in VERDICTS:
            raise QuestionError("verdict 必须是 up 或 down / verdict must be 'up' or 'down'")
        if not 1 <= limit <= 1000:
            raise QuestionError("limit 必须在 1 到 1000 之间 / limit must be 1..1000")
        conn = self._connect()
        try:
            where, params = ("WHERE verdict = ?", [verdict]) if verdict else ("", [])
            rows = conn.execute(
                f"SELECT id, created, question, verdict, comment, answer, intent, conditions, citations FROM feedback "
                f"{where} ORDER BY id DESC LIMIT ?", [*params, limit],
            ).fetchall()
        except sqlite3.Error as err:
            raise FeedbackStoreError(f"无法读取反馈：{err} / cannot read feedback") from err
        finally:
            conn.close()
        return [Feedback(r[0], r[1], r[2], r[3], r[4], r[5], r[6], tuple(json.loads(r[7])), tuple(json.loads(r[8])))
                for r in rows]


GOLD_TYPES = {"list": "filter", "count": "count", "lookup": "lookup", "leader": "indicator", "fact": "body",
              "body": "body", "topical": "topical"}


def gold_line(item: Feedback) -> dict[str, Any]:
    """A gold-format line for the team's evaluation set; `relevant` is left for a reviewer to fill in."""
    return {
        "id": f"fb-{item.id}", "type": GOLD_TYPES.get(item.intent or "", "topical"), "question": item.question,
        "relevant": [], "expected_count": None,
        "feedback": {"verdict": item.verdict, "comment": item.comment, "created": item.created,
                     "cited": list(item.citations), "conditions": list(item.conditions)},
    }
