"""Held-out eval documents the parser (or, for audit_recall, the audit) does not read fully yet.

The eval set grows with real reports labelled by hand before the parser has seen them; their misses are the
parser's work list, measured by `nianbao eval` (whose baseline gates every cell against regression). The
per-document tests still run on them: a known gap is an expected failure, and a gap the parser has closed
fails the test until its entry is dropped here, so the list cannot go stale.

Key: (gold stem, check) with check one of "cells", "blank_zero", "year_published", "audit_precision",
"audit_recall", "organ", "tables", "status" (a table of a complete copy that the gold holds whole is reported partial or
cut), "extra_table" (a table object for a table the gold does not list), "read" (the
reader rejects the page outright; batch tests leave it out), "invented" (a value emitted for a cell the gold leaves
out or marks unreadable), "template" (meta.template differs from the labelled layout), "workbook" (cells of the
report that no column of its dataset.xlsx sheet holds), "end" (a complete copy whose end the audit does not
recognise as a report's end), "sections" (a complete copy in which a section removed from the middle is not
reported missing, because its headings are not all found).
Value: the printed label or layout the parser does not recognise.
"""
from __future__ import annotations

import pytest

PARSER_GAPS: dict[tuple[str, str], str] = {
    ("489_lintong_qinlingbaohuju_mixed_2022", "workbook"):
        "a mixed table 二 (2019 rows, 2021 fee cell) is put on the sheet of its recorded layout (2021); its 2019 "
        "cells have no column there, so dataset.xlsx leaves them out (the CSV/Parquet long table keeps them)",
    ("1242_kaiping_shuiliju_tradmirror_2025", "workbook"):
        "a mixed table 二 (2021 blocks, block （六） read in the 2019 columns its rows print) is put on the sheet of its "
        "recorded layout (2021), which has no column for 上一年项目数量 / 本年增/减 (as 489; the CSV/Parquet long table keeps them)",
    ("548_wenzhou_lucheng_ziguifenju_blanks_2022", "invented"):
        "table 三 rows whose empty cells are printed as blank lines that do not add up to seven columns: the lone "
        "middle value is still placed (legal_service 1 in new_received and granted, carried_over.other_org 0), "
        "though its column cannot be known",

    ("169_xinfeng_weijianwei_2023", "audit_precision"):
        "info note prose.inconsistent: '全年主动公开政府信息数465条…。其中' eight categories = 464 — a list by category "
        "one short of its total, which nothing says is whole; the label records no finding (the note may be right: "
        "the breakdown misses one item, or the list is a selection)",
    ("442_tongzi_yelangzhen_oldtemplate_2023", "extra_table"):
        "table 三 printed as its header and a first row label cut one character short ('一、本年新收政府信息公开申请数'): "
        "the gold leaves 三 out of tables_present (no whole row label or value visible), the parser counts it as a "
        "partial table — a boundary case of the labelling rule, no cell is misread",
    ("448_hunnan_guoziju_notables_2022", "organ"):
        "the first line '浑南区国资局' (a title without '年度报告') is not taken; the organ is read from the lead sentence "
        "'现公布区政府国资局2022年…', which drops 浑南",
    ("460_61-150-65-235_quweijianju_2020", "extra_table"):
        "table 三 printed as its header and a first row label cut short ('一、本年新收政府信息公开'): the gold leaves 三 "
        "out of tables_present (no whole row label or value visible), the parser emits a partial applications table "
        "(as 442; no cell is misread)",
    ("467_changtu_qijiazizhen_2023", "organ"):
        "the source line '来源:昌图县人民政府办公室' (the publishing office) is taken over the garbled title "
        "'昌图县七家子镇2023年政府信息公开 工作告年度报' (年度报告 scrambled), whose organ is 昌图县七家子镇",
    ("462_huaian_ziranziyuan_spammirror_2021", "organ"):
        "no organ is read (meta.organ None): every sentence naming it has the spam mirror's '365体育直播,365体育备用"
        "网址' just before it ('…备用网址自然资源和规划局编制了…'; the label is 自然资源和规划局)",
    ("484_wulateqianqi_2021", "organ"):
        "no title; the organ is read as 旗政府, printed bare in the prose ('旗政府始终高度重视…', '旗政府网站目前…'); the "
        "发布机构 field says only 政府办公室 and the full name 乌拉特前旗 is printed only in '乌拉特前旗政府网站'",
    ("545_neimenggu_bayanzhalagaxiang_2022", "year_published"):
        "title without a year; the year is read as 2021 from the period sentence '统计期限为2021年1月1日至2021年12月31日' "
        "while the body says '2022年度我乡…' throughout (the label takes 2022; the period sentence is the report's own slip)",
    ("489_lintong_qinlingbaohuju_mixed_2022", "invented"):
        "table 二 (八) prints the 2021 column '本年度收费金额(单位:万元)' = 0 in a table the gold keys in the 2019 layout, "
        "which has no key for it: fees.amount 0 is emitted (read right) and counts as a cell the gold leaves unlabelled",
    ("490_yanliang_jiguanshiwu_tradmirror_oldtemplate_2021", "audit_precision"):
        "audit: '政府集中采購 | 閻良區公務用車10輛 | 1530000元' four times (project names in the count column): the row is "
        "left unread (no value slides left) and active_disclosure.lost_rows notes it (info) as a row not checked; the "
        "label marks its cells unreadable and expects no finding",
    ("486_xingyi_szf_2022", "audit_recall"):
        "audit: '2022年通过政府门户网站发布政府信息7392条,《条例》第20条规定的信息公开情况:1.…' then numbered items, item "
        "5 with '公开全年办件结果622929条' (one part 84 times the total): no prose.inconsistent is raised (a judgement label)",
    ("487_dazu_qzf_2022", "audit_recall"):
        "audit: '全年共发布信息146492条,其中…16885条、…3402条;部门信息公开72430条、镇街信息公开53775条;政务新媒体发布信息62100条' "
        "(parts 208592 > 146492): no prose.inconsistent is raised (a judgement label)",
    ("505_hengyang_shangwuju_mirror_2022", "audit_precision"):
        "audit: table 二 row '行政事业性收费 |' printed with its label and no value: an info note "
        "active_disclosure.lost_rows says its value was lost in the copy; the label records no finding",
    ("527_guizhou_jiguanshiwuju_2020", "audit_recall"):
        "audit: '官方网站对应栏目主动公开信息411条，其中 政务要闻/通知公告/工作动态307…信息公开专栏97…领导简历3' (407, 4 "
        "short): no prose.inconsistent note is raised (a judgement label, same scope question as 463)",
    ("802_rwldrm_jiaoyuju_mixedhead_2021", "invented"):
        "a mixed table 二 (block （一） on 2019 headers, （八） on 2021's): the 收费 cell 282.1 is read as the 2021 "
        "fees.amount, which the gold's 2019 key set for a mixed table cannot hold (as 489), so it counts as a "
        "value for a cell the gold leaves out; the value itself is right",
    ("550_huaibei_renminyiyuan_2022", "audit_precision"):
        "audit: the only heading '一、主动公开情况' is read as section 二 (its short form), and structure.sections warns "
        "it should be numbered 二; what follows it is 总体情况's sub-items ((一)依申请公开情况, (二)政府信息管理情况), so "
        "it is rather the overview headed by its first sub-item's name (not labelled: the copy stops early)",

    # the s18 structure sweep (1000–1037), labelled before the first run
    ("1008_rongcheng_shidao_tradmirror_2008", "end"):
        "a whole 2008 report (signed and dated) whose first section is 主动公开 numbered 一 (the 2008 outline has no 总体情况): "
        "its start is judged against the 2019 outline, where 主动公开 is 二, so the copy is called possibly late; no finding rests on it (a report before 2019 is not held to the six sections)",
    ("1039_daoxian_wenguangxinju_2013", "end"):
        "a whole 2013 report ending with its date alone ('2014年3月25日', no organ above it): a bare date is no sign-off the "
        "audit knows (a sentence's date would look the same); nothing rests on it for a report before 2019",
    ("1612_haikou_longhua_sifaju_2021", "read"):
        "a 2021 page head with no title and an outline of its own ('(一)总体情况 … (三)、申请行政复议和提起行政诉讼情况 "
        "(四)、政府信息公开的收费及减免情况'): no heading, title or presenting sentence tells a report (the s20 prose "
        "sweep's only such page; a titled page in (一) parts is read)",
    ("1349_yongjia_jiekengxiang_2022", "audit_precision"):
        "an info note (prose.inconsistent) on '财政管理类信息6条(其中,预决算2条、“三公经费”1条、专项经费1条)': the label, written "
        "before the run, reads the bracketed 其中 as a selection (judgement; the rule's note for category lists nothing says are whole)",
    ("1350_meishan_dongpo_chonglizhen_2020", "organ"):
        "read '崇礼镇' from the overview's subject ('崇礼镇政府信息公开工作依托…': X政府信息公开工作 is read as X); the fuller "
        "崇礼镇人民政府 stands only inside other names ('东坡区崇礼镇人民政府政务信息专栏', '《眉山市东坡区崇礼镇人民政府信息公开指南》')",
    ("1001_longyou_luojiaxiang_2020", "organ"):
        "the title's '罗家乡' is taken; the label has the fullest form, the contact line's 龙游县罗家乡人民政府",
    ("1020_jiashan_dayunzhen_2024", "organ"):
        "'大云镇' (the opening's subject) is taken; the label has the compiler's fullest form, 嘉善县大云镇人民政府 (its office dropped)",
    ("1026_hezhou_shi_2009", "organ"):
        "'贺州市' (the title's) is taken; the label has 贺州市人民政府 (judgement: the city's report, compiled by its 办公室)",
    ("1027_nanping_shi_2012", "organ"):
        "'南平市' (the overview's subject) is taken; the label has 南平市人民政府 (judgement: compiled by its 领导小组办公室)",
    ("1030_xiwuqi_qizhengfu_2021", "organ"):
        "the title's short form '西乌旗' is taken; the label has the name the report gives itself, 西乌珠穆沁旗",
    ("1034_xixian_jianzhanglujiedao_2022", "organ"):
        "the title's '建章路街道' is taken; the label has the compiler's '由建章路街道办事处编制'",
    # held-out sets of stop 17 (640–694, 740–794), measured at arrival before anyone worked on them
    ("653_chongqing_yuzhong_dashujuju_2024", "audit_precision"):
        "'全年主动发布政务信息43条' and '发布各类政务信息107条' taken as one quantity; the prose does not say what the 107 counts (arguable)",
    ("664_jilin_jingkaiqu_shehuishiyeju_2023", "audit_recall"):
        "judgement label: the missing '一、总体情况' above its sub-items is not judged (meta.dates is raised): the copy shows two "
        "items of the pre-2019 outline, '(一)组织领导和机构开展情况' and '(二)建立健全…工作制度情况', and its text reports on "
        "fewer than three of the overview's five parts, by which an overview printed without its heading (686) is told",
    ("664_jilin_jingkaiqu_shehuishiyeju_2023", "organ"):
        "'社会事业管理局编制了管委会办公室2022年政府信息公开工作年度报告': the announced title's 管委会办公室 is taken (as for "
        "every '编制《X…报告》'); the label has the compiler, the subject 社会事业管理局 (no title on the page)",
    ("664_jilin_jingkaiqu_shehuishiyeju_2023", "year_published"):
        "the year is taken as 2023 from the period; the label has the 2022 the opening names the report by ('编制了管委会办公室2022年…年度报告', which meta.dates compares with the period)",
    ("680_xingguo_juncunxiang_mirror_2023", "audit_recall"):
        "'主动公开政府信息300余条,其中…其他300余条': a 余 total is compared with its parts (its next round figure, 400, "
        "bounds it), and 70 + 其他300余 ≥ 370 fits under it — stays (s18), unsound to raise: the printed figures allow no "
        "contradiction (the label's own note says it reconciles in the strict reading)",
    ("740_mile_wushanxiang_2021", "audit_recall"):
        "'…安全生产、应急管理类等178条' is read as no figure (its object runs past the window and holds 规范性文件/许可), and a count named by category is another quantity than 政府信息 — stays (s18): reading a catalogue of categories closed by 等 ('…类、…类等178条') as all that was published rests on this one page; no second real sentence of the shape in eval/docs, the corpus or searched pages",
    ("741_luqiao_zhujianju_2021", "organ"):
        "the title prints '2021年路桥区建设局…报告' and is taken; the label has the preamble's '现公布台州市路桥区住房和城乡建设局"
        "2021年度…报告' — against the title-first rule (770's label keeps the title's short form), a judgement label",
    ("761_gansu_linyecaoyuanju_mirror_2023", "audit_recall"):
        "'通过…门户网站和政务新媒体主动发布…8000余条。其中:通过门户网站公开6500余条,较上年增长20%;…主流媒体公开信息600余条,…': "
        "the 余 total is compared (below 9000) and the remarks after each part no longer end the list, but the 主流媒体 600余 is "
        "a channel the total does not name, so the list stops there — stays (s18), unsound to raise: the parts through the "
        "channels the total names (6500余 + 2000余 = 8500余) fit under 9000; only the press brings them to 9100",
    ("785_urumqi_gaoxinqu_2022", "audit_recall"):
        "'公开行政规范性文件2件' in a 2021-layout report: 公开 names no column of table 二, so it is not assessable (judgement label)",
    ("649_yaoan_weijianju_tradmirror_2024", "audit_precision"):
        'info note prose.inconsistent: a list by category falls short of its total and nothing says it is whole; the label records no finding (a selection, judged by the labeller) — 139 of 140',
    ("668_hebei_fagaiwei_mirror_2021", "audit_precision"):
        'info note prose.inconsistent: a list by category falls short of its total and nothing says it is whole; the label records no finding (a selection, judged by the labeller) — 265 of 808',
    ("674_tianjin_fagaiwei_2021", "audit_precision"):
        'info note prose.inconsistent: a list by category falls short of its total and nothing says it is whole; the label records no finding (a selection, judged by the labeller) — 132 of 1812',
    ("682_xinjian_nanjixiang_tradmirror_2023", "audit_precision"):
        'info note prose.inconsistent: a list by category falls short of its total and nothing says it is whole; the label records no finding (a selection, judged by the labeller) — 138 of 439',
    ("690_xuanzhou_shuiyangzhen_tradmirror_2023", "audit_precision"):
        'info note prose.inconsistent: a list by category falls short of its total and nothing says it is whole; the label records no finding (a selection, judged by the labeller) — 352 of 716 (its 、 and ， mixed, now read whole as 682\'s commas are)',
    # held-out sets 900–954 (stop 18), measured at arrival: misses registered, see eval/heldout/*.md
    # held-out 920–934 after the fused-row reader (fused_rows.py): what it leaves, and why
    ('925_pingtan_shiyanqu_2022', 'cells'):
        "行政规范性文件 '8855698' has 15 readings (the gold takes 88/55/698 from the prose)",
    ('925_pingtan_shiyanqu_2022', 'status'):
        "table 二 is partial where the gold is whole: its 行政规范性文件 run '8855698' has 15 readings and is left unread",
    ('926_pingtan_shiyanqu_2023', 'cells'):
        "行政规范性文件 '77132470' has 21 readings (the gold reads one cell of it from the prose); table 三's rows with two "
        "readings that keep their 总计 are read by the column totals (fused_columns)",
    ('927_pingtan_shiyanqu_2024', 'cells'):
        "行政规范性文件 '6233440' has 15 readings (the gold reads one cell of it from the prose)",
    ('931_pingtan_shichangjianguanju_2019', 'cells'):
        "the signed 2019 rows '20+1737', '144+5149', '67+36103' and 政府集中采购 '156805947.43元' have several readings each (the gold takes two of them from the prose): not read",
    ('926_pingtan_shiyanqu_2023', 'audit_recall'):
        "the prose's 393 现行有效 is compared with table-二 run '77132470', which has 21 readings and is not read (no rule judges over all readings yet; and '清理并集中发布' is set aside as a clean-up count)",
    ('931_pingtan_shichangjianguanju_2019', 'audit_recall'):
        "the 2019 （五）（六） rows (上一年 + 增减 = 处理决定) are signed fused runs with three readings each ('20+1737'): not read; the gold's reading is chosen by the prose",
    ('909_liupanshui_zhengfuban_2023', 'organ'):
        "the 办公室 is dropped ('六盘水市人民政府' for '六盘水市人民政府办公室'; the gold name is arguable)",
    ('947_changchun_jingkaiqu_wenjiaoju_2020', 'cells'):
        "行政许可's 本年增/减 printed '+(0) -(0)' is no value, so the row (43 / ? / 66) is left unread (the label "
        "reads it as 0; '+(N) -(M)' would be a net change worked out, not printed)",
    ('947_changchun_jingkaiqu_wenjiaoju_2020', 'blank_zero'):
        "行政许可's printed values are not read ('+(0) -(0)' in 本年增/减 is no value)",
    ('947_changchun_jingkaiqu_wenjiaoju_2020', 'audit_recall'):
        "规章 1/1/1 is read (its label carries its definition), but the organ '文教局' tells no level: 经开区 is only in "
        "the prose ('紧紧围绕经开区和本部门重点工作'), one page of this shape",
    ('947_changchun_jingkaiqu_wenjiaoju_2020', 'audit_precision'):
        "info lost_rows for 行政许可, whose '+(0) -(0)' is no value",
    # stop-18 prose sweep pages (dev, labelled before the first run): what the first run did not read
    ("960_guangyuan_tongjiju_mirror_2024", "audit_precision"):
        "'累计公开政府信息276条,其中:政务动态信息216条,更新信息公开目录50条,主动向市政府办报送信息100余条': warning, "
        "parts at least 366 above 276; the label takes the 报送 (a report to the city office) as no part of what was published "
        "(judgement: under 其中 a reader may well count it, and then the list does not add up)",
    # held-out set 1100–1114 (stop 18), measured at arrival: misses registered, see eval/heldout/1100-1114.md
    ('1108_zhaohua_yuanbazhen_2024', 'year_published'):
        "the report calls itself 2023 in its title while its period is 2024: the title's year is taken",
    ('1202_jixi_shichangjianguanju_tradmirror_2022', 'audit_recall'):
        "judgement label; a list with no marker word stops at its first item that is not one bare figure ('运营“绩溪市场监管”微信公众号…推送101期', 期 no unit), so one part is left and the list is dropped",
    ('1223_zezhou_dadonggouzhen_2023', 'audit_recall'):
        "judgement label: '200余' is read as a range below 300, so parts of at least 229 are no contradiction",
    ('1224_meihekou_hepingjiedao_2020', 'audit_recall'):
        'judgement label: once the parts reach 73 the 微信公众号 and 公开栏 items are read as separate channels beside the list (a pinned reading)',
    ('1241_yongan_weijianju_2024', 'audit_recall'):
        "judgement label: '依申请公开信息数6条' against '2024年未受理依申请公开信息申请' — the 6 stand in '共制作信息30条，其中主动公开"
        "信息数24条…依申请公开信息数6条…不予公开信息数0条', the documents made classed by how they may be disclosed (公开属性), "
        "not items given to applicants; FORMAT.md declares no rule comparing them with applications (and the none statement is "
        "skipped when its sentence already holds a figure of the same kind)",
    ('1248_chibi_pufanggongyeyuanqu_2020', 'audit_recall'):
        "judgement label: the 新制作 cell equals the prose's website total, while the prose's own 规范性文件 figure agrees with its column",
    # held-out set 1260–1274 (stop 19), measured at arrival after the first fixes: misses registered, see eval/heldout/1260-1274.md
    ('1262_zhengzhou_gaoxin_guotuguihuazhujianju_2022', 'audit_recall'):
        "'各16件' (16 each) is read as a single 16, and an unmarked list after '共计公开114件' is not read as that total's parts "
        "(s20: no second real sentence of either shape in eval/docs, the corpus or the pages searched, so neither reader is changed)",
    # held-out sets 1500–1554 (stop 20), measured at arrival: misses registered, see eval/heldout/*.md
    ('1508_huzhou_wuxing_quzhengfuban_2024', 'audit_precision'):
        "info: a list by category falls short of its total (1766 of 2709) and nothing says it is whole (the labeller's trap)",
    ('1514_jinan_lixia_shenpiju_2025', 'audit_precision'):
        "info: a list by category falls short of its total (172 of 174) and nothing says it is whole (the labeller's trap)",
    ('1529_tiantai_minzhengju_2019', 'audit_precision'):
        'info: 195 against 20+23+119 = 162 (hedged note; the labeller saw it and left it unlabelled)',
    ('1542_weinan_shichangjianguanju_mirror_2021', 'audit_recall'):
        "judgement label: channel counts in separate sentences are not added up against the total (s21: no sound reading — "
        "channels overlap, and the one other page of the shape over eval/docs + corpus, 1543's '共发布信息3892条' then 微信 1935 + "
        "微博 2044 in later sentences, is clean in its gold; here the total is also said figure first and 网站's 966 has no unit)",
    ('1553_xinjiang_minwei_mirror_2019', 'audit_recall'):
        "channel counts in separate sentences are not added against the total (s21: no sound reading — channels overlap, "
        "1543's channel counts in later sentences exceed its total with a clean gold; and even as one 其中 list the documented "
        "reading sets an outlet's count beside a list whose parts already make the total, as 网站 1898 does here; s22: "
        "channel counts in the next sentences exceed a total said without a channel on five clean pages too — 1232 83 vs "
        "63+20+微信1000余, 1253 225 vs 120+147, 1744 206 vs 171+207+114, 302 94 vs 25+611, and 1543)",
    # held-out set 1560–1574 (stop 20), measured at arrival on 77f43d8: misses registered, see eval/heldout/1560-1574.md
    ('1560_yanshan_jiaotongju_2020', 'audit_recall'):
        "judgement label against the documented reading (disclosed.same_items; eval/README: parts are summed in the total's unit): "
        "'公开…建议提案共43件' opens with its own verb in 件 under a 条 total, a clause of its own and no part (FORMAT.md says nothing "
        "of units in prose lists), so the list is not whole and its 66 < 105 is no finding",
    ('1561_hongjiang_jiaotongju_2020', 'audit_precision'):
        "info lost_rows for the 其他对外管理服务事项 row, printed as its label alone (the label reads it as blank)",
    ('1563_kaiping_shuiliju_tradmirror_2021', 'audit_recall'):
        "a one-column 2021 block header over rows of three 2019 values: the layout is taken from the header only, so meta.mixed_layout cannot fire (judgement label; 1242's shape). "
        "Kept (s21): rows that repeat one value ('0 | 0 | 0') cannot tell a merged 2021 cell copied into each grid column from "
        "three 2019 cells, so they are no evidence of the layout; 1242's rows, whose values differ, are read as 2019",
    ('1563_kaiping_shuiliju_tradmirror_2021', 'cells'):
        '行政处罚/行政强制 rows with three values under a one-column 2021 header: not placed',
    ('1563_kaiping_shuiliju_tradmirror_2021', 'blank_zero'):
        'the printed 0s of the rows under a mismatched block header are not read',
    ('1563_kaiping_shuiliju_tradmirror_2021', 'audit_precision'):
        "info lost_rows names the rows the label reads as the report's own mixed layout",
    ('1564_shenyang_yuhong_jiaoyuju_2023', 'audit_recall'):
        "judgement label: meta.dates compares the overview's own year (years.own_year) with the title's, but sets it aside "
        "as left over when another year opens a clause of the overview too (years.opening_years) — as 4031",
    # held-out sets 1700–1754 (stop 21), measured at arrival: misses registered, see eval/heldout/17*.md
    ('1721_pingwu_longanzhen_2024', 'audit_recall'):
        'judgement label: a 其中 after two totals (145, 134) is checked against their sum 279, not against 134',
    ('1722_wuhan_qingshan_jiedao_2025', 'audit_recall'):
        'the copy ends on the one sentence standing where table 二 belongs: a table is not judged missing in a copy that ends inside its section (label beyond the precedents)',
    ('1723_changchun_yingbinjiedao_2025', 'audit_recall'):
        "judgement label: an announced three-part outline ('等三方面') against a body that prints the template's headings: no rule, and '等三方面' is not read as an outline",
    ('1741_suixian_jingjikaifaqu_mirror_2019', 'audit_recall'):
        "a fused one-line table 二 with only two rows before the cut (the second row's digits behind a bracketed note): only the 规章 row has digits (the second row's come after a bracketed note), and its '555' is left unread (the gold marks those cells unreadable: 5/5/5 would be an invented reading), so 规章 for a county 开发区 and the lost rows are not reported",
    ('1743_jingdezhen_changjiangqu_2019', 'audit_recall'):
        "judgement label against a pinned reading: 规划计划类信息 134 and 162 in a list that adds up to its 1764; 1262 and 1512 "
        "(labelled clean: 'listed twice … odd but the sum closes') pin a repeat in a list that adds up as no finding",
    ('1748_wuchang_jingkaiqu_binjiang_2020', 'audit_recall'):
        "judgement label: a numbered heading of no template section ('五、政府信息公开工作创新性做法') is not recognised, which also hides the missing table 四",
    ('1714_pishan_tongjiju_2023', 'template'):
        "only table 二's header is visible (no row value): '本年制作数量 / 本年废止件数 / 现行有效件数', whose first word is "
        "neither form's (2019 本年新制作数量, 2021 本年制发件数), so the header is read as no template's",
    ('1720_shenzhen_longhua_minzhijiedao_2025', 'organ'):
        "judgement label against the documented rule (eval/README: the fullest form in the title or signature) and the pinned readings 609 and 166: the title prints '民治街道' and the label takes the compiler's '由民治街道办事处对…编制' (609 keeps the title's 周湾镇 beside '由周湾镇人民政府编制'; 1034 is labelled the other way)",
    ('1743_jingdezhen_changjiangqu_2019', 'organ'):
        "judgement label against the pinned readings 526 and 532: no title or signature; the subject '昌江区认真贯彻…' and the page's own website '昌江区人民政府网站' give '昌江区人民政府' as 彝良县/大英县 did (labelled 彝良县人民政府, 大英县人民政府); the label keeps '昌江区'",
    ("1788_changchun_bangongting_2024", "audit_precision"):
        "info note prose.inconsistent: '发布政府动态类信息1464条,其中文件15条,政策解读10条…' — a selection after 其中 that "
        "nothing says is whole; the label records no finding (as 169)",

    # held-out set 1760–1769 (stop 21), measured at arrival on 4f5fa83: 2/2 raised; see eval/heldout/1760-1769.md
    ('1761_huaihua_hongjiangqu_yuanjianglujiedao_2023', 'organ'):
        "'沅江路街道' read; the printed full name is '洪江区沅江路街道办事处'",
    # held-out set 1800–1814 (stop 21), measured at arrival on 8285790: 2/3 raised; see eval/heldout/1800-1814.md
    ('1801_binzhou_beihai_kaifaqu_2024', 'audit_precision'):
        "warning meta.timeliness: a bare 开发区 is held to the departments' 1月31日 deadline (2025-02-17); the labeller left a 开发区's deadline as a judgement",
    # held-out set 1830–1844 (stop 22), measured at arrival: misses registered, see eval/heldout/1830-1844.md
    # held-out set 1815–1829 (stop 22), measured at arrival: misses registered, see eval/heldout/1815-1829.md
    ('1815_tianshui_gonggongziyuanjiaoyizhongxin_tradmirror_2023', 'audit_recall'):
        "judgement label: the total is in 項 and its parts in 條 (the same paragraph counts projects in 條); lists compare parts with a total only in one unit",
    # held-out set 1845–1859 (stop 22), measured at arrival: misses registered, see eval/heldout/1845-1859.md
    ('1852_yinchuan_chengshiguanliju_2024', 'audit_precision'):
        "info prose.inconsistent by design (a short list of plain categories with nothing marking it whole, 95 of 96, asks to check); the labeller recorded no finding for that shape",
    # structure sweep 1400–1427 (stop 22): labels in /work/sweep-s22-struct.md
    # held-out set 1875–1889 (stop 23), measured at arrival: misses registered, see eval/heldout/1875-1889.md
    ("1881_chayouhouqi_2024", "organ"):
        "no title; the contact's place and the overview's 我旗 give the 旗, which its website's name ('察哈尔右翼后旗人民政府"
        "网站') completes to '察哈尔右翼后旗人民政府' (organ_name's convention, as 彝良县); the label keeps the bare place",
    # held-out set 1890–1904 (stop 23, an unbiased sample), measured at arrival: see eval/heldout/1890-1904.md
    ("1904_kaiping_nongyenongcunju_tradmirror_notables_2020", "audit_recall"):
        "judgement label (as 1261): '一、總體情況' holds only the compilation note; structure.sections judges the six headings, "
        "all printed in order, not what a section holds",
    # held-out set 1905–1919 (stop 23, an unbiased sample), measured at arrival: see eval/heldout/1905-1919.md
    # held-out set 1920–1934 (stop 23), measured at arrival: see eval/heldout/1920-1934.md
    ("1922_taishan_zhengfuban_mirror_2023", "audit_precision"):
        "info note by design: 受理7宗 vs 1+1+4 outcome categories, a by-category list nothing says is whole; labelled clean",
    ("1934_honghe_jianshui_qinglongzhen_2019", "organ"):
        "contact '青龙镇政府信息公开领导小组办公室' cut to the title form 青龙镇政府; the county form is printed only in the "
        "address bracket",
    ("1932_unnamed_xianzhengfuban_tradmirror_2019", "year_published"):
        "the year follows an item number ('4、2019年…'), which stated_year's line-opening pattern does not pass",
    # held-out set 1950–1964 (stop 23), measured at arrival: see eval/heldout/1950-1964.md
    ("1959_tianshui_gangu_xianzhengfuban_2024", "audit_recall"):
        "judgement label: website total 10300 vs the 报表's 概况类+政务动态+信息公开目录 (7443); not marked whole, and the "
        "by-category note is off ('发布概况类信息' matches disclosed.HOW; 目录/微信 match CHANNEL)",
    ("1963_qiannan_wengan_xianzhengfu_2024", "audit_recall"):
        "judgement label: 9035 vs 418+4742+3194 = 8354, not marked whole; 目录 in '信息公开目录信息' matches disclosed.CHANNEL, "
        "so the by-category info note is withheld",
    ("1964_hangzhou_chunan_xianzhengfuban_2024", "audit_precision"):
        "info prose.inconsistent by design (143 vs four bare categories, 41), as 1852",
    ("1953_zunyi_tongzi_xianzhengfu_2022", "organ"):
        "title '桐梓县2022年…' read as '桐梓县'; label 桐梓县人民政府 (as 963)",
    ("1963_qiannan_wengan_xianzhengfu_2024", "organ"):
        "'现向社会公布瓮安县2024年…' read as '瓮安县'; label 瓮安县人民政府",
    # held-out set 1935–1949 (stop 23, an unbiased sample), measured at arrival: see eval/heldout/1935-1949.md
    ("1937_xining_chengzhongqu_2021", "organ"):
        "the compiled-by pattern wants 编制 right after the name ('由…办公室综合区政府各镇办、各部门的工作情况编制而成'), so the "
        "contact's 政府办公室 is read as its government",
    # held-out set 1428–1442 (stop 24, an unbiased sample of townships), measured at arrival: see eval/heldout/1428-1442.md
    ("1435_dongguan_binhaiwan_xinqu_2025", "organ"):
        "the title names the zone '东莞滨海湾新区' (read); the label takes the body's '滨海湾新区管委会' — no check depends on it",
    # held-out set 1966–1980 (stop 24, an unbiased sample of governments), measured at arrival: see eval/heldout/1966-1980.md
    ("1975_chaoyang_shizhengfuban_2021", "audit_recall"):
        "table 二 row '行政规范性文件623129', digits glued to the label: read as a run with several readings (fused_rows, a "
        "notice naming 1, 2 or 3 printed cells), and lost_rows by design leaves fused rows out ('printed, not lost'); the "
        "label expects lost_rows, where the fused-line pages 922–932 are labelled without it (labels to reconcile)",
    ("1967_geermu_shizhengfuban_mirror_2017", "organ"):
        "the title '格尔木市2017年…' is read as '格尔木市'; the label took the compiler '由格尔木市人民政府办公室编制'",
    ("1975_chaoyang_shizhengfuban_2021", "organ"):
        "the title's '朝阳市政府办公室' is kept; the label took the 信息来源 field's '朝阳市人民政府办公室'",
    # held-out set 1996–2010 (stop 24, an unbiased sample of 2019/2020 reports), measured at arrival: see eval/heldout/1996-2010.md
    ("2000_zhuxi_xian_2019", "organ"):
        "gold '竹溪县' (the overview's subject); the parser gives '竹溪县人民政府' from 竹溪县人民政府网站 (_has_website), a "
        "fuller form organ_accepted does not accept",
    # held-out set 2011–2025 (stop 24, problem pages others left, then the same kind), measured at arrival: see eval/heldout/2011-2025.md
    ("2014_tonghua_dongchang_jinchangzhen_2025", "organ"):
        "title prints '2025年金厂镇…报告'; the label took the contact line's 通化市东昌区金厂镇人民政府, the parser the title's "
        "金厂镇 (same kind, no check changes; as 610)",
    # held-out set 2026–2040 (stop 24, an unbiased sample of city districts 2022–2025), measured at arrival: see eval/heldout/2026-2040.md
    # held-out set 2041–2055 (stop 24, left-over problem pages and an unbiased fill), measured at arrival: see eval/heldout/2041-2055.md
    ("2047_anhui_tongcheng_shi_2021", "organ"):
        "title '桐城市2021年…报告' gives the place '桐城市' (kept); the label took 信息来源 '桐城市人民政府'; same kind, no check changes",
    # held-out set 2056–2070 (stop 24, an unbiased sample of county-level governments), measured at arrival: see eval/heldout/2056-2070.md
    # held-out set 2131–2145 (stop 25, an unbiased sample of development zones), measured at arrival: see eval/heldout/2131-2145.md
    ("2132_chizhou_gaoxinqu_2024", "organ"):
        "the title prints the short 池州高新区; the full 安徽池州高新技术产业开发区管理委员会 stands only in the breadcrumb and "
        "in a 来源 field read with '字体:[ ]' attached",
    # held-out set 2116–2130 (stop 25, prose stating application and review figures), measured at arrival: see eval/heldout/2116-2130.md
    ("2117_jiamusi_xiangyangqu_zhengfuban_2023", "organ"):
        "contact line names 向阳区人民政府办公室 but the subjects say the short '区政府办'; government_office takes only subjects "
        "ending in 办公室: read as the government",
    ("2123_guanghan_shizhengfuban_2025", "organ"):
        "the office is printed only as compiler (由广汉市人民政府办公室编制) and as the placeless subject 市政府办公室, with no "
        "contact line; read as the government",
    # held-out set 2146–2160 (stop 25, page heads that reach a table), measured at arrival: see eval/heldout/2146-2160.md
    ("2148_weinan_shangwuju_mirror_2019", "audit_precision"):
        "info prose.inconsistent by design (306 vs three bare categories, 270), as 1852",
    ("2160_changsha_meixihujiedao_mirror_2019", "organ"):
        "mirror's 和记AG for 政府 hides the announced title '梅溪湖街道办事处…'; subject '梅溪湖街道' taken",
    # held-out set 2161–2175 (stop 25, pages earlier labellers left, then the same kind), measured at arrival: see eval/heldout/2161-2175.md
    ("2171_zaoyang_shi_2024", "audit_precision"):
        "info note by design: 办理94件 vs 64+5+19 and 3 carried out = 91, a list by category nothing shows whole (no "
        "不予处理/其他处理, no 0 item); the balance no longer takes it as all answered (no warning)",
    ("2165_taishan_shi_mirror_2021", "audit_precision"):
        "info note by design: 28691 vs five bare categories = 9711, a selection labelled clean as a trap",
    # held-out set 2191–2205 (stop 25, heads reaching table 三/四; 2 pages), measured at arrival: see eval/heldout/2191-2205.md
    ("2191_qianjiang_yuyangzhen_2022", "audit_precision"):
        "warning meta.dates on '截至2021年底,我镇尚无…申请情况' in a report on 2022: the label leaves the stale year as a note "
        "(disputed: the page's own words date its section 三 a year early, an H5 reading the lead judges true)",
    ("2191_qianjiang_yuyangzhen_2022", "organ"):
        "title and 来源 print 渔洋镇; the fuller 渔洋镇人民政府 stands only in '特向社会公布渔洋镇人民政府2022年度信息公开工作"
        "年度报告' (年度 + 信息公开, not 政府信息公开), which no announced-title form reads (same kind, no check changes)",
    # held-out set 2176–2190 (stop 25, an unbiased sample of townships 2019–2021), measured at arrival: see eval/heldout/2176-2190.md
    ("2183_nanchangxian_tangnanzhen_spammirror_2019", "template"):
        "table 二's header is cut at '本年新 制' (2019's 本年新制作数量): the prefix 本年新制 is also the 2021 form's declared "
        "variant 本年新制发数, so the header tells no layout by words one form alone has",
    # held-out set 2206–2220 (stop 25, an unbiased sample of every organ kind 2023–2025), measured at arrival: see eval/heldout/2206-2220.md
    ("2210_suzhou_xushuguan_jingkaiqu_mirror_2023", "organ"):
        "the full name only as subject of '截至2023年12月31日,苏州浒墅关经开区管委会(浒墅关镇人民政府)开设…'; read from the "
        "contact line less its office: '浒墅关经开区'",
    ("2219_suixi_jianxinzhen_2025", "organ"):
        "subject '建新镇政府' kept; '遂溪县建新镇人民政府(以下简称“镇政府”)' in the 结合…编制 clause is not read",
    # held-out sets 2221–2235 (city governments and offices) and 2236–2250 (townships/streets of the west and
    # north-east), unbiased, measured at arrival on the stop's final code: see eval/heldout/2221-2235.md, 2236-2250.md
    ("2221_changzhi_shizhengfu_2021", "organ"):
        "'现向社会公布2021年长治市政府信息公开工作年度报告' gives the place 长治市; the label takes 长治市人民政府 (same kind, no "
        "check changes)",
    ("2342_ezhou_huarongqu_jiguanshiwuzhongxin_2022", "audit_recall"):
        "one published count stated as 28 (through '政府公开网站', the own site) and as 10 (no channel) is not compared: S9 keys a published count by its channel, and a count naming none may be the total of every channel (the period, object-after, own-site and 我中心 stops are fixed; with the site words removed the pair is raised)",
    ("2342_ezhou_huarongqu_jiguanshiwuzhongxin_2022", "organ"):
        "the 机关事务服务中心 is printed only as 我中心 and in '机关事务服务中心主任' (a position): None (the '增强了我中心' "
        "read from '增强了我中心政务公开工作' is no name since stop 28)",
    ("2349_guangzhou_huangpu_tradmirror_2020", "organ"):
        "a name given a short form by '(下稱我辦)' is not read",
    ("2357_dayao_xinjiezhen_2025", "audit_recall"):
        "one published total stated as 92 and 89 is not compared: _VERB_CLASS keeps 公开 and 公开发布 apart, own_site keeps the county portal apart from no channel; the 主要包括 parts are never read",
    ("2356_pingdingshan_shizhengfu_2021", "audit_recall"):
        "shares 17/44 and 14/42 not read: second share cut ('占33'); _EACH_WITH_SHARE needs a 共-total in the shares' sentence and never matches a share closing its sentence with '。'",
    ("2356_pingdingshan_shizhengfu_2021", "organ"):
        "'市政府办公室代表市政府' taken whole from '…代表市政府共受理…' (gold null)",
    ("2357_dayao_xinjiezhen_2025", "organ"):
        "title's '大姚县新街镇' taken; body's 新街镇人民政府 not joined",
    ("2358_shidian_taipingzhen_2025", "organ"):
        "index '发布机构 施甸县太平镇' taken over contact's '施甸县太平镇人民政府'",
    ("2359_suining_chuanshanqu_zhengfuban_2022", "organ"):
        "bare '区政府办公室' taken; label null",
    ("2384_xinghua_shagouzhen_2025", "organ"):
        "no title; the source field's '兴化市沙沟镇' is read, the prose's '沙沟镇人民政府' is not (a judgement as much as a miss: both name the township)",
    ("2415_huangping_xianzhengfu_2023", "organ"):
        "the announced title's bracketed second name '(政府办公室)' is left out; the county government is read",
    ("2457_shangdu_maoduxiang_2022", "organ"):
        "the announced title '现向社会公布2022年卯都乡信息公开工作年度报告' gives '卯都乡' (a township: S5 and 全乡 are judged); "
        "the gold's '商都县卯都乡人民政府' is printed only in '受理机构为商都县卯都乡人民政府党政综合办公室' and a quoted form's name, "
        "which no reader takes as a fuller form",
    ("2461_guangde_yangtanzhen_tradmirror_2020", "year_published"):
        "year read 2019 from the stale 统计期限 (same stop as the audit_recall entry)",
    ("2463_tianshui_qingshui_baishazhen_2025", "audit_recall"):
        "a total said over two channels ('…网站、“人文白沙”政务新媒体…共计502条') is not set against the channels' own counts (政府网站72条; next sentence 公众号502条); the unlisted run after the total's comma takes the first channel's last two parts (1 and 54) as parts of the 502",
    ("2511_shuangpai_jiaoyuju_2025", "audit_recall"):
        "judgement label: website '其中官方网站公开146条' equals the total whose category list gives WeChat 108; no reader sets one channel's count against another channel's part (channels overlap, s21 as 1542/1553); the website 其中 holds one part, not above its total",
    ("2509_datong_qixiangbumen_2023", "audit_precision"):
        "info lost_rows for '行政事业性收费 |' (last row of table 二) in a copy printing every block header and its blanks as '| |||': bare_rows.settle calls a bare row lost on shows_slots before its whole-header test; the label reads it blank (S11 names 8 of 9 cells)",
    ("2443_zhongshan_ziranziyuanju_2022", "audit_precision"):
        "info prose.inconsistent by design (as 1852: a list of plain categories with nothing marking it whole, 16481 of 16887, asks to check); the labeller recorded no finding for that shape",
    ("2539_yueqing_minzhengju_2022", "audit_recall"):
        "_handling_split drops '政策规范文件1条'/'政策解读1条' as details of 主动公开/不公开; the kept split (160 < 161) is not read as whole (a judgement as much as a miss: 依申请公开 may hold the one)",
    ("2544_liaoning_shizhengfu_spammirror_2022", "audit_recall"):
        "173769万条 vs parts summing to 173769 in an unmarked next sentence: no unit-slip reader",
    ("2546_xianning_jiayu_shengtaihuanjing_fenju_2022", "audit_precision"):
        "info prose.inconsistent by design (as 1852: a list of plain categories with nothing marking it whole, 124 of 125, asks to check); the labeller recorded no finding for that shape",
    ("2527_putian_changtaizhen_2020", "organ"):
        "'常太镇人民政府' only in the contact line; the opening's '常太镇' is read (same kind, no check changes)",
    ("2529_quanzhou_licheng_shangwuju_2019", "audit_recall"):
        "18 published in 2019 vs the year's 14-item list summing to 124: enumeration drops the run whose last item is '政策解读2条等', and the 18 is a part of the 119 list, never taken as the whole",
    ("2558_taizhou_xinghua_kejiju_2020", "cells"):
        "table 二 one cell a line, every cell separated by the same run of four blank/space lines: the blank separator style reads each run as three empty cells, so rows get 15 cells for 3 columns and are left unread",
    ("2558_taizhou_xinghua_kejiju_2020", "audit_precision"):
        "active_disclosure.lost_rows info on four rows whose 0s are printed (same cause as the cells)",
    ("2560_jingdezhen_changjiang_gongxinju_2021", "audit_recall"):
        "outline '本报告由概述、…行政诉讼情况。' (no count, closed by 。): 概述 makes it an old outline, exempt above '一、总体情况' even on a copy cut before 五/六; also only 2 of 3 heading words (typo 政复议)",
    ("1994_yongjia_xixiaxiang_spammirror_2023", "organ"):
        "'2023年度溪下乡未收到政府信息公开申请' gives 溪下乡 (a township, read since stop 28: S5 and 全乡 judged); the "
        "label's 溪下乡人民政府 stands only in the address '地址:浙江省puroview.com溪下乡人民政府党政综合办公室', which no "
        "reader takes as a fuller form (same kind, no check changes)",
    ("2556_taizhou_jiaojiang_gongxiaoshe_2021", "organ"):
        "title '2021年区供销社…' read '区供销社' (a body since stop 28); the label takes the 发布机构 field's '区供销合作社', "
        "where 2558 keeps its title's 兴化市科技局 beside 信息来源:兴化市科学技术局 (same body, checks unchanged)",
    ("2551_aershan_yingjiju_2020", "template"):
        "table 二 prints its headers only (no cells): the layout is not told (gold 2019)",
    ("2558_taizhou_xinghua_kejiju_2020", "blank_zero"):
        "printed 0s of table 二 left unread (the four-blank-line separator read as three empty cells per run, rows unplaced): null where the copy prints 0",
    ("2644_tongcheng_magangzhen_2024", "organ"):
        "township printed bare in the title ('通城县马港镇'); the body's full name elsewhere on the page is not taken",
    ("2647_hangzhou_binjiang_puyanjiedao_mirror_2022", "organ"):
        "street printed bare ('浦沿街道'); the full …街道办事处 name elsewhere on the page is not taken",
    ("2650_xingren_dashanzhen_2024", "organ"):
        "township printed bare ('大山镇'); the full name (兴仁市大山镇人民政府) elsewhere on the page is not taken",
    ("2652_hukou_fulongxiang_2025", "organ"):
        "township printed bare ('湖口县付垅乡'); the full …人民政府 name elsewhere on the page is not taken",
    ("2629_huangshi_daye_jiaotongju_2022", "audit_recall"):
        "old outline (收费及减免, 申诉) closed at 六个方面 above '一、总体情况': structure._outline_lacks exempts it (outline.old, first heading not 一、概述) even on a copy cut in 一(二), where nothing shows the body has the section the outline lacks (as 2560)",
    ("2616_ganzhou_jingkaiqu_2023", "audit_recall"):
        "a list with no marker after '区共主动公开政府信息8000条' ends at its first item '各类文件111件' (件, not the total's 条: list_parts.read_list strict), so the channel counts 5953 + 2200 = 8153 are never summed",
    ("2612_huaibei_qixiangju_2021", "audit_precision"):
        "info prose.inconsistent by design (as 1852: a list of plain categories with nothing marking it whole, 498 of 502, asks to check); the labeller recorded no finding for that shape",
    ("2596_heshan_nongyenongcunju_tradmirror_2022", "audit_recall"):
        "judgement label against a pinned reading: 組織機構類信息 6 and 2 in a list that adds up to its 254; 1262/1512 pin a repeat in a list that adds up as no finding (as 1743)",
    ("2601_alashanmeng_jiaotongyunshuju_2024", "audit_precision"):
        "info prose.inconsistent by design (as 1852: six bare categories, 1511 of 1535, nothing marking the list whole, asks to check)",
    ("2593_zibo_wenchanghu_lvyouju_2020", "audit_recall"):
        "judgement label: channel counts 15 + 195 in the sentence after '主动公开政府信息88条', with no marker: no reader joins unmarked counts in a later sentence to a total, and enumeration stops at the outlet 微信",
    ("2587_neijiang_gaoxinqu_2021", "organ"):
        "no title in the copy; the contact line '可与高新区党政办联系' is read before the report's own '内江高新区高度重视…'",
    ("2656_wuchang_beiyinhezhen_2022", "organ"):
        "the title's '五常市背荫河镇' is kept; the label has the contact line's '五常市背荫河镇政府' (contact lines are no _mentions; same kind, no check changes)",
    ("2661_wuyuan_fuxingzhen_2023", "organ"):
        "no title; the announced '复兴镇' is taken; the label has '五原县复兴镇人民政府' from the contact line and address (same kind, no check changes)",
    ("2662_gangu_dashizhen_2023", "organ"):
        "the title's '大石镇' is kept; '大石镇人民政府' stands only in a prose sentence ('可申请大石镇人民政府或…') (same kind, no check changes)",
    ("2687_baicheng_jiaoyuju_2020", "year_published"):
        "no title; the year is printed only in the end-only cut-off and inside 《…》 titles: year None, which also switches structure._outline_lacks off",
    ("2675_wenzhou_longwan_yongxingjiedao_2019", "organ"):
        "name read from '《温州市龙湾区永兴街道办事处政府信息公开指南》' through the self-word 我街道 (quoted_by), which stops at 街道 and drops 办事处",
    ("2741_xianning_nongyenongcunju_2021", "audit_precision"):
        "info prose.inconsistent by design (as 1852: ten bare categories, 305 of 406, nothing marking the list whole, asks to check); the labeller recorded no finding for that shape",
    ("2719_hami_yiwu_xian_2023", "organ"):
        "organ '伊吾县' made from the prose where no title or organ is printed (gold null; the 办公室 appears only as the contact)",
    ("2702_fuzhou_jinan_quzhengfuban_2024", "audit_recall"):
        "judgement label: '2024年受理的37件申请件…予以答复' is read as 37 answered, never as a second 受理 count against '受理依申请公开38件' (the balance 38 = 37 + 1 closes)",
    ("2702_fuzhou_jinan_quzhengfuban_2024", "organ"):
        "the compiler named as contact in the preamble ('…人民政府办公室提供本报告的电子版下载') is not read when the page has no title",
    ("2703_fuzhou_chengxiang_jiansheju_2022", "organ"):
        "organ named only in a list item (its earlier report) not read",
    ("2704_rudong_wainongqu_juzhenjiedao_2025", "organ"):
        "the bracketed second name '(苴镇街道)' dropped",
    ("2705_taizhou_jiangyan_bumenju_2025", "organ"):
        "a cited guide's title ('《泰州市姜堰区政府信息公开指南》') read as the organ (gold null: the page says only 我局)",
    ("2707_shaoxing_binhaixinqu_spammirror_2025", "organ"):
        "管委会 dropped from '绍兴滨海新区管委会'",
    ("2826_panjin_shuangtaiziqu_zhengfuban_tradmirror_2023", "audit_recall"):
        "the year's '热点新闻319条' is a verbless comma item (no claim); the column's '累计发布信息315条' is set aside for 累计; no rule reads a cumulative count as a floor for the year's count",
    ("2794_hunan_renshe_ting_2025", "audit_recall"):
        "judgement label: '按时发布《…2025年度政府信息公开工作年度报告》' in 一(一) of the 2025 report — extractor.meta.year_named reads only the opening and a 《…》 only after 编制/现发布…; no rule says a report published in the year's work is of a year before the report's own",
    ("2780_quanzhou_jingkaiqu_2025", "organ"):
        "the contact-office sentence gives '泉州经济技术开发区管委会'; gold null (the page prints only a contact office)",
    ("2815_panzhou_shizhengfuban_2023", "organ"):
        "'盘州市人民政府(市人民政府办公室)' read as the government, not its office",
    ("2818_wuhan_jianganqu_2025", "organ"):
        "'武汉市江岸区' read without 人民政府",
    ("2836_jingdezhen_changjiang_xinfangju_2022", "audit_recall"):
        "closed outline of six, 2019 names plus 申诉/收费 parts, no 存在的主要问题 part: outline._OLD_PART marks it old and structure._outline_lacks exempts it (first heading 一、总体情况, not 概述) though the headings follow the outline",
    ("2842_lanxi_weijianju_2023", "audit_precision"):
        "info note prose.inconsistent: 2926 vs four categories = 2782, a short list of bare categories the label leaves unflagged (as 169)",
    # held-out sets of stop 30 (2871–3012), measured at arrival on 8956b03: see eval/heldout/28xx-30xx.md
    ("2961_dazhou_xuanhan_jingxinju_2021", "audit_recall"):
        "judgement label: the year's published count '主动公开…61条' against table 二's 66 行政规范性文件 issued — published-count claims are prose-only (rules/prose._PROSE_ONLY); no rule takes a year's published count as a floor for 本年制发",
    ("2962_suining_pengxi_mingfengzhen_2023", "audit_recall"):
        "judgement label: an item named twice with equal counts in a list that adds up to its total (194) — pinned clean by 1262/1512 (a category said twice in a list that closes), labelled as 1743",
    ("2976_xiping_ju_notitle_2021", "audit_recall"):
        "the copy opens straight at the overview's items with nothing above them: read as a report now, but a report that left out '一、总体情况' cannot be told from a copy that starts late (structure._unheaded_overview_alone needs an opening printed above the items)",
    ("3007_mengcheng_gongxinju_2025", "year_published"):
        "title '…2024年…年度报告' quoted in 《》 (set aside by meta.stated_year) against a body whose every date is 2025, each opening a comma clause ('…力度,2025年以来…'), not a sentence: the reader declines (None); audits/years.overview_year reads 2025 and meta.dates raises the slip",
    ("2993_weinan_gongxinju_mirror_2022", "audit_recall"):
        "judgement label beyond the README's rule: '建议提案40件,其中…13件…17件' falls short of a total that names its own two kinds, but nothing marks the list whole (分别为, 其他, a 0 category) and _by_category needs three parts",
    ("3022_honghe_jinping_xianzhengfu_2022", "audit_recall"):
        "judgement label: '1173项事项梳理' and '梳理政务服务事项1172项' in two clauses of one paragraph — counts of 政务服务 items, which no claim pattern reads (audits/prose/patterns.SPECS), and the first may cover another scope",
    ("3037_qiyang_meixizhen_2023", "organ"):
        "the 来源 field's '祁阳市梅溪镇人民政府' read over the title's '祁阳市梅溪镇' (the label keeps the title's form; 2713's label took its 来源 field: the conventions disagree)",
    ("3041_yongan_anshazhen_2021", "organ"):
        "the compiler line's '永安市安砂镇人民政府党政办公室' is not offered by organ_name._mentions as a fuller form of the title's '永安市安砂镇'",
    ("2876_xuancheng_tuiyijunrenju_2024", "audit_precision"):
        "info note prose.inconsistent: 168 vs twelve categories = 140, a short list by category the label leaves unflagged (no mark of a whole list, as 2842, 169)",
    # held-out sets of stop 31 (3056–3149), measured at arrival on bf3c126: see eval/heldout/3056-3070.md … 3146-3160.md
    ("3058_shaoguan_zhenjiang_chezhanjiedao_2023", "audit_recall"):
        "judgement label: the overview's opening '2022年韶关市浈江区车站街道办事处…' under a 2023 title — the overview also opens a clause with 2023 ('2023年,我街主动公开…'), which meta.dates' guard reads as a year left over in one sentence (302's precedent); the 2024 依申请 line is another year's count no rule reports",
    ("3072_changzhi_luzhou_machangzhen_2023", "audit_recall"):
        "judgement label: '内容包括政府信息公开指南、政府信息公开制度、主动公开内容、政府信息公开年报等四部分组成' names a site's columns, one template section among them: extractor.outline._first_outline takes an outline only where it names two sections or more",
    ("3101_leshan_zhujianju_mirror_2025", "audit_recall"):
        "judgement label: '收到…申请70件,涉及问题楼盘32件、…18件' (76) — 涉及 lists what the applications concern, which may overlap (925, 926 use it for applicants and add up), and 76 is also the 70 plus the 6 carried in: no marker reads it",
    ("3090_zhoushan_shizhengfuban_2023", "audit_precision"):
        "info note prose.inconsistent: 457 vs four kinds = 84 after 其中, a short list the label leaves unflagged (no mark of a whole list, as 2842, 2876)",
    ("3104_cangxi_dongxizhen_2025", "audit_precision"):
        "info note prose.inconsistent: 175 vs five categories = 173, a short list with no 其他, 0 category or 分别为 the label leaves unflagged (as 2842, 2876)",
    ("3207_panzhou_shizhengfuban_2024", "organ"):
        "'盘州市人民政府(市人民政府办公室)' read as the government, not its office (as 2815, 909: organ_announced.ANNOUNCED steps over the bracket)",
    # stop 31's second round (3161–3242), measured at arrival on 8e4757d
    ("3176_hengnan_gaoxinqu_guanweihui_2023", "year_published"):
        "the date under the title printed '(202421日)' with 年 and 月 lost: extractor.meta._date reads dates with separators or 年/月 printed only (gold 2024-02-01, a reading)",
    ("3176_hengnan_gaoxinqu_guanweihui_2023", "audit_recall"):
        "judgement label: meta.timeliness on the garbled '(202421日)' date, which no date reader takes (the rule says 未印发布日期)",
    ("3178_zhuhui_yuehanjiedao_2023", "year_published"):
        "title '2022度…年度报告' against a 2023 统计期限 and body, no publication date: the title's year is kept unless a date backs the period's (meta.dates raises the slip)",
    ("3191_zhongshan_dachongzhen_2022", "audit_recall"):
        "judgement label: three of the five parts print no unit ('…其它栏目信息共1223,“大涌发布”发布政务微信信息2141、…'): items._examples_joined joins names only to a figure with its unit, so no part is read",
    ("3221_danzhou_baimajingzhen_2023", "audit_recall"):
        "'受理…1件,上年结转0件,办件0件,结转下年度…0件': 办件 is no answered count in audits/prose/patterns.SPECS (elsewhere it counts cases received: 1700, 1867), so the balance lacks its out side",
    ("3224_zhaoan_siduzhen_2022", "audit_recall"):
        "'…共13条,占比41%农业类信息共1条,占比3%;…': the separator after a share lost, the 1条 part sits in an item holding a share and is skipped (list_parts), and the list reads 4+13+15 = 32; with the commas restored read_unmarked takes each '…共N条,占比' part as a total",
    ("3224_zhaoan_siduzhen_2022", "organ"):
        "'四都镇人民政府' from the prose against the title form '四都镇' the label keeps (3037's convention)",
    ("3238_huocheng_wenlvju_2025", "audit_recall"):
        "judgement label: the 116条 in the overview and the '4大领域' list in the next paragraph (7+4件+2件+21+16 = 50): no reader joins a total to a list behind a named count and a colon in another paragraph",
    ("3179_liling_shizhengfu_2023", "audit_precision"):
        "info note prose.inconsistent: 3636 vs the 条 parts up to the '；' (3625, the 7件 summed in); the list runs on to '编制政府公报11期' after it — a short list the label leaves unflagged",
    ("3194_dongguan_houjiezhen_2023", "audit_precision"):
        "info note prose.inconsistent: 2516 vs six categories = 1901, a short list with no 其他 the label leaves unflagged (as 2842, 3104)",
    # stop 31's third round (3251–3297), measured at arrival on 3bef39d
    ("3282_gannan_minzushiwuweiyuanhui_2020", "year_published"):
        "the page's only date on a list entry '• 2021-02-07导出word' + the title: no key, over 24 characters, and meta._byline takes a title before its date only",
    ("3282_gannan_minzushiwuweiyuanhui_2020", "audit_recall"):
        "judgement label: meta.timeliness on that unread date (2021-02-07 after the 1月31日 deadline): the rule says 未印发布日期",
    # held-out sets of stop 32 (3311–3463, by organ kind), measured at arrival on d5badc3: see eval/heldout/3311-3325.md …
    ("3327_huangshan_qixiangju_2023", "audit_recall"):
        "judgement label: '重大决策预公开、规划计划、决策部署落实情况信息共2条,规划计划1条,决策部署落实情况6条' — a group's count against two of its members' (7 > 2); no reader compares a named group with its members (repeated.repeats pairs identical labels only)",
    ("3329_weifang_qixiangju_2022", "audit_precision"):
        "info note prose.inconsistent: 38 vs four categories = 31, a short list with no 其他, 0 category or 分别为 the label leaves unflagged (as 2842, 3104)",
    ("3341_chongqing_haiguan_2020", "audit_recall"):
        "judgement label: '本年报主要内容包括:(一)总体情况、…(九)其他需要报告的情况' — no outline pattern takes 本年报…主要内容包括 without a count or 等, and its overview items (平台建设, 监督保障) make outline._of_overview set it aside",
    ("3372_qianjiang_yingjiju_2025", "audit_recall"):
        "judgement label: 286 said of the city portal and 176 of the bureau's column on it — claims._scope_problem reads 全市 in '公开全市安全生产…' as the count's scope, and disclosed.own_site tells the column from the site",
    ("3374_fumin_xinfangju_2022", "audit_precision"):
        "info note prose.inconsistent: 148 vs five categories = 47, a selection of highlights the label leaves unflagged (as 3090, 3104)",
    ("3388_maanshan_yushan_canlian_2022", "audit_recall"):
        "judgement label: '累计主动公开信息40条。决策部署落实情况9条、…、其他信息16条等。' (33) — a 、-run opening the next sentence with no list word is read by no bridge (semicolon_run takes ；-runs, and an unmarked list says only an excess)",
    ("3432_jurong_maoshan_fengjingqu_tradmirror_2020", "audit_recall"):
        "judgement labels: the pre-2019 statistics table (統計指標/單位/統計數) — no layout reader knows it as a form of its own (structure.tables says the copy is cut), and its '(一)主動公開政府信息數 183' is no template row for prose.table_mismatch",
    ("3343_xizang_youzhengguanlixitong_2020", "organ"):
        "'西藏自治区邮政管理系统' the title names (a system's report, as 2763's 气象部门) read as the body's subject '西藏自治区邮政管理局': organ_name.from_title takes a system named …部门 only",
    ("3401_jilin_renfangban_2020", "organ"):
        "'省人防办' the prose names, the fullest form '吉林省人民防空办公室' printed only in its website's name: organ_forms.spelled_out expands a short name opening with a place (a bare 省 is none) and ending 局/委/厅",
    ("3431_jinghe_gongyeyuanqu_2024", "organ"):
        "the contact line's '精河工业园区' (its office dropped) against '精河工业园区管理委员会' printed later: organ_name._BODY_WORDS has no 管理委员会 (adding it turns 2136's and 2707's zone names to their short 管委会 forms)",
    ("3433_anshun_jingkaiqu_2023", "organ"):
        "'经开区办公室' from the contact line: organ_office.without_unit keeps the office, 经开区 alone being no organ to is_organ; the full '安顺经济技术开发区' is printed only in the address",
    ("3434_fuzhou_zimaoqu_baoshuigangqu_2022", "organ"):
        "the contact line's name stops at its bracket ('中国(福建)自由贸易试验区…' → '中国'), and organ_lines.OWN_DOCUMENT falls back on the cited 《福建省政府信息公开办法》 (福建省)",
    ("3418_fuzhou_ziranziyuanju_2020", "audit_recall"):
        "judgement label: 10471多 against 2519 + 2300 + 4916余 — a total said with 多 is no bounded total (patterns.ceiling bounds round 余 figures only), and a part with 余 makes the sum a floor, so a shortfall is never said",
    ("3419_qingyang_shengtaihuanjing_fenju_tradmirror_2023", "audit_recall"):
        "judgement label: the column counts (375) in a sentence of their own after the WeChat 400余, tied by the label to the 240 published: no marker opens them, and list_parts._runs_on stops at the first ；",
    ("3420_yangzhou_guangling_ziguifenju_notables_2021", "audit_recall"):
        "no template section heading is found (the old (一)…(三) headings read as the overview's items), so the copy reads as cut inside the overview and table_rows.tables leaves the three tables to structure.sections",
    ("3492_shenzhen_futian_kejichuangxinju_2020", "audit_recall"):
        "judgement label: '…相关费用情况以及主要问题和改进措施' is one name to outline._reading (以及 parts two only where both halves are section words), so six names fit 六部分 and prose.outline_count says nothing",
    ("3492_shenzhen_futian_kejichuangxinju_2020", "audit_precision"):
        "structure.sections on the same outline read as six closed names (ruling s23, as 2505, 2629): the label reads seven names with 等 and files it as the count instead",
    ("3493_jiujiang_xunyang_kejiju_2021", "audit_recall"):
        "judgement label: the numbered kinds (一是…五是, 36) after a sentence with no figure ('主动公开政府信息的类别。'): list_bridges links numbered points only to the sentence right before them, and read_first_item reads them as a partial list",
    ("3499_hanzhong_hantaiqu_jiaotiju_2025", "organ"):
        "the body's '汉台区教育体育局' against the title's short '汉台区教体局' the label keeps (organ_name prefers a fuller printed form, as 3492)",
    ("3507_fushun_jiaoyuju_tradmirror_2024", "audit_recall"):
        "judgement label: 816 against two channels 319 + 487 = 806 — a short list is said only where something marks it whole (分别为, 0 item, 其他 N) or, as a note, with three categories or more (as 2993)",
    ("3568_fuyuan_haiqingzhen_2025", "organ"):
        "no title line: organ_name takes the subject '海青镇' of '海青镇扎实做好…', not '海青镇人民政府作为镇级机关…' the label keeps (its note allows either)",
    ("3555_qingyang_shi_2021", "audit_precision"):
        "two warnings prose.inconsistent: the stops after '占33.58%' and '占66.42%' lost in the copy, so each share runs into the next clause — list_parts.read_list skips the item holding 65781 as a share and runs on into the channels (112747 > 99031), and unmarked reads 65781 as a year's whole split by them (as 3224's lost separator)",
    # stop 32's third round (3536–3570), measured at arrival on d5badc3
    ("3536_hengnan_yingjiguanliju_tradmirror_2020", "invented"):
        "table 二's (五) headed 項目數量: its 4 and 3 read as 上一年项目数量 (the template's header printed without its year, a declared variant), which the label leaves unmapped (a reading it allows)",
    # stop 33 (3581–3715), measured at arrival on a359ca8
    ("3581_anshun_xixiu_tuiyijunrenju_2021", "organ"):
        "the preamble publishes the report as '西秀区人民政府(区人民政府办公室)2021年政府信息公开工作年度报告' (copied from the district's own report); organ_announced.ANNOUNCED takes it, the label keeps the bureau the page is otherwise about",
    ("3581_anshun_xixiu_tuiyijunrenju_2021", "audit_recall"):
        "judgement: '2020年我局未收到信息公开申请' in a report on 2021 — years.own_year reads the 2020, but meta.dates holds a year left from an earlier report only where no clause of the overview opens with the report's year, and two do ('2021年依托…', '2021年通过…'): 3058's guard",
    ("3585_shenzhen_sifaju_2023", "audit_recall"):
        "judgement: 10526 against 328 + 301 + 661 = 1290 under 其中 with no mark of wholeness — a shortfall is no finding under S9's wording (prose_listed.parts_finding), and the info note is held back because parts._names_category takes '信息公开目录信息' for a channel (1963's cause)",
    ("3659_beijing_dongcheng_chengguanwei_2019", "audit_recall"):
        "judgement: '422条,其中,机构职能类9条、更新工作动态380条、水务信息12条、优化营商…21条,双公示613条' — 9 + 380 + 12 + 21 = 422 exactly before the comma, so list_parts._runs_on closes the list there and the 613 (counted elsewhere, the labeller thinks) is no part; an auditor ending the list at '21条,' records nothing",
    ("3661_wuhan_chengguanzhifawei_2025", "organ"):
        "the title's short '市城管执法委' kept (eval/README's title form read by the reader), the label takes the source field's '武汉市城市管理执法委员会' (judgement, the labeller's note)",
    ("3671_fuzhou_gulouqu_caizhengju_2022", "audit_recall"):
        "judgement: '2021年度共主动公开政府信息4条' in a report on 2022 — no title and no year in the report's own voice (years.OWN_YEAR wants 我/本 after 年度), and overview_year reads no year when two open its clauses (2021 and 2022); claims._other_year only sets the count aside (3058's second cause)",
    ("3672_yibin_pingshan_longhuazhen_mirror_2022", "organ"):
        "the preamble's and overview's subject '屏山县龙华镇人民政府' taken as the fuller form of the title's '龙华镇' the label keeps (eval/README's title form)",
    # stop 34 (3761–3865), measured at arrival on f470f76
    ("3777_ewenke_yiminsumu_2019", "audit_recall"):
        "judgement: a page whose text opens at '三、收到和处理政府信息公开申请情况' and runs to its end — extent.starts_late reads a copy "
        "with nothing before 三 as one that starts late (its 一 and 二 not assessable); the label takes it whole (no title printed either)",
    ("3777_ewenke_yiminsumu_2019", "end"):
        "the gold calls the copy complete (it runs to its signature); the audit reads its start at 三 as a late start (as its recall gap)",
    ("3779_jinhua_shuiliju_2019", "audit_recall"):
        "judgement: an old outline (…收费及减免…共6部分组成) above the template's first heading '一、政府信息公开工作总体情况', the copy "
        "cut after it — structure._outline_lacks lets the template's headings decide (the body follows the template), so the "
        "outline's missing 其他需要报告的事项 is not said",
    ("3780_chongqing_shuiliju_2019", "audit_precision"):
        "info note prose.inconsistent: '网办事项共计28项' against 13 + 9 + 3 = 25 — a short list nothing says is whole; the labeller "
        "saw it and left it unlabelled (the analyst: a true question at the right severity)",
    ("3807_bengbu_renfangban_mirror_2021", "audit_precision"):
        "info note prose.inconsistent: 353 announced against eight kinds adding to 116 — no 其他, no 0 category, no 分别为: not "
        "whole by S9's wording, so the label records none (as 3104, 649)",
    ("3837_tieling_xianzhengfuban_trad_2022", "audit_recall"):
        "judgement: 政策解读 named twice in one run (政策解讀類信息26條 … 政策解讀22條) — prose/repeated.py reads a list after a list "
        "word, within one unit, items ending in their figures, labels compared exactly: this run fails all four (26 items filed as "
        "政策解读 and 22 interpretations may be two quantities)",
    ("3867_chenxi_shangwuju_tradmirror_2019", "audit_precision"):
        "info note prose.inconsistent: '在2019年度主动公开的44条' against eight kinds adding to 43 — no 其他, no 0 category, no "
        "分别为 closing it: not whole by S9's wording, so the label (a control) records none (as 3104, 3807)",
    # stop 35 (3896–4060), measured at arrival on 5bc6fa9
    ("3912_linzi_jinshanzhen_mirror_2019", "end"):
        "the gold calls the copy complete (it runs to its signature); the audit reads its start at 三 as a late start (as 3777)",
    ("3958_beijing_kexueyuan_wulisuo_2022", "end"):
        "judgement: a whole page ending after its 五 with no end mark (no 六, sign-off, 特此报告, footer or empty 附件:) — "
        "extent.reaches_end cannot tell it from a copy cut there, so its missing 六 is not assessable",
    ("3897_heilongjiang_renfangban_tradmirror_2021", "audit_recall"):
        "judgement (info): '接到網上政務信息公開平台民眾申請的…68條' and '出具依申請公開信息答覆書144份' — the 68 is read as one channel's "
        "count (claims._SUBSET: 网上/平台), and no results pattern reads reply letters issued (答复书N份); the units differ too",
    ("3912_linzi_jinshanzhen_mirror_2019", "audit_recall"):
        "judgement: a copy opening at '三、收到和处理政府信息公开申请情况' with no title and nothing before it — extent.starts_late reads "
        "it as cut at its start (sections 一 and 二 not assessable), as 3777; the label takes it whole",
    ("3957_shanghai_kexueyuan_yingyongwulisuo_2023", "audit_recall"):
        "judgement: a three-part outline the headings follow, so sections 二/三/四 are said missing (structure.sections) — "
        "table_rows.tables leaves a table whose section has no heading to that finding, the label wants both",
    ("4031_yancheng_yandu_shengtaihuanjingju_2022", "audit_recall"):
        "judgement: '2021年盐城市盐都生态环境局认真贯彻…' opening the overview of a report on 2022 (title and 统计期限 2022) and "
        "'结转2022年办理0件' — meta.dates sets the overview's own 2021 aside because '2022年全年主动公开…' opens a clause too "
        "(years.opening_years: one sentence's year is left over), and no rule compares a carry-out's year with the next year (as 1564)",
    ("4046_langxi_weijianwei_tradmirror_2019", "organ"):
        "the preamble's title names '郎溪縣衛生健康委員會(縣中醫藥局)', a second name in brackets the announced-title reader leaves "
        "out (organ_announced.ANNOUNCED; as 2415, 2704): '郎溪县卫生健康委员会' read",
    ("3538_futian_fubaojiedao_2020", "organ"):
        "the 来源 field's '福田区福保街道办事处' taken as a fuller form of the title's '福田区福保街道' the label keeps (eval/README's title form)",
    # stop 36 (4061–4165), measured at arrival on dea4640; what this stop's mends leave
    ("4062_pingtan_jingjifazhanju_2020", "audit_recall"):
        "judgement: '经济发展局办公室 2020年1月26日印发' after the sign-off of a report signed 2021年1月26日 — meta.dates compares the "
        "page's publication date and the head's stamps, no 印发 line after the sign-off",
    ("4076_pingtan_xingzhengshenpiju_2022", "audit_recall"):
        "'主动公开政府信息364条，人事信息17条，…，其他应主动公开的政府信息19条' (353): a list with no marker word is read as a selection "
        "only (unmarked.read_unmarked); taking a closing 其他 to make such a list whole raised 5 false alarms for this one on the "
        "2,180 eval/corpus reports (application outcomes without the carried-out count, channels against categories), so not done",
    ("4079_pingtan_caizhengjinrongju_2024", "audit_recall"):
        "judgement: '2023年，在主动公开的61条政府信息中' in 二(二) of a report on 2024 — meta.dates reads the report's own year up to "
        "section 二 and sets a single other year aside (years.opening_years); no rule reads a leftover year deeper in the body (as 1564)",
    ("4080_pingtan_caizhengjinrongju_2025", "audit_recall"):
        "judgement: '2024年制作、获取政府信息总数467条' in a report on 2025 — a leftover year past where meta.dates reads (as 4079)",
    ("4081_pingtan_touzicujinju_2025", "audit_recall"):
        "judgement: '依申请公开信息数14条' beside no application received — refiners.vague leaves the figure's meaning open (pieces of "
        "information or applications) and prose.judge raises no vague figure that fits no column (as 1241)",
    ("4077_pingtan_xingzhengshenpiju_2024", "audit_precision"):
        "true, unlabelled: '行政复议1起' against table 四's 行政复议 总计 0 — the labelled wrong 总计 seen from the prose (the labeller "
        "labelled the fault once, as review_litigation.group_total)",
    ("4077_pingtan_xingzhengshenpiju_2024", "cells"):
        "行政规范性文件's fused run has several readings (the gold takes 制发 15 from the prose): left unread (as 925–927)",
    ("4078_pingtan_xingzhengshenpiju_2025", "cells"):
        "行政规范性文件's fused run has several readings (the gold takes 制发 3 from the prose): left unread (as 925–927)",
    ("4083_pingtan_xingzhengshenpiju_2023", "cells"):
        "行政规范性文件's fused run has several readings (the gold takes 制发 5 from the prose): left unread (as 925–927)",
    ("4093_wenzhou_ouhai_zhaoshangju_tradmirror_2018", "audit_recall"):
        "judgement: '全年主动公开政府信息15条,通过政府网站公开信息16条,…政务微信…50条,…报纸公开5条' — the list reader ends the list "
        "once a part reaches the total (the website's 16 alone), so one channel above the year's total is compared by nothing",
    ("4126_putian_hanjiang_weishengju_mirror_2011", "audit_recall"):
        "judgement: the report's own count said for '2010年度' in section 三 of a report on 2011, the head one run of text with no "
        "section found — meta.dates reads no year there",
    ("4137_pingtan_shehuishiyeju_2024", "audit_precision"):
        "'回应依申请公开信息2条（属于已主动公开答复数1条，同意公开答复数1条）': the two bracketed parts of the 2 (already public + "
        "agreed, both 予以公开 in table 三's 2) read as all answers and as all granted, and set against 2",
    ("4137_pingtan_shehuishiyeju_2024", "status"):
        "table 四 prints one 17-digit run for 15 cells ('00202000001324015'), balancing under none of its 24 readings: unparsed, "
        "where the gold (its cells all unreadable) counts the table present",
    ("4138_pingtan_nongyenongcunju_2024", "audit_recall"):
        "the page ends inside 五 with no sign-off, 特此报告 or footer: extent cannot tell the end of the report from a cut copy, so "
        "六's absence is 'not in the copy'",
    ("4138_pingtan_nongyenongcunju_2024", "end"):
        "the page ends inside 五 with no sign-off, 特此报告 or footer (as 3958): the copy's end is not told from a cut",
    ("4151_yongjia_shatouzhen_spammirror_2008", "organ"):
        "the mirror's title prints '沙头镇' only; '沙头镇人民政府' stands in the contact address, which no reader takes as the name (as 1994)",
    ("4156_anning_xianjiejiedao_tradmirror_2016", "audit_recall"):
        "'统计期限…2015年12月1日至2016年10月30日' for a report on 2016: dates.PERIOD reads a 统计期限 only from 1月1日, so the period "
        "is not read at all",
    # stop 38 (4286–4360), measured at arrival on a9aa802; what this stop's mends leave
    ("4290_pingtan_renfangban_2011", "organ"):
        "the swapped title '…政府信息工作公开…' fails meta.TITLE_PATTERN, so the column name is taken as the title and "
        "named_elsewhere takes the office's document 《限时办结制》 as its name ('限时办')",
    ("4303_shanghai_yangpu_jiangpulujiedao_2012", "year_published"):
        "published read as the page's 2013-02-15 on the title line; the gold takes the signature's 2012-11-16 (eval/README allows "
        "either; the finding is raised on the signature date)",
    ("4304_shanghai_pudong_qzf_2010", "organ"):
        "judgement: the title's '上海市浦东新区政府' against the cover's '…人民政府' (the gold's fullest form)",
    ("4305_shanghai_pudong_qzf_2013", "organ"):
        "judgement: as 4304, the title's short form against the cover's",
    ("4316_yining_xian_mirror_2014", "organ"):
        "no title line: the contact line's misprinted '伊宁县县人民政府' is tried before the compiler line; the gold takes the "
        "office that compiled it ('伊宁县人民政府办公室')",
    ("4348_pingtan_nongcunfazhanju_2016", "audit_recall"):
        "judgement: 73 listed of 74 with truncated shares (parts._shares_short takes 96 % for a partial list); the 附表's "
        "'条740' has two readings (7 | 40, 74 | 0) and is left unread, so its cumulative below the year is not seen",
    # stop 39 (4391–4450), measured at arrival on abc3c1f; what this stop's mends leave
    ("4182_pingtan_caizhengjinrongju_2013", "audit_precision"):
        "true, unlabelled under this rule: the labelled 26 against 32 (prose.inconsistent) seen against the 附表's "
        "'主动公开信息数 条 32' now that its one-year column headed 数量 is read (prose.table_mismatch)",
    ("4453_pingtan_xianzhengfu_2013", "audit_recall"):
        "judgement: the 统计表's channel rows are fused digit runs ('当面申请数条018' …) the labeller split by their sums; "
        "own_table leaves a run of several readings unread, so the prose's 网上 3 / 信函 4 meet no row",
    ("4454_pingtan_dishuiju_2013", "audit_recall"):
        "judgement: '共受理审批事项117件，办结171件，办结率100%' — the approval window's cases, no 信息公开 applications "
        "(claims._SERVICE); prose.rate's branch for letters and calls finds a rate only above its counts' ratio (a "
        "carry-in may swell what is done)",
    ("4458_pingtan_zonghezhifaju_2018", "audit_recall"):
        "judgement: '2018年主动公开文件51份，截止2018年，共公开文件累计257份' against the 附表's 历年累计 256: the second "
        "clause leaves out 主动, which prose_own_table._all_published asks of a count of all published",
    ("4227_pingtan_nongyenongcunju_2025", "audit_recall"):
        "judgement: the prose's '收到政府信息公开申请1份' is the 自然人 cell's 1 under a 总计 of 0 — the table's 总计 column is "
        "what breaks (its row_total findings), so prose.table_mismatch sets it aside since stop 39 (4479, 4481 label none)",
    ("4138_pingtan_nongyenongcunju_2024", "audit_recall"):
        "the prose's applicants '法人申请1件、自然人申请2件' against table 三's 自然人 3, 法人 0: applicant-type claims are "
        "not compared with the applicant columns; the row's 3 agrees with its applicant columns (its 总计 0 is row_total's)",
    ("4482_pingtan_zhifayingjiju_2024", "audit_recall"):
        "judgement (units): '发布信息607条，其中主动公开380份，依申请公开及不予公开319份' — parts in 份 under a total in 条 are "
        "another unit's, never summed against it",
    ("4485_pingtan_ziranziyuanju_2019", "audit_recall"):
        "judgement: no 六 under a closed five-part 2008 outline above the 2019 headings — the headings decide (ruling s23), "
        "and the page, ending inside 五 with no end mark, cannot be told from a cut copy",
    ("4485_pingtan_ziranziyuanju_2019", "audit_precision"):
        "info note by design: '历年累计主动公开政府信息2979条' against a by-category list adding to 425 (the year's?) — a "
        "short list nothing marks whole asks to check",
    ("4488_pingtan_ziranziyuanju_2023", "audit_recall"):
        "judgement (reading): （七）总计 '191000019' and 新收 '190000019' have no split that closes their rows; the run is "
        "left unread (several readings), so the 商业企业 column's balance and the row's total are not assessable",
    ("4189_pingtan_caizhengjinrongju_2017", "audit_precision"):
        "by the stop-38 ruling (4289): signed '2017年12月31日', the year's last day, read now that a sign-off right after its "
        "statistics table's last row is found — the label, written before, records no date finding",
    ("4488_pingtan_ziranziyuanju_2023", "cells"):
        "fused seven-digit runs of table 三 ('191000019', '190000019') with no split that closes their rows: left unread",
    ("4488_pingtan_ziranziyuanju_2023", "blank_zero"):
        "the unread runs of （七）总计 (see cells): its printed 0s are not emitted",
    ("4485_pingtan_ziranziyuanju_2019", "end"):
        "a whole page ending inside 五 with no end mark the extent reader knows (as 4138)",
    ("4491_pingtan_gongshangju_2013", "end"):
        "a whole page ending on its last point's sentence with no sign-off, 特此报告 or footer (as 4138)",
    ("4502_pingtan_lvwentiju_2020", "audit_recall"):
        "judgement: '行政许可事项由原来的29项精简合并为22项' (items of the licensing catalogue) against table 二's 行政许可 "
        "15 | 11 | 0 — no claim pattern reads a catalogue's items as the table's 许可 figures",
    ("4502_pingtan_lvwentiju_2020", "audit_precision"):
        "true, unlabelled: a section '二、政务公开工作主要任务落实情况' inserted pushes 主动公开 to 三 and the rest one down — "
        "structure.sections says the numerals are not the template's",
    ("4505_pingtan_zhifayingjiju_2020", "audit_recall"):
        "judgement: '制作政府信息（文件）617份，其中主动公开138份、依申请公开及不予公开431份' (569) — a short list nothing "
        "marks whole, in 份",
    ("4505_pingtan_zhifayingjiju_2020", "audit_precision"):
        "info lost_rows: '政府集中采购（元）6675809' — the unit in brackets between the label and the digits empties the "
        "row's run (fused_split.value_text), so a printed row is called lost",
    ("4508_pingtan_huanguoju_2017", "audit_precision"):
        "info note by design: '历年累计主动公开政府信息2027条' against a by-category list adding to 700, as 4485",
    ("4512_pingtan_xianzhengfu_2012", "audit_recall"):
        "'主动公开的政府信息，县直各单位…2475条，占62.2%。各乡镇…1503条，占37.8%' after '其中主动公开政府信息2026条': an "
        "opening naming what it splits with no 在…中 and no count is read by no bridge (the shares are of 3978, the 制作 "
        "total); and the judgement 2026 + 46 + 1854 = 3926 of 3978, a short list nothing marks whole",
    ("4394_kaili_wanchaozhen_2023", "organ"):
        "judgement: the page's 来源 field '万潮镇人民政府' read over the title's '万潮镇' the label keeps (the conventions "
        "disagree: 3037 keeps the title's form, 2713 the 来源 field's)",
    ("4426_pingtan_renkoujishengju_2011", "audit_recall"):
        "judgement: '共清理出4条政府公开信息' in the overview (information sorted out since 2011) against the 3 published the "
        "text and the table count — no claim pattern reads 清理出 as what was published",
    # stop 37 (4166–4240), measured at arrival on 5847b6f; what this stop's mends leave
    ("4170_pingtan_jinjingpianqu_2025", "cells"):
        "table 三's rows '本年新收…110000011' and '（七）总计110000011' each have several readings: （七）总计 is settled by the column "
        "sums (3 + 7 + 1 = 11) only together with the new-applications row, which H1 alone would settle — and H1 never picks a "
        "reading (fused_rows): 14 cells left unread, the gold's reading assumes H1 holds",
    ("4170_pingtan_jinjingpianqu_2025", "blank_zero"):
        "the same 14 cells of the two ambiguous runs (as its cells gap): unread, not blank",
    ("4216_xinping_pingdianxiang_2017", "organ"):
        "one line with no title: the organ is read from the contact clause '请与平甸乡人民政府办公室政府信息公开办公室联系' (the office), "
        "the gold takes the 乡人民政府 the office belongs to",
    ("4217_shaoxing_yuecheng_dongpuzhen_2016", "audit_precision"):
        "info by design: six categories of 915 listing 914, made whole by nothing (their shares' 99.9 % could hide the one "
        "missing): the reader notes it for a check, the label (a control) records nothing",
    ("4171_pingtan_junshanpianqu_2025", "audit_precision"):
        "judgement: sections under renamed headings ('一、年度工作核心成效', '五、当前存在的突出问题' + '六、下一步改进举措', '七、其他需说明"
        "事项'): the template's 一/五/六 are not printed as such, which structure.sections reports; the label takes them as renamed",
    ("4244_pingtan_guanweihuibangongshi_2025", "cells"):
        "行政规范性文件's fused run '97253' has several readings (the gold takes 9/7/253 from the prose): left unread (as 925–927)",
    ("4244_pingtan_guanweihuibangongshi_2025", "status"):
        "the same unread run makes table 二 partial (as its cells gap)",
    ("4246_pingtan_guanweihuibangongshi_2022", "cells"):
        "行政规范性文件's fused run '34089' has several readings (the gold takes 34/0/89 from the prose): left unread",
    ("4246_pingtan_guanweihuibangongshi_2022", "blank_zero"):
        "the same unread run (its 废止 0 is one of its readings)",
    ("4246_pingtan_guanweihuibangongshi_2022", "status"):
        "the same unread run makes table 二 partial",
    ("4246_pingtan_guanweihuibangongshi_2022", "audit_recall"):
        "judgement: prose '现行有效…424件' against the run '34089', unread: every reading gives 89 or 9, never 424, but only the 规章 rule judges a run across all its readings (as 926)",
    ("4248_pingtan_guanweihuibangongshi_2021", "cells"):
        "行政规范性文件's run '20 155' keeps two of three cells (the gold takes 20 from the spacing and the prose): left unread",
    ("4275_beijing_huairou_fagaiwei_2010", "organ"):
        "the contact line's '区发改委信息中心' is read before the preamble's '由怀柔区发展和改革委员会编制'",
    ("4276_shuangpai_xian_2011", "organ"):
        "judgement: the contact office '双牌县政务服务中心' is read; the gold takes the compiler 双牌县政务公开领导小组办公室 (a group's office is_organ refuses)",
    ("4275_beijing_huairou_fagaiwei_2010", "audit_precision"):
        "'形势分析类20条(同时撤销2条),工作动态类156条' under 174: the bracketed withdrawal is neither summed nor taken off (20 − 2 + 156 = 174), so 176 > 174 is raised",
    ("4258_pingtan_jingjifazhanju_2016", "audit_recall"):
        "'2016年，在主动公开的116条政府信息中，…28条，占22%' (24.1 %): a year set off before the opening stops the list reader after a heading (lists.read_sentence); and the sign-off '…经济发展局 2016年1月11日' runs on into the appendix's table on its line, so no sign-off is read",
    ("4263_pingtan_gonganju_2013", "audit_recall"):
        "judgement: 2 applications received against 3 answers in the report's own old-format table: no template table on a "
        "report on 2013, and the prose never gives a count of answers",
    ("4273_guangzhou_haizhu_chengguanju_docmirror_2010", "audit_recall"):
        "judgement: a cover dated '2010 年 12 月' for the report on 2010: a month without a day is no date read, and the page "
        "(a document mirror's notices, then the report cut before its 编制 sentence) is refused as no report",
    ("4231_pingtan_supingpianqu_2023", "end"):
        "the page ends with the last paragraph of its problems section (numbered 六), no sign-off, 特此报告 or footer (as "
        "4138): the end is not told from a cut",
    ("4232_pingtan_supingpianqu_2024", "end"):
        "the page ends with the last paragraph of its problems section (numbered 六), no sign-off, 特此报告 or footer (as "
        "4138): the end is not told from a cut",
    ("4273_guangzhou_haizhu_chengguanju_docmirror_2010", "read"):
        "a document mirror's page: its own notices, then a report on 2010 with no section heading or numbered part, its "
        "preamble cut before its 编制 sentence, a cover dated by month only — nothing tells a report",
    # stop 40 (4521–4568), measured at arrival on c0e40bf; what this stop's mends leave
    ("4123_kaiping_shatangzhen_tradmirror_2016", "audit_precision"):
        "true, unlabelled: its parts run 一、政府信息主动公开情况 then 三、依申请公开… — no 二 printed anywhere (the part "
        "numbering read since stop 40, old_outline.numbering_gaps)",
    ("4126_putian_hanjiang_weishengju_mirror_2011", "audit_precision"):
        "true, unlabelled: '一、引言' and then '一、概述' before '三、政府信息主动公开情况' — the second 一 stands where 二 belongs",
    ("4183_pingtan_gonganju_2016", "audit_precision"):
        "true, unlabelled: 概述 and 主动公开 printed with no numeral, the parts numbered from 三、依申请公开… under a preamble "
        "announcing six parts",
    ("4528_pingtan_haitanpianqu_2019", "audit_recall"):
        "judgement: '统一办理25项便民服务事项' (the former towns' service counters) against table 二's 其他对外管理服务事项 "
        "0 + 3 — no prose figure is compared with the items columns (targets: the decisions column only)",
    ("4542_wenchang_puqianzhen_mirror_2020", "organ"):
        "a naming convention: the page's 发文机关 field prints '文昌市铺前镇', the label takes the fuller '文昌市铺前镇人民政府' "
        "(the contact line, skipped once the title names the organ)",
    ("4564_meihekou_xinghuaxiang_2010", "end"):
        "a township's short first report (2010) ending on its plan sentence for 2011, no sign-off, 特此报告 or footer: the end "
        "is not told from a cut",
    ("4584_pingtan_gonganju_2025", "audit_recall"):
        "judgement: '对4份现行有效文件进行全面梳理核对及评估' (the documents a review went through) against table 二's 现行有效 5 "
        "— a count of what was reviewed, not read as the stock in force",
    ("4604_shishi_hanjiangzhen_2011", "audit_recall"):
        "judgement: an index block's '公文生成日期:2012-03-31' beside '发布日期:2012-01-19' — the document's generation date is "
        "no publication date, so the two are not read as two dates of publishing",
    ("4622_tianjin_shi_2020", "organ"):
        "a naming convention: the title prints '天津市', the overview's first sentence '天津市人民政府' (organ_name's fuller form)",
    ("4609_jiangle_anrenxiang_2010", "audit_recall"):
        "judgement: '科教文体卫生类5条,占总体比例的4.85%' printed twice in one list with the same count — a category named "
        "twice is read where its two counts differ (repeated.py); an equal repeat may be a restatement",
    ("4605_tunchang_ju_2015", "end"):
        "a whole page ending on its last part's last sentence (六、存在的主要问题和下步工作措施), no sign-off, 特此报告 or footer "
        "(as 4231): the end is not told from a cut",
    ("4611_siping_tiedong_jiefangjiedao_2011", "end"):
        "a whole page ending inside the last of the five parts its outline announces (五、下一步工作计划), no sign-off, 特此报告 "
        "or footer: the end is not told from a cut",
    ("4585_pingtan_gonganju_2011", "audit_recall"):
        "judgement: '截至今年12月，累计发布主动公开信息139条' against the 附表's 年末统计 17 — 累计 with 截至 reads as a total over "
        "the years, and the 附表 has no 历年累计 column to set it against",
    ("4666_taoyuan_xianzhen_2015", "audit_recall"):
        "judgement: shares with no counts ('40%是涉及民政优抚类信息,35%是涉及财政类信息') of 5 applications — 35 % of 5 is no whole "
        "count; a share is judged against its own count, and none is printed",
    ("4662_dean_zouqiaoxiang_2013", "organ"):
        "a naming convention: a head with no title, the body's '2013年,邹桥乡政府信息公开工作…' (政府信息公开 read as the work, "
        "so the subject is '邹桥乡'); the label takes '邹桥乡政府'",
    ("4681_pingtan_caizhengjinrongju_2022", "audit_recall"):
        "judgement: seven categories with '其他文件共35条' in the middle and 等 at the end make 90 of 123 — 其他 marks a list whole "
        "where it closes it (or stands among five parts or more before nothing but more named kinds); here 等 leaves it open",
    ("4683_pingtan_supingpianqu_2025", "end"):
        "the page ends with the last paragraph of its problems section (numbered 六), no sign-off, 特此报告 or footer (as "
        "4231, 4232): the end is not told from a cut",
    ("4725_jinkouhe_xiang_2016", "audit_recall"):
        "judgement: '规范性文件信息3条' among the kinds published against table 二's 规范性文件 0 / 0 in a 2016 report laid out in "
        "the 2019 format — published items of a kind, not the documents made, are no count the row's columns hold",
    ("4726_shitai_linyeju_2018", "audit_recall"):
        "'累计主动公开政府信息280条;通过电子政务编印…公开政府信息85条,…网站…132条,其它媒体…73条' — channels after a ；with no list "
        "word, closed by 其它 (290 > 280): an unmarked run of channels is not read as the total's parts (channels may carry the "
        "same items, 2593); with 其中 it is",
    ("4724_ruian_anyangjiedao_2017", "organ"):
        "a naming convention: the title's '安阳街道' against the preamble's '由安阳街道办事处编制' (the label takes the compiler's "
        "fuller name)",
    ("4746_zhengzhou_zhongyuan_zhongyuanxilujiedao_mirror_2019", "audit_precision"):
        "labelled against the s23 outline ruling: '…行政复议、行政诉讼情况、…改进措施等六部分组成' — six names at their most (复议、诉讼 "
        "two) make the count, which closes the list whatever its 等 (1987, 2422, 3222, 610 are labelled so), so the outline lacks "
        "其他需要报告的事项; the labeller read the 等 as leaving room for a sixth",
    ("4847_wuhan_jiangxia_zhufanggengxinju_2025", "audit_precision"):
        "labelled against the S9 rule the issue asks for (outcome claims against carried-forward cells; 1919's test): '剩余6件结转"
        "下年度继续办理。所有信息公开申请均在法定期限内予以答复' — six still open, so not every application was answered; the labeller "
        "read only the rate form (no 100 % printed)",
    ("4922_tonghua_guotuziyuanju_2011", "audit_recall"):
        "shares against a total in the paragraph before, under another sub-heading: '(一)公开的数量 截止2011年12月31日,累计主动公开"
        "政务信息466条。(二)公开内容 全部公开信息中,…36条,占总信息量的22.64%;…25条,占15.72%' (both fit 159, never printed): the share "
        "reader joins a share only to a total of its own sentence or list, and a 累计 total is set aside as a year's base",
    ("4901_guangzhou_shizhengfu_tradwiki_2020", "read"):
        "a wiki copy that opens at the overview's first item '(一)主動公開情況。' with no title, preamble, heading or table: "
        "'no annual report inside' (none of the six sections or three tables found)",
    ("4901_guangzhou_shizhengfu_tradwiki_2020", "audit_recall"):
        "the copy opens at '(一)主動公開情況' with nothing above it: a report that left out '一、总体情况' cannot be told from a "
        "copy that starts late (as 2976; the page is not read at all)",
    ("4905_hangzhou_shi_mirror_2019", "organ"):
        "the index block's '发布单位: | 市政府办公厅 |' (the label's) against the overview's subject '2019年,杭州市坚持…' (read): "
        "the city's report published by its office — the conventions disagree (as 2713 and the 来源 fields)",
    ("4861_tongyu_sugongtuoxiang_2025", "audit_recall"):
        "labelled against the township ruling of meta.timeliness (townships follow local rules, so only a date after the "
        "本级政府's 31 March is late whatever the rule; 2015, 2327, 3161 and 3987, townships published in February, are "
        "labelled without it): '发布日期:2026-02-10' for a 乡 on 2025",
    ("4861_tongyu_sugongtuoxiang_2025", "organ"):
        "the title's '通榆县苏公坨乡' read; the label takes the announcing sentence's '现公开苏公坨乡人民政府2025年…报告' (two forms "
        "of one name, each the fullest in one respect)",
    ("4866_anhua_kuixizhen_2025", "audit_recall"):
        "labelled against the township ruling of meta.timeliness (as 4861): '发布时间:2026-02-03' for a 镇 on 2025",
    ("4866_anhua_kuixizhen_2025", "audit_precision"):
        "judgement: '全镇累计公开发布信息(含通知)8条,其中包括通知公告3项、财政信息2条、公开指南1条、行政执法公示2条、主动公开事项目录1条' "
        "(9 > 8) — the 3 notices are in 项 where the total is in 条, and the label compares only parts in the total's unit; the "
        "total says it holds the notices (含通知), so the audit's sum is the one the page invites",
    ("4983_xinganmeng_aershan_shi_2023", "audit_precision"):
        "info prose.inconsistent by design (as 1852: six bare categories, 5395 of 5594, nothing marking the list whole, asks to "
        "check); the labeller recorded no finding",
    ("4983_xinganmeng_aershan_shi_2023", "organ"):
        "a city-wide report ('报告内容包括阿尔山市各级行政机关…') naming no organ: '通过阿尔山市人民政府网站发布信息' gives "
        "阿尔山市人民政府 (the government's own site); the label leaves it null",
    ("4987_jilin_wenhualvyouting_2024", "audit_recall"):
        "judgement label: '发布动态信息1400条' in 一(一) and '官方网站政务类信息731条、动态新闻类消息606条' in 一(二) — two names "
        "(动态信息, 动态新闻类消息) in two paragraphs; no reader takes them for one quantity stated twice",
}


def unreadable() -> set[str]:
    """Stems of eval documents the reader rejects outright (check "read")."""
    return {stem for stem, kind in PARSER_GAPS if kind == "read"}


def check(stem: str, kind: str, ok: bool, detail: object = None) -> None:
    """Assert `ok`, unless (stem, kind) is a known gap: then expect it to fail, and fail when it no longer does."""
    gap = PARSER_GAPS.get((stem, kind))
    if gap is None:
        assert ok, detail
    elif ok:
        pytest.fail(f"parser gap closed for {stem} ({kind}): drop it from tests/parser_gaps.py — {gap}")
    else:
        pytest.xfail(f"known parser gap: {gap}")
