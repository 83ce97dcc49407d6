"""A set question followed by a second one about the same set. A yes/no check: "市税务局牵头的举措，截止时间都是8月吗"
asks whether every measure of the set meets the last clause's condition (the answer says yes or no, with how many
do, from the records). A subset: "…牵头的举措有多少条？其中标◎的有几条" is answered for both (``whole_set``)."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from assistant.compose import ResultItem, item_line, measure_item
from assistant.filters import MeasureFilter, describe, filter_measures, matches, said_numbers
from corpus.models import Corpus, Measure

# the last clause says 都/全 and asks (吗, 么, 是不是都, 是否都, …不): "截止时间都是8月吗", "是不是都有★"
_ALL = "都|全都|全部|全是"  # the words of a check over the whole set
_CHECK = re.compile(rf"[，,；;]\s*([^，,；;]*?(?:{_ALL})[^，,；;]*?)[？?。!！]*$")
_ASKS = re.compile(r"吗|么|嘛|是不是|是否|不是|没有?$|[^不]不$")
_BRACKETS = re.compile(r"[（(][^）)]*[）)]")


# "…有多少条？其中标◎的有几条": the question before 其中 names the whole set; so does a question asking a set's size
# or members before a clause asking which of them (第三季度到期的有几条，哪些是市财政局牵头的: the twenty-second
# operator trial, answered for the subset alone), the 其中 unsaid
_WITHIN = re.compile(r"^(.+?)[？?。，,；;]\s*其中")
_SET_ASKED = "(?:有)?(?:几|多少)(?:条|项|个)(?:举措)?|(?:有)?哪些(?:举措)?"
_SUBSET = "(?:这些|那些|它们)(?:里面|里头|当中|中间|中)?|里面|里头|当中|(?=哪些(?:是|要|在|由|带|标)|有(?:几|多少)(?:条|项|个)(?:是|要|在|由|带|标))"
_UNSAID = re.compile(rf"^(.+?(?:{_SET_ASKED})[呢呀啊]?)[？?。，,；;]\s*({_SUBSET})")


def whole_set(text: str) -> tuple[str, str] | None:
    """The question before "其中", or before a clause asking which of its set, and the words saying the subset (其中,
    这些里面; "" when unsaid), or None when there is none."""
    if (m := _WITHIN.match(text)) is not None:
        return m.group(1), "其中"
    m = _UNSAID.match(text)
    return (m.group(1), m.group(2)) if m else None


def whole_line(corpus: Corpus, whole: MeasureFilter, part: MeasureFilter, listed: bool = False) -> str:
    """"牵头单位=…：共48条；其中" — the whole set's size before the subset's answer ("" when they are the same);
    ``listed``: the whole set was asked for as a list too, so its numbers are said ("共10条：第1—3、7、8条；其中"),
    while the subset, the last ask, stays the cited set."""
    if whole.empty or whole == part:
        return ""
    found = filter_measures(corpus, whole)
    numbers = f"：{said_numbers(tuple(m.number for m in found))}" if listed and found else ""
    return f"{'；'.join(describe(whole, corpus))}：共{len(found)}条{numbers}；其中"


@dataclass(frozen=True)
class Check:
    body: str
    items: list[ResultItem]  # cited: the measures that meet the checked condition, then those that do not
    checked: list[str]  # the checked conditions, as described
    meeting: int  # how many meet it (the answer's count)
    read: str = ""  # the words read as asking for the comparison ("哪家…多些", "分别有多少"): none is unused


# one clause: "市税务局牵头的是不是都在6月前完成" — the set ends with 的 (or 的举措), the check asks 是不是都 / 都…吗
_CHECK_ONE = re.compile(rf"^(.+?的(?:重点)?(?:举措|措施)?)((?:是不是|是否)?(?:{_ALL})[^，,；;]+?)[？?。!！]*$")


def split_check(text: str) -> tuple[str, str] | None:
    """(the set question, the check clause), or None when the question ends with no such check."""
    m = _CHECK.search(text)
    if m is not None and not re.search(_ALL, _BRACKETS.sub("", m.group(1))):
        m = None  # the 都 is in brackets: "参与（牵头不牵头都算）的举措有多少条" says which rows count, it checks nothing
    if m is not None and _ASKS.search(m.group(1)):
        return text[: m.start()], m.group(1)
    one = _CHECK_ONE.match(text) if m is None else None
    if one is not None and (one.group(2).startswith(("是不是", "是否")) or _ASKS.search(one.group(2))):
        return one.group(1), one.group(2)
    return None


def answer_check(corpus: Corpus, base: MeasureFilter, full: MeasureFilter) -> Check:
    """Whether every measure matching ``base`` also matches ``full`` (``base`` plus the checked conditions)."""
    in_set = filter_measures(corpus, base)
    meet = filter_measures(corpus, full)
    said = set(describe(base, corpus))
    checked = [c for c in describe(full, corpus) if c not in said]
    what = "；".join(checked)
    if len(meet) == len(in_set):
        head = f"是。这{len(in_set)}条举措都符合“{what}”："
    elif not meet:
        head = f"不是。这{len(in_set)}条举措中没有一条符合“{what}”。"
    else:
        head = f"不是。这{len(in_set)}条举措中符合“{what}”的有{len(meet)}条："
    items = [measure_item(m) for m in meet]
    lines = [head, *(item_line(i) for i in items)]
    met = {m.number for m in meet}
    rest = [measure_item(m) for m in in_set if m.number not in met] if meet else []
    if rest:  # the ones that do not meet it, under their own heading (cited after those that do)
        lines += [f"其余{len(rest)}条不符合：", *(item_line(i) for i in rest)]
    return Check("\n".join(lines), items + rest, checked, len(items))


# a remembered fact about named measures: "第269条好像同时打了…三个标记，是不是？", "…那条，是公积金中心牵头的，对吧"
_CONFIRM = re.compile(r"(?:对不对|对吗|对吧|没错吧|吗|么|嘛)[？?。!！]*$|是不是|是否|有没有|有没|参没参与|参不参与|带没带|标没标")


def confirm_line(corpus: Corpus, text: str, found: list[Measure], f: MeasureFilter) -> str:
    """"是。"/"不是。" with which of the named measures ``found`` meet the conditions ``f`` states ("" when the
    question asks no yes/no, or states no condition beyond the numbers)."""
    if f.empty:
        return ""
    meet = [m.number for m in found if matches(m, f)]
    miss = [m.number for m in found if m.number not in meet]
    what = "；".join(describe(f, corpus))
    if not _CONFIRM.search(text):  # "市税务局 第12条 ☆": the conditions said beside a number are checked, not implied
        return f"第{'、'.join(map(str, miss))}条不符合所列条件“{what}”（下面是该条原表信息）。" if miss else ""
    if not miss:
        return f"是。第{'、'.join(map(str, meet))}条符合“{what}”。"
    return f"不是。第{'、'.join(map(str, miss))}条不符合“{what}”（见下方原表信息）。"


# two units' sets compared: "自然资源规划局牵头的有多少条？比住建局牵头的多几条", "发改委和经信局谁牵头的多"
_COMPARE = re.compile(r"比[^，,。？?]{0,12}?(?:多|少)了?(?:几|多少)|(?:哪个|哪家|谁)(?:月份?|单位|部门|指标)?(?:牵头|参与|负责)?的?(?:举措)?更?(?:多|少)(?:些|一些|点)?"
                      r"|相差(?:几|多少)|差(?:几|多少)条|相比|分别(?:有|是)?(?:多少|几)"
                      r"|比[^，,。？?]{0,12}?(?:多|少)(?:吗|么|嘛|不|没有|呢)"
                      # a count asked of each in turn ("市税务局牵头的有几条，市财政局牵头的有几条": the twenty-third
                      # operator trial's kind, read as one set of either before)
                      r"|(?:几|多少)(?:条|项)[呢吗]?[，,；;？?。][^，,；;？?。]{2,24}?(?:几|多少)(?:条|项)")


_TOTAL = re.compile(r"加起来|合起来|合计|加在一起|合在一起")


def answer_compare(corpus: Corpus, text: str, f: MeasureFilter) -> Check | None:
    """Each of two named units' (or, naming no unit, two indicators' or two deadlines') sets counted on its own, the
    first one's count the answer's (None when the question compares nothing, or not two of them): "劳动力市场监管比
    政府采购多几条举措", "9月到期的和10月到期的分别有多少条"."""
    named = [c for c in f.units if not c.negated]
    compared = _COMPARE.search(text)
    two_deadlines = f.deadline is not None and f.deadline.kind == "either" and len(f.deadline.parts) == 2
    if compared is None or (len(named) != 2 and (named or len(f.indicators) != 2) and not two_deadlines):
        return None
    if two_deadlines and len(named) != 2 and len(f.indicators) != 2:
        filters = [replace(f, deadline=d) for d in f.deadline.parts]  # type: ignore[union-attr]
    elif len(named) != 2:
        said_at = {i: text.find(getattr(corpus.indicator(*i), "name", "")) for i in f.indicators}
        filters = [replace(f, indicators=(i,)) for i in sorted(f.indicators, key=said_at.__getitem__)]  # as asked
    else:
        if "牵头" in compared.group(0) or any(c.role == "lead" for c in named):  # "A和B，谁牵头的更多": both as lead
            named = [replace(c, role="lead") if c.role == "any" else c for c in named]
        others = tuple(c for c in f.units if c.negated)
        filters = [replace(f, units=(c, *others), unit_logic="and") for c in named]
    sets = [filter_measures(corpus, one) for one in filters]
    said = ["；".join(describe(one, corpus)) for one in filters]
    heads = [f"{d}：{len(s)}条" for d, s in zip(said, sets, strict=True)]
    diff = len(sets[0]) - len(sets[1])
    verdict = "两者相同" if diff == 0 else f"前者比后者{'多' if diff > 0 else '少'}{abs(diff)}条"
    lines = [f"{heads[0]}；{heads[1]}；{verdict}。"]
    items: list[ResultItem] = []
    for head, found in zip(heads, sets, strict=True):
        group = [measure_item(m) for m in found]
        lines += [head + "：", *(item_line(i) for i in group)]
        items += group
    # "加起来一共多少条？两家谁多": the total asked first is the answer's count
    total = _TOTAL.search(text) is not None
    read = "".join(m.group(0) for m in _COMPARE.finditer(text))
    return Check("\n".join(lines), items, said, len(items) if total else len(sets[0]), read)
