"""Words that say a figure covers more than the report's year: the years so far (历年, 累计, 以来) and the stock
at a date (截至目前). claims, rates, lists and disclosed each read them, with words of their own around them."""
from __future__ import annotations

import re

# a span reaching back before the year (历年, 自2019年以来, 成立以来): never the year alone, even after the year is
# named (全年累计… counts the year; 2023年历年… does not)
# (近3年共受理…2件, 三年来: the last few years together, never the report's year alone)
# (一年来 is the year's; a year in Chinese numerals, 二〇一八年以来, is no span of N years)
SINCE_WORDS = (r"历年|自\d{4}年以来|成立以来|近(?:\d{1,2}|[两二三四五六七八九十几]{1,3})年"
               r"|(?<![\d年〇零一二三四五六七八九十])(?:\d{1,2}|[两三四五六七八九几]|[二三四五]?十[一二三四五六七八九]?)年(?:来|以来)")
# a figure of all the years so far, not of the year
PERIOD_WORDS = rf"{SINCE_WORDS}|累计(?!受理|收到)"
STOCK_WORDS = "截至|截止|至今"  # 截至目前，制发规范性文件N件: everything so far
# a figure counted to date or since a start, whichever year its clause names (目前我委总计主动公开…2739条, 历年…, 截至…):
# never a part of one year's total (累计 alone is not enough: 全年全区累计更新…1319条 counts the year)
_TO_DATE_WORDS = rf"{SINCE_WORDS}|(?<!年)(?<!年度)以来|{STOCK_WORDS}|目前"
TO_DATE = re.compile(_TO_DATE_WORDS)
# the words before a figure in its clause that count it over more than the year: those, and 累计 (累计主动公开…2457条) —
# but 累计 after the year (2020年累计…, 全年累计…) counts that year — and any 以来
OVER_YEARS = re.compile(rf"(?<!年)(?<!年度)累计|以来|{_TO_DATE_WORDS}")
# the documents in force at the year's end (现行有效22件, 继续有效…): a stock, said of table 二(一)'s last column
IN_FORCE_WORDS = r"现行有效|继续有效|有效存续"
