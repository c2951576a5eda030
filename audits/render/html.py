"""audit-summary.html: the review page (self-contained: inline CSS, no script, no network).

An overview of every report, worst first (colour by worst severity; organ, year, copy status, counts,
worst finding), then per report its findings with short Chinese cell labels, 应为 / 实为 (表格 / 正文 for
prose findings), and the evidence in the normalised text with the span — or the blank slot — marked.
A fragment's not-assessable checks fold into one line saying where the copy starts or stops.

The page is written in pieces (head, one overview row per report, one section per report, tail), so a
batch of any size is written without holding the page or its reports in memory.
"""
from __future__ import annotations

import re
from functools import lru_cache
from html import escape as _escape
from typing import TYPE_CHECKING, Iterator

from .common import rule_title
from .items import SEVERITY_WORDS, Item, spelled

if TYPE_CHECKING:
    from .summary import Summary

_CSS = """
body{font-family:system-ui,"Noto Sans CJK SC","PingFang SC","Microsoft YaHei",sans-serif;margin:1.5em;max-width:80em;color:#222}
h1{font-size:1.4em}h2{font-size:1.1em;margin-top:2em;padding:.2em .4em;border-left:6px solid #aaa}
table{border-collapse:collapse;margin:.5em 0;font-size:.92em}td,th{border:1px solid #ccc;padding:.25em .5em;vertical-align:top}
th{background:#f0f0f0;white-space:nowrap}td.n{text-align:right}#overview td:first-child{min-width:14em;max-width:18em;word-break:break-all}
#overview td:nth-child(4){min-width:12em;max-width:18em}#overview td:last-child{min-width:24em}
tr.error td:first-child,h2.error{border-left:6px solid #c0392b}tr.warning td:first-child,h2.warning{border-left:6px solid #d68910}
tr.info td:first-child,h2.info{border-left:6px solid #2e86c1}tr.clean td:first-child,h2.clean{border-left:6px solid #27ae60}
tr.partial td:first-child,h2.partial{border-left:6px solid #999}
tr.error{background:#fdecea}tr.warning{background:#fef5e7}
.sev{font-weight:bold;padding:0 .4em;border-radius:3px;color:#fff;white-space:nowrap}
.sev.error{background:#c0392b}.sev.warning{background:#d68910}.sev.info{background:#2e86c1}
.finding{border-left:4px solid #ccc;margin:.8em 0;padding:.3em .8em}.finding.error{border-color:#c0392b}
.finding.warning{border-color:#d68910}.finding.info{border-color:#2e86c1}.finding p{margin:.3em 0}
.rule{font-family:monospace;color:#555;font-size:.85em}.meta{color:#555;font-size:.9em}
blockquote{margin:.3em 0;padding:.3em .6em;background:#f6f6f6;font-size:.9em;white-space:pre-wrap}
mark{background:#ffe066}mark.blank{background:#f5b7b1;outline:1px dashed #c0392b}
.fold{color:#555}.copy.fragment{color:#a04000}details{margin:.5em 0;color:#555}
"""


_ESCAPED = re.compile("[&<>\"']")  # the characters html.escape (quote=True) replaces


def escape(s: str) -> str:
    """html.escape, looked for first: most pieces of a page (Chinese text, figures) hold none of its five characters,
    and one C scan for them costs a fifth of its five replace passes (~15 pieces a finding, ~120 a whole report)."""
    return _escape(s) if _ESCAPED.search(s) is not None else s


@lru_cache(maxsize=1024)
def _rule_span(rid: str) -> str:
    """A rule's id with its title on hover, escaped once per rule (every report names most rules)."""
    return f"<span class=rule title='{escape(rule_title(rid))}'>{escape(rid)}</span>"


def _mark(m) -> str:
    if m.blank:
        shown = escape(m.marked) if m.marked.strip() else "□"
        inner = f"<mark class=blank title='空白格' data-span='{m.span[0]}-{m.span[1]}'>{shown}</mark>"
    else:
        inner = f"<mark data-span='{m.span[0]}-{m.span[1]}'>{escape(m.marked)}</mark>"
    return f"<blockquote>…{escape(m.before)}{inner}{escape(m.after)}…</blockquote>"


# the prose against itself: two statements of one quantity (or a total and its parts), neither is the table
_PAIR = {"prose.inconsistent": ("一处", "另一处")}


