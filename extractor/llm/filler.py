"""The LLM fallback: `filler.fill(doc, report)` for the tables the parser could not read.

Per table: ask (fill_table prompt) → judge every value against the section text → check the
template's identities on parser + answered cells → if one fails, ask ONCE to re-read (reread_table
prompt: report what is printed, never make sums hold) → land what survived, with provenance "llm".
After the re-read, a value in a still-failing identity lands only if both readings agree on it and it
is printed inside its own row's stretch of text (a document's own arithmetic error then reaches the
audit); otherwise it stays null. Tables are asked concurrently (bounded); every call's usage, the
prompt hashes and the outcome go to report.extraction.llm.
"""
from __future__ import annotations

import asyncio
import json
import os
import time
from contextlib import asynccontextmanager
from dataclasses import dataclass, field
from typing import Any, Callable, Iterable

import openai

from ..cells import flatten as flatten_tables
from ..ir import Document
from ..models import Report
from . import prompts
from .apply import land
from .cache import ResponseStore
from .evidence import off_the_printed_rows
from .checks import Judged, cells_of, failing, judge
from .client import Session
from .config import LLMConfig
from .grounding import SectionIndex
from .plan import Job, plan
from .prompts import fence
from .prose import prose_facts
from .schema import flatten, labels_text, response_model
from .usage import Budget, CallRecord, Usage

ClientFactory = Callable[[LLMConfig], openai.AsyncOpenAI]


def default_client(cfg: LLMConfig) -> openai.AsyncOpenAI:
    # SDK retries off: tenacity (client.Transport) is the only retry owner
    return openai.AsyncOpenAI(base_url=cfg.endpoint, api_key=cfg.api_key or "not-needed",
                              max_retries=0, timeout=cfg.timeout)


@dataclass
class TableResult:
    job: Job
    records: list[CallRecord] = field(default_factory=list)
    judged: Judged | None = None
    error: str | None = None
    reread: bool = False
    notes: list[str] = field(default_factory=list)


