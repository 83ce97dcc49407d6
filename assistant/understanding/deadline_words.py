"""What a question says about a deadline's printed wording, beside the month itself: 持续推进 only, with or
without it, a month printed or not, a literal wording (写的是“12月底前”), wordings excluded (不是“12月底前”) and
inclusions in brackets (（含12月并持续推进）). ``deadlines.py`` combines them with the month, bound or range."""

from __future__ import annotations

import re

# what is said about 持续推进 / a printed month, read independently of the month itself
ONLY_ONGOING = re.compile(
    r"(?<!不是)(?:只|仅|单纯|单|纯)(?:写|标|列|注)?(?:了|的是|是|着)?[“\"'「]?(?:持续推进|长期)[”\"'」]?"
    r"|(?:时限|期限)(?:是|为|就是|写的是)[“\"'「]?持续推进[”\"'」]?(?![（(]?[^，。？]{0,3}(?:包括|含|和|或))"  # "时限是持续推进的"
    r"|(?<!不)(?:是|为)[“\"'「]持续推进[”\"'」](?![（(]?[^，。？]{0,3}(?:包括|含|和|或))"  # "大多是“持续推进”": that wording, quoted
    r"|(?<![有不])(?:没有|没|无|不带|不含|不包含|不包括|未写|没写|没标)(?:具体|明确)?(?:的)?(?:完成)?(?:月份|月|时间节点|时间点|截止月份|具体时间|具体时限|期限)"
)
NO_ONGOING = re.compile(
    r"(?:没有|没|不|未|并非|不是|不算|不要|排除|去掉)(?:带|含|跟|加|附|接|写|算|包括|包含)?(?:着|上|有)?[^，。？；]{0,3}?[“\"]?并?(?:持续推进|动态调整)"
)
# "（含“5月并持续推进”的）", "带不带“并持续推进”都算", "12月并持续推进的也算上", "带“并持续推进”或“并动态调整”的也算":
# 持续推进 (动态调整) neither required nor excluded
ANY_ONGOING = re.compile(
    r"(?<!不)(?:含|包括|包含|连同|算上)[^，。？；]{0,12}持续推进|带不带[^，。？；]{0,10}持续推进|有没有(?:(?!没|不|未)[^，。？；]){0,10}持续推进"
    r"|(?:持续推进|动态调整)[^，,。？?；;]{0,12}(?:也算|都算|也包括|算上|计入|在内|都要|也要|一起算|一并算|一块算|算进来|算进去)|持续推进[”\"]?的?按[^，。？；]{0,6}算"
    r"|(?:不管|不论|无论)[^，。？；]{0,6}有没有(?:具体)?(?:的)?月份"
)
WITH_ONGOING = re.compile(r"(?:某月|某个月|具体月份)[”\"]?(?:并|加|再加|带|和|\+)?[“\"]?持续推进|并持续推进|持续推进|常态化|长期")
DYNAMIC = re.compile(r"动态调整")
# "是一次性完成的": a deadline that does not go on (neither 并持续推进 nor 并动态调整)
ONE_OFF = re.compile(r"一次性(?:完成|办结|完结|结束)|一次完成(?:的|就结束)|不(?:需要|用)?再?持续")
# "写了具体完成月份（而不是光写“持续推进”）": a month printed, with or without 持续推进 after it
HAS_MONTH = re.compile(r"(?<![没无未不])(?:写了|写有|写明|标了|标有|标明|列了|列有|列明|明确了?|给了|给出了?|有)(?:20\d\d年)?(?:具体|明确)(?:的)?"
                       r"(?:完成)?(?:月份|年月|时间节点|日期)|不是(?:单纯|纯|只|光|仅)(?:写)?(?:的)?[“\"]?持续推进"  # 不是单纯持续推进
                       r"|(?:单纯|纯|只写|光写|仅写)(?:的)?[“\"]?持续推进[”\"]?的?[^，。？；]{0,2}?(?:不要|不用|不算|除外|排除|去掉|不计|别)")  # 单纯持续推进的不要, 光写持续推进的就不用列了
# "既不带“并持续推进”也不是“12月底前”": a quoted wording the printed deadline must not have
NOT_WORDING = re.compile(r"(?:不是|不带|不含|并非|没有)[“\"「]([^”\"」]{2,12})[”\"」]")
INCLUDED = re.compile(r"[（(](?:含|包括|包含)[^）)]*[）)]|[（(][^）)]*(?:都算|也算|均算|都包括)[^）)]*[）)]")  # （12月底前都算）
NOT_ONLY_ONGOING = re.compile(r"[（(]?(?:而)?(?:不是|并非|非)(?:光|只|仅|单)?(?:写|标|列)?(?:了|的)?[“\"]?持续推进[”\"]?[）)]?")
WORDING = re.compile(r"(?:写|标|列|注)(?:的|着|了)?(?:是|为|成)?[“\"「]([^”\"」]{2,16})[”\"」]")
# the same without quotes: "完成时限写的是12月底前的"; "完成时限就写持续推进的" (only that wording: the nineteenth
# operator trial got every deadline containing it, 5 where 2 print it alone)
WORDING_BARE = re.compile(r"(?:(?:写|标|注)(?:的|着|了)?(?:是|为|成)(?=(?:20\d\d年)?\d)|(?:就|只|光|仅|单)(?:写|标|注)(?:的|着|了)?"
                          r"(?:是|为|成)?(?=持续推进))((?:20\d\d年)?\d{1,2}月(?:底前(?:并持续推进)?|并动态调整)|持续推进)")
