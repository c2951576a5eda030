"""HTML, PDF and DOCX reports through the same pipeline as text: every gold cell, spans, bad input.

Real documents from eval/docs; bad input is made in tmp_path from real ones (a truncated PDF, a PDF with
only an image, an encrypted DOCX, a GBK copy of a real page, the page's report inside JavaScript).
"""
from __future__ import annotations

import hashlib
import json
import re
import zipfile

import pytest

from extractor import InputError, extract, load
from extractor.cells import flatten
from extractor.loaders.html import script_html
from extractor.loaders.pdf import load_pdf
from extractor.pipeline import extract_document
from extractor.template import cell_index
from extractor.values import convert, parse

from conftest import ROOT, gold_files, load_gold

FORMATS = ("html", "pdf", "docx")
GOLD = {p.stem: p for p in gold_files(FORMATS)}
HTML = ROOT / "eval/docs/html/shuyang_fagaiju_2023.html"
DOCX = ROOT / "eval/docs/docx/template-blank-2021.docx"
PDFS = sorted((ROOT / "eval/docs/pdf").glob("*.pdf"))


def _cells_of(report) -> dict:
    return flatten(report.tables.model_dump())


def _assert_gold(report, gold: dict) -> None:
    got = _cells_of(report)
    wrong = {k: (v, got.get(k, "<absent>")) for k, v in gold["cells"].items() if got.get(k, "<absent>") != v}
    assert not wrong, f"{len(wrong)} of {len(gold['cells'])} cells differ (gold, got): {wrong}"
    extra = {k: v for k, v in got.items() if k not in gold["cells"] and v is not None}
    assert not extra, f"values for cells the document does not have: {extra}"


def test_the_six_documents_are_in_the_eval_set():
    assert sorted(GOLD) == ["1300_shanghai_bangongting_2019", "hongze-2023", "hongze-2024", "huaian-city-2024",
                            "shuyang_fagaiju_2023", "template-blank-2021"]


@pytest.mark.parametrize("stem", sorted(GOLD))
def test_every_gold_cell(stem):
    gold = load_gold(GOLD[stem])
    report = extract(ROOT / gold["document"])
    assert report.source.format == gold["format"]
    _assert_gold(report, gold)
    assert report.meta.template == gold["meta"]["template"]
    assert report.meta.year == gold["meta"]["year"]
    assert report.meta.published == gold["meta"]["published"]


@pytest.mark.parametrize("stem", sorted(GOLD))
def test_every_span_holds_the_printed_value(stem):
    gold = load_gold(GOLD[stem])
    path = ROOT / gold["document"]
    text = load(path).text
    report = extract(path)
    values = _cells_of(report)
    for key, prov in report.provenance.items():
        start, end = prov.span
        printed = text[start:end]
        assert printed and printed == printed.strip(), (key, printed)
        value = parse(printed)
        assert value is not None, (key, printed)
        col = cell_index()[key][3]
        assert convert(value, col.kind, col.unit) == values[key] or value.number == values[key], (key, printed)
    assert {k for k, v in values.items() if v is not None} <= set(report.provenance)


def test_blank_docx_is_a_2021_layout_with_every_cell_null():
    report = extract(DOCX)
    cells = _cells_of(report)
    assert report.meta.template == "2021"
    assert len(cells) == 200 and all(v is None for v in cells.values())
    assert all(t is not None for t in report.tables.model_dump().values())


def test_hongze_2023_wrong_table_4_totals_come_through_as_printed():
    cells = _cells_of(extract(ROOT / "eval/docs/pdf/hongze-2023.pdf"))
    review = [cells[f"review_litigation.review.{c}"] for c in ("upheld", "corrected", "other", "pending", "total")]
    after = [cells[f"review_litigation.litigation_after_review.{c}"]
             for c in ("upheld", "corrected", "other", "pending", "total")]
    assert review == [10, 1, 0, 0, 0] and after == [5, 0, 0, 0, 0]


@pytest.mark.parametrize("path", PDFS, ids=lambda p: p.stem)
def test_pdf_rows_from_word_geometry_alone(path):
    """The unruled-table reader, run on the real PDFs with their rules ignored, gets every cell too."""
    data = path.read_bytes()
    report = extract_document(load_pdf(path, data, hashlib.sha256(data).hexdigest(), ruled=False))
    _assert_gold(report, load_gold(GOLD[path.stem]))


