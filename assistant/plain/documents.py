"""Documents the plan only names: asked for what they say inside, the plan has no answer.

The body names policies it does not contain — 民营经济发展“25 条”, 《资阳市支持创新驱动发展促进经济高质量发展若干政策》 —
and so do measures (《契税法》, 《资阳市工程建设项目多测合一管理办法》). A question asking what such a document says
inside ("“25条”里头第十条咋个写的", "若干政策里面研发投入能补贴百分之几") is refused: citing the measure that names the
document, or reading its 第十条 as the plan's 第10条, answers another question. Where the plan names it, when it takes
effect or which action it is in stay the plan's ("民营经济25条是在哪个行动里提的", "《契税法》什么时候施行").

The catalogue is read from the plan's own text (every 《title》 but the plan's, every “N条” policy); any other
《title》 a caller writes is a document the plan does not contain either. The cues are data (``data/scope.toml``
``[named_document]``).
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from assistant.plain.data_files import load
from assistant.understanding.numbers import named_rule_said
from corpus.errors import DataFileError
from corpus.models import Corpus

_TITLE = re.compile(r"《([^》]{2,60})》")
_ARTICLES = re.compile(r"([\u4e00-\u9fff]{2,6})[“\"](\d+\s*条)[”\"]")  # 民营经济发展“25 条”
_OWN_PREFIX = re.compile(r"^(?:资阳市|四川省|关于)+")


_TAIL = 4  # a title's last characters, which callers keep (若干政策, 管理办法, 契税法) while shortening the rest
_SHARED = 4  # and as many of its other characters in a row before them (创新驱动发展若干政策 for the whole title)


@dataclass(frozen=True)
class NamedDocument:
    name: str  # as the plan writes it: 《契税法》, 民营经济发展“25条”
    said: re.Pattern[str]  # how a question names it: the title (without 资阳市, 四川省, 关于) or “25条” after a name
    core: str = ""  # a title's words, for a title shortened ("多测合一管理办法", "创新驱动发展若干政策")


@dataclass(frozen=True)
class Cues:
    inside: re.Pattern[str]  # read right after the name: what it says inside is asked
    unless: re.Pattern[str]  # where, when or in which action the plan names it is asked
    reason: str  # with {name}


@lru_cache(maxsize=1)
def _cues() -> Cues:
    try:
        raw = load("scope.toml")["named_document"]
        return Cues(re.compile(raw["inside"]), re.compile(raw["unless"]), str(raw["reason"]))
    except (KeyError, TypeError, re.error) as err:
        raise DataFileError(f"scope.toml [named_document] 条目有误：{err} / malformed entry") from err


@lru_cache(maxsize=4)
def named_documents(corpus: Corpus) -> tuple[NamedDocument, ...]:
    """The documents the plan names but does not contain, read from its body and measures."""
    texts = [s.text for s in corpus.sections if s.kind != "note"] + [m.text for m in corpus.measures]
    found: dict[str, NamedDocument] = {}
    for text in texts:
        for m in _TITLE.finditer(text):
            title = re.sub(r"\s", "", m.group(1))
            core = unicodedata.normalize("NFKC", _OWN_PREFIX.sub("", title))  # as questions are read: （ -> (
            if title in corpus.title or corpus.title in title or title in found or len(core) < 2:
                continue
            found[title] = NamedDocument(f"《{title}》", re.compile(re.escape(core)), core)
        for m in _ARTICLES.finditer(text):
            rule = re.sub(r"\s", "", m.group(2))  # "25条", as numbers.named_rules reads it
            name = f"{m.group(1)}“{rule}”"
            found.setdefault(name, NamedDocument(name, re.compile(named_rule_said(rule) + "[”\"’」]?")))
    return tuple(found.values())


def contents_asked(text: str, corpus: Corpus) -> str | None:
    """Why the plan does not answer ``text``, when it asks what a document the plan only names says inside."""
    cues = _cues()
    named = [(d.name, m.span()) for d in named_documents(corpus) for m in d.said.finditer(text)]
    named += [(d.name, span) for d in named_documents(corpus) if d.core for span in _shortened(d.core, text)]
    # any other 《title》: a document the plan does not contain (its own title excepted)
    named += [(m.group(0), m.span()) for m in _TITLE.finditer(text)
              if m.group(1) not in corpus.title and corpus.title not in m.group(1)]
    for name, (start, end) in named:
        # the cues are read outside the name (实施方案, 实施意见: 实施 there asks nothing)
        if cues.inside.match(text, end) and not cues.unless.search(text[:start] + "，" + text[end:]):
            return cues.reason.format(name=name)
    return None


def _shortened(core: str, text: str) -> list[tuple[int, int]]:
    """Where ``text`` names a title by its last words and some of the rest ("创新驱动发展若干政策" for
    支持创新驱动发展促进经济高质量发展若干政策): the spans of those names."""
    if len(core) < _TAIL + _SHARED:
        return []
    tail, head = core[-_TAIL:], core[:-_TAIL]
    ends = []
    for m in re.finditer(re.escape(tail), text):
        before = text[max(0, m.start() - 16):m.start()]
        if any(head[i:i + _SHARED] in before for i in range(len(head) - _SHARED + 1)):
            ends.append((max(0, m.start() - 16), m.end()))
    return ends
