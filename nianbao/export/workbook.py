"""The wide Excel workbook: one sheet per table and layout, one row per report, the template's Chinese
row and column labels as a two-level header, panes frozen below the header and right of the report's
name; then a sheet of reports (meta, table statuses, notices, finding counts).

Written by XlsxWriter in constant-memory mode, so a batch of any size streams through without being
held (a module made for writing a workbook, a fifth of openpyxl's import: the run pays it once).
"""
from __future__ import annotations

from pathlib import Path
from typing import Any

from extractor import template
from .cells import table_cells, table_layout
from .sheet_rows import feed, shielded

KEY_HEAD = (("report", "报告"), ("organ", "机关"), ("year", "年度"), ("status", "表格状态"))
REPORT_COLUMNS = (
    ("report", "报告"), ("source", "来源文件"), ("format", "格式"), ("sha256", "sha256"), ("title", "标题"),
    ("organ", "机关"), ("year", "年度"), ("published", "发布日期"), ("template", "模板"),
    ("active_disclosure", "二 状态"), ("applications", "三 状态"), ("review_litigation", "四 状态"),
    ("errors", "错误"), ("warnings", "警告"), ("notes", "提示"), ("values_llm", "LLM填入"),
    ("values_inferred", "推算"), ("notices", "说明"),
)
REPORTS = "报告 reports"
_SHORT = {"active_disclosure": "二 主动公开", "applications": "三 依申请公开", "review_litigation": "四 复议诉讼"}


def sheets() -> list[tuple[str, str, str, list[tuple[template.Row, template.Column, str]]]]:
    """(sheet title, table, layout, [(row, column, cell key)]) from the template. Applications in the
    2021 layout also carry （六）其他处理 as one row, for reports that print it so."""
    out = []
    for table in template.TABLES.values():
        layouts = ("2021",) if table is template.REVIEW_LITIGATION else ("2021", "2019")
        for layout in layouts:
            cols = []
            singles = table is template.APPLICATIONS and layout == "2021"
            for row, block in template.rows_as_printed(table.key, layout, False):
                for col in block.columns:
                    cols.append((row, col, f"{table.key}.{row.key}.{col.key}"))
                if singles and row.key == template.OTHER_SUBROWS[-1].key:
                    cols += [(template.OTHER_SINGLE, c, f"applications.other.{c.key}")
                             for c in template.APPLICANT_COLUMNS]
            title = _SHORT[table.key] if table is template.REVIEW_LITIGATION else f"{_SHORT[table.key]} {layout}"
            out.append((title, table.key, layout, cols))
    return out


def _label(row: template.Row) -> str:
    return f"{row.group}{row.label}" if row.group else row.label


def sheet_for(report: dict, table: str) -> str | None:
    layout = table_layout(report, table) or "2021"
    if table == "review_litigation":
        return _SHORT[table]
    return f"{_SHORT[table]} {'2019' if layout == '2019' else '2021'}"


