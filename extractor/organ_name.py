"""The publishing organ's name as the report prints it.

Sources, in this order (the first that names an organ wins): the title; the sign-off above the closing date (sign_off);
the report's own title quoted right after the opening's publishing verb ('现向社会公布《…局2025年度…报告》'); the
page's 来源 / 发布机构 field; the report's own title announced or quoted in the prose ("现向社会公布北海市2021年度
政府信息公开工作年度报告", "编制完成《苍溪县文昌镇2022年…报告》"), or opening a sentence with the short name it goes by
("黄石港区人民政府2025年…年度报告(以下简称年报)根据…"); the contact line ("请与…党政办公室联系") and the
compiler ("由…编制"), whose office inside the organ is dropped (organ_office), before the subject of an overview sentence ("2020年,
武湖街认真贯彻…"), which is often a short form (区卫健局); a document the organ names as its own; last, a name
printed elsewhere where the page calls itself 我局 / 我镇, or one township government named inside a sentence. Then the fullest
printed form of that name where the report names itself is preferred (锡山区云林街道 for 云林街道). Page metadata labels (文号: 关键字: 栏目: 来源:) are never part of a name (extractor/chrome.py).
The announced and quoted titles' patterns are extractor/organ_announced's; the last resorts, organ_self_named's.
"""
from __future__ import annotations

import re
from functools import lru_cache

from . import chrome
from .anchored import after_start, finditer_ending, finditer_twin
from .basis import LAW_BASIS
from .dates import YEAR as _YEAR, YEAR_SPOKEN
from .ir import stripped_lines
from .organ_lines import COMPILED_BY, CONTACT, OWN_DOCUMENT
from .organ_announced import (ANNOUNCED, ANNOUNCED_BARE, JOINT, PUBLISHING, QUOTED_OWN, REPORT_WORD, SELF_NAMED,
                              SUMMED_UP)
from .organ_forms import (autonomy_dropped, government_office, group_government, last_word_spelled, place_office,
                          reporting_subject, short_named, spelled_out, with_level)
from .organ_self_named import SITE_WORDS, account_of, find_all, named_elsewhere, quoted_by
from .organ_office import without_unit
from .organ_words import ABOVE_TOWNSHIP, CJK, LEVELS, ORGAN_END, TERRITORY_END, TOWNSHIP_END, is_organ
from .sign_off import signing_organ

__all__ = ["ORGAN_END", "autonomy_dropped", "from_title", "is_organ", "last_word_spelled", "organ"]

_BRAND_WORDS = "体育|娱乐|彩票|棋牌|官网|官方网站|平台|app|APP"
# what follows the name in a title: the subject of the report ('中国科学院兰州分院机关信息公开工作' — the organ's
# own offices, 机关, are no part of its name)
# ('兴海县人民政府信息公开…': 人民政府 is the name's, not 政府信息公开's)
_TITLE_SUBJECT = r"(?:机关)?(?:(?<!人民)政府信息公开|政务信息公开|政务公开|信息公开)"


# the site that posts it, before the name: its owner set off by a dash ('永顺县人民政府-湖南猛洞河风景名胜区管理处2020年度…'),
# its website's name by a space ('梅州市人民政府门户网站 梅州市人力资源和社会保障局 政府信息公开年报 …')
_SITE_BEFORE = re.compile(r"^" + CJK + r"{2,30}?(?:政府[ \t]*[-－—]+|(?:门户网站|门户网|网站)[ \t\u3000]+)[ \t]*")
_NAME_AFTER_TITLE = re.compile(REPORT_WORD + r"\s*[(（]([^()（）]{2,30})[)）]\s*$")


