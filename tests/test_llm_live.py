"""Against a real endpoint — opt-in: NIANBAO_LIVE=1 plus OPENAI_BASE_URL / OPENAI_API_KEY / NIANBAO_MODEL
(or NIANBAO_LLM_CONFIG=<file>). `pytest -m live`. Costs a few thousand tokens per document."""
from __future__ import annotations

import os

import pytest

from extractor.llm import LLMFiller, load_config
from llm_support.helpers import GOLD_003, GOLD_004, INJECTION, MERGED, PROSE, gold, llm_cells, run

pytestmark = [pytest.mark.live,
              pytest.mark.skipif(os.environ.get("NIANBAO_LIVE") != "1", reason="live LLM tests are opt-in (NIANBAO_LIVE=1)")]


@pytest.fixture(scope="module")
def filler():
    cfg = load_config(os.environ.get("NIANBAO_LLM_CONFIG"), cache_mode="off")
    if not cfg.configured or not cfg.model:
        pytest.skip("no endpoint/model configured (OPENAI_BASE_URL / OPENAI_API_KEY / NIANBAO_MODEL)")
    return LLMFiller(cfg)


@pytest.mark.parametrize("path,stem", [(PROSE, GOLD_003), (MERGED, GOLD_004), (INJECTION, GOLD_003)])
def test_a_real_model_never_lands_a_wrong_number(filler, path, stem):
    _, before, after = run(path, filler)
    want = gold(stem)
    landed = llm_cells(after)
    wrong = {k: (v, want.get(k)) for k, v in landed.items() if want.get(k) != v}
    assert not wrong, wrong
    asked = sum(1 for st in before.extraction.tables.values() if st.status == "unparsed" or st.incomplete_rows)
    assert asked and landed, after.extraction.notices
    print(filler.summary())
