"""One limit on LLM requests in flight for the whole batch, however many worker processes run."""
from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys

import pytest

from llm_support.helpers import GOLD_003, PROSE, gold, llm_server  # noqa: F401 (fixture)
from llm_support.server import Reply, oracle

from conftest import ROOT

APP = "applications"


def run_batch(server, tmp_path, limit: int, engine: str = "local") -> subprocess.CompletedProcess:
    src = tmp_path / f"in{limit}"
    src.mkdir()
    for i in range(4):  # four reports whose table 三 only the LLM can read, one request each
        shutil.copy(PROSE, src / f"r{i}.txt")
        server.push(APP, Reply(payload=oracle(gold(GOLD_003)), delay=0.4))
    conf = tmp_path / f"llm{limit}.toml"
    conf.write_text(f'[llm]\nbase_url = "{server.url}"\nmodel = "scripted"\ncache_mode = "off"\n'
                    f"max_concurrency = {limit}\n", encoding="utf-8")
    env = {k: v for k, v in os.environ.items() if not k.startswith(("OPENAI_", "NIANBAO_", "RAY_ADDRESS"))}
    env["PYTHONPATH"] = str(ROOT)
    return subprocess.run([sys.executable, "-m", "nianbao.cli", "extract", str(src), "-o", str(tmp_path / f"out{limit}"),
                           "-j", "2", "--engine", engine, "--llm-config", str(conf)], env=env, capture_output=True,
                          text=True, timeout=600)


def test_two_workers_share_one_limit_of_one_request(llm_server, tmp_path):
    res = run_batch(llm_server, tmp_path, 1)
    assert res.returncode == 0, res.stderr
    assert llm_server.calls == 4 and llm_server.max_in_flight == 1
    assert "LLM: 4 request(s)" in res.stderr
    data = json.loads((tmp_path / "out1" / "r0.json").read_text(encoding="utf-8"))
    assert data["provenance"]["applications.granted.natural_person"]["method"] == "llm"


def test_a_limit_of_two_lets_both_workers_ask_at_once(llm_server, tmp_path):
    """The same run with a limit of 2 does overlap: the test above can tell a shared limit from none."""
    res = run_batch(llm_server, tmp_path, 2)
    assert res.returncode == 0, res.stderr
    assert llm_server.calls == 4 and llm_server.max_in_flight == 2


def test_ray_tasks_share_one_limit_too(llm_server, tmp_path):
    """On Ray the limit is one semaphore actor for the whole cluster, not one per worker."""
    pytest.importorskip("ray")
    res = run_batch(llm_server, tmp_path, 1, engine="ray")
    assert res.returncode == 0, res.stderr
    assert llm_server.calls == 4 and llm_server.max_in_flight == 1