@lru_cache(maxsize=1024)  # the title reader scores each candidate line by it, and the organ reader asks again
def from_title(t: str | None) -> str | None:
    if not t:
        return None
    # a page's own tags and a mirror's brand before the name: 【图文】…, puroview.com东城街道…
    # a betting mirror's brand goes with its trade word ('UedBet体育城市管理综合执法局…')
    t = re.sub(r"^(?:\s*(?:【[^】]{0,8}】|\[[^\]]{0,8}\]|[A-Za-z][A-Za-z0-9._\-]*(?:" + _BRAND_WORDS + r")*))+\s*", "", t)
    t = re.sub(r"^(关于)", "", t)
    # a cover letter's title around the report's own ('关于报送《平潭综合实验区公安局 2015年…年度报告》的函'): the name inside
    t = re.sub(r"^(?:报送|呈报|上报|报备|印发|转发)《", "", t)
    m = re.search(_YEAR + r"\s*年?度?", t)
    candidates = []
    if m:
        # (a year printed after the report word, '张家口市宣化区政府信息公开工作年度报告(2019年)', leaves the name before
        # the report's subject as a year before it does)
        candidates += [re.split(_TITLE_SUBJECT, t[: m.start()])[0], re.split(_TITLE_SUBJECT, t[m.end():])[0]]
    else:
        candidates.append(re.split(_TITLE_SUBJECT, t)[0])
    # the name in brackets after the report word ('2024年政府信息公开工作年度报告 (上海市浦东新区曹路镇人民政府)')
    after = _NAME_AFTER_TITLE.search(t)
    if after:
        candidates.append(after.group(1))
    for c in candidates:
        c = re.sub(r"^.*(?:" + PUBLISHING + ")", "", _balanced(c.strip(" ,，、|｜")))
        c = _SITE_BEFORE.sub("", c)
        c = re.sub(r"\s*(关于|的)$", "", c)  # 会宁县工业和信息化局关于2021年度…报告 ('…管理局 关于2021年…', 4476)
        if is_organ(c) or _FIELD_SYSTEM.fullmatch(c) and not _NOT_A_SYSTEM.search(c):
            return c
    return None


# a field's system of a place reporting as one under its title ('大同市气象部门2023年…报告': the place's 气象局 and the
# offices under it); never a government's or a scope's departments (市政府部门, 各部门, 有关部门, 直属部门)
_FIELD_SYSTEM = re.compile(CJK + r"{1,8}?[" + "".join(ABOVE_TOWNSHIP) + "]" + CJK + r"{2,6}部门")
_NOT_A_SYSTEM = re.compile(r"政府|职能|直属|相关|有关|[各全本我该]|工作|组成|所属|下属|成员")


def _balanced(c: str) -> str:
    """The candidate without brackets at its ends that close or open nothing of it: '淮北市妇幼保健计划生育服务中心
    (市妇幼保健院)' keeps its ')', '(2021年)…' and '…局(' lose theirs."""
    while c and c[-1] in ")）" and c.count("(") + c.count("（") < c.count(")") + c.count("）"):
        c = c[:-1]
    while c and c[0] in "(（" and c.count("(") + c.count("（") > c.count(")") + c.count("）"):
        c = c[1:]
    while c and c[-1] in "(（":
        c = c[:-1]
    while c and c[0] in ")）":
        c = c[1:]
    return c.strip(" ,，、|｜")


def _signed(text: str) -> list[str]:
    """The sign-off's organ, as a form of the name the report prints for itself."""
    name = signing_organ(text)
    return [name] if name else []


# a field of the page's own after the name, set off by a space ('来源:浦口区人民政府永宁街道办事处 字体大小:【大】…
# 浏览量:…'): the labels chrome does not know end the name too
_NEXT_FIELD = re.compile(r"[ \t\u3000]+(?=" + CJK + r"{2,6}[:：])")


def _source_field(head_lines: tuple[tuple[int, str], ...]) -> str | None:
    value = chrome.field([l for _, l in head_lines], chrome.SOURCE_LABELS)
    value = value and _NEXT_FIELD.split(value, 1)[0]
    return value if is_organ(value) else None


