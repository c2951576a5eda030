"""The six sections (FORMAT.md §2) and their heading variants, found in the normalised text."""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from . import chrome, template
from .basis import LAW_BASIS
from .cut_end import cut_at_end, heading_keys, overview_part_keys
from .enumerators import SECTION_NUMERAL
from .ir import line_spans
from .labels import KeyedText, match_key
from .numerals import chinese_to_int

from rapidfuzz.distance import Levenshtein

MAX_HEADING = 48
# A heading run into its paragraph (a copy with spaces for line breaks: "…止。 一、总体情况 2022年，…"): a
# section numeral right after a sentence end, a line start, a title that ends in 报告 and a space
# ("…年度报告 一、总体情况 2019年，…": a title has no sentence end), or the colon and space that close an
# introduction ("…工作报告如下: 一、总体情况 (一)…"), the heading, then whitespace. The quoted heading of a
# sentence ("详见“三、收到和处理…情况”") and list items ("一是…") have none of these; an outline after a colon
# ("包括：一、总体情况；二、…") has no whitespace after its items.
# A heading that ends the line after a sentence ("…发布宣传信息46条。 二、主动公开政府信息情况", a copy that put the
# next line's heading on this one) is one too; not after ；or a colon, where an outline's last item ends a line
_NUMERAL_MARK = re.compile(r"[一二三四五六七八九]\s*[、.．]")
_INLINE = re.compile(r"(?:^\s*|(?<=[。！？；!?;])\s*|(?<=报告)\s+|(?<=[:：])\s+)(?P<h>[一二三四五六七八九]\s*[、.．]\S{2,%d})(?=\s)"
                     r"|(?<=[。！？!?])\s*(?P<tail>[一二三四五六七八九]\s*[、.．]\S{2,%d})\s*$" % (MAX_HEADING, MAX_HEADING))


@dataclass(frozen=True, slots=True)
class SectionHit:
    key: str
    heading: str
    start: int  # offset of the heading line
    line_end: int  # offset after the heading line
    numeral_ok: bool
    fallback: bool = False  # a short form (template.SECTION_FALLBACKS) or a misprint (near_heading): used only
    # where no full heading is


@lru_cache(maxsize=1)
def _heading() -> re.Pattern:
    """Every section's heading patterns as one regex, a named group per section in template order: one
    match per line instead of one per pattern, and alternation keeps the first section that matches."""
    return re.compile("|".join(f"(?P<{s.key}>" + "|".join(f"(?:{p})" for p in s.patterns) + ")"
                               for s in template.SECTIONS))


@lru_cache(maxsize=1)
def _fallback() -> re.Pattern:
    return re.compile("|".join(f"(?P<{key}>" + "|".join(f"(?:{p})" for p in pats) + ")"
                               for key, pats in template.SECTION_FALLBACKS.items()))


@lru_cache(maxsize=8192)  # short lines (table labels, headings) recur across reports, as their match_key does
def _section_of(key: str) -> tuple[str, bool] | None:
    """(section, fallback) of a short line's comparison form that is a section's heading, or else a short form
    of one (template.SECTION_FALLBACKS); None for any other line."""
    hit = _heading().match(key)
    if hit is not None:
        return hit.lastgroup, False
    short = _fallback().match(key)
    return None if short is None else (short.lastgroup, True)


_LAST: list = [None, ()]  # the last text asked about (the object itself) and its hits


def candidates(text: str) -> list[SectionHit]:
    """Every line of the text that reads as a section heading. The audit asks again about the very text the
    extraction just segmented: the last text's hits are kept (matched by identity, not by value)."""
    if text is not _LAST[0]:
        _LAST[:] = [text, tuple(_candidates(text))]
    return list(_LAST[1])


def candidates_known(text: str) -> bool:
    """Whether candidates(text) is kept already (the text the extraction just segmented): a reader that needs the
    hits of a few lines only takes all of them then, at no cost."""
    return text is _LAST[0]


