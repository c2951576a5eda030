"""Fuller printed forms of an organ's name read in a short form: its autonomy qualifier dropped (通道县 /
通道侗族自治县), a department's short name spelled out (人社局 / 人力资源和社会保障局), a place without its level word
(德州 / 德州市), and a government's general office named by the contact line and a sentence's subject,
the compiler or the page's 我办."""
from __future__ import annotations

import re

from .organ_words import (ABOVE_TOWNSHIP, CJK, LEVELS, OWN_AREA, OWN_OFFICE, TERRITORY_END, is_organ,
                          short_government)

def autonomy_dropped(short: str, full: str) -> bool:
    """Whether `short` is `full` without its autonomy qualifier: an autonomous county, prefecture or banner
    named by its place and level word alone ('通道县卫生健康局' for 通道侗族自治县卫生健康局, '芷江县' for 芷江侗族自治县,
    '湘西州' for 湘西土家族苗族自治州) — the people's names and 自治 between the place and 县/州/旗."""
    for i in range(2, len(short)):
        if short[i] in "县州旗" and full.startswith(short[:i]) and full.endswith("自治" + short[i:]):
            between = full[i:len(full) - len(short) + i - 2]
            if 1 <= len(between) <= 12 and re.fullmatch(CJK + "+", between) and not LEVELS & set(between):
                return True
    return False


# a township's government names the office that compiles its report (党政办公室, 人民政府办公室) but never
# reports through it: its report stays the township's
_TOWNSHIP_GOVERNMENT = re.compile(r"(?:镇|乡|苏木)(?:人民)?政府$")
_GENERAL_OFFICE = ("政府办公室", "政府办公厅")  # the end of a government's general office's name


def government_office(government: str, contacts: list[str], subjects: list[str], compilers: list[str] = (),
                       says_office: bool = False) -> str | None:
    """The government's general office (人民政府办公室), where the contact line names it and a sentence of the
    report has it as its subject ('请与台州市政府办公室联系' and '2024年,台州市人民政府办公室在…'): the office is
    then the organ reporting, not an office inside the government. The subject may drop the parent place the
    contact line prints ('请与湖州市吴兴区人民政府办公室联系', '吴兴区人民政府办公室全面贯彻…'): the office as the
    contact line names it. Above a township, the office is also the organ where the contact line names it and
    the page says it compiled the report ('由上海市静安区人民政府办公室编制', `compilers`) or calls itself 我办
    (`says_office`): two statements that the office speaks. The contact line alone names only whom to ask. The
    compiler's office is read the same way (organ_name.organ passes the compilers as `contacts`: '由枣阳市人民政府办公室
    编制' and '2023年,枣阳市人民政府办公室结合实际…'); alone, it only compiled its government's report."""
    if not government.endswith("政府"):
        return None
    same = short_government(government)
    offices = {short_government(c): c for c in contacts if c.endswith(_GENERAL_OFFICE)}
    # (a sentence whose subject is the government itself, '2024年,长宁区人民政府以…', makes it the government's report)
    governs_itself = bool(_TOWNSHIP_GOVERNMENT.search(government)) or any(
        same.endswith(t) and len(t) > 3 for t in (short_government(x) for x in subjects))
    named = list(subjects) + ([] if governs_itself else list(compilers))
    for s in named:
        short = short_government(s)
        if not s.endswith(("办公室", "办公厅")) or not is_organ(s):
            continue
        if short in offices and short[:-3] == same:
            return s
        # (the subject's own place must still be a place: 吴兴区, not a bare 区)
        whole = next((c for k, c in offices.items() if k[:-3] == same and k.endswith(short) and len(short) > 6), None)
        if whole is not None and is_organ(whole):
            return whole
    if says_office and not governs_itself:
        # (or the compiler names it, where the contact line names another office of the government: '由福州市长乐区人民
        # 政府办公室编制完成本报告', '请与福州市长乐区政府信息公开办联系' and '2023年我办公开…')
        compiled = {short_government(c): c for c in compilers if c.endswith(_GENERAL_OFFICE)}
        return next((c for k, c in (offices or compiled).items() if k[:-3] == same and is_organ(c)), None)
    return None


def place_office(place: str, names: list[str], subjects: list[str], says_office: bool = False) -> str | None:
    """A department named as an office after its bare place ('可与青川县人民防空办公室联系', which
    organ_office.without_unit cuts to 青川县), where the report speaks as that office: a sentence's subject names it
    short, its own words' characters in order ('2020年,县人防办认真贯彻…'), or the page calls itself 我办. The office
    is then the organ, a department of the place's government; the place's own 党政办 or a bare 办公室 never is,
    and the contact line alone names only whom to ask."""
    if not place.endswith(ABOVE_TOWNSHIP):
        return None
    for c in names:
        word = c[len(place):]
        own = re.sub(r"(?:办公室|办)$", "", word)
        if not c.startswith(place) or len(own) < 2 or re.fullmatch(OWN_OFFICE, word) or not is_organ(c):
            continue
        if says_office or any(s.endswith(("办", "办公室")) and _in_order(s, c) and sum(ch in own for ch in s) >= 2
                              for s in subjects):
            return c
    return None


