"""Held-out weak spots of stop 29 (pages 2746–2826) stopped by a word a reader did not know: a channel (信件申请), the
applicants said in the Regulations' words (法人或者其他组织) after the channels split the same whole, the stock in force
(有效存续), a field before a kind of document (海事规范性文件), an opener of named ways (受理), 主要 before an outline's
由, information named after a list's total (共发布N件主动公开信息,其中…), and a copy in Taiwan's words whose 規範性文件
tw2sp turned into 文档. Real sentences, each as printed (silent) and with one printed figure edited (raised)."""
from __future__ import annotations

from test_audit_support import document, eval_text, of, run, run_variant

BINJIANG = eval_text(2767)  # 收到政府信息公开申请4件,2件为网络申请,2件为信件申请;
QUANZHOU = eval_text(2780)  # 制发新增规范性文件8份、废止15份、有效存续37份
HAINAN = eval_text(2773)  # 其中包括海南海事局新制定的6件海事規範性文件 (traditional, 資訊 for 信息)
MEISHAN = eval_text(2812)  # 受理申请人当面和邮寄两种方式的申请
MAJIANG = eval_text(2571)  # 收到依申请公开信件2件,… 其中:通过网站申请1件,信件申请1件
XISHAN = eval_text(2751)
LINPING = eval_text(2769)  # 2023年共发布300件主动公开信息,其中信用修复类信息11条,夜间连续施工公告112条。  # …编制而成,主要由总体情况、…、其他需要报告事项等六个部分组成


def messages(res, rule: str) -> list[str]:
    return [f.message for f in of(res, rule) if f.severity != "info"]


def test_a_count_by_letter_is_a_channel_of_the_applications():
    assert not [m for m in messages(run(BINJIANG), "prose.inconsistent") if "信件申请" in m]
    res = run_variant(BINJIANG, ("2件为信件申请", "3件为信件申请"))
    assert any("2件为网络申请 + 3件为信件申请" in m for m in messages(res, "prose.inconsistent"))
    # letters of application said of all of them (收到依申请公开信件2件) are the whole, 信件申请1件 one channel of it
    assert not [m for m in messages(run(MAJIANG), "prose.inconsistent") if "信件" in m]
    res = run_variant(MAJIANG, ("信件申请1件", "信件申请2件"))
    assert any("通过网站申请1件 + 信件申请2件" in m for m in messages(res, "prose.inconsistent"))


def test_documents_said_to_remain_in_force_are_the_stock():
    assert not [m for m in messages(run(QUANZHOU), "prose.inconsistent") if "有效存续" in m]
    res = run_variant(QUANZHOU, ("制发新增规范性文件8份", "制发新增规范性文件58份"))
    assert any("现行有效 37 少于本年制发 58 − 废止 15 = 43" in m for m in messages(res, "prose.inconsistent"))


def test_a_field_between_the_count_and_its_kind_of_document():
    assert not messages(run(HAINAN), "prose.table_mismatch")
    res = run_variant(HAINAN, ("新制定的6件海事规范性文件", "新制定的7件海事规范性文件"))
    assert any("规范性文件 / 本年新制作数量 为 6" in m for m in messages(res, "prose.table_mismatch"))
    # a relation between is another object: 3件关于规范性文件的解读 is no count of documents
    res = run_variant(HAINAN, ("新制定的6件海事规范性文件", "新制定的7件关于规范性文件的解读"))
    assert not messages(res, "prose.table_mismatch")


def test_a_copy_in_taiwans_words_keeps_the_mainlands_document():
    # the gateway wrote 資訊 but left 文件: tw2sp would make it 文档 (the table row 规范性文档 and every prose count)
    text = document(HAINAN).text
    assert "规范性文件 | 6" in text and "文档" not in text and "资讯" not in text


def test_ways_an_organ_takes_applications_by():
    assert not messages(run(MEISHAN), "prose.named_count")
    res = run_variant(MEISHAN, ("当面和邮寄两种方式", "当面和邮寄三种方式"))
    assert any("三种方式" in m for m in messages(res, "prose.named_count"))


def test_outline_after_the_compile_clause_with_main():
    assert not messages(run(XISHAN), "prose.outline_count")
    res = run_variant(XISHAN, ("其他需要报告事项等六个部分组成", "其他需要报告事项等五个部分组成"))
    assert any("称由 5 个部分组成" in m for m in messages(res, "prose.outline_count"))


def test_a_total_whose_information_is_named_after_its_figure():
    assert not [m for m in messages(run(LINPING), "prose.inconsistent") if "共发布" in m]
    res = run_variant(LINPING, ("共发布300件主动公开信息", "共发布120件主动公开信息"))
    assert any("信用修复类信息11条 + 夜间连续施工公告112条" in m for m in messages(res, "prose.inconsistent"))


def test_applicants_after_channels_split_the_same_whole():
    # 收到…申请4件,2件为网络申请,2件为信件申请;申请人为自然人的2件,法人或者其他组织的2件: two splits of the 4
    assert not [m for m in messages(run(BINJIANG), "prose.inconsistent") if "法人或者其他组织" in m]
    res = run_variant(BINJIANG, ("法人或者其他组织的2件", "法人或者其他组织的3件"))
    assert any("合计 5（自然人的2件 + 法人或者其他组织的3件）" in m for m in messages(res, "prose.inconsistent"))
    # the channels still split it on their own
    res = run_variant(BINJIANG, ("2件为信件申请", "3件为信件申请"))
    assert not [m for m in messages(res, "prose.inconsistent") if "法人或者其他组织" in m]
