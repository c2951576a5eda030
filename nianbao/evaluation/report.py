"""Rendering a run: the compact console table, eval-report.md (a row per document) and eval-run.json."""
from __future__ import annotations

from pathlib import Path
from typing import Any

from extractor.output import write_json, write_text
from .baseline import Comparison
from .runner import Run
from .score import META_FIELDS

REPORT_MD = "eval-report.md"
RUN_JSON = "eval-run.json"
_DETAIL_LIMIT = 40  # cells listed per document in the markdown details


def pct(x: float | None) -> str:
    return "n/a" if x is None else f"{100 * x:.1f}%"


def _group_rows(groups: dict[str, dict]) -> list[tuple[str, str, str, str, str, str]]:
    rows = []
    for name, m in groups.items():
        docs = str(m.get("documents", ""))
        rows.append((name, docs, f"{m['right']}/{m['scored']}", pct(m["accuracy"]), pct(m["precision"]),
                     pct(m["recall"])))
    return rows


def _llm_line(llm: dict[str, Any]) -> str:
    if not llm.get("documents"):
        return "no LLM calls"
    # latency as the LLM package states it, else the wall time of the documents that used it
    latency = llm["seconds"] or llm["llm_wall_seconds"]
    return (f"{llm['calls']:.0f} requests ({llm['cached']:.0f} answers from the cache) on {llm['documents']} "
            f"document(s), {llm['input_tokens']:.0f} tokens in / {llm['output_tokens']:.0f} out, est. cost "
            f"{llm['cost']:.4f}, latency {latency:.1f} s")


def _audit_line(m: dict, run: Run) -> str:
    a = m.get("audit")
    if a is None:
        return "n/a (run without the audit)" if not run.audit_available else "n/a"
    line = (f"recall {pct(a['recall'])} of {a['expected']} expected, precision {pct(a['precision'])} of "
            f"{a['produced']} produced")
    kinds = a.get("by_kind") or {}
    if kinds:
        line += "\n         found by kind: " + ", ".join(f"{k} {v['found']}/{v['expected']}" for k, v in kinds.items())
    if a.get("false_errors") is not None:
        line += f"; error-level findings no auditor expected: {a['false_errors']}"
    return line


_READERS = {"parser": "published copies", "llm": "LLM-only (eval/docs/derived)"}


def _reader_lines(groups: dict[str, dict]) -> list[str]:
    """The headline split by who can read the document: a miss in a document made for the LLM path
    says nothing about the parser, and must not hide among the published copies' figures."""
    if len(groups) < 2:
        return []
    return [f"         {_READERS.get(name, name)}: {g['documents']} docs, {g['right']}/{g['scored']} right = "
            f"{pct(g['accuracy'])}; {g['missing']} missing, {g['wrong']} wrong"
            for name, g in sorted(groups.items(), key=lambda item: list(_READERS).index(item[0])
                                  if item[0] in _READERS else len(_READERS))]


def summary_lines(run: Run, m: dict[str, Any]) -> list[str]:
    c = m["cells"]
    meta = "  ".join(f"{f} {pct(m['meta'][f])}" for f in META_FIELDS)
    return [
        f"config   {run.config.describe()}",
        f"docs     {m['documents']} ({m['loaded']} read, {m['errors']} errors)"
        f" in {run.seconds:.2f} s",
        f"cells    {c['right']}/{c['scored']} right = {pct(c['accuracy'])}; values: precision {pct(c['precision'])}, "
        f"recall {pct(c['recall'])}; {c['wrong']} wrong, {c['missing']} missing, {c['invented']} invented",
        *_reader_lines(m.get("by_reader", {})),
        f"exact    {m['exact_match']}/{m['documents']} documents",
        f"meta     {pct(m['meta']['all'])} ({meta})",
        f"audit    {_audit_line(m, run)}",
        f"LLM      {_llm_line(m['llm'])}",
    ]


def _table(header: tuple[str, ...], rows: list[tuple]) -> list[str]:
    widths = [max(len(str(x)) for x in col) for col in zip(header, *rows)]
    return ["  ".join(str(x).ljust(w) for x, w in zip(r, widths)).rstrip() for r in (header, *rows)]


def console(run: Run, m: dict[str, Any], cmp: Comparison | None, baseline_path: str | None) -> str:
    lines = summary_lines(run, m)
    head = ("", "docs", "cells right", "accuracy", "precision", "recall")
    lines.append("")
    lines += _table(("format",) + head[1:], _group_rows(m["by_format"]))
    lines.append("")
    lines += _table(("layout",) + head[1:], _group_rows(m["by_layout"]))
    lines.append("")
    tables = [(t, "", f"{v['right']}/{v['scored']}", pct(v["accuracy"]), pct(v["precision"]), pct(v["recall"]))
              for t, v in m["by_table"].items()]
    lines += _table(("table",) + head[1:], tables)
    bad = [s for s in run.scores if s.status == "error"]
    for s in bad:
        lines.append(f"error    {s.stem}: {s.reason}")
    lines += [f"note     {n}" for n in run.notes]
    if cmp is not None:
        lines.append("")
        lines += baseline_lines(cmp, baseline_path)
    return "\n".join(lines)


