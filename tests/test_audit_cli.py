"""`nianbao audit` and `nianbao rules`: inputs raw or extracted, batch outputs, exit status."""
from __future__ import annotations

import csv
import json
import shutil

import audits
from nianbao.cli import main
from test_audit_support import ROOT, SEED, TEXT

S003 = str(ROOT / SEED / "003_236049bc670541bf.txt")
S004 = str(ROOT / SEED / "004_0611940f34059ea7.txt")
KEWEI = str(ROOT / TEXT / "kewei_shanghai_2024_from_pdf.md")


def test_rules_lists_every_rule(capsys):
    assert main(["rules"]) == 0
    out = capsys.readouterr().out
    assert all(rid in out for rid in audits.RULES)
    assert main(["rules", "--doc"]) == 0
    out = capsys.readouterr().out
    assert "第一项加第二项之和" in out and "applies to:" in out


def test_audit_raw_reports_writes_every_output(tmp_path, capsys):
    assert main(["audit", S003, KEWEI, "-o", str(tmp_path)]) == 0  # findings are not failures
    out = capsys.readouterr().out
    assert "003_236049bc670541bf: 0 error(s), 2 warning(s)" in out
    # a blank total and a missing section: warnings (numbers wrong as printed are the only errors)
    assert "kewei_shanghai_2024_from_pdf: 0 error(s), 5 warning(s)" in out
    names = {p.name for p in tmp_path.iterdir()}
    assert names == {"003_236049bc670541bf.json", "003_236049bc670541bf.txt", "kewei_shanghai_2024_from_pdf.json",
                     "kewei_shanghai_2024_from_pdf.txt", "audit-summary.md", "audit-summary.html", "findings.csv",
                     "reports.csv", "run.log", "run-manifest.jsonl", "dataset.csv", "dataset.parquet", "dataset.xlsx"}
    data = json.loads((tmp_path / "003_236049bc670541bf.json").read_text(encoding="utf-8"))
    assert {f["rule"] for f in data["findings"]} == {"prose.table_mismatch", "meta.timeliness"}
    assert any(n.startswith("audit: not assessable: ") for n in
               json.loads((tmp_path / "kewei_shanghai_2024_from_pdf.json").read_text("utf-8"))["extraction"]["notices"])
    html = (tmp_path / "audit-summary.html").read_text(encoding="utf-8")
    assert "'>收到政府信息公开申请共计77件</mark>" in html and "一、本年新收政府信息公开申请数量 / 总计" in html
    assert "<script" not in html and "http" not in html.split("<body>")[0]
    md = (tmp_path / "audit-summary.md").read_text(encoding="utf-8")
    assert "## 003_236049bc670541bf" in md and "Not assessable" in md
    rows = list(csv.DictReader((tmp_path / "findings.csv").read_text(encoding="utf-8-sig").splitlines()))
    assert {r["rule"] for r in rows if r["report"] == "003_236049bc670541bf"} == {"prose.table_mismatch",
                                                                                "meta.timeliness"}
    prose = next(r for r in rows if r["rule"] == "prose.table_mismatch" and r["report"].startswith("003"))
    assert prose["evidence_text"].startswith("收到政府信息公开申请共计77件") and prose["source"].endswith(".txt")
    listed = list(csv.DictReader((tmp_path / "reports.csv").read_text(encoding="utf-8-sig").splitlines()))
    assert [r["report"] for r in listed] == ["kewei_shanghai_2024_from_pdf", "003_236049bc670541bf"]  # worst first
    assert listed[1]["errors"] == "0" and listed[1]["warnings"] == "2" and listed[1]["copy"] == "完整"
    assert not list(tmp_path.glob(".*.tmp"))  # atomic writes leave no temporary files


def test_audit_extracted_json_with_its_text(tmp_path, capsys):
    ext = tmp_path / "extracted"
    assert main(["extract", S003, S004, "-o", str(ext), "--no-llm"]) == 0
    capsys.readouterr()
    out_raw, out_json = tmp_path / "raw", tmp_path / "json"
    assert main(["audit", S003, S004, "-o", str(out_raw)]) == 0
    raw = capsys.readouterr().out
    assert main(["audit", str(ext), "-o", str(out_json)]) == 0  # a directory of extract outputs
    from_json = capsys.readouterr().out
    assert sorted(raw.splitlines()) == sorted(from_json.splitlines())  # the .txt siblings are not reports
    assert (out_json / "findings.csv").read_text("utf-8") == (out_raw / "findings.csv").read_text("utf-8")


def test_json_without_text_is_audited_and_prose_rules_are_not_assessable(tmp_path, capsys):
    ext = tmp_path / "extracted"
    assert main(["extract", S003, "-o", str(ext), "--no-llm"]) == 0
    (ext / "003_236049bc670541bf.txt").unlink()
    out = tmp_path / "out"
    assert main(["audit", str(ext / "003_236049bc670541bf.json"), "-o", str(out)]) == 0
    data = json.loads((out / "003_236049bc670541bf.json").read_text("utf-8"))
    assert "prose.table_mismatch" not in {f["rule"] for f in data["findings"]}
    assert any("prose.table_mismatch" in n and "规范化文本" in n for n in data["extraction"]["notices"])


def test_reaudit_of_audited_output_is_stable(tmp_path, capsys):
    first, second = tmp_path / "a", tmp_path / "b"
    assert main(["audit", S003, KEWEI, "-o", str(first)]) == 0
    assert main(["audit", str(first), "-o", str(second)]) == 0
    for name in ("003_236049bc670541bf.json", "kewei_shanghai_2024_from_pdf.json"):
        a = json.loads((first / name).read_text("utf-8"))
        b = json.loads((second / name).read_text("utf-8"))
        assert a["findings"] == b["findings"] and a["extraction"]["notices"] == b["extraction"]["notices"]


