"""The layers hold: imports point inward (nianbao → audits → extractor), and the command line imports
only what the command it runs needs."""
from __future__ import annotations

import ast
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
# a package may import only the packages listed for it (besides itself and third-party code)
MAY_IMPORT = {"extractor": set(), "audits": {"extractor"}, "nianbao": {"extractor", "audits"}}
OURS = set(MAY_IMPORT)


def imported_names(path: Path) -> list[tuple[int, str]]:
    """Absolute module names a file imports: import statements (relative ones resolved against the
    file's own package) and string arguments of importlib.import_module / __import__ / find_spec."""
    tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
    here = path.relative_to(ROOT).parent.parts  # the package a relative import starts from
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found += [(node.lineno, a.name) for a in node.names]
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = here[:len(here) - (node.level - 1)]
                name = ".".join((*base, node.module) if node.module else base)
            else:
                name = node.module or ""
            found.append((node.lineno, name))
        elif isinstance(node, ast.Call) and node.args and isinstance(node.args[0], ast.Constant) \
                and isinstance(node.args[0].value, str):
            f = node.func
            callee = f.attr if isinstance(f, ast.Attribute) else getattr(f, "id", "")
            if callee in ("import_module", "__import__", "find_spec"):
                found.append((node.lineno, node.args[0].value))
    return found


def upward_imports(package: str) -> list[str]:
    bad = []
    for path in sorted((ROOT / package).rglob("*.py")):
        for line, name in imported_names(path):
            top = name.split(".")[0]
            if top in OURS and top != package and top not in MAY_IMPORT[package]:
                bad.append(f"{path.relative_to(ROOT)}:{line} imports {name}")
    return bad


@pytest.mark.parametrize("package", sorted(MAY_IMPORT))
def test_no_import_points_outward(package):
    assert upward_imports(package) == []


def test_the_check_sees_every_form_of_import():
    """A planted file with each kind of upward import is caught, so the test above can fail."""
    planted = ROOT / "extractor" / "_planted_upward_import.py"
    planted.write_text("import audits\nfrom nianbao.cli import main\nimport importlib\n"
                       "importlib.import_module('audits.engine')\n", encoding="utf-8")
    try:
        bad = upward_imports("extractor")
    finally:
        planted.unlink()
    assert [b.split(" imports ")[1] for b in bad] == ["audits", "nianbao.cli", "audits.engine"]
    relative = ROOT / "audits" / "_planted_relative.py"
    relative.write_text("from ..nianbao import cli\n", encoding="utf-8")
    try:
        assert [b.split(" imports ")[1] for b in upward_imports("audits")] == ["nianbao"]
    finally:
        relative.unlink()


HEAVY = ("audits", "nianbao.evaluation", "openai", "instructor")


def modules_after(args: list[str], env: dict[str, str] | None = None, cwd: Path | None = None) -> set[str]:
    """The modules loaded by running `nianbao ARGS` in a fresh interpreter."""
    code = ("import sys, json\nfrom nianbao.cli import main\ntry:\n    main(sys.argv[1:])\nexcept SystemExit:\n"
            "    pass\nprint(json.dumps(sorted(sys.modules)), file=sys.__stderr__)")
    base = {k: v for k, v in os.environ.items() if not k.startswith(("OPENAI_", "NIANBAO_"))}
    base["PYTHONPATH"] = os.pathsep.join(filter(None, [str(ROOT), os.environ.get("PYTHONPATH")]))
    proc = subprocess.run([sys.executable, "-c", code, *args], capture_output=True, text=True,
                          env={**base, **(env or {})}, cwd=cwd or ROOT, timeout=120)
    return set(json.loads(proc.stderr.strip().splitlines()[-1]))


def heavy(modules: set[str]) -> list[str]:
    return sorted(m for m in modules if m.split(".")[0] in HEAVY or m.startswith(HEAVY))


LIBRARIES = ("pydantic", "lxml", "pdfplumber", "pypdfium2", "rapidfuzz", "opencc", "pyarrow", "openpyxl", "xlsxwriter", "rich", "ray")


def test_help_imports_no_command_body():
    loaded = modules_after(["--help"])
    assert heavy(loaded) == []
    assert not any(m == "extractor" or m.startswith("extractor.") for m in loaded)
    assert sorted({m.split(".")[0] for m in loaded} & set(LIBRARIES)) == []
    assert "nianbao.commands.extract" in loaded  # the check saw the command line run


def test_help_imports_no_heavy_standard_module():
    """`nianbao --help` is argparse and the commands' argument declarations: the audit's per-file work
    (hashing, dataclasses → inspect/ast/dis, typing, traceback) is imported when an audit runs."""
    loaded = modules_after(["--help"])
    assert sorted(loaded & {"hashlib", "dataclasses", "inspect", "typing", "traceback", "ast"}) == []
    assert "nianbao.commands.audit" in loaded


def test_extract_without_llm_imports_neither_audit_eval_nor_llm_client(tmp_path):
    loaded = modules_after(["extract", "--no-llm", "eval/docs/seeds", "-o", str(tmp_path)])
    assert heavy(loaded) == []
    assert "extractor.pipeline" in loaded and list(tmp_path.glob("*.json"))


def test_extract_with_no_endpoint_configured_never_imports_the_llm_client(tmp_path):
    loaded = modules_after(["extract", "eval/docs/seeds", "-o", str(tmp_path)])
    assert heavy(loaded) == []
    assert "extractor.llm.config" in loaded  # it did look for an endpoint


def test_a_configured_endpoint_does_load_the_llm_client(tmp_path):
    """The converse, so the tests above cannot pass by never reaching the LLM code at all."""
    env = {"OPENAI_BASE_URL": "http://127.0.0.1:9/v1", "NIANBAO_MODEL": "m", "NIANBAO_CACHE": str(tmp_path / "c")}
    loaded = modules_after(["extract", "--help"], env=env)
    assert "openai" not in loaded  # --help of a subcommand still runs nothing
    one = ROOT / "eval" / "docs" / "seeds"
    first = sorted(one.iterdir())[0]
    loaded = modules_after(["extract", str(first), "-o", str(tmp_path / "o")], env=env)
    assert "openai" in loaded and "instructor" in loaded

