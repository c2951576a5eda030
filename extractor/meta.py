"""Title, organ, year covered and publication date, read from the normalised text.

Copies lose characters (`2024年1月1日` → `202411日`, `〔2018〕64号` → `〔201864号`): a year is only read
from a four-digit run that is not part of a longer digit run (FORMAT.md §10).
"""
from __future__ import annotations

import re

from .enumerators import LEADING
from .ir import lines

_YEAR = r"(?<!\d)((?:19|20)\d{2})(?!\d)"
TITLE_PATTERN = re.compile(r"(政府信息公开|政务公开|信息公开).{0,12}(年度报告|工作报告|年报)|年度.{0,10}政府信息公开.{0,8}报告")
_ORGAN_END = ("人民政府办公室", "办公室", "人民政府", "委员会", "办事处", "街道", "局", "委", "厅", "署", "院",
              "中心", "镇", "乡", "办", "政府", "所", "队", "处", "会", "分局", "管委会")
_DATE_NUM = re.compile(r"(?<!\d)(20\d{2})[-/.](\d{1,2})[-/.](\d{1,2})(?!\d)")
_DATE_CN = re.compile(r"(?<!\d)(20\d{2})年(\d{1,2})月(\d{1,2})日")
_PUBLISHED_KEY = re.compile(r"(发布|发表|成文|公开|印发)?(日期|时间)")
_PERIOD = re.compile(_YEAR + r"年\s*1\s*月\s*1\s*日")
_YEAR_END = re.compile(r"截[止至]\s*" + _YEAR + r"\s*年\s*12\s*月\s*31\s*日")
# a year a title names as its year: "2020年度…", "…局2020年政府信息公开…", never a date's year ("日期: 2021-03-30",
# "2021年3月30日" — a title line joined with the date under it names when it was published, not what it covers)
_TITLE_YEAR = re.compile(_YEAR + r"(?!\s*[-/.]\s*\d{1,2}\s*[-/.]|\s*年\s*\d{1,2}\s*月)")
_SOURCE_FIELD = re.compile(r"(发布机构|信息来源|来源|发文机关)\s*[:：]?\s*([^\s:：]{2,30})")


def _lines(text: str) -> list[tuple[int, str]]:
    return [(start, raw.strip()) for start, _, raw in lines(text)]


def title(text: str, first_section: int | None) -> tuple[str | None, int | None]:
    """The report's title line: near the top, naming 政府信息公开 and a report, best with a year."""
    limit = first_section if first_section else min(len(text), 1500)
    best, best_score = (None, None), 0
    lines = [(p, l) for p, l in _lines(text[:limit]) if l]
    # a title broken over two lines ("孝感市人民政府办公室" / "2020年政府信息公开工作年度报告")
    joined = [(p, a + b) for (p, a), (_, b) in zip(lines, lines[1:]) if len(a) <= 30 and len(b) <= 30]
    for pos, line in lines + joined:
        if not (6 <= len(line) <= 70) or not TITLE_PATTERN.search(line) or line.startswith(("根据", "本报告", "现将")):
            continue
        score = (2 + bool(year_in_title(line)) * 2 + line.endswith(("报告", "年报"))
                 + (organ_from_title(line) is not None) - (">" in line or "位置" in line) * 5)
        if score > best_score:
            best, best_score = (_strip_page_prefix(line), pos), score
    return best


def year_in_title(t: str | None) -> re.Match | None:
    """The year a title states (group 1), preferring one written with 年; None when it names none."""
    if not t:
        return None
    found = list(_TITLE_YEAR.finditer(t))
    return next((m for m in found if t[m.end():].lstrip().startswith("年")), found[0] if found else None)


# the report naming itself in its opening ("…自然资源和规划局编制了2021年政府信息公开年度报告。"): the year a
# copy that lost its title line still states as its own — not a 《…》 it cites, nor a 格式 it follows
_SELF_NAMED = re.compile(_YEAR + r"\s*年度?[^。；;，,《》\n]{0,24}?政府信息公开(?:工作)?(?:年度)?报告(?!格式)")


