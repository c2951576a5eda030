"""The lines where a report names its organ in passing: whom to ask (请与…联系, a statistics table's 单位: line), who
compiled it (由…编制), and a document it calls its own (我局…《…政务公开…》) — organ_name.organ reads them after the title,
signature and fields."""
from __future__ import annotations

import re

from .basis import LAW_BASIS
from .dates import YEAR as _YEAR
from .organ_words import CJK

# (or the statistics table's filler line, '单位:东阳市农业农村局 | | 2019年度 |', '填报单位:…'; never a unit, 单位:万元)
CONTACT = re.compile(r"(?:请与|请联系[:：]?|可与|联系单位[:：]?|填报单位[:：]|(?<![^\n|｜ ])单位[:：](?!\s*万?元))\s*"
                      r"(?P<org>" + CJK + r"{2,40}?)(?=联系|[(（,，。;；:：\s]|$)")
# (a verb of how it compiled may stand before 编制: '由南京市鼓楼区人民政府办公室汇总编制'; or the short name it goes by:
# '由南宁经济技术开发区管理委员会(以下简称经开区管委会)编制'; or, after 由, what it compiled by: '由通化市东昌区政务服务和
# 数字化建设管理局依据《…》和省、市有关文件要求编制而成', '由昌江区委信访局结合有关统计数据编制')
# (or, without 由, the office opening its clause: '…相关规定,南京市浦口区人民政府永宁街道办事处综合事务部编制本年度…报告')
# a name printed whole, never a bare level ('…有关规定,县政府编制了…': 县政府 said short in passing)
# (a clause start is tried only where 编制 follows within the reach of a name and its 简称: every match has it, so the
# lookahead drops no match and spares the name's lazy run at each comma of the text)
COMPILED_BY = re.compile(r"(?:(?P<by>由)|(?<=[,，。\n])(?![省市区县旗乡镇街])(?=[^\n]{2,60}?编制))"
                          r"(?P<org>(?:(?!由)" + CJK + r"){2,30}?)(?:[(（](?:以下)?简称[^()（）\n]{1,16}[)）])?"
                          r"(?(by)(?:(?:" + LAW_BASIS + r"|结合)[^。\n]{0,80}?)?)(?:组织|汇总|牵头|负责)?编制")
# (the document's body of the kind the page calls itself, 我局 → …局, 我办 → …办(公室), 我镇 → …镇(人民政府): never a
# government's guide a 局 cites, 我局…《…条例》和《咸宁市人民政府信息公开指南》; the first title after the voice only)
OWN_DOCUMENT = re.compile(r"我(?P<kind>[局办委乡镇])[^。《]{0,30}《(?:" + _YEAR + r"年度?)?(?P<org>" + CJK
                          + r"{1,30}?(?P=kind)(?:公室|员会|人民政府|政府)?)(?:政务公开|政务信息|(?<!人民)政府信息|信息公开)")
