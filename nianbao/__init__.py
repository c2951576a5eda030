"""nianbao's outer layer: the command line, batch runs, datasets and the eval harness.

Layers, inner to outer (imports only point inward):
  extractor  — the template, models and the deterministic/LLM extraction of one report
  audits     — rules over an extracted report (imports extractor's models and template)
  nianbao    — commands, batch engine, exports, evaluation (may import both)
"""
from importlib.metadata import PackageNotFoundError, version as _version

try:
    __version__ = _version("nianbao")
except PackageNotFoundError:  # running from a source tree without an install
    __version__ = "0+unknown"
