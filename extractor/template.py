"""The national template, declared once, as data.

Everything that knows a row, a column, a label, a section heading or an arithmetic identity reads it
from here: the parsers, the pydantic models, the audit rules, the LLM prompts and the exporters.
This module imports nothing of the project but the shapes its data is declared in (template_shapes.py).

Sources: ../shared/spec/FORMAT.md §2–§8 and SCHEMA.md.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from .template_shapes import Block, Column, Row, Section, Table, TableLayout

LAYOUTS = ("2019", "2021")
# the first year reported on in these six sections and three tables (国办公开办函〔2019〕60号): a report on
# 2008–2018 follows the format of its time (概述, 收费及减免, no tables)
FIRST_YEAR = 2019


def layout_for_year(year: int) -> str:
    """The layout a report on `year` must use: the 2019 试行 tables through 2020, the 2021 tables after."""
    return "2019" if year <= 2020 else "2021"


def likely_layout(year: int | None) -> str:
    """The layout to read a table in when its own text does not tell: the year's, else the current one."""
    return layout_for_year(year) if year is not None else "2021"

# Spellings that mean the same in a label (match keys, after traditional → simplified): folded to the
# right-hand side before labels are compared. 档案 and 许可证 are what traditional-script converters
# write for 文件 and 许可 (規範性檔案, 行政許可證).
LABEL_SYNONYMS: tuple[tuple[str, str], ...] = (
    ("其它", "其他"), ("合计", "总计"), ("档案", "文件"), ("许可证", "许可"), ("情形", "情况"),
)


@dataclass(frozen=True)
class Identity:
    """sum(lhs) == sum(rhs) over cell keys; the arithmetic the template itself states."""

    rule: str
    table: str
    lhs: tuple[str, ...]
    rhs: tuple[str, ...]
    where: str  # which column / row / group it is about, for messages
    layouts: tuple[str, ...] = LAYOUTS


# ---------------------------------------------------------------------------------------------- sections

