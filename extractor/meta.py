"""Title, organ, year covered and publication date, read from the normalised text.

Copies lose characters (`2024年1月1日` → `202411日`, `〔2018〕64号` → `〔201864号`): a year is only read
from a four-digit run that is not part of a longer digit run (FORMAT.md §10).
"""
from __future__ import annotations

import re

from . import chrome
from .basis import LAW_BASIS
from .enumerators import SECTION_NUMERAL
from .ir import stripped_lines
from .numerals import COUNT_UNIT
from .dates import AS_OF_YEAR_END, BRACKETED_DATE_END, DATE_CLOCKED, DATE_CN as _DATE_CN, DATE_NUM as _DATE_NUM, DATE_STAMP, clocked_day, \
    day_in, \
    SELF_NAMED as _SELF_NAMED, SELF_PRESENTED as _SELF_PRESENTED, SELF_REFLECTED as _SELF_REFLECTED, \
    SELF_SUMMED as _SELF_SUMMED, SELF_SUMMING as _SELF_SUMMING, YEAR as _YEAR, PERIOD, VOICE_YEAR as _VOICE_THEN_YEAR, \
    PRESENTED_AS, YEAR_SUBJECT
from .organ_announced import REPORT_WORD
from .organ_words import CJK
from .organ_name import from_title as organ_from_title, organ

# (a year's 政务公开 work reported as such: '西藏自治区住房和城乡建设厅2025年度政务公开工作情况的报告')
# (a line that may be the title, found anywhere on it: about_reports._OWN_TITLE asks more of a title once found — the
# year first, the report word closing it — to say it is an organ's own report; neither can serve the other)
TITLE_PATTERN = re.compile(r"(政府信息公开|政务公开|信息公开).{0,12}" + REPORT_WORD + r"|年度.{0,10}政府信息公开.{0,8}报告"
                           r"|年度?(?:政府信息公开|政务公开)工作情况的?报告"
                           # (the report titled as the year's summing-up, closing its line: '平潭县卫生局2013年度政府信息公开情况总结')
                           r"|" + _YEAR + r"年度?(?:政府|政务)信息公开(?:工作)?情况总结$"
                           # (or as the year's bare 报告, the 2008 条例's first reports: '兴华乡2010年政府信息公开报告')
                           r"|" + _YEAR + r"年度?(?:政府|政务)?信息公开报告$")
# the statistics period or the date the figures stand at (数据核定时间点为…12月31日, 数据截止…), not a publication date
_PERIOD_WORDS = re.compile(r"统计|期限|至|起|截止|核定|时间点")
# a year's first day anywhere (自2023年1月1日起): the year, where no 统计期限 sentence says it (dates.PERIOD)
_FIRST_DAY = re.compile(_YEAR + r"年\s*1\s*月\s*1\s*日")
# a title at the start of a line the page head runs together, read up to its 报告 (the rest is preamble), set off by a
# space or followed at once by the preamble's opening ('2024年丽水市政府信息公开工作年度报告根据《…条例》编制…')
_RUN_IN_TITLE = re.compile(r"(\S.{4,68}?(?:报告|年报))(?:[ \t\u3000]+(?=\S)|(?=" + LAW_BASIS + "|本报告))")
# a year a title names as its year: "2020年度…", "…局2020年政府信息公开…", never a date's year ("日期: 2021-03-30",
# "2021年3月30日" — a title line joined with the date under it names when it was published, not what it covers)
_TITLE_YEAR = re.compile(_YEAR + r"(?!\s*[-/.]\s*\d{1,2}\s*[-/.]|\s*年\s*\d{1,2}\s*月)")


