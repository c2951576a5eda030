"""The organ's own statistics table of the 2008 条例's years (指标名称 / 单位 / 2016年 / 历年累计), read from real
reports of the eval set and checked as the report's own statement: a row against its parts, the year against the
cumulative, the prose against the table — each with a page that passes and an edit (or page) that fails."""
from __future__ import annotations

from test_audit_support import eval_text, of, run, run_variant

from audits.prose.own_table import read_own_tables
from extractor import read


def _table(page: int):
    doc, _ = read(eval_text(page))
    [t] = read_own_tables(doc.text)
    return t


def _row(t, label: str):
    return next(r for r in t.rows if r.label == label)


def _own(res, rule: str) -> list:
    return [f for f in of(res, rule) if "附表" in f.message]


def test_a_spaced_table_is_read_row_by_row_with_its_parts():
    # 4260 (经济发展局 2018): '指标名称 单位 2018年 历年累计 主动公开文件数 条 94 765 其中：1.政府网站公开数 条 94 765 …'
    t = _table(4260)
    assert t.columns == ["2018年", "历年累计"] and t.years == [2018, None] and t.cumulative == [False, True]
    assert _row(t, "主动公开文件数").values == (94, 765)
    answered = _row(t, "对申请的答复总数")
    assert answered.values == (0, 1) and answered.ordinal is None
    parts = t.parts(t.rows.index(answered))
    assert [p.label for p in parts] == ["同意公开答复数", "同意部分公开答复数", "不予公开答复数", "其他类型答复数"]
    assert [p.values for p in parts] == [(0, 1), (0, 0), (0, 0), (0, 1)]
    assert _row(t, "行政诉讼数").values == (0, 0)  # read to the last row, not into '附件下载'
    assert t.rows[-1].label == "行政诉讼数"


def test_glued_figures_are_split_only_where_one_reading_holds():
    # 4184 (公安局 2018), every space lost: '条1811568' (181|1568, 18|11568, …: unread), '条13' (1|3 only),
    # '条00'; the next part's number glued to the figures ('条002.政府公报…') is no figure
    t = _table(4184)
    assert _row(t, "主动公开信息数").values is None
    assert _row(t, "受理政府信息公开申请总数").values == (1, 3)
    assert _row(t, "政府公报公开数").values == (0, 0) and _row(t, "政府公报公开数").ordinal == 2
    # one column ('年末统计', 4187 公安局 2009)
    t = _table(4187)
    assert t.columns == ["年末统计"] and _row(t, "受理依申请公开信息总数").values == (0,)


def test_a_row_its_parts_add_up_to_passes_and_one_below_them_fails():
    # 4185 (公安局 2014): 受理 0 | 3 = 当面 0|1 + 网上 0|0 + 信函 0|2; 答复 0 | 3 = 同意 0|2 + 部分 0|0 + 不予 0|1
    assert not _own(run(eval_text(4185)), "prose.inconsistent")
    # the page edited: the cumulative answers printed as 2 under parts making 3
    res = run_variant(eval_text(4185), ("对申请的答复总数 条 0 3", "对申请的答复总数 条 0 2"))
    [f] = _own(res, "prose.inconsistent")
    assert "「对申请的答复总数」历年累计 2" in f.message and "合计 3" in f.message and "多于总数" in f.message
    # 4184: answers 0 | 0 over 同意公开 1 | 3 — one finding naming both columns
    [f] = _own(run(eval_text(4184)), "prose.inconsistent")
    assert "2017年度 0，其中各项合计 1" in f.message and "历年累计 0，其中各项合计 3" in f.message


def test_parts_closed_by_other_are_the_whole_and_may_not_fall_short():
    # 4260's cumulative: 答复 1 under 同意 1 + 其他类型 1 = 2 (above); edited to 3 over parts of 2 closed by 其他类型: short
    res = run_variant(eval_text(4260), ("对申请的答复总数 条 0 1", "对申请的答复总数 条 0 3"))
    assert any("历年累计 3" in f.message and "少于总数" in f.message for f in _own(res, "prose.inconsistent"))


def test_the_years_figure_may_not_exceed_the_cumulative():
    assert not any("多于历年累计" in f.message for f in _own(run(eval_text(4185)), "prose.inconsistent"))
    res = run_variant(eval_text(4185), ("主动公开信息数 条 360 805", "主动公开信息数 条 960 805"))
    assert any("「主动公开信息数」2014年度 960，多于历年累计 805" in f.message for f in _own(res, "prose.inconsistent"))


