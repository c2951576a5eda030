"""Counting: HTTP requests, tokens and estimated cost per call, per report and per run; the token budget."""
from __future__ import annotations

from dataclasses import asdict, dataclass, field


class BudgetExceeded(RuntimeError):
    """The run's token budget would be exceeded by the next request: it is not sent."""


@dataclass
class CallRecord:
    """One logical question (a table fill, a re-read, prose facts) and the requests it took."""

    table: str
    purpose: str  # fill | reread | prose
    key: str = ""  # cache key
    cached: bool = False
    requests: int = 0  # HTTP requests sent (transport retries and validation re-asks included)
    retries: int = 0  # transport retries (429 / 5xx / timeout / connection)
    prompt_tokens: int = 0
    completion_tokens: int = 0
    finish_reasons: list[str] = field(default_factory=list)
    statuses: list[int] = field(default_factory=list)  # HTTP errors seen, e.g. [429, 500]
    ok: bool = False
    error: str | None = None
    cost: float = 0.0
    seconds: float = 0.0  # wall time of the question, backoff waits included

    def as_dict(self) -> dict:
        d = asdict(self)
        d["key"] = self.key[:16]
        d["seconds"] = round(self.seconds, 3)
        return d


@dataclass
class Usage:
    answers: int = 0  # logical questions
    cached: int = 0  # answered from the cache, no request
    failed: int = 0
    requests: int = 0
    prompt_tokens: int = 0
    completion_tokens: int = 0
    cost: float = 0.0
    seconds: float = 0.0  # per report: wall time of the fallback (tables are asked concurrently)

    def add(self, rec: CallRecord) -> None:
        self.answers += 1
        self.cached += rec.cached
        self.failed += not rec.ok
        self.requests += rec.requests
        self.prompt_tokens += rec.prompt_tokens
        self.completion_tokens += rec.completion_tokens
        self.cost += rec.cost

    @property
    def tokens(self) -> int:
        return self.prompt_tokens + self.completion_tokens

    def as_dict(self, currency: str) -> dict:
        d = asdict(self)
        d["cost"] = round(self.cost, 6)
        d["seconds"] = round(self.seconds, 3)
        d["currency"] = currency
        return d


class Budget:
    """A per-run cap on prompt + completion tokens. A request reserves its worst case (estimated
    prompt + max_tokens) before it is sent and settles to the real usage after, so concurrent
    requests cannot overshoot together. No lock: reserve/settle never await, and the event loop runs
    one of them at a time."""

    def __init__(self, total: int):
        self.total = total
        self.used = 0
        self.reserved = 0

    def reserve(self, n: int) -> int:
        if self.used + self.reserved + n > self.total:
            raise BudgetExceeded(f"token budget {self.total} reached ({self.used} used)")
        self.reserved += n
        return n

    def settle(self, reserved: int, actual: int) -> None:
        self.reserved -= reserved
        self.used += actual


def estimate_tokens(text: str) -> int:
    """Rough prompt size before sending: a CJK character is about one token, other text about four
    characters per token. Only used to reserve budget; real counts come from the response."""
    cjk = sum(1 for ch in text if "\u3400" <= ch <= "\u9fff" or "\uff00" <= ch <= "\uffef")
    return cjk + (len(text) - cjk) // 4 + 8
