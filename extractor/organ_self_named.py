"""Where a page that calls itself only by a kind word (我局, 开发区) prints its own full name: a document it quotes
(《河西区市场监管局政务信息发布流程》), its own website ('在句容市住房和城乡建设局官网上主动公开'), found by str.find, or
its own accounts, quoted ('“江干区市场监督管理局”官方微信公众号'), its column on its government's portal ('区政府门户网站区
人力社保局专栏'), or the page's breadcrumb ('首页 > 政务公开 > 商务局 > 政府信息公开年度报告'); and named_elsewhere,
extractor/organ_name's last resort, which reads them."""
from __future__ import annotations

import re
from collections.abc import Iterator

from .basis import LAW_BASIS
from .chrome import BULLETS
from .dates import YEAR as _YEAR
from .organ_words import CJK, is_organ

__all__ = ["SITE_WORDS", "account_of", "column_of", "crumb_of", "find_all", "named_elsewhere", "quoted_by", "site_of"]

_CJK_RUN = re.compile(CJK + "*")
_SITE_VERBS = ("在", "通过", "登录", "访问")
# what names an organ's website after its name ('息烽县统计局电子政务网门户网站': its e-government site)
SITE_WORDS = ("官网", "官方网站", "门户网站", "网站", "电子政务网")


def _cjk_run(body: str, at: int, most: int) -> str:
    """The run of CJK characters at `at`, at most `most` of them."""
    return _CJK_RUN.match(body, at, at + most).group(0)


def quoted_by(word: str, body: str) -> Iterator[str]:
    """The names `《(?P<org>CJK{2,20}?WORD)CJK` finds in the body, by str.find: a name, its word and the character
    after it are all CJK, so after each 《 the shortest name is the run's first `word` from its third character
    on, if the run goes on past it. (A pattern per word cost ~2 ms to compile, its CJK class expanded character
    by character; a page names a handful of such words.) Never the issuer of a notice cited as the report's basis
    (_cited_notice)."""
    n = len(word)
    at = body.find("《")
    while at >= 0:
        run = _cjk_run(body, at + 1, 21 + n)
        k = run.find(word, 2)
        # (the 办 of an 办公厅 / 办公室 ends no name: '《国务院办公厅…》' cites no 国务院办 beside 我办)
        while 0 <= k and run.startswith("公", k + n) and word.endswith("办"):
            k = run.find(word, k + 1)
        if 0 <= k <= 20 and k + n < len(run) and not _cited_notice(body, at, at + 1 + k + n):
            yield run[:k + n]
        at = body.find("《", at + 1)


# a document cited as the basis of the report ('按照《…》和《广西壮族自治区大数据发展局关于做好…的通知》要求'): the organ that
# issued it ('X关于…') is another's, most often the one above it
_BASIS = re.compile(LAW_BASIS + "|贯彻|落实")
# its 关于 right after the name, or after the name's office that issued it ('《重庆市人力资源和社会保障局办公室关于…的通知》')
_ISSUED = re.compile(r"(?:办公室|办公厅)?关于")


def _cited_notice(body: str, at: int, end: int) -> bool:
    """The 《 at `at`, whose name ends at `end`, opens a document issued by that name (or its office) and cited in
    the sentence's clause of basis."""
    opened = max(body.rfind("。", 0, at), body.rfind("\n", 0, at)) + 1
    return _ISSUED.match(body, end) is not None and _BASIS.search(body, opened, at) is not None


def site_of(word: str, body: str) -> Iterator[str]:
    """The names `(?:在|通过|登录|访问)(?P<org>CJK{2,20}?WORD)(?:官网|官方网站|门户网站|网站)` finds in the body
    (matches taken left to right without overlap, as finditer does), by str.find."""
    n = len(word)
    verbs = sorted((at, len(v)) for v in _SITE_VERBS for at in find_all(body, v))
    done = 0  # where the last match ended: a verb inside it opens none
    for at, lv in verbs:
        if at < done:
            continue
        run = _cjk_run(body, at + lv, 20 + n)
        k = run.find(word, 2)
        while 0 <= k <= 20:
            end = at + lv + k + n
            site = next((w for w in SITE_WORDS if body.startswith(w, end)), None)
            if site is not None:
                yield run[:k + n]
                done = end + len(site)
                break
            k = run.find(word, k + 1)


# an account of the organ's own on a platform, its name quoted: '“江干区市场监督管理局”新浪政务官方微博', '…”官方微信公众号'
_ACCOUNT = re.compile(r"[“\"](" + CJK + r"{2,30})[”\"](?:新浪)?(?:政务)?(?:官方)?(?:微博|微信|公众号)")


