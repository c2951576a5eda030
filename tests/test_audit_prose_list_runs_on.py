"""A 其中 list that stops at its sentence's 。 short of the total and runs on over the next sentences, one category
each, to the rest (其他): `…14306条,…1708条。其中,…1122条,…121条,…11条,…42条。公开我县政策解读类信息24条,其中…。主动公开
其他信息14694条。` (1855: the six parts make 16014 = 14306 + 1708). The real page holds; edited copies (one figure
changed, held-out w1855_two) do not, and are now raised."""
from __future__ import annotations

from audits.prose.list_bridges import read_paragraph
from test_audit_support import TEXT, document, of, run, run_variant

RULE = "prose.inconsistent"
TONGBAI = TEXT + "1855_tongbai_xian_2023.txt"


def test_the_run_over_sentences_is_read_whole():
    para = next(line for line in document(TONGBAI).text.split("\n") if "14694条" in line)
    [run_on] = [r for _, _, r in read_paragraph(para) if r.summed]
    assert [p.value for p in run_on.parts] == [1122, 121, 11, 42, 24, 14694] and run_on.value == 16014
    assert not of(run(TONGBAI), RULE)


def test_an_edit_anywhere_in_the_run_is_raised():
    [f] = of(run_variant(TONGBAI, ("网站共发布各类信息14306条", "网站共发布各类信息14305条")), RULE)
    assert (f.expected, f.actual) == (16013, 16014)
    [f] = of(run_variant(TONGBAI, ("主动公开其他信息14694条", "主动公开其他信息14695条")), RULE)
    assert (f.expected, f.actual) == (16014, 16015)


def test_a_run_that_falls_short_says_nothing():
    # below the total the sentences after may be counts of their own: the list is read as before, and says nothing
    assert not of(run_variant(TONGBAI, ("主动公开其他信息14694条", "主动公开其他信息14693条")), RULE)
    para = next(line for line in document(TONGBAI).text.split("\n") if "14694条" in line).replace("14694条", "14693条")
    [short] = [r for _, _, r in read_paragraph(para) if r.summed]
    assert len(short.parts) == 4


JINTAI = TEXT + "1445_baoji_jintai_shichangjianguanju_2022.txt"  # 578条,其中…44条、…234条、…122条,政策解5条,…160条,答复网民舆情13条


def above(res) -> list:
    return [(f.expected, f.actual) for f in of(res, RULE) if "多于总数" in f.message]


def test_replies_to_the_public_are_a_published_part_not_a_move_on():
    assert not above(run(JINTAI))  # 44 + 234 + 122 + 5 + 160 + 13 = 578
    # one figure edited (w1445_part: 234 → 244; w1445_total: 578 → 568): the six parts are above the total
    assert above(run_variant(JINTAI, ("政务动态234条", "政务动态244条"))) == [(578, 588)]
    assert above(run_variant(JINTAI, ("政府信息578条", "政府信息568条"))) == [(568, 578)]
