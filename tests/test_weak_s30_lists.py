"""Held-out weak spots of stop 30 (pages 2886–2888, 2946–2960, 2916–2930): lists of applications and of published
items as real pages print them. Each test reads the real sentence as printed (silent) and with one printed figure
edited (raised, with the message's figures)."""
from __future__ import annotations

from test_audit_support import eval_text, of, run, run_variant

GAOPING = eval_text(2888)


def about(res, word: str) -> list[str]:
    return [f.message for f in of(res, "prose.inconsistent") if word in f.message]


def test_carry_in_after_applicant_kinds_is_no_part():
    # 全年共收到和办理依申请公开12件,其中自然人申请件12件,法人或其他组织申请件0件,上年度结转政府信息公开申请0件: the
    # carry-in stands beside the 12 received (consistent by hand with any carry-in), a part only beside 本年新收
    assert not about(run(GAOPING), "12件」")
    res = run_variant(GAOPING, ("上年度结转政府信息公开申请0件", "上年度结转政府信息公开申请1件"))
    assert not about(res, "12件」")
    res = run_variant(GAOPING, ("法人或其他组织申请件0件", "法人或其他组织申请件1件"))
    assert any("所列各项合计 13件（自然人申请件12件 + 法人或其他组织申请件1件），多于总数" in m for m in about(res, "12件」"))


def test_carry_in_beside_the_years_own_is_a_part():
    # 2023年共受理依申请公开33件,其中本年新收33件,上年结转0件: the 33 on the desk are the new and the carried-in
    res = run_variant(eval_text(493), ("上年结转0件", "上年结转2件"))
    assert any("所列各项合计 35件（本年新收33件 + 上年结转2件），多于总数" in m for m in about(res, "33件」"))


def test_two_unable_reasons_both_count():
    # 予以公开2件,部分公开8件,因本机关不掌握相关政府信息无法提供1件,信息不存在的1件 = 12: the 无法提供 said of one cause
    # is that reason's count, so the next reason is beside it, not inside it
    assert not of(run(GAOPING), "prose.inconsistent")
    res = run_variant(GAOPING, ("部分公开8件", "部分公开9件"))
    assert any("收到和办理依申请公开12件＋上年度结转政府信息公开申请0件 = 12，予以公开2件＋部分公开9件＋无法提供1件＋信息不存在的1件 = 13"
               in m for m in about(res, "不平衡"))


LINXI = eval_text(2887)


def test_applications_said_figure_first():
    # 共收到9件“依申请公开”申请,其中5件为协助市政务公开科办理,均已完成;4件为我县直接办理,其中2件已按要求处理答复完毕,
    # 2件正在处理: the total's figure before its quoted noun, each part opening with its figure, the run over the ；
    assert not of(run(LINXI), "prose.inconsistent")
    res = run_variant(LINXI, ("其中5件为协助", "其中6件为协助"))
    assert any("所列各项合计 10件（6件为协助市政务公开科办理 + 4件为我县直接办理），多于总数" in m for m in about(res, "9件」"))
    res = run_variant(LINXI, ("共收到9件", "共收到8件"))
    assert any("所列各项合计 9件（5件为协助市政务公开科办理 + 4件为我县直接办理），多于总数" in m for m in about(res, "8件」"))
    res = run_variant(LINXI, ("其中2件已按要求", "其中3件已按要求"))
    assert any("「4件为我县直接办理」，所列各项合计 5件（3件 + 2件），多于总数" in m for m in about(res, "4件为"))


def test_a_remark_said_figure_first_is_no_total():
    # 办结99件,1件为上年度结转办理件,其中予以公开79件,…: the 1 is a remark on the 99, not the total of the outcomes
    assert not [m for m in about(run(eval_text(2345)), "1件」")]


def test_two_parts_fused_without_separator():
    # …;深松补贴实施方案、黑土地保护实施方案等政策文件14条解读13条;…: the copy lost the separator between two parts, and
    # the whole ten-part list of 221 was dropped; read as two parts, 215 (not whole: silent as printed)
    naiman = eval_text(2949)
    assert not of(run(naiman), "prose.inconsistent")
    res = run_variant(naiman, ("共计221条", "共计210条"))
    assert any("所列各项合计 215条" in m and "政策文件14条 + 解读13条 + " in m and "多于总数" in m for m in about(res, "210条」"))


HEQING = eval_text(2886)


def test_list_running_on_into_the_next_sentence():
    # 我县主动公开各类政府信息1644条。其中,…(20 parts, 826)…政府采购18条。试点领域信息公开中重大建设项目52条,义务教育53条,
    # …(26 parts, 818): an edit of either sentence is the excess it is, at warning, not the first sentence falling short
    assert not about(run(HEQING), "1644条」")
    for old, new in (("公示公告134条", "公示公告144条"), ("义务教育53条", "义务教育63条")):
        found = [f for f in of(run_variant(HEQING, (old, new)), "prose.inconsistent") if "1644条」" in f.message]
        assert [f.severity for f in found] == ["warning"]
        assert "所列各项合计 1654条（政府信息公开指南信息38条 + " in found[0].message and found[0].message.endswith("多于总数")
        assert "政府采购18条 + 试点领域信息公开中重大建设项目52条 + " in found[0].message
    found = [f for f in of(run_variant(HEQING, ("各类政府信息1644条", "各类政府信息1634条")), "prose.inconsistent")]
    assert any("「我县主动公开各类政府信息1634条」，所列各项合计 1644条" in f.message and f.severity == "warning" for f in found)
