"""The year and date patterns every reader of a report's metadata shares.

Copies lose characters (`2024年1月1日` → `202411日`): a year is only a four-digit run that is not part of
a longer digit run (FORMAT.md §10). Groups: YEAR (year); DATE_NUM and DATE_CN (year, month, day);
LEADING_YEAR (year); OWN_YEAR and OWN_YEAR_OPENING (year); YEAR_SUBJECT (year, subject); AS_OF_YEAR_END (year);
year_before(day) (year); WHOLE_YEAR (first year, last year); DATE_STAMP (year, month, day); DATE_CLOCKED (year, month, the day's and hour's digits);
SELF_NAMED, SELF_PRESENTED, SELF_SUMMED, SELF_REFLECTED and SELF_SUMMING (year); MONTH_LINE (year). DATE_LINE and
BRACKETED_DATE_END have none.
"""
from __future__ import annotations

import re

from .numerals import DIGITS, chinese_to_int

_DIGITS = r"(?<!\d)((?:19|20)\d{2})"
_COMPARING = "较比与同和跟"  # words before a year that compare it with the report's (较2017年…, 与2020年同期…)
YEAR = _DIGITS + r"(?!\d)"
# a year closing a run of digits, its 年 right after: the next sentence's year glued to a table's last cell
# ('行政事业性收费02025年，我局…' in a one-line copy: the fee 0, then 2025年)
YEAR_AT_RUN_END = re.compile(r"((?:19|20)\d{2})$")
# a date's separator, a copy's space after it too ('发布日期: 2024- 01- 22 17: 11'): one for every numeric date
_DASH = r"[-/.][ \u3000]?"
DATE_NUM = re.compile(r"(?<!\d)(20\d{2})" + _DASH + r"(\d{1,2})" + _DASH + r"(\d{1,2})(?!\d)")
# a date with its clock time fused on, the space between lost ('2021-03-2918:26'): the digits before the colon
# hold the day and the hour, read by clocked_day
DATE_CLOCKED = re.compile(r"(?<!\d)(20\d{2})" + _DASH + r"(\d{1,2})" + _DASH + r"(\d{3,4}):[0-5]\d(?!\d)")
# copies set spaces (plain, no-break or full-width) between a number and its 年/月/日 ('(2021年1 月21 日)',
# '(2024年3 月 26日)'); never a line break, which would join a table's figures or two lines into a date
_GAP = r"[ \t\u00a0\u3000]*"
DATE_CN = re.compile(r"(?<!\d)(20\d{2})" + _GAP + "年" + _GAP + r"(\d{1,2})" + _GAP + "月" + _GAP + r"(\d{1,2})"
                     + _GAP + "日")
# a date by month alone on a line of its own (a cover's '2011年1月' under the title): when the report was made
MONTH_LINE = re.compile(YEAR + _GAP + "年" + _GAP + r"\d{1,2}" + _GAP + r"月[ \t\u3000]*(?:\n|$)")
# a year naming the period a label counts, at its start ("2020年本行政区域…", "2021年度…")
LEADING_YEAR = re.compile(r"^" + YEAR + r"\s*年度?")
# the report speaking of its year in its own voice ("2022年度我乡共计主动公开信息77条", "2021年度，本局…"): the year
# a copy whose title names none still calls its own
# (_OWN_KINDS: the kind words a report's own voice names itself by, 我局, 本单位, 我委…)
_OWN_KINDS = "乡镇街局委院办厅区县市单部中所站队会司"
_OWN_VOICE = r"\s*[,，]?\s*[我本](?=[" + _OWN_KINDS + "])"
OWN_YEAR = re.compile(YEAR + r"\s*年度" + _OWN_VOICE)
# the same voice opening a sentence, then its year ('我委2019年度共主动公开…'; never a span, 我局2019年以来…): the year a
# copy with no title, period or year-first clause still calls its own (meta.stated_year's last resort)
VOICE_YEAR = re.compile(r"(?:^|[。；;\n])[ \t\u3000]*[我本][" + _OWN_KINDS + r"][\u4e00-\u9fff]?" + YEAR
                        + r"\s*年(?:度|全年)?(?![\d月]|以来|至)")