@pytest.mark.parametrize("path", PDFS, ids=lambda p: p.stem)
def test_pdf_pages_and_page_furniture(path):
    doc = load(path)
    assert doc.pages and doc.pages[0][0] == 0 and doc.pages[-1][1] == len(doc.text)
    assert all(a[1] < b[0] for a, b in zip(doc.pages, doc.pages[1:]))
    assert not re.search(r"(?m)^\s*[-—]\s*\d+\s*[-—]\s*$", doc.text), "page numbers are dropped"
    assert "|" in doc.text and "二、主动公开政府信息情况" in doc.text


def test_html_body_is_found_among_the_page_chrome():
    text = load(HTML).text
    assert text.startswith("沭阳县发展和改革局2023年政府信息公开年度报告")
    assert "采集时间" not in text and "繁體版" not in text and "function" not in text
    assert "2024-01-17" in text.split("一、总体情况")[0]  # the page's metadata table is kept
    assert "| 规范性文件 | 8 | 0 | 18 |" in text


# ------------------------------------------------------------------------------------------- HTML variants

def _report_markup() -> tuple[str, str]:
    page = HTML.read_text(encoding="utf-8")
    body = re.search(r'<div class="article-content[^>]*>(.*?)</ucapcontent>', page, re.S).group(1)
    return page, body


def test_gbk_page_with_meta_charset(tmp_path):
    page, _ = _report_markup()
    page = page.replace('<meta charset="utf-8" />', '<meta http-equiv="Content-Type" content="text/html; charset=gbk">')
    page = page.replace('<meta charset="utf-8">', "")
    path = tmp_path / "gbk.html"
    path.write_bytes(page.encode("gbk", errors="replace"))
    _assert_gold(extract(path), load_gold(GOLD["shuyang_fagaiju_2023"]))


def test_report_written_by_javascript(tmp_path):
    page, body = _report_markup()
    gold = load_gold(GOLD["shuyang_fagaiju_2023"])
    written = page.replace(body, "<script>document.write(" + json.dumps(body, ensure_ascii=False) + ");</script>")
    escaped = body.replace("<", "\\u003c").replace(">", "\\u003e").replace("'", "\\'").replace("\n", "\\n")
    held = page.replace(body, "<div id=c></div><script>var html = '" + escaped + "'; $('#c').html(html);</script>")
    for name, markup in (("written.html", written), ("held.html", held)):
        path = tmp_path / name
        path.write_text(markup, encoding="utf-8")
        _assert_gold(extract(path), gold)


def test_script_without_markup_is_left_alone():
    assert script_html('document.getElementById("t").innerHTML = y + "年" + m + "月";') is None


def test_merged_cells_and_blanks_in_a_small_html_table(tmp_path):
    page = """<html><head><meta charset="utf-8"></head><body><div>
    <p>二、主动公开政府信息情况</p><table border=1>
    <tr><td colspan=4>第二十条第（一）项</td></tr>
    <tr><td>信息内容</td><td>本年<br>制发件数</td><td><span>本年</span><span>废止件数</span></td><td>现行有效件数</td></tr>
    <tr><td>规章</td><td>&nbsp;</td><td>0</td><td>3</td></tr>
    <tr><td>行政规范性文件</td><td><p>1</p></td><td></td><td>12</td></tr></table>
    <p>三、收到和处理政府信息公开申请情况</p><p>四、政府信息公开行政复议、行政诉讼情况</p></div></body></html>"""
    path = tmp_path / "small.html"
    path.write_text(page, encoding="utf-8")
    text = load(path).text
    assert "| 规章 |  | 0 | 3 |" in text and "| 行政规范性文件 | 1 |  | 12 |" in text
    cells = _cells_of(extract(path))
    assert cells["active_disclosure.regulations.issued"] is None
    assert cells["active_disclosure.regulations.in_force"] == 3
    assert cells["active_disclosure.normative_documents.issued"] == 1
    assert cells["active_disclosure.normative_documents.repealed"] is None


