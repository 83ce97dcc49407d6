"""Conversation state: what the last answer was about, so a follow-up can refine it.

"其中哪些6月到期？" narrows the last result set; "那人社局呢？" swaps the unit; "第3条详细说说" looks one up
(those need no state). The state is a plain JSON dict so the CLI (``--context``) and the API can carry it.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache
from typing import Any

from assistant.understanding import DeadlineCondition, Query, UnitCondition
from assistant.understanding.vocabulary import vocabulary
from corpus.numerals import cn_to_int

NARROW_CUES = ("其中", "这些", "里面", "当中", "以上", "上述", "这里面", "在这", "再", "排除", "只看", "仅看", "只要看", "它们", "这几条")
_DROPS = re.compile(r"^(?:不要|去掉|除去|刨掉|剔除|除开|不算)")  # "不要持续推进的": the last set, less these
_CONTINUES = re.compile(r"^(?:那|那么)(?![要个些])")  # "那标☆的有几条": the last question's conditions, with this one's
# what a follow-up asks of the last set's rows ("它们的牵头领导是谁", "这些的牵头单位分别是谁"): a breakdown
_LEADER_ASKED = re.compile(r"牵头领导|哪位领导|哪个领导|什么领导")
_ASKED_OF_ROWS = (("leader", _LEADER_ASKED),
                  ("lead_unit", re.compile(r"牵头单位|(?:哪个|哪些|什么)(?:单位|部门)牵头|谁牵头")),
                  ("level1", re.compile(r"(?:哪个|哪些|什么)(?:一级)?指标|一级指标")))  # "它们分别属于哪个一级指标"
# "有几条", "一共多少条": how many the last answer listed (the plan's total is asked by naming it)
_WHOLE_PLAN = re.compile(r"方案|附件|全部|整个|全文|所有")
_CN_ORDINAL = re.compile(r"第([一二三四五六七八九十]{1,3})(?:条|项)")  # "第二条": the plan's 第2条 or the list's second
# a narrowed question's conditions: what it does not name is the last question's
# "这个指标下有多少条", "它下面有几条", "这几个指标一共多少条" after an answer about an indicator (or a leader's
# indicators): within the last answer's set, not the plan's whole
_POINTS_BACK = re.compile(r"(?:这个|该|此|这几个|这些|这[两三四五六七八九]个|上述|上面的?)(?:一级|二级)?指标|"
                          r"^(?:那|那么)?它们?(?:下面|下边|底下|下头|下|里面|里头)")
_KEPT = ("units", "leaders", "deadline", "indicators", "not_indicators", "markers", "not_markers")
SWAP_PATTERN = re.compile(r"^(?:那|那么|换成|如果是|要是)?(.{1,20}?)(?:呢|的呢|怎么样|如何)[？?。!！]*$")
# "那参与的呢，有几条": a swap with its count asked after it (the operator's trial counted 33 within the last set)
_COUNT_AFTER = re.compile(r"[，,？?。!！\s]\s*(?:一共|总共|共)?(?:有)?(?:几条|多少条|几项|多少项)[？?。!！]*$")


# a role said of the last question's unit by a pronoun ("其中哪些是它牵头的", "其中不是它牵头的呢", "哪些是它配合的")
_PRONOUN_ROLE = re.compile(r"(不是|并非|非)?(?:它|他们|它们|该单位|这个单位|这家单位|该部门|这个部门|其)(?:自己|本身)?(?:作为)?(牵头|配合|协办|参与配合)")
_ELLIPTIC = re.compile(r"^(?:那|那么|还有|另外)[^，,。？?]{0,10}[？?。]*$")  # "那要花钱不", "那要带啥材料"


_COUNT_ASKED = re.compile(r"几条|多少条|几项|多少项|多少个举措|几个举措")
_ASKS = re.compile(r"几|多少|多久|多长|怎么|什么|哪|吗|谁")


def _narrows(text: str) -> bool:
    """"其中…", "这些…", "只看…": the question works within the last answer's set."""
    return any(cue in text for cue in NARROW_CUES) or _DROPS.match(text) is not None


def _kinds(q: Query) -> set[str]:
    """The kinds of condition ``q`` names (units, deadline, indicators, markers)."""
    named = {"units": q.units, "deadline": q.deadline, "indicators": q.indicators or q.not_indicators,
             "markers": q.markers or q.not_markers}
    return {k for k, v in named.items() if v}


