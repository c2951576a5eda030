"""Every application said answered — in words (所有申请均已办结, 已全部办结) or as an all-answered rate of 100 % — set
against the carry-out its paragraph states: what is carried out can only be carried in and still open."""
from __future__ import annotations

import re
from typing import Sequence

from .balance import one_figure, plain_figure
from .app_objects import NOT_APP
from .claims import Claim
from .patterns import RATE_DUE, RATE_ON_TIME
from .shared import clause_start


# a rate of all answered at 100 % (答复率达100%, 回复率、按时办结率均达100%: a list's rates share its figure): every
# application on the desk answered, like 所有申请均已办结; never an on-time rate (按时办结率100%: the late and the
# carried out aside; 到期办结率: of those due) nor a rate of letters, calls… (claims.NOT_APP in its clause)
_ALL_RATE = re.compile("".join(f"(?<!{w})" for w in (*RATE_ON_TIME, RATE_DUE)) + r"(?:办结|答复|回复)率(?:[、和及与][^，,。；;\d%％]{0,8}?率)*"
                       r"(?:均|都|全部)?(?:为|达|达到|是)?(?:了)?100(?:\.0+)?[%％]")


def all_answered_rates(prose) -> list[Claim]:
    """The all-answered rates of 100 % the prose prints in a sentence about applications, each as a statement that
    nothing is carried out (a carried_forward of 0 said in words, as 所有申请均已办结 is)."""
    out = []
    for n, para in enumerate(prose):
        if "率" not in para.text:
            continue
        for a, b in para.sentences():
            s = para.text[a:b]
            for m in _ALL_RATE.finditer(s) if "申请" in s else ():
                if NOT_APP.search(s, clause_start(s, m.start()), m.start()):
                    continue
                out.append(Claim("carried_forward", 0, para.span(a + m.start(), a + m.end()), m.group(0), s,
                                 zero_phrase=True, extra={"para": n, "rate": True}))
    return out


# 所有申请均已办结, 申请已全部办结: all answered said in words (not 无结转, which says the carry-out itself)
_ALL_SAID = re.compile(r"所有|全部")


def carried_out_past_all_answered(claims: list[Claim], said: Sequence[Claim] = ()) -> list[tuple[Claim, Claim | None, Claim]]:
    """`收到依申请公开政府信息2件,已全部依法依规按时办结。上年结转申请0件,结转下年度继续办理1件`: every application received
    this year answered (claims' all_answered), so what is carried out can only be carried in and still open — a carry-out
    above the carry-in its paragraph states contradicts it: (the statement, the carry-in, the carry-out). A rate of 100 %
    (`said`, all_answered_rates) says the same of what its base counts; with no carry-in in the paragraph it is taken
    over what came in as said, so any carry-out contradicts it (the statement, None, the carry-out: the rule checks the
    table's carry-in). Every application on the desk answered (所有申请均已办结) leaves nothing to carry out: any
    carry-out its paragraph states contradicts it (the statement, None, the carry-out)."""
    out = []
    for z in [*claims, *said]:
        this_year = z.extra.get("all_answered") or z.extra.get("rate")
        if not z.zero_phrase or z.kind != "carried_forward" or z.why_not is not None \
                or not (this_year or _ALL_SAID.search(z.text)):
            continue
        para = [c for c in claims if c.extra.get("para") == z.extra.get("para") and c.column == "total" and plain_figure(c)]
        carried_in = one_figure([c for c in para if c.kind == "carried_over"]) if this_year else None
        carried_out = one_figure([c for c in para if c.kind == "carried_forward" and not c.zero_phrase])
        if not carried_out or carried_in is False or (not carried_in and z.extra.get("all_answered")):
            continue  # (received this year all answered, no carry-in said: the carry-out may be all carried in)
        if carried_out.value > (carried_in.value if carried_in else 0):
            out.append((z, carried_in, carried_out))
    return out
