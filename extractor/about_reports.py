"""What a page is when its headings do not tell. Pages about annual reports that are none themselves: a rule on
reporting written in articles (第一条 … 第三条 …, listing the sections a report must have as its own lines), and a
notice on how to compile the year's reports (关于做好2009年度政府信息公开工作年度报告有关事项的通知) that never
speaks as a report. Both print the section headings a report has, so headings alone cannot tell them from one.
And a report titled as one whose outline is its own (a 2008 school's '一、领导重视,机制健全'), which no heading tells."""
from __future__ import annotations

import re

from .dates import YEAR
from .organ_name import from_title
from .segment import presents_report

# a regulation's articles, each opening its line; a table's block title '第二十条 第(一)项' is no article
_ARTICLE = re.compile(r"^[ \t\u3000]*第([一二三])条(?![ \t\u3000]*第)", re.M)
# a title that is a notice, rule or format about the reports (not '…年度报告' itself)
_ABOUT = re.compile(r"(?:关于|印发)[^。\n]{0,40}(?:年度报告|年报)[^。\n]{0,24}(?:通知|函|意见)|"
                    r"(?:年度报告|年报)(?:工作)?(?:制度|格式|办法|细则)")
# the report speaking of itself ('编制此报告' as '本报告'): a notice publishing a report ('关于公布…年度报告的通知') carries the report
SELF_WORDS = re.compile(r"本(?:年度)?报告|本年报|特编制本|编制此报告|报告中所列数据|统计期限")


def about_reports(title: str | None, text: str) -> bool:
    """Whether the page is a rule or notice about annual reports rather than a report."""
    if {m.group(1) for m in _ARTICLE.finditer(text)} >= {"一", "二", "三"}:
        return True
    return bool(title and _ABOUT.search(title)) and not SELF_WORDS.search(text) and presents_report(text) is None


# a report's own title: an organ, its year and the report word closing the title (never …报告的通知, …报告解读);
# the year may come first, the organ after it ('2020年度龙游县湖镇镇政府信息公开工作报告': from_title finds the organ)
_TITLE_WORDS = YEAR + r"\s*年度?(?:[\u4e00-\u9fff]{2,30}?)?(?:政府|政务)?信息公开(?:工作)?(?:年度)?(?:报告|年报)"
_OWN_TITLE = re.compile(_TITLE_WORDS + "$")
# the report's own title run into its body and its first sentence opening with the year ('平潭县质监局2011年度政府信息公开
# 工作报告 2011年，平潭县质监局…'): the report's opening, where no heading shows it (a date line under the title is no sentence)
TITLE_THEN_YEAR = re.compile(_TITLE_WORDS + r"[ \t\u3000\n]*" + YEAR + r"\s*年度?[，,]")
# a part of the body under its own number (一、…, or (一)… as the format's sub-items are numbered: a 2021 page of a
# 地震局 opens '(一)主动公开情况' under its title; a space may stand before the 、: '一 、政府信息公开工作的基本概况'): a
# page of report titles (an index) has none
# (or run on after the sentence setting the report out, in a one-line copy: '…现将有关工作情况报告如下： 一、加强组织领导…',
# 4585 — not after any sentence: a news item on a report lists its points so, '报告显示，…亮点： 一、…')
_NUMBERED_PART = re.compile(r"(?:^|(?<=如下[：:]))[ \t\u3000]*(?:[一二三四五六][ \t\u3000]*、|[（(][一二三四五六][）)])", re.M)
# or items as prose numbers them, each opening its line, 一是 and then 二是 ('一是严格落实…', '二是严谨办理…': an
# overview printed without its heading)
SAID_ITEMS = re.compile(r"^[ \t\u3000]*一是.*\n(?:.*\n)*?[ \t\u3000]*二是", re.M)


def own_title(title: str | None) -> bool:
    """Whether a title is an organ's report on a year, not a page about one."""
    return bool(title and _OWN_TITLE.search(title) and from_title(title) is not None)


def titled_as_report(title: str | None, text: str) -> bool:
    """Whether the page's title is an organ's report on a year ('泰山学院附属中学2008年度政府信息公开工作年度报告')
    and the body below it goes on in numbered parts (一、, (一) or lines opening 一是, 二是): a report on its own
    outline, or a page of one."""
    if not own_title(title):
        return False
    numbered = _NUMBERED_PART.search(text) or SAID_ITEMS.search(text)
    return numbered is not None and text.count("信息公开") >= 3
