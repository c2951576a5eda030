"""`nianbao extract` with and without an LLM endpoint, as a user runs it (a subprocess, real env vars)."""
from __future__ import annotations

import json
import os
import subprocess
import sys
from argparse import Namespace

from extractor.llm import build_filler
from llm_support.helpers import GOLD_003, PROSE, gold, llm_server
from llm_support.server import oracle


def clean_env(**extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("OPENAI_", "NIANBAO_"))}
    env.update(extra)
    return env


def nianbao(*args: str, env: dict[str, str], cwd) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "nianbao.cli", *args], env=env, cwd=cwd,
                          capture_output=True, text=True, timeout=120)


def test_without_an_endpoint_nothing_breaks_and_the_cli_says_what_stays_unfilled(tmp_path):
    assert build_filler(Namespace(no_llm=False, model=None, llm_config=None, no_cache=False), env={}) is None
    res = nianbao("extract", str(PROSE), env=clean_env(), cwd=tmp_path)
    assert res.returncode == 0, res.stderr
    assert "tables not filled (no LLM endpoint configured): applications" in res.stderr
    data = json.loads(res.stdout)
    assert data["tables"]["applications"] is None and data["extraction"]["llm"] is None


def test_an_endpoint_without_a_model_is_stated(tmp_path):
    res = nianbao("extract", str(PROSE), env=clean_env(OPENAI_BASE_URL="http://127.0.0.1:9/v1"), cwd=tmp_path)
    assert res.returncode == 0
    assert "no model" in res.stderr and "no LLM endpoint configured" in res.stderr


def test_the_cli_fills_then_reruns_from_the_cache(llm_server, tmp_path):
    llm_server.default = oracle(gold(GOLD_003))
    env = clean_env(OPENAI_BASE_URL=llm_server.url, NIANBAO_MODEL="scripted", NIANBAO_CACHE=str(tmp_path / "c"))
    first = nianbao("extract", str(PROSE), env=env, cwd=tmp_path)
    assert first.returncode == 0, first.stderr
    data = json.loads(first.stdout)
    assert data["tables"]["applications"]["granted"]["natural_person"] == 108
    assert data["provenance"]["applications.granted.natural_person"]["method"] == "llm"
    assert data["extraction"]["llm"]["prompts"]["fill_table"]["sha256"]
    assert "LLM: 1 table(s) asked in 1 report(s), 1 filled" in first.stderr and "1 request(s)" in first.stderr
    assert llm_server.calls == 1
    second = nianbao("extract", str(PROSE), env=env, cwd=tmp_path)
    assert llm_server.calls == 1 and "0 request(s), 1 cached" in second.stderr
    assert json.loads(second.stdout)["tables"] == data["tables"]
    nianbao("extract", "--no-cache", str(PROSE), env=env, cwd=tmp_path)
    assert llm_server.calls == 2
    skipped = nianbao("extract", "--no-llm", str(PROSE), env=env, cwd=tmp_path)
    assert llm_server.calls == 2 and "no LLM endpoint configured" in skipped.stderr


def test_a_config_file(llm_server, tmp_path):
    llm_server.default = oracle(gold(GOLD_003))
    conf = tmp_path / "llm.toml"
    conf.write_text(f'[llm]\nbase_url = "{llm_server.url}"\nmodel = "from-file"\nmode = "tools"\n'
                    f'cache_mode = "off"\nprice_in_per_1k = 0.01\nprice_out_per_1k = 0.03\n', encoding="utf-8")
    res = nianbao("extract", "--llm-config", str(conf), str(PROSE), env=clean_env(), cwd=tmp_path)
    assert res.returncode == 0, res.stderr
    assert llm_server.requests[0]["model"] == "from-file" and "tools" in llm_server.requests[0]
    assert "est. 0.0" in res.stderr and "USD" in res.stderr
    bad = tmp_path / "bad.toml"
    bad.write_text("model = \n", encoding="utf-8")
    res = nianbao("extract", "--llm-config", str(bad), str(PROSE), env=clean_env(), cwd=tmp_path)
    assert res.returncode == 0 and "not valid TOML" in res.stderr and "Traceback" not in res.stderr
