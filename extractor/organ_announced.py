"""The report's own title as its prose announces or quotes it, and the organ it names: '现向社会公布《白银市平川区发展和
改革局2025年度…报告》', '编制完成《苍溪县文昌镇2022年…报告》', '现向社会公布2022年卯都乡信息公开工作年度报告', and what the opening
says the report sums up ('全面总结…街道办事处2025年政府信息公开工作情况'). extractor/organ_name reads the organ with them."""
from __future__ import annotations

import re

from .dates import YEAR as _YEAR
from .organ_words import CJK, ZONE_COMMITTEE

__all__ = ["ANNOUNCED", "ANNOUNCED_BARE", "JOINT", "PUBLISHING", "QUOTED_OWN", "REPORT_WORD", "SELF_NAMED", "SUMMED_UP"]

# the word a report's title closes with (meta's title reader reads it too)
REPORT_WORD = r"(?:年度报告|工作报告|年报)"
# an opening that announces the report under its title may call it a 情况报告 ('现将…管理委员会2024年度政府信息公开
# 工作情况报告如下'): a word of the sentence, never of a title line
_ANNOUNCED_REPORT = r"(?:" + REPORT_WORD + r"|情况报告)"
# the verb that makes the report public under its title ('现将', '现向社会公布', '现向社会公开…')
PUBLISHING = r"现将|现就|现(?:公布|公开|发布)|向社会(?:公布|公开|发布)"

# two organs that report as one, their names set off by a space ('广州市黄埔区人民政府 广州开发区管委会')
_JOINT_END = rf"(?:人民政府|{ZONE_COMMITTEE})"
JOINT = CJK + r"{2,20}?" + _JOINT_END + r"[ \u3000]" + CJK + r"{2,20}?" + _JOINT_END
# the report's own title inside a sentence: quoted (《…》, page junk allowed before the name) or announced; a
# second name in brackets after the first ('朔州市人民政府外事办公室(朔州市人民政府台港澳事务办公室)2023年…') is left out
# (a space may stand around the year, as copies print digits: '现将平江县三墩乡 2025 年度政府信息公开工作情况报告如下';
# not inside a quote, where a mirror's spam spaces out its words: '《欧博官网 司法局 2019 年政府信息公开工作年度报告》')
# a quoted title that goes on past its report word cites a document about reports, not the report
# ('《乌鲁木齐市政府信息公开工作年度报告编制指南》', '《…年度报告有关事项的通知》'): quoted, the report word closes the 》
# (in these patterns a lookahead after the lazy name lists the first characters of what may follow it: one test
# at each length of the name instead of every alternative — the same matches, found faster)
# (the group `quote` is empty after the 《, which tells a quoted title by its being set: every alternative then opens
# with a literal, and the engine skips ahead to their first characters instead of trying each position)
ANNOUNCED = re.compile(r"(?:《(?P<quote>)[^》\n]{0,40}?|" + PUBLISHING + r"|公布|发布|编制完成|编制|制作|形成了?)"
                       r"(?:\s*" + _YEAR + r"\s*年度?)?\s*(?P<org>" + JOINT + r"|(?:(?P<place>" + CJK + r"{2,6}?[市县区旗])(?=" + CJK + r"))?" + CJK + r"{2,30}?)"
                       r"(?=(?(quote)[(（12政信]|[ (（12政信]))(?:[(（][^()（）\n]{2,30}[)）])?(?: ?" + _YEAR + r" ?年度? ?)?"
                       # the report's own title after the organ, its place said again ('现公布汨罗市人民政府2023年汨罗市政府
                       # 信息公开工作年度报告')
                       r"(?:(?<=年)(?P=place))?"
                       r"(?:(?<!人民)政府信息\s*公开|(?<=人民政府)信息\s*公开|政务信息\s*公开|政务公开)[^。》\n]{0,12}?" + _ANNOUNCED_REPORT
                       + r"(?(quote)\s*(?:[(（][^()（）》\n]{0,12}[)）]\s*)?》|(?!\s*(?:制度|格式)))")
# the report's own title opening a sentence as its subject, given the short name the report goes by ('黄石港区人民政府2025年
# 政府信息公开年度报告(以下简称年报)根据《条例》…编制', '中村乡2020年政府信息公开工作年度报告(以下简称年报)…'): named as
# an announced one is, with no verb before it
SELF_NAMED = re.compile(r"(?:^|(?<=[。\n]))[ \t\u3000]*(?P<org>" + CJK + r"{2,30}?)" + _YEAR + r"年度?"
                        r"(?:(?<!人民)政府信息\s*公开|(?<=人民政府)信息\s*公开|政务信息\s*公开|政务公开)[^。》\n]{0,12}?"
                        + REPORT_WORD + r"\s*[(（](?:以下)?简称")
# the report's own title quoted with a bare 信息公开 ('《2020年度如东县水务局信息公开工作年度报告》已经研究同意'); a
# last resort only, never a fuller form of a name found elsewhere
QUOTED_OWN = re.compile(r"《(?:" + _YEAR + r"年度?)?(?P<org>" + CJK + r"{2,30}?)(?:" + _YEAR + r"年度?)?"
                        r"信息公开[^。》\n]{0,12}?" + REPORT_WORD + "》")
# the report's title announced with a bare 信息公开 right after the year ('现向社会公布开平市水利局2025年信息公开工作
# 年度报告'), or after the name with the year before it ('现向社会公布2022年卯都乡信息公开工作年度报告'): like a quoted
# one, a last resort, never a fuller form of a name found elsewhere
ANNOUNCED_BARE = re.compile(r"(?:" + PUBLISHING + r")(?P<year>" + _YEAR + r"年度?)?(?P<org>" + CJK + r"{2,30}?)"
                            r"(?(year)|" + _YEAR + r"年度?)信息\s*公开[^。》\n]{0,12}?" + _ANNOUNCED_REPORT)
# what the report covers, said in its opening: the organ's year of disclosure work ('全面总结西宁市城中区人民政府礼让街
# 街道办事处2025年政府信息公开工作情况', '涵盖了2022年麒麟区自然资源局政府信息公开工作'); the year always said
SUMMED_UP = re.compile(r"(?:总结|反映了?|涵盖了?)(?P<year>" + _YEAR + r"\s*年度?)?(?P<org>" + CJK + r"{2,30}?)"
                       r"(?(year)|" + _YEAR + r"\s*年度?)(?:(?<!人民)政府信息公开|(?<=人民政府)信息公开|政务公开)工作")