# the numeral, if any ("一、" loses its 、 in the match key); some reports number their sections 1、 to 6、
_N = "[一二三四五六七1-7]?"
# a few words in place of 政府信息公开, under the section's own numeral only: a mirror site swaps a phrase for
# its advertising ("三、收到和处理飞禽走兽老虎机申请情况"), or a heading drops it ("四、行政复议、行政诉讼情况")
_ANY = r"\S{0,8}?"
# the year the overview reports on, said before its words: '一、本年度政府信息公开工作总体情况', '一、2022年度…总体情况'
_THIS_YEAR = r"(本年度|\d{4}年度?)?"
# what the overview reports on, if it says: 政府信息公开, or 政务公开 ('一、2023年政务公开总体情况'), or the whole body's
# 信息公开 ('一、全局信息公开总体情况')
_SUBJECT = r"(政府信息公开|政务公开|全[局委办区县市镇乡]信息公开)?"
# 统计 before 情况 is the table's word ("二、主动公开政府信息统计情况", held-out 2917), not a different heading.
SECTIONS: tuple[Section, ...] = (
    Section("overview", "一", "一、总体情况", (rf"^{_N}{_THIS_YEAR}{_SUBJECT}(工作)?(的)?((开展)?总体(公开|工作)?情况(说明)?|工作概况|(总体|总结|(主要)?工作)?[概综]述|总体概况|基本(情况(概述)?|概况)|概况)$",)),
    Section("active_disclosure", "二", "二、主动公开政府信息情况",
            (rf"^{_N}(行政机关)?主动公开政府信息(的)?(工作)?(情况|统计(情况)?)$", rf"^{_N}政府信息主动公开(工作)?情况$")),
    Section("applications", "三", "三、收到和处理政府信息公开申请情况",
            (rf"^{_N}(行政机关)?收到和处理政府信息公开(的)?申请(的)?(情况|统计(情况)?)$", rf"^{_N}依申请公开政府信息(的)?情况$",
             rf"^{_N}政府信息公开申请(的)?(收到和)?(处理|办理)情况$", rf"^[三3]收到和处理{_ANY}申请(的)?情况$")),
    Section("review_litigation", "四", "四、政府信息公开行政复议、行政诉讼情况",
            (rf"^{_N}(因)?政府信息公开(工作)?(被申请|申请)?行政复议(和|或|及)?(提起)?(行政)?诉讼(的)?(情况|统计(情况)?)$",
             rf"^[四4]{_ANY}行政复议(和|或|及)?(提起)?行政诉讼(的)?情况$",
             # the old outline's words, under any numeral ('三、申请行政复议和提起行政诉讼情况', held-out 3178; 中国科学院's
             # institutes without 政府: '五、因信息公开申请行政复议、提起行政诉讼的情况'; the 2008 form's 申诉 beside them:
             # '四、申请行政复议、提起行政诉讼和申诉的情况', held-out 4331)
             rf"^{_N}(因(政府)?信息公开)?申请行政复议(、|和|或|及)?提起行政诉讼(和申诉|及申诉|、申诉)?(的)?情况$")),
    Section("problems", "五", "五、存在的主要问题及改进情况",
            (rf"^{_N}(政府信息公开(工作)?)?(存在(的)?)?(主要)?问题(及|和|与)(其)?((改进|整改)(情况|措施|方向)?|(明年|下一步|今后)(工作)?(计划|打算))$",)),
    Section("other_matters", "六", "六、其他需要报告的事项",
            # (said with 说明, or with the appendix it ends with: '六、需要说明的其他事项与附表', '六、其他需要说明的事项',
            # '六、其他需说明事项')
            (rf"^{_N}其[他它](需要|需|要|应当)?(报告|说明)(的)?事项((与|及|和)附表)?$",
             rf"^{_N}(需要|应当)(报告|说明)的其[他它]事项((与|及|和)附表)?$", rf"^{_N}其[他它]事项$")),
)
# Short headings taken for a section only where the text has no heading of that section in a form above:
# "一、主动公开情况" heads section 二 of a report that dropped or renamed 总体情况, but an overview may number its
# own parts the same way ("三、主动公开工作情况" above "一、主动公开政府信息情况"). Numbered only: under 总体情况,
# "(一)主动公开情况" is a sub-heading.
# The same holds for the words of reports on an outline of their own (中国科学院's institutes: '二、主动公开信息情况',
# '三、依申请公开信息情况', '四、下一步改进措施'; 2008-format reports: '三、依申请公开情况', '三、政府信息依申请公开办理情况'),
# and for an overview headed by what it reports on ('一、政府信息公开工作情况').
# the 2008 format's pair: what was disclosed on request and what was not ('…情况和不予公开政府信息情况')
_NOT_DISCLOSED = r"(和|及|与)不予公开(政府)?信息(的)?情况"
SECTION_FALLBACKS = {
    "overview": (r"^一政府信息公开工作(开展)?情况$",),
    # ('二、主动公开信息', 情况 left out; the 2008 format's '三、依申请公开政府信息情况和不予公开政府信息情况')
    "active_disclosure": (r"^[一二三四五六七1-7]主动公开((政府)?(信息)?(工作)?情况|(政府)?信息)$",),
    # (the 2008 pair's first 情况 may go: '二、依申请公开信息和不予公开信息的情况')
    "applications": (rf"^[一二三四五六七1-7](政府信息)?依申请公开(政府)?(信息)?((工作|办理)?情况({_NOT_DISCLOSED})?|{_NOT_DISCLOSED})$",),
    # what comes next in any of its words: '下一步改进措施', '…及下一步计划', '…和下一步工作安排'
    "problems": (r"^[一二三四五六七1-7]下一步(工作)?(改进措施|打算|计划|安排|思路)$",
                 r"^[一二三四五六七1-7](工作中)?存在(的)?(主要)?(问题|不足)(和|及|与)(下一步)?(工作)?(打算|改进措施|计划|安排|思路)$"),
}
# The parts 总体情况 reports on (FORMAT.md §2), which an overview may number like sections ('四、政府信息公开平台建设'):
# a heading cut by a copy's end is a section's only where its words begin none of these.
OVERVIEW_PARTS = ("主动公开", "依申请公开", "政府信息管理", "政府信息公开平台建设", "监督保障")
# The words that name each section wherever it is mentioned (a heading, a page's menu, an outline), as a
# regular expression searched in text without whitespace: enough to tell a report's body from page chrome.
SECTION_WORDS = {
    "overview": r"总体情况|工作概况|基本情况|总体概况|基本概况",
    "active_disclosure": r"主动公开政府信息",
    "applications": r"收到和处理政府信息公开申请|政府信息公开申请情况",
    "review_litigation": r"行政复议",
    "problems": r"存在的?主要问题|存在问题|问题及改进|问题和改进",
    "other_matters": r"其[他它]需要?(?:报告|说明)|需要?(?:报告|说明)的其[他它]事项",
}

