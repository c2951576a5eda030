"""HTML pages → the normalised text: the report's paragraphs as lines, its tables as pipe rows.

A saved government page holds far more than the report: navigation, search boxes, related links, the
site's footer, sometimes a crawler's own header. The report is found as the smallest element that holds
all the section headings the page has (so a menu or a sidebar never wins), plus the title and the page's
metadata table (索引号, 公开日期 …) printed before it, so the metadata reader still finds the date.
"""
from __future__ import annotations

import html as htmllib
import re
from pathlib import Path
from urllib.parse import unquote

import lxml.html
from lxml import etree

from .. import template
from ..errors import InputError
from ..ir import Document
from ..meta import TITLE_PATTERN as _TITLE
from ..normalize import normalize
from .grid import LAYOUT_CELL_CJK, clean_cell, cjk_count, drop_slivers, place, render
from .text import decode

_BLOCK = {"p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "dl", "dt", "dd", "tr", "section",
          "article", "blockquote", "pre", "center", "header", "footer", "address", "hr", "form", "main",
          "aside", "figure", "figcaption", "caption", "fieldset", "legend", "details", "summary", "o:p"}
_DROP = {"script", "style", "noscript", "nav", "template", "iframe", "object", "embed", "select", "option",
         "button", "input", "head", "title", "meta", "link", "svg", "canvas", "map", "area", "audio", "video"}
# A part of the report is recognised by the words of a section (on text without whitespace), the first row
# label of table 三 (without its numeral) or table 二's block titles.
_SECTION_WORDS = [re.compile(p) for p in (
    *template.SECTION_WORDS.values(),
    re.escape(template.APPLICATIONS.layouts["2021"].blocks[0].rows[0].label.split("、", 1)[-1]),
    re.escape(template.ACTIVE_DISCLOSURE.layouts["2021"].blocks[0].title.split("（")[0]))]
_META_KEYS = re.compile(r"索引号|发布机构|公开日期|发布日期|成文日期|发文日期|生成日期|主题分类|发文机关|公开方式|公开范围|文号")
_MARKUP = re.compile(r"<\s*(table|tr|td|p|div|span|br)\b", re.I)
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([-\w.:]+)|<\?xml[^>]+encoding\s*=\s*["']([-\w.:]+)""", re.I)
_JS_TOKEN = re.compile(r"""//[^\n]*|/\*.*?\*/|"((?:[^"\\\n]|\\.)*)"|'((?:[^'\\\n]|\\.)*)'|`((?:[^`\\]|\\.)*)`""", re.S)
_JS_ESC = re.compile(r"\\(u\{[0-9a-fA-F]+\}|u[0-9a-fA-F]{4}|x[0-9a-fA-F]{2}|\n|.)", re.S)
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


# ------------------------------------------------------------------------------------------- decoding

def _line(x: object) -> str:
    """An exception's text on one short line (InputError messages are printed as one line)."""
    return " ".join(str(x).split())[:200]