# with 年 alone only where the year opens a line or a clause ("一、概述\n2022年我单位共制作…"): mid-clause
# (较2022年我局…) it names a year compared with, so this one is read on the text before its spaces are taken out
# a line's or a clause's start, spaces after it — or a section's first heading and the spaces that stood for its line
# break in a copy run onto one line ('一、 总体情况 2024年,马桥镇人民政府…')
_CLAUSE_OPENING = r"(?:^|(?<=[。；;，,：:])|(?:(?<=总体情况|基本情况)|(?<=概述))(?=[ \t\u3000]))[ \t\u3000]*"
OWN_YEAR_OPENING = re.compile(_CLAUSE_OPENING + YEAR + r"[ \t\u3000]*年" + _OWN_VOICE, re.M)
# the same voice after a year anywhere but after a word comparing it or bounding a span (较2017年我办…, 自2017年…):
# a section's reporting sentence ('（二）主动公开政府信息的主要类别2017年，我办主动公开…' run onto its heading's line)
YEAR_IN_OWN_VOICE = re.compile(rf"(?<![{_COMPARING}于至到从自止、及])" + YEAR + r"[ \t\u3000]*年度?" + _OWN_VOICE)
# a year opening a line or a clause with a subject after it ('2021年,省人社厅坚持…', '2025年,辽宁省人民政府办公厅…'):
# the report's own year where that subject is the report's organ (audits.years.own_year asks)
YEAR_SUBJECT = re.compile(_CLAUSE_OPENING + YEAR + r"[ \t\u3000]*年度?[ \t\u3000]*[,，]?[ \t\u3000]*"
                          r"(?P<subject>[\u4e00-\u9fff]{2,24})", re.M)
# the prose counting up to its year's end ('截至2021年12月31日,全年累计主动公开…', '截止2020年底'): the end of the
# year the report covers; not after a word comparing it with another year ('较截至2021年底…', '与截至…相比'). A
# run fused with its day ('截至20211231日', 年/月 lost; '截至202012月31日', 年 lost) is still a date here: 截至 says so,
# and a year-end's 1231 or 12月 tells where its year's four digits end, which a bare run longer than four never
# does (FORMAT.md §10); '报告所列数据截止日期为2019年12月31日' says the same
AS_OF_YEAR_END = re.compile(rf"(?<![{_COMPARING}])截[至止]到?(?:(?:日期|时间)[为是:：]?)?(?:[本今当]年)?" + _DIGITS
                            + r"(?:年?12月(?:31日|底|末)|年[底末]|[-/.]12[-/.]31(?!\d)|1231日)")
# the day the report's data stop on, said alone ('所列数据截止日期为2020年12月25日', '数据统计时间截至2019年12月31日'):
# a 统计期限 by its last day; a range after it ('…为2021年1月1日至…') is a period PERIOD reads
DATA_CUT_OFF = re.compile(r"数据[^。，,；;\d]{0,6}?截[止至]到?(?:日期|时间)?[为是:：]?(\d{4})年(\d{1,2}月\d{1,2}日)(?![\s\d]*[至到-])")
# a page's date stamp: a line that opens with a date and its clock time, then the page's fields
# ('2022-01-29 10:27:52 陆丰市人民政府办公室 字体:', '2024-01-23 16:45  稿件作者:'), the publication time a
# CMS prints under the title without a 发布时间 label
# a clock time (15:43, 09:30:12), as a site stamps a page's date with it ('时间:2025-12-31 15:43')
CLOCK = r"\d{1,2}:\d{2}(?::\d{2})?(?!\d)"
DATE_STAMP = re.compile(r"^(20\d{2})" + _DASH + r"(\d{1,2})" + _DASH + r"(\d{1,2})\s+" + CLOCK)
# a line that is a date and nothing else, as a report's sign-off prints it (2022年1月20日, 2022-01-20,
# 二〇二二年一月二十日; the day may be left out)
# a date's year, month and day in Chinese numerals (二〇二二年一月二十日: the year digit by digit): DATE_LINE and DATE_HANZI
# (元月: January, as a sign-off may print it — 二○一一年元月二十日)
_HANZI_YEAR, _HANZI_MONTH, _HANZI_DAY = "[〇○零一二三四五六七八九]{4}", "(?:[一二三四五六七八九十]{1,2}|元)", "[一二三四五六七八九十]{1,3}"
DATE_LINE = re.compile(r"(?:(?:19|20)\d{2}年\d{1,2}月(?:\d{1,2}日)?|(?:19|20)\d{2}[-/.]\d{1,2}[-/.]\d{1,2}"
                       rf"|{_HANZI_YEAR}年{_HANZI_MONTH}月(?:{_HANZI_DAY}日)?)[。.]?$")


