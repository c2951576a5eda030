"""audit-summary.html: a static, self-contained page (inline CSS, no script, no network).

Per report: every finding with the cells' Chinese labels, expected vs actual, and its evidence shown in
the normalised text with the span highlighted; the not-assessable checks folded underneath.
"""
from __future__ import annotations

from html import escape

from ..engine import AuditResult
from .common import cell_labels, counts, grouped_not_assessable, rule_title, snippet, title, value

_CSS = """
body{font-family:system-ui,"PingFang SC","Microsoft YaHei",sans-serif;margin:2em;max-width:72em;color:#222}
h1{font-size:1.4em}h2{font-size:1.15em;margin-top:2em;border-bottom:1px solid #ccc}
table{border-collapse:collapse;margin:.5em 0}td,th{border:1px solid #ccc;padding:.25em .5em;vertical-align:top}
.sev{font-weight:bold;padding:0 .4em;border-radius:3px;color:#fff}
.error{background:#c0392b}.warning{background:#d68910}.info{background:#2e86c1}
.finding{border-left:4px solid #ccc;margin:1em 0;padding:.3em .8em}.finding.error{border-color:#c0392b;background:none}
.finding.warning{border-color:#d68910;background:none}.finding.info{border-color:#2e86c1;background:none}
.rule{font-family:monospace}.meta{color:#555;font-size:.9em}
blockquote{margin:.3em 0;padding:.3em .6em;background:#f6f6f6;font-size:.9em;white-space:pre-wrap}
mark{background:#ffe066}details{margin:.5em 0;color:#555}
"""


def _finding(f, text: str | None, layout: str | None = None) -> str:
    rows = []
    if f.cells:
        rows.append(f"<div class=meta>单元格：{escape(cell_labels(f.cells, 6, layout))}</div>")
    if f.expected is not None or f.actual is not None:
        rows.append(f"<div class=meta>应为：{escape(value(f.expected))}　实为：{escape(value(f.actual))}</div>")
    for span in f.evidence[:4]:
        snip = snippet(text, tuple(span))
        if snip is None:
            continue
        before, marked, after = (escape(x) for x in snip)
        rows.append(f"<blockquote>…{before}<mark>{marked}</mark>{after}…</blockquote>")
    if f.evidence and text is None:
        rows.append("<div class=meta>（无规范化文本，无法显示原文）</div>")
    return (f"<div class='finding {f.severity}'><span class='sev {f.severity}'>{f.severity}</span> "
            f"<span class=rule title='{escape(rule_title(f.rule))}'>{escape(f.rule)}</span>"
            f"<p>{escape(f.message)}</p>{''.join(rows)}</div>")


def render(named: list[tuple[str, AuditResult]], failed: list[str]) -> str:
    parts = ["<!doctype html><html lang=zh><head><meta charset=utf-8><title>nianbao audit</title>",
             f"<style>{_CSS}</style></head><body><h1>nianbao audit summary</h1>"]
    if failed:
        parts.append("<p>Inputs that could not be read:</p><ul>" + "".join(f"<li>{escape(x)}</li>" for x in failed) + "</ul>")
    parts.append("<table><tr><th>report</th><th>errors</th><th>warnings</th><th>notes</th><th>not assessable</th></tr>")
    for i, (name, res) in enumerate(named):
        c = counts(res)
        parts.append(f"<tr><td><a href='#r{i}'>{escape(name)}</a></td><td>{c['error']}</td><td>{c['warning']}</td>"
                     f"<td>{c['info']}</td><td>{c['not_assessable']}</td></tr>")
    parts.append("</table>")
    for i, (name, res) in enumerate(named):
        parts.append(f"<h2 id='r{i}'>{escape(title(name, res))}</h2>")
        parts += [_finding(f, res.text, res.report.meta.template) for f in res.findings] or ["<p>No findings.</p>"]
        groups = grouped_not_assessable(res)
        if groups:
            items = "".join(f"<li><span class=rule>{escape(rid)}</span> ({n}): " + escape("; ".join(reasons)) + "</li>"
                            for rid, n, reasons in groups)
            parts.append(f"<details><summary>{sum(n for _, n, _ in groups)} check(s) not assessable</summary>"
                         f"<ul>{items}</ul></details>")
    parts.append("</body></html>\n")
    return "".join(parts)