_ROLE_WORDS = {"lead": "牵头", "any": "参与（牵头或配合）", "support": "配合"}


def _role_swapped(said: str, before: str = "any") -> str | None:
    """The role a follow-up names alone ("参与的", "牵头的", "配合的"), or None; 配合 said against the lead role
    just asked ("那配合的呢" after "市税务局牵头的") is the other role, support, though alone it reads as taking part
    (the twenty-second operator trial got the 56 measures it takes part in, lead ones included)."""
    said = re.sub(r"^(?:那|那么)?(?:是|作为)|的$", "", said.strip())
    role = next((role for role in ("support", "lead", "any") if _roles()[role].fullmatch(said)), None)
    return "support" if role == "any" and before == "lead" and said == "配合" else role


@lru_cache(maxsize=1)
def _roles() -> dict[str, re.Pattern[str]]:
    """Each role's cue words, one or more in a row ("只参与不牵头": two cues of taking part without leading)."""
    cues = vocabulary().unit_cues
    return {role: re.compile(f"(?:{'|'.join(map(re.escape, sorted(cues[role], key=len, reverse=True)))})+")
            for role in ("support", "lead", "any")}


def _role_said(text: str, before: str) -> tuple[str, str] | None:
    """A role said with no unit in a narrowing follow-up ("其中只参与不牵头的有几条", "这些里面牵头的呢"): (the role,
    the words saying it); support before lead, as 不牵头 holds 牵头."""
    for role in ("support", "lead", "any"):
        if (m := _roles()[role].search(text)) is not None:
            return _role_swapped(m.group(0), before) or role, m.group(0)
    return None


def refines(text: str, state: dict[str, Any] | None) -> bool:
    """Whether ``text`` refines the last answer's set ("其中8月到期的呢", "只看⊙的", "那8月份的呢"): its
    conditions are then read as conditions even without a list cue."""
    if not state or not state.get("results"):
        return False
    if _narrows(text):
        return True
    swap = SWAP_PATTERN.match(text)  # "那8月份的呢"; not "获得电力要几天呢", a question of its own
    return swap is not None and _ASKS.search(swap.group(1)) is None or _CONTINUES.match(text) is not None


def to_state(q: Query, results: list[int]) -> dict[str, Any]:
    return {
        "question": q.text,
        "intent": q.intent,
        "units": [[c.unit, c.role, c.mention, c.negated, c.group] for c in q.units],
        "unit_logic": q.unit_logic,
        "leaders": list(q.leaders),
        "leader_column": q.leader_column,
        "deadline": None if q.deadline is None else q.deadline.__dict__,
        "indicators": [list(i) for i in q.indicators],
        "markers": list(q.markers),
        "marker_logic": q.marker_logic,
        "not_indicators": [list(i) for i in q.not_indicators],
        "not_markers": list(q.not_markers),
        "topic": q.topic,
        "results": results,
    }


def _deadline(raw: dict[str, Any] | None) -> DeadlineCondition | None:
    if not raw:
        return None
    fields = {k: raw[k] for k in DeadlineCondition.__dataclass_fields__ if k in raw}
    return DeadlineCondition(**fields)  # type: ignore[arg-type]


def _ordinal_note(q: Query, results: list[Any]) -> Query:
    """"第二条的完成时限" after a list: read as the plan's 第2条, and the list's second named too."""
    said = _CN_ORDINAL.search(q.text)
    n = cn_to_int(said.group(1)) if said else None
    if said is None or n is None or len(q.numbers) != 1 or q.numbers[0] != n or not 2 <= n <= len(results):
        return q
    other = results[n - 1]
    if other == n:
        return q
    return replace(q, notes=(*q.notes, f"“{said.group(0)}”按方案的第{n}条理解；上一答案列出的{said.group(0)}是第{other}条（可问“第{other}条…”）"))


