"""Transport policy against the real local server: tenacity owns retries, the SDK's are off, instructor
re-asks only for invalid answers, the budget stops requests before they are sent."""
from __future__ import annotations

import socket
import time

from llm_support.helpers import GOLD_003, PROSE, cells, gold, llm_cells, llm_server, make_filler, run
from llm_support.server import Reply, Status, oracle

APP = "applications"


def recorder():
    waits: list[float] = []

    async def sleep(seconds: float) -> None:  # the backoff seam: record the wait, spend no time
        waits.append(seconds)

    return waits, sleep


def app_gold():
    return {k: v for k, v in gold(GOLD_003).items() if k.startswith(APP + ".")}


def test_429_waits_for_retry_after_then_succeeds(llm_server):
    llm_server.default = oracle(gold(GOLD_003))
    llm_server.push(APP, Status(429, {"Retry-After": "1"}, {"error": {"message": "rate limited"}}))
    started = time.perf_counter()
    _, _, after = run(PROSE, make_filler(llm_server))
    took = time.perf_counter() - started
    assert llm_server.calls == 2
    assert took >= 1.0  # honoured: not the tiny test backoff
    assert cells(after, APP) == app_gold()
    call = after.extraction.llm["calls"][0]
    assert call["statuses"] == [429] and call["retries"] == 1 and call["requests"] == 2


def test_retry_after_longer_than_the_cap_is_not_waited_for(llm_server):
    llm_server.push(APP, Status(429, {"Retry-After": "3600"}))
    waits, sleep = recorder()
    _, _, after = run(PROSE, make_filler(llm_server, sleep=sleep))
    assert llm_server.calls == 1 and waits == []
    assert after.extraction.tables[APP].status == "unparsed"
    assert "HTTP 429" in after.extraction.llm["tables"][APP]["error"]


def test_5xx_is_retried_with_capped_jittered_backoff(llm_server):
    llm_server.default = oracle(gold(GOLD_003))
    llm_server.push(APP, Status(500), Status(503))
    waits, sleep = recorder()
    _, _, after = run(PROSE, make_filler(llm_server, sleep=sleep, backoff_base=1.0, backoff_cap=1.5))
    assert llm_server.calls == 3
    assert len(waits) == 2 and 0.5 <= waits[0] <= 1.0 and 0.75 <= waits[1] <= 1.5
    assert cells(after, APP) == app_gold()


def test_retries_are_capped_and_the_sdk_adds_none(llm_server):
    llm_server.push(APP, *[Status(500)] * 10)
    waits, sleep = recorder()
    _, _, after = run(PROSE, make_filler(llm_server, sleep=sleep, retries=2))
    assert llm_server.calls == 3  # 1 + 2 tenacity retries; SDK max_retries=0, instructor does not retry HTTP errors
    assert not llm_cells(after) and after.extraction.tables[APP].status == "unparsed"
    assert any("HTTP 500" in n for n in after.extraction.notices)


def test_a_reply_slower_than_the_timeout_is_retried(llm_server):
    llm_server.default = oracle(gold(GOLD_003))
    llm_server.push(APP, Reply(payload=oracle(gold(GOLD_003)), delay=1.5))
    waits, sleep = recorder()
    _, _, after = run(PROSE, make_filler(llm_server, sleep=sleep, timeout=0.5))
    assert llm_server.calls == 2
    assert cells(after, APP) == app_gold()
    assert after.extraction.llm["calls"][0]["retries"] == 1


def test_timeouts_every_time_fail_cleanly(llm_server):
    llm_server.push(APP, *[Reply(payload=oracle(gold(GOLD_003)), delay=1.0)] * 3)
    waits, sleep = recorder()
    _, _, after = run(PROSE, make_filler(llm_server, sleep=sleep, timeout=0.3, retries=1))
    assert llm_server.calls == 2
    assert after.extraction.llm["tables"][APP]["error"] == "request timed out"


def test_connection_errors_are_retried_then_reported():
    with socket.socket() as s:  # a port nobody listens on
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    waits, sleep = recorder()
    filler = make_filler(None, base_url=f"http://127.0.0.1:{port}/v1", sleep=sleep, retries=2)
    _, _, after = run(PROSE, filler)
    assert len(waits) == 2
    assert after.extraction.llm["tables"][APP]["error"] == "cannot connect to the endpoint"
    assert after.extraction.llm["calls"][0]["requests"] == 3


def test_token_budget_stops_requests_before_sending(llm_server):
    llm_server.default = oracle(gold(GOLD_003))
    _, _, after = run(PROSE, make_filler(llm_server, token_budget=2000))
    assert llm_server.calls == 0
    assert "token budget" in after.extraction.llm["tables"][APP]["error"]
    assert after.extraction.tables[APP].status == "unparsed"


def test_budget_is_per_run_across_reports(llm_server):
    llm_server.default = oracle(gold(GOLD_003))
    filler = make_filler(llm_server, token_budget=12_000, max_tokens=3000)
    run(PROSE, filler)
    run(PROSE, filler)
    run(PROSE, filler)
    assert llm_server.calls == 2  # the third report's request would pass the run's budget
    assert filler.budget.used <= 12_000


def test_usage_and_cost_per_call_report_and_run(llm_server):
    llm_server.default = oracle(gold(GOLD_003))
    filler = make_filler(llm_server, price_in_per_1k=0.5, price_out_per_1k=1.5, currency="CNY")
    _, _, one = run(PROSE, filler)
    _, _, two = run(PROSE, filler)
    call = one.extraction.llm["calls"][0]
    assert call["prompt_tokens"] > 1000 and call["completion_tokens"] > 100
    assert abs(call["cost"] - (call["prompt_tokens"] * 0.5 + call["completion_tokens"] * 1.5) / 1000) < 1e-9
    usage = one.extraction.llm["usage"]
    assert usage["requests"] == 1 and usage["currency"] == "CNY"
    assert filler.usage.requests == 2 and filler.usage.prompt_tokens == 2 * call["prompt_tokens"]
    text = filler.summary()
    assert "2 request(s)" in text and "CNY" in text and "2 table(s) asked in 2 report(s)" in text
