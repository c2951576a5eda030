"""What a count of applications in the prose is of: 信息公开 applications, or the objects other channels and windows
handle (投诉举报, 来信来访, 许可, the approval windows' cases) — claims keeps the first only."""
from __future__ import annotations

import re

from .patterns import ANSWERED_VERB

# objects that are not 信息公开 applications (受理投诉举报396件, 办结来信来访120件, 行政许可申请)
# (never a word of the name of a body that says it — 区行政审批局本年新收到政府信息公开申请42件, 县信访局收到…申请3件:
# the word before a body's kind names no such object)
NOT_APP = re.compile(r"(?:投诉|举报|信访|来信来访|群众来信|来访|留言|工单|问政|咨询|建议|提案|来电|热线|诉求|许可|审批|道路|复议|"
                     r"诉讼)(?!(?:服务|管理|事务|工作)?(?:局|中心|委员会|办公室|科|股))")
# a sentence whose subject is the approval and service windows (…入驻审批服务部门13个，开设窗口26个，共受理申请121510件):
# its bare 申请/收件/办结 counts are their cases, not 信息公开 applications — unless it names disclosure on application or
# stands in section 三 (a window as one channel, 通过政务服务大厅窗口、网络、信函…受理申请, is no such subject)
_SERVICE = re.compile(r"入驻|开设[^，,。；;]{0,8}窗口|窗口服务|审批(?:事项|服务|件)|网上审批|(?:行政|政务|便民)服务中心|办件|收件")
_DISCLOSURE_WORDS = re.compile(r"信息公开|依申请|申请公开|公开申请")


# a clause that says only what was done and how many (办结289件, 已全部办结5件): its object is the clause before it's
_BARE_DONE = re.compile(rf"^(?:共|已|均|全部|已全部)?(?:{ANSWERED_VERB}|办理|办件|处理)(?:完毕)?\d")


def other_object_before(s: str, clause_at: int, clause: str) -> bool:
    """Whether a bare done-count clause (`clause`, starting at `clause_at` in the sentence s) follows a clause whose object
    is no 信息公开 application (受理“12345”诉求件289件，办结289件 — the hotline's cases, 4585)."""
    if not _BARE_DONE.match(clause) or _DISCLOSURE_WORDS.search(s, 0, clause_at):
        return False
    # (the nearest clause before it that counts something: '受理…289件，主要涉及…，办结289件' — its object is that count's)
    for piece in reversed(re.split(r"[，,；;：:]", s[:clause_at])):
        if re.search(r"\d", piece):
            return NOT_APP.search(piece) is not None
    return False


def service_cases(ctx, s: str, start: int, end: int, at: int) -> bool:
    """Whether the count at s[start:end] (at `at` in the text) is of the service windows' cases: its sentence has them
    for subject before it, names no disclosure on application, and stands outside section 三."""
    return _SERVICE.search(s, 0, start) is not None and _DISCLOSURE_WORDS.search(s, 0, end) is None \
        and not any(sec.key == "applications" and sec.start <= at < sec.end for sec in ctx.report.sections)
