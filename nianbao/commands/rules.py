"""`nianbao rules [--doc]`: every audit rule, with what it checks and why when asked."""
from __future__ import annotations


def register(sub) -> None:
    r = sub.add_parser("rules", help="list the audit rules", description="List every audit rule.")
    r.add_argument("--doc", action="store_true", help="print each rule's documentation")
    r.set_defaults(func=run)


def run(args) -> int:
    from audits import RULES

    for rule in RULES.values():
        ref = f" [{rule.ref}]" if rule.ref else ""
        print(f"{rule.id:42} {rule.severity:8} {rule.title}{ref}")
        if args.doc:
            print(f"    applies to: {rule.where()}")
            for line in rule.doc.splitlines():
                print(f"    {line}")
            print()
    return 0
