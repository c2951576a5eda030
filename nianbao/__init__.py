"""nianbao's outer layer: the command line, batch runs, datasets and the eval harness.

Layers, inner to outer (imports only point inward):
  extractor  — the template, models and the deterministic/LLM extraction of one report
  audits     — rules over an extracted report (imports extractor's models and template)
  nianbao    — commands, batch engine, exports, evaluation (may import both)
"""
from __future__ import annotations


def __getattr__(name: str):
    # read from the installed metadata on first use: importlib.metadata costs more than `nianbao --help`
    if name == "__version__":
        from importlib.metadata import PackageNotFoundError, version

        try:
            return version("nianbao")
        except PackageNotFoundError:  # running from a source tree without an install
            return "0+unknown"
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