# a later section's heading in the report's own words, under its own numeral and in its place: the problems with what is
# to improve ('五、现存短板与2026年提升计划'), other matters ('六、其他需说明事项'); a 五 naming problems alone ('五、回应群众关切
# 问题情况') is no such heading
HEADING_IN_OWN_WORDS = {"problems": r"(?:问题|不足|短板).*?(?:改进|整改|措施|计划|提升|打算|方向)",
                        "other_matters": r"其[他它]"}

# The words that name each section in the outline a preamble announces, which shortens a section's name ('概述',
# '依申请公开情况', '行政复议、诉讼和申诉'): each is known by a word no other part of an outline has (read by outline.py).
OUTLINE_WORDS = {
    "overview": r"总体|[概综]述|概况|基本情况",
    # (or what it discloses between: '主动政务信息公开情况', '主动政府信息公开情况')
    "active_disclosure": r"主动(?:政务信息|政府信息|信息)?公开",
    # '政府信息公开申请情况', '…申请公开情况', '政府信息公开申请接收与办理情况' ('依申请行政复议' names section 四's cases)
    "applications": r"依申请(?!(?:行政)?(?:复议|诉讼))|收到和处理|(?:公开申请|申请公开)的?(?:情况|办理|处理|接收|受理)",
    "review_litigation": r"复议|诉讼",
    "problems": r"问题|不足|短板|改进|整改",
    # (or by what it reports, where a copy garbles 其他: '…改情况,其进他需要报告的事项')
    "other_matters": r"其[他它]|需要报告",
}

# ---------------------------------------------------------------------------------------------- table 二

def _cols(*spec: tuple) -> tuple[Column, ...]:
    return tuple(Column(*s) for s in spec)


_AD_2021_COLS_1 = _cols(("issued", "本年制发件数", ("本年发件数", "本年新制发数", "本年发件", "本年制发")),
                        ("repealed", "本年废止件数", ("本年废止",)),
                        ("in_force", "现行有效件数", ("现行有效件", "现行有效件数(历史累计)", "现行有效")))
_AD_2019_COLS_1 = _cols(("made", "本年新制作数量"), ("published", "本年新公开数量"),
                        ("total", "对外公开总数量"))
_DECISIONS = _cols(("decisions", "本年处理决定数量"))
# (an edited header drops the year: '项目数量 | 处理决定数量')
_AD_2019_ITEMS = _cols(("previous", "上一年项目数量", ("项目数量",)), ("change", "本年增/减", ("本年增/", "本年增减"), "signed"),
                       ("decisions", "处理决定数量"))

_REGS = Row("regulations", "规章")
_NORM_2021 = Row("normative_documents", "行政规范性文件", ("规范性文件",))
_NORM_2019 = Row("normative_documents", "规范性文件", ("行政规范性文件",))

ACTIVE_DISCLOSURE = Table(
    key="active_disclosure",
    section="active_disclosure",
    title="二、主动公开政府信息情况",
    header_labels=("信息内容",),
    anchors=("第二十条第（一）项",),
    layouts={
        "2021": TableLayout("2021", (
            Block("item1", "第二十条第（一）项", _AD_2021_COLS_1, (_REGS, _NORM_2021)),
            Block("item5", "第二十条第（五）项", _DECISIONS, (Row("licensing", "行政许可"),)),
            Block("item6", "第二十条第（六）项", _DECISIONS,
                  (Row("punishment", "行政处罚"), Row("coercion", "行政强制"))),
            Block("item8", "第二十条第（八）项",
                  _cols(("amount", "本年收费金额（单位：万元）", ("本年收费金额",), "money", "万元")),
                  (Row("fees", "行政事业性收费"),)),
        )),
        "2019": TableLayout("2019", (
            Block("item1", "第二十条第（一）项", _AD_2019_COLS_1, (_REGS, _NORM_2019)),
            Block("item5", "第二十条第（五）项", _AD_2019_ITEMS,
                  (Row("licensing", "行政许可"), Row("other_services", "其他对外管理服务事项"))),
            Block("item6", "第二十条第（六）项", _AD_2019_ITEMS,
                  (Row("punishment", "行政处罚"), Row("coercion", "行政强制"))),
            Block("item8", "第二十条第（八）项", _AD_2019_ITEMS[:2], (Row("fees", "行政事业性收费"),)),
            Block("item9", "第二十条第（九）项",
                  _cols(("items", "采购项目数量"), ("amount", "采购总金额", (), "money", None)),
                  (Row("procurement", "政府集中采购"),)),
        )),
    },
    # FORMAT.md §7: labels that give the layout away
    fingerprints={
        "2019": ("本年新制作数量", "对外公开总数量", "上一年项目数量", "本年增/减", "其他对外管理服务事项",
                 "第二十条第（九）项", "政府集中采购", "本年新公开数量"),
        "2021": ("本年制发件数", "本年废止件数", "现行有效件数", "行政规范性文件", "本年收费金额（单位：万元）",
                 "本年处理决定数量"),
    },
)