def finding(f: Item) -> str:
    """A finding's block in its report's section (rendered once, when the report is summarised)."""
    rows = []
    if f.labels:
        rows.append(f"<div class=meta>单元格：{escape(f.labels)}</div>")
    if f.expected or f.actual:
        a, b = _PAIR.get(f.rule) or (("表格", "正文") if f.prose else ("应为", "实为"))
        rows.append(f"<div class=meta>{a}：{escape(f.expected)}　{b}：{escape(f.actual)}</div>")
    rows += [_mark(m) for m in f.marks]
    return (f"<div class='finding {f.severity}' data-rule='{escape(f.rule)}'><span class='sev {f.severity}'>"
            f"{SEVERITY_WORDS[f.severity]}</span> {_rule_span(f.rule)}<p>{escape(f.message)}</p>{''.join(rows)}</div>")


def _level(s: Summary) -> str:
    return s.worst.severity if s.worst else "partial" if s.fragment else "clean"


def _nothing(s: Summary) -> str:
    return "未发现问题（仅检查了副本所含部分）" if s.fragment else "未发现问题"


def _overview_row(i: int, s: Summary) -> str:
    c = s.counts
    worst = f"<span class='sev {s.worst.severity}'>{SEVERITY_WORDS[s.worst.severity]}</span> " \
            f"{escape(s.worst.message[:80])}" if s.worst else _nothing(s)
    copy = f"<span class='copy fragment'>{escape(s.copy)}</span>" if s.fragment else "完整"
    nums = "".join(f"<td class=n data-k={k}>{c[k]}</td>" for k in ("error", "warning", "info", "not_assessable"))
    return (f"<tr class={_level(s)} data-report='{escape(s.name)}'><td><a href='#r{i}'>{escape(s.name)}</a></td>"
            f"<td>{escape(s.organ or '—')}</td><td>{s.year or '—'}</td><td>{copy}</td>{nums}<td>{worst}</td></tr>")


def _details(i: int, s: Summary) -> Iterator[str | bytes]:
    yield f"<section id=r{i} data-report='{escape(s.name)}'><h2 class={_level(s)}>{escape(s.name)}</h2>"
    bits = [f"机关：{s.organ or '未知'}", f"年度：{s.year or '未知'}", f"表格版式：{s.template or '未知'}",
            f"副本：{s.copy}", f"来源：{s.path}"]
    yield f"<div class=meta>{escape('　'.join(bits))}</div>"
    yield b"".join(f.html for f in s.findings) or f"<p>{_nothing(s)}。</p>"
    n = sum(k for _, k, _ in s.not_assessable)
    if n:
        items = "".join(f"<li>{_rule_span(rid)}（{k} 项）："
                        + escape("；".join(reasons)) + "</li>" for rid, k, reasons in s.not_assessable)
        head = (f"副本为片段（{escape(s.where)}）：{n} 项检查无法评估" if s.fragment
                else f"{n} 项检查无法评估（既未通过，也未失败）")
        yield f"<details class=fold><summary>{head}</summary><ul>{items}</ul></details>"
    yield "</section>"


def head(totals: dict, failed: list[str]) -> str:
    out = ["<!doctype html><html lang=zh-CN><head><meta charset=utf-8><title>政府信息公开年报审核结果</title>"
           f"<style>{_CSS}</style></head><body><h1>政府信息公开年报审核结果</h1>"]
    if failed:
        out.append(f"<p>{len(failed)} 个输入无法读取：</p><ul>" + "".join(f"<li>{escape(x)}</li>" for x in failed) + "</ul>")
    out.append(f"<p id=totals data-reports={totals['reports']}>共 {totals['reports']} 份报告："
               f"{totals['with_error']} 份有错误，{totals['with_warning']} 份有警告，{totals['with_info']} 份有提示；"
               f"{totals['fragment']} 份为不完整的副本（片段）。</p>")
    out.append("<table id=overview><thead><tr><th>报告</th><th>机关</th><th>年度</th><th>副本</th><th>错误</th>"
               "<th>警告</th><th>提示</th><th>无法评估</th><th>最严重的问题</th></tr></thead><tbody>")
    return "".join(out)


overview_row = _overview_row
OVERVIEW_END = "</tbody></table>"
TAIL = "</body></html>\n"


def details(i: int, s: Summary) -> bytes:
    """A report's section, as its bytes (its findings' blocks come so: items.Shown)."""
    return b"".join(p if isinstance(p, bytes) else spelled(p) for p in _details(i, s))

