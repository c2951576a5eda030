"""Asking the endpoint: one owner per policy.

- tenacity owns transport retries, per HTTP request: 429 (waiting at least its Retry-After), 408/409,
  5xx, timeouts and connection errors; exponential backoff with jitter, capped.
- instructor owns validation re-asks (invalid JSON, schema violations): `validation_retries`, 1 by
  default, above the transport — a re-ask that hits a 500 is retried by tenacity, not restarted.
- the openai SDK's own retries are off (max_retries=0), so nothing stacks.
- a request whose answer was cut (finish_reason=length) fails: instructor raises, nothing lands.
The store sits above all three: a hit makes no request at all.
"""
from __future__ import annotations

import asyncio
import contextvars
import json
import random
import time
from dataclasses import dataclass
from email.utils import parsedate_to_datetime
from datetime import datetime, timezone
from typing import Any, Callable

import instructor
import openai
from instructor.core import IncompleteOutputException, InstructorRetryException
from pydantic import BaseModel, ValidationError
from tenacity import AsyncRetrying, retry_if_exception, stop_after_attempt

from .cache import ResponseStore, digest
from .config import LLMConfig
from .prompts import Prompt
from .schema import schema_hash
from .usage import Budget, BudgetExceeded, CallRecord, estimate_tokens

MODES = {"tools": instructor.Mode.TOOLS, "json_schema": instructor.Mode.JSON_SCHEMA,
         "json": instructor.Mode.JSON, "md_json": instructor.Mode.MD_JSON}
_RETRY_STATUS = {408, 409, 429}

# the logical call an HTTP request belongs to (set per asyncio task, so concurrent calls stay apart)
current_call: contextvars.ContextVar[CallRecord] = contextvars.ContextVar("nianbao_llm_call")


def retry_after(exc: BaseException) -> float | None:
    """Seconds the server asked us to wait (Retry-After-Ms, Retry-After as seconds or HTTP date)."""
    response = getattr(exc, "response", None)
    headers = getattr(response, "headers", None)
    if headers is None:
        return None
    ms = headers.get("retry-after-ms")
    if ms:
        try:
            return float(ms) / 1000
        except ValueError:
            pass
    value = headers.get("retry-after")
    if not value:
        return None
    try:
        return max(0.0, float(value))
    except ValueError:
        pass
    try:
        when = parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    return max(0.0, (when - datetime.now(timezone.utc)).total_seconds())


def transient(exc: BaseException) -> bool:
    if isinstance(exc, (openai.APITimeoutError, openai.APIConnectionError)):
        return True
    if isinstance(exc, openai.APIStatusError):
        return exc.status_code in _RETRY_STATUS or exc.status_code >= 500
    return False


class Transport:
    """The raw chat-completions call that instructor drives: budget, bounded concurrency, retries,
    and usage recorded on the current call for every HTTP request."""

    def __init__(self, cfg: LLMConfig, client: openai.AsyncOpenAI, budget: Budget, sem: asyncio.Semaphore,
                 sleep: Callable[[float], Any] = asyncio.sleep, gate: Any = None):
        self.cfg, self.client, self.budget, self.sem, self.sleep = cfg, client, budget, sem, sleep
        # a limit shared beyond this process (a batch's worker processes or Ray tasks): an object
        # with blocking acquire()/release(), taken in a thread so the event loop keeps running
        self.gate = gate

    def _wait(self, state) -> float:
        exc = state.outcome.exception()
        ra = retry_after(exc)
        step = min(self.cfg.backoff_cap, self.cfg.backoff_base * 2 ** (state.attempt_number - 1))
        backoff = step / 2 + random.uniform(0, step / 2)  # "equal jitter": spread, never ~0
        return max(ra, 0.0) if ra is not None else backoff

    def _retryable(self, exc: BaseException) -> bool:
        ra = retry_after(exc)
        return transient(exc) and (ra is None or ra <= self.cfg.retry_after_cap)

    def _before_sleep(self, state) -> None:
        rec = current_call.get(None)
        if rec is not None:
            rec.retries += 1

    async def create(self, **kwargs: Any) -> Any:
        rec = current_call.get()
        retrying = AsyncRetrying(stop=stop_after_attempt(self.cfg.retries + 1), wait=self._wait,
                                 retry=retry_if_exception(self._retryable), before_sleep=self._before_sleep,
                                 sleep=self.sleep, reraise=True)
        async for attempt in retrying:
            with attempt:
                return await self._once(rec, kwargs)

    async def _once(self, rec: CallRecord, kwargs: dict[str, Any]) -> Any:
        sent = json.dumps([kwargs.get("messages"), kwargs.get("tools"), kwargs.get("response_format")],
                          ensure_ascii=False, default=str)
        reserved = self.budget.reserve(estimate_tokens(sent) + self.cfg.max_tokens)
        used = 0
        try:
            async with self.sem:
                if self.gate is not None:
                    await asyncio.to_thread(self.gate.acquire)
                try:
                    rec.requests += 1
                    resp = await self.client.chat.completions.create(**kwargs)
                finally:
                    if self.gate is not None:
                        self.gate.release()
            usage = getattr(resp, "usage", None)
            if usage is not None:
                rec.prompt_tokens += usage.prompt_tokens or 0
                rec.completion_tokens += usage.completion_tokens or 0
                used = (usage.prompt_tokens or 0) + (usage.completion_tokens or 0)
            if resp.choices:
                rec.finish_reasons.append(str(resp.choices[0].finish_reason))
            return resp
        except openai.APIStatusError as exc:
            rec.statuses.append(exc.status_code)
            raise
        finally:
            self.budget.settle(reserved, used)


