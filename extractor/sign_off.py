"""The report's sign-off: a line naming an organ above a line that is only a date, or both on one line
("沭阳县发展和改革局 2024年1月17日") — where the report ends (audits.extent) and who signed it (organ_name)."""
from __future__ import annotations

import re

from .dates import DATE_HANZI, DATE_LINE as _DATE_LINE, day_in
from .enumerators import LEADING
from .ir import line_spans
from .organ_words import is_organ


def _names_an_organ(line: str) -> bool:
    # a name on its own: no enumerator ("（二）召开专题会"), no sentence around it
    return is_organ(line) and not LEADING.match(line) and not re.search(r"[。，,；;：:！？、]", line)


def signature(text: str, start: int = 0) -> tuple[int, int] | None:
    """Span of the last sign-off at or after `start`: a line naming an organ followed by a line that is
    only a date, or both on one line ("沭阳县发展和改革局 2024年1月17日"). A date inside a sentence, or
    under a heading or a sentence, signs nothing."""
    found = _sign_off(text, start)
    return found[0] if found else None


_SPACES = re.compile(r"\s+")
_DATE_END = frozenset("日月0123456789")  # what a date line ends with (DATE_LINE), before an optional 。 or .


_DATE_MARKS = ("年", "-", "/", ".")  # DATE_LINE matches no line without one of them before its end
# the head cell of an organ's own statistics table (the 2008 条例's years: 指标名称 | 单位 | 2016年 | 历年累计; read by
# audits.prose.own_table), printed after the report's sign-off
STATS_TABLE_HEAD = r"(?:指\s*标\s*名\s*称|统\s*计\s*指\s*标|指\s*标\s*项\s*目)"
# an attachment named by its file before a flattened sign-off ('附件：信息公开附表.xls 平潭…局 2015年12月4日')
_ATTACHED = re.compile(r"^(?:附件\s*\d*\s*[：:]\s*\S+?\.(?:xlsx?|docx?|pdf|wps|et|rar|zip)\s+)+", re.I)
# or a statistics table named, with the sign-off glued to its name ('附：2015年区社会事业局政府信息公开数据统计表平潭综合实验区
# 社会事业局2016年1月8日'; spaces out): the name ends at its 表
_TABLE_NAMED = re.compile(r"^附(?:件|表)?\d*[：:].{0,60}?(?:统计表|情况表|一览表|报表)")


_AFTER_FIGURES = re.compile(r"\D*$")  # what follows a run's last figure
# a letter's closing words before the flattened sign-off ('…收费。此函 平潭综合实验区海坛片区管理局 2023年1月6日', 4477)
_CLOSING_WORDS = re.compile(r"^(?:特此(?:报告|函告|函|通知)|此函|此复)[。.]?")
# an appendix opened after a flattened sign-off's date ('… 二○一一年元月二十日 附表： 指标名称 …')
# (or the page's own closing link, '… 二○一三年十二月二十日 附件下载'; or the attached 统计表 itself, its name or its header
# row: '…经济发展局 2016年1月11日 附件 平潭…统计表 指标名称 …', '…局 2015年1月11日 指 标 名 称计量单位…', 4258, 4259)
_APPENDIX_AFTER = re.compile(r"(?<=[日月])\s*(?:附\s*[表件]\s*\d*\s*[：:]|附件下载\s*$|附件(?=\s)|" + STATS_TABLE_HEAD + ")")


# the last texts (by identity), starts and sign-offs: asked twice by the organ reader, and again by the audit (from the
# text's start for the signing day, from the last section's body for where the report ends)
_LAST_SIGN_OFFS: list[tuple] = []


def _sign_off(text: str, start: int = 0) -> tuple[tuple[int, int], str] | None:
    """(span, the signing organ as printed without spaces) of the last sign-off at or after `start`."""
    for seen, at, found in _LAST_SIGN_OFFS:
        if seen is text and at == start:
            return found
    found = _read_sign_off(text, start)
    _LAST_SIGN_OFFS.insert(0, (text, start, found))
    del _LAST_SIGN_OFFS[2:]
    return found


def _read_sign_off(text: str, start: int) -> tuple[tuple[int, int], str] | None:
    found, prev = None, None  # prev: (start, raw) of the last non-blank line
    # (their ends tested inline: most lines of a report are prose or a cell and leave here after a few string
    # tests, where a call per line cost more than the rest)
    for pos, end, raw in line_spans(text):
        if pos < start:
            continue
        content = raw.rstrip()
        if not content:
            continue
        last = content[-1]
        if last in ("。", "."):  # what a date line ends with (DATE_LINE), before an optional 。 or .
            content = content[:-1].rstrip()
            last = content[-1:]
        if (last in _DATE_END or last.isdecimal()) and any(mark in content for mark in _DATE_MARKS):
            line = _SPACES.sub("", raw)
            m = _DATE_LINE.search(line)
            if m is not None:
                before = line[: m.start()]
                if before and _names_an_organ(before):
                    found = (pos, end), before
                elif not before and prev is not None and _names_an_organ(above := _SPACES.sub("", prev[1])):
                    found = (prev[0], end), above
        prev = pos, raw
    if found is None or prev is None or found[0][1] <= prev[0]:
        # a copy flattened into one line signs after its last sentence ('…持续良好地开展。 平潭综合实验区财政局 2022年1月13日'):
        # the last line's tail after its last full stop, read as a line of its own
        end = len(text.rstrip())
        cut = max(text.rfind(mark, 0, end) for mark in "。！？")
        if cut >= start and "\n" not in text[cut:end]:
            # (an appendix after it, '…局 二○一一年元月二十日 附表： 指标名称 …': the sign-off ends where the appendix opens)
            appendix = _APPENDIX_AFTER.search(text, cut + 1, end)
            end = appendix.start() if appendix else end
            # (an attachment named before the sign-off, '附件：信息公开附表.xls 平潭…局 2015年12月4日': its name one token)
            tail = _CLOSING_WORDS.sub("", _TABLE_NAMED.sub("", _SPACES.sub("", _ATTACHED.sub("", text[cut + 1:end].strip()))))
            m = _DATE_LINE.search(tail)
            before = tail[: m.start()] if m is not None else None
            # (or signed right after an own statistics table's last row, '…行政诉讼数件 0 0 平潭…局2015年12月20日': the organ is
            # what follows the row's last figure)
            organ = next((b for b in (before, _AFTER_FIGURES.search(before or "").group()) if b and _names_an_organ(b)), None)
            if organ is not None:
                found = (cut + 1, end), organ
            elif before == "" and DATE_HANZI.fullmatch(tail.rstrip("。.")):
                # a date in Chinese numerals alone after the last sentence ('…日常化。 二○一三年十二月二十日 附件下载'): a
                # document's own date, whoever signs (4509)
                found = (cut + 1, end), ""
    return found


def signing_organ(text: str) -> str | None:
    """The organ of the report's last sign-off, as printed without spaces (None without a sign-off)."""
    found = _sign_off(text)
    return found[1] or None if found else None


def signed_date(text: str) -> tuple[str, tuple[int, int]] | None:
    """The day of the report's last sign-off (YYYY-MM-DD) and where it stands, in figures or Chinese numerals (a
    sign-off dated by month only gives none)."""
    span = signature(text)
    if span is None:
        return None
    return day_in(text, *span)
