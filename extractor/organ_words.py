"""What an organ's name is: the words a name of a publishing body ends with, the words that look like one but
name none (the report's word for itself, a kind of place, a Party body), and the judgement `is_organ`."""
from __future__ import annotations

import re

from .chrome import BULLETS
from .normalize import SPAM_HINT

CJK = r"[\u4e00-\u9fff]"
# what an organ's name ends with: a kind of body, or the territory a government covers (兴和县, 北海市, 武湖街)
# a school publishes under the 条例 too (第五十五条): 安徽省涡阳第三中学, 怀远二中 (a numbered 中 is a 中学)
_SCHOOL_END = ("中学", "小学", "学校", "大学", "幼儿园") + tuple(f"{n}中" for n in "一二三四五六七八九十")
# public bodies that publish on the template too: a state farm, orchard or forest (奉新县东风垦殖场, 芳草湖农场, 德安县园艺场), an archive, a
# library or a memorial hall (武汉市硚口区档案馆) — never a bare 场 or 馆 (市场, 广场, 宾馆)
PUBLIC_BODY_END = ("垦殖场", "农场", "林场", "园艺场", "茶场", "牧场", "档案馆", "图书馆", "纪念馆", "博物馆")
# a supply and marketing cooperative publishes as a public body ('中山市供销合作联社', '区供销合作社', short 供销社); a
# government's 研究室 (孝感市政府研究室) is one of its bodies (_BODY_END)
COOPERATIVE_END = ("供销合作社", "供销合作联社", "供销社", "供销联社")
# a people's organisation publishing on the template by its short name (雨山区残联, 县科协); a customs office (重庆海关)
SHORT_BODY_END = ("残联", "科协", "海关")
# the bodies besides governments and their departments that publish on the template (one list for every reader of an
# organ's end: _BODY_END here, organ_office's heads of an office)
PUBLIC_ENDS = PUBLIC_BODY_END + COOPERATIVE_END + SHORT_BODY_END
_BODY_END = ("人民政府办公室", "办公室", "人民政府", "委员会", "办事处", "街道", "局", "委", "厅", "署", "院",
             "中心", "镇", "乡", "苏木", "办", "政府", "所", "队", "处", "会", "分局", "管委会", "公司", "研究室") + (
    _SCHOOL_END + PUBLIC_ENDS)
# the levels of an area above a township (a government's 省, 市, 区…): a territory's name ends with one, or with 街
ABOVE_TOWNSHIP = ("省", "市", "区", "县", "州", "旗", "盟")
TERRITORY_END = (*ABOVE_TOWNSHIP, "街")


def short_government(name: str) -> str:
    """A name with 人民政府 said as 政府 ('台州市人民政府办公室' → '台州市政府办公室'): the form two spellings of one
    government's name (or its office's) are compared in."""
    return name.replace("人民政府", "政府")


# a page's word for its own area (我区, 本县) as a sentence's subject, never of a body or person of it (我区委, 本市长)
OWN_AREA = re.compile(r"[我本]([县区市旗])(?!委|政府|人民政府|长|领导)")
LEVELS = set(ABOVE_TOWNSHIP) | set("乡镇街")
TOWNSHIP_END = ("镇", "乡", "苏木", "街道")  # what a township's place name ends with (苏木: 内蒙古's township)
_PLACE_BODIES = (*TOWNSHIP_END, "办事处")
# words of a body's kind or field that hold a level's character but name no place (县住房和城乡建设局, 市城市管理局,
# 区乡村振兴局, 县市场监督管理局, 乡镇企业局): the 乡 of 城乡 is no township
LEVEL_IN_WORD = ("城乡", "乡村", "城市", "乡镇", "市场", "市政", "市民", "区域", "县域", "市域", "社区", "小区", "辖区", "片区",
                 "县区", "市县", "省市")
