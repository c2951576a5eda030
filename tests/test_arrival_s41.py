"""Held-out pages of stop 41 (4781–4860): the mechanisms behind their misses and false alarms, each on the real page and
an edit of it that the old code read otherwise."""
from __future__ import annotations

from test_audit_support import eval_text, meta_of, of, run, run_variant

from extractor.normalize import normalize


def _saying(res, rule: str, words: str) -> list:
    """The findings of `rule` whose message holds `words`."""
    return [f for f in of(res, rule) if words in f.message]


def test_included_within_qualifies_one_item_and_opens_no_list():
    # 4784 (历下区政府办 2024, a clean control): '…其中发布政策文件3条,政府会议22条,包括媒体解读、专家解读、主要负责人解读等在内的
    # 各类政策解读、会议解读155条,财政信息28条,…' — 包括…在内的 names what the 155 covers: one item of the 234, no list under 22
    assert not _saying(run(eval_text(4784)), "prose.inconsistent", "政府会议22条")
    # 包括 with no 在内 does open a list under the 22 (parts 155 + 28 + 5 + 21 beyond it)
    res = run_variant(eval_text(4784), ("等在内的各类政策解读、会议解读155条", "等各类政策解读、会议解读155条"))
    assert _saying(res, "prose.inconsistent", "政府会议22条")
    # 包含…在内 as 包括…在内 (its 含 no marker of its own either)
    res = run_variant(eval_text(4784), ("包括媒体解读", "包含媒体解读"))
    assert not _saying(res, "prose.inconsistent", "政府会议22条")


def test_the_organs_column_on_a_site_after_zhongde():
    # 4782 (安居区住建局 2024): no title; '通过安居区政府门户网站中的区住房城乡建设局专栏' names the organ's column — 中的 is no
    # part of the name
    assert meta_of(eval_text(4782))["organ"] == "区住房城乡建设局"
    assert meta_of(eval_text(4782), ("门户网站中的区住房", "门户网站上的区住房"))["organ"] == "区住房城乡建设局"


def test_a_byline_with_the_sites_name_before_its_address_and_size_controls():
    # 4763 (交口县文旅局 2025): under the title, '交口县政府 www.jiaokou.gov.cn 2026-01-22 14:32 来源:交口县人民政府办公室 放大 正常
    # 缩小' — the site's name and address, the date, the 来源 field and the page's font-size controls: a byline, its date
    # the publication date
    assert meta_of(eval_text(4763))["published"] == "2026-01-22"
    # a word that is neither the site's name before its address nor a control: no byline, no date read
    assert meta_of(eval_text(4763), ("放大 正常 缩小", "阅读 全文 打印"))["published"] is None
    assert meta_of(eval_text(4763), ("交口县政府 www.jiaokou.gov.cn", "交口县政府 首页"))["published"] is None


def _outline_count(res) -> list:
    return of(res, "prose.outline_count")


def test_a_names_head_before_its_comma_and_the_rest_closing_it_is_one_name():
    # 4924 (霍邱县宋店乡 2012): '由概述、主动公开政府信息情况、依申请公开、不予公开及咨询政府信息情况、申请行政复议、提起行政诉讼和
    # 申诉的情况、存在问题及改进措施共五个部分' — '依申请公开、不予公开及咨询政府信息情况' and '申请行政复议、提起…的情况' are one
    # part each (the 2008 outline's own names): five, as announced
    assert not _outline_count(run(eval_text(4924)))
    # 4927 (仲山镇 2011): '…、发布解读、回应社会关切以及互动交流情况、…等共十二个部分' — twelve with that one name
    assert not _outline_count(run(eval_text(4927)))
    # a count below even those names is still wrong
    [f] = _outline_count(run_variant(eval_text(4924), ("共五个部分", "共四个部分")))
    assert "4 个部分" in f.message
    # never across a comma, nor into the old outline's fee part: 640's '…行政复议、诉讼和申诉,政府信息公开的收费及减免情况,…附表七
    # 部分' counted 六 is still one short of its names
    [f] = _outline_count(run_variant(eval_text(640), ("附表七部分", "附表六部分")))
    assert "6 个部分" in f.message
    # a head that ends as a part's name does ('依申请公开情况') is a part of its own: six names against 五
    [f] = _outline_count(run_variant(eval_text(4924), ("依申请公开、不予公开", "依申请公开情况、不予公开")))
    assert "5 个部分" in f.message


