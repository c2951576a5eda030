"""What kind of organ published a report, from its printed name and title: what the name itself says, and
one gazetteer, the county-level cities (a 县级市 is printed like a prefecture: 东阳市 beside 金华市). Used for 规章
authority (S5), deadlines (S13), a fee's plausible size (S8) and the scope of prose figures (S9)."""
from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import lru_cache
from importlib import resources

from extractor.organ_words import ABOVE_TOWNSHIP, LEVEL_IN_WORD, OWN_AREA, OWN_OFFICE, PUBLIC_BODY_END, ZONE_COMMITTEE, split_alias

_ABOVE_TOWNSHIP = "|".join(ABOVE_TOWNSHIP)
_GOV = re.compile(rf"({_ABOVE_TOWNSHIP}|镇|乡)人民政府$|({_ABOVE_TOWNSHIP}|镇|乡)政府$")
# a township by its name's last word: 新添镇, 七里乡政府, 朝外街道, 武湖街 (Wuhan and Tianjin name a 街道 "…街")
_TOWNSHIP = re.compile(r"(镇|乡|苏木|街道|街道办事处|街道办|办事处|街)(人民政府|政府)?$")
# a territory printed bare (兴和县, 北海市, 余杭区) names its government; 自治区 is a province
# a township's own office ('大余县吉村镇人民政府办公室', '…街道党政办公室') compiles the township's report: a township's,
# not a department of a government above it
_TOWNSHIP_OFFICE = re.compile(r"(镇|乡|苏木|街道)(?:办事处)?(?:(?:人民)?政府办公室|" + OWN_OFFICE + r")$")
_TERRITORY = re.compile(rf"(自治区|{_ABOVE_TOWNSHIP})$")
# a zone (工业园区, 开发区, 高新区…) is run by a 管委会 that no name tells the kind of: neither a district's
# government nor a township, though it covers an area it calls 全区 / 我区
_ZONE_WORDS = r"(?:园区|开发区|高新区|经开区|工业区|示范区|试验区|保税区|合作区)"
_ZONE = re.compile(_ZONE_WORDS + "$")
# a 新区 named bare is either: a district with its 人民政府 (浦东新区, 滨海新区) or a zone run by a 管委会 (徐圩新区, 两江新区,
# 长春新区); only the page tells which (see _new_area)
_NEW_AREA = re.compile(r"新区$")
# a government's general office (静安区人民政府办公室, 区政府办公室, 省政府办公厅): a department that also compiles the
# report of the area its government governs, so it speaks of that area (全区, 我区) as of itself (我办)
_GENERAL_OFFICE = re.compile(rf"({_ABOVE_TOWNSHIP})(?:人民)?政府办公[室厅]$")
# a zone's management committee or its office (区管委会办公室, 高新区管委会, …开发区管理委员会): it reports for the 区 it
# runs, as a government's general office for its area, so 全区 / 我区 figures are its own
_COMMITTEE = rf"(?:党工委)?{ZONE_COMMITTEE}"  # (its party working committee beside it: 党工委管委会)
_ZONE_COMMITTEE = re.compile(rf"(区){_COMMITTEE}(?:办公室)?$")
# Administrative-area words that contain 区 but are not districts.
_NOT_DISTRICT = re.compile(r"自治区|地区|特别行政区")
_COUNTY_MARK = re.compile(r"[区县旗]|镇|乡|街道|办事处")
_LEVEL_IN_WORD = re.compile("|".join(LEVEL_IN_WORD))  # words of a field holding a level's character (城乡, 市场, 社区)
# a department named after a province or a 市 (汉中市自然资源局, 新疆维吾尔自治区市场监督管理局, 广东省水利厅; 贵州省…:
# the 州 of a place's own name, then 省); never the 市 of 市场 or 市政
_PREFECTURE = "市|自治州|州|盟"  # the level words ending a prefecture's name
_ABOVE_COUNTY = re.compile(r"^[^区县旗镇乡]{1,10}?(?:自治区|省|" + _PREFECTURE + ")(?!场|政)")
# (a province's department is named after the province alone: 浙江省金华市… is the 市's)
_CITY_AFTER = re.compile(r"[^区县旗镇乡]{2,10}?(?:" + _PREFECTURE + ")(?!场|政)")  # (no prefecture is one character: 城市, 都市 are words)