# the subject of an opening sentence: "2021年,温州市洞头区农业农村局以…", "按照…要求,区政府政务服务办进一步…"
# ('2025,吐鲁番市高昌区住建局以…': the year's 年 lost, its comma kept; up to two clauses of purpose or basis before it,
# '为认真贯彻落实《条例》,按照…通知要求,…松江镇人民政府特向社会公布…', or of the day it counts to, '截至2019年12月31日,
# 牛街乡人民政府通过…'; the verb may be short: '…局对政府信息高度重视',
# '…局共完成…', '…委是主管…的市政府职能部门', never the 对 of 对外 or the 共 of 公共, 共青团 inside a name; the organ
# making its report public: '…住建局(特)向社会公布2022年度…报告')
# (a copy whose lines were joined by spaces opens the overview's first sentence after its heading on the same line:
# '。 一、总体情况 2022年界坑乡严格按照…')
# (a name may hold a second name in brackets: '宁波国家高新区(新材料科技城)管委会办公室政务公开工作按照…')
# (the year said as a time, '过去一年,东丽区人民政府坚持…'; an office leading others, '合肥经开区管委会办公室统领区属各部门…';
# a township that had none, '2025年白驼镇没有收到依申请公开的…申请', '2025年,沩山镇未收到…' — 未 only after a township's
# name: '县医院未收到…' names a body by its level alone; '2021年,红升乡政府十分重视…')
# (the short name it goes by, after it: '中山市供销合作联社(以下简称“市供销社”)坚持…'; a copy's space after the place's
# level word, '武定县 审计局按照…', is no part of the name: _unspaced drops it)
_SUBJECT = re.compile(
    r"(?:^|[。\n]|一、总体情况[ \t\u3000]+)\s*(?:" + YEAR_SPOKEN + r"[,，]?\s*|" + _YEAR
    + r"[,，]\s*)?(?:(?:为|在|" + LAW_BASIS + r"|截至|截止)[^,，。\n]{2,80}?[,，]\s*){0,2}"
    # (the year after the purpose: '为方便公众查询,为公众提供…服务,2022年区园林绿化局在…')
    r"(?:(?<=[,，])" + _YEAR + r"年度?[,，]?\s*)?"
    r"(?:现将|现就)?"  # '…编制,现将抚州市生态环境局政府信息公开工作2020年度报告向社会公布': the verb is no part of the name
    # (never the office that compiled it: '依照有关规定,由淮安市人民政府办公室根据…编制')
    r"(?!由)(?P<org>" + JOINT + "|(?:" + CJK + r"{2,8}?[省市县区旗][ \u3000](?=" + CJK + r"))?" + CJK + r"{2,30}?(?:[(（]" + CJK
    + r"{2,12}[)）]" + CJK + r"{2,20}?)?)(?:[(（](?:以下)?简称[^()（）\n]{1,16}[)）])?"
    r"(?=[认坚严始紧全深按根聚不高积继持进切在以依出通围着扎立主的政信结准对共是贯特向12自有强统带没本未十])"
    r"(?:认真|坚持|统领|带领|没有|(?<=[镇乡道])未(?=主动|收到)|十分|坚决|严格|自觉|始终|紧紧|紧密|紧扣|强化|全面|深入|按照|根据|聚焦|不断|高度|积极|继续|持续|进一步|切实|在|以|依托|出台|通过|围绕|有序|"
    r"着力|扎实|立足|主动|结合|准确|是|贯彻|特?向社会(?:公布|公开|发布)|对(?!外)|(?<!公)共(?!青)|的?(?:(?:政府|政务)?信息公开|政务公开)工作(?!年度报告|报告)"  # X政府信息公开工作: X, not X政府; a title is no sentence
    # the year said after the subject, then what it did ('珠山区人民政府办公室2020年主要开展了…', '泰山区行政审批服务局
    # 2021年在法定主动公开内容中…', '芝罘区行政审批服务局2022年共收到…'); a title's year is followed by its subject, 政府信息公开
    # (or said as 本年度: '区科技工业商务信息化局本年度主动公开政府信息229条'; '东华门街道办事处本年新收…')
    r"|" + _YEAR + r"\s*年度?(?=主要|在|为|共|累计|全年|收到|制发)|本年度?(?=主动公开|共|累计|收到|新收))")
# a space after a place's level word inside a name ('武定县 审计局'); never the one between two joint names (JOINT)
_LEVEL_SPACE = re.compile(r"(?<=[省市县区旗])[ \u3000](?=" + CJK + ")")


def _unspaced(name: str) -> str:
    if " " not in name and "\u3000" not in name or not _LEVEL_SPACE.search(name):
        return name
    # (two places set off by a space, '黄埔区 广州开发区' — one area's two names — are no one name: none read)
    return "" if name.endswith(TERRITORY_END) else _LEVEL_SPACE.sub("", name)


