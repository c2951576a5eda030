"""The LLM filler of a worker process, and the one limit on LLM requests in flight for a whole run.

Each worker (a pool process, a Ray task's process) builds its own filler from the run's settings once;
the limit is a semaphore shared by every worker — a multiprocessing semaphore for the process pool,
a Ray actor for a cluster — installed before the first file, so a run of N workers never has more
than `max_concurrency` requests open, whatever N is.
"""
from __future__ import annotations

import contextlib
import io
from types import SimpleNamespace
from typing import Any

_gate: Any = None
_fillers: dict[tuple, Any] = {}


def install(gate: Any) -> None:
    """Called once per worker process (pool initializer, Ray task) with the run's shared limit."""
    global _gate
    _gate = gate
    for f in _fillers.values():
        if f is not None:
            f.gate = gate


def filler(settings) -> Any:
    """The filler for these settings in this process; None without an endpoint or with --no-llm.
    Configuration warnings are printed once by the parent (`announce`), not by every worker."""
    if settings.no_llm:
        return None
    key = (settings.model, settings.llm_config, settings.no_cache)
    if key not in _fillers:
        with contextlib.redirect_stderr(io.StringIO()):
            _fillers[key] = _build(settings)
        if _fillers[key] is not None:
            _fillers[key].gate = _gate
    return _fillers[key]


def _build(settings) -> Any:
    try:
        from extractor.llm import build_filler
    except ImportError:
        return None
    return build_filler(SimpleNamespace(model=settings.model, llm_config=settings.llm_config,
                                        no_cache=settings.no_cache))


def announce(settings) -> tuple[bool, int]:
    """In the parent: build once so configuration problems are printed once. Returns (configured,
    the run-wide limit on requests in flight)."""
    if settings.no_llm:
        return False, 0
    key = (settings.model, settings.llm_config, settings.no_cache)
    f = _fillers[key] = _build(settings)  # this process's filler too (a serial run, or stdout)
    if f is not None:
        f.gate = _gate
    return (f is not None, f.cfg.max_concurrency if f is not None else 0)