# what a government's name ends with, and its general office's: the organ that reports for a place
_GOVERNS = ("政府", *_GENERAL_OFFICE)
# a body's last character that the page also calls itself by (我局, 我委, 本厅)
_SELF_KINDS = "局委厅署办"


def reporting_subject(contact: str, subjects: list[str]) -> str | None:
    """The overview's subject, where the contact line names a body of the same place and the subject is that place,
    its government or its government's office ('请与鄂温克族自治旗政务服务与数据管理局政务公开办公室联系' and '2025年
    鄂温克族自治旗坚持…'; '子长市政府政务服务中心' and '2022年,子长市人民政府坚持…'; '东至县政务公开办公室' and '东至县人民
    政府办公室认真贯彻…'; '察哈尔右翼后旗电子政务网站服务中心' and '2024年,我旗认真贯彻…'): the contact line names whom to
    ask, the subject who reports. A contact that is itself a government keeps to government_office."""
    short = short_government(contact)
    if short.endswith(_GENERAL_OFFICE):
        # (the government's office whom to ask, where the page speaks as its place — '请与吴兴区人民政府办公室政务公开科
        # 联系' and '2024年,我区持续深化…': the government's report; the office's own speaks as neither, 410)
        # (or names the government itself as its subject: '请与郑州市人民政府办公厅联系' and '2020年,郑州市人民政府以…')
        government = contact[: -len("办公室")]  # (办公厅 as long)
        place = government.replace("人民政府", "").replace("政府", "")
        same = short_government(government)
        return government if any((own := OWN_AREA.fullmatch(x)) and place.endswith(own.group(1))
                                 or short_government(x) == same for x in subjects) \
            and is_organ(government) else None
    if short.endswith(_GOVERNS):
        return None
    # (a page that speaks as the contact's own body, '2022年,我局坚持…' beside '请与昌江区委信访局办公室联系', is that
    # body's report: a later '我区主动公开…' speaks of its place, it does not report for it)
    if contact[-1] in _SELF_KINDS and any(s in ("我" + contact[-1], "本" + contact[-1]) for s in subjects):
        return None
    for s in subjects:
        own = OWN_AREA.fullmatch(s)
        if own:  # '2024年,我旗认真贯彻…': the place of the contact's body with that level word (察哈尔右翼后旗)
            at = contact.find(own.group(1), 2)
            if at > 0 and is_organ(contact[: at + 1]):
                return contact[: at + 1]
            continue
        n = short_government(s)
        if s == contact or len(n) < 3 or not (s.endswith(TERRITORY_END) or n.endswith(_GOVERNS)) or not is_organ(s):
            continue
        if short.startswith(n) or n.startswith(short):
            return s
    return None


# the office of a place's leading group for its disclosure work ('南宁市良庆区政务公开工作领导小组办公室'): the group is
# the place's government's, its office compiles the government's report
_GROUP_OFFICE = re.compile(r"(?P<place>" + CJK + r"{1,12}?[省市区县旗])(?:人民政府)?(?:政务公开|政府信息公开|信息公开)"
                           + CJK + r"{0,4}领导小组办公室")


def group_government(office: str, body: str) -> str | None:
    """The government of the place whose disclosure leading group's office `office` is, as the page prints its
    name (the place cut to its own name where the page drops the parent: '良庆区人民政府' for 南宁市良庆区)."""
    m = _GROUP_OFFICE.fullmatch(office)
    if m is None:
        return None
    place = m.group("place")
    return next((place[i:] + "人民政府" for i in range(len(place) - 2) if is_organ(place[i:])
                 and place[i:] + "人民政府" in body), None)


# a last word cut short, and its whole forms: 委 / 委员会, a government's 政府办 / (人民)政府办公室, a cooperative's
# 供销社 / 供销合作社
_WHOLE_WORDS = {"委": ("委员会",), "政府办": ("人民政府办公室", "政府办公室"), "供销社": ("供销合作社",),
                "供销联社": ("供销合作联社",)}


def last_word_spelled(found: str, body: str) -> str | None:
    """A name read with its last word cut short ('兴安盟卫生健康委' from the contact line, '兴国县政府办' from the
    announced title) where the page also prints the same name whole ('负责兴安盟卫生健康委员会在线留言平台', '请与兴国县
    人民政府办公室联系'): 委 is 委员会, 政府办 the government's 办公室, 供销社 a 供销合作社."""
    if found.endswith(("党委", "党工委")):
        return None
    for short, wholes in _WHOLE_WORDS.items():
        if found.endswith(short):
            for whole in wholes:
                name = found[: -len(short)] + whole
                if name in body and is_organ(name):
                    return name
    return None


_LONGEST = 16  # characters between the place and the last word of a full name
_PLACE = re.compile(r"^" + CJK + r"{1,8}?[省市区县州旗]")


