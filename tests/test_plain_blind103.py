"""Classes learnt in the fortieth session from blind103's misses (read after its held-out score at 21a6c34: R@5 0.983,
MRR@10 0.975, OOD 36/40, first 30/30, quoted 30/30). blind103 is written as typed into a search box: keyword strings,
fragments, homophone typos, pinyin and English abbreviations. Phrasings are our own, generated from forms × words:

* scope: a slip or an order the caller filed (我家燃气报装的单子 到哪一步了) is the caller's own file, as 申请 and 工单 are;
* figures: where a site is built, asked bare at a clause's end (建在哪), is an address the plan never gives;
* lexicon: wanting a leader to hear a firm (想找市领导反映) is 第377条's 市、县领导联系重点企业.

Not yet: a homophone typo of a plan word (秸杆 for 秸秆) leaves a question without a word the plan uses, and it is
refused; a dog licence (狗证), a word of characters the plan never writes, is not read as foreign and is answered with
look-alikes; how to use an app the plan builds (健康资阳app 怎么挂号) is answered with 第348条.
"""

from __future__ import annotations

import itertools

import pytest
from conftest import answered_first, refused_whole


@pytest.mark.parametrize(("mine", "asks"), list(itertools.product(
    ["我家燃气报装的单子", "上周报的接电订单", "我们公司报装的用水单子", "前天预约的开户"],
    ["到哪一步了 帮我查下", "现在到哪一步了？"])))
def test_a_slip_the_caller_filed_is_a_case(runtime, mine: str, asks: str) -> None:  # type: ignore[no-untyped-def]
    refused_whole(runtime, f"{mine} {asks}", "办件进度")


@pytest.mark.parametrize("asked", ["保税物流中心现在进展到哪一步了", "保税物流中心建设到哪一步了"])
def test_a_project_of_the_plans_own_is_still_answered(runtime, asked: str) -> None:  # type: ignore[no-untyped-def]
    answered_first(runtime, asked, 146)


@pytest.mark.parametrize(("site", "asks"), list(itertools.product(
    ["保税物流中心", "新市民服务中心", "危险废物集中处置中心"],
    ["啥时候建好 建在哪", "到底建在哪，哪一年能用上？", "修在哪里？"])))
def test_where_a_site_is_built_is_never_given(runtime, site: str, asks: str) -> None:  # type: ignore[no-untyped-def]
    refused_whole(runtime, f"{site}{asks}", "地址或位置")


@pytest.mark.parametrize("asked", ["保税物流中心什么时候建好", "保税物流中心建好了吗"])
def test_when_a_site_is_built_is_still_answered(runtime, asked: str) -> None:  # type: ignore[no-untyped-def]
    answered_first(runtime, asked, 146)


@pytest.mark.parametrize(("firm", "leader"), list(itertools.product(
    ["企业遇到困难", "厂里有难处", "我们公司碰到坎了"],
    ["想找市领导反映 有渠道吗", "能不能找县领导反映一下", "领导会不会下来走访帮忙"])))
def test_a_leader_hearing_a_firm_is_the_leaders_liaison(runtime, firm: str, leader: str) -> None:  # type: ignore[no-untyped-def]
    answered_first(runtime, f"{firm}，{leader}", 377)