def year_named(text: str, first_section: int | None) -> re.Match | None:
    """Where the opening text (before the first section) names the report with its year (group 1)."""
    head = text[: first_section if first_section else min(len(text), 1500)]
    for m in _SELF_NAMED.finditer(head):
        if head.rfind("《", 0, m.start()) <= head.rfind("》", 0, m.start()):  # not inside a cited title
            return m
    return None


def _strip_page_prefix(line: str) -> str:
    """'Page 8 - 威海市…报告' (flipbook pages) → '威海市…报告'."""
    return re.sub(r"^(page|p\.)\s*\d+\s*[-–—:]\s*", "", line, flags=re.I)


def organ_from_title(t: str | None) -> str | None:
    if not t:
        return None
    t = re.sub(r"^(关于)", "", t)
    m = re.search(_YEAR + r"\s*年?度?", t)
    candidates = []
    if m:
        candidates += [t[: m.start()], re.split(r"政府信息公开|政务公开|信息公开", t[m.end():])[0]]
    else:
        candidates.append(re.split(r"政府信息公开|政务公开|信息公开", t)[0])
    for c in candidates:
        c = re.sub(r"^.*(现将|现公布|现公开|现向社会公布)", "", c.strip(" ,，、()（）"))
        if _is_organ(c):
            return c
    return None


def _is_organ(name: str | None) -> bool:
    # a bare kind word ("街道高度重视…" → 街道) names no organ
    return (bool(name) and 2 <= len(name) <= 40 and name.endswith(_ORGAN_END) and name not in _ORGAN_END
            and not name.startswith(("我", "本", "该")))


def organ_from_signature(text: str) -> str | None:
    lines = [l for _, l in _lines(text) if l]
    for i in range(len(lines) - 1, max(-1, len(lines) - 15), -1):
        line = lines[i]
        if (_DATE_CN.search(line) or _DATE_NUM.search(line)) and i > 0:
            prev = lines[i - 1]
            if 2 <= len(prev) <= 30 and prev.endswith(_ORGAN_END) and "。" not in prev:
                return prev
    return None


# a line that is a date and nothing else, as a report's sign-off prints it (2022年1月20日, 2022-01-20,
# 二〇二二年一月二十日; the day may be left out)
_DATE_LINE = re.compile(r"(?:(?:19|20)\d{2}年\d{1,2}月(?:\d{1,2}日)?|(?:19|20)\d{2}[-/.]\d{1,2}[-/.]\d{1,2}"
                        r"|[〇○零一二三四五六七八九]{4}年[一二三四五六七八九十]{1,2}月(?:[一二三四五六七八九十]{1,3}日)?)[。.]?$")


def _signing_organ(line: str) -> bool:
    # a name on its own: no enumerator ("（二）召开专题会"), no sentence around it
    return _is_organ(line) and not LEADING.match(line) and not re.search(r"[。，,；;：:！？、]", line)


def signature(text: str, start: int = 0) -> tuple[int, int] | None:
    """Span of the last sign-off at or after `start`: a line naming an organ followed by a line that is
    only a date, or both on one line ("沭阳县发展和改革局 2024年1月17日"). A date inside a sentence, or
    under a heading or a sentence, signs nothing."""
    rows = [(p, re.sub(r"\s+", "", raw)) for p, _, raw in lines(text) if p >= start and raw.strip()]
    found = None
    for i, (pos, line) in enumerate(rows):
        m = _DATE_LINE.search(line)
        if m is None:
            continue
        before = line[: m.start()]
        if before and _signing_organ(before):
            found = (pos, pos + len(text[pos:].split("\n", 1)[0]))
        elif not before and i > 0 and _signing_organ(rows[i - 1][1]):
            found = (rows[i - 1][0], pos + len(text[pos:].split("\n", 1)[0]))
    return found


