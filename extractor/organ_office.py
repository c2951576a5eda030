"""An office inside the organ, named where the report says whom to contact or who compiled it ('请与柞水县凤凰镇
人民政府党政办公室联系', '由永泰县人民政府办公室数字信息科编制'): dropped, the organ is what is left (organ_name reads
those lines; an office that is itself the organ stays, organ_forms.government_office)."""
from __future__ import annotations

import re

from .organ_words import CJK, PUBLIC_ENDS, TOWNSHIP_OFFICE, is_organ

# (a 处 of an office: 外事办公室综合处; never the 办事处 of a 街道)
# (or the office that receives its applications: '重庆市渝中区医疗保障局政府信息公开申请受理机构', or its disclosure
# work's leading group's: '武汉市东西湖区司法局政府信息公开工作领导小组办公室')
# (a township's 综合事务部, '…永宁街道办事处综合事务部编制')
_UNIT = re.compile(CJK + r"{0,8}(?:办公室|办|科|股)|" + CJK + r"{2,4}事务部|(?!.*办事处$)" + CJK + r"{1,6}处|政府信息公开" + CJK
                   + r"{0,8}机构|(?:政府|政务)?信息公开(?:工作)?领导小组办公室")
# (a short 办 too: '请与市外办综合处联系')
# (a 处 with an office of its own is the body that office serves: '请与九华山风景区管委会发展规划处办公室联系')
_UNIT_HEAD_END = ("人民政府", "政府", "局", "委", "委员会", "办事处", "街道", "镇", "乡", "厅", "办公室", "办", "管委会", "公司",
                  "院", "中心", "区", "县", "市", "旗", "处") + PUBLIC_ENDS
_NO_GOVERNMENT_AFTER = ("办事处", "街道", "局", "委", "厅", "办公室", "管委会")


def without_unit(name: str) -> str:
    """'柞水县凤凰镇人民政府党政办公室' → '柞水县凤凰镇人民政府', '永泰县人民政府办公室数字信息科' → '永泰县人民政府办公室':
    the longest head that is an organ followed by one office of it."""
    for i in range(len(name) - 1, 1, -1):
        head, tail = name[:i], name[i:]
        # 茶园街道办事处政府信息公开办公室: after a body that takes no 政府, 政府 opens the office's name (a
        # 镇人民政府信息公开领导小组办公室 keeps its 人民政府)
        if head.endswith("政府") and tail.startswith("信息公开") and head[:-2].endswith(_NO_GOVERNMENT_AFTER):
            continue
        if head.endswith("办") and tail.startswith("事处"):  # the 办 of 街道办事处 heads no 事处
            continue
        if head.endswith(_UNIT_HEAD_END) and is_organ(head) and _UNIT.fullmatch(tail):
            # (a section of a township's 党政办公室, '…厚桥街道党政办公室综合科': the office too is the township's own)
            township = TOWNSHIP_OFFICE.fullmatch(head)
            return township.group(1) if township and is_organ(township.group(1)) else head
    return name