def _contrasted(before: str, said: str) -> str | None:
    """The last question with the word ``said`` contrasts put in its place ("高压的呢" after "我们公司要接电，低压的，
    要几个环节": 低压 → 高压, the same head with another modifier, and the last question's ask kept; the twenty-third
    operator trial searched both and put 第45条's 低压 days first), or None when it names no such word said alone."""
    word = re.sub(r"^(?:那|那么)?|的$", "", said.strip())
    if not 2 <= len(word) <= 4 or word in before:
        return None
    # said on its own (低压的，): 低压居民办电 keeps 居民, which no 高压 user is, so the last subject is read whole then
    found = [m for m in re.finditer(f"[\u4e00-\u9fff]{{{len(word) - 1}}}{re.escape(word[-1])}(?=的|[^\u4e00-\u9fff]|$)", before)
             if m.group(0) != word and m.group(0)[:-1] != word[:-1]]
    return before[: found[0].start()] + word + before[found[0].end():] if len(found) == 1 else None


def follow_up(q: Query, state: dict[str, Any] | None) -> tuple[Query, tuple[int, ...] | None, str | None]:
    """(the query to answer, the previous result set to stay within, what kind of follow-up it was)."""
    if state and q.numbers:
        return _ordinal_note(q, list(state.get("results") or [])), None, None
    if not state:
        return q, None, None
    try:
        previous = Query(
            question=state.get("question", ""),
            text=state.get("question", ""),
            intent=state.get("intent", "list"),
            units=tuple(UnitCondition(u[0], u[1], u[2] if len(u) > 2 else u[0], bool(u[3]) if len(u) > 3 else False,
                                      int(u[4]) if len(u) > 4 else 0) for u in state.get("units", [])),
            unit_logic=state.get("unit_logic", "and"),
            leaders=tuple(state.get("leaders", [])),
            leader_column=bool(state.get("leader_column", False)),
            deadline=_deadline(state.get("deadline")),
            indicators=tuple((int(a), int(b)) for a, b in state.get("indicators", [])),
            markers=tuple(state.get("markers", [])),
            marker_logic=state.get("marker_logic", "or"),
            not_indicators=tuple((int(a), int(b)) for a, b in state.get("not_indicators", [])),
            not_markers=tuple(state.get("not_markers", [])),
            topic=state.get("topic", ""),
        )
        results = tuple(int(n) for n in state.get("results", []))
    except (TypeError, ValueError, IndexError, AttributeError):
        return q, None, None  # an unreadable state is ignored, never fatal
    swap = SWAP_PATTERN.match(_COUNT_AFTER.sub("", q.text))
    swapped_role = (_role_swapped(swap.group(1), previous.units[0].role)
                    if swap and previous.units and not q.units else None)
    continues = q.intent in ("list", "count") and _CONTINUES.match(q.text) is not None  # "那标☆的有几条"
    added = continues and bool(_kinds(q)) and not _kinds(q) & _kinds(previous)  # only kinds the last one did not name
    bare_count = q.intent == "count" and not _kinds(q) and not q.topic and not q.leaders and not q.facts and (
        _WHOLE_PLAN.search(q.text) is None) and swapped_role is None  # "有几条"; not "那参与的呢，有几条"
    pointer = bool(previous.indicators) and _POINTS_BACK.search(q.text) is not None and not q.units
    if pointer and not q.indicators and _LEADER_ASKED.search(q.text):  # "这个指标的牵头领导是谁": its leader
        return replace(q, intent="leader", indicators=previous.indicators, unused=()), None, "indicator"
    # measures asked of the indicator(s) pointed back at: listed or counted ("该指标下有哪些二级指标" asks the
    # indicator itself and is not narrowed); a count of them is no count of the plan's measures
    counts = q.intent == "fact" and _COUNT_ASKED.search(q.text) is not None
    points_back = pointer and (counts or q.intent in ("count", "list") and not q.facts)
    if (_narrows(q.text) or added or bare_count or points_back) and results:
        intent = q.intent if q.intent in ("count", "list") else "count" if counts and points_back else "list"
        unused = tuple(w for w in q.unused if w not in NARROW_CUES and not (continues and w.startswith("那")))  # "那标"
        narrowed = replace(q, intent=intent, topic=q.topic, unused=unused, facts=() if points_back else q.facts)
        # what the last question named and this one does not is kept, so a later follow-up still knows it ("其中8月的呢"
        # after "税务局牵头的": 税务局 stays); the results are the last set's, so nothing changes in them
        narrowed = replace(
            narrowed, **{k: getattr(narrowed, k) or getattr(previous, k) for k in _KEPT},
            unit_logic=narrowed.unit_logic if narrowed.units else previous.unit_logic,
            marker_logic=narrowed.marker_logic if narrowed.markers else previous.marker_logic)
        if not q.units and (by := next((k for k, p in _ASKED_OF_ROWS if p.search(q.text)), None)):
            narrowed = replace(narrowed, intent="list", group_by=by)  # "它们的牵头领导是谁": each row's, counted
        if not q.units and previous.units and (said := _PRONOUN_ROLE.search(q.text)):
            # "其中哪些是它牵头的": the last question's unit, in the role said of it
            role = "lead" if said.group(2) == "牵头" else "support"
            negated = said.group(1) is not None
            narrowed = replace(narrowed, units=tuple(UnitCondition(c.unit, role, c.mention, negated) for c in previous.units[:1]),
                               notes=(*q.notes, f"“{said.group(0)}”按上一问的“{previous.units[0].mention}”理解"))
        elif not q.units and len(previous.units) == 1 and (alone := _role_said(q.text, previous.units[0].role)):
            # "那其中只参与不牵头的有几条" after "那参与的呢": the last unit in the role said (the twenty-third operator
            # trial got the 56 again, listed)
            unit = previous.units[0]
            narrowed = replace(narrowed, units=(UnitCondition(unit.unit, alone[0], unit.mention),),
                               intent="count" if _COUNT_ASKED.search(q.text) else narrowed.intent,
                               notes=(*q.notes, f"“{alone[1]}”按上一问的“{unit.mention}”理解"))
        return narrowed, results, "narrow"
    if swapped_role is not None:  # "那参与的呢" after "市商务局牵头的": the same unit in the role said
        units = tuple(UnitCondition(c.unit, swapped_role, c.mention, c.negated, c.group) for c in previous.units)
        note = f"接上一问：{'、'.join(c.mention for c in previous.units)}（{_ROLE_WORDS[swapped_role]}）"
        intent = "count" if _COUNT_AFTER.search(q.text) else previous.intent  # "…，有几条": counted
        return replace(previous, question=q.question, text=q.text, units=units, intent=intent,
                       notes=(*q.notes, note)), None, "swap"
    if (q.intent == "topical" and previous.intent == "topical" and not q.units and not q.deadline
            and (swap and len(swap.group(1)) <= 8 and not _ASKS.search(swap.group(1)) or _ELLIPTIC.match(q.text))):
        # "高压的呢" after "低压居民办电要几天", "那要花钱不" after "开办企业要几天": the last question's subject with
        # this question's ask (the last one's asking words left out)
        from assistant.plain.figures import asking_words  # read only for a topical follow-up

        if swap and (contrasted := _contrasted(previous.text, swap.group(1))) is not None:
            return replace(q, text=contrasted, notes=(*q.notes, f"接上一问理解为“{contrasted}”")), None, "topic"
        subject = re.sub(r"(?:要|需要|得|能|可以)$", "", asking_words().sub("", previous.text).strip(" ，,。？?！!"))
        if subject:
            text = f"{subject}，{q.text}"
            return replace(q, text=text, notes=(*q.notes, f"接上一问理解为“{text}”")), None, "topic"
    if (swap or continues) and (q.units or q.deadline or q.indicators or q.markers) and not q.leaders:
        # "那人社局呢？", "那8月份到期的呢？": the last question's conditions, with the kinds this one names
        # swapped (a unit keeps the last role)
        role = previous.units[0].role if previous.units else "any"
        # "那纳税呢" after "获得电力的牵头领导是谁": the same ask of the indicator swapped in
        keep = not continues or (swap is not None and previous.intent == "leader")
        swapped = replace(previous, question=q.question, text=q.text, notes=q.notes,
                          intent=previous.intent if keep else q.intent)
        if q.units:
            swapped = replace(swapped, units=tuple(UnitCondition(c.unit, role, c.mention) for c in q.units))
        if q.deadline:
            swapped = replace(swapped, deadline=q.deadline)
        if q.indicators or q.not_indicators:
            swapped = replace(swapped, indicators=q.indicators, not_indicators=q.not_indicators)
        if q.markers or q.not_markers:
            swapped = replace(swapped, markers=q.markers, not_markers=q.not_markers, marker_logic=q.marker_logic)
        return swapped, None, "swap"
    return q, None, None
