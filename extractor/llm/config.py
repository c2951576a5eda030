"""Where the LLM fallback's settings come from: environment, an optional TOML/JSON file, CLI flags.

Precedence (last wins): defaults < config file < environment < command line. The API key is read
from the environment (or the file's `api_key_env`), never written anywhere: outputs and cache keys
name the endpoint and model only.
"""
from __future__ import annotations

import json
import os
from dataclasses import dataclass, field, fields, replace
from pathlib import Path
from typing import Any
from urllib.parse import urlparse

OPENAI_URL = "https://api.openai.com/v1"
MODES = ("auto", "tools", "json_schema", "json", "md_json")
CACHE_MODES = ("use", "record", "replay", "off")


class ConfigError(ValueError):
    """A config file or value that cannot be used; the CLI prints it as one line."""


@dataclass(frozen=True)
class LLMConfig:
    base_url: str | None = None
    endpoint_id: str | None = None  # a stable name for the endpoint in cache keys (default: its URL)
    api_key: str | None = field(default=None, repr=False)
    model: str | None = None
    mode: str = "auto"  # instructor mode; auto = TOOLS for api.openai.com, JSON schema elsewhere
    temperature: float | None = 0.0
    seed: int | None = None
    # per call: a full 2021 table 三 answer is ~1 000–2 500 tokens; prompt + this must fit the context
    # of small local models (8k), so not more by default
    max_tokens: int = 4096
    max_tokens_param: str = "auto"  # max_tokens | max_completion_tokens (newer OpenAI models)
    timeout: float = 120.0  # seconds per HTTP request
    # transport retries (tenacity): 429 / 5xx / timeouts / connection errors
    retries: int = 4
    backoff_base: float = 1.0
    backoff_cap: float = 30.0
    retry_after_cap: float = 120.0  # a Retry-After longer than this is not waited for
    validation_retries: int = 1  # instructor re-asks on invalid JSON / schema violations
    max_concurrency: int = 4
    token_budget: int = 2_000_000  # per run, prompt + completion
    max_section_chars: int = 24_000  # a longer "section" is not a table section; not sent
    price_in_per_1k: float = 0.0  # estimated cost, currency units per 1 000 prompt tokens
    price_out_per_1k: float = 0.0
    currency: str = "USD"
    cache_dir: str = ".nianbao-cache"
    cache_mode: str = "use"  # use | record (write, never read) | replay (read, never call) | off
    prose_facts: bool = False  # also read the prose numbers the audit compares (sections 一, 六)

    @property
    def endpoint(self) -> str:
        return (self.base_url or OPENAI_URL).rstrip("/")

    @property
    def is_openai(self) -> bool:
        return urlparse(self.endpoint).hostname == "api.openai.com"

    @property
    def resolved_mode(self) -> str:
        if self.mode != "auto":
            return self.mode
        # api.openai.com speaks forced tool calls reliably; local servers (vLLM, Ollama, llama.cpp)
        # constrain decoding with response_format json_schema but often ignore tool_choice
        return "tools" if self.is_openai else "json_schema"

    @property
    def resolved_max_tokens_param(self) -> str:
        if self.max_tokens_param != "auto":
            return self.max_tokens_param
        return "max_completion_tokens" if self.is_openai else "max_tokens"

    @property
    def configured(self) -> bool:
        """An endpoint to call: a base URL (local servers need no key) or an OpenAI key."""
        return bool(self.base_url or self.api_key)

    def public(self) -> dict[str, Any]:
        """What may be written into outputs (no key)."""
        return {"endpoint": self.endpoint_id or self.endpoint, "model": self.model, "mode": self.resolved_mode,
                "temperature": self.temperature, "max_tokens": self.max_tokens}


_INT = {f.name for f in fields(LLMConfig) if f.type in ("int", "int | None")}
_FLOAT = {f.name for f in fields(LLMConfig) if f.type in ("float", "float | None")}
_BOOL = {f.name for f in fields(LLMConfig) if f.type == "bool"}


def _coerce(name: str, value: Any) -> Any:
    if value is None:
        return None
    try:
        if name in _INT:
            return int(value)
        if name in _FLOAT:
            return float(value)
        if name in _BOOL:
            return value if isinstance(value, bool) else str(value).lower() in ("1", "true", "yes", "on")
    except (TypeError, ValueError):
        raise ConfigError(f"LLM config: {name} must be a number, got {value!r}") from None
    return str(value)


def read_file(path: str | Path) -> dict[str, Any]:
    """A TOML or JSON file; its settings may sit at the top level or under [llm]."""
    p = Path(path)
    try:
        raw = p.read_bytes()
    except OSError as exc:
        raise ConfigError(f"LLM config {p}: cannot read ({exc.strerror or exc})") from None
    try:
        if p.suffix.lower() == ".json":
            data = json.loads(raw)
        else:
            import tomllib

            data = tomllib.loads(raw.decode("utf-8"))
    except (ValueError, UnicodeDecodeError) as exc:
        raise ConfigError(f"LLM config {p}: not valid {'JSON' if p.suffix == '.json' else 'TOML'} ({exc})") from None
    if not isinstance(data, dict):
        raise ConfigError(f"LLM config {p}: expected a table of settings")
    return dict(data.get("llm", data))


def load_config(file: str | Path | None = None, env: dict[str, str] | None = None,
                **overrides: Any) -> LLMConfig:
    env = os.environ if env is None else env
    known = {f.name for f in fields(LLMConfig)}
    values: dict[str, Any] = {}
    key_env = "OPENAI_API_KEY"
    if file:
        data = read_file(file)
        key_env = str(data.pop("api_key_env", key_env))
        unknown = sorted(set(data) - known)
        if unknown:
            raise ConfigError(f"LLM config {file}: unknown setting(s) {', '.join(unknown)}")
        values.update({k: _coerce(k, v) for k, v in data.items()})
    for var, name in (("OPENAI_BASE_URL", "base_url"), (key_env, "api_key"), ("NIANBAO_MODEL", "model"),
                      ("NIANBAO_CACHE", "cache_dir"), ("NIANBAO_LLM_MODE", "mode"),
                      ("NIANBAO_LLM_CACHE_MODE", "cache_mode")):
        if env.get(var):
            values[name] = env[var]
    values.update({k: _coerce(k, v) for k, v in overrides.items() if v is not None})
    cfg = replace(LLMConfig(), **values)
    if cfg.mode not in MODES:
        raise ConfigError(f"LLM config: mode must be one of {', '.join(MODES)}, got {cfg.mode!r}")
    if cfg.cache_mode not in CACHE_MODES:
        raise ConfigError(f"LLM config: cache_mode must be one of {', '.join(CACHE_MODES)}")
    if cfg.max_concurrency < 1 or cfg.max_tokens < 1:
        raise ConfigError("LLM config: max_concurrency and max_tokens must be at least 1")
    return cfg