_OVERVIEW_SUBJECT = re.compile(
    r"(?:^|[。\n])\s*(?:" + _YEAR + r"年(?:度|以来)?[,，]\s*)?(?:在[^,，。]{2,30}?下[,，])?\s*(?P<org>[\u4e00-\u9fff]{2,30}?)"
    r"(?:认真|坚持|严格|始终|紧紧|紧密|全面|深入|按照|聚焦|不断|高度|积极|继续|持续|进一步|切实)")


_COMPILED_BY = re.compile(r"由(?P<org>[\u4e00-\u9fff]{2,30}?)(?:编制|组织编制)")
_PUBLISHING = re.compile(r"现(?:将|公布|公开|向社会公布)(?:" + _YEAR + r"年度?)?(?P<org>[\u4e00-\u9fff]{2,30}?)"
                         r"(?:" + _YEAR + r"年度?)?(?:政府信息公开|政务公开)")
_OWN_DOCUMENT = re.compile(r"我[局办委乡镇][^。]{0,30}《(?:" + _YEAR + r"年度?)?(?P<org>[\u4e00-\u9fff]{2,30}?)(?:政务公开|政务信息|政府信息|信息公开)")


def organ(text: str, t: str | None) -> str | None:
    """The organ as printed: the title's subject, a signature, a 来源 field, or the overview's subject;
    a fuller printed form of the same name (新疆维吾尔自治区… for 自治区…) is preferred."""
    head = text[:2000]
    found = organ_from_title(t) or organ_from_signature(text)
    if not found:
        m = _SOURCE_FIELD.search(head)
        if m and _is_organ(m.group(2)):
            found = m.group(2)
    for pattern in (_OVERVIEW_SUBJECT, _COMPILED_BY, _PUBLISHING, _OWN_DOCUMENT):
        if not found:
            found = next((m.group("org") for m in pattern.finditer(text[:6000]) if _is_organ(m.group("org"))), None)
    if not found:
        return None
    fuller = [c for c in _organ_mentions(head) if c.endswith(found) and len(c) > len(found)]
    return min(fuller, key=len) if fuller else found


def _organ_mentions(head: str) -> list[str]:
    out = []
    for _, line in _lines(head):
        m = _SOURCE_FIELD.search(line)
        if m:
            out.append(m.group(2))
        elif 4 <= len(line) <= 30 and line.endswith(_ORGAN_END):
            out.append(line)
    return out


def year(text: str, t: str | None, published: str | None, first_section: int | None = None) -> int | None:
    m = year_in_title(t) or year_named(text, first_section)
    if m:
        return int(m.group(1))
    m = _PERIOD.search(text)
    if m:
        return int(m.group(1))
    m = re.search(r"(?:^|[。；;\n])\s*" + _YEAR + r"\s*年(?:度|以来|全年)?(?![\d月])", text)
    if m:
        return int(m.group(1))
    # "截止2023年12月31日我局…": a year-end cut-off names the year the figures cover
    m = _YEAR_END.search(text[:3000])
    if m:
        return int(m.group(1))
    if published:
        return int(published[:4]) - 1
    return None


def published(text: str, first_section: int | None) -> str | None:
    head = text[: first_section] if first_section else text[:800]
    for _, line in _lines(head):
        if re.search(r"统计|期限|至|起", line):
            continue  # the statistics period, not a publication date
        if (_PUBLISHED_KEY.search(line) and len(line) <= 80) or len(line) <= 24:
            d = _date(line)
            if d:
                return d
    lines = [l for _, l in _lines(text) if l]
    for line in reversed(lines[-12:]):
        if len(line) <= 20:
            d = _date(line)
            if d:
                return d
    return None


def _date(line: str) -> str | None:
    m = _DATE_NUM.search(line) or _DATE_CN.search(line)
    if not m:
        return None
    y, mo, d = (int(g) for g in m.groups())
    if not (1 <= mo <= 12 and 1 <= d <= 31):
        return None
    return f"{y:04d}-{mo:02d}-{d:02d}"


def read_meta(text: str, first_section: int | None) -> dict:
    t, _ = title(text, first_section)
    pub = published(text, first_section)
    return {"title": t, "organ": organ(text, t), "year": year(text, t, pub, first_section), "published": pub}
