"""A name printed whole (a title's) keeps its form: the level word a website's name adds to its place is no fuller
form of it (held-out set 1875–1889: 1886); a name read from a sentence still takes it (942)."""
from __future__ import annotations

from conftest import eval_doc, organ_of


def test_a_title_name_keeps_its_form_beside_a_website_name_with_the_level_word():
    # 1886: title and 来源 '武汉东湖新技术开发区', the site '武汉市东湖新技术开发区政府网站'
    assert organ_of("1886_") == "武汉东湖新技术开发区"


def test_a_subject_name_shortened_by_its_level_word_still_takes_it():
    # 942: '2021年,德州生态环境局武城分局坚持…' and '德州市生态环境局武城分局公开政府信息128条'
    assert organ_of("942_") == "德州市生态环境局武城分局"


def test_a_title_with_its_year_after_the_report_word_names_the_organ():
    # 1896: '张家口市宣化区政府信息公开工作年度报告(2019年)' (the 发布机构 field says only '政府办公室')
    assert organ_of("1896_") == "张家口市宣化区"
    # 029: '鄂城区市场监管局政府信息公开工作年度报告(2024年度)', its overview '2024年,鄂城区市场监督管理局坚持…': the
    # subject's full form; 1500's title '襄城区人社局2024年…' keeps its form beside a platform's '襄城区人力资源和社会保障局平台'
    assert organ_of("029_") == "鄂城区市场监督管理局"
    assert organ_of("1500_") == "襄城区人社局"


def test_the_district_government_published_in_february_is_in_time():
    # 1896 published 2020-02-19: a district government's deadline is 3月31日 (no longer a department's 1月31日)
    from test_audit_support import of, run_variant

    assert not of(run_variant(str(eval_doc("1896_"))), "meta.timeliness")
