"""The small parts of the LLM fallback: grounding, config, prompts, schemas, planning."""
from __future__ import annotations

import json

import pytest

from extractor import load
from extractor import template
from extractor.llm import ConfigError, load_config
from extractor.llm.client import retry_after
from extractor.llm.grounding import SectionIndex, means, tokens
from extractor.llm.plan import plan
from extractor.llm.prompts import load as load_prompt
from extractor.llm.schema import Ask, ask_cells, response_model, schema_hash, template_rows
from extractor.pipeline import extract_document
from llm_support.helpers import MERGED, PROSE, ROOT, SEED_001


def col(table, layout, block, key):
    b = next(b for b in template.TABLES[table].layouts[layout].blocks if b.key == block)
    return next(c for c in b.columns if c.key == key)


# ------------------------------------------------------------------ grounding

def test_tokens_read_numbers_as_printed():
    toks = tokens("行政许可 增413 减5 -7 +2 采购251000元 1,234 两件 十二个 第一项 8.属于\n1、强化")
    values = [(t.value, t.signed, t.unit) for t in toks]
    assert (413, True, None) in values and (-5, True, None) in values and (-7, True, None) in values
    assert (2, True, None) in values and (251000, False, "元") in values and (1234, False, None) in values
    assert (2, False, None) in values and (12, False, None) in values
    assert all(v[0] not in (1, 8) for v in values)  # ordinals and enumerators are labels, not values


def test_a_value_means_what_its_column_is():
    change = col("active_disclosure", "2019", "item5", "change")
    fee = col("active_disclosure", "2021", "item8", "amount")
    count = col("applications", "2021", "body", "total")
    [t413] = tokens("增413")
    [tneg] = tokens("减5")
    [tyuan] = tokens("251000元")
    assert means(t413, 413, change, None) and means(tneg, -5, change, None) and not means(tneg, 5, change, None)
    assert means(tyuan, 25.1, fee, "万元") and means(tyuan, 251000, fee, "万元")
    assert means(tneg, 5, count, None) and not means(tneg, -5, count, None)


def test_chinese_numerals_before_a_measure_word_are_tokens():
    text = "收到申请两件，答复十二个，第一项加第二项之和"
    assert [(text[t.start:t.end], t.value) for t in tokens(text)] == [("两", 2), ("十二", 12)]


def test_spans_only_where_unambiguous():
    text = "予以公开111件,其中自然人108件、商业企业2件。部分公开17件,其中自然人14件、商业企业3件、其他0件。结转0件"
    index = SectionIndex(text, 100, "applications", "2019", True)
    natural = col("applications", "2019", "body", "natural_person")
    other = col("applications", "2019", "body", "other_org")
    found = index.candidates(108, natural, None)
    assert index.span("granted", natural, found) == (100 + text.index("108"), 100 + text.index("108") + 3)
    zeros = index.candidates(0, other, None)
    assert index.span("partially_granted", other, zeros) == (100 + text.index("0件。结转"), 100 + text.index("0件。结转") + 1)
    assert index.span("carried_forward", other, zeros) is None or index.row_stretch("carried_forward") is None


# ------------------------------------------------------------------ config

def test_config_sources_and_precedence(tmp_path):
    f = tmp_path / "c.json"
    f.write_text(json.dumps({"llm": {"model": "file-model", "max_concurrency": 2, "price_in_per_1k": "0.5"}}))
    cfg = load_config(f, env={"NIANBAO_MODEL": "env-model", "OPENAI_BASE_URL": "http://localhost:8000/v1"})
    assert cfg.model == "env-model" and cfg.max_concurrency == 2 and cfg.price_in_per_1k == 0.5
    assert load_config(f, env={"NIANBAO_MODEL": "env"}, model="flag").model == "flag"
    assert cfg.resolved_mode == "json_schema" and cfg.resolved_max_tokens_param == "max_tokens"
    openai_cfg = load_config(env={"OPENAI_API_KEY": "sk-x"})
    assert openai_cfg.configured and openai_cfg.resolved_mode == "tools"
    assert openai_cfg.resolved_max_tokens_param == "max_completion_tokens"
    assert "sk-x" not in repr(openai_cfg) and "sk-x" not in json.dumps(openai_cfg.public())
    assert not load_config(env={}).configured
    t = tmp_path / "c.toml"
    t.write_text('api_key_env = "MY_KEY"\nmode = "tools"\n')
    assert load_config(t, env={"MY_KEY": "k"}).api_key == "k"
    with pytest.raises(ConfigError):
        load_config(env={}, mode="telepathy")
    t.write_text('unknown_setting = 1\n')
    with pytest.raises(ConfigError, match="unknown setting"):
        load_config(t, env={})