# a township named under its parent printed without a place name ("区人民政府北京街道办事处"): the township's own
# name is the organ (a department of that government, 区政府政务服务办, keeps it)
_BARE_PARENT = re.compile(r"^[省市区县旗](?:人民)?政府(?=" + CJK + r"{2,}(?:街道办事处|街道|镇|乡)(?:人民政府|政府)?$)")
# an office that speaks of itself (我办, 本办公室); never 本办法 (these rules), 我办理 / 我办结 (a verb)
_SAYS_OFFICE = re.compile(r"我办(?![理结事])|本办(?![法理结事])")


# {pattern: its twin for after the text's start} (_matches, anchored.after_start)
_AFTER_START = {p: after_start(p) for p in (_SUBJECT,)}
# {pattern: (the word each of its matches ends with, the longest a match is)} (_matches, anchored.finditer_ending): the
# compiler is read only where 编制 is printed (half the page heads print none; the clause-start branch was tried at
# every comma); its lookahead reads up to the first 编制 in reach, never past the match's own. A title named as the
# sentence's subject ends with its 简称, which few pages print (its line-start lookbehind was tried everywhere).
_ENDING = {COMPILED_BY: ("编制", 139), SELF_NAMED: ("简称", None)}


def _matches(pattern: re.Pattern, text: str) -> list[re.Match]:
    """pattern.finditer(text)'s matches, found by a twin (_AFTER_START) or where they can end (_ENDING)."""
    if pattern in _ENDING:
        return finditer_ending(pattern, text, *_ENDING[pattern])
    if pattern in _AFTER_START:
        return finditer_twin(pattern, _AFTER_START[pattern], text)
    return list(pattern.finditer(text))


# what a shorter form of the name may lack at its end (茅坪回族镇 / 茅坪回族镇人民政府)
_BODY_WORDS = ("人民政府", "政府", "办事处", "街道办事处")


# what a sentence does, never part of a name: a subject read up to its verb may still hold the verbs before
# the name ("进一步健全完善横山镇信息公开工作机制" → 横山镇)
# ('2012年的南平市政府信息公开工作' → 南平市: a particle before the name)
# ("本报告由大平镇人民政府根据…编制": the report is the sentence's subject, the organ that made it follows 由)
# ('积极参加区政府信息公开工作业务培训': a subject-less sentence, whose verb and the 区 of 区政府 are no name;
# '为确保工作顺利推进,成立局政务信息公开工作领导小组': 成立 sets up a group, it heads no name)
_ACTION_VERBS = "进一步|健全|完善|加强|推进|贯彻|落实|做好|开展|深化|强化|明确|积极|参加|参与|成立"
# ('…要求,由昌江区委信访局结合有关统计数据编制': the compiler, 由 no part of its name)
# ('编制并向社会公布昌吉州卫生健康委2021年度…报告': the second verb of the announcing phrase; '…等文件规定,特向社会公布
# 武汉市生态环境局…分局以下简称…': the verb after a 根据 clause; both verbs, '编制并发布襄阳市农业农村局…2022年度报告')
# ('二是将玉峰镇人民政府预算决算在…网站…公开': 将 the preposition, never the 将 of 将乐县 or a 将军 place)
_ACTION_OPENINGS = "^[了的]|^(?:本?报告)?由|^(?:编制)?[现并特]?(?:向社会)?(?:公布|发布|公开)|^将(?![乐军])"
_ACTION = re.compile(r".*(?:" + _ACTION_VERBS + r")[了有]?|" + _ACTION_OPENINGS)  # (成立有…领导小组: 有 too)
# what any match of _ACTION holds, found in one scan (the same words): most names have none, and _ACTION's
# `.*` backtracks over each
_ACTION_HINT = re.compile(_ACTION_VERBS + "|" + _ACTION_OPENINGS)


def _without_action(name: str) -> str:
    return _ACTION.sub("", name) if _ACTION_HINT.search(name) else name


def _first(found: list[str], unit: bool = False) -> str | None:
    """The first of a pattern's names that is an organ (an office of it dropped first, with `unit`)."""
    for name in found:
        if unit:
            name = without_unit(name)
        if is_organ(name):
            return name
    return None


