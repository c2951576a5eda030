"""Named run configurations: which extraction path an eval run exercises.

`default` is the deterministic parser (no LLM). An LLM configuration names an endpoint, a model, a
prompt version and sampling parameters; its `mode` is `live` (may call the endpoint) or `replay`
(answers only from the LLM package's on-disk response cache, keyed by endpoint, model, prompt hash,
schema hash, input hash and parameters — no network, so the LLM path can run in CI).

A configuration is named by a built-in name, by eval/configs/NAME.toml|json, or by a file path:

    name = "qwen-v3"            # optional, defaults to the file stem
    endpoint = "https://…/v1"   # base URL of an OpenAI-compatible endpoint
    model = "qwen-plus"
    prompt_version = "v3"
    mode = "replay"             # live | replay
    cache_dir = "eval/recordings"
    llm_config = "llm.toml"     # optional: the LLM package's own settings (timeouts, prices, budget)
    [params]
    temperature = 0

Built-ins: `default` / `parser` (no LLM); `llm` and `llm-replay`, which take endpoint and model from
the LLM package's environment ($OPENAI_BASE_URL, $NIANBAO_MODEL). API keys are never part of a
configuration: the LLM package reads them from its environment.
"""
from __future__ import annotations

import json
import os
import tomllib
from dataclasses import asdict, dataclass, field, replace
from pathlib import Path
from typing import Any

MODES = ("live", "replay")


class ConfigError(Exception):
    """A configuration that cannot be run; the message says why in one line."""


@dataclass(frozen=True)
class Config:
    name: str = "default"
    endpoint: str | None = None
    model: str | None = None
    prompt_version: str | None = None
    mode: str = "live"
    cache_dir: str | None = None
    params: dict[str, Any] = field(default_factory=dict)
    llm_config: str | None = None
    llm: bool = False  # set by from_dict when any LLM option is given

    @property
    def uses_llm(self) -> bool:
        return self.llm or self.model is not None or self.llm_config is not None

    def describe(self) -> str:
        if not self.uses_llm:
            return f"{self.name} (parser only, no LLM)"
        return (f"{self.name} ({self.model or 'model from $NIANBAO_MODEL'} @ {self.endpoint or 'default endpoint'}, "
                f"prompt {self.prompt_version or 'latest'}, {self.mode}"
                f"{', cache ' + self.cache_dir if self.cache_dir else ''})")

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    def replaying(self) -> Config:
        return replace(self, mode="replay")


def _env_llm(name: str, mode: str) -> Config:
    # endpoint and model are shown in reports only; the LLM package resolves the same variables itself.
    # Replay reads the recordings committed with the eval set (the LLM package's ResponseStore layout).
    cache = os.environ.get("NIANBAO_CACHE") or ("eval/recordings" if mode == "replay" else None)
    return Config(name=name, endpoint=os.environ.get("OPENAI_BASE_URL"), model=os.environ.get("NIANBAO_MODEL"),
                  mode=mode, cache_dir=cache, llm=True)


BUILTIN = {
    "default": lambda: Config(),
    "parser": lambda: Config(name="parser"),
    "llm": lambda: _env_llm("llm", "live"),
    "llm-replay": lambda: _env_llm("llm-replay", "replay"),
}


def load_config(name: str | None, root: Path | None = None) -> Config:
    """A configuration by built-in name, eval/configs/NAME.(toml|json) under `root`, or file path."""
    name = name or "default"
    if name in BUILTIN:
        return BUILTIN[name]()
    candidates = [Path(name)]
    if root is not None:
        candidates += [root / "eval" / "configs" / f"{name}.toml", root / "eval" / "configs" / f"{name}.json"]
    path = next((p for p in candidates if p.is_file()), None)
    if path is None:
        raise ConfigError(f"no configuration {name!r}: built-ins are {', '.join(BUILTIN)}; "
                          f"others are eval/configs/{name}.toml or a file path")
    try:
        raw = path.read_text(encoding="utf-8")
        data = tomllib.loads(raw) if path.suffix != ".json" else json.loads(raw)
    except (OSError, ValueError) as exc:
        raise ConfigError(f"{path}: cannot read configuration ({exc})") from None
    return from_dict(data, default_name=path.stem)


def from_dict(data: dict[str, Any], default_name: str = "custom") -> Config:
    known = set(Config.__dataclass_fields__)
    unknown = sorted(set(data) - known)
    if unknown:
        raise ConfigError(f"unknown configuration field(s): {', '.join(unknown)} (known: {', '.join(sorted(known))})")
    cfg = Config(**{"name": default_name, **data})
    if cfg.mode not in MODES:
        raise ConfigError(f"mode must be one of {', '.join(MODES)}, not {cfg.mode!r}")
    if not isinstance(cfg.params, dict):
        raise ConfigError("params must be a table of sampling parameters")
    if cfg.endpoint or cfg.prompt_version or cfg.mode == "replay" or cfg.cache_dir or cfg.params:
        cfg = replace(cfg, llm=True)
    return cfg


def _anchored(path: str | None, root: Path | None) -> str | None:
    """Relative cache and LLM-config paths are the repository's, wherever the command runs."""
    return str(root / path) if path and root is not None and not Path(path).is_absolute() else path


def make_filler(config: Config, root: Path | None = None, *, llm=None):
    """The LLM filler a configuration asks for, or None for a parser-only configuration.

    It is built through the LLM package's public API, `LLMFiller(load_config(llm_config, **overrides))`,
    with the endpoint, model, cache directory, `cache_mode="replay"` for replay and the sampling params
    as overrides; `llm` is that package (extractor.llm, imported only when a configuration uses it), or
    a stand-in with the same two names in tests. A replay configuration must get back a filler whose
    store is replay-only: anything else could reach the network, so it is refused rather than run.
    """
    if not config.uses_llm:
        return None
    if llm is None:
        from extractor import llm
    load, filler_class = llm.load_config, llm.LLMFiller
    replay = config.mode == "replay"
    overrides = {"model": config.model, "base_url": config.endpoint, "cache_dir": _anchored(config.cache_dir, root),
                 "cache_mode": "replay" if replay else None, **config.params}
    try:
        filler = filler_class(load(_anchored(config.llm_config, root), **overrides))
    except Exception as exc:  # the LLM package's own configuration errors, as one line
        raise ConfigError(f"configuration {config.name!r}: extractor.llm refused it: {exc}") from None
    cfg = getattr(filler, "cfg", None)
    if not replay and cfg is not None and not (getattr(cfg, "configured", True) and getattr(cfg, "model", True)):
        raise ConfigError(f"configuration {config.name!r} is live but names no endpoint or model "
                          f"(set endpoint/model, or $OPENAI_BASE_URL / $NIANBAO_MODEL)")
    if replay and not _confirms_replay(filler):
        raise ConfigError(f"configuration {config.name!r} is replay-only but the LLM filler does not confirm "
                          f"replay-only mode; refusing a run that could reach the network")
    version = getattr(getattr(filler, "fill_prompt", None), "version", None)
    if config.prompt_version and version is not None and str(version) != str(config.prompt_version).lstrip("v"):
        raise ConfigError(f"configuration {config.name!r} asks for prompt version {config.prompt_version} but "
                          f"extractor.llm uses v{version} and cannot select another")
    return filler


def _confirms_replay(filler) -> bool:
    if getattr(filler, "replay_only", None) is True:
        return True
    store = getattr(filler, "store", None)
    return store is not None and getattr(store, "mode", None) == "replay" \
        and getattr(store, "may_call", False) is False