# ---------------------------------------------------------------------------------------------- table 三

APPLICANT_COLUMNS = _cols(
    ("natural_person", "自然人", ("自然人",)),
    ("commercial", "商业企业"),
    ("research", "科研机构"),
    ("social_welfare", "社会公益组织"),
    ("legal_service", "法律服务机构"),
    ("other_org", "其他"),
    ("total", "总计"),
)
APPLICANTS = tuple(c.key for c in APPLICANT_COLUMNS[:-1])

# the headings printed above groups of result rows in table 三
_GROUP_DENIED, _GROUP_UNABLE = "（三）不予公开", "（四）无法提供"
_GROUP_NOT_PROCESSED, _GROUP_OTHER = "（五）不予处理", "（六）其他处理"
_APP_HEAD = (
    Row("new_received", "一、本年新收政府信息公开申请数量"),
    Row("carried_over", "二、上年结转政府信息公开申请数量"),
    # HTML/DOCX copies merge the rowspan label of the result rows into the first of them
    Row("granted", "（一）予以公开", ("三、本年度办理结果（一）予以公开",)),
    Row("partially_granted", "（二）部分公开（区分处理的，只计这一情形，不计其他情形）",
        ("（二）部分公开（区分处理的，只计这一情况，不计其他情形）", "（二）部分公开"), note="区分处理的，只计这一情形，不计其他情形"),
    Row("denied.state_secret", "1.属于国家秘密", group=_GROUP_DENIED),
    Row("denied.prohibited_by_law", "2.其他法律行政法规禁止公开", ("2.其他法律行政止公开",), group=_GROUP_DENIED),
    Row("denied.safety_stability", "3.危及“三安全一稳定”", group=_GROUP_DENIED),
    Row("denied.third_party_rights", "4.保护第三方合法权益", group=_GROUP_DENIED),
    Row("denied.internal_affairs", "5.属于三类内部事务信息", ("5.属于三类内容事务信息",), group=_GROUP_DENIED),
    Row("denied.process_info", "6.属于四类过程性信息", group=_GROUP_DENIED),
    Row("denied.enforcement_files", "7.属于行政执法案卷", group=_GROUP_DENIED),
    Row("denied.query_matters", "8.属于行政查询事项", group=_GROUP_DENIED),
    Row("unable.not_held", "1.本机关不掌握相关政府信息", group=_GROUP_UNABLE),
    Row("unable.needs_creation", "2.没有现成信息需要另行制作", group=_GROUP_UNABLE),
    Row("unable.unclear_after_correction", "3.补正后申请内容仍不明确", group=_GROUP_UNABLE),
    Row("not_processed.complaint", "1.信访举报投诉类申请", group=_GROUP_NOT_PROCESSED),
    Row("not_processed.duplicate", "2.重复申请", group=_GROUP_NOT_PROCESSED),
    Row("not_processed.publication", "3.要求提供公开出版物", group=_GROUP_NOT_PROCESSED),
    Row("not_processed.excessive", "4.无正当理由大量反复申请", group=_GROUP_NOT_PROCESSED),
    Row("not_processed.confirmation", "5.要求行政机关确认或重新出具已获取信息", group=_GROUP_NOT_PROCESSED),
)
_APP_TAIL = (
    Row("results_total", "（七）总计"),
    Row("carried_forward", "四、结转下年度继续办理"),
)
OTHER_SINGLE = Row("other", "（六）其他处理")
OTHER_SUBROWS = (
    Row("other.overdue_correction", "1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请",
        ("1.申请人无正当理由逾期不补正，行政机关不再处理其政府信息公开申请",), group=_GROUP_OTHER),
    Row("other.overdue_fee", "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请",
        ("2.申请人逾期未按收费通知要求缴纳费用，行政机关不再处理其政府信息公开申请",
         "2.申请人逾期未按照收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请"), group=_GROUP_OTHER),
    Row("other.misc", "3.其他", group=_GROUP_OTHER),
)
RESULT_ROWS_2019 = tuple(r.key for r in _APP_HEAD[2:]) + ("other",)
RESULT_ROWS_2021 = tuple(r.key for r in _APP_HEAD[2:]) + tuple(r.key for r in OTHER_SUBROWS)
# the six result groups (予以公开 … 其他处理), and those whose reasons are rows of their own in both layouts
RESULT_GROUPS = tuple(dict.fromkeys(k.split(".")[0] for k in RESULT_ROWS_2019))
REASON_GROUPS = tuple(dict.fromkeys(k.split(".")[0] for k in RESULT_ROWS_2019 if "." in k))