@lru_cache(maxsize=1)
def _county_city() -> re.Pattern:
    """A county-level city's name opening an organ's name, or after its province's or prefecture's (浙江省东阳市…,
    金华市东阳市…): audits/data/county_level_cities.txt, the country's 县级市 by their codes (see its header)."""
    text = resources.files("audits").joinpath("data/county_level_cities.txt").read_text(encoding="utf-8")
    names = sorted((line.split()[1] for line in text.splitlines() if line and not line.startswith("#")),
                   key=len, reverse=True)
    return re.compile(r"(?:^|(?<=[省区市州盟]))(?:" + "|".join(map(re.escape, names)) + ")")


def county_city(name: str) -> bool:
    """The name is a county-level city's or of its bodies (东阳市农业农村局, 开平市人民政府): county level."""
    return _county_city().search(name, 0, 24) is not None
# bodies that are no 人民政府部门 though they publish under the 条例 (第五十五条: 事业单位, enterprises; courts): a
# 分院 of an academy, a hospital, a school, a company, an archive, a state farm (a 垦殖场 may be an enterprise or run
# a township's affairs) — their kind is unknown, not 'department'
_NOT_A_DEPARTMENT = re.compile(r"(?:院|所|学校|大学|学院|中学|小学|[一二三四五六七八九十]中|幼儿园|公司|集团|馆|银行|协会|学会|"
                               + "|".join(PUBLIC_BODY_END) + ")$")


@dataclass(frozen=True)
class Organ:
    name: str | None
    kind: str | None  # government | township | department | None (unknown)
    level: str | None  # 省 市 区 县 州 旗 盟 镇 乡 街道 — the territory a government or township covers
    county_or_below: bool  # the name itself places it at county level or below
    system: bool  # the report covers a whole 系统 (市场监管系统…), not one organ
    said: str | None = None  # set when the kind comes from the prose's word for itself (我镇), not the name
    zone: bool = False  # a zone named bare (临汾经济开发区): its 管委会 reports, kind unknown by the name
    serves: str | None = None  # a government's general office: the level of the area that government governs
    new_area: bool = False  # a 新区 named bare: a district or a zone, kind unknown until the page tells (_new_area)

    def called(self) -> str:
        """How a finding names the organ: its printed name, and the prose's word when that set the kind."""
        if self.said is None:
            return self.name or "本报告机关"
        return f"{self.name or '本报告机关'}（正文自称「{self.said}」）"

    def tier(self) -> str | None:
        """'township', 'county government' or 'county department' when the name (or the prose's word for
        itself) places the organ at county level or below. Above it, only a department's name tells a level:
        'province department' after a 省 or 自治区 (广东省水利厅, 西藏自治区审计厅), 'city department' after a
        市, 自治州 or 盟 (汉中市自然资源局) — a 直辖市's or a 设区的市's (a 县级市's, 开平市水利局, is a county
        department: county_city). None otherwise: unknown, a government above county, a zone's 管委会."""
        if self.kind == "township":
            return "township"
        if self.county_or_below:
            return None if self.zone or self.kind is None else f"county {self.kind}"
        m = _ABOVE_COUNTY.match(self.name) if self.kind == "department" and self.name else None
        if m is None:
            return None
        at = m.end()  # (贵州省: the 州 of a place's own name, then 省)
        at += next((len(w) for w in ("自治区", "省") if self.name.startswith(w, at)), 0)
        province = m.group(0).endswith(("省", "自治区")) or at > m.end()
        if province and _CITY_AFTER.match(self.name, at):
            province = False  # 浙江省金华市自然资源局: the 市's
        return "province department" if province else "city department"

    def territory_words(self) -> set[str]:
        """Scope words a figure may carry and still be this report's own figure (全区 for 区人民政府)."""
        words = {"本机关", "本单位", "我单位", "本部门", "我部门"}
        for level in {self.level, self.serves} - {None}:
            words |= {f"全{level}", f"我{level}", f"本{level}"}
        if self.kind == "department":
            words |= {"全局", "我局", "本局", "我委", "本委", "我办", "本办", "全委", "全办"}
        if self.kind == "government" and self.level not in ("镇", "乡"):
            words |= {"我办", "本办"}  # a government speaks through its general office, which compiles its report
            # and its report gives the figures of its whole area, every level's organs (全市各级行政机关共受理…申请449件:
            # the figures a city government's report is written to give); a department's or office's are more organs'
            words |= {f"{w}{self.level}各级" for w in "全我本"} if self.level else set()
        if self.kind == "township":
            words |= {"我街道", "本街道", "我街办", "全街道", "我乡镇", "本乡镇"}
        if self.system:
            words.add("全系统")
        return words