def account_of(word: str, body: str) -> Iterator[str]:
    """The quoted names of accounts (_ACCOUNT) that end with `word`."""
    return (m.group(1) for m in _ACCOUNT.finditer(body) if m.group(1).endswith(word))


# the organ's column on a website, named right after the site ('通过区政府门户网站区人力社保局专栏主动公开', '重庆市武隆区
# 人民政府网站下设立的区人力社保局专栏', '安居区政府门户网站中的区住房城乡建设局专栏')
_COLUMN = re.compile(r"(?:门户网站|网站|门户网)(?:[下中上内里]?(?:设立?)?的)?(" + CJK + r"{2,20}?)专栏")


def column_of(word: str, body: str) -> Iterator[str]:
    """The names of the columns (_COLUMN) that end with `word`."""
    return (m.group(1) for m in _COLUMN.finditer(body) if m.group(1).endswith(word))


# a site's breadcrumb: a line of three or more parts set off by '>' ('- 首页 > 政务公开 > 商务局 > 政府信息公开年度报告')
_CRUMB = re.compile(r"^[^>\n]*(?:>+[^>\n]*){2,}$", re.M)
_CRUMB_BAR = re.compile(r"\s*>+\s*")
_CJK_WORD = re.compile(CJK + "+")


def crumb_of(word: str, body: str) -> Iterator[str]:
    """The parts of the page's breadcrumbs that end with `word`: the column the organ's pages are posted under."""
    for m in _CRUMB.finditer(body):
        for part in _CRUMB_BAR.split(m.group(0)):
            part = part.strip(" -\t" + BULLETS)
            if part.endswith(word) and _CJK_WORD.fullmatch(part):
                yield part


def find_all(text: str, sub: str) -> Iterator[int]:
    at = text.find(sub)
    while at >= 0:
        yield at
        at = text.find(sub, at + 1)


# last resorts, where the page names itself only by a kind word (我局) or inside a sentence: a document it
# calls its own (《河西区市场监管局政务信息发布流程》 beside 我局), and a township government named after a
# function word ("主要包括七里乡政府规范性文件", '我镇通过新桥镇人民政府共发布…') when the page names exactly one
_SELF_WORD = re.compile(r"[我本](局|委|办|镇|乡|街道)")
# a zone that calls itself by its kind as a sentence's subject ('2022年,开发区坚持…', '。高新区积极…'): like 我局, a
# word whose full form the page prints in a document or website of its own (《西宁经济技术开发区政府信息公开指南》)
_KIND_SUBJECT = re.compile(r"(?:^|[。\n])\s*(?:" + _YEAR + r"年度?[,，]\s*)?(?P<kind>开发区|高新区|经开区|新区)(?=" + CJK + ")")
# ('二是将玉峰镇人民政府预算决算在…公开': 将 the preposition too, never part of the name — not the 将 of 将乐, 将军)
_IN_SENTENCE = re.compile(r"(?:包括|关于|由|经|在|与|及|和|为|是|对|通过|将(?![乐军]))(?P<org>(?!将(?![乐军]))" + CJK + r"{2,4}?(?:乡|镇)(?:人民政府|政府)|"
                          + CJK + r"{2,6}?街道办事处)")


def named_elsewhere(body: str) -> str | None:
    """The organ's name where the page calls itself only by a kind word, or names one township's government in a
    sentence (the organ reader's last resorts)."""
    words = [m.group(1) for m in _SELF_WORD.finditer(body)] or [m.group("kind") for m in _KIND_SUBJECT.finditer(body)]
    if words:
        word = max(set(words), key=words.count)
        # where a page that calls itself by `word` prints its full name: a document of its own (《…局…》), or its
        # own website ('我局…在句容市住房和城乡建设局官网上主动公开', '通过甘肃林业和草原局门户网站') or accounts
        names = {org for org in quoted_by(word, body) if is_organ(org)}
        names = names or {org for org in site_of(word, body) if is_organ(org)}
        names = names or {org for org in account_of(word, body) if is_organ(org)}
        # (or, none of these printed, its column on a portal or the column of the site it is posted under: '区政府门户
        # 网站区人力社保局专栏', '首页 > 政务公开 > 商务局 > …' beside 我局)
        names = names or {org for org in column_of(word, body) if is_organ(org)}
        names = names or {org for org in crumb_of(word, body) if is_organ(org)}
        if len(names) == 1:
            return names.pop()
    names = {m.group("org") for m in _IN_SENTENCE.finditer(body) if is_organ(m.group("org"))}
    return names.pop() if len(names) == 1 else None