class LLMFiller:
    def __init__(self, config: LLMConfig, *, store: ResponseStore | None = None,
                 client_factory: ClientFactory | None = None, sleep: Callable[[float], Any] = asyncio.sleep,
                 prompts_dir: str | None = None, gate: Any = None):
        self.cfg = config
        self.gate = gate  # a run-wide limit on requests in flight (see client.Transport)
        if store is None and config.cache_mode != "off":
            store = ResponseStore(config.cache_dir, config.cache_mode)
        self.store = store
        self.client_factory = client_factory or default_client
        self.sleep = sleep  # test seam: backoff waits without real time
        self.budget = Budget(config.token_budget)
        self.usage = Usage()
        self.reports = self.tables_asked = self.tables_filled = self.cells_landed = 0
        self.prompts_dir = prompts_dir  # test seam; default: the top-level prompts/ directory
        self.fill_prompt = prompts.load("fill_table", directory=prompts_dir)
        self.reread_prompt = prompts.load("reread_table", directory=prompts_dir)

    # ------------------------------------------------------------------ entry points

    def fill(self, doc: Document, report: Report) -> Report:
        return asyncio.run(self.afill(doc, report))

    def fill_many(self, pairs: Iterable[tuple[Document, Report]]) -> list[Report]:
        """Several reports in one event loop: their tables share the in-flight bound."""
        async def run() -> list[Report]:
            async with self.session() as s:
                return list(await asyncio.gather(*(self.afill(d, r, s) for d, r in pairs)))
        return asyncio.run(run())

    async def afill(self, doc: Document, report: Report, session: Session | None = None) -> Report:
        try:
            if session is None:
                async with self.session() as s:
                    return await self._fill(doc, report, s)
            return await self._fill(doc, report, session)
        except Exception as exc:  # a fallback must never cost the deterministic result
            if os.environ.get("NIANBAO_DEBUG"):
                raise
            out = report.model_copy(deep=True)
            out.extraction.notices.append(f"LLM fallback failed, tables left as parsed: {type(exc).__name__}: {exc}")
            return out

    @asynccontextmanager
    async def session(self):
        client = None if self.store is not None and not self.store.may_call else self.client_factory(self.cfg)
        try:
            yield Session(self.cfg, client, self.store, self.budget, self.sleep, self.gate)
        finally:
            if client is not None:
                await client.close()

    def summary(self) -> str:
        u = self.usage
        cost = f", est. {u.cost:.4f} {self.cfg.currency}" if self.cfg.price_in_per_1k or self.cfg.price_out_per_1k else ""
        return (f"{self.tables_asked} table(s) asked in {self.reports} report(s), {self.tables_filled} filled, "
                f"{self.cells_landed} value(s) landed; {u.requests} request(s), {u.cached} cached answer(s), "
                f"{u.failed} failed; {u.prompt_tokens} prompt + {u.completion_tokens} completion tokens{cost}")

    # ------------------------------------------------------------------ one report

    async def _fill(self, doc: Document, report: Report, session: Session) -> Report:
        report = report.model_copy(deep=True)
        started = time.perf_counter()
        jobs, skipped = plan(doc, report, self.cfg.max_section_chars)
        tasks = [self._table(doc, report, job, session) for job in jobs]
        if self.cfg.prose_facts:
            tasks.append(prose_facts(doc, report, session, self.cfg, self.prompts_dir))
        results = await asyncio.gather(*tasks)
        prose = results.pop() if self.cfg.prose_facts else None
        per_report = Usage()
        calls, tables = [], {}
        for res in results:
            for rec in res.records:
                per_report.add(rec)
                calls.append(rec.as_dict())
            tables[res.job.table] = self._land(report, res)
        for table, why in skipped.items():
            tables[table] = {"outcome": "skipped", "reason": why}
            report.extraction.notices.append(f"LLM fallback: {table} not asked: {why}")
        if prose is not None:
            for rec in prose["records"]:
                per_report.add(rec)
                calls.append(rec.as_dict())
        per_report.seconds = time.perf_counter() - started
        self._add_run(per_report)
        self.reports += 1
        report.extraction.llm = {
            **self.cfg.public(),
            "prompts": {p.name: p.ref for p in (self.fill_prompt, self.reread_prompt)}
                       | ({"prose_facts": prose["prompt"]} if prose else {}),
            "tables": tables, "calls": calls, "usage": per_report.as_dict(self.cfg.currency),
        } | ({"prose_facts": prose["facts"]} if prose else {})
        return report

    def _add_run(self, u: Usage) -> None:
        for name in ("answers", "cached", "failed", "requests", "prompt_tokens", "completion_tokens", "cost",
                     "seconds"):
            setattr(self.usage, name, getattr(self.usage, name) + getattr(u, name))

    def _land(self, report: Report, res: TableResult) -> dict[str, Any]:
        self.tables_asked += 1
        tokens = sum(r.prompt_tokens + r.completion_tokens for r in res.records)
        info: dict[str, Any] = {"reason": res.job.reason, "layout": res.job.ask.layout,
                                "rows_asked": len(res.job.ask.rows), "calls": len(res.records),
                                "requests": sum(r.requests for r in res.records), "tokens": tokens,
                                "reread": res.reread}
        if res.judged is None:
            report.extraction.notices.append(f"LLM fallback: {res.job.table} not filled: {res.error}")
            return info | {"outcome": "failed", "error": res.error}
        j = res.judged
        landed = land(report, res.job, j.values, j.spans, j.rejected)
        self.cells_landed += landed
        self.tables_filled += bool(landed)
        by_reason: dict[str, list[str]] = {}
        for key, why in sorted(j.rejected.items()):  # one line per reason, not per cell
            by_reason.setdefault("not printed in the section text" if "not printed" in why else why, []).append(key)
        for why, keys in by_reason.items():
            shown = ", ".join(keys[:6]) + (f" and {len(keys) - 6} more" if len(keys) > 6 else "")
            report.extraction.notices.append(f"LLM fallback: {len(keys)} value(s) left null ({why}): {shown}")
        report.extraction.notices += [f"LLM fallback: {n}" for n in res.notes]
        return info | {"outcome": "filled" if landed and not j.rejected else "partial" if landed else "empty",
                       "landed": landed, "nulls": sum(1 for v in j.values.values() if v is None),
                       "rejected": j.rejected, "spans": sum(1 for k in j.spans if j.spans[k] is not None)}

    # ------------------------------------------------------------------ one table

    def _messages(self, prompt: prompts.Prompt, job: Job, text: str, **extra: str) -> list[dict]:
        rows, cols = labels_text(job.ask)
        notes = []
        if job.reason != "unparsed":
            notes.append("Only the rows listed are asked; the other rows of this table were read already.")
        if job.table == "applications" and job.ask.layout == "2021":
            notes.append("（六）其他处理 is asked " + ("as one row (key `other`)." if job.ask.other_single_row
                                                     else "as its three sub-rows."))
        note_text = "".join(f"Note: {n}\n" for n in notes)
        return prompt.render(table_title=job.ask.title, layout=job.ask.layout, row_labels=rows,
                             column_labels=cols, notes=note_text, section_text=fence(text), **extra)

    async def _table(self, doc: Document, report: Report, job: Job, session: Session) -> TableResult:
        res = TableResult(job)
        text = doc.text[job.start:job.end]
        index = SectionIndex(text, job.start, job.table, job.ask.layout, job.ask.other_single_row)
        model = response_model(job.ask)
        first = await session.ask(model, self._messages(self.fill_prompt, job, text), table=job.table,
                                  purpose="fill", prompt=self.fill_prompt)
        res.records.append(first.record)
        if first.payload is None:
            res.error = first.record.error
            return res
        j1 = judge(job.ask, flatten(job.table, first.payload), index, job.header_units)
        j1.rejected.update(off_the_printed_rows(job, _landing(j1)))
        parser = {k: v for k, v in flatten_tables({job.table: report.tables.model_dump().get(job.table)}).items()
                  if v is not None}
        fails = failing(job.ask, {**_landing(j1), **parser}, set(_landing(j1)))
        if not fails:
            res.judged = j1
            return res
        res.reread = True
        checks = "\n".join(f.describe({**_landing(j1), **parser}) for f in fails)
        previous = json.dumps(first.payload, ensure_ascii=False, separators=(",", ":"))
        second = await session.ask(model, self._messages(self.reread_prompt, job, text, previous_answer=previous,
                                                         failed_checks=checks),
                                   table=job.table, purpose="reread", prompt=self.reread_prompt)
        res.records.append(second.record)
        if second.payload is None:  # no second reading: the cells of the failing sums stay null
            for key in sorted(cells_of(fails) & set(_landing(j1))):
                j1.rejected[key] = f"in a sum that does not hold, and the re-read failed ({second.record.error})"
            res.judged = j1
            return res
        j2 = judge(job.ask, flatten(job.table, second.payload), index, job.header_units)
        j2.rejected.update(off_the_printed_rows(job, _landing(j2)))
        fails2 = failing(job.ask, {**_landing(j2), **parser}, set(_landing(j2)))
        kept = set()
        for key in sorted(cells_of(fails2) & set(_landing(j2))):
            if j1.values.get(key) == j2.values[key] and key in j2.located:
                kept.add(key)
            else:
                j2.rejected[key] = "in a sum that does not hold after the re-read, and not confirmed as printed in its row"
        if kept:
            rules = sorted({f"{f.identity.rule} ({f.identity.where})" for f in fails2})
            res.notes.append(f"{job.table}: printed values do not add up, confirmed on re-read: {', '.join(rules)}")
        res.judged = j2
        return res


def _landing(j: Judged) -> dict[str, Any]:
    return {k: v for k, v in j.values.items() if v is not None and k not in j.rejected}
