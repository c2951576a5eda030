"""LLM fallback for the tables the deterministic parser cannot read.

    from extractor.llm import LLMFiller, load_config
    filler = LLMFiller(load_config(model="gpt-4o-mini"))
    report = extract(path, llm=filler)

Configuration: OPENAI_BASE_URL, OPENAI_API_KEY, NIANBAO_MODEL, NIANBAO_CACHE, or a TOML/JSON file
(--llm-config; settings at top level or under [llm], see config.LLMConfig). Without an endpoint,
`build_filler` returns None and extraction stays deterministic; with `cache_mode = "replay"` it
answers from recorded responses only and never needs an endpoint.

Modules: config (settings), prompts (versioned prompt files), schema (response models from the
template), plan (what to ask, which text), grounding + checks (what may land), client (instructor +
tenacity + budget), cache (the response store / replay), apply (landing in the report), filler.
"""
from __future__ import annotations

import sys
from typing import TYPE_CHECKING

from .cache import ReplayMiss, ResponseStore
from .config import ConfigError, LLMConfig, load_config

if TYPE_CHECKING:
    from .filler import LLMFiller

__all__ = ["build_filler", "LLMFiller", "LLMConfig", "load_config", "ResponseStore", "ReplayMiss", "ConfigError"]


def __getattr__(name: str):
    # the filler pulls in openai and instructor (~1 s); a run without an endpoint never needs them
    if name == "LLMFiller":
        from .filler import LLMFiller

        return LLMFiller
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def build_filler(args, env: dict[str, str] | None = None) -> LLMFiller | None:
    """The CLI's filler from --model / --llm-config / --no-cache and the environment; None when no
    endpoint is configured (the CLI then reports which tables stay unfilled)."""
    try:
        cfg = load_config(getattr(args, "llm_config", None), env=env, model=getattr(args, "model", None))
    except ConfigError as exc:
        print(f"nianbao: {exc}; continuing without the LLM fallback", file=sys.stderr)
        return None
    if getattr(args, "no_cache", False) and cfg.cache_mode == "use":
        cfg = _with(cfg, cache_mode="record")  # bypass reads, still record fresh answers
    if cfg.cache_mode != "replay":
        if not cfg.configured:
            if getattr(args, "model", None) or getattr(args, "llm_config", None):
                print("nianbao: a model or LLM config was given but no endpoint (set OPENAI_BASE_URL or "
                      "OPENAI_API_KEY, or base_url in the config); continuing without the LLM fallback",
                      file=sys.stderr)
            return None
        if not cfg.model:
            print("nianbao: an LLM endpoint is configured but no model (set NIANBAO_MODEL or --model); "
                  "continuing without the LLM fallback", file=sys.stderr)
            return None
    from .filler import LLMFiller

    return LLMFiller(cfg)


def _with(cfg: LLMConfig, **changes) -> LLMConfig:
    from dataclasses import replace

    return replace(cfg, **changes)
