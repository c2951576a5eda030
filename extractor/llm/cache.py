"""The response store: answers on disk, keyed by everything that could change them.

Key = sha256 of (endpoint id, model, instructor mode, prompt name/version/hash, response-schema hash,
hash of the exact messages sent, sampling parameters). Each entry keeps its key fields and is reused
only if they match exactly, so a changed prompt, schema, text, model or parameter is a miss, never a
wrong reuse. The same class is the eval harness's offline replay:

    ResponseStore("eval/recordings", mode="replay")   # read only; a miss never calls the endpoint

Modes: use (read, then write misses), record (call and write, never read: --no-cache), replay (read
only, never call), off.
"""
from __future__ import annotations

import hashlib
import json
import os
import tempfile
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

STORE_VERSION = 1


class ReplayMiss(LookupError):
    """Replay-only mode and no recorded answer for this exact request."""


def digest(data: Any) -> str:
    blob = json.dumps(data, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(blob.encode("utf-8")).hexdigest()


class ResponseStore:
    def __init__(self, root: str | os.PathLike, mode: str = "use"):
        if mode not in ("use", "record", "replay", "off"):
            raise ValueError(f"unknown store mode {mode!r}")
        self.root = Path(root)
        self.mode = mode
        self.hits = self.misses = self.writes = 0

    @property
    def readable(self) -> bool:
        return self.mode in ("use", "replay")

    @property
    def writable(self) -> bool:
        return self.mode in ("use", "record")

    @property
    def may_call(self) -> bool:
        return self.mode != "replay"

    @staticmethod
    def key(fields: dict[str, Any]) -> str:
        return digest({"store": STORE_VERSION, **fields})

    def _path(self, key: str) -> Path:
        return self.root / key[:2] / f"{key}.json"

    def get(self, fields: dict[str, Any]) -> dict[str, Any] | None:
        """The stored result for exactly these key fields, or None."""
        if not self.readable:
            return None
        key = self.key(fields)
        try:
            entry = json.loads(self._path(key).read_text(encoding="utf-8"))
        except (OSError, ValueError):
            self.misses += 1
            return None
        if entry.get("fields") != json.loads(json.dumps(fields)):  # collision or hand-edited: a miss
            self.misses += 1
            return None
        self.hits += 1
        return entry.get("result")

    def put(self, fields: dict[str, Any], result: dict[str, Any]) -> None:
        if not self.writable:
            return
        key = self.key(fields)
        path = self._path(key)
        path.parent.mkdir(parents=True, exist_ok=True)
        entry = {"fields": fields, "result": result,
                 "stored": datetime.now(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")}
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{key[:8]}.", suffix=".tmp")
        try:
            with os.fdopen(fd, "w", encoding="utf-8") as fh:
                json.dump(entry, fh, ensure_ascii=False, indent=1, sort_keys=True)
            os.replace(tmp, path)  # atomic: a concurrent reader sees the old entry or the new one
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise
        self.writes += 1