def organ(text: str, title: str | None) -> str | None:
    head, body = text[:2000], text[:6000]
    found_in: dict[re.Pattern, list[re.Match]] = {}  # each pattern's matches in the body, found once for every use
    names: dict[re.Pattern, list[str]] = {}  # and the names they read

    def matched(pattern: re.Pattern) -> list[re.Match]:
        if pattern not in found_in:
            found_in[pattern] = _matches(pattern, body)
        return found_in[pattern]

    def named(pattern: re.Pattern) -> list[str]:
        if pattern not in names:
            names[pattern] = [_without_action(_unspaced(m.group("org"))) for m in matched(pattern)]
        return names[pattern]

    head_lines = stripped_lines(head)  # the source field's reader and the forms of the name both read them
    field = _source_field(head_lines)
    # a field that names no place ('发布机构: | 区府办 |', '县民政局', '林草局': a level word alone, or none at all) gives
    # way to the name the announced title, the contact line or the compiler prints whole, and comes before a sentence's
    # subject
    bare_field = field is not None and (field[0] in LEVELS or not LEVELS & set(field))
    # the opening publishing the report under its own title ('现向社会公布《白银市平川区发展和改革局2025年度…报告》')
    # names it before a 来源 / 所属机构 field, which often names the site that posts it (平川区人民政府)
    # (a head that is the whole body, a page of at most 2,000 characters, has the body's announced titles: one scan)
    found = from_title(title) or signing_organ(text) or _published_as(
        head, matched(ANNOUNCED) if len(head) == len(body) else None) or _byline(head_lines, title)
    if not found and field and not bare_field:
        # (the field names the site that posts it, where the report speaks as its place: '来源:枣阳市行政审批局' and
        # '2023年,我市通过政府门户网站…' — as the contact line, reporting_subject)
        found = reporting_subject(field, named(_SUBJECT)) or field
    printed_whole = bool(found)  # a title, signature or field prints the name as the page gives it
    headed = printed_whole  # (its form kept over the contact line's, _mentions)
    announced = False  # the name read from the title the prose announces, not the page's own title
    for pattern, unit in ((ANNOUNCED, False), (SELF_NAMED, False), (QUOTED_OWN, False), (ANNOUNCED_BARE, False), (CONTACT, True),
                          (COMPILED_BY, True), (SUMMED_UP, False), (_SUBJECT, False),
                          (OWN_DOCUMENT, False)):
        if not found and bare_field and pattern is _SUBJECT:
            # (unless the report's own sentence names a whole organ, its place printed: '2019年,射洪市人民政府认真贯彻…'
            # beside '来源:市政府办公室' — an office named by its level alone is no fuller name than that)
            subject = _first(named(_SUBJECT))
            found, printed_whole = (subject, False) if subject and subject[0] not in LEVELS else (field, True)
        if found:
            break
        found = _first(named(pattern), unit)
        printed_whole = bool(found) and pattern in (ANNOUNCED, SELF_NAMED, QUOTED_OWN, ANNOUNCED_BARE)
        announced = bool(found) and pattern is ANNOUNCED
        if not found and unit:  # (a leading group's office named whom to ask or who compiled: its government)
            found = next((g for n in named(pattern) if (g := group_government(n, body))), None)
            printed_whole = bool(found)
        if found and unit:
            # the contact line's or the compiler's office of a government ('由枣阳市人民政府办公室编制' beside '2023年,
            # 枣阳市人民政府办公室结合实际…') is the organ where the page says so a second time (government_office);
            # alone, the office only compiled the government's report
            others = named(COMPILED_BY) if pattern is CONTACT else ()
            says_office = _SAYS_OFFICE.search(body) is not None
            office = government_office(found, named(pattern), named(_SUBJECT), others, says_office)
            # (or a department named as an office after its bare place, '青川县人民防空办公室' and '县人防办认真…')
            office = office or place_office(found, named(pattern), named(_SUBJECT), says_office)
            # a government's office the contact line names is the subject of the report's own sentence ('…要求,福州市
            # 人民政府外事办公室编制完成本报告'): a department of that government, not an office inside it (a 中心's
            # 办公室 saying '安庆市招商中心办公室共主动公开…' stays an office of the 中心)
            office = office or found.endswith("政府") and next(
                (c for c in named(pattern) if c != found and without_unit(c) == found and c in named(_SUBJECT)
                 and is_organ(c)), None)
            found, printed_whole = (office, True) if office else (found, printed_whole)
        if found and pattern is CONTACT and not printed_whole:
            found = reporting_subject(found, named(_SUBJECT)) or found
    found = found or named_elsewhere(body)
    if not found:
        return None
    if not printed_whole and found.endswith(_GOVERNED_PLACE):
        # a place read from a sentence's subject ('彝良县坚持…'): its government's full name may be printed only in
        # the name of its own website ('彝良县人民政府门户网站', '大英县人民政府网', a township's '高陂镇人民政府信息公开平台网站')
        if _has_website(found + "人民政府", body):
            return found + "人民政府"
    # (a title's short name gives way only to the full form the report's own sentence has as its subject:
    # '鄂城区市场监管局…年度报告(2024年度)' and '2024年,鄂城区市场监督管理局坚持…'; not to a platform's name, 1500)
    spelled = spelled_out(found, body) or last_word_spelled(found, body)
    # (a short name the prose announces gives way to its full form printed anywhere: '现公布贵州省科技厅2023年…报告' and
    # '可在贵州省科学技术厅信息公开专栏下载'; the page's own title keeps its form)
    if spelled and (not printed_whole or announced or spelled in named(_SUBJECT)):
        return spelled
    # (never a sentence that names it twice: '宣城市气象局办公室作为宣城市气象局')
    # (its place before it, its body word after it, or both: '武汉市武昌区人民政府杨园街道办事处' in the 发布机构 field or
    # '长沙市天心区桂花坪街道办事处' signing under the title '桂花坪街道…')
    fuller = [c for c in _mentions(head_lines, body, named, matched(COMPILED_BY), found, headed) + _signed(text) if len(c) > len(found) and (c.count(found) == 1 and (
        c.endswith(found) or c.startswith(found) and c[len(found):] in _BODY_WORDS
        or c[c.index(found) + len(found):] in _BODY_WORDS) or autonomy_dropped(found, c) or short_named(c, found, body))
        and is_organ(c)]
    # (X政府 is the prose's short word for X人民政府, no fuller name of the X a title prints: '2021年,神坝镇政府坚持…' under
    # '神坝镇…年度报告' (2934), '信息来源:高椅乡政府' beside '会同县高椅乡人民政府' (2869) — unless the page's own source
    # field prints it and nothing fuller is there: '来源: 荔浦市政府' under '荔浦市2022年…报告' (2713))
    if printed_whole and found + "政府" in fuller and (len(set(fuller)) > 1 or field != found + "政府"):
        fuller = [c for c in fuller if c != found + "政府"]
    # (a name printed whole, as a title prints it, keeps its form: '武汉东湖新技术开发区' is no short form of the
    # '武汉市东湖新技术开发区' of its website's name)
    return _BARE_PARENT.sub("", min(fuller, key=len) if fuller else found if printed_whole else with_level(found, body))