def baseline_lines(cmp: Comparison, path: str | None) -> list[str]:
    counts = ", ".join(f"{n} {v}" for v, n in sorted(cmp.counts().items()))
    out = [f"baseline {path}: {counts or 'no documents'} → {'PASS' if cmp.ok else 'FAIL'}"]
    for d in cmp.documents:
        if d.regressed:
            more = " …" if len(d.regressed) > 5 else ""
            out.append(f"  regressed {d.stem}: " + "; ".join(d.regressed[:5]) + more)
    out += [f"  FAIL: {f}" for f in cmp.failures]
    out += [f"  note: {n}" for n in cmp.notes]
    return out


# ---------------------------------------------------------------------------------------------- markdown

def markdown(run: Run, m: dict[str, Any], cmp: Comparison | None, baseline_path: str | None) -> str:
    out = ["# nianbao eval", "", f"Run {run.started}.", "", "```", *summary_lines(run, m), "```", ""]
    if cmp is not None:
        out += ["## Against the baseline", "", "```", *baseline_lines(cmp, baseline_path), "```", ""]
    out += ["## Documents", "",
            "| document | format | status | cells right | accuracy | wrong | missing | invented | meta "
            "(year/tmpl/organ/date) | findings | vs baseline | s |",
            "|---|---|---|---|---|---|---|---|---|---|---|---|"]
    for s in run.scores:
        acc = s.total("right") / s.total("scored") if s.total("scored") else None
        meta = "".join("✓" if s.meta[f]["ok"] else "✗" for f in META_FIELDS)
        f = s.findings
        found = "n/a" if f is None else \
            f"{f['matched_expected']}/{f['expected']} (+{f['produced'] - f['matched_produced']})"
        delta = cmp.of(s.stem) if cmp else None
        vs = "" if delta is None else delta.verdict + (f" (−{len(delta.regressed)}/+{len(delta.improved)})"
                                                       if delta.improved or delta.regressed else "")
        status = s.status.replace("_", " ") + (" ★" if s.exact else "")
        out.append(f"| {s.stem} | {s.format} | {status} | {s.total('right')}/{s.total('scored')} | {pct(acc)} | "
                   f"{s.total('wrong')} | {s.total('missing')} | {len(s.invented)} | {meta} | {found} | {vs} | "
                   f"{s.seconds:.2f} |")
    out += ["", "★ exact match. findings: expected found / expected (+ produced beyond them).", ""]
    details = [s for s in run.scores if s.wrong or s.invented or s.status != "ok"
               or not all(v["ok"] for v in s.meta.values()) or (s.findings and (s.findings["missed"]))]
    if details:
        out += ["## Details", ""]
    for s in details:
        out.append(f"### {s.stem}")
        if s.status != "ok":
            out.append(f"- {s.status.replace('_', ' ')}: {s.reason}")
        for key, (g, p) in list(s.wrong.items())[:_DETAIL_LIMIT]:
            out.append(f"- `{key}` {s.cells[key]}: gold {g!r}, emitted {p!r}")
        if len(s.wrong) > _DETAIL_LIMIT:
            out.append(f"- … {len(s.wrong) - _DETAIL_LIMIT} more")
        for key, v in list(s.invented.items())[:_DETAIL_LIMIT]:
            out.append(f"- `{key}` invented: {v!r} (gold: cut off or unreadable)")
        if s.status == "ok":
            for name, v in s.meta.items():
                if not v["ok"]:
                    out.append(f"- meta.{name}: gold {v['gold']!r}, emitted {v['pred']!r}")
        if s.findings and s.findings["missed"]:
            out.append(f"- expected findings missed: {', '.join(s.findings['missed'])}")
        delta = cmp.of(s.stem) if cmp else None
        if delta and delta.regressed:
            out.append(f"- regressed: {'; '.join(delta.regressed[:_DETAIL_LIMIT])}")
        out.append("")
    return "\n".join(out) + "\n"


# ---------------------------------------------------------------------------------------------- json

def run_record(run: Run, m: dict[str, Any], cmp: Comparison | None, baseline_path: str | None) -> dict:
    docs = {}
    for s in run.scores:
        rec = s.record()
        rec.update(reason=s.reason, seconds=round(s.seconds, 4), llm=s.llm,
                   wrong={k: list(v) for k, v in s.wrong.items()}, invented=s.invented,
                   meta={k: v for k, v in s.meta.items()},
                   findings=s.findings)
        docs[s.stem] = rec
    out: dict[str, Any] = {"config": run.config.to_dict(), "started": run.started, "seconds": round(run.seconds, 3),
                           "audit_available": run.audit_available, "notes": run.notes, "metrics": m,
                           "documents": docs}
    if cmp is not None:
        out["baseline"] = {"path": baseline_path, "ok": cmp.ok, "failures": cmp.failures, "notes": cmp.notes,
                           "counts": cmp.counts(),
                           "metrics": [{"metric": n, "baseline": b, "now": a} for n, b, a in cmp.metric_changes],
                           "documents": {d.stem: {"verdict": d.verdict, "improved": d.improved,
                                                  "regressed": d.regressed} for d in cmp.documents}}
    return out


def write_reports(directory: Path, run: Run, m: dict[str, Any], cmp: Comparison | None,
                  baseline_path: str | None) -> tuple[Path, Path]:
    md, js = directory / REPORT_MD, directory / RUN_JSON
    write_text(md, markdown(run, m, cmp, baseline_path))
    write_json(js, run_record(run, m, cmp, baseline_path))
    return md, js