def test_retry_after_forms():
    class Resp:
        def __init__(self, headers):
            self.headers = headers

    class Exc(Exception):
        def __init__(self, headers):
            self.response = Resp(headers)

    assert retry_after(Exc({"retry-after": "2"})) == 2.0
    assert retry_after(Exc({"retry-after-ms": "1500"})) == 1.5
    assert 0 <= retry_after(Exc({"retry-after": "Wed, 21 Oct 2015 07:28:00 GMT"})) < 1
    assert retry_after(Exc({})) is None and retry_after(ValueError()) is None


# ------------------------------------------------------------------ prompts and schemas

def test_prompts_are_versioned_files_with_a_hash():
    p = load_prompt("fill_table")
    assert p.version == 1 and len(p.sha256) == 64
    assert p.sha256 == load_prompt("fill_table", 1).sha256
    messages = p.render(table_title="t", layout="2021", row_labels="r", column_labels="c", notes="",
                        section_text="{row_labels} {previous_answer}")
    assert "{row_labels} {previous_answer}" in messages[1]["content"]  # the text is never expanded
    for name in ("reread_table", "prose_facts"):
        assert load_prompt(name).system


def test_response_models_are_the_template_in_canonical_keys():
    rows = tuple(r.key for r, _ in template_rows("applications", "2021", False))
    model = response_model(Ask("applications", "2021", False, rows))
    schema = model.model_json_schema()
    assert set(schema["properties"]) == {"new_received", "carried_over", "granted", "partially_granted", "denied",
                                         "unable", "not_processed", "other", "results_total", "carried_forward"}
    assert set(schema["required"]) == set(schema["properties"])
    keys = ask_cells(Ask("applications", "2021", False, rows))
    assert keys == template.layout_cells("applications", "2021")
    rows = tuple(r.key for r, _ in template_rows("applications", "2021", True))
    ask_other_single_row = Ask("applications", "2021", True, rows)
    assert ask_cells(ask_other_single_row) == template.layout_cells("applications", "2021", other_single_row=True)
    two = Ask("applications", "2021", False, ("unable.needs_creation",))
    assert list(response_model(two).model_json_schema()["properties"]) == ["unable"]
    assert schema_hash(response_model(two)) != schema_hash(model)
    with pytest.raises(Exception):
        response_model(two).model_validate({"unable": {"needs_creation": {"natural_person": 1}}})


# ------------------------------------------------------------------ planning

def test_plan_asks_only_what_the_text_can_answer():
    doc = load(PROSE)
    jobs, skipped = plan(doc, extract_document(doc), 24000)
    assert [j.table for j in jobs] == ["applications"] and not skipped
    assert jobs[0].ask.layout == "2019" and jobs[0].ask.other_single_row
    sec = doc.text[jobs[0].start:jobs[0].end]
    assert sec.startswith("三、收到和处理政府信息公开申请情况") and "四、政府信息公开行政复议" not in sec

    doc = load(MERGED)
    jobs, _ = plan(doc, extract_document(doc), 24000)
    assert jobs[0].ask.rows == ("unable.needs_creation", "unable.unclear_after_correction")

    doc = load(SEED_001)
    jobs, skipped = plan(doc, extract_document(doc), 24000)
    assert not jobs and "fewer values than columns" in skipped["applications"]

    doc = load(ROOT / "eval/docs/text/009_guangzhou_beijingjie_spammirror_2020.txt")  # header, then cut
    jobs, skipped = plan(doc, extract_document(doc), 24000)
    assert not jobs and "prints no numbers" in skipped["applications"]

    doc = load(PROSE)
    jobs, skipped = plan(doc, extract_document(doc), 100)
    assert not jobs and "max_section_chars" in skipped["applications"]


def test_enumerators_are_not_tokens_but_values_beside_them_are():
    def values(text):
        return [t.value for t in tokens(text)]

    assert values("8.属于行政查询事项 2") == [2]
    assert values("| 3）其他 | 5 |") == [5]
    assert values("共收到申请2、3件") == [2, 3]  # mid-sentence: two values, not an enumerator
    assert values("本年收费共100.") == [100]  # three digits are no item number
