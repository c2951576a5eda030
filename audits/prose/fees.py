"""What a report says about 信息处理费 (《政府信息公开信息处理费管理办法》, 国办函〔2020〕109号).

Read from sentences that name the fee (信息处理费, 处理费, 收费通知, 信息公开收费): notices issued
(`发出收费通知3件`, `总金额300元`), the amount collected (`实际收取信息处理费共计400元`), and the plain
statements of none (`未发出收费通知`, `未收取信息处理费`, `没有产生信息公开处理费`). Table 二's
行政事业性收费 is another thing and is never read here.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from extractor.numerals import NUMBER, to_number

from .text import Para

# 政府信息公开未发生收费情况, 无信息公开收费的事项: 收费 in a sentence about 信息公开 is this fee
_FEE_SENTENCE = re.compile(r"信息处理费|处理费|收费通知|信息公开收费|公开收费事项|收取.{0,6}费用|信息公开[^。；，,]{0,8}收费")
_AMOUNT = rf"(?P<n>{NUMBER})(?P<u>万元|元)"
_COUNT = rf"(?P<n>{NUMBER})(?:件|份|次|个)"
# each figure has a few phrasings; a list of patterns, all tried (never first-match-wins)
_NOTICES = [re.compile(rf"(?:发出|发放|出具|送达|下发)(?:了)?(?:信息处理费)?收费通知(?:书|单)?(?:共计|合计|共|计)?{_COUNT}"),
            re.compile(rf"{_COUNT}(?:信息处理费)?收费通知")]
_NOTICE_AMOUNT = [re.compile(rf"收费通知[^。；]{{0,20}}?(?:总金额|金额|合计|共计)(?:为|共计|合计)?{_AMOUNT}")]
_COLLECTED = [re.compile(rf"(?:实际)?(?:收取|收缴|缴纳|收到)(?:了)?[^。；，,]{{0,16}}?(?:处理费|费用)(?:共计|合计|总计|总额|共|计|为)?{_AMOUNT}"),
              re.compile(rf"(?:实际)?(?:收取|收缴)(?:金额|总金额)?(?:共计|合计|为)?{_AMOUNT}")]
_PAYERS = [re.compile(rf"(?:实际)?缴(?:纳|费)(?:的)?(?:申请)?(?:共计|共)?{_COUNT}"),
           re.compile(rf"{_COUNT}(?:申请)?已?缴(?:纳|费)")]
_NO_NOTICE = [re.compile(r"(?:未|没有|无|不存在)(?:发出|发放|出具|下发)?(?:任何)?(?:信息处理费)?收费通知")]
_NO_FEE = [re.compile(r"(?:未|没有|无|不)(?:收取|产生|发生|涉及)(?:任何)?[^。；，,]{0,14}?(?:处理费|收费|费用)"),
           re.compile(r"(?:无|没有)(?:任何)?(?:政府)?信息公开(?:处理费|收费)"),
           # 未对公众依申请公开政府信息收取任何费用
           re.compile(r"(?:未|没有|不)[^。；，,\d]{1,20}?收取(?:任何)?(?:信息处理费|处理费|费用)"),
           re.compile(r"(?:处理费|收费)[^。；，,\d]{0,6}?(?:为零|(?<![\d.])0(?:\.0+)?元)")]


@dataclass
class Stated:
    value: float | int
    span: tuple[int, int]
    text: str


@dataclass
class FeeStatements:
    notices: list[Stated] = field(default_factory=list)
    notice_amount: list[Stated] = field(default_factory=list)
    collected: list[Stated] = field(default_factory=list)
    payers: list[Stated] = field(default_factory=list)
    no_notice: list[Stated] = field(default_factory=list)
    no_fee: list[Stated] = field(default_factory=list)

    def any(self) -> bool:
        return any((self.notices, self.notice_amount, self.collected, self.payers, self.no_notice, self.no_fee))


def _yuan(m: re.Match) -> float | int | None:
    v = to_number(m.group("n"))
    if v is None:
        return None
    return v * 10000 if m.group("u") == "万元" else v


def read_fees(paras: list[Para]) -> FeeStatements:
    out = FeeStatements()
    for p in paras:
        if "费" not in p.text:
            continue  # every fee sentence names a 费 (处理费, 收费, 费用): most paragraphs are never split
        for a, b in p.sentences():
            s = p.text[a:b]
            if not _FEE_SENTENCE.search(s) or "行政事业性收费" in s:
                continue

            def add(bucket: list, m: re.Match, value) -> None:
                if value is not None:
                    bucket.append(Stated(value, p.span(a + m.start(), a + m.end()), m.group(0)))

            for pats, bucket, value in ((_NOTICES, out.notices, lambda m: to_number(m.group("n"))),
                                        (_NOTICE_AMOUNT, out.notice_amount, _yuan),
                                        (_COLLECTED, out.collected, _yuan),
                                        (_PAYERS, out.payers, lambda m: to_number(m.group("n"))),
                                        (_NO_NOTICE, out.no_notice, lambda m: 0),
                                        (_NO_FEE, out.no_fee, lambda m: 0)):
                for pat in pats:
                    for m in pat.finditer(s):
                        if bucket is out.collected and "收费通知" in m.group(0):
                            continue  # the notices' amount, not what was collected
                        if not any(x.span == p.span(a + m.start(), a + m.end()) for x in bucket):
                            add(bucket, m, value(m))
    return out