def classify(name: str | None, title: str | None = None) -> Organ:
    system = bool(title and "系统" in title)
    if not name:
        return Organ(None, None, None, False, system)
    n = re.sub(r"\s+", "", name)
    first, alias = split_alias(n)
    if alias is not None and first:
        # one body under two names ('黔东南州人民政府(州政府办公室)', '高新区(新市区)'): a government's report if either name is
        # a government's (its office compiles it; its deadline is the later), else a zone's if either is a zone's
        # ('国家东中西区域合作示范区(连云港徐圩新区)'), else what the first name says
        forms = (classify(first, title), classify(alias, title))
        pick = next((o for o in forms if o.kind in ("government", "township")), None) \
            or next((o for o in forms if o.zone), forms[0])
        return replace(pick, name=name)
    bare = _LEVEL_IN_WORD.sub("", _NOT_DISTRICT.sub("", n))  # (the 乡 of 住房和城乡建设厅 places nothing)
    county = bool(_COUNTY_MARK.search(bare)) or county_city(n)
    m = _TOWNSHIP.search(n) or _TOWNSHIP_OFFICE.search(n)
    if m:
        level = m.group(1) if m.group(1) in ("镇", "乡", "苏木") else "街道"
        return Organ(name, "township", level, True, system)
    g = _GOV.search(n)
    if g:
        return Organ(name, "government", g.group(1) or g.group(2), county, system)
    if _ZONE.search(n):
        return Organ(name, None, "区", county, system, zone=True)
    if _NEW_AREA.search(n) and len(n) >= 4:
        return Organ(name, None, "区", county, system, new_area=True)
    t = _TERRITORY.search(n)
    if t and len(n) >= 3:
        return Organ(name, "government", "省" if t.group(1) == "自治区" else t.group(1), county, system)
    office = _GENERAL_OFFICE.search(n) or _ZONE_COMMITTEE.search(n)
    if office:
        return Organ(name, "department", None, county, system, serves=office.group(1))
    if _NOT_A_DEPARTMENT.search(n):
        return Organ(name, None, None, county, system)
    return Organ(name, "department", None, county, system)


# the levels of an area a government governs, as a report says "the whole of it" (全区) or "this one" (本镇)
_AREA = rf"{_ABOVE_TOWNSHIP}|镇|乡|街道"
# an area as a whole (全国, 全市, 本区): a share of it is of the area's total, not of a list's (prose/shares.py); a
# township's 本镇 is the township that reports (占本乡信息公开总量的3.50%: of its list's total)
AREA_WHOLE = rf"全(?:国|{_AREA})|本(?:{_ABOVE_TOWNSHIP})"
# the scope a figure is said of: an area, a system, the organ itself (我局, 本单位), or several (各部门)
# (全市各级行政机关, 我区各级单位: the area's every level, one scope)
# (本乡镇: a township's word for itself, never 本乡 with a 镇 left over)
SCOPE_WORD = re.compile(rf"全(?:{_AREA})(?:各级)?|(?:我|本)(?:乡镇|{_AREA})(?:各级)?|全(?:系统|局|委|办)"
                        rf"|(?:我|本)(?:街办|局|委|办|单位|部门|机关)"
                        r"|各(?:部门|单位|县|区|市|乡镇|镇|街道|级)")


