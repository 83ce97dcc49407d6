"""Characters of a question already read as a condition, so no phrase is read twice."""

from __future__ import annotations

from collections.abc import Callable


class Spans:
    def __init__(self, text: str, words: list[str] | None = None) -> None:
        self.text = text
        self.used = [False] * len(text)
        # word boundaries of the question, so "纳税" is not read inside "纳税人"
        self.bounds: set[int] | None = None
        if words is not None and "".join(words) == text:
            self.bounds = {0}
            for w in words:
                self.bounds.add(max(self.bounds) + len(w))

    def free(self, start: int, end: int) -> bool:
        return not any(self.used[start:end])

    def take(self, start: int, end: int) -> None:
        for i in range(start, end):
            self.used[i] = True

    def release(self, spans: list[tuple[int, int]]) -> None:
        """Free again what was held only to keep another reading out (a system's name holding a unit's)."""
        for start, end in spans:
            for i in range(start, end):
                self.used[i] = False

    def find_all(self, phrase: str, whole_words: bool = False,
                 where: Callable[[int, int], bool] | None = None) -> list[tuple[int, int]]:
        """Every free occurrence of ``phrase`` (on word bounds with ``whole_words``; only where ``where`` holds for
        it, judged as the earlier ones are taken), each taken as it is found."""
        out = []
        start = self.text.find(phrase) if phrase else -1
        while start >= 0:
            span = (start, start + len(phrase))
            on_words = not whole_words or self.bounds is None or set(span) <= self.bounds
            if on_words and self.free(*span) and (where is None or where(*span)):
                self.take(*span)
                out.append(span)
            start = self.text.find(phrase, start + 1)
        return out

    def remainder(self) -> str:
        return "".join(ch if not used else " " for ch, used in zip(self.text, self.used, strict=True))