def decode_html(data: bytes, path: str) -> str:
    """BOM, then strict UTF-8 (GBK bytes almost never pass it, while UTF-8 bytes often "pass" as GB18030),
    then the declared charset (GBK/GB2312 read as its superset GB18030), then the generic detector."""
    if data.startswith((b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff")):
        return decode(data, path)
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    m = _META_CHARSET.search(data[:8192])
    declared = "utf-8"
    if m:
        declared = (m.group(1) or m.group(2)).decode("ascii", "replace").lower()
        if declared in ("gbk", "gb2312", "gb_2312-80", "x-gbk", "gb18030", "cp936", "euc-cn"):
            declared = "gb18030"
        try:
            return data.decode(declared)
        except (LookupError, UnicodeDecodeError):
            pass
    try:
        return decode(data, path)
    except InputError:
        for enc in dict.fromkeys((declared, "utf-8", "gb18030")):  # a few damaged bytes in a real page
            try:
                text = data.decode(enc, errors="replace")
            except LookupError:
                continue
            if text.count("\ufffd") <= 0.01 * len(text):
                return text
        raise


# ------------------------------------------------------------------------------------------- JavaScript

def _js_unescape(s: str) -> str:
    def one(m: re.Match) -> str:
        e = m.group(1)
        if e[0] == "u" and len(e) > 1:
            return chr(int(e[2:-1] if e[1] == "{" else e[1:], 16))
        if e[0] == "x" and len(e) == 3:
            return chr(int(e[1:], 16))
        return {"n": "\n", "t": "\t", "r": "", "\n": "", "b": "", "f": "", "v": "", "0": ""}.get(e, e)

    return _JS_ESC.sub(one, s)


def script_html(code: str) -> str | None:
    """The report markup a script carries in its string literals (document.write("…"), var x = '…',
    a JSON field), unescaped; None when the script carries no text-bearing markup."""
    parts = []
    for m in _JS_TOKEN.finditer(code):
        lit = next((g for g in m.groups() if g is not None), None)
        if lit is not None:
            parts.append(_js_unescape(lit))
    s = "".join(parts)
    if "<" not in s and re.search(r"%3c", s, re.I):
        s = unquote(s)  # unescape('%3Ctable…') / decodeURIComponent
    if not _MARKUP.search(s) and re.search(r"&lt;\s*(table|p|div|td)", s, re.I):
        s = htmllib.unescape(s)
    if not _MARKUP.search(s) or cjk_count(s) < 20:
        return None
    return s


def _inline_scripts(root) -> None:
    """Replace each script (or textarea) that carries report markup by that markup, parsed."""
    for el in list(root.iter("script", "textarea")):
        code = el.text or ""
        markup = script_html(code) if el.tag == "script" else (code if _MARKUP.search(code) else None)
        if markup is None:
            continue
        try:
            frag = lxml.html.fragment_fromstring(markup, create_parent="div")
        except (etree.ParserError, ValueError):
            continue
        frag.tail = el.tail
        el.getparent().replace(el, frag)


# ------------------------------------------------------------------------------------------- rendering

def _squash(s: str) -> str:
    """Collapse source whitespace like a browser; a line break between two CJK characters is dropped
    (CSS Text segment-break rule), so Word's wrapped source lines do not split words."""
    s = re.sub(r"(?<=[\u3000-\u9fff\uff00-\uffef])[ \t\r\f]*\n[\s]*(?=[\u3000-\u9fff\uff00-\uffef])", "", s)
    return re.sub(r"[ \t\r\n\f]+", " ", s)


def _tag(el) -> str:
    return el.tag.lower() if isinstance(el.tag, str) else ""


def cell_text(el) -> str:
    """All text of a cell on one line (spans, <p>s and <br>s inside a <td> are joined)."""
    parts: list[str] = []

    def walk(e) -> None:
        if _tag(e) in _DROP:
            parts.append(_squash(e.tail or "") if e.tail else "")
            return
        if isinstance(e.tag, str) and e.text:
            parts.append(_squash(e.text))
        for c in e:
            walk(c)
        if e is not el and e.tail:
            parts.append(_squash(e.tail))

    walk(el)
    return clean_cell("".join(parts))


def _rows_of(table) -> list:
    """The table's own rows (not those of nested tables), thead/tbody/tfoot in document order."""
    out = []
    for child in table:
        t = _tag(child)
        if t == "tr":
            out.append(child)
        elif t in ("thead", "tbody", "tfoot"):
            out.extend(c for c in child if _tag(c) == "tr")
    return out


def _int_attr(el, name: str) -> int:
    m = re.match(r"\s*(\d+)", el.get(name) or "")
    return min(int(m.group(1)), 200) if m and int(m.group(1)) > 0 else 1


def _hidden(el) -> bool:
    """Word's zero-height filler rows and other rows the page never shows."""
    return bool(re.search(r"display\s*:\s*none", el.get("style") or "", re.I)) or el.get("hidden") is not None


def _is_layout(table) -> bool:
    """A table used for page layout (nested tables, or cells holding whole paragraphs of prose)."""
    for row in _rows_of(table):
        for cell in row:
            if _tag(cell) in ("td", "th"):
                if cell.find(".//table") is not None:
                    return True
                if cjk_count(cell.text_content()) > LAYOUT_CELL_CJK:
                    return True
    return False


def table_lines(table) -> list[str]:
    rows = [[(cell_text(c), _int_attr(c, "rowspan"), _int_attr(c, "colspan"))
             for c in tr if _tag(c) in ("td", "th")] for tr in _rows_of(table) if not _hidden(tr)]
    lines: list[str] = []
    caption = table.find("caption")
    if caption is not None and cell_text(caption):
        lines.append(cell_text(caption))
    return lines + render(drop_slivers(place(rows)))


class _Lines:
    def __init__(self) -> None:
        self.lines: list[str] = []
        self.buf: list[str] = []

    def text(self, s: str | None) -> None:
        if s:
            self.buf.append(_squash(s))

    def flush(self) -> None:
        line = "".join(self.buf).strip()
        if line:
            self.lines.append(line)
        self.buf = []

    def walk(self, el) -> None:
        t = _tag(el)
        if t in _DROP or not isinstance(el.tag, str):
            return  # comments, processing instructions, scripts …
        if t == "table" and not _is_layout(el):
            self.flush()
            self.lines.extend(table_lines(el))
            return
        if t == "br":
            self.flush()
            return
        block = t in _BLOCK or t in ("table", "td", "th", "tbody", "thead", "tfoot")
        if block:
            self.flush()
        self.text(el.text)
        for c in el:
            self.walk(c)
            self.text(c.tail)
        if block:
            self.flush()


def render_element(el) -> list[str]:
    w = _Lines()
    w.walk(el)
    w.flush()
    return w.lines


# ------------------------------------------------------------------------------------------- the report

def _score(text: str) -> int:
    return sum(1 for p in _SECTION_WORDS if p.search(text))


def find_report(root):
    """The smallest element holding as many section headings as the whole page (the first such one);
    then, while one child holds nearly all of its text and all but one heading, that child (a sidebar
    link named like a section must not pull the menu into the report)."""
    info = {}
    best, best_score, best_size = root, -1, 0
    for el in root.iter():
        if not isinstance(el.tag, str) or _tag(el) in _DROP:
            continue
        text = re.sub(r"\s+", "", el.text_content())
        score, size = _score(text), cjk_count(text)
        info[el] = (score, size)
        if score > best_score or (score == best_score and size < best_size):
            best, best_score, best_size = el, score, size
    while True:
        kids = [c for c in best if c in info]
        child = max(kids, key=lambda c: info[c][1], default=None)
        if child is None or info[child][0] < best_score - 1 or info[child][1] < 0.85 * info[best][1]:
            return best
        best = child


def _preamble(root, report) -> list[str]:
    """The report's title, the lines between it and the report (发布时间, 来源 …) and the page's
    metadata table (索引号, 公开日期 …), when they sit outside the report element."""
    order = {el: i for i, el in enumerate(root.iter())}
    ancestors = set(report.iterancestors())
    before = [el for el in root.iter() if isinstance(el.tag, str) and order[el] < order[report]
              and el not in ancestors]
    has_title = any(len(l) <= 60 and _TITLE.search(l) for l in render_element(report)[:3])
    title, meta, meta_keys = None, None, 0
    for el in before:
        text = re.sub(r"\s+", "", el.text_content())
        if 6 <= len(text) <= 80 and _TITLE.search(text) and _tag(el) != "a":
            title = el  # the nearest one before the report
        keys = len(set(_META_KEYS.findall(text)))
        if keys >= 2 and keys >= meta_keys and cjk_count(text) < 400:
            meta, meta_keys = el, keys  # with all keys, the innermost
    lines: list[str] = []
    if title is not None and not has_title:
        lines.append(" ".join(render_element(title)))
        inside = set(title.iter())
        gap = [el for el in before if order[el] > order[title] and el not in inside
               and not any(a in inside for a in el.iterancestors())]
        gap = [el for el in gap if not any(a in gap for a in el.iterancestors())]  # outermost only
        gap_lines = [l for el in gap for l in render_element(el)]
        if cjk_count("".join(gap_lines)) < 200:
            lines += gap_lines
            inside |= {d for el in gap for d in el.iter()}
        if meta is not None and meta in inside:
            meta = None
    if meta is not None:
        lines += render_element(meta)
    return lines


_DEPTH, _HUGE_DEPTH = 254, 2046  # one below the parser's limits: a tree that reaches them was cut


def _reaches(root, limit: int) -> bool:
    depth = 0
    for event, _ in etree.iterwalk(root, events=("start", "end")):
        depth += 1 if event == "start" else -1
        if depth >= limit:
            return True
    return False


def parse_html(text: str, path: str):
    text = _CONTROL.sub("", text)
    text = re.sub(r"^\s*<\?xml[^>]*\?>", "", text)  # lxml refuses str input that declares an encoding
    try:
        root = lxml.html.document_fromstring(text)
        if _reaches(root, _DEPTH):
            # libxml2 silently drops everything below 255 levels; its "huge" mode reads to 2047
            root = lxml.html.document_fromstring(text, parser=lxml.html.HTMLParser(huge_tree=True))
            if _reaches(root, _HUGE_DEPTH):
                raise InputError(path, f"the HTML nests elements deeper than {_HUGE_DEPTH} levels, more than "
                                       "the HTML parser reads; the text below that depth would be lost")
    except (etree.ParserError, ValueError) as exc:
        raise InputError(path, f"cannot parse the HTML ({_line(exc)})") from None
    _inline_scripts(root)
    for el in list(root.iter(*_DROP)):  # scripts, styles, navigation
        if el.getparent() is not None:
            el.drop_tree()
    return root


def load_html(path: Path, data: bytes, sha: str) -> Document:
    text = decode_html(data, str(path))
    root = parse_html(text, str(path))
    body = root.find("body")
    report = find_report(body if body is not None else root)
    lines = _preamble(root, report) + render_element(report)
    if not lines:
        raise InputError(str(path), "the HTML page holds no text")
    return Document(str(path), "html", normalize("\n".join(lines)), sha)