# the verb that makes the quoted title public, right before its 《
_PUBLISHES = re.compile(r"(?:" + PUBLISHING + r")\s*$")


def _published_as(head: str, announced: list[re.Match] | None) -> str | None:
    """The organ of the report's own title as the opening publishes it: quoted right after a publishing verb
    (`announced`: ANNOUNCED's matches in the head, if found already)."""
    for m in ANNOUNCED.finditer(head) if announced is None else announced:
        if m.group("quote") is not None and _PUBLISHES.search(head, max(0, m.start() - 8), m.start()):
            name = _without_action(m.group("org"))
            if is_organ(name):
                return name
    return None


def _byline(head_lines: tuple[tuple[int, str], ...], title: str | None) -> str | None:
    """The organ printed alone on the line right after (or before) a title that names none ('2025年政府信息公开工作
    年度报告' then '区数据局'): the report's byline."""
    lines = [l for _, l in head_lines if l]
    at = next((i for i, l in enumerate(lines) if title and title in l), None)
    if at is None:
        return None
    return next((l for l in lines[at + 1: at + 2] + lines[max(0, at - 1): at] if len(l) <= 30 and is_organ(l)), None)


# a place whose government is named 人民政府 after it: a territory, a township
_GOVERNED_PLACE = (*TERRITORY_END, "镇", "乡", "苏木")


