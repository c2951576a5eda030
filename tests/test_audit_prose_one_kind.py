"""prose.inconsistent: a 其中 list whose names differ only in a short word before one shared name (文字/图片/视频 +
解读) is one enumeration, read whole even when its first two parts already make the total (real pages)."""
from __future__ import annotations

from test_audit_support import TEXT, of, run, run_variant

RULE = "prose.inconsistent"
FUZHOU = TEXT + "1800_fuzhou_shi_mirror_2023.txt"  # '政策解读205篇,其中文字解读144篇,图片解读61篇,视频解读1篇'
XIASHIHAO = TEXT + "710_guyang_xiashihaozhen_2022.txt"  # '主动公开292条。其中政务信息229条,财务信息57条,党务信息6条'


def _over(findings, total):
    return [f for f in of(findings, RULE) if f.expected == total and "多于总数" in f.message]


def test_a_third_name_of_the_same_kind_is_a_part_after_two_that_make_the_total():
    [f] = _over(run(FUZHOU), 205)
    assert f.actual == 206 and "视频解读1篇" in f.message
    assert not of(run(XIASHIHAO), RULE)  # 229 + 57 + 6 = 292 as printed
    # 229 + 57 make a total edited to 286; 党务信息6条 names the same kind, so the list still goes on
    [f] = _over(run_variant(XIASHIHAO, ("主动公开292条", "主动公开286条")), 286)
    assert f.actual == 292