# ------------------------------------------------------------------------------------------- bad input

def _one_line_error(path, *fragments: str) -> str:
    with pytest.raises(InputError) as info:
        extract(path)
    message = str(info.value)
    assert "\n" not in message and message.startswith(str(path)), message
    for fragment in fragments:
        assert fragment in message, message
    return message


def _pdf(objects: list[bytes], trailer: bytes = b"") -> bytes:
    """A minimal PDF file with a correct cross-reference table."""
    out, offsets = b"%PDF-1.4\n", []
    for i, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % i + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % o for o in offsets)
    return out + b"trailer\n<< /Size %d /Root 1 0 R %s>>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, trailer, xref)


def _stream(head: bytes, data: bytes) -> bytes:
    return b"<< " + head + b" /Length %d >>\nstream\n" % len(data) + data + b"\nendstream"


_IMAGE_PAGE = [
    b"<< /Type /Catalog /Pages 2 0 R >>",
    b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
    b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /XObject << /Im1 5 0 R >> >>"
    b" /Contents 4 0 R >>",
    _stream(b"", b"q 500 0 0 700 40 60 cm /Im1 Do Q"),
    _stream(b"/Type /XObject /Subtype /Image /Width 2 /Height 2 /ColorSpace /DeviceGray /BitsPerComponent 8",
            b"\x00\xff\xff\x00"),
]


def test_truncated_pdf(tmp_path):
    path = tmp_path / "cut.pdf"
    path.write_bytes(PDFS[0].read_bytes()[:2000])
    _one_line_error(path, "corrupt or truncated PDF: ")


def test_pdf_without_a_text_layer(tmp_path):
    path = tmp_path / "scan.pdf"
    path.write_bytes(_pdf(_IMAGE_PAGE))
    message = _one_line_error(path)
    assert message == f"{path}: PDF has no text layer (scanned images): OCR is needed"


def test_encrypted_pdf(tmp_path):
    path = tmp_path / "locked.pdf"
    encrypt = b"<< /Filter /Standard /V 1 /R 2 /O <" + b"11" * 32 + b"> /U <" + b"22" * 32 + b"> /P -44 >>"
    path.write_bytes(_pdf(_IMAGE_PAGE + [encrypt], b"/Encrypt 6 0 R /ID [<" + b"ab" * 16 + b"> <" + b"ab" * 16 + b">] "))
    _one_line_error(path, "encrypted PDF")


def test_encrypted_docx(tmp_path):
    # Word saves a password-protected .docx as an OLE compound file holding an EncryptedPackage stream
    path = tmp_path / "locked.docx"
    path.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 512 + "EncryptedPackage".encode("utf-16-le")
                     + b"\x00" * 512)
    _one_line_error(path, "encrypted")


def test_corrupt_docx(tmp_path):
    cut = tmp_path / "cut.docx"
    cut.write_bytes(DOCX.read_bytes()[:3000])
    _one_line_error(cut, "DOCX")
    not_word = tmp_path / "other.docx"
    with zipfile.ZipFile(not_word, "w") as z:
        z.writestr("hello.txt", "not a Word document")
    _one_line_error(not_word)


def test_html_without_text(tmp_path):
    path = tmp_path / "empty.html"
    path.write_text("<html><body><script>var a = 1;</script></body></html>", encoding="utf-8")
    _one_line_error(path, "no text")


# ------------------------------------------------------------------------------------------- layouts made here

