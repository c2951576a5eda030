"""`nianbao` command line. Each subcommand is a module of nianbao.commands with `register(subparsers)`
and `run(args)`; registering imports nothing heavy, so `nianbao --help` stays fast and the audit rules,
the eval harness and the LLM client are imported only by the commands that use them."""
from __future__ import annotations

import argparse
import gc
import sys

from .commands import audit, eval as eval_command, export, extract, rules, schema

COMMANDS = (extract, schema, audit, export, rules, eval_command)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="nianbao", description="Extract and audit 政府信息公开工作年度报告.")
    parser.add_argument("--version", action=_Version, help="print the installed version and exit")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for command in COMMANDS:
        command.register(sub)
    return parser


class _Version(argparse.Action):
    """argparse's own version action needs the string up front; reading the installed metadata costs
    more than the rest of `--help`, so it is read only when asked for."""

    def __init__(self, option_strings, dest, **kwargs):
        super().__init__(option_strings, dest, nargs=0, **kwargs)

    def __call__(self, parser, namespace, values, option_string=None):
        from . import __version__

        parser.exit(message=f"{parser.prog} {__version__}\n")


# objects a command makes between two collections of the youngest generation (Python's default: 700). Importing
# the modules (pydantic's models, pyarrow) and reading reports make objects by the hundred thousand, nearly all
# freed by their reference counts, few in cycles: a collection every 700 of them walked the live ones again
# for little (~100 collections in the imports alone); every 10,000 keeps what cycles leave behind small.
_YOUNG_GC_THRESHOLD = 10_000


def main(argv: list[str] | None = None) -> int:
    threshold = gc.get_threshold()
    gc.set_threshold(max(threshold[0], _YOUNG_GC_THRESHOLD), *threshold[1:])
    try:
        return _main(argv)
    finally:  # a caller in the same process (the tests) gets its collector back as it was
        gc.set_threshold(*threshold)


def _main(argv: list[str] | None) -> int:
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:  # argparse: usage errors exit 2, --help and --version exit 0
        return int(exc.code or 0)
    if not getattr(args, "func", None):
        parser.print_help()
        return 2
    try:
        return int(args.func(args) or 0)
    except KeyboardInterrupt:  # before a batch started (a batch reports its own counts)
        print("nianbao: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        from .batch.command import broken_pipe

        return broken_pipe()


if __name__ == "__main__":
    sys.exit(main())
