"""`nianbao schema`: the JSON Schema of the canonical report."""
from __future__ import annotations


def register(sub) -> None:
    p = sub.add_parser("schema", help="print the JSON Schema of the canonical report")
    p.set_defaults(func=run)


def run(args) -> int:
    import json

    from extractor.models import json_schema

    print(json.dumps(json_schema(), ensure_ascii=False, indent=1))
    return 0
