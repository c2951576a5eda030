"""What the template's identities say about cells whose numbers are not printed.

One deduction serves two questions: which values a lost cell must have (infer.fill), and whether blank
cells could make every identity hold (S11: a blank total is "not filled in", not "a sum that does not
add up"). Counts are non-negative integers, so from identities sum(lhs) = sum(rhs), repeated until
nothing changes:
- an identity with one unknown cell determines it;
- an identity whose unknown cells all sit on one side and must add up to 0 makes them all 0;
- a deduction that needs a negative count, or an identity with no unknown cell left that fails, is a
  contradiction.
Identities left with unknown cells on both sides (or on one side with a positive remainder) can always
be met, so "no contradiction" means some filling of the unknown cells satisfies them all, as far as
this propagation can tell; it never claims more than that.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Iterable, Mapping

from extractor.template import Identity


@dataclass
class Solution:
    values: dict[str, int] = field(default_factory=dict)  # unknown cells the identities determine
    contradiction: Identity | None = None  # the first identity that cannot hold, if any
    why: str = ""  # the contradiction in words

    @property
    def consistent(self) -> bool:
        return self.contradiction is None


def _sides(ident: Identity, known: Mapping[str, int], unknown: set[str]) -> tuple[int, list[str], list[str]]:
    """(known lhs − known rhs, unknown lhs cells, unknown rhs cells)."""
    diff = sum(known[k] for k in ident.lhs if k in known) - sum(known[k] for k in ident.rhs if k in known)
    return diff, [k for k in ident.lhs if k in unknown], [k for k in ident.rhs if k in unknown]


def solve(identities: Iterable[Identity], known: Mapping[str, int], unknown: Iterable[str]) -> Solution:
    """Deduce the unknown cells from the identities over `known` values (see the module doc)."""
    idents = list(identities)
    open_cells = set(unknown)
    found: dict[str, int] = {}
    changed = True
    while changed:
        changed = False
        for ident in idents:
            diff, ul, ur = _sides(ident, {**known, **found}, open_cells)
            if not ul and not ur:
                if diff != 0:
                    return Solution(found, ident, f"{ident.rule}（{ident.where}）无法成立")
                continue
            # lhs_known + Σul = rhs_known + Σur  ⇒  Σur − Σul = diff
            if len(ul) + len(ur) == 1:
                cell = (ul or ur)[0]
                value = diff if ur else -diff
                if value < 0:
                    return Solution(found, ident, f"{ident.rule}（{ident.where}）需要负数才能成立")
                found[cell] = value
            elif (not ul or not ur) and diff == 0:
                found.update({c: 0 for c in ul + ur})
            elif not ul and diff < 0 or not ur and diff > 0:
                return Solution(found, ident, f"{ident.rule}（{ident.where}）需要负数才能成立")
            else:
                continue
            open_cells -= set(found)
            changed = True
    return Solution(found)