def _candidates(text: str) -> list[SectionHit]:
    hits: list[SectionHit] = []
    number = {s.key: s.number for s in template.SECTIONS}
    heading = _heading()
    for start, end, raw in line_spans(text):
        # (a page's list mark before a heading is no part of it: '  • 一、总体情况')
        line = raw.strip().lstrip(chrome.BULLETS + " \t\u3000")
        if not line or line[0] in "(（" or line.isascii():  # a numbered item "(一)…" on a stripped line
            continue  # "(一)主动公开…" is a sub-heading of 总体情况, not section 二; no heading is all ASCII
        key = match_key(line) if len(line) <= MAX_HEADING else None
        found = None if key is None else _section_of(key) or _near_section(key)
        if found is not None:
            section, fallback = found
            hits.append(SectionHit(section, line, start, end, _numeral_ok(line, number[section]),
                                   fallback=fallback))
        elif len(line) > MAX_HEADING:
            hits += _inline(raw, start, heading, number)
        elif (":" in raw or "：" in raw) or _NUMERAL_MARK.search(raw):  # (the first tests of both readers below)
            # a short line: a heading after a source field, or one followed by its content ('六、其他需要报告的事项 无'),
            # never by a table of contents' dot leader and page number ('二、主动公开政府信息情况 ....... 10')
            hits += _after_source(raw, start, heading, number) or [
                h for h in _inline(raw, start, heading, number) if _WORD.search(raw, h.line_end - start)]
    return hits


_WORD = re.compile(r"[\u4e00-\u9fff]")


# a page's source field glued to the line after it ("2022年01月19日 来源: 上海普陀一、总体情况": the platform
# prints the field's value and the article's first line with nothing between them)
_SOURCE_FIELD = re.compile("(?:%s)\\s*[:：]" % "|".join(chrome.SOURCE_LABELS))
_TAIL_HEADING = re.compile(r"[一二三四五六七]\s*[、.．]\s*\S{2,%d}\s*$" % MAX_HEADING)


def _after_source(raw: str, start: int, heading: re.Pattern, number: dict[str, str]) -> list[SectionHit]:
    """A heading at the end of a source field's line: the whole tail must be a section's heading naming its
    section's words (template.SECTION_WORDS), as for a heading inside a long line."""
    field = _SOURCE_FIELD.search(raw) if ":" in raw or "：" in raw else None  # (every field has its colon)
    if field is None:
        return []
    for at in range(field.end(), len(raw)):
        m = _TAIL_HEADING.match(raw, at)  # each numeral in turn: the field's value may hold one too
        if m is None:
            continue
        h = m.group(0).rstrip()
        hit = heading.match(match_key(h))
        if hit is not None and re.search(template.SECTION_WORDS[hit.lastgroup], h):
            return [SectionHit(hit.lastgroup, h, start + m.start(), start + m.start() + len(h),
                               _numeral_ok(h, number[hit.lastgroup]))]
    return []


def _inline(raw: str, start: int, heading: re.Pattern, number: dict[str, str]) -> list[SectionHit]:
    """Headings inside a long line: the whole heading must match a section's pattern and name its
    section's words (template.SECTION_WORDS), so a sentence that merely starts with a numeral is not one."""
    if not _NUMERAL_MARK.search(raw):  # every heading below opens so; most long lines hold none
        return []
    out = []
    for m in _INLINE.finditer(raw):
        group = "h" if m.group("h") else "tail"
        h = m.group(group)
        hit = heading.match(match_key(h))
        if hit is None or not re.search(template.SECTION_WORDS[hit.lastgroup], h):
            continue
        out.append(SectionHit(hit.lastgroup, h, start + m.start(group), start + m.end(group), _numeral_ok(h, number[hit.lastgroup])))
    found = {h.start for h in out}
    glued = [h for h in _glued(raw, start, number) if h.start not in found]
    # a body printed as one line prints its headings there one after the other; a lone numbered phrase glued
    # into a paragraph ('一、总体情况良好，…') is prose
    if len({h.key for h in out + glued}) < _GLUED_MIN_SECTIONS:
        glued = [h for h in glued if _table_follows(h, raw, start) or _after_opening(h, raw, start)]
    return sorted(out + glued, key=lambda h: h.start)


