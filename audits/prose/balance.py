"""The balance of applications as the prose states it (FORMAT.md H1 on the prose's own figures):
`收到政府信息公开申请7件，上年结转1件……予以公开3件，无法提供4件，结转下年度继续办理1件` — what came in (new +
carried in) is what was answered plus what was carried out.

Read from one paragraph's claims (their kinds, spans and why-nots come from claims.py), or a few that follow
each other (_runs), and only from plain
figures: one value per quantity, none approximate, of another year or scope, or a channel's share. What was
answered is the stated 办结/答复 total, else the sum of the outcomes the paragraph lists (a group's reasons
count for their group when the group's own figure is not given; a count answered on time or late, 按时办结N件, is a part
of it, the total only while the outcomes listed are not more). The two sides must be equal only when the
prose states both whole: the carry-out said (结转N件, or 所有申请均已办结 for 0) and the carry-in said (上年结转N件,
无上年结转, 含上年结转) — an unstated carry-in can only add to what came in, so then answered + carried out below
the received figure is still a finding. Without a stated carry-out the answered figure may only not exceed what
came in. A list of outcomes is taken as all of them only when no other paragraph states outcomes too, and not
where the list reader (parts.py) reads it as the split of the received figure without a sign that it is whole: one
reading of the sentence (its short-list note says the rest), not a balance that claims more.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Sequence

from extractor import template

from .claim_links import PART_OF
from .claims import Claim
from .items import NESTED, SHARE_OF
from .patterns import CARRY_IN

_OUTCOMES = tuple(template.RESULT_GROUPS)  # granted, partially_granted, denied, unable, not_processed, other
_BOTH = "granted_partial"  # 予以公开及部分公开N件: the first two groups together
_IN_OUT = ("received", "carried_over", "results", "carried_forward", "handled")


@dataclass
class Balance:
    received: Claim  # or, with no received figure, the applications 办理/处理 that year (new and carried in)
    carried_over: Claim | None  # None: unstated (or inside the received figure, `含上年结转`)
    carry_in_known: bool
    results: Claim | None  # the stated 办结/答复 total, if any
    outcomes: list[Claim]  # the answered figure when no total is stated; else checked against it
    carried_forward: Claim | None
    whole_list: bool = True  # the outcomes are all the prose lists
    within: list[Claim] = ()  # answered within a time (3个工作日内答复23宗, 4-10个工作日内答复20宗…): parts of the answered
    # `received` is one channel's count (全区网站后台收到…申请21件), the only one the paragraph states: what came in is at
    # least that (carry_in_known is then False: the balance can only fall short)
    received_floor: bool = False
    # a carry-in said beside a handled figure, not inside it (处理98件,办结99件,1件为上年度结转办理件): 处理 may count it or
    # not, so what came in is the handled figure or that plus this — the balance holds if either does
    carry_maybe: Claim | None = None
    # applications withdrawn, said before the answered total as another item of the account (…,撤销申请13宗,按期答复58宗,…):
    # concluded beside the answered, never among them
    beside: Sequence[Claim] = ()
    # items said after a count answered on time with no 其中 between (按时办结66件,5件逾期未补正,…; 共按时办结10件,予以公开4件):
    # beside it or a part of it — the reading nearer what came in is taken (as carry_maybe)
    beside_maybe: Sequence[Claim] = ()

    @property
    def came_in(self) -> int | float:
        came = self.received.value + (self.carried_over.value if self.carried_over else 0)
        if self.carry_maybe is not None and self.went_out > came:
            came += self.carry_maybe.value  # the reading nearer what went out
        return came

    @property
    def answered(self) -> int | float:
        return self.results.value if self.results else sum(c.value for c in self.outcomes)

    @property
    def went_out(self) -> int | float:
        return self._out(self.beside_nearer)

    def _out(self, maybe: Sequence[Claim]) -> int | float:
        return self.answered + sum(c.value for c in (*self.beside, *maybe)) + \
            (self.carried_forward.value if self.carried_forward else 0)

    @property
    def beside_nearer(self) -> Sequence[Claim]:
        if not self.beside_maybe:
            return ()
        came = self.received.value + (self.carried_over.value if self.carried_over else 0)
        return self.beside_maybe if abs(self._out(self.beside_maybe) - came) < abs(self._out(()) - came) else ()

    @property
    def claims(self) -> list[Claim]:
        said = [self.received, self.carried_over, self.carry_maybe, self.results, *self.beside, *self.beside_nearer,
                self.carried_forward]
        return [c for c in said if c is not None] + ([] if self.results else self.outcomes)

    @property
    def listed(self) -> int | float:
        return sum(c.value for c in self.outcomes)

    def outcomes_over(self) -> bool:
        """Outcomes listed after a stated 办结 total that add up to more than it (below, an outcome the
        prose names in words no pattern reads may be missing). A 答复N件 said among the outcomes ('予以公开2件、部分
        公开5件，因…等情形依规答复8件') is one of them, not their total."""
        return self.results is not None and self.whole_list and bool(self.outcomes) \
            and self.results.span[0] < min(c.span[0] for c in self.outcomes) and self.listed > self.results.value

    def within_over(self) -> bool:
        """Counts answered within each time (a split by how long the answers took, maybe not all of it) that add up
        to more than was answered."""
        return len(self.within) >= 2 and sum(c.value for c in self.within) > self.answered

    def within_shares(self) -> list[tuple[Claim, re.Match]]:
        """The share printed right after each count answered within a time (答复23宗,占总比件数的47%): of the answered
        total, read only where that total is printed (never a sum of outcomes)."""
        if self.results is None:
            return []
        return [(c, m) for c in self.within if (m := _share_after(c)) is not None]

    def outcome_shares(self) -> list[tuple[Claim, re.Match]]:
        """The share printed right after each outcome (予以公开及部分公开245件,占54%), read only where the answered total
        is printed (办结454件): a share of what was answered, or of what came in."""
        if self.results is None:
            return []
        return [(c, m) for c in self.outcomes if (m := _share_after(c)) is not None]

    def over_unsaid(self) -> bool:
        """More answered than received where the prose says no carry either way (收到14件,已办结15件。其中…): an
        unstated carry-in may explain it, so it is no contradiction — but no real report of eval/docs and the corpus
        leaves its carry-in unsaid beside such an excess (the one excess there says it: 答复…34430件(含上年度转结), a
        word of a carry-in in the claims' sentences): a note to check."""
        return self.carry_maybe is None and self.carried_forward is None and not self.carry_in_known \
            and not self.received_floor and self.answered > self.came_in \
            and not any(re.search(CARRY_IN, c.sentence) for c in self.claims)

    def broken(self) -> bool:
        if self.carry_maybe is not None:
            low, high = self.received.value, self.received.value + self.carry_maybe.value
            if self.carried_forward is None:
                return self.answered > high
            return self.went_out not in (low, high)
        if self.carried_forward is None:
            return self.carry_in_known and self.answered > self.came_in
        if self.carry_in_known:
            return self.went_out != self.came_in
        return self.went_out < self.came_in  # an unstated carry-in only adds to what came in


def _group(c: Claim) -> str | None:
    head = c.kind.split(".")[0]
    if c.kind in _IN_OUT or c.kind == _BOTH:
        return c.kind
    return head if head in _OUTCOMES else None


def plain_figure(c: Claim) -> bool:
    return (c.why_not is None or c.why_not == PART_OF) and not c.approx and c.definite and not c.channel


def one_figure(claims: list[Claim]) -> Claim | None | bool:
    """The one figure of a quantity (None when unstated); False when the paragraph gives it twice apart."""
    if not claims:
        return None
    return claims[0] if len({c.value for c in claims}) == 1 else False



def _share_after(c: Claim) -> re.Match | None:
    """The share printed right after a count's clause (答复23宗,占总比件数的47%), if any."""
    clause = c.extra.get("clause", c.text)
    at = c.sentence.find(clause)
    return SHARE_OF.match(c.sentence, at + len(clause)) if at >= 0 and clause.endswith(c.text) else None


def balances(claims: list[Claim], prose: list | None = None, lists: Sequence = ()) -> list[Balance]:
    """`lists`: the paragraphs' listings (parts.Listing) — an outcome list read there as the received figure's
    parts, not shown whole, is not taken as all that was answered."""
    paras: dict[int, list[Claim]] = {}
    channels: dict[int, list[Claim]] = {}
    for c in claims:
        # a channel's share stands beside the count; 申请N件，均已答复 says nothing of a carry-in, so no carry-out
        if c.column == "total" and _group(c) is not None and not c.channel and not c.extra.get("all_answered"):
            paras.setdefault(c.extra.get("para", -1), []).append(c)
        elif c.channel and c.kind == "received" and c.column == "total" and _plain_channel(c):
            channels.setdefault(c.extra.get("para", -1), []).append(c)
    runs = _runs(paras, prose)
    with_outcomes = [i for i, run in enumerate(runs)
                     if any(_group(c) in _OUTCOMES + (_BOTH,) for p in run for c in paras[p])]
    out = []
    for i, run in enumerate(runs):
        cs = [c for p in run for c in paras[p]]
        unread = _unread_among_outcomes(cs, claims)
        b = _balance(cs, whole_list=set(with_outcomes) <= {i} and not unread, lists=lists,
                     channels=[c for p in run for c in channels.get(p, [])])
        if b is not None and not (unread and b.results is not None and b.results.extra.get("qualified")):
            # 收到…75件,按时办结66件,5件逾期未补正,2件撤销申请,结转…2件: a part answered on time stands for what was
            # answered only while nothing else is listed beside it; an outcome no pattern reads may be what it leaves
            out.append(b)
    return out


# a count closing its clause as an item of an outcome list does (…办理11件,), not a whole said before its parts
# (剩余14件为同一申请人…其中2件予以公开, 共14件,其中…); or opening it, number first (…,5件逾期未补正,2件撤销申请,…),
# not a count all of which something is (3件均…)
_COUNT = re.compile(r"(?<![\d.])\d+(?:件|宗)(?=[，,、；;。]|$)(?![，,、]?(?:其中|均|全部|都))"
                    r"|(?<=[，,、；;])\d+(?:件|宗)(?![，,、；;。]|其中|均|全部|都)")


def _unread_among_outcomes(cs: list[Claim], claims: list[Claim]) -> bool:
    """A count printed among the outcomes of a sentence that no claim reads ('不予处理1件,“非本机关…”并告知通过其他途径
    办理11件,结转…22件' before its words were known): an outcome in words no pattern knows, so the outcomes read are
    not all of them."""
    for sentence in {c.sentence for c in cs if _group(c) in _OUTCOMES + (_BOTH,)}:
        listed = [_at(c) for c in cs if c.sentence == sentence and _group(c) not in (None, "received", "handled")]
        listed = [span for span in listed if span is not None]
        if len(listed) < 2:
            continue
        read = [span for c in claims if c.sentence == sentence for span in [_at(c)] if span is not None]
        lo, hi = min(a for a, _ in listed), max(b for _, b in listed)
        for m in _COUNT.finditer(sentence, lo, hi):
            if not any(a <= m.start() and m.end() <= b for a, b in read):
                return True
    return False


def _at(c: Claim) -> tuple[int, int] | None:
    at = c.sentence.find(c.text)
    return None if at < 0 or not c.text else (at, at + len(c.text))


def _runs(paras: dict[int, list[Claim]], prose: list | None) -> list[list[int]]:
    """The paragraphs told together: one, or (section 三 written out as prose: 新收…165件，上年结转…0件 / 予以公开
    111件… / 不予公开24件… / 结转下年度继续办理0件) a paragraph stating the applications received and the ones right
    after it that state the rest, with nothing but headings between them. A received figure starts a new run."""
    runs: list[list[int]] = []
    last = None
    for p in sorted(paras):
        starts = any(c.kind in ("received", "handled") for c in paras[p])
        if runs and not starts and prose is not None and last is not None \
                and all(_heading(prose[i].text) for i in range(last + 1, p)):
            runs[-1].append(p)
        else:
            runs.append([p])
        last = p
    return runs


def _heading(text: str) -> bool:
    return len(text) <= 30 and not any(ch in text for ch in "。；;")


def _plain_channel(c: Claim) -> bool:
    return (c.why_not or "").startswith("按渠道") and not c.approx and c.definite


def _balance(cs: list[Claim], whole_list: bool, lists: Sequence = (), channels: Sequence[Claim] = ()) -> Balance | None:
    if any(not plain_figure(c) for c in cs):
        return None  # a figure of another year or scope, approximate, or told twice in one sentence
    by: dict[str, list[Claim]] = {}
    for c in cs:
        by.setdefault(c.kind, []).append(c)  # a group (denied) and its reasons (denied.state_secret) apart
    within = [c for c in by.get("results", []) if c.extra.get("within")]
    if any(not c.extra.get("qualified") for c in by.get("results", [])):  # the total said beside a part (按时办结)
        by["results"] = [c for c in by["results"] if not c.extra.get("qualified")]
    # a figure in a sentence opened by 其中 after the same quantity said before it is a part of that one, not the
    # quantity said again (完成答复54件,转下一年度继续办理3件。其中,县级政府受理并完成申请答复6件)
    by = {k: [c for c in v if not (_OPENS_PART.match(c.sentence) and any(o.sentence != c.sentence for o in v))]
          for k, v in by.items()}
    said = {k: one_figure(v) for k, v in by.items()}
    if any(v is False for k, v in said.items() if k != "handled"):
        return None
    received, carried_over = said.get("received"), said.get("carried_over")
    carry_maybe = None
    floor = received is None and not said.get("handled") and len(channels) == 1 and bool(said.get("carried_forward"))
    if floor:
        # 全区网站后台收到政府信息公开申请21件,答复办结21件,结转下年度办理0件: one channel's count, the only received
        # figure, is a floor of what came in — answered and carried out below it is still a finding
        received, includes_carry = channels[0], False
    elif received is None:
        # 共办理申请信息公开38件，其中完成答复35件（包含上年度结转的3件），另有3件结转至下一年度: with no received
        # figure, the applications dealt with that year are all that came in, the carried in among them
        received = said.get("handled")
        if not received:
            return None
        if carried_over and not _carry_inside(received, carried_over):
            carry_maybe = carried_over
        carried_over, includes_carry = None, True
    else:
        includes_carry = received.includes_carry
    results, carried_forward = said.get("results"), said.get("carried_forward")
    outcomes = _outcomes(by, said)
    if results and results.extra.get("qualified") and outcomes and sum(c.value for c in outcomes) > results.value:
        # 受理…54件,按时办结54件,办理上年结转2件。其中予以公开45件,…: answered on time is a part; the outcomes
        # listed, more, are what was answered (below it they may be a selection, and it stands for the total)
        results = None
    whole_list = whole_list and not any(_short_list(item, received, outcomes) for item in lists)
    if results is None and (not outcomes or not whole_list or all(c.kind == "other.withdrawn" for c in outcomes)):
        return None  # (a withdrawal alone, 其中…告知书52件,撤销申请1件,…回复2件: never what was answered)
    beside = [c for c in by.get("other.withdrawn", []) if results is not None and c.sentence == results.sentence
              and c.span[1] <= results.span[0]]
    maybe = _after_on_time(results, [*outcomes, *by.get("other.withdrawn", [])]) \
        if results is not None and results.extra.get("qualified") else []
    return Balance(received, None if includes_carry else carried_over,
                   not floor and (includes_carry or carried_over is not None), results, outcomes, carried_forward, whole_list,
                   within, received_floor=floor, carry_maybe=carry_maybe, beside=beside,
                   beside_maybe=[c for c in maybe if c not in beside])


_OPENS_PART = re.compile(r"[，,]?其中[，,：:]?")


def _after_on_time(on_time: Claim, others: list[Claim]) -> list[Claim]:
    """The items of the account said after a count answered on time in its own sentence, with no 其中 between ('按时办结
    66件,5件逾期未补正,2件撤销申请,结转下年度继续办理2件'): maybe concluded beside the on-time count, maybe inside it."""
    s = on_time.sentence
    at = s.find(on_time.text)
    if at < 0:
        return []
    end, out = at + len(on_time.text), []
    for c in sorted({id(c): c for c in others}.values(), key=lambda c: c.span):
        here = s.find(c.text, end) if c.sentence == s else -1
        if here >= 0 and "其中" not in s[end:here]:
            out.append(c)
    return out


def _carry_inside(handled: Claim, carry: Claim) -> bool:
    """Whether the prose puts the carry-in inside the handled figure: 办理…675件(含2024年结转12件), 处理…67份,其中2020年
    结转的…1份, 处理…92件,其中,本年度新接收91件,2020年结转办理1件 — a nesting word between the two or opening the
    carry-in's clause. Said beside it (处理98件,办结99件,1件为上年度结转办理件) it is not known to be either."""
    if handled.includes_carry:
        return True
    s, clause = carry.sentence, carry.extra.get("clause", carry.text)
    start = s.find(handled.text) + len(handled.text) if carry.sentence == handled.sentence and handled.text in s else 0
    end = s.find(clause, start)
    return end >= 0 and NESTED.search(s[start:end + len(clause)]) is not None


def _short_list(item, received: Claim, outcomes: list[Claim]) -> bool:
    """The list reader's listing of the received figure holds these outcomes, split by category, and nothing shows
    it whole (申请94件,其中,予以公开或部分公开64件,不予公开5件,无法提供19件,结转下一年办理3件: no 0 item, no 其他) —
    the list it notes as maybe a selection (prose_consistency's short-list note)."""
    (a, b), (s, e) = item.total_span, item.sentence_span
    return item.by_category and not item.exhaustive and a < received.span[1] and received.span[0] < b \
        and all(s <= c.span[0] and c.span[1] <= e for c in outcomes)


# a result's figure said of one cause (因本机关不掌握相关政府信息无法提供1件): that reason's count, not its group's whole
# (因本机关不掌握等原因无法提供513件: several)
_ONE_CAUSE = re.compile(r"(?:因|由于)(?![^，,。；;]*等(?:原因|情形|情况))")


def _outcomes(by: dict[str, list[Claim]], said: dict) -> list[Claim]:
    """One figure per result group: the group's own, else its reasons' (不予公开 → 国家秘密, 第三方…). A reason printed
    before its group's own figure in the same sentence stands beside it: the table lists the reasons first, and the
    group's name after them names its last item (…不予处理0件,逾期未补正2件,其他处理5件,结转…: 其他处理 is the 其他 after
    逾期不补正); its reasons said after it (其他处理5件，其中逾期不补正2件) are inside it — unless the group's figure is
    itself said of one cause (因本机关不掌握相关政府信息无法提供1件,信息不存在的1件: two reasons, each counted; not 因…等原因
    无法提供49件, the group's whole)."""
    out: list[Claim] = []
    for group in _OUTCOMES:
        reasons = [said[k] for k in by if k.startswith(group + ".")]
        if group in by:
            own = said[group]
            out.append(own)
            one_cause = _ONE_CAUSE.match(own.extra.get("clause", "")) is not None
            out += [r for r in reasons if r.sentence == own.sentence and (r.span[1] <= own.span[0] or one_cause)]
        else:
            out += reasons
    if _BOTH in by:
        if "granted" in by or "partially_granted" in by:
            return []  # 予以公开及部分公开28件 beside one of the two: which the list counts is unclear
        out.append(said[_BOTH])
    return out
