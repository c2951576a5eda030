"""meta.mixed_layout: table 二's blocks printed in different layouts, on real text."""
from __future__ import annotations

from test_audit_support import SEED, TEXT, document, na, of, run, run_variant

S000 = SEED + "000_dfbaa25dea7f00ff.txt"  # a 2021 report on the 2021 template throughout
RID = "meta.mixed_layout"
# No eval document is mixed: the input is seed 000 with its 第二十条第（一）项 headers replaced by the
# 2019-layout headers real 2019 reports of eval/docs print (text/005_weihai_wendeng_zhujianju_2019: 本年新制作数量 | 本年新公开数量 | 对外公开总数量), its rows and numbers unchanged.
HEADERS_2021 = "本年发件数\n\n本年废止件数\n\n现行有效件数"
HEADERS_2019 = "本年新制作数量\n\n本年新公开数量\n\n对外公开总数量"


def test_a_block_in_the_other_layout_is_named_against_the_years_template():
    assert " | ".join(HEADERS_2019.split("\n\n")) in document(TEXT + "005_weihai_wendeng_zhujianju_2019.txt").text.replace("  ", " ")
    res = run_variant(S000, (HEADERS_2021, HEADERS_2019))
    assert res.report.meta.template == "mixed"
    [f] = of(res, RID)
    assert f.severity == "warning" and f.expected == "2021"
    assert "第（一）项按2019年版表头" in f.message and "第（五）项、第（六）项、第（八）项按2021年版表头" in f.message
    assert set(f.cells) == {f"active_disclosure.{r}.{c}" for r in ("regulations", "normative_documents")
                            for c in ("made", "published", "total")}
    # the block's cells are read in its own columns: no blank 本年废止件数 reported on top
    assert not of(res, "applications.blank_cells")
    # the block on the other year's headers is the H5 error, named by its block (FORMAT.md H5: ≥2021 → 2021)
    [e] = of(res, "meta.template_year")
    assert e.severity == "error" and e.expected == "2021" and e.actual == "2019"
    assert "表二第（一）项按2019年版" in e.message and set(e.cells) == set(f.cells)


# a 2020 report on the 2019 tables (seed 003, cells one per line) and a 2019 one (eval 005, pipe rows), each with
# its 第二十条第（一）项 headers replaced by the 2021 headers as eval 026 prints them: only that block is on the
# wrong layout
HEADERS_2019_SPLIT = "本年新\n制作数量\n\n本年新\n公开数量\n\n对外公开总数量"
HEADERS_2021_FULL = "本年制发件数\n\n本年废止件数\n\n现行有效件数"
S003 = SEED + "003_236049bc670541bf.txt"
T005 = TEXT + "005_weihai_wendeng_zhujianju_2019.txt"
PIPE_2019 = "本年新制作数量  | 本年新公开数量  | 对外公开总数量"


def test_a_2021_block_in_a_2019_table_is_named_alone():
    assert HEADERS_2021_FULL in document(TEXT + "026_daye_ziranziyuan_guihuaju_2025.txt").text
    for path, edit in ((S003, (HEADERS_2019_SPLIT, HEADERS_2021_FULL)),
                       (T005, (PIPE_2019, PIPE_2019.replace("本年新制作数量", "本年制发件数")
                               .replace("本年新公开数量", "本年废止件数").replace("对外公开总数量", "现行有效件数")))):
        res = run_variant(path, edit)
        [e] = of(res, "meta.template_year")
        assert e.severity == "error" and e.expected == "2019" and e.actual == "2021", path
        assert "表二第（一）项按2021年版" in e.message and "（五）" not in e.message, path
        assert set(e.cells) <= {f"active_disclosure.{r}.{c}" for r in ("regulations", "normative_documents")
                                for c in ("issued", "repealed", "in_force")}, path
        # （五）（六） print 上一年项目数量 / 本年增/减 / 处理决定数量: the 2019 block, though its 处理决定数量
        # cells are also the whole of 2021's one-column block
        [m] = of(res, RID)
        assert "第（五）项、第（六）项、第（八）项、第（九）项按2019年版表头" in m.message, path
        assert "应使用" not in m.message  # the year's verdict is the error's, said once