APPLICATIONS = Table(
    key="applications",
    section="applications",
    title="三、收到和处理政府信息公开申请情况",
    header_labels=("（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）", "申请人情况",
                   "法人或其他组织", "三、本年度办理结果", "本年度办理结果",
                   _GROUP_DENIED, _GROUP_UNABLE, _GROUP_NOT_PROCESSED, _GROUP_OTHER),
    layouts={
        "2019": TableLayout("2019", (Block("body", "三、收到和处理政府信息公开申请情况", APPLICANT_COLUMNS,
                                           _APP_HEAD + (OTHER_SINGLE,) + _APP_TAIL),)),
        "2021": TableLayout("2021", (Block("body", "三、收到和处理政府信息公开申请情况", APPLICANT_COLUMNS,
                                           _APP_HEAD + OTHER_SUBROWS + _APP_TAIL),)),
    },
    fingerprints={"2019": (), "2021": ("逾期未按收费通知要求缴纳费用",)},
    single_row_variant=OTHER_SINGLE,
    anchors=("（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）", "一、本年新收政府信息公开申请数量"),
)

# ---------------------------------------------------------------------------------------------- table 四

OUTCOME_COLUMNS = _cols(("upheld", "结果维持"), ("corrected", "结果纠正"), ("other", "其他结果"),
                        ("pending", "尚未审结"), ("total", "总计"))
OUTCOMES = tuple(c.key for c in OUTCOME_COLUMNS if c.key != "total")
_RL_BLOCK = Block("body", "四、政府信息公开行政复议、行政诉讼情况", OUTCOME_COLUMNS, (
    Row("review", "行政复议"),
    Row("litigation_direct", "未经复议直接起诉"),
    Row("litigation_after_review", "复议后起诉"),
), single_line=True)
REVIEW_LITIGATION = Table(
    key="review_litigation",
    section="review_litigation",
    title="四、政府信息公开行政复议、行政诉讼情况",
    header_labels=("行政诉讼",),
    layouts={"2019": TableLayout("2019", (_RL_BLOCK,)), "2021": TableLayout("2021", (_RL_BLOCK,))},
)

TABLES: dict[str, Table] = {t.key: t for t in (ACTIVE_DISCLOSURE, APPLICATIONS, REVIEW_LITIGATION)}


# ---------------------------------------------------------------------------------------------- identities

def _app(row: str, col: str) -> str:
    return f"applications.{row}.{col}"


@lru_cache(maxsize=None)
def identities(layout: str, other_single_row: bool | None = None) -> tuple[Identity, ...]:
    """The hard arithmetic of FORMAT.md §8 (H1–H4) for one layout.

    `other_single_row` overrides how （六）其他处理 is printed (a 2021 report may keep one row).
    """
    other_single_row = layout == "2019" if other_single_row is None else other_single_row
    results = RESULT_ROWS_2019 if other_single_row else RESULT_ROWS_2021
    rows = [r.key for r in _APP_HEAD] + (["other"] if other_single_row else [r.key for r in OTHER_SUBROWS]) + \
           [r.key for r in _APP_TAIL]
    out: list[Identity] = []
    for c in APPLICANT_COLUMNS:
        out.append(Identity("applications.column_balance", "applications",
                            (_app("new_received", c.key), _app("carried_over", c.key)),
                            (_app("results_total", c.key), _app("carried_forward", c.key)), c.key))
    for c in APPLICANT_COLUMNS:
        out.append(Identity("applications.results_total", "applications",
                            (_app("results_total", c.key),), tuple(_app(r, c.key) for r in results), c.key))
    for r in rows:
        out.append(Identity("applications.row_total", "applications",
                            (_app(r, "total"),), tuple(_app(r, a) for a in APPLICANTS), r))
    for g in _RL_BLOCK.rows:
        out.append(Identity("review_litigation.group_total", "review_litigation",
                            (f"review_litigation.{g.key}.total",),
                            tuple(f"review_litigation.{g.key}.{c.key}" for c in OUTCOME_COLUMNS[:-1]), g.key))
    return tuple(out)


