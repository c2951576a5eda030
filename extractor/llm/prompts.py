"""Prompts are versioned files in the top-level prompts/ directory (`<name>.v<N>.md`).

A prompt file has a front-matter block, a `## system` part and a `## user` part with `{placeholders}`.
Its sha256 (of the file bytes) goes into every cache key and every output, so a changed prompt is a
new cache entry and an output says which wording produced it.
"""
from __future__ import annotations

import hashlib
import os
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

_PLACEHOLDER = re.compile(r"\{([a-z_]+)\}")
_DELIMITER = re.compile(r"<\s*/?\s*report_text\s*>", re.I)
_VERSIONED = re.compile(r"^(?P<name>[a-z_]+)\.v(?P<version>\d+)\.md$")


def prompts_dir() -> Path:
    env = os.environ.get("NIANBAO_PROMPTS")
    return Path(env) if env else Path(__file__).resolve().parents[2] / "prompts"


def fence(text: str) -> str:
    """The report text as data: a <report_text> delimiter printed inside it cannot close the data
    block early. Only the copy sent is changed; grounding and spans use the document text."""
    return _DELIMITER.sub(lambda m: m.group(0).replace("<", "‹").replace(">", "›"), text)


@dataclass(frozen=True)
class Prompt:
    name: str
    version: int
    sha256: str
    system: str
    user: str

    @property
    def ref(self) -> dict:
        return {"name": self.name, "version": self.version, "sha256": self.sha256}

    def render(self, **values: str) -> list[dict[str, str]]:
        """Chat messages. One pass over the template only: a placeholder-looking string inside the
        report text is never expanded (the text is data)."""
        def fill(template: str) -> str:
            missing = set(_PLACEHOLDER.findall(template)) - set(values)
            if missing:
                raise KeyError(f"prompt {self.name}.v{self.version}: no value for {sorted(missing)}")
            return _PLACEHOLDER.sub(lambda m: values[m.group(1)], template)

        return [{"role": "system", "content": fill(self.system)}, {"role": "user", "content": fill(self.user)}]


def parse(name: str, version: int, raw: bytes) -> Prompt:
    text = raw.decode("utf-8")
    body = re.sub(r"\A---\n.*?\n---\n", "", text, flags=re.S)
    parts = re.split(r"^## (system|user)\s*$", body, flags=re.M)
    sections = {parts[i]: parts[i + 1].strip("\n") for i in range(1, len(parts) - 1, 2)}
    if set(sections) != {"system", "user"}:
        raise ValueError(f"prompt {name}.v{version}: needs a '## system' and a '## user' part")
    return Prompt(name, version, hashlib.sha256(raw).hexdigest(), sections["system"].strip(),
                  sections["user"].strip())


@lru_cache(maxsize=None)
def load(name: str, version: int | None = None, directory: str | None = None) -> Prompt:
    """A prompt by name; without a version, the highest one present."""
    root = Path(directory) if directory else prompts_dir()
    found = {}
    for p in root.glob(f"{name}.v*.md"):
        m = _VERSIONED.match(p.name)
        if m and m.group("name") == name:
            found[int(m.group("version"))] = p
    if not found:
        raise FileNotFoundError(f"no prompt file {name}.v*.md in {root}")
    v = max(found) if version is None else version
    if v not in found:
        raise FileNotFoundError(f"no prompt file {name}.v{v}.md in {root}")
    return parse(name, v, found[v].read_bytes())