def title(text: str, first_section: int | None) -> tuple[str | None, int | None]:
    """The report's title line: near the top, naming 政府信息公开 and a report, best with a year."""
    limit = first_section if first_section else min(len(text), 1500)
    best, best_score = (None, None), 0
    # a page's metadata line gives its values ('名 称: 咸宁高新区…报告 发布日期: …' → '咸宁高新区…报告')
    # (a table cell's bars around it are no part of it: '2019年浙江省人民政府办公厅…年度报告 | |||…' on a page that
    # prints its title in a layout table)
    pieces = [(p, part.strip(" \t|｜"), part == l, l.lstrip(" \t|｜").startswith(part.strip(" \t|｜")))
              for p, l in stripped_lines(text[:limit]) if l for part in chrome.parts(l)]
    lines = [(p, part) for p, part, _, _ in pieces]
    # a title broken over two lines ("孝感市人民政府办公室" / "2020年政府信息公开工作年度报告"); its first half is a line
    # of its own, never a field's value ('所属机构: 平川区政府办 发布机构:' names the site that posts the report), its second
    # half what opens its line, never a field's value either ('部门信息公开年报 2020' / '索引号 3212000041/2021-354904 分类
    # 报告': the index number's year is no title's, held-out 4333)
    joined = [(p, a + b) for (p, a, whole, _), (_, b, _, opens) in zip(pieces, pieces[1:])
              if whole and opens and len(a) <= 30 and len(b) <= 30]
    # a title run into the text after it on one long line ("保定市徐水区交通运输局 2021年度政府信息公开工作年度报告
    # 根据《…》…"): its head up to the first 报告 set off by a space
    run_in = [(p, m.group(1)) for p, line in lines if len(line) > 70 and (m := _RUN_IN_TITLE.match(line))]
    for pos, line in lines + joined + run_in:
        # (a portal's date in brackets after the title is no part of it: '2012年…工作年度报告 ( 2017年11月14日 )')
        line = BRACKETED_DATE_END.sub("", line)
        # (every title names 公开: most lines are spared the pattern)
        if not (6 <= len(line) <= 70) or "公开" not in line or not TITLE_PATTERN.search(line) \
                or line.startswith(("根据", "本报告", "现将")):
            continue
        # (a line under a part's numeral is a heading — a site's menu item '六、年度政府信息公开工作报告0600' —, not the title)
        score = (2 + bool(year_in_title(line)) * 2 + line.endswith(("报告", "年报"))
                 + (organ_from_title(line) is not None) - (">" in line or "位置" in line) * 5
                 - (SECTION_NUMERAL.match(line) is not None) * 3)
        if score > best_score:
            best, best_score = (_strip_page_prefix(line), pos), score
    return best


def year_in_title(t: str | None) -> re.Match | None:
    """The year a title states (group 1), preferring one written with 年; None when it names none."""
    if not t:
        return None
    found = list(_TITLE_YEAR.finditer(t))
    return next((m for m in found if t[m.end():].lstrip().startswith("年")), found[0] if found else None)


# the report's own title quoted right after the verb that makes it ("我镇认真编制了《田黄镇2020年…报告》", 编写了) or
# makes it public ("特向社会公布《衡山县开云新区管理委员会2020年…报告》", "现向社会公开《宝鸡市…2021年…报告》")
_OWN_QUOTE = re.compile(r"(?:(?:编制|编写|撰写|制作|形成)了?|现将|现公布|现发布|向社会(?:公布|公开|发布))\s*$")


def year_named(text: str, first_section: int | None, quoted_own: bool = False, start: int = 0) -> re.Match | None:
    """Where the opening text (before the first section; from `start`, e.g. past the title) names the report
    with its year (group 1). With `quoted_own`, also a 《…》 the opening says it compiled, or the 工作总结 it was
    compiled from, reflects or sums up — what a copy may carry over from the year before, so the audit compares it with the
    统计期限 while the report's year is not read from it."""
    head = text[: first_section if first_section else min(len(text), 1500)]
    found = [m for m in _SELF_NAMED.finditer(head, start) if _own_naming(head, m, quoted_own)]
    if quoted_own:
        found += [m for pat in (_SELF_SUMMED, _SELF_REFLECTED, _SELF_SUMMING) for m in pat.finditer(head, start)
                  if _own_naming(head, m, False)]
    return min(found, key=lambda m: m.start(), default=None)


_COUNTED = re.compile(rf"[（(]?\d+{COUNT_UNIT}")


def _own_naming(head: str, m: re.Match, quoted_own: bool) -> bool:
    # an item of a list of what was published ('…信息3条、吐鲁番市高昌区住建局2024年政府信息公开工作年度报告、2025年其他…'):
    # an earlier report put online, not this one naming itself — so too the list's last item, its count after it
    # ('…人事任免公开政府信息8条、福州市城乡建设局2021年度政府信息公开工作年度报告1条。')
    if head.startswith(("、", "等"), m.end()) or _COUNTED.match(head, m.end()):
        return False
    opened = head.rfind("《", 0, m.start())
    if opened <= head.rfind("》", 0, m.start()):  # not inside a cited title
        return True
    return bool(quoted_own and _OWN_QUOTE.search(head, max(0, opened - 6), opened))