def test_the_prose_against_the_own_table():
    # 4184: '2018年，未收到公民提出的公开政府信息申请' against 受理…总数 1 (the column headed 2017年度 under a table
    # titled 2018年度: the head's misprint, the figures the year's)
    [f] = _own(run(eval_text(4184)), "prose.table_mismatch")
    assert "未收到" in f.message and "受理政府信息公开申请总数" in f.message and f.expected == 1
    # 4260: '近3年共受理信息公开申请2件' counts three years, not 2018's 0 — no finding (the 近N年 a period)
    assert not _own(run(eval_text(4260)), "prose.table_mismatch")
    # 4185 says '未收到' for 2014 with 受理 0 | 3: agrees
    assert not _own(run(eval_text(4185)), "prose.table_mismatch")
    # …and fails where the table counts one (the page edited)
    res = run_variant(eval_text(4185), ("受理政府信息公开申请总数 条 0 3", "受理政府信息公开申请总数 条 1 3"))
    [f] = _own(res, "prose.table_mismatch")
    assert "2014年度为 1" in f.message


def test_the_own_tables_year_column_against_the_reports_year():
    # 4184 (report on 2018): the table's year column headed '2017年度' — last year's head left in place
    assert any("附表" in f.message and "2017年" in f.message for f in of(run(eval_text(4184)), "meta.dates"))
    # 4185 (on 2014, column 2014年度): none
    assert not any("附表" in f.message for f in of(run(eval_text(4185)), "meta.dates"))


def test_one_cell_a_line_and_pipe_rows_read_as_the_flattened_line():
    # 4260's table as other copies print it: one cell a line (web text), and pipe rows (a converted HTML/Word table)
    text = read(eval_text(4260))[0].text
    at, end = text.index("指标名称"), text.index("附件下载")
    flat = read_own_tables(text)[0]
    lines = text[:at] + text[at:end].replace(" ", "\n") + text[end:]
    piped = text[:at] + "| 指标名称 | 单位 | 2018年 | 历年累计 |\n" + "".join(
        f"| {'其中：' if r.ordinal == 1 else ''}{str(r.ordinal) + '.' if r.ordinal else ''}{r.label} | {r.unit} | "
        + " | ".join(str(v) for v in r.values) + " |\n" for r in flat.rows) + text[end:]
    for copy in (lines, piped):
        [t] = read_own_tables(copy)
        assert [(r.label, r.values, r.parent) for r in t.rows] == [(r.label, r.values, r.parent) for r in flat.rows]


def test_rows_above_their_cumulative_are_one_finding():
    # 4349 (农村发展局 2017): '受理…总数 条10', '信函、传真申请数 条10', '对申请的答复总数 条10', '同意部分公开答复数 条10' —
    # each glued pair read 1 | 0 (its one reading): the year's one application above a cumulative of none, one finding
    [f] = [f for f in _own(run(eval_text(4349)), "prose.inconsistent") if "多于历年累计" in f.message]
    assert f.message.count("2017年 1，多于历年累计 0") == 4
    # a glued pair with two readings is left unread, never read by the check it feeds: 4348's '条740' (7 | 40 or 74 | 0)
    t = _table(4348)
    assert _row(t, "政府网站公开数").values is None


def test_what_the_reader_leaves_unread_rather_than_guess():
    text = read(eval_text(4185))[0].text
    # a cell that is no number ('0/') reads nothing for its row, and raises nothing
    t = read_own_tables(text.replace("2.政府公报公开数 条 0 0", "2.政府公报公开数 条 0 0/"))[0]
    assert _row(t, "政府公报公开数").values is None
    # a spaced table with a cell lost ('条 10'): never split into 1 | 0 (only a table printed with no spaces is)
    res = run_variant(eval_text(4185), ("2.政府公报公开数 条 0 0", "2.政府公报公开数 条 10"))
    assert not _own(res, "prose.inconsistent")
    # two year columns: the report's year's is compared, not the first
    two = text.replace("2014年度 历年累计", "2013年度 2014年度 历年累计").replace(
        "受理政府信息公开申请总数 条 0 3", "受理政府信息公开申请总数 条 2 0 3")
    t = read_own_tables(two)[0]
    assert t.years == [2013, 2014, None] and _row(t, "受理政府信息公开申请总数").values == (2, 0, 3)


