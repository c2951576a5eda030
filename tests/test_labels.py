"""The label matcher on printed labels of real reports: printed label → template row (and how), and the
near misses that must stay unmatched.

Sources of the printed labels: the eval set's documents (file named), ../shared/spec/FORMAT.md §10, and
the real reports quoted in issue 9 (the Hubei 2019–2020 local variant of the template, traditional-script
mirrors). None is made up to pass.
"""
from __future__ import annotations

import pytest

from extractor import template
from extractor.labels import core_key, match_key, strip_notes
from extractor.labelsets import Role, label_set

AD, APP = "active_disclosure", "applications"

ROWS = [
    # (table, printed label, row key, how) — where it was printed
    (AD, "规范性文件", "normative_documents", "exact"),  # the 2019 label; 000, 003 and most copies
    (AD, "规章(设区的市、自治州人民政府应提供相关数据)", "regulations", "core"),  # Hubei variant
    (AD, "规章(县级无此项)", "regulations", "core"),  # Hubei variant
    (AD, "规范性文件(指各行政机关印发的有正式文号的文件)", "normative_documents", "core"),  # Hubei variant
    (AD, "规范性文件(行政机关制定发布的决定、公告、通告、意见、通知,以及标题采用\"规定\"\"办法\"…等字样的公文,"
         "一般情况下属于规范性文件)", "normative_documents", "core"),  # Hubei variant
    (AD, "規範性檔案", "normative_documents", "variant"),  # traditional-script mirror (after t2s: 规范性档案)
    (AD, "规范性档案", "normative_documents", "variant"),
    (AD, "行政許可證", "licensing", "variant"),  # traditional-script mirror: 許可 → 許可證
    (AD, "行政许可证", "licensing", "variant"),
    (AD, "规范姓文件", "normative_documents", "fuzzy"),  # one-character typo
    (AD, "行政事业性收", "fees", "fuzzy"),  # 036: last character lost
    (APP, "(二)部分公开(区分处理的,只计这一情况,不计其他情形)", "partially_granted", "variant"),  # 001 changchun
    (APP, "(二)部分公开(区分处理的,只", "partially_granted", "core"),  # kewei: note cut at the line end
    (APP, "5.属于三类内容事务信息", "denied.internal_affairs", "variant"),  # 001 changchun
    (APP, "2.其他法律行政止公开", "denied.prohibited_by_law", "variant"),  # hongze PDFs
    (APP, "1.属于国家秘", "denied.state_secret", "fuzzy"),  # 016
    (APP, "一、本年新收政府信息公开", "new_received", "fuzzy"),  # 007: label cut at the line end
    (APP, "3.其它", "other.misc", "variant"),  # 其它/其他
    (APP, "（七）合计", "results_total", "variant"),  # 合计/总计
    (APP, "二、上年结转政府信息公开申请数量(件)", "carried_over", "core"),
    (APP, "（六）其他处理", "other", "exact"),
    # 947 长春经开区 文教局 2020: the label carries its definition after a colon
    (AD, "规章:地方行政规章指各省、自治区、直辖市的人民政府和省、自治区的人民政府所在地的市以及设区市的人民政府根据宪法、"
         "法律和行政法规等制定和发布的规范性文件。规章的名称一般称“规定”、“办法”,但不得称“条例”。", "regulations", "core"),
    (AD, "规范性文件:是指各级人民政府及其派出机关、县级以上人民政府所属工作部门和法律、法规授权的具有管理公共事务职能的"
         "组织,在法定职权范围内依照法定程序制定、发布的…行政规范。", "normative_documents", "core"),
]

COLUMNS = [
    (AD, "本年发件数", "issued", "variant"),  # 000
    (AD, "本年新制发数", "issued", "variant"),  # 001
    (AD, "现行有效件数 (历史累计)", "in_force", "variant"),  # 002 hanyang
    (AD, "采购总金额(万元)", "amount", "core"),  # 009
    (AD, "上一年项目数量(指2019年事项数)", "previous", "core"),  # header with a fill-in note
    (AD, "本年(2023)制发件数", "issued", "core"),  # header with a fill-in note
    (AD, "本年收费金额(万元)", "amount", "core"),
]

UNMATCHED = [
    (AD, "其他主动公开文件(含党委文件)"),  # a local extra row: kept as extra_rows, never a template row
    (AD, "本年新数量"),  # between 本年新制作数量 and 本年新公开数量
    (AD, "行政处理"),  # neither 行政处罚 nor 行政许可
    (AD, "本年度，我局共制发规范性文件3件，废止1件。"),  # prose that names a row
    (AD, "规章:本年度我局未制定规章,现行有效规章0件。"),  # a colon before a sentence that defines nothing
    (APP, "其他处理"),  # the （六） group and its single row: which one is not said
    (APP, "三、其他"),  # a column (其他) or row 3.其他
    (APP, "1.属于"),
]


@pytest.mark.parametrize("table,printed,row,how", ROWS, ids=[r[1][:16] for r in ROWS])
def test_printed_row_labels_find_their_row(table, printed, row, how):
    m = label_set(table).match(printed)
    assert m is not None and m.target == Role("row", row) and m.how == how, m


@pytest.mark.parametrize("table,printed,col,how", COLUMNS, ids=[c[1][:16] for c in COLUMNS])
def test_printed_header_cells_find_their_column(table, printed, col, how):
    m = label_set(table).match(printed)
    assert m is not None and m.target.kind == "col" and m.target.key == col and m.how == how, m


@pytest.mark.parametrize("table,printed", UNMATCHED, ids=[u[1][:16] for u in UNMATCHED])
def test_near_misses_stay_unmatched(table, printed):
    m = label_set(table).match(printed)
    assert m is None or m.target.kind not in ("row", "col"), m


def test_every_template_label_matches_itself_exactly():
    for table in (AD, APP):
        ls = label_set(table)
        for lay in template.TABLES[table].layouts.values():
            for block in lay.blocks:
                for row in block.rows:
                    m = ls.match(row.label)
                    assert m.how == "exact" and m.target.key == (row.key if m.target.kind == "row" else ""), row


def test_notes_and_enumerators_are_stripped_but_item_numbers_kept():
    assert strip_notes("（三）1.属于国家秘密") == "属于国家秘密"
    assert strip_notes("本年(2023)制发件数") == "本年制发件数"
    assert match_key(strip_notes("第二十条第（一）项")) == "第二十条第一项"
    assert core_key("（二）部分公开（区分处理的，只计这一情形，不计其他情形）") == "部分公开"
    assert core_key("3.其它", template.LABEL_SYNONYMS) == "其他"