def _unheaded(res) -> list:
    return [f for f in of(res, "structure.sections") if "没有标题" in f.message]


def test_the_overviews_prose_right_after_the_outline_with_no_heading():
    # 4904 (杭州市 2020 on a mirror): the preamble announces 总体情况 first, and the next paragraph is already the overview's
    # prose ('2020年,杭州市以…为指导,…'), no heading in the copy at all
    [f] = _unheaded(run(eval_text(4904)))
    assert "2020年,杭州市" in f.message
    # the heading printed: nothing
    assert not _unheaded(run_variant(eval_text(4904), ("\n  2020年,杭州市以", "\n一、总体情况\n  2020年,杭州市以")))
    # the next paragraph not the overview's prose (no opening year): nothing is told
    assert not _unheaded(run_variant(eval_text(4904), ("2020年,杭州市以习", "杭州市以习")))


def test_a_casino_brand_before_its_core_word_is_spam_and_a_bare_office_no_organ():
    # 4906 (辽宁省政府办公厅 2022 on a betting mirror): '现公布美高梅娛樂城办公厅2022年…' — the organ's name replaced by the
    # brand: no organ (the gold's null), not '美高梅办公厅' nor a bare '办公厅'
    assert meta_of(eval_text(4906))["organ"] is None
    raw = open(eval_text(4906), encoding="utf-8").read()
    assert "美高梅娛樂城办公厅" in raw and "美高梅" not in normalize(raw)
    # the name printed: read
    assert meta_of(eval_text(4906), ("现公布办公厅", "现公布辽宁省人民政府办公厅"))["organ"] == "辽宁省人民政府办公厅"


def test_the_year_the_preamble_hands_the_report_over_with_beside_the_overviews():
    # 4865 (洮南市瓦房镇 2025): '现公布…瓦房镇人民政府2024年政府信息公开工作年度报告,…现将2025年度工作报告如下:' and the overview opens
    # '2025年瓦房镇人民政府按照…': two statements against one — the report is on 2025 (meta.dates still says they disagree)
    assert meta_of(eval_text(4865))["year"] == 2025
    assert _saying(run(eval_text(4865)), "meta.dates", "2024")
    # the overview opening with no year: the named year stands
    assert meta_of(eval_text(4865), ("2025年瓦房镇人民政府按照", "瓦房镇人民政府按照"))["year"] == 2024


def test_a_next_sentence_with_a_total_and_parts_of_its_own_is_no_run_of_categories():
    # 4983 (阿尔山市 2023): '…网站发布信息5594条,其中工作动态信息4593条,…政策解读49条。回应关切共计202条,其中答复“市长信箱”网民留言187条,
    # “咨询投诉”网民留言15条,答复率100%。' — the next sentence sums its own two parts: neither it nor its parts run on as more
    # categories of the 5594 (5799 > 5594 was a false alarm); the list of six is short of its total: an info note to check
    res = run(eval_text(4983))
    assert not [f for f in _saying(res, "prose.inconsistent", "5594") if f.severity == "warning"]
    assert [f for f in _saying(res, "prose.inconsistent", "5594") if f.severity == "info"]
    # the next sentence naming categories bare: still read on as more of the list
    res = run_variant(eval_text(4983), ("回应关切共计202条,其中答复“市长信箱”网民留言187条,“咨询投诉”网民留言15条,答复率100%。",
                                         "回应关切202条,市长信箱留言187条,咨询投诉留言15条。"))
    assert [f for f in _saying(res, "prose.inconsistent", "5594") if f.severity == "warning"]
