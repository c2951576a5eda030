"""Bad input: one clear line naming the file and the problem, non-zero exit, never a traceback."""
from __future__ import annotations

import json
import shutil

import pytest

from extractor import InputError, extract
from nianbao.cli import main

from conftest import ROOT

SEED = ROOT / "eval/docs/seeds/000_dfbaa25dea7f00ff.txt"


def run(capsys, *argv):
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.mark.parametrize("content, problem", [
    (b"", "empty file"),
    (b"   \n\n", "empty file"),
    (b"\x7fELF\x02\x01\x01\x00\x00\x00" + bytes(range(256)) * 4, "binary"),
    ("这是一段与年度报告无关的文字。\n".encode("utf-8") * 3, "no annual report inside"),
])
def test_bad_files_give_one_line(tmp_path, capsys, content, problem):
    bad = tmp_path / "bad.txt"
    bad.write_bytes(content)
    code, out, err = run(capsys, "extract", str(bad))
    assert code == 1
    lines = [l for l in err.splitlines() if l.startswith("nianbao:")]
    assert len(lines) == 1 and str(bad) in lines[0] and problem in lines[0], err
    assert "Traceback" not in err and out == ""


def test_gbk_encoded_report_is_read(tmp_path):
    """A real seed re-encoded as GBK (as legacy government sites serve it) extracts the same cells."""
    gbk = tmp_path / "seed-gbk.txt"
    gbk.write_bytes(SEED.read_text(encoding="utf-8").replace("\u2002", " ").encode("gbk", errors="replace"))
    a, b = extract(SEED), extract(gbk)
    assert a.tables.model_dump() == b.tables.model_dump()
    assert b.meta.organ == "克孜勒苏柯尔克孜自治州市场监督管理局"


def test_utf8_bom_and_crlf(tmp_path):
    p = tmp_path / "bom.txt"
    p.write_bytes(b"\xef\xbb\xbf" + SEED.read_bytes().replace(b"\n", b"\r\n"))
    assert extract(p).tables.model_dump() == extract(SEED).tables.model_dump()


def test_undecodable_bytes(tmp_path):
    p = tmp_path / "latin.txt"
    p.write_bytes(bytes([0x81, 0x30, 0xff, 0xfe, 0x80]) * 50)
    with pytest.raises(InputError) as exc:
        extract(p)
    assert str(p) in str(exc.value)


def test_missing_file_and_usage_errors(capsys, tmp_path):
    code, _, err = run(capsys, "extract", str(tmp_path / "nope.txt"))
    assert code == 1 and "no such file" in err
    code, _, err = run(capsys, "extract")
    assert code == 2
    code, _, err = run(capsys, "extract", str(SEED), str(SEED))
    assert code == 2 and "-o" in err


def test_batch_goes_past_bad_files_and_writes_whole_outputs(tmp_path, capsys):
    src = tmp_path / "in"
    src.mkdir()
    shutil.copy(SEED, src / "good.txt")
    (src / "empty.txt").write_bytes(b"")
    (src / "junk.txt").write_bytes(b"\x00\x01\x02" * 100)
    out = tmp_path / "out"
    code, _, err = run(capsys, "extract", str(src), "-o", str(out))
    assert code == 1
    assert "empty.txt: empty file" in err and "junk.txt: binary" in err
    assert "extracted 1 of 3 report(s), 2 failed" in err
    assert sorted(p.name for p in out.iterdir()) == ["dataset.csv", "dataset.parquet", "dataset.xlsx", "good.json",
                                                     "good.txt", "run-manifest.jsonl", "run.log"]
    data = json.loads((out / "good.json").read_text(encoding="utf-8"))
    assert data["tables"]["active_disclosure"]["licensing"]["decisions"] == 10411
    text = (out / "good.txt").read_text(encoding="utf-8")
    s, e = data["provenance"]["active_disclosure.licensing.decisions"]["span"]
    assert text[s:e] == "10411"


def test_single_input_prints_json(capsys):
    code, out, err = run(capsys, "extract", str(SEED))
    assert code == 0
    data = json.loads(out)
    assert data["meta"] == {"title": "克孜勒苏柯尔克孜自治州市场监督管理局2021年政府信息公开工作年度报告",
                            "organ": "克孜勒苏柯尔克孜自治州市场监督管理局", "year": 2021,
                            "published": "2022-01-20", "template": "2021"}
    assert [s["key"] for s in data["sections"]] == ["overview", "active_disclosure", "applications",
                                                   "review_litigation", "problems", "other_matters"]
    assert "extracted 1 of 1" in err


def test_report_with_sections_but_no_tables_is_flagged(tmp_path, capsys):
    """FORMAT.md §9.6: headings with no table content must not read as all zeros."""
    text = SEED.read_text(encoding="utf-8")
    start, end = text.index("二、主动公开政府信息情况"), text.index("五、存在的主要问题及改进情况")
    headings = "\n二、主动公开政府信息情况\n(表格为图片)\n三、收到和处理政府信息公开申请情况\n\n四、政府信息公开行政复议、行政诉讼情况\n\n"
    p = tmp_path / "images.txt"
    p.write_text(text[:start] + headings + text[end:], encoding="utf-8")
    code, out, err = run(capsys, "extract", str(p))
    assert code == 1 and "no table could be read" in err
    data = json.loads(out)
    assert data["tables"] == {"active_disclosure": None, "applications": None, "review_litigation": None}
    assert {v["status"] for v in data["extraction"]["tables"].values()} == {"unparsed"}


def test_schema_command(capsys):
    code, out, _ = run(capsys, "schema")
    schema = json.loads(out)
    assert code == 0 and "tables" in schema["properties"] and "$defs" in schema