def _after_opening(hit: SectionHit, raw: str, start: int) -> bool:
    """The overview's heading glued right after the sentence that presents the report ('…现公布…2019年政府信息公开
    工作年度报告。一、总体情况2019年,…'): what the opening presents begins there, so it is the heading."""
    if hit.key != template.SECTIONS[0].key:
        return False
    before = raw[: hit.start - start]
    opening = presents_report(before)
    return opening is not None and _OPENING_END.fullmatch(before, opening.end()) is not None


_OPENING_END = re.compile(r"[^。！？\n]{0,20}[。！？:：]\s*")


@lru_cache(maxsize=1)
def _table_openings() -> dict[str, tuple[str, ...]]:
    """Per section with a table, the comparison form of the words its table opens with (caption, anchors,
    header words, first block title)."""
    out: dict[str, tuple[str, ...]] = {}
    for t in template.TABLES.values():
        words = list(t.anchors) + list(t.header_labels) + [b.title for lay in t.layouts.values() for b in lay.blocks[:1]]
        out[t.section] = tuple(dict.fromkeys(match_key(w)[:8] for w in words if len(match_key(w)) >= 2))
    return out


def _table_follows(hit: SectionHit, raw: str, start: int) -> bool:
    """A glued heading of a section with a table, right before that table's own opening words
    ('…三、收到和处理政府信息公开申请情况 (本列数据的勾稽关系为…'): a heading, even alone in its line."""
    after = match_key(raw[hit.line_end - start:hit.line_end - start + 40])
    return any(after.startswith(w) for w in _table_openings().get(hit.key, ()))


# A heading glued to the text on both sides, in a copy that printed the body as one line ('…2895.90元三、收到和
# 处理政府信息公开申请情况（本列数据…', '…com。一、总体情况2020年，…'): taken only where a section's whole heading
# follows its numeral (template.SECTIONS, read up to where the heading's words end) and names the section's
# words, and the same line heads other sections too (_GLUED_MIN_SECTIONS) or the section's table opens right
# after it (_table_follows). A heading quoted in a sentence ('详见“三、收到和处理…情况”') or listed in an outline ('包括：一、总体情况；
# 二、…') has a quote, a colon or an enumeration comma before it, or a closing mark, ；、， after it; a table of
# contents' entry has its leader dots after it ('一、总体情况………1').
_GLUED_AT = re.compile(r"[一二三四五六七][、.．]")
_NOT_BEFORE = frozenset("“‘「『《〈（(【[、，,：:第'\"")
_NOT_AFTER = frozenset("”’」』》〉）)】]；;、，,'\".．…·")
_GLUED_SPAN = 64  # printed characters read after the numeral: longer than any heading
_GLUED_MIN_SECTIONS = 3  # sections headed in the same line (glued or not) for a glued heading to count


@lru_cache(maxsize=1)
def _heading_prefixes() -> tuple[tuple[str, re.Pattern], ...]:
    """Each section's heading patterns, matching a heading at the start of longer text (no end anchor)."""
    return tuple((s.key, re.compile(p[:-1] if p.endswith("$") else p)) for s in template.SECTIONS for p in s.patterns)


@lru_cache(maxsize=1)
def _any_section_words() -> re.Pattern:
    return re.compile("|".join(f"(?:{w})" for w in template.SECTION_WORDS.values()))


_OVERVIEW = template.SECTIONS[0].key


def _opens_body_after_colon(key: str, raw: str, end: int) -> bool:
    """A numeral after a colon enumerates ('包括：一、总体情况；二、…'), except the overview's heading opening the
    report's body after the sentence that announces it ('…特编制此报告：一、总体情况2021年，我局…'): text of its own
    follows, with no next numbered name right after it."""
    return key == _OVERVIEW and not raw[end:end + 1].isspace() and not _GLUED_AT.search(raw, end, end + 24)


