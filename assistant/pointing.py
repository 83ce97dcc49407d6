"""What a follow-up points back at in the last answer, read before the question is understood: 它 (the one measure
answered, or a plain answer's first citation), 第N个二级指标 (of the one level-1 indicator listed) and 其中第N条 (the
last list's N-th row). Each rewrites the question to name it and says so in a note."""

from __future__ import annotations

import re
from typing import Any

from corpus.models import Corpus
from corpus.numerals import cn_to_int

# "它的牵头领导是谁" after one measure: that measure
_THE_ONE = re.compile(r"^(?:那|那么)?(?:它|这条|该条|这一条|此条|这个举措|这项举措|这条举措|这个(?=是|由|归|要|在|什么时候|啥时候|哪))"
                      r"(?:的)?")
# "谁牵头？", "牵头单位是哪个？", "什么时候完成？" after a plain answer: a row's own field asked with no subject at all
# (the operator's trial, fortieth session, had 谁牵头？ after 开办企业现在要几天能办完？ refused as a question of its own)
_FIELD_ONLY = re.compile(r"^(?:那|那么)?(?:是)?(?:(?:由)?(?:谁|哪个(?:部门|单位)|哪些(?:部门|单位)|哪位领导|哪个领导)"
                         r"(?:牵头|负责|落实|来管|管)(?:的)?|(?:牵头单位|责任单位|牵头领导|责任领导|完成时限|时限)"
                         r"(?:是|有)?(?:哪个|哪些|谁|什么|啥|多久)?|(?:什么时候|啥时候|好久|何时)(?:完成|到期|办完|落实))"
                         r"(?:呢|啊|嘛|吗)?[？?。.]?$")


def about_the_one(text: str, state: dict[str, Any] | None) -> tuple[str, str | None]:
    """"它的牵头领导是谁" after an answer about one measure: the question about that measure (第45条的牵头领导是谁),
    and the note saying so; after a plain question's answer, its first citation, the measure answering it ("办施工许可证
    要几天" → "它好久完成": 第15条; the operator's trial had 它好久完成 and 它的完成时限呢 refused as questions of their
    own); the text unchanged otherwise (after a list, 它 names no one row)."""
    results = (state or {}).get("results") or []
    if (state or {}).get("intent") == "topical" and results and str(results[0]).isdigit() and _FIELD_ONLY.match(text):
        return (f"第{results[0]}条的{text}",
                f"“{text.rstrip('？?。.')}”问的是上一问答案的第一条（第{results[0]}条，回答上一问的举措）")
    said = _THE_ONE.match(text)
    if said is None or not results or not str(results[0]).isdigit() or text[said.end():].startswith("们"):
        return text, None
    if len(results) == 1:
        return f"第{results[0]}条的{text[said.end():]}", f"“{said.group(0)}”按上一问的第{results[0]}条理解"
    if (state or {}).get("intent") == "topical":
        return (f"第{results[0]}条的{text[said.end():]}",
                f"“{said.group(0)}”按上一问答案的第一条（第{results[0]}条，回答上一问的举措）理解")
    return text, None


_NTH_LEVEL2 = re.compile(r"第([一二三四五六七八九十\d]{1,3})个二级指标")


def nth_under(text: str, state: dict[str, Any] | None, corpus: Corpus) -> tuple[str, str | None]:
    """"第一个二级指标下有哪些举措" after one level-1 indicator's list: its first level-2 indicator, by name (the
    plan's own numbering runs over all 105), and the note saying so; the text unchanged otherwise."""
    said = _NTH_LEVEL2.search(text)
    tops = (state or {}).get("indicators") or []
    if said is None or len(tops) != 1 or not isinstance(tops[0], list) or len(tops[0]) != 2 or tops[0][0] != 1:
        return text, None
    n = int(said.group(1)) if said.group(1).isdigit() else cn_to_int(said.group(1))
    under = [i for i in corpus.level2() if i.parent == tops[0][1]]
    if n is None or not 1 <= n <= len(under):
        return text, None
    name = under[n - 1].name
    return text[: said.start()] + name + text[said.end() :], f"“{said.group(0)}”按上一问的一级指标下的第{n}个理解：“{name}”"


# "其中第一条", "这些里面第二个", "上面列的第三条": the last answer's n-th row, not the plan's 第n条
_NTH_LISTED = re.compile(r"(?:其中|这些|这里面|里面|当中|上面|上述|刚才|列表|列出)(?:的|里面|当中|中|列的|列出的|说的)?"
                         r"(?:的)?第([一二三四五六七八九十\d]{1,3})(?:条|个|项)")


def nth_listed(text: str, state: dict[str, Any] | None) -> tuple[str, str | None]:
    """"其中第一条的具体内容" after a list: that list's first row (第198条), and the note saying so (the twenty-third
    operator trial got the plan's 第1条); the text unchanged otherwise."""
    results = [int(n) for n in (state or {}).get("results") or [] if str(n).isdigit()]
    said = _NTH_LISTED.search(text)
    if said is None or not results:
        return text, None
    n = int(said.group(1)) if said.group(1).isdigit() else cn_to_int(said.group(1))
    if n is None or not 1 <= n <= len(results):
        return text, None
    row = results[n - 1]
    return text[: said.start()] + f"第{row}条" + text[said.end() :], f"“{said.group(0)}”按上一答案列出的第{n}条理解：第{row}条"
