"""The floor a text extraction is measured against: the least any extractor must do per report, in Python.

    python bench/floor.py INDIR OUTDIR [--like SIZES.json]

For each file of INDIR (sorted): read the bytes, decode them (UTF-8, else GB18030), scan the text once
with a compiled regex (every number with the line it sits on: what a table reader must at least find),
and write two files as the CLI does: OUTDIR/<stem>.txt (the text) and OUTDIR/<stem>.json (the numbers
found, compact JSON from the C encoder), each straight to its final name (no temp file, no rename:
the floor needs no protection against a half-written file, the CLI does).

`--like SIZES.json` ({"<stem>.json": bytes, …}, what the CLI wrote for the same inputs): each JSON is
padded with trailing spaces to the size of the CLI's, so the floor writes as many files and as many
bytes as the CLI (the kernel's cost of a write grows with its pages); a JSON already larger stays as is.
Run as its own process, cold, like the CLI it is compared with.
"""
from __future__ import annotations

import json
import os
import re
import sys

_SCAN = re.compile(r"(?m)^(?P<line>[^\n]*?)(?P<num>\d+(?:\.\d+)?)")


def main(indir: str, outdir: str, like: str | None = None) -> int:
    sizes: dict[str, int] = {}
    if like:
        with open(like, encoding="utf-8") as fh:
            sizes = json.load(fh)
    os.makedirs(outdir, exist_ok=True)
    n = 0
    for name in sorted(os.listdir(indir)):
        with open(os.path.join(indir, name), "rb") as fh:
            data = fh.read()
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError:
            text = data.decode("gb18030", errors="replace")
        found = [(m.start("num"), m.group("num")) for m in _SCAN.finditer(text)]
        stem = os.path.splitext(name)[0]
        with open(os.path.join(outdir, stem + ".txt"), "w", encoding="utf-8") as fh:
            fh.write(text)
        blob = json.dumps({"path": name, "numbers": found}, ensure_ascii=False).encode("utf-8")
        pad = sizes.get(stem + ".json", 0) - len(blob)
        with open(os.path.join(outdir, stem + ".json"), "wb") as fh:
            fh.write(blob + b" " * pad if pad > 0 else blob)
        n += 1
    print(f"floor: {n} file(s)", file=sys.stderr)
    return 0


if __name__ == "__main__":
    args = sys.argv[1:]
    like = None
    if "--like" in args:
        i = args.index("--like")
        like = args[i + 1]
        del args[i:i + 2]
    sys.exit(main(args[0], args[1], like))