def _cjk_pdf(pages: list[dict]) -> bytes:
    """A PDF of CJK text (STSong-Light, not embedded) and rules; coordinates from the top of the page."""
    objs = [b"<< /Type /Catalog /Pages 2 0 R >>", b"",
            b"<< /Type /Font /Subtype /Type0 /BaseFont /STSong-Light /Encoding /UniGB-UCS2-H /DescendantFonts [4 0 R] >>",
            b"<< /Type /Font /Subtype /CIDFontType0 /BaseFont /STSong-Light /CIDSystemInfo << /Registry (Adobe)"
            b" /Ordering (GB1) /Supplement 4 >> /FontDescriptor 5 0 R /DW 1000 /W [1 95 500] >>",
            b"<< /Type /FontDescriptor /FontName /STSong-Light /Flags 6 /FontBBox [0 -200 1000 900] /ItalicAngle 0"
            b" /Ascent 880 /Descent -120 /CapHeight 880 /StemV 80 >>"]
    kids = []
    for page in pages:
        ops = [b"%.1f %.1f m %.1f %.1f l S" % (x0, 842 - y0, x1, 842 - y1) for x0, y0, x1, y1 in page["rules"]]
        ops += [b"BT /F1 10 Tf %.1f %.1f Td <%s> Tj ET" % (x, 842 - y - 8.8, s.encode("utf-16-be").hex().encode())
                for x, y, s in page["text"]]
        objs.append(_stream(b"", b"\n".join(ops)))
        objs.append(b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R >> >>"
                    b" /Contents %d 0 R >>" % len(objs))
        kids.append(len(objs))
    objs[1] = b"<< /Type /Pages /Kids [%s] /Count %d >>" % (b" ".join(b"%d 0 R" % k for k in kids), len(kids))
    return _pdf(objs)


def _table_3_pdf(ruled: bool, blank_columns: tuple[int, ...], cut_at: int) -> tuple[bytes, dict]:
    """Table 三 (2021) with labels wrapped to 12 characters, values centred on their row, and a page
    break inside row `cut_at` (its label split between the pages, its values on the second)."""
    from extractor import template

    block = template.APPLICATIONS.layouts["2021"].blocks[0]
    cols = [72, 300] + [300 + 35 * i for i in range(1, 8)]
    pages, page, y, cells = [], {"text": [], "rules": []}, 72.0, {}
    page["text"] += [(72, 40, "三、收到和处理政府信息公开申请情况"), (76, 60, "申请人情况")]
    page["text"] += [(cols[i + 1] + 7, 60, c.label[:2]) for i, c in enumerate(block.columns)]
    for n, row in enumerate(block.rows):
        label = (row.group or "") + row.label
        lines = [label[i:i + 12] for i in range(0, len(label), 12)]
        values = []
        for i, col in enumerate(block.columns):
            v = None if i in blank_columns else (n * 7 + i) % 23
            cells[f"applications.{row.key}.{col.key}"] = v
            values.append("" if v is None else str(v))
        parts = [lines[:2], lines[2:]] if n == cut_at else [lines]
        for k, part in enumerate(parts):
            height = 12.5 * len(part) + 8
            if k == 1 or y + height > 770:
                pages.append(page)
                page, y = {"text": [], "rules": []}, 72.0
            page["text"] += [(76, y + 4 + 12.5 * j, t) for j, t in enumerate(part)]
            if k == len(parts) - 1:
                page["text"] += [(cols[i + 1] + 17.5 - 2.5 * len(v), y + height / 2 - 5, v)
                                 for i, v in enumerate(values) if v]
            if ruled:
                page["rules"] += [(72, y, 545, y), (72, y + height, 545, y + height)]
                page["rules"] += [(x, y, x, y + height) for x in cols]
            y += height
    page["text"].append((72, y + 30, "四、政府信息公开行政复议、行政诉讼情况"))
    pages.append(page)
    for i, p in enumerate(pages, 1):
        p["text"].append((290, 800, f"- {i} -"))
    return _cjk_pdf(pages), cells


@pytest.mark.parametrize("ruled,blank_columns,cut_at", [
    (True, (), 3), (True, (1, 2, 3, 4, 5), 22), (False, (), 3), (False, (1, 2, 3, 4, 5), 22), (False, (), 0)],
    ids=["ruled", "ruled-blank-columns", "unruled", "unruled-blank-columns", "unruled-cut-first-row"])
def test_table_rows_rebuilt_across_a_page_break(tmp_path, ruled, blank_columns, cut_at):
    data, cells = _table_3_pdf(ruled, blank_columns, cut_at)
    path = tmp_path / "table3.pdf"
    path.write_bytes(data)
    doc = load(path)
    assert len(doc.pages) >= 2
    got = _cells_of(extract_document(doc))
    wrong = {k: (v, got.get(k)) for k, v in cells.items() if got.get(k, "<absent>") != v}
    assert not wrong, f"{len(wrong)} cells differ: {wrong}\n{doc.text}"
