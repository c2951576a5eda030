"""`--engine ray`: the same per-file task as Ray tasks, for inputs and OUTDIR on a shared filesystem.

`RAY_ADDRESS` set: join that cluster (every node needs nianbao installed and the paths mounted at the
same place). Unset: a local Ray is started with `--jobs` CPUs and stopped at the end. LLM requests are
bounded for the whole run by one semaphore actor, so adding nodes never multiplies the load on the
endpoint. Work is handed out in small groups of files (engine.chunks: the per-task overhead is paid per
group) within a bounded window (the driver's memory stays flat); Ctrl-C cancels what has not started
and records what finished.
"""
from __future__ import annotations

import asyncio
import logging
import os
from typing import Any, Callable, Sequence

from .discover import Input
from .engine import Outcome, Task, call_many, chunks


class RayGate:
    """acquire()/release() on a semaphore actor; picklable, so each task carries it to its worker."""

    def __init__(self, actor: Any):
        self.actor = actor

    def acquire(self) -> None:
        import ray

        ray.get(self.actor.acquire.remote())

    def release(self) -> None:
        self.actor.release.remote()


class _Semaphore:
    def __init__(self, limit: int):
        self.sem = asyncio.Semaphore(limit)

    async def acquire(self) -> None:
        await self.sem.acquire()

    async def release(self) -> None:
        self.sem.release()


def _group(task: Task, items: list[Input], gate: Any) -> list[Outcome]:
    from . import llmgate

    if gate is not None and llmgate._gate is not gate:
        llmgate.install(gate)
    return call_many(task, items)


def connect(num_cpus: int | None = None) -> bool:
    """Join RAY_ADDRESS or start a local Ray; True when this call started it (and must stop it)."""
    import ray

    if ray.is_initialized():
        return False
    opts: dict[str, Any] = dict(logging_level=logging.ERROR, log_to_driver=False, include_dashboard=False)
    if os.environ.get("RAY_ADDRESS"):
        ray.init(address=os.environ["RAY_ADDRESS"], **opts)
    else:
        ray.init(num_cpus=num_cpus, **opts)
    return True


def run_ray(items: Sequence[Input], task: Task, on_outcome: Callable[[Outcome], None], *,
            llm_limit: int = 0, num_cpus: int | None = None) -> None:
    try:
        import ray
    except ImportError:
        raise SystemExit("nianbao: --engine ray needs Ray: pip install 'nianbao[ray]'") from None
    started = connect(num_cpus)
    try:
        gate = None
        if llm_limit:
            gate = RayGate(ray.remote(_Semaphore).options(max_concurrency=1000).remote(llm_limit))
        remote = ray.remote(num_cpus=1, max_retries=0)(_group)
        task_ref = ray.put(task)
        cpus = max(1, int(ray.cluster_resources().get("CPU", 1)))
        window = cpus * 3
        pending: list = []

        def deliver(ref) -> None:
            for outcome in ray.get(ref):
                on_outcome(outcome)

        try:
            for group in chunks(items, cpus, most=32):
                pending.append(remote.remote(task_ref, group, gate))
                if len(pending) >= window:
                    done, pending = ray.wait(pending, num_returns=1)
                    for ref in done:
                        deliver(ref)
            while pending:
                done, pending = ray.wait(pending, num_returns=1)
                for ref in done:
                    deliver(ref)
        except BaseException:
            for ref in pending:
                ray.cancel(ref, force=False)
            for ref in pending:
                try:
                    for outcome in ray.get(ref, timeout=60):
                        on_outcome(outcome)
                except BaseException:
                    continue
            raise
    finally:
        if started:
            ray.shutdown()