def test_fail_on_gates(tmp_path, capsys):
    assert main(["audit", S003, "--fail-on", "error"]) == 0  # warnings only
    assert main(["audit", S003, "--fail-on", "warning"]) == 3
    assert main(["audit", "eval/docs/pdf/hongze-2023.pdf", "--fail-on", "error"]) == 3  # 复议 总计 0 ≠ 11
    assert main(["audit", S003, "--fail-on", "warning", "-o", str(tmp_path / "gate")]) == 3  # a batch run too
    assert main(["audit", S003, "--fail-on", "error", "-o", str(tmp_path / "pass")]) == 0


def test_unreadable_inputs_fail_but_the_rest_is_audited(tmp_path, capsys):
    bad = tmp_path / "bad.json"
    bad.write_text("{not json", encoding="utf-8")
    alien = tmp_path / "alien.json"
    alien.write_text(json.dumps({"hello": 1}), encoding="utf-8")
    copy = tmp_path / "copy.txt"
    shutil.copy(S004, copy)
    code = main(["audit", str(bad), str(alien), str(tmp_path / "missing.txt"), str(copy), "-o", str(tmp_path / "o")])
    captured = capsys.readouterr()
    assert code == 1
    assert "copy: 0 error(s)" in captured.out
    assert "bad.json: not a readable JSON file" in captured.err and "alien.json: not an extracted" in captured.err
    assert "missing.txt: no such file" in captured.err and "Traceback" not in captured.err
    assert "could not be read" in (tmp_path / "o" / "audit-summary.md").read_text("utf-8")


def test_an_interrupted_audit_keeps_every_report_it_finished(tmp_path):
    """Each report's JSON is written (atomically) as soon as it is audited, before the next is read:
    killing the run keeps whole files for every report it printed."""
    import os
    import signal
    import subprocess
    import sys

    inputs = sorted(str(p) for p in (ROOT / TEXT).glob("*.txt"))
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    # its own process group, killed whole: worker processes must not outlive the test
    proc = subprocess.Popen([sys.executable, "-m", "nianbao.cli", "audit", *inputs, "-o", str(tmp_path), "-j", "1"],
                            stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True, env=env, cwd=ROOT,
                            start_new_session=True)
    try:
        printed = [proc.stdout.readline().split(":")[0] for _ in range(3)]
    finally:
        os.killpg(proc.pid, signal.SIGKILL)
        proc.wait()
        proc.stdout.close()
    assert not (tmp_path / "audit-summary.html").exists()  # the run did not finish
    for name in printed:
        data = json.loads((tmp_path / f"{name}.json").read_text("utf-8"))
        assert "findings" in data and (tmp_path / f"{name}.txt").is_file()


def _findings(out):
    return {p.name: json.loads(p.read_text("utf-8"))["findings"] for p in sorted(out.glob("*.json"))}


def test_workers_do_not_change_the_outputs(tmp_path, capsys):
    copy = tmp_path / "again.txt"
    shutil.copy(S003, copy)
    inputs = [S003, S004, KEWEI, str(copy)]
    assert main(["audit", *inputs, "-o", str(tmp_path / "one"), "-j", "1"]) == 0
    assert main(["audit", *inputs, "-o", str(tmp_path / "two"), "-j", "2"]) == 0
    one, two = tmp_path / "one", tmp_path / "two"
    assert _findings(one) == _findings(two)
    assert "batch.repeated_input" in {f["rule"] for f in _findings(one)["again.json"]}
    for name in ("findings.csv", "reports.csv", "audit-summary.html", "audit-summary.md"):
        assert (one / name).read_text("utf-8") == (two / name).read_text("utf-8"), name


def test_a_second_run_reaudits_what_it_wrote_without_doubling_batch_findings(tmp_path, capsys):
    copy = tmp_path / "again.txt"
    shutil.copy(S003, copy)
    out = tmp_path / "out"
    assert main(["audit", S003, str(copy), "-o", str(out)]) == 0
    first = _findings(out)
    capsys.readouterr()
    assert main(["audit", S003, str(copy), "-o", str(out)]) == 0  # both skipped by the engine, re-audited
    printed = capsys.readouterr().out
    assert "003_236049bc670541bf: 0 error(s), 2 warning(s)" in printed and "again: " in printed
    assert _findings(out) == first
    assert sum(f["rule"] == "batch.repeated_input" for f in first["again.json"]) == 1


def test_auditing_extracted_json_resumes_on_the_json_files_own_bytes(tmp_path, capsys):
    """The manifest keys an input on the bytes given: for extracted JSON that is the JSON file, not the
    report it came from — else every re-run would take the JSON for changed and audit it again."""
    import hashlib

    extracted, out = tmp_path / "extracted", tmp_path / "audited"
    assert main(["extract", "--no-llm", "--no-dataset", "-q", S003, "-o", str(extracted)]) == 0
    js = extracted / "003_236049bc670541bf.json"
    assert main(["audit", str(js), "-o", str(out)]) == 0
    line = json.loads((out / "run-manifest.jsonl").read_text("utf-8").splitlines()[0])
    assert line["sha256"] == hashlib.sha256(js.read_bytes()).hexdigest()
    capsys.readouterr()
    assert main(["audit", str(js), "-o", str(out)]) == 0
    assert "1 already done" in capsys.readouterr().err