def test_a_2022_report_with_its_first_block_on_2019_headers():
    res = run(TEXT + "489_lintong_qinlingbaohuju_mixed_2022.txt")
    [e] = of(res, "meta.template_year")
    assert e.severity == "error" and "表二第（一）项按2019年版" in e.message
    assert set(e.cells) == {f"active_disclosure.{r}.{c}" for r in ("regulations", "normative_documents")
                            for c in ("made", "published", "total")}
    [m] = of(res, RID)
    assert m.severity == "warning" and "第（五）项、第（六）项、第（八）项按2021年版表头" in m.message


def test_a_report_on_one_layout_is_not_mixed():
    res = run(S000)
    assert res.report.meta.template == "2021" and not of(res, RID) and not na(res, RID)
    assert not of(res, "meta.template_year")
    res = run(S003)
    assert res.report.meta.template == "2019" and not of(res, RID) and not of(res, "meta.template_year")


def test_a_block_whose_rows_print_the_other_layouts_values_is_read_in_its_columns():
    # 開平市水利局 2025: 第二十条第（六）项 under the 2021 header 本年處理決定數量, each row with three values — the 2019
    # block's 上一年项目数量 / 本年增/减 / 处理决定数量 ('行政處罰 | 2 | 0 | 0 |')
    res = run(TEXT + "1242_kaiping_shuiliju_tradmirror_2025.txt")
    ad = res.report.tables.active_disclosure
    assert res.report.meta.template == "mixed"
    assert (ad.punishment.previous, ad.punishment.change, ad.punishment.decisions) == (2, 0, 0)
    assert (ad.coercion.previous, ad.coercion.change, ad.coercion.decisions) == (0, 0, 0)
    assert ad.licensing.decisions == 89 and ad.fees.amount == 35.65  # the 2021 blocks as printed
    assert res.report.extraction.tables["active_disclosure"].blocks_by_values == ["item6"]
    [f] = of(res, RID)
    assert "第（六）项表头按2021年版，每行数值却按2019年版的列" in f.message
    assert "active_disclosure.punishment.previous" in f.cells
    # its header is the year's: no block on the other year's headers (meta.template_year), no rows lost
    assert not of(res, "meta.template_year") and not of(res, "active_disclosure.lost_rows")


def test_rows_of_the_other_layouts_width_in_other_prints_of_table_two():
    # the same rows in two other real prints of a 2021 table 二: a pipe row per line (027 海珠区瑞宝街) and a cell
    # per line (001 长春二道区), 行政处罚's one value replaced by a real 2019 row ('行政處罰 | 90 | 0 | 22', 武汉市生态环境局 2020)
    for path, edits in ((TEXT + "027_guangzhou_haizhu_guanzhoujie_2023.txt",
                         (("行政处罚 | 1472 |", "行政处罚 | 90 | 0 | 22 |"), ("行政强制 | 0 |", "行政强制 | 4 | 4 | 0 |"))),
                        (TEXT + "001_changchun_erdao_zhengshouban_2022.txt",
                         (("行政处罚 |\n0 |\n||", "行政处罚 |\n90 |\n0 |\n22 |"), ("行政强制 |\n0 |\n||", "行政强制 |\n4 |\n4 |\n0 |")))):
        res = run_variant(path, *edits)
        ad = res.report.tables.active_disclosure
        assert res.report.meta.template == "mixed", path
        assert (ad.punishment.previous, ad.punishment.change, ad.punishment.decisions) == (90, 0, 22), path
        assert of(res, RID) and not of(res, "meta.template_year"), path
    # a value repeated over the cells (a merged cell copied into each) tells nothing: the rows stay unplaced
    res = run_variant(TEXT + "027_guangzhou_haizhu_guanzhoujie_2023.txt",
                      ("行政处罚 | 1472 |", "行政处罚 | 1472 | 1472 | 1472 |"), ("行政强制 | 0 |", "行政强制 | 0 | 0 | 0 |"))
    assert res.report.meta.template == "2021" and not of(res, RID)