# kinds of area named after a place (株洲高新区, 天府新区, 额济纳旗…): a place when a name is printed before them
AREA_KINDS = ("经济技术开发区", "高新技术产业开发区", "开发区", "高新区", "经开区", "新区", "园区", "景区", "自治区", "自治州",
              "自治县", "自治旗", "地区")
# what a government's name has before 政府: the place it governs (a level word) or 人民 (省 … 镇, 街 as in 武湖街)
_GOVERNED = tuple(LEVELS) + ("人民", "苏木", "自治州", "开发区", "新区", "管理区")
ORGAN_END = _BODY_END + TERRITORY_END
# words that end like a name but name no organ: the report's word for itself or a kind of place; a site's greeting
# banner ('欢迎光临海南省工业和信息化厅', '欢迎访问…'); a site's breadcrumb ('您当前所在的位置: 首页 > …': 您当前所 is no 所)
_NOT_A_NAME_START = ("我", "本", "该", "全", "各", "辖", "为", "以及", "以上", "结合", "按照", "根据", "关于", "通过", "特将",
                     "欢迎", "您")
# places whose names begin with such a word (本溪市, 本溪满族自治县, 全椒县, 全南县; 全州 only as 全州县: '全州公安机关'
# is a prefecture's "whole prefecture")
_PLACES_LIKE_WORDS = ("本溪", "全椒", "全州县", "全南")
_KIND_WORDS = {"社区", "小区", "园区", "景区", "城区", "市区", "片区", "辖区", "新区", "自治区", "开发区", "高新区", "经开区",
               "县区", "地区", "省市", "市县",
               # an office with no owner, as a bare 办公室 (ORGAN_END): a mirror's spam took the name ('美高梅娛樂城办公厅')
               "办公厅",
               # a zone's kind alone ('2021年,保税区在市政务公开办的领导下…'): whose zone, the page does not say
               "保税区", "综合保税区", "综保区", "自贸区", "度假区", "风景区", "管理区", "工业园区", "示范区", "试验区"}
# a name never holds the report's word for itself or a scope (为加强全局…, 特将本年度我处…, 增强了我中心…; an institute's,
# a hall's or a station's: '目前我所信息公开工作…', 我院, 本厅, 我站; never the 全 of 安全: 国家安全局, 安全站)
_SELF_OR_SCOPE = re.compile(r"(?<!安)[我本全各该](?:局|处|委|办|县|区|市|镇|乡|街|省|单位|部门|年|中心|所|院|厅|站)")


# the State Council's ministries named 部 (国务院组成部门, as named since the 2018 reform) publish under the 条例 as
# any organ does ('自然资源部2024年政府信息公开工作报告'); every other 部 ending a name is a Party's (县委宣传部),
# the army's (人民武装部), a company's or an organ's own unit (…街道办事处综合事务部): a closed list, not a name's end
MINISTRIES = frozenset(("外交部", "国防部", "教育部", "科学技术部", "工业和信息化部", "公安部", "国家安全部", "民政部", "司法部",
                        "财政部", "人力资源和社会保障部", "自然资源部", "生态环境部", "住房和城乡建设部", "交通运输部", "水利部",
                        "农业农村部", "商务部", "文化和旅游部", "退役军人事务部", "应急管理部"))
_STATE = "中华人民共和国"  # a ministry's full name: 中华人民共和国自然资源部