def test_a_parts_own_parts_hang_on_it_and_the_outer_list_goes_on():
    # 4185 edited: '3.不予公开答复数 条 0 1' given parts of its own before '4.…' of the outer list
    text = read(eval_text(4185))[0].text.replace(
        "3.不予公开答复数 条 0 1", "3.不予公开答复数 条 0 1 其中：1.涉及国家秘密数 条 0 1 2.涉及商业秘密数 条 0 0 "
        "4.其他类型答复数 条 0 0")
    t = read_own_tables(text)[0]
    denied = t.rows.index(_row(t, "不予公开答复数"))
    assert [p.label for p in t.parts(denied)] == ["涉及国家秘密数", "涉及商业秘密数"]
    answered = t.rows.index(_row(t, "对申请的答复总数"))
    assert [p.label for p in t.parts(answered)] == ["同意公开答复数", "同意部分公开答复数", "不予公开答复数", "其他类型答复数"]


def test_the_years_published_count_against_the_table():
    # 4256 (经济发展局 2011): '区经发局2011年主动公开政府信息97条' against '主动公开信息数 条 90' (one column, 年末统计)
    [f] = _own(run(eval_text(4256)), "prose.table_mismatch")
    assert "97" in f.message and "年末统计为 90" in f.message
    # 4257 (2012): '本局共主动公开政府信息18条' (said through the bureau's site) against 19 | 33
    assert any("2012年度为 19" in f.message for f in _own(run(eval_text(4257)), "prose.table_mismatch"))
    # a kind's count (其他应主动公开的政府信息21条, 4286) is no count of all: nothing said
    assert not _own(run(eval_text(4286)), "prose.table_mismatch")
    # 4260: 94 published, table 94 | 765 — agrees
    assert not _own(run(eval_text(4260)), "prose.table_mismatch")


def test_a_glued_run_of_several_readings_is_raised_only_when_none_gives_the_figure():
    # 4181 (财政金融局 2012): '主动公开信息数条2626' — 2 | 626 or 26 | 26 — against the prose's 38: no reading gives it
    [f] = _own(run(eval_text(4181)), "prose.table_mismatch")
    assert "粘连的「2626」" in f.message and "38" in f.message
    # 4183 (公安局 2016): '累计主动公开政府信息1224条' against the cumulative of '条2071223' (…|71223, 207|1223, 2071|223…)
    [f] = _own(run(eval_text(4183)), "prose.table_mismatch")
    assert "历年累计" in f.message and "1224" in f.message
    # the prose's 2016 figure 207 is one reading of the same run: agrees (4183 says '其中2016年度…207条')
    assert not any("207条" in f.message for f in _own(run(eval_text(4183)), "prose.table_mismatch"))


def test_the_years_own_total_said_with_lei_ji_is_the_years():
    # 4260 edited: '全年累计主动公开政府信息94条' and '1-12月累计…' are the year's 94 (table 94 | 765), and '2011年以来累计…'
    # a span since a year — none is judged against the 历年累计 765
    for said in ("全年累计主动公开政府信息94条", "1-12月累计主动公开政府信息94条", "2011年以来累计主动公开政府信息94条"):
        res = run_variant(eval_text(4260), ("主动公开政府信息94条", said))
        assert not any("765" in f.message for f in _own(res, "prose.table_mismatch")), said
    # a plain 累计 is the cumulative: 94 against 765 raised
    res = run_variant(eval_text(4260), ("主动公开政府信息94条", "累计主动公开政府信息94条"))
    assert any("历年累计为 765" in f.message for f in _own(res, "prose.table_mismatch"))


def test_a_count_said_through_a_website_is_a_channels_never_the_tables_total():
    # 4260 edited: the table's 主动公开 95 | 765 — '通过门户网站主动公开政府信息94条' counts one channel (the website, whose
    # row may differ from the total): not judged; the same 94 said of all the information is raised against the 95
    text = ("主动公开文件数 条 94 765", "主动公开文件数 条 95 765")
    site = ("制作政府信息523条,主动公开政府信息94条", "制作政府信息523条,通过门户网站主动公开政府信息94条")
    res = run_variant(eval_text(4260), text, site, site)  # (said in 一 and again in 二)
    assert not any("主动公开文件数" in f.message for f in _own(res, "prose.table_mismatch"))
    res = run_variant(eval_text(4260), text)
    assert any("主动公开文件数」2018年为 95" in f.message for f in _own(res, "prose.table_mismatch"))