@dataclass
class Answer:
    record: CallRecord
    payload: dict[str, Any] | None  # the validated answer as JSON data, None on failure


def _root(exc: BaseException) -> BaseException:
    seen = exc
    while isinstance(seen, InstructorRetryException) and seen.__cause__ is not None:
        seen = seen.__cause__
    return seen


def classify(exc: BaseException) -> tuple[bool, str]:
    """(deterministic, message). Deterministic failures are the model's own output (cut, invalid):
    cached, so a re-run does not pay for them again. Transport failures are not cached."""
    root = _root(exc)
    if isinstance(root, IncompleteOutputException) or isinstance(exc, IncompleteOutputException):
        return True, "answer cut off (finish_reason=length): nothing taken from it"
    if isinstance(root, BudgetExceeded):
        return False, f"not sent: {root}"
    if isinstance(root, (ValidationError, json.JSONDecodeError, ValueError)) and not isinstance(root, openai.APIError):
        first = str(root).strip().splitlines()[0] if str(root).strip() else type(root).__name__
        return True, f"invalid answer after re-ask ({type(root).__name__}: {first[:160]})"
    if isinstance(root, openai.APIStatusError):
        return False, f"HTTP {root.status_code} from the endpoint"
    if isinstance(root, openai.APITimeoutError):
        return False, "request timed out"
    if isinstance(root, openai.APIConnectionError):
        return False, "cannot connect to the endpoint"
    return False, f"{type(root).__name__}: {str(root)[:160]}"


class Session:
    """Everything one event loop needs: the client, the patched create, the semaphore."""

    def __init__(self, cfg: LLMConfig, client: openai.AsyncOpenAI, store: ResponseStore | None, budget: Budget,
                 sleep: Callable[[float], Any] = asyncio.sleep, gate: Any = None):
        self.cfg, self.store = cfg, store
        self.transport = Transport(cfg, client, budget, asyncio.Semaphore(cfg.max_concurrency), sleep, gate)
        self.create = instructor.patch(create=self.transport.create, mode=MODES[cfg.resolved_mode])

    def params(self) -> dict[str, Any]:
        p: dict[str, Any] = {self.cfg.resolved_max_tokens_param: self.cfg.max_tokens}
        if self.cfg.temperature is not None:
            p["temperature"] = self.cfg.temperature
        if self.cfg.seed is not None:
            p["seed"] = self.cfg.seed
        return p

    def key_fields(self, model: type[BaseModel], messages: list[dict], prompt: Prompt) -> dict[str, Any]:
        return {"endpoint": self.cfg.endpoint_id or self.cfg.endpoint, "model": self.cfg.model,
                "mode": self.cfg.resolved_mode, "prompt": prompt.ref, "schema": schema_hash(model),
                "input": digest(messages), "params": {**self.params(), "validation_retries": self.cfg.validation_retries}}

    async def ask(self, model: type[BaseModel], messages: list[dict], *, table: str, purpose: str,
                  prompt: Prompt) -> Answer:
        fields = self.key_fields(model, messages, prompt)
        rec = CallRecord(table, purpose, key=ResponseStore.key(fields))
        started = time.perf_counter()
        try:
            return await self._ask(model, messages, fields, rec)
        finally:
            rec.seconds = time.perf_counter() - started

    async def _ask(self, model: type[BaseModel], messages: list[dict], fields: dict[str, Any],
                   rec: CallRecord) -> Answer:
        hit = self.store.get(fields) if self.store is not None else None
        if hit is not None:
            rec.cached, rec.ok, rec.error = True, "payload" in hit, hit.get("error")
            return Answer(rec, hit.get("payload"))
        if self.store is not None and not self.store.may_call:
            rec.error = "replay: no recorded answer for this exact request"
            return Answer(rec, None)
        token = current_call.set(rec)
        payload = None
        try:
            result = await self.create(response_model=model, messages=messages, model=self.cfg.model,
                                       max_retries=self.cfg.validation_retries, **self.params())
            payload = result.model_dump(mode="json")
            rec.ok = True
            if self.store is not None:  # what it cost once, for the record; a hit costs nothing
                self.store.put(fields, {"payload": payload, "usage": {
                    "requests": rec.requests, "prompt_tokens": rec.prompt_tokens,
                    "completion_tokens": rec.completion_tokens}})
        except Exception as exc:  # every failure leaves the table as the parser left it
            deterministic, rec.error = classify(exc)
            if deterministic and self.store is not None:
                self.store.put(fields, {"error": rec.error})
        finally:
            current_call.reset(token)
        rec.cost = (rec.prompt_tokens * self.cfg.price_in_per_1k + rec.completion_tokens * self.cfg.price_out_per_1k) / 1000
        return Answer(rec, payload)