def year_before(day: str) -> str:
    """A year right before `day` (1月1日, 12月31日), its 年 printed or lost ('20211月1日'): the day still tells
    where the year's four digits end."""
    return _DIGITS + r"(?:年|(?=" + day + r"))"


# a span from 1月1日 to 12月31日 of one year ('自2022年1月1日起,至2022年12月31日', '2022年1月1日至12月31日'): the whole of
# that year, not a part of it; groups: first year, last year (None when not repeated) — equal for a whole year
WHOLE_YEAR = re.compile(r"[自从]?" + year_before("1月1日") + r"1月1日起?[,，]?(?:至|到|—|－|-|~|～)"
                        r"(?:" + year_before("12月31日") + r")?12月31日止?")


# a date in Chinese numerals, as a document's date under its title or its sign-off prints it (二〇一一年四月二日): groups
# year (digit by digit), month, day
DATE_HANZI = re.compile(rf"({_HANZI_YEAR})\s*年\s*({_HANZI_MONTH})\s*月\s*({_HANZI_DAY})\s*日")
# a date in brackets closing a line (a portal's '…年度报告 ( 2017年11月14日 )', a title's own '…年度报告(二〇一〇年十二月二十日)'):
# no part of the words before it
BRACKETED_DATE_END = re.compile(r"\s*[（(]\s*(?:" + DATE_NUM.pattern + "|" + DATE_CN.pattern + "|" + DATE_HANZI.pattern
                                + r")\s*[)）]\s*$")


def _hanzi_date(m: re.Match) -> tuple[int, int, int] | None:
    """(year, month, day) of a DATE_HANZI match, or None where its month or day is no numeral."""
    year = int("".join(str(DIGITS["〇" if ch == "○" else ch]) for ch in m.group(1)))  # (○, a circle typed for 〇)
    month, day = 1 if m.group(2) == "元" else chinese_to_int(m.group(2)), chinese_to_int(m.group(3))
    return None if month is None or day is None else (year, month, day)


def day_in(text: str, start: int = 0, end: int | None = None) -> tuple[str, tuple[int, int]] | None:
    """The first whole date in text[start:end] — in figures (2024-01-16, 2024年1月16日), else in Chinese numerals — as
    YYYY-MM-DD with where it stands; None without one, or where its month or day is none of the calendar's."""
    end = len(text) if end is None else end
    m = DATE_NUM.search(text, start, end) or DATE_CN.search(text, start, end)
    got = tuple(int(g) for g in m.groups()) if m is not None else None
    if m is None and "年" in text[start:end]:
        m = DATE_HANZI.search(text, start, end)
        got = _hanzi_date(m) if m is not None else None
    if got is None or not (1 <= got[1] <= 12 and 1 <= got[2] <= 31):
        return None
    return f"{got[0]:04d}-{got[1]:02d}-{got[2]:02d}", m.span()


# the report naming itself in its opening ("…自然资源和规划局编制了2021年政府信息公开年度报告。"): the year a
# copy that lost its title line still states as its own — not a 《…》 it cites, nor a 格式 it follows
# ('…管理委员会2024年度政府信息公开工作情况报告如下'; '2022年卯都乡信息公开工作年度报告', 政府 left out); not the year of
# a date before the title ('2016年1月4日 平潭…公安局2015年…报告': a cover letter signed, then the report)
SELF_NAMED = re.compile(YEAR + r"\s*年(?!\s*\d{1,2}\s*月)度?[^。；;，,《》\n]{0,24}?信息公开(?:工作)?(?:年度)?(?:情况)?报告(?!格式)")


# the time a sentence opens with before its subject: its year, 今年以来, 一年来 ('2022年度,区园林绿化局…', '今年以来,…')
YEAR_SPOKEN = r"(?:" + YEAR + r"年(?:度|以来)?|今年以来|本年度|过去的?一年|一年来)"


# the opening presenting its own year's work in the organ's voice, the year after the speaker ("现将我局2020年度
# 政府信息公开情况报告如下", "…等六个方面汇报我镇2023年政府信息公开工作"): a copy without title or period still says it
SELF_PRESENTED = re.compile(r"(?:现将|汇报)[我本][^\s，,。；;]{0,3}?" + YEAR + r"\s*年度?\s*政府信息公开")
# the preamble's last words handing over the report with its year ('…六个部分组成。现将2025年度工作报告如下:'), after it
# named the report once already: a second statement of the year (meta._restated weighs the two)
PRESENTED_AS = re.compile(r"现将" + YEAR + r"\s*年度?[^。；;，,\n]{0,12}?报告如下")


