"""The one owner of tolerances: when two numbers count as equal.

Counts are integers and compare exactly. Money is printed with as many decimals as the publisher chose
(`33.0231` 万元, `7545` 万元, `3940元`), so two amounts are equal when they agree to within half a unit
of the coarser printed precision — never closer than the printed digits allow, never looser.
"""
from __future__ import annotations

from decimal import Decimal


def decimals(x: float | int) -> int:
    """Decimal places as printed (7730.28 → 2; 7545 → 0)."""
    if isinstance(x, int):
        return 0
    exp = Decimal(repr(x)).normalize().as_tuple().exponent
    return max(0, -int(exp))


def money_equal(a: float | int, b: float | int) -> bool:
    places = min(decimals(a), decimals(b))
    return abs(Decimal(repr(a)) - Decimal(repr(b))) <= Decimal(5) * Decimal(10) ** (-(places + 1))


def equal(a: float | int, b: float | int, kind: str = "count") -> bool:
    if kind == "money":
        return money_equal(a, b)
    return a == b


# S9: a share printed beside a part's count (占比23%) may stray from count ÷ total by more than its digits say:
# publishers truncate (7/23 = 30.43 printed 30), and adjust one share so the list's shares make 100 %. Beyond the
# interval the printed digits admit (rounded or truncated), this many percentage points more are still allowed.
SHARE_SLACK_POINTS = Decimal(1)


def _last_digit(pct: str) -> Decimal:
    """The unit of a percentage's last printed digit: 82.40 is to a hundredth, 100 to a whole point."""
    return Decimal(10) ** -len(pct.partition(".")[2])


def _percent_agrees(pct: str, count: int | float, total: int | float, slack: Decimal) -> bool:
    if not total:
        return False  # a share of nothing (收到0件 beside a share printed): no count makes it
    unit = _last_digit(pct)
    printed, true = Decimal(pct), Decimal(repr(count)) * 100 / Decimal(repr(total))
    return printed - unit / 2 - slack <= true <= printed + unit + slack


def share_agrees(pct: str, count: int | float, total: int | float, adjusted: bool = True) -> bool:
    """Whether a share as printed (`23`, `82.4`) can be count ÷ total: rounded (±half a unit of its last digit),
    truncated (up to a whole unit below it) or adjusted (SHARE_SLACK_POINTS either way) — unless `adjusted` is False:
    the shares of a whole list that miss 100 % as printed were adjusted to make nothing (shares_make_whole)."""
    return _percent_agrees(pct, count, total, SHARE_SLACK_POINTS if adjusted else Decimal(0))


def rate_agrees(pct: str, count: int | float, total: int | float) -> bool:
    """S9 prose.rate: whether a rate as printed (办结率100%, 92.3%) can be count ÷ total, rounded or truncated to its
    printed digits. A rate stands alone, so nothing is adjusted to make a sum: no slack beyond the digits (4/5 is
    no 100 %, 99.6 % may print as 100 % or 99 %)."""
    return _percent_agrees(pct, count, total, Decimal(0))


def shares_make_whole(pcts: list[str], adjusted: bool = True) -> bool:
    """S9 prose.rate: whether the shares printed for a whole list (`58.5`, `7.3`, `28.9`, `5.2`) can make 100 %: each
    rounded (±half a unit of its last digit) or truncated (up to a unit below), one adjusted by SHARE_SLACK_POINTS
    (`adjusted` False: none)."""
    units = [_last_digit(p) for p in pcts]
    total = sum(Decimal(p) for p in pcts)
    slack = SHARE_SLACK_POINTS if adjusted else Decimal(0)
    return 100 - sum(units) - slack <= total <= 100 + sum(units) / 2 + slack


# S9 prose.rate: a change from last year may be its last printed digit off beyond rounding — the ratio rounded before 1 is
# taken off, or computed from rounded figures (松原 2024: 500 after 增长48.9%, where 336 → 500 is 48.81 %)
CHANGE_SLACK_DIGITS = 1


def change_possible(pct: str, now: int, up: bool) -> bool:
    """S9 prose.rate: whether a change from last year as printed (同比上升16.13%) can lead to this year's count `now`
    from some whole count last year (which the report need not print), the percentage rounded or truncated to its
    printed digits as rate_agrees allows: 36 after 同比上升16.13% (31 → 36) can, after 26.13% cannot (28 → 28.6 %,
    29 → 24.1 %)."""
    p = Decimal(pct)
    if not up and p >= 100:
        return p == 100 and now == 0
    slack = CHANGE_SLACK_DIGITS * _last_digit(pct)
    guess = Decimal(now) * 100 / (100 + p if up else 100 - p)
    for before in range(max(1, int(guess) - 2), int(guess) + 4):
        if (before < now if up else before > now) and _percent_agrees(pct, abs(now - before), before, slack):
            return True
    return False


def change_by_agrees(pct: str, by: int | float, now: int | float, up: bool) -> bool:
    """S9 prose.rate: a change printed with its count (较上年增加3722件,增长20.31%) against this year's count: by ÷ last
    year's (now − by, or now + by for a fall), as change_possible allows (3722 / 18328 = 20.31 %)."""
    before = now - by if up else now + by
    slack = CHANGE_SLACK_DIGITS * _last_digit(pct)
    return before > 0 and _percent_agrees(pct, by, before, slack)


def chain_near(expected: int, printed: int) -> bool:
    """S6: `上一年 + 增减` lands on `处理决定数量` — exactly, or within 0.5 % for large counts (716 − 417
    = 299 printed as 298): close enough to show the columns were filled as one arithmetic chain."""
    return abs(expected - printed) <= int(0.005 * max(abs(expected), abs(printed)))


# S8: a 行政事业性收费 amount in 万元 at or above this, for an organ at the level its name shows (organ.Organ.tier),
# is almost surely entered in 元. The largest amounts printed in eval/docs and the corpus (2021 layout, 113 cells):
# a 镇/街道 190 万元; a county-level department 199 (武进区卫健局); a county-level government 7730 (洪泽区), a
# zone run as one 24252 (平潭综合实验区); a city department 172, a city government 96172 (淮安市). Each bound is 50×
# or more the largest seen at its level; a county-level government, a city, a province, a zone or an organ
# the name does not place keep the 100亿元 bound (a large district's government may collect far more).
FEE_WAN_IMPLAUSIBLE = {"township": 10_000, "county department": 100_000}
FEE_WAN_IMPLAUSIBLE_ANY = 1_000_000
# S6: a 本年增/减 this many times its row's 上一年项目数量 (and at least CHANGE_AS_DECISIONS_MIN), with 处理决定数量
# printed blank, is the year's 办件量 entered one column left: a list of 事项 does not grow tenfold in a year.
CHANGE_AS_DECISIONS_RATIO = 10
CHANGE_AS_DECISIONS_MIN = 100
# S6: 上一年项目数量 0 and a 本年增/减 equal to the row's 处理决定数量, at least this: the change column repeats the
# decisions (临夏州交通局 2019: 0 / 62 / 62). A few new 事项 each decided once (0 / 1 / 1, 0 / 4 / 4 in eval/docs) may
# be true; 20 kinds of matter from none in a year, each with exactly one decision, is not.
CHAIN_FROM_NONE_MIN = 20
# S12: two reports whose prose shares this much (Jaccard over character 5-grams, numbers masked)
# are near-identical.
DUPLICATE_SIMILARITY = 0.9
# A township (镇/乡/街道) reporting more 规范性文件 than this, made in the year or in force, is noted: townships
# rarely issue any, and a larger number is usually a count of all its documents.
TOWNSHIP_NORMATIVE_DOCUMENTS = 10
