"""What several subcommands share: input expansion, output names, the LLM options and the per-file
extraction. Heavy modules (loaders, pipeline, the LLM package) are imported inside the functions, so
registering a subcommand for `nianbao --help` costs nothing."""
from __future__ import annotations

from pathlib import Path


def add_llm_arguments(p) -> None:
    g = p.add_argument_group("LLM fallback (only for tables the parser cannot read)")
    g.add_argument("--no-llm", action="store_true", help="deterministic extraction only")
    g.add_argument("--model", help="model name (default: $NIANBAO_MODEL)")
    g.add_argument("--llm-config", metavar="FILE", help="TOML/JSON file with base_url, model, limits")
    g.add_argument("--no-cache", action="store_true", help="do not read the LLM response cache")


def build_llm(args):
    """The LLM filler the options and environment ask for; None with --no-llm or without an endpoint
    (then neither openai nor instructor is imported)."""
    if getattr(args, "no_llm", False):
        return None
    from extractor.llm import build_filler

    return build_filler(args)


def expand(inputs: list[str]) -> tuple[list[Path], list[str]]:
    """Files named directly, plus report files found under directories (sorted)."""
    from extractor.loaders import SUFFIXES

    files: list[Path] = []
    problems: list[str] = []
    for item in inputs:
        p = Path(item)
        if p.is_dir():
            found = sorted(f for f in p.rglob("*") if f.is_file() and f.suffix.lower() in SUFFIXES
                           and not f.name.startswith("."))
            if not found:
                problems.append(f"{p}: no report files in this directory")
            files += found
        else:
            files.append(p)
    return files, problems


def out_names(files: list[Path]) -> dict[Path, str]:
    """A unique output stem per input (x.txt and x.pdf in one batch become x and x.pdf)."""
    names: dict[Path, str] = {}
    used: set[str] = set()
    for f in files:
        stem = f.stem
        if stem in used:
            stem = f.name
        n = 2
        base = stem
        while stem in used:
            stem, n = f"{base}-{n}", n + 1
        used.add(stem)
        names[f] = stem
    return names


def extract_one(path: Path, filler=None):
    """Load, parse and (with a filler) let the LLM fill what the parser could not: (document, report).
    A file with none of the six sections and none of the three tables is an InputError (the eval judges
    it the same way: extractor.read_report)."""
    from extractor import read_report

    return read_report(path, llm=filler)


def add_batch_arguments(p, *, outputs: bool = True) -> None:
    """The options of a batch run (extract, audit, export): workers, engine, resume, display."""
    g = p.add_argument_group("batch")
    g.add_argument("-j", "--jobs", type=_positive, default=0, metavar="N",
                   help="worker processes (default: all cores); the outputs do not depend on N")
    g.add_argument("--engine", choices=("local", "ray"), default="local",
                   help="local: a process pool; ray: Ray tasks (RAY_ADDRESS joins a cluster, else a local "
                        "Ray starts); needs pip install 'nianbao[ray]'")
    g.add_argument("-q", "--quiet", action="store_true", help="no progress display and no grouped notices")
    if outputs:
        g.add_argument("--force", action="store_true",
                       help="redo inputs whose outputs are already there (default: skip them, see the run manifest)")
        g.add_argument("--pretty", action="store_true", help="indented JSON (default: compact)")
        g.add_argument("--max-size", type=_megabytes, default=64 * 1024 * 1024, metavar="MB",
                       help="refuse input files larger than this (default: 64)")


def _positive(v: str) -> int:
    import argparse

    try:
        n = int(v)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number: {v}") from None
    if n < 1:
        raise argparse.ArgumentTypeError("must be at least 1")
    return n


def _megabytes(v: str) -> int:
    import argparse

    try:
        return int(float(v) * 1024 * 1024)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a size in MB: {v}") from None


def report_file(path: Path) -> str | None:
    """Whether a file found in a folder is a report to read (None) or why it is skipped."""
    from extractor.loaders import SUFFIXES

    return None if path.suffix.lower() in SUFFIXES else "not a report file type"