def _strip_page_prefix(line: str) -> str:
    """'Page 8 - 威海市…报告' (flipbook pages) → '威海市…报告'."""
    return re.sub(r"^(page|p\.)\s*\d+\s*[-–—:]\s*", "", line, flags=re.I)


def year(text: str, t: str | None, published: str | None, first_section: int | None = None) -> int | None:
    """The year the report covers: the one it states, else the year before its publication date."""
    stated = stated_year(text, t, first_section)
    if stated is not None:
        return _restated(text, _slip_told(text, stated, published), first_section)
    if published:
        return int(published[:4]) - 1
    return None


def _slip_told(text: str, stated: int, published: str | None) -> int:
    """The named year, or the 统计期限's where the two disagree and the publication date sides with the period
    ('现公布…2022年…年度报告。…统计时限为2023年1月1日至2023年12月31日', published 2024-01-17): the name is the slip, the
    report is on the period's year (the audit still says the two disagree, meta.dates)."""
    if not published or not published[:4].isdigit():
        return stated
    m = PERIOD.search(text)
    period = int(m.group(2)) if m else None
    if period is not None and period != stated and int(published[:4]) == period + 1:
        return period
    return stated


def _restated(text: str, named: int, first_section: int | None) -> int:
    """The named year, or the one the preamble hands the report over with ('现公布…2024年…年度报告,…现将2025年度工作报告
    如下') where the overview's first sentence opens with that one too ('2025年瓦房镇人民政府按照…'): two statements
    against one, the name is the slip (the audit still says the two disagree, meta.dates)."""
    m = PRESENTED_AS.search(text, 0, first_section if first_section is not None else 1500)
    if m is None or int(m.group(1)) == named:
        return named
    # the overview's first sentence: under its heading, right after the words that hand the report over
    opening = YEAR_SUBJECT.search(text, m.end(), m.end() + 200)
    return int(m.group(1)) if opening is not None and opening.group(1) == m.group(1) else named


def stated_year(text: str, t: str | None, first_section: int | None = None) -> int | None:
    """The year the report states as its own (title, opening, period, a year set off as its own clause); None
    when only a publication date could tell it — what rests on that year is then an inference."""
    m = year_in_title(t) or year_named(text, first_section) \
        or _SELF_PRESENTED.search(text, 0, first_section if first_section else min(len(text), 1500))
    if m:
        return int(m.group(1))
    m = PERIOD.search(text)  # the 统计期限, its 年 printed or lost ('统计期限为20231月1日至12月31日')
    if m:
        return int(m.group(2))
    m = _FIRST_DAY.search(text)
    if m:
        return int(m.group(1))
    # a sentence opening with its year, '在' before it or not ('在2024年,长春市经济合作局坚决贯彻…')
    m = re.search(r"(?:^|[。；;\n])\s*在?" + _YEAR + r"\s*年(?:度|以来|全年)?(?![\d月])", text)
    if m:
        return int(m.group(1))
    # a line opening with a year whose 年 the copy lost, set off by its comma before the sentence's subject
    # ('2025,吐鲁番市高昌区住建局以…', '2024,我厅政府信息公开工作坚持…')
    m = re.search(r"(?:^|\n)[ \t\u3000]*" + _YEAR + r"[,，][ \t\u3000]*(?=[\u4e00-\u9fff])", text[:3000])
    if m:
        return int(m.group(1))
    # a sentence whose subject is the organ's work of a year ('儋州市2016年政府信息公开工作,认真贯彻…'): the year it
    # reports on (a title goes on to its 报告, a plan to its 要点; the comma tells a sentence)
    m = re.search(r"(?:^|[。\n])[ \t\u3000]*[\u4e00-\u9fff]{2,20}?" + _YEAR + r"\s*年度?(?:政府|政务)?信息公开工作[,，]",
                  text[:3000])
    if m:
        return int(m.group(1))
    # "…坚持依法公开,2022年,我局在…网站主动公开信息416条": a year set off as its own clause before the report's
    # own voice (我局 / 本单位) says what year it is speaking of, mid-sentence too
    # (or after a point's head and its colon: '1.政府信息公开:2021年度,我局已在网站发布…')
    m = re.search(r"[,，:：]\s*" + _YEAR + r"\s*年度?\s*[,，]\s*[我本]", text[:3000])
    if m:
        return int(m.group(1))
    # "截止2023年12月31日我局…": a year-end cut-off names the year the figures cover
    m = AS_OF_YEAR_END.search(text[:3000])
    if m:
        return int(m.group(1))
    # the report's own voice opening a sentence, then its year ('我委2019年度共主动公开政府信息422条')
    m = _VOICE_THEN_YEAR.search(text[:3000])
    if m:
        return int(m.group(1))
    return None