# ---------------------------------------------------------------------------------------------- lookups

@lru_cache(maxsize=None)
def cell_index() -> dict[str, tuple[Table, str, Row, Column]]:
    """Every canonical cell key of every layout → (table, layout, row, column)."""
    out: dict[str, tuple[Table, str, Row, Column]] = {}
    for t in TABLES.values():
        for name, lay in t.layouts.items():
            for key, row, col in lay.cells():
                out.setdefault(f"{t.key}.{key}", (t, name, row, col))
        home = t.single_row_home()
        if home is not None:  # a 2021 report may print （六） as one row
            name, block = home
            for col in block.columns:
                out.setdefault(f"{t.key}.{t.single_row_variant.key}.{col.key}", (t, name, t.single_row_variant, col))
    return out


@lru_cache(maxsize=None)
def _layout_index(layout: str) -> dict[str, tuple[Table, str, Row, Column]]:
    out: dict[str, tuple[Table, str, Row, Column]] = {}
    for t in TABLES.values():
        for key, row, col in t.layouts[layout].cells():
            out[f"{t.key}.{key}"] = (t, layout, row, col)
    return out


def lookup(key: str, layout: str | None = None) -> tuple[Table, str, Row, Column] | None:
    """(table, layout, row, column) of a canonical cell key, in the given layout where the two
    templates word the same cell differently; None for a key the template does not have."""
    hit = _layout_index(layout).get(key) if layout in LAYOUTS else None
    return hit or cell_index().get(key)


@lru_cache(maxsize=4096)  # messages and pages name the same few hundred cells over and over
def cell_label(key: str, layout: str | None = None) -> str:
    """Chinese row/column label of a cell key, for messages: '（七）总计 / 自然人'. Give the layout where
    the two templates word the same cell differently (处理决定数量 vs 本年处理决定数量)."""
    hit = lookup(key, layout)
    if hit is None:
        return key
    _, _, row, col = hit
    row_label = f"{row.group}{row.short}" if row.group else row.short
    if hit[0] is REVIEW_LITIGATION:
        return f"{row.label}·{col.label}"
    return f"{row_label} / {col.label}"


def rows_as_printed(table: str, layout: str, other_single_row: bool = False,
                    block_layouts: dict[str, str] | None = None) -> list[tuple[Row, Block]]:
    """(row, block) of a table in template order, with （六）其他处理 as the report prints it (a 2021
    report may keep the single 2019 row) and each block in the layout its own headers show (a 2021
    table whose 第二十条第（一）项 keeps the 2019 columns)."""
    out: list[tuple[Row, Block]] = []
    for block in TABLES[table].layouts[layout].blocks:
        own = (block_layouts or {}).get(block.key)
        if own is not None:
            block = TABLES[table].layouts[own].block(block.key)
        for row in block.rows:
            single = TABLES[table].single_row_variant
            if other_single_row and single is not None and row.key.startswith(single.key + "."):
                if not any(r.key == single.key for r, _ in out):
                    out.append((single, block))
                continue
            out.append((row, block))
    return out


def layout_cells(table: str, layout: str, other_single_row: bool = False,
                 block_layouts: dict[str, str] | None = None) -> list[str]:
    """All canonical cell keys of a table in a layout (with （六） and each block as printed)."""
    return list(_layout_cells(table, layout, bool(other_single_row), tuple(sorted((block_layouts or {}).items()))))


@lru_cache(maxsize=None)  # a handful of shapes, asked for by every report's extraction and audit
def _layout_cells(table: str, layout: str, other_single_row: bool,
                  block_layouts: tuple[tuple[str, str], ...]) -> tuple[str, ...]:
    return tuple(f"{table}.{row.key}.{col.key}"
                 for row, block in rows_as_printed(table, layout, other_single_row, dict(block_layouts))
                 for col in block.columns)