def _glued(raw: str, start: int, number: dict[str, str]) -> list[SectionHit]:
    out = []
    for m in _GLUED_AT.finditer(raw):
        at = m.start()
        colon = at and raw[at - 1] in "：:"
        if at and raw[at - 1] in _NOT_BEFORE and not (colon and raw[at] == number[_OVERVIEW]):
            continue  # (after a colon only the overview's heading may open the body: _opens_body_after_colon)
        # a heading found below names its section's words inside this window: most numerals in prose do not
        if not _any_section_words().search(raw, at, at + _GLUED_SPAN):
            continue
        keyed = KeyedText(raw[at:at + _GLUED_SPAN], start + at)
        for key, pattern in _heading_prefixes():
            hit = pattern.match(keyed.key)
            if hit is None:
                continue
            a, b = keyed.printed(0, hit.end())
            h = raw[a - start:b - start]
            after = raw[b - start:b - start + 1]
            if after and after in _NOT_AFTER or not re.search(template.SECTION_WORDS[key], h):
                break
            if colon and not _opens_body_after_colon(key, raw, b - start):
                break
            out.append(SectionHit(key, h, a, b, _numeral_ok(h, number[key])))
            break
        else:
            near = near_heading(keyed.key, prefix=True)
            if near is None or colon:
                continue
            a, b = keyed.printed(0, near[1])
            if raw[b - start:b - start + 1] not in _NOT_AFTER:
                h = raw[a - start:b - start]
                out.append(SectionHit(near[0], h, a, b, _numeral_ok(h, number[near[0]]), fallback=True))
    return out


# A section's own heading misprinted by one character — one too many, one lost, one changed
# ('四、政府信息公开行政法复议、行政诉讼情况'), under its own numeral: still that heading. Only the template's wording,
# and only headings long enough that one character cannot make another phrase (the overview's 一、总体情况
# is not); such a hit is taken only where no heading of that section is printed right (SectionHit.fallback).
_NEAR_MIN = 8


@lru_cache(maxsize=1)
def _official_keys() -> tuple[tuple[str, str], ...]:
    return tuple((s.key, full) for s, full in zip(template.SECTIONS, heading_keys()) if len(full) >= _NEAR_MIN)


@lru_cache(maxsize=1)
def _official_numerals() -> frozenset[str]:
    return frozenset(full[0] for _, full in _official_keys())


def near_heading(key: str, prefix: bool = False) -> tuple[str, int] | None:
    """(section, length in `key`) when `key` — or, with `prefix`, its start — is a section's heading as the
    template words it (numeral included) but for one character; None otherwise."""
    if key[:1] not in _official_numerals():  # most lines open with no section's numeral
        return None
    for section, full in _official_keys():
        if not key.startswith(full[0]):  # the section's own numeral
            continue
        lengths = (len(full), len(full) + 1, len(full) - 1) if prefix else (len(key),)
        for n in lengths:
            # its last character too: a heading cut short by the copy's end is cut_at_end's
            if n <= len(key) and key[n - 1] == full[-1] and Levenshtein.distance(key[:n], full, score_cutoff=1) <= 1:
                return section, n
    return None


def _near_section(key: str) -> tuple[str, bool] | None:
    near = near_heading(key)
    return None if near is None else (near[0], True)


_ARABIC = re.compile(r"^\s*([1-7])\s*[、.．]")


def _numeral_ok(heading: str, want: str) -> bool:
    """The heading's numeral is its section's: 三、 for section 三, or 3、 in a report that numbers them 1、 to 6、."""
    m = SECTION_NUMERAL.match(heading)
    if m:
        return m.group(1) == want
    a = _ARABIC.match(heading)
    return bool(a) and int(a.group(1)) == chinese_to_int(want)


def find_sections(text: str) -> list[SectionHit]:
    """One heading per section, in document order: the latest-starting increasing chain that prefers
    headings whose numeral matches the template (a report may renumber them; an outline may repeat them)."""
    order = {s.key: i for i, s in enumerate(template.SECTIONS)}
    hits = _numbered_alike(candidates(text))
    chosen: list[SectionHit] = []
    last_pos, last_rank = -1, -1
    for key in [s.key for s in template.SECTIONS]:
        options = [h for h in hits if h.key == key and h.start > last_pos]
        options = [h for h in options if not h.fallback] or options
        if not options:
            continue
        best = next((h for h in options if h.numeral_ok), options[0])
        if order[key] <= last_rank:
            continue
        chosen.append(best)
        last_pos, last_rank = best.start, order[key]
    cut = cut_at_end(text, past_overview=last_rank > order[template.SECTIONS[0].key])
    if cut is not None and cut.kind == "heading" and order[cut.section] > last_rank and cut.start > last_pos:
        chosen.append(SectionHit(cut.section, cut.line, cut.start, cut.start + len(cut.line), True))
    return chosen