# the opening naming what it was compiled from ("对新县镇2022年政府信息公开工作总结编制而成", "结合2024年东山街道政府
# 信息公开工作实际,编制发布本报告"): the year of the work it sums up, which the audit compares with the 统计期限; never
# the report's year (a 总结 is not the report)
SELF_SUMMED = re.compile(YEAR + r"\s*年度?[^。；;，,《》\n]{0,24}?政府信息公开(?:工作)?(?:年度)?(?:总结|实际)")
# or what it reflects ("编制本年度政府信息公开工作报告,全面反映2025年度工作成效", "反映官渡镇2025年度政府信息公开工作开展
# 情况"): the year of the work it sums up all the same
SELF_REFLECTED = re.compile(r"反映[^。；;，,《》\n\d]{0,10}?" + YEAR + r"\s*年度?(?:政府信息公开|政务公开)?工作")
# or the work it says it sums up, whose ever it names ("…编制,总结厦门市思明区人民政府办公室2021年政府信息公开工作情况"):
# the disclosure work said outright (总结2021年工作经验 is last year's lessons, no report's year)
SELF_SUMMING = re.compile(r"总结[^。；;，,《》\n\d]{0,24}?" + YEAR + r"\s*年度?(?:政府信息公开|政务公开)工作")


def clocked_day(run: str) -> int | None:
    """The day of a date whose clock time is fused on (DATE_CLOCKED's run, '2918' of '2021-03-2918:26'): the one way
    to split the run into a day (1–31) and an hour (0–23), one or two digits each ('29' and '18'; '2' and '918' is no
    hour); None where two ways hold ('219': 2 at 19 o'clock or 21 at 9) or none."""
    splits = [int(run[:i]) for i in (1, 2) if 1 <= len(run) - i <= 2 and 1 <= int(run[:i]) <= 31 and int(run[i:]) <= 23]
    return splits[0] if len(splits) == 1 else None


# the statistics period a report states (统计期限为2023年1月1日至12月31日): one reader for the meta's year and the
# audit's period rules (years._periods). A period's year may have lost its 年 ('自20211月1日起至202212月31日止'): the
# day it runs from or to still tells where the year ends;
# it runs to 12月31日, or stops short of it (`…至2022年12月20日止`: read, so the rule can say so)
# (its 月 too, '自202111日至20221231日': after four year digits, 11日 can only be 1月1日 and 1231日 only 12月31日)
# the words that open it: '统计期限', '数据截止期限' (2092), '所列统计数据的期限' (2099), and what the report's content
# covers, '内容涵盖广东省林业局2024年1月1日至…期间' (2100: read for its year only); a statistics period may stop in any
# month: '至2024年6月30日止'; '统计时段为…' (2243), '统计数据从…' (2249)
# (every alternative opens with a character of its own, 内容涵盖|报告涵盖 spelt out: the engine then scans for those
# characters instead of trying the pattern at every character of the opening's 6,000)
PERIOD_OPENS = (r"(统计(?:数据的?)?(?:期限|周期|时限|时段|时间|区间|范围)|数据(?:统计)?的?(?:截止)?(?:期限|时段|时间|区间)|统计数据(?=[从自])"
                 r"|所列(?:统计)?数据|内容涵盖|报告涵盖)")
# the last day's month is any one or two digits not glued to a longer run: '至2025年13月31日' is read as printed (the
# rule names a day no calendar has), never as its tail '3月31日'; after four year digits whose 年 was lost
# ('202412月31日') the month is 1–12
PERIOD = re.compile(PERIOD_OPENS + r"[^。；]{0,30}?"
                     + year_before("1月?1日") + r"1月?1日[^。；]{0,10}?(?:" + year_before(r"\d{1,2}月\d{1,2}日|1231日")
                     + r")?((?:(?<!\d)\d{1,2}|(?<=\d{4})(?:1[0-2]|[1-9]))月\d{1,2}日|1231日)")
# a period said in months, no day ('统计时限为2022年1月至2022年12月'): 12月 is the whole of its last month
PERIOD_MONTHS = re.compile(PERIOD_OPENS + r"[^。；]{0,30}?(?<!\d)(\d{4})年1月(?![\d日])[^。；\d]{0,4}?(?:(\d{4})年)?"
                            r"((?:1[0-2]|[1-9])月)(?![\d日])")