# a Party body is never the organ that publishes under the 条例 (开发区党工委, 局党组, 镇党委)
_PARTY_BODY = ("党工委", "党委", "党组", "党支部", "党总支")
# (or a Party committee named whole: '请联系中共闵行区马桥镇委员会党政办公室' beside '由…马桥镇人民政府编制')
_PARTY_NAMED = ("中共", "中国共产党")
# an office named by its kind alone, whose it is unsaid ('请与党政综合办公室联系'): a unit of the organ, never the organ
OWN_OFFICE = r"(?:党政|综合|党政综合)(?:办公室|办)"
# what runs a zone (开发区, 高新区, 新区…), its name short or full: 高新区管委会, …开发区管理委员会
ZONE_COMMITTEE = r"(?:管委会|管理委员会)"
_BARE_UNIT = re.compile(OWN_OFFICE)
# a township's own office ('…厚桥街道党政办公室'; group 1 the township): the office too is the township's, never an
# organ of its own
TOWNSHIP_OFFICE = re.compile(r"(" + CJK + r"{2,30}?(?:街道|镇|乡|苏木|办事处)(?:人民政府)?)" + OWN_OFFICE)
_LATIN = re.compile(r"[A-Za-z_]")  # a mirror's brand or a file name, never part of an organ's name
# a field's colon, a table's bar or a list bullet is never inside a printed name ('• 发布单位:黑龙江省生态环境厅', a
# menu's '- 国家药品监督管理局')
_NOT_IN_NAME = re.compile(r"[:：|｜" + BULLETS + r"]|^[-－–—][ \t\u3000]")


_ALIAS = re.compile(r"[(（][^()（）]{1,30}[)）]$")  # a second name in brackets after the first: …中心(市妇幼保健院)


def split_alias(name: str) -> tuple[str, str | None]:
    """A name and the second name in brackets after it ('黔东南州人民政府(州政府办公室)' → 黔东南州人民政府, 州政府办公室):
    one body under two names; (name, None) when it has none."""
    alias = _ALIAS.search(name) if len(name) <= 40 else None
    if alias is None:
        return name, None
    return name[: alias.start()], alias.group(0)[1:-1]


def is_organ(name: str | None) -> bool:
    first, alias = split_alias(name) if name else (name, None)
    if alias is not None and not _LATIN.search(name) and not _NOT_IN_NAME.search(name):  # judged by either form: 高新区(新市区) is 新市区's government
        return is_organ(first) or is_organ(alias)
    if (not name or not 2 <= len(name) <= 40 or name in ORGAN_END or name in _KIND_WORDS
            or (name.startswith(_NOT_A_NAME_START) and not name.startswith(_PLACES_LIKE_WORDS)) or _SELF_OR_SCOPE.search(name) or _LATIN.search(name) or _NOT_IN_NAME.search(name)
            or SPAM_HINT.search(name)  # a betting mirror's words ('请联系:澳門賭場办公室')
            # an organ's 政府信息公开办公室 / 领导小组, its 政务公开办公室 / 政务公开工作领导小组办公室, is an office inside
            # it, not the organ ('请与泾县政务公开办公室联系', '由南宁市良庆区政务公开工作领导小组办公室编制')
            or "信息公开" in name or "政务公开" in name or _BARE_UNIT.fullmatch(name)
            or name.endswith(_PARTY_BODY) or name.startswith(_PARTY_NAMED)):  # '开发区党工委高度重视…': the Party's committee leads, the organ reports
        return False
    if name.removeprefix(_STATE) in MINISTRIES:
        return True
    if name.endswith(_BODY_END):
        # a body needs whose it is before it: a place or department name, or a bare level (县政府, 区局) —
        # not one function word (因政府信息公开工作申请行政复议…, 对局…)
        body = max((e for e in _BODY_END if name.endswith(e)), key=len)
        owner = name[: -len(body)]
        if body == "政府" and not owner.endswith(_GOVERNED):
            return False  # a government governs a place: 县政府, 镇政府 — '怀远二中政府' is a school's 政府信息公开办公室 cut
        return len(owner) != 1 or owner in LEVELS or body in _PLACE_BODIES  # 螅镇: a one-character place
    # a bare territory needs a place name before its level word: 兴和县, not 全县 or 社区
    # (a customs district, 重庆海关关区, is the area a 海关 oversees, not an organ)
    return name.endswith(TERRITORY_END) and len(name) >= 3 and not name.endswith("关区")