class Workbook:
    def __init__(self, plain: bool = False):
        """`plain`: rows through XlsxWriter's own `write_row` only (what sheet_rows is checked against)."""
        import xlsxwriter

        # text stays text (no link, no number, no formula read from it); a NaN or infinity as Excel's error
        self.wb = xlsxwriter.Workbook(None, {"constant_memory": True, "use_zip64": True, "strings_to_urls": False,
                                             "strings_to_numbers": False, "strings_to_formulas": False,
                                             "nan_inf_to_errors": True})
        self.plain = plain
        self.layout = sheets()
        self.ws: dict[str, Any] = {}
        self.put: dict[str, Any] = {}  # sheet title → how a row goes in (a Feed's put, or write_row's)
        self.cols: dict[str, list[str]] = {}
        for title, _table, _layout, cols in self.layout:
            ws = self.wb.add_worksheet(title)
            self.ws[title] = ws
            self._header(ws, title, cols)
            self.cols[title] = [k for _, _, k in cols]
        self.reports = self.wb.add_worksheet(REPORTS)
        self.ws[REPORTS] = self.reports
        self.reports.freeze_panes(1, 1)
        self.reports.write_row(0, 0, [f"{zh} {key}" for key, zh in REPORT_COLUMNS])
        self._start(self.reports, REPORTS, 1)

    def _start(self, ws, title: str, first: int) -> None:
        if self.plain:
            rows = iter(range(first, 1 << 20))
            self.put[title] = lambda row: ws.write_row(next(rows), 0, shielded(row))
        else:
            self.put[title] = feed(ws, first).put

    def _header(self, ws, title: str, cols) -> None:
        lead = len(KEY_HEAD)
        top = [zh for _, zh in KEY_HEAD] + [_label(r) for r, _, _ in cols]
        second = [key for key, _ in KEY_HEAD] + [c.label for _, c, _ in cols]
        # the row label once over its columns (merged), the column labels below it
        merged = []
        start = lead
        while start < len(cols) + lead:
            end = start
            while end + 1 < len(cols) + lead and cols[end + 1 - lead][0] is cols[start - lead][0]:
                top[end + 1] = None
                end += 1
            if end > start:
                merged.append((start, end))
            start = end + 1
        ws.freeze_panes(2, 1)
        ws.write_row(0, 0, top)
        for start, end in merged:
            ws.merge_range(0, start, 0, end, top[start])
        ws.write_row(1, 0, second)
        self._start(ws, title, 2)

    def add(self, name: str, report: dict) -> None:
        self.add_rows(wide_rows(name, report, self.cols))

    def add_rows(self, rows: list[tuple[str, Any]]) -> None:
        """Rows made by wide_rows (perhaps in another process; values, or their sheet_rows.encode),
        appended to their sheets."""
        put = self.put
        for title, row in rows:
            put[title](row)

    def save(self, path: Path) -> None:
        self.wb.filename = str(path)  # the name the workbook is written to, read by close() alone
        self.wb.close()

    def discard(self) -> None:
        """Remove the sheets' row files without saving (XlsxWriter removes them only as it saves)."""
        for ws in self.wb.worksheets():
            if not ws.row_data_fh_closed:
                ws.row_data_fh.close()
                ws.row_data_fh_closed = True
            Path(ws.row_data_filename).unlink(missing_ok=True)


def sheet_columns() -> dict[str, list[str]]:
    """{sheet title: the cell keys of its columns, in order}."""
    return {title: [k for _, _, k in cols] for title, _table, _layout, cols in sheets()}


def wide_rows(name: str, report: dict, columns: dict[str, list[str]],
              cells: dict[str, dict[str, Any]] | None = None) -> list[tuple[str, list[Any]]]:
    """(sheet title, row) of one report: a row on the sheet of each table read, then its row of the
    sheet of reports (`cells`: its table_cells, when the caller has them)."""
    if cells is None:
        cells = table_cells(report)
    meta = report.get("meta") or {}
    statuses = (report.get("extraction") or {}).get("tables", {})
    out: list[tuple[str, list[Any]]] = []
    for table, value in (report.get("tables") or {}).items():
        if value is None:
            continue
        title = sheet_for(report, table)
        st = (statuses.get(table) or {}).get("status")
        got = cells[table]
        out.append((title, [name, meta.get("organ"), meta.get("year"), st] + [got.get(k) for k in columns[title]]))
    out.append((REPORTS, report_row(name, report)))
    return out


def report_row(name: str, report: dict) -> list[Any]:
    meta, source = report.get("meta") or {}, report.get("source") or {}
    ex = report.get("extraction") or {}
    findings = report.get("findings") or []
    methods = [p.get("method") for p in (report.get("provenance") or {}).values()]
    values = {
        "report": name, "source": source.get("path"), "format": source.get("format"),
        "sha256": source.get("sha256"), "title": meta.get("title"), "organ": meta.get("organ"),
        "year": meta.get("year"), "published": meta.get("published"), "template": meta.get("template"),
        **{t: (ex.get("tables", {}).get(t) or {}).get("status") for t in template.TABLES},
        "errors": sum(f.get("severity") == "error" for f in findings),
        "warnings": sum(f.get("severity") == "warning" for f in findings),
        "notes": sum(f.get("severity") == "info" for f in findings),
        "values_llm": methods.count("llm"), "values_inferred": methods.count("inferred"),
        "notices": "; ".join(ex.get("notices") or []) or None,
    }
    return [values[k] for k, _ in REPORT_COLUMNS]