def published(text: str, first_section: int | None) -> str | None:
    # a first heading at the very start (offset 0) leaves no page head to read
    head = text[: first_section] if first_section is not None else text[:800]
    # the page's own date field ('信息来源:省统计局发布时间:2022-01-21 16:49被阅览数:') first
    head_lines = [line for _, line in stripped_lines(head)]
    # (an index block's pipe row without colons too: '索 引 号 | … | 发布机构 | 公开日期 | 2022-01-17 | |', printed
    # before the same block again with colons, whose date may differ)
    found = [f for line in head_lines for f in chrome.fields(line) or chrome.pipe_fields(line)]
    for label in chrome.DATE_LABELS:
        for key, value in found:
            d = _date(value) if key == label and not _PERIOD_WORDS.search(value) else None
            if d:
                return d
    for line in head_lines:
        # the title with the report's date in brackets closing it ('…2010年政府信息公开工作年度报告(二〇一〇年十二月二十日)')
        closing = BRACKETED_DATE_END.search(line)
        if closing is not None and TITLE_PATTERN.search(line[:closing.start()]) and (d := _date(closing.group())):
            return d
        stamp = _stamp_before_fields(line) or _BRACKETED_DATE.match(line)
        # (its date opens the line: whatever period the run-on preamble names after it)
        if stamp is not None and (d := _date(line[:stamp.end()])):
            return d
        if _PERIOD_WORDS.search(line) or _CLOCK_WORDS.search(line):
            continue  # the statistics period or the site's clock, not a publication date
        # a publication date's key (发布日期, 成文时间, 日期): each holds 日期 or 时间
        if ("日期" in line or "时间" in line or DATE_STAMP.match(line)) and len(line) <= 80 or len(line) <= 24 \
                or _byline(line):
            d = _date(line)
            if d:
                return d
    for line in _last_lines(text, 12):
        if len(line) <= 20 and not _CLOCK_WORDS.search(line):
            d = _date(line)
            if d:
                return d
    return None


# a publication date's key printed before its date in the page head, with or without a colon ('发布机构 发布日期
# 2024-02-29 15:53:27' beside '时间: 2024-01-29 15:53:27'); a bare 日期/时间 only as a key of its own, never the end of
# another's (归档时间, 更新时间, 成文日期 — when a page was filed, updated or written, not published)
_BARE_KEYS = ("日期", "时间")
_PUBLISHED_KEY = re.compile(
    "(?P<key>" + "|".join(k for k in chrome.DATE_LABELS if k != "成文日期" and k not in _BARE_KEYS)
    + "|(?<![\u4e00-\u9fff])(?:" + "|".join(_BARE_KEYS) + "))" + r"[ \t\u3000:：|｜]*")


def published_dates(text: str, first_section: int | None) -> list[tuple[str, str, tuple[int, int]]]:
    """Every publication date keyed in the page head (key, YYYY-MM-DD, where the date stands), in order: a page
    prints its date once or more, and every print should agree."""
    head = text[: first_section] if first_section is not None else text[:800]
    out = []
    for pos, line in stripped_lines(head):
        if len(line) > chrome.MAX_LINE or _PERIOD_WORDS.search(line) or _CLOCK_WORDS.search(line):
            continue
        at = text.find(line, pos)  # where the stripped line starts
        for m in _PUBLISHED_KEY.finditer(line):
            d = _DATE_NUM.match(line, m.end()) or _DATE_CN.match(line, m.end())
            if d and _date(d.group()):
                out.append((m.group("key"), _date(d.group()), (at + d.start(), at + d.end())))
    return out