def _has_website(name: str, body: str) -> bool:
    """`name` printed as the start of a website's name (门户网站, 门户网, 官方网站, 官网, 网站, 网, its disclosure
    platform 信息公开平台 / 信息公开网)."""
    return any(body.startswith(("门户网", "官方网站", "官网", "网", "信息公开平台", "信息公开网"), at + len(name))
               for at in find_all(body, name))


_BARE_LEVELS = "省市县区州旗"
# a website's name quoted ('本年度“杭州市民政局”门户网站主动公开…'): the name the organ's own site goes by
_QUOTED_SITE = re.compile(r"[“\"](" + CJK + r"{2,30})[”\"](?:" + "|".join(SITE_WORDS + ("门户网",)) + ")")
_YEAR_OPENING = re.compile(r"^" + _YEAR + r"\s*年度?")


def _mentions(head_lines: tuple[tuple[int, str], ...], body: str, named, compiled: list[re.Match], found: str,
              headed: bool = False) -> list[str]:
    """Forms of the name the page prints where the report names itself: short lines and field values of
    the head, the announced title, the subject of its sentences (the contact line only where it names a township's
    government itself: an office there may carry a longer address, 遂溪县北坡镇党政综合办公室 for 北坡镇). Not yet judged by is_organ: the caller asks it
    of the few that are longer forms of its name. A head line's forms are pieces of it, and a fuller form of
    `found` prints `found` or, with its autonomy qualifier, 自治 (autonomy_dropped): other lines are not read."""
    out = []
    for _, line in head_lines:
        if found not in line and "自治" not in line:
            continue
        for part in chrome.parts(line) if line else ():
            # a line cut inside a sentence that cites a document ('…主动公开了《剑阁县杨村镇人民政府' then '关于印发…
            # 的通知》') is no form of the name
            # a title broken before 政府信息公开 keeps its year on the first line ('2023年上海市…街道办事处')
            if part[:2] in ("19", "20"):
                part = _YEAR_OPENING.sub("", part)
            if 4 <= len(part) <= 30 and part.endswith(ORGAN_END) and "《" not in part:
                out.append(part)
    out += named(ANNOUNCED) + named(SELF_NAMED) + named(_SUBJECT)
    # who compiled the report, without the office ('由南京市浦口区教育局办公室编制' beside '请联系浦口区教育局办公室')
    # (there only a place before the name: '由周湾镇人民政府编制' under the title '周湾镇…报告' adds no body word)
    out += [n for m in compiled if (n := without_unit(m.group("org"))).endswith(ORGAN_END)
            and (not n.endswith(_BODY_WORDS) or n.endswith(found) and n.count(found) == 1)]
    # a township's government as the contact line names it whole, as whom to ask ('请与邹城市田黄镇人民政府联系' beside
    # '我镇认真编制了《田黄镇2020年…报告》'), where no title, signature or field of the page's head names it (`headed`:
    # '龙游县横山镇…报告' keeps its form); not an office of it ('请与茶园街道办事处政府信息公开办公室联系' names the
    # office, the announced '茶园街道' stays), never a form without its body word
    if not headed and found.endswith(TOWNSHIP_END):
        out += [n for n in named(CONTACT) if n.endswith(_BODY_WORDS) and without_unit(n) == n]
    # a department named by its bare level ('市城市管理局认真…'): its place as the page prints it in a document or an
    # account of its own ('《临沂市城市管理局2023年政府信息公开工作实施方案》', '“万源市行政审批局”微信公众号')
    if found[0] in _BARE_LEVELS:
        out += [*quoted_by(found, body), *account_of(found, body)]
    # the name its own website goes by, quoted ('“杭州市民政局”门户网站' beside the field '发布单位: 市民政局')
    out += [m.group(1) for m in _QUOTED_SITE.finditer(body)]
    return out
