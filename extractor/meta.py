"""Title, organ, year covered and publication date, read from the normalised text.

Copies lose characters (`2024年1月1日` → `202411日`, `〔2018〕64号` → `〔201864号`): a year is only read
from a four-digit run that is not part of a longer digit run (FORMAT.md §10).
"""
from __future__ import annotations

import re

_YEAR = r"(?<!\d)((?:19|20)\d{2})(?!\d)"
_TITLE = re.compile(r"(政府信息公开|政务公开|信息公开).{0,12}(年度报告|工作报告|年报)|年度.{0,10}政府信息公开.{0,8}报告")
_ORGAN_END = ("人民政府办公室", "办公室", "人民政府", "委员会", "办事处", "街道", "局", "委", "厅", "署", "院",
              "中心", "镇", "乡", "办", "政府", "所", "队", "处", "会", "分局", "管委会")
_DATE_NUM = re.compile(r"(?<!\d)(20\d{2})[-/.](\d{1,2})[-/.](\d{1,2})(?!\d)")
_DATE_CN = re.compile(r"(?<!\d)(20\d{2})年(\d{1,2})月(\d{1,2})日")
_PUBLISHED_KEY = re.compile(r"(发布|发表|成文|公开|印发)?(日期|时间)")
_PERIOD = re.compile(_YEAR + r"年\s*1\s*月\s*1\s*日")
_SOURCE_FIELD = re.compile(r"(发布机构|信息来源|来源|发文机关)\s*[:：]?\s*([^\s:：]{2,30})")


def _lines(text: str) -> list[tuple[int, str]]:
    out, pos = [], 0
    for raw in text.split("\n"):
        out.append((pos, raw.strip()))
        pos += len(raw) + 1
    return out


def title(text: str, first_section: int | None) -> tuple[str | None, int | None]:
    limit = first_section if first_section is not None else min(len(text), 1500)
    for pos, line in _lines(text[:limit] if limit else text[:1500]):
        if 6 <= len(line) <= 60 and _TITLE.search(line) and not line.startswith(("根据", "本报告", "现将")):
            return line, pos
    return None, None


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
        c = c.strip(" ,，、()（）")
        if len(c) >= 2 and c.endswith(_ORGAN_END):
            return c
    return None


def organ_from_signature(text: str) -> str | None:
    lines = [l for _, l in _lines(text) if l]
    for i in range(len(lines) - 1, max(-1, len(lines) - 15), -1):
        line = lines[i]
        if (_DATE_CN.search(line) or _DATE_NUM.search(line)) and i > 0:
            prev = lines[i - 1]
            if 2 <= len(prev) <= 30 and prev.endswith(_ORGAN_END) and "。" not in prev:
                return prev
    return None


def organ(text: str, t: str | None) -> str | None:
    found = organ_from_title(t) or organ_from_signature(text)
    if found:
        return found
    m = _SOURCE_FIELD.search(text[:1500])
    if m and m.group(2).endswith(_ORGAN_END):
        return m.group(2)
    return None


def year(text: str, t: str | None, published: str | None) -> int | None:
    for source in (t or "",):
        m = re.search(_YEAR + r"\s*年", source) or re.search(_YEAR, source)
        if m:
            return int(m.group(1))
    m = _PERIOD.search(text)
    if m:
        return int(m.group(1))
    m = re.search(r"(?m)^" + _YEAR + r"\s*年(度)?\s*[,，]", text)
    if m:
        return int(m.group(1))
    if published:
        return int(published[:4]) - 1
    return None


def published(text: str, first_section: int | None) -> str | None:
    head = text[: first_section] if first_section else text[:800]
    for _, line in _lines(head):
        if _PUBLISHED_KEY.search(line) or len(line) <= 24:
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
    return {"title": t, "organ": organ(text, t), "year": year(text, t, pub), "published": pub}