# a page's byline: one date beside nothing but the site's name or address and its own fields ('银川市人民政府门户网站
# www.yinchuan.gov.cn 2023-01-28', '2021-02-09 发布:卓尼县人民政府办公室 点击数:'), no key naming the date; never
# the site's clock ('今天:2024年2月22日 星期四', '2019年12月3日星期二' alone under the site's name): refused wherever
# an unkeyed date is taken; a field's value may stand a space after its colon ('来源: 上海普陀上海市普陀区长征镇人民政府')
_SITE_ADDRESS = re.compile(r"(?:https?://)?[\w.-]+\.(?:cn|com|net|org)(?:/\S*)?")
_SITE_NAME = re.compile(CJK + "{2,15}")  # a site's name, printed before its address
_BYLINE_CHROME = re.compile(_SITE_ADDRESS.pattern + r"|\S{0,30}?(?:网站|网)|[^\s:：]{1,6}[:：]\S*")
_FIELD_SPACE = re.compile(r"(?<=[:：])[ \t\u3000]+(?=[^\s:：])")
_CLOCK_WORDS = re.compile(r"今天|今日|星期|天气")


# a date in brackets opening the page, as a document prints its date under its title ('(2017年12月15日) 平甸乡政府信息
# 公开工作领导小组办公室 根据…', the copy's one line run on after it); a bracket closing right after the day (a period in
# brackets, （2019年1月1日至12月31日）, never matches)
_BRACKETED_DATE = re.compile(r"[（(][ \t\u3000]*(?:" + _DATE_CN.pattern + "|" + _DATE_NUM.pattern + r")[ \t\u3000]*[)）]")


def _stamp_before_fields(line: str) -> re.Match | None:
    """The date opening a line before the page's fields, the preamble run on after them ('2024年01月23日 来源: 上海普陀
    本年度报告根据…'): the page's date stamp, however long the line the copy made of it (only that date is read: the
    preamble may date its period after it)."""
    m = _DATE_NUM.match(line) or _DATE_CN.match(line)
    ok = m is not None and line[m.end():m.end() + 1] in (" ", "\t", "\u3000") and chrome.opens_with_field(line[m.end():])
    return m if ok else None


def _byline(line: str) -> bool:
    line = line.rstrip(" \t\u3000|｜")
    if len(line) > 80 or re.search(r"[。，,；;《]", line):
        return False
    dates = list(_DATE_NUM.finditer(line)) + list(_DATE_CN.finditer(line))
    if len(dates) != 1:
        return False
    before, after = line[: dates[0].start()].strip(), line[dates[0].end():].strip()
    # the title with its date after it on one line ('上海市杨浦区信访办公室2024年政府信息公开工作年度报告 2025-01-23'):
    # the date the page printed under the title, run onto its line
    if not after and before.endswith(("报告", "年报")) and TITLE_PATTERN.search(before):
        return True
    rest = _FIELD_SPACE.sub("", chrome.FONT_SIZES.sub(" ", before + " " + after)).split()
    # the site's name printed before its address ('交口县政府 www.jiaokou.gov.cn 2026-01-22 14:32 来源:…')
    named = [i for i in range(len(rest) - 1) if _SITE_ADDRESS.fullmatch(rest[i + 1]) and _SITE_NAME.fullmatch(rest[i])]
    rest = [word for i, word in enumerate(rest) if i not in named]
    return bool(rest) and all(_BYLINE_CHROME.fullmatch(word) for word in rest)


def _last_lines(text: str, n: int) -> list[str]:
    """The text's last `n` non-blank lines, stripped, the last first (read from the end, not the whole text)."""
    out: list[str] = []
    for raw in reversed(text.split("\n")):
        line = raw.strip()
        if line:
            out.append(line)
            if len(out) == n:
                break
    return out


def _date(line: str) -> str | None:
    # both figure patterns open with a year 20xx: most lines hold none
    m = (_DATE_NUM.search(line) or _DATE_CN.search(line)) if "20" in line else None
    if m:
        y, mo, d = (int(g) for g in m.groups())
    else:  # '2021-03-2918:26': the clock time fused on, read where the day is plain
        m = DATE_CLOCKED.search(line) if "20" in line else None
        day = clocked_day(m.group(3)) if m else None
        if day is None:
            # a date in Chinese numerals ('(二〇一一年四月二日)', '…2010年…报告(二〇一〇年十二月二十日)')
            got = day_in(line) if "年" in line else None
            return got[0] if got else None
        y, mo, d = int(m.group(1)), int(m.group(2)), day
    if not (1 <= mo <= 12 and 1 <= d <= 31):
        return None
    return f"{y:04d}-{mo:02d}-{d:02d}"


def read_meta(text: str, first_section: int | None) -> dict:
    t, _ = title(text, first_section)
    pub = published(text, first_section)
    return {"title": t, "organ": organ(text, t), "year": year(text, t, pub, first_section), "published": pub}