def _numbered_alike(hits: list[SectionHit]) -> list[SectionHit]:
    """Below an overview numbered 一、, lines numbered 1、 are its own items ('一、总体情况' then '1、主动公开情况',
    '2、依申请公开政府信息情况', '3、政府信息管理'), not the report's sections: a report numbers its sections
    one way. So is a short form numbered 一、 again that names one of its parts ('一、总体情况', its paragraph, then
    '一、主动公开情况' over the overview's narrative): no section follows the overview under its own numeral."""
    overview = next((h for h in hits if h.key == "overview"), None)
    numeral = SECTION_NUMERAL.match(overview.heading) if overview is not None else None
    if numeral is None:
        return hits
    return [h for h in hits if h.start <= overview.start or not _ARABIC.match(h.heading) and not _overview_item(h, numeral.group(1))]


def _overview_item(hit: SectionHit, numeral: str) -> bool:
    m = SECTION_NUMERAL.match(hit.heading)
    return hit.fallback and m is not None and m.group(1) == numeral and match_key(hit.heading[m.end():]).startswith(
        overview_part_keys())


def spans(text: str) -> list[dict]:
    """Section objects of SCHEMA.md: key, heading, start, end (end = next heading or end of text)."""
    found = find_sections(text)
    out = []
    for i, h in enumerate(found):
        end = found[i + 1].start if i + 1 < len(found) else len(text)
        out.append({"key": h.key, "heading": h.heading, "start": h.start, "end": end})
    return out


# an opening that presents what follows as the year's report: "现将2020年政府信息公开工作报告如下" — or, in a
# township's or a 街道's words, its summary or account ("现将本年度政府信息公开工作情况总结如下", "现将2022年度政府信息
# 公开工作情况汇报如下") — or publishes it ("特向社会公布2023年县信访局政府信息公开年度报告", "现公布…", "现发布《…年度
# 报告》"; 中国科学院's institutes: "现公布…2021年度信息公开工作报告"; a bureau's 政务信息公开, "现将我局2022年政务信息公开
# 有关情况报告如下", the same report, or bare "现将我局信息公开工作情况总结如下" (held-out 4288); a 乡's "…办公室面向社会公众公布
# 2017年度本级政府信息公开年度报告")
_PRESENTS_REPORT = re.compile(r"现将[^。！？]{0,40}信息公开[^。！？]{0,12}(?:报告|总结|汇报)[^。！？]{0,8}如下|"
                              # (the organ saying it compiled it: '…的要求，我局编制了2018年度政府信息公开年度报告')
                              r"(?:我|本)[\u4e00-\u9fff]{0,3}编制(?:了|完成)[^。！？]{0,30}信息公开[^。！？]{0,12}报告|"
                              r"(?:(?:特向社会|现向社会|面向社会(?:公众)?|现予以?|现)(?:公布|发布)|(?:特向社会|现向社会|现予以?)公开)"
                              r"[^。！？]{0,40}信息公开[^。！？]{0,12}报告")  # (公开 only so: 实现公开… is no presenting)
_OPENING = 1000  # characters: the presenting sentence stands before the report's body


def presents_report(text: str) -> re.Match | None:
    """The opening sentence that presents the text as a 政府信息公开工作报告, or None."""
    return _PRESENTS_REPORT.search(text[:_OPENING])


# the preamble saying how the report was compiled: '本年度报告根据《…条例》和《…年度报告格式》规定编制' (the format's
# own words, before any heading; page chrome may stand above it)
_COMPILED_REPORT = re.compile(r"本(?:年度)?报告[^。！？]{0,12}(?:" + LAW_BASIS + r")[^。！？]{0,80}?(?:年度报告格式|政府信息公开条例)"
                              r"[^。！？]{0,40}?编制")


def compiled_as_report(text: str) -> re.Match | None:
    """The preamble that says the text is a report compiled under the 条例 or the format, or None."""
    return _COMPILED_REPORT.search(text[:_OPENING])
