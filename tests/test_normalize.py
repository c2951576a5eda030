"""Normalising real copies: encodings, widths, spaces, traditional characters, pinyin, noise, spam."""
from __future__ import annotations

from extractor import extract, load
from extractor.normalize import normalize
from extractor.segment import find_sections
from extractor.tokenize import rows

from conftest import ROOT

TEXT = ROOT / "eval/docs/text"
SEEDS = ROOT / "eval/docs/seeds"


def test_traditional_with_pinyin_glosses_becomes_plain_simplified():
    doc = load(TEXT / "013_pjmajestic_mirror_trad_pinyin_2021.txt")
    assert "在区委、区政府的正确领导下" in doc.text
    assert "(qū)" not in doc.text and "數" not in doc.text and "本年制发件数" in doc.text
    assert [h.key for h in find_sections(doc.text)][:3] == ["overview", "active_disclosure", "applications"]


def test_a_copy_in_taiwans_words_gets_the_templates_headings():
    # a gateway copy writes 資訊 for 信息 ('二、主動公開政府資訊情況'): turned back by phrase, its section 二 is found
    doc = load(TEXT / "2773_hainan_haishiju_tradmirror_2020.txt")
    assert "二、主动公开政府信息情况" in doc.text and "资讯" not in doc.text
    assert "active_disclosure" in [h.key for h in find_sections(doc.text)]
    # a copy in traditional characters that says 信息 keeps its words as printed
    assert "在区委、区政府的正确领导下" in load(TEXT / "013_pjmajestic_mirror_trad_pinyin_2021.txt").text


def test_question_mark_noise_is_removed_but_real_text_kept():
    doc = load(SEEDS / "004_0611940f34059ea7.txt")
    assert not any(line.startswith("?") for line in doc.text.splitlines())
    assert doc.text.startswith("一、总体情况")
    # '? 0' cells of the mirror copy read as 0
    r = extract(TEXT / "013_pjmajestic_mirror_trad_pinyin_2021.txt")
    assert r.tables.active_disclosure.regulations.repealed == 0


def test_full_width_and_odd_spaces():
    assert normalize("（一）予以公开\u3000１２\u00a0件") == "(一)予以公开 12 件"
    assert normalize("问题？") == "问题?"  # a real question mark is not noise
    assert normalize("区(qū)委") == "区委"


def test_injected_casino_text_is_stripped():
    doc = load(TEXT / "009_guangzhou_beijingjie_spammirror_2020.txt")
    assert "博彩" not in doc.text and "葡京" not in doc.text
    assert "在区委、区政府的正确领导下,区人民政府北京街道办事处" in doc.text
    assert normalize("福利彩票公益金使用情况") == "福利彩票公益金使用情况"  # ordinary words stay


def test_lost_characters_do_not_become_years():
    r = extract(SEEDS / "001_1ec9b8d8ffb3b045.txt")  # "自202411日起至20241231日止", ")大力推进…"
    assert r.meta.year == 2024 and r.meta.published == "2025-01-24"
    r = extract(TEXT / "007_qionghai_daluzhen_2019.txt")  # "(海府办〔201864号)", "20191月1日"
    assert r.meta.year == 2019


def test_blank_line_runs_hold_empty_cells():
    """011: a label, seven blank lines, ' 0' — six empty applicant cells and a total of 0."""
    doc = load(TEXT / "011_yulin_yuyang_tuofenglu_jiedao_2020.txt")
    rs = rows(doc.text)
    i = next(i for i, r in enumerate(rs) if r.cells[0].text == "一、本年新收政府信息公开申请数量")
    assert [c.text for r in rs[i + 1:i + 8] for c in r.cells] == [""] * 6 + ["0"]
    t = extract(TEXT / "011_yulin_yuyang_tuofenglu_jiedao_2020.txt").tables.applications
    assert t.new_received.natural_person is None and t.new_received.total == 0


def test_cut_mid_character_page_head_decodes(tmp_path):
    """A page head cut at a byte count can stop inside a UTF-8 character: the tail is dropped."""
    data = (TEXT / "016_taojiang_shenjiju_2020.txt").read_bytes()[:-1]
    cut = tmp_path / "cut.txt"
    cut.write_bytes(data)
    assert load(cut).text.endswith("1.属于国家")
    assert extract(cut).tables.applications.partially_granted.total == 0


def test_nfkc_by_runs_is_the_librarys_nfkc():
    """normalize._nfkc_by_runs normalises only the runs of characters outside _STABLE: each of those must be a stable
    code point (NFKC keeps it, combining class 0, the second character of no canonical decomposition, no conjoining
    jamo), each full-width form of ASCII and the ideographic space one ASCII character NFKC composes with nothing
    before it; and on the eval set's texts and on random strings of marks, jamo, full-width and compatibility forms
    the result is the library's."""
    import random
    import re
    import unicodedata

    from extractor import normalize as nz

    seconds = set()
    for cp in range(0x110000):
        d = unicodedata.decomposition(chr(cp))
        if d and not d.startswith("<"):
            seconds.update(int(x, 16) for x in d.split()[1:])
    bmp = "".join(map(chr, range(0x10000)))  # (both classes lie in the BMP)
    for c in re.findall(f"[{nz._STABLE}]", bmp):
        assert unicodedata.combining(c) == 0 and unicodedata.normalize("NFKC", c) == c, hex(ord(c))
        assert ord(c) not in seconds and not 0x1100 <= ord(c) <= 0x11FF, hex(ord(c))
    for c in nz._OPENS_ALONE.findall(bmp):
        n = unicodedata.normalize("NFKC", c)
        assert len(n) == 1 and n.isascii() and unicodedata.combining(n) == 0 and ord(n) not in seconds
    for path in sorted(TEXT.iterdir())[:300]:
        text = path.read_text(encoding="utf-8", errors="replace")
        assert nz._nfkc_by_runs(text) == unicodedata.normalize("NFKC", text), path.name
    pool = [chr(c) for c in [*range(0x20, 0x7F), *range(0x300, 0x370), *range(0x1100, 0x1200), *range(0x3130, 0x3190),
                             *range(0xAC00, 0xAC20), *range(0xFF01, 0xFF70), 0x3000, 0x3001, 0x3002, 0x2026, 0xA0,
                             0x3099, 0x309A, 0x304B, 0x30AB, 0xF900, 0x2F00, 0x1E9B, 0x0B47, 0x0B3E, 0x0B57, 0x212B,
                             0xFB01, 0xB7, 0x2014, 0x201C, 0x4E00, 0x9FA5, 0x3400, 0x0344, 0x0345, 0x0F71, 0x0F72]]
    draw = random.Random(34)
    for _ in range(20000):
        text = "".join(draw.choice(pool) for _ in range(draw.randint(0, 12)))
        assert nz._nfkc_by_runs(text) == unicodedata.normalize("NFKC", text), [hex(ord(c)) for c in text]