def spelled_out(found: str, body: str) -> str | None:
    """The full name of a department read in its short form ('宁国市人社局', '永靖县市场监管局'), where the page
    prints it whole ('宁国市人力资源和社会保障局', '永靖县市场监督管理局'): the same place and last word, the first
    character kept and every character of the short form in order, some dropped inside it. The shortest such form; a longer one only puts
    words between the place and the name (an address: '宁国市人民路南侧人力资源和社会保障局')."""
    place = _PLACE.match(found)
    if place is None or not found.endswith(("局", "委", "厅")):  # (贵州省科技厅 / 贵州省科学技术厅)
        return None
    middle, last = found[place.end():-1], found[-1]
    if not 2 <= len(middle) < _LONGEST:  # a short form as long as the longest full one has none to give way to
        return None
    # (a form that begins with the whole short one names another body: 商务局 / 商务和粮食局; one that holds the whole
    # name joins two bodies, of which it is one: '沈阳市人民政府及沈阳市人民政府办公厅')
    forms = {f for f in _forms_between(place.group(0), len(middle) + 1, last, body)
             if f[0] == middle[0] and not f.startswith(middle) and _in_order(middle, f)
             and found not in place.group(0) + f + last}
    if not forms:
        return None
    shortest = min(forms, key=len)
    if any(not f.endswith(shortest) for f in forms):
        return None
    name = place.group(0) + shortest + last
    return name if is_organ(name) else None


_CJK_RUN = re.compile(CJK + "{0,%d}" % _LONGEST)


def _forms_between(place: str, least: int, last: str, body: str) -> list[str]:
    """What `place` + (the fewest CJK characters, `least` to _LONGEST) + `last` holds between the two, at each place
    it matches from the start of `body` on, one match after another: the matches of that regex, found with
    one pattern compiled once (a pattern built for each report's name cost more to compile than to run)."""
    out = []
    at = body.find(place)
    while at >= 0:
        start = at + len(place)
        run = _CJK_RUN.match(body, start).end()  # the CJK characters the form may hold, at most _LONGEST
        end = body.find(last, start + least, run + 1)
        if end >= 0:
            out.append(body[start:end])
            at = body.find(place, end + 1)
        else:
            at = body.find(place, at + 1)
    return out


# '(以下简称' and its close around a short name: compiled once; a pattern built around each report's names cost
# ~0.2 ms to compile (re expands every CJK character), more than the whole search
_SHORT_OPEN = re.compile(r"\s*[(（](?:以下)?简称[“\"‘]?")
_SHORT_CLOSE = re.compile(r"[”\"’]?[)）]")


def short_named(full: str, short: str, body: str) -> bool:
    """Whether the page gives `short` as the short name of `full` ('南宁经济技术开发区管理委员会(以下简称经开区管委会)')."""
    at = body.find(full)
    while at >= 0:
        m = _SHORT_OPEN.match(body, at + len(full))
        # the opening quote is optional: a short name may begin with the quote itself
        for start in ((m.end(), m.end() - 1) if m and body[m.end() - 1] in "“\"‘" else (m.end(),) if m else ()):
            if body.startswith(short, start) and _SHORT_CLOSE.match(body, start + len(short)):
                return True
        at = body.find(full, at + 1)
    return False


# the seat word after a township's or a street's name (…马桥镇人民政府, …朝天门街道办事处): the place alone names it
_SEAT = re.compile(r"(?:(?<=[镇乡])|(?<=街道))(?:人民政府|政府|办事处)$")


def named_at(text: str, organ: str) -> str | None:
    """The organ's name that `text` opens with, whole or in a short form that keeps its last character and
    drops some inside it ('省人社厅坚持…' for 湖北省人力资源和社会保障厅, '省农业农村厅…' for 江苏省农业农村厅), or —
    a township's government or a street's office — its place named so ('朝天门街道以…' for 重庆市渝中区人民政府朝天门
    街道办事处): a sentence whose subject is the organ. None when it opens otherwise."""
    if text.startswith(organ):
        return organ
    for end in range(3, min(len(text), len(organ)) + 1):
        short = text[:end]
        if short[-1] == organ[-1] and _in_order(short, organ):
            return short
    place = _SEAT.sub("", organ)
    return named_at(text, place) if place != organ else None


def _in_order(short: str, full: str) -> bool:
    rest = iter(full)
    return all(ch in rest for ch in short)


def with_level(found: str, body: str) -> str:
    """The name with its place's level word, where the page also prints it so ('德州生态环境局武城分局' in one
    sentence, '德州市生态环境局武城分局' in the next): a place shortened by its level word is the same place."""
    for i in range(2, min(5, len(found) - 2)):
        if found[i - 1] in "省市县区旗" or found[i] in LEVELS:  # (德州: a name's own 州 is no level word)
            continue
        for level in "市县区州":
            if level != found[i - 1] and found[:i] + level + found[i:] in body:  # (昌吉州州…: a doubled word is a typo)
                return found[:i] + level + found[i:]
    return found