# a clause whose subject is one level of an area's bodies, bare (2022年政府新收…2件…；部门新收…4件): the
# government's own figures apart from its departments', each a part of the area's, never its whole said again
LEVEL_SUBJECT = re.compile(r"\s*(?:\d{4}年度?|全年|本年度?)?[，,]?(?P<level>(?:本级)?政府(?:本级)?|部门)"
                           r"(?=(?:共|共计|累计)?(?:新收|收到|受理|接收|办理|办结|答复))")


def scope_words(text: str) -> list[str]:
    return SCOPE_WORD.findall(text)


# How a report names itself in its prose (我镇, 本街道, 我局): the organ's kind when the page prints no
# name that tells it. Only township words place a level; 我局 says "a department", not which level.
_SELF = re.compile(r"(?:我|本)(镇|乡|街道|街办|局|委)(?!长|领导|党委)")
_SELF_KIND = {"镇": ("township", "镇"), "乡": ("township", "乡"), "街道": ("township", "街道"),
              "街办": ("township", "街道"), "局": ("department", None), "委": ("department", None)}


def from_prose(organ: Organ, text: str | None) -> Organ:
    """`organ` completed from the prose's self-references when its name does not tell its kind: the word
    used most (at least twice, or once in the opening) decides, and `said` records it."""
    if organ.kind is not None and (organ.county_or_below or organ.kind == "government") or not text:
        return organ
    head = text[:6000]
    if organ.new_area:
        organ = _new_area(organ, head)
        if organ.kind is not None or organ.zone:
            return organ
    words = [m.group(1) for m in _SELF.finditer(head)]
    if not words:
        return _own_area(organ, head)
    word = max(set(words), key=words.count)
    if words.count(word) < 2 and head.find("我" + word) > 600 and head.find("本" + word) > 600:
        return organ
    kind, level = _SELF_KIND[word]
    if organ.kind is not None and kind != "township":
        return organ  # 我局 adds nothing to a named department
    said = next(m.group(0) for m in _SELF.finditer(head) if m.group(1) == word)
    return Organ(organ.name, kind, level, kind == "township" or organ.county_or_below, organ.system, said, organ.zone,
                 organ.serves)


def _new_area(organ: Organ, head: str) -> Organ:
    """A 新区 named bare, as the page names it elsewhere: a zone where it prints the 新区's 管委会 (长春新区管委会) or gives it
    a zone's name beside it in brackets ('国家东中西区域合作示范区(连云港徐圩新区)'), a district's government where it
    prints the 新区's 人民政府 (浦东新区人民政府); unknown (no deadline of its own) when it says neither or both."""
    core = re.escape(organ.name[-4:])  # the 新区's own name (徐圩新区), with or without its city before it
    zone = re.search(core + _COMMITTEE + "|" + _ZONE_WORDS + r"[(（][^()（）]{0,10}?" + core + r"[)）]|"
                     + core + r"[(（][^()（）]{0,30}?" + _ZONE_WORDS + r"[)）]", head)
    government = re.search(core + r"人民政府", head)
    if bool(zone) == bool(government):
        return organ
    if zone:
        return replace(organ, zone=True, new_area=False)
    return replace(organ, kind="government", new_area=False)


# a page that names no publisher and calls itself only by its area (我区, 本县): that area is its own, so its
# 全区 / 全县 figures are the report's (a 高新区's '向市政府门户网站报送我区政务信息…全区共收到…申请454件')
def _own_area(organ: Organ, head: str) -> Organ:
    """`organ` with the level of the area an unnamed page calls itself by (used the same way as from_prose's
    words: at least twice, or once in the opening); its kind stays unknown, and nothing is said of it."""
    if organ.name is not None or organ.level is not None:
        return organ
    areas = [m.group(1) for m in OWN_AREA.finditer(head)]
    if not areas or len(set(areas)) > 1:
        return organ
    area = areas[0]
    if len(areas) < 2 and head.find("我" + area) > 600 and head.find("本" + area) > 600:
        return organ
    return Organ(None, None, area, organ.county_or_below, organ.system, None, organ.zone)
