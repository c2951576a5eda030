"""Counts of information the prose says was published (主动公开/发布 信息 N条), with what makes two of them
the same quantity: the verb, the subject (政府信息 and 政务信息 are the same thing; 工作动态 is not), the
channel it went out through (the most specific one named: 示范区管委会网站审计信息栏目 is 审计信息栏), and
the unit. Which of them are parts of another (其中…, 包括…) is told by marks.mark_parts.

The phrase itself is one of the prose specs (patterns.SPECS, kind `disclosed`): this module only decides,
for a figure already read, what it counts.
"""
from __future__ import annotations

import re

from extractor.dates import WHOLE_YEAR
from extractor.organ_words import short_government

from .periods import STOCK_WORDS

# a comparison with the year (or a period) before: said of a figure, never a figure of its own (较上年增加5条,
# 同比下降, 环比增长); 较上 / 比上 also where the copy breaks the line before 年
# (a count cut down to another is a change too: '材料由原来的10项精简为4项' — before and after, never two parts; a 精简 of
# something else, 机构精简调整信息5条, is none)
CHANGE_WORDS = (r"同比|环比|较上|比上|比去年|较去年|与上年|与去年|相比|相较|增长|增加|减少|下降|上升|共(?:增加|减少|增长|下降)"
                r"|(?:精简|压减|压缩|缩减|削减)(?:为|至|到)")
CHANGE = re.compile(CHANGE_WORDS)
# verbs of publication; 公布 is 公开, 公开发布 is 发布 (a page may say both for the same thing, but a reader
# cannot be sure that 发布信息 and 公开信息 count the same items, so they stay two quantities)
VERB = r"(?:主动)?(?:公开发布|发布公开|公开|公布|发布)"
# words that make the object another kind of count, each with a spec of its own (规章, 许可, 申请…)
NOT_SUBJECT = r"公开|发布|公布|申请|许可|处罚|强制|规章|规范性文件|复议|诉讼|答复|回复|留言|咨询|办理|办结|受理"

_VERB_CLASS = {"公开发布": "发布", "发布公开": "发布", "公开": "公开", "公布": "公开", "发布": "发布"}
_GENERIC = {"", "信息", "政府信息", "政务信息", "政务公开信息", "政府信息公开信息", "公开信息", "政务"}
_READING = re.compile(r"^(?:政策)?解读(?:信息|稿件?|材料|文章)?$|^政策解读")
_TRIM_HEAD = re.compile(r"^(?:了|各类|各项|相关|有关|各种|的|等)+")  # …、财政预决算公开等信息: examples, then 信息
_TRIM_TAIL = re.compile(r"(?:的|数|数量|总数|总量|共|共计|合计|累计)+$")
# every channel a count may name, most specific last in a phrase (区政府门户网站, 审计信息栏目, 微信公众号,
# 公开栏), in the order they are tried; True: an outlet of its own (new media, press, broadcast), whose
# count stands beside a site's count rather than inside it
_PLATFORMS = r"订阅号|服务号|视频号|微信号?|微博|抖音号?|快手号?|头条号?|客户端|(?i:app)"
_CHANNELS = (
    (r"(?:门户|官方)?网站|(?:政府|公开|信息|政务|门户)网(?:站)?|官网|专题栏目|专栏|栏目|专题|板块", False),
    (r"公众号|公众账号", True), (r"账号", False),
    (_PLATFORMS, True),
    (r"平台|系统|公开栏|公告栏|宣传栏|公示栏|电子屏|显示屏|微信群|网格群|服务网", False),
    (r"报刊|报纸|新媒体|电视|广播", True), (r"媒体|目录", False))
CHANNEL = re.compile("|".join(words for words, _ in _CHANNELS))
# the platforms that are kinds of 新媒体 (抖音, 微信公众号, 微博, 今日头条…): a total said of 新媒体 names them
NEW_MEDIA = re.compile(rf"公众号|公众账号|{_PLATFORMS}")
OUTLET = re.compile("|".join(words for words, outlet in _CHANNELS if outlet))
_KINDS = [re.compile(words) for words, _ in _CHANNELS]


def channel_kinds(text: str) -> set[int]:
    """The kinds of channel a text names, as _CHANNELS groups them (a site under any name, 政府网站 or 门户网站, is one
    kind; 微信 and 微博 one; 报刊 and 电视 another)."""
    return {k for k, kind in enumerate(_KINDS) if kind.search(text)}


_OWN_TOTAL = re.compile(r"共|合计|总计")  # 政府网站共发布各类信息…: a total of its own, not the next part


def another_channel(label: str, parts: list[str]) -> bool:
    """Whether a count's words name a kind of channel none of a list's parts names, while each of them (two at least)
    names its own: the list is a total split by channel, and that count its next channel (…1687条。政务网站信息796条;
    …微信信息398条;…微博信息162条。通过报刊、电视等传统公开载体公开信息331条。); never words that say a total of their own."""
    named = channel_kinds(label)
    seen = [channel_kinds(p) for p in parts]
    return bool(named) and len(seen) >= 2 and all(seen) and not any(named & n for n in seen) \
        and not _OWN_TOTAL.search(label)
SECTION = re.compile(r"专题栏目|专栏|栏目|专题|板块|目录")  # a section of a site, not an outlet of its own
# the words that say by what means something went out (通过门户网站…, 借助…)
MEANS = r"通过|利用|依托|借助|经由"
_VIA = re.compile(rf"{MEANS}|在")
# a label that says how, where or to whom a thing went out (通过…, 在…, 向…, 发布…, or reposted from elsewhere:
# 转载国务院、省政府重要政务信息110条): it names no category bare
VIA_WORDS = rf"{MEANS}|在|向"
HOW = re.compile(rf"^(?:{VIA_WORDS}|{VERB}|转载|转发)")
_THE_YEAR = r"\d{4}年度?|全年|本年度?"  # the report's year, said before its count
# (新增: newly published this year, the year's count: 2013年我镇新增公开政府信息86条 = 主动公开政府信息86条)
_TIME_OR_SELF = re.compile(rf"^(?:{_THE_YEAR}|今年|年内|一年来|同时|此外|另外|主动|新增|共计|合计|总计|共|"
                           r"我[局镇乡委办区县市]|我街道|[我本]中心|本单位|本机关)+")
# adverbs between the one who publishes and the verb (北京街道办事处全年主动公开…)
_ADVERB_TAIL = re.compile(r"(?:全年|本年度?|主动|新增|共计|合计|总计|共|累计|对外|依法|及时|均|已|向社会)+$")
NOT_THIS_COUNT = re.compile(r"申请|答复|回复|留言|咨询|信箱|投诉|举报|建议|提案")
# what the public sends in, counted in 件 (信件, 申请, 留言…): never items published (a proposal's reply, 建议提案复文14件,
# may be one); a mailbox's cases handled (书记县长信箱…办件21件) are a channel's, counted as a hotline's 办件 are
SENT_IN = re.compile(r"申请|留言|咨询|信箱(?![^，,。；;、]*?办件$)|来信|信件|投诉|举报")
# …以来 is a span reaching back before the year (2019年以来, 成立以来) — but this year so far is the year (今年以来,共发布…;
# 完成本年度以来的主动公开类政府信息网上发布工作,公开信息总量达304条), as the application counts read it (claims._PERIOD);
# wider than periods.PERIOD_WORDS (any other 以来; 累计 before any word: a published count has no 累计受理), with the
# parts of a year
_SUB_PERIOD = re.compile(rf"季度|上半年|下半年|\d{{1,2}}月|月份|月底|月末|{STOCK_WORDS}|目前|(?<!今年)(?<!本年)(?<!本年度)以来|历年|累计")
# one thing under two names: 区政府门户网站 = 区政府网站, 官方网站 = 官网 = 网站, 栏目 = 专栏
_CHANNEL_WORDS = ((re.compile(r"(?:门户|官方)网站|官网"), "网站"), (re.compile(r"专题栏目|专栏|栏目"), "栏"))


_SITE = re.compile(r"(?P<owner>.*?)网站$")
# the site the government discloses through, named by what it is for (政府公开网站, 政府信息公开网站): 政府网站
_DISCLOSURE_SITE = re.compile(r"(?<=政府)(?:信息)?公开$")


def own_site(quantity: tuple, organ: str | None) -> tuple:
    """The quantity with the channel said as the report's own site when it is: 门户网站, 官网, 政府网站
    (no territory named) and the site named by the organ itself (抚州市统计局's 市统计局门户网站, a 县人民政府's
    县政府网站) are one channel, 网站. Another organ's or territory's site (市政府网站 in a 县局's report)
    stays its own."""
    verb, subject, channel, unit = quantity
    m = _SITE.match(channel)
    if m is None or m.group("owner") in ("", "网站"):
        return quantity
    owner = _DISCLOSURE_SITE.sub("", m.group("owner"))
    own = short_government(organ or "")
    if owner == "政府" or (len(owner) > 1 and own.endswith(owner)):
        return verb, subject, "网站", unit
    return quantity


_ASIDE = re.compile(r"[（(][^（）()]{0,20}[）)]")
_CLAUSE_CUT = re.compile(r"[，,；;：:。]")
_LIST_CUT = re.compile(r"[，,；;：:。、]")


# a channel named as what the organ takes it for ('以局门户网站为第一公开渠道主动公开信息…'): the channel is between 以 and 为
_AS_CHANNEL = re.compile(r"(?<![可予所加难])以(?![及上下来后前便])(?P<ch>[^，,；;。]{2,24}?)为(?:第一|主要|重要|首要)?(?:公开|发布|信息公开)?(?:渠道|平台|载体|阵地|窗口)")


def _channel(before: str) -> str:
    """The most specific channel named in the words before the verb; what follows 通过/在 when it names
    none of the usual ones (美篇、微信等); "" when no channel is named."""
    before = _ASIDE.sub("", before)  # 微信公众账号(1个)发布信息: the aside is not the clause's end
    before = before[max((m.end() for m in _CLAUSE_CUT.finditer(before)), default=0):]
    via = None
    for via in _VIA.finditer(before):
        pass
    text = before[via.end():] if via else _TIME_OR_SELF.sub("", before)
    named_as = _AS_CHANNEL.search(text)
    text = named_as.group("ch") if named_as else text
    nouns = list(CHANNEL.finditer(text))
    if not nouns:
        return text.strip("“”\"'《》「」的") if via else ""
    # a section of a site is told by its own name (示范区管委会网站审计信息栏目 = 审计信息栏); any other
    # channel by the whole phrase (抖音短视频账号 is not 快手短视频账号)
    section = SECTION.fullmatch(nouns[-1].group(0))
    start = nouns[-2].end() if section and len(nouns) > 1 and nouns[-2].end() < nouns[-1].start() else 0
    seg = text[start:nouns[-1].end()].strip("“”\"'《》「」的")
    for pat, word in _CHANNEL_WORDS:
        seg = pat.sub(word, seg)
    return seg


def _continued_channel(before: str) -> str:
    """The channel of a count whose own clause says only when (全年发布信息189条): the clause it continues
    names it as its subject (微信公众号共有订阅10069个，全年发布信息189条；…今日头条号订阅7508个，全年发布信息1047条:
    two channels' counts, not one quantity said twice); "" when that clause names none, or names it after a
    verb (…通过网站…)."""
    before = _ASIDE.sub("", before)
    cuts = list(_CLAUSE_CUT.finditer(before))
    own = before[cuts[-1].end():] if cuts else ""
    if not cuts or cuts[-1].group(0) not in "，," or not own or _TIME_OR_SELF.sub("", own) \
            or not re.search(_THE_YEAR, own):
        return ""  # the clause must say when and nothing else (全年发布信息189条), not list another indicator
    prev = before[:cuts[-1].start()]
    prev = prev[max((m.end() for m in _CLAUSE_CUT.finditer(prev)), default=0):]
    nouns = list(CHANNEL.finditer(prev))
    if not nouns or re.search(rf"{VERB}|\d", prev[:nouns[-1].end()]) or not re.search(r"\d", prev[nouns[-1].end():]):
        return ""
    return _channel(prev[:nouns[-1].end()])


_COUNTED = re.compile(r"\d\s*[条篇件个项次份]")
# a figure said as a total (共/共计/合计/总计/累计 before it), not 公共, 共同…
TOTAL_SAID = re.compile(r"(?<!公)共(?!同|享|建|治)|合计|总计|累计")
_WAYS = r"途径|渠道|平台|方式|形式|载体|媒介"
# channels named as examples (通过政府网站、公开专栏、群众会议、电子屏等途径…公开…328条次): the words name not all of the
# channels a count went out through
EXAMPLES_OF_CHANNELS = re.compile(rf"等(?:多种|多个|各类|各种)?(?:{_WAYS})")
_EVERY_WAY = re.compile(rf"{EXAMPLES_OF_CHANNELS.pattern}|(?:多种|各种|各类)(?:途径|渠道|方式|形式)")


# outlets listed as examples of all that carried a count (…官方网站政府网站、武汉市生态环境局等网站; 局网站、官方微信等渠道;
# 各平台)
_EVERY_OUTLET = re.compile(rf"[、和及][^，,；;：:。、]*?等(?:多种|多个|各类|各种)?(?:网站|媒体|{_WAYS})"
                           r"|(?<![\u4e00-\u9fff])各类?(?:平台|渠道|途径|媒体|网站)")


def through_every_outlet(before: str, clause: str) -> bool:
    """Whether a published count names its outlets as examples of all that carried it, with the total word 共 in
    its clause (主动在…政府网站、武汉市生态环境局等网站公开政府信息共68条; 全年通过局网站、官方微信等渠道主动公开政府信息共707条):
    the year's whole said through its outlets, not one channel's count. Without 共 such a list may be one channel
    group among others (…；通过宣传资料、村村通广播等方式公开政府信息34条)."""
    own = before[max((c.end() for c in _CLAUSE_CUT.finditer(before)), default=0):]
    return bool(TOTAL_SAID.search(clause)) and bool(_EVERY_OUTLET.search(own))


def _earlier_channel(before: str) -> str:
    """The channel of a bare count (公开43条, 公开信息46条: no object but 信息, no channel) said in an earlier
    clause of its sentence with no count between: `通过信息公告栏,公开43条`; `通过《南方日报》…等新闻报刊媒体,公开街道重点
    、亮点工作,2020年公开65条`; `下设工作动态、…等栏目,全面公开街道各类信息,2020年公开216条`. The clause names how
    (通过…) or a channel noun; channels given as examples of every way (通过网络、纸媒等多种途径) name none. With 共/累计
    in the count's own clause only the clause right before, naming one channel, gives it (`通过清水县政府网站,共公开信息
    46条`: that site's total; after `通过网站、微博…` or two clauses back the 共 may sum more)."""
    before = _ASIDE.sub("", before)
    cuts = list(_CLAUSE_CUT.finditer(before))
    if not cuts:
        return ""
    clauses = re.split(r"[，,；;：:]", before[:cuts[-1].start()])
    if TOTAL_SAID.search(before, cuts[-1].end()):
        lead = _TIME_OR_SELF.sub("", clauses[-1])
        one = _VIA.match(lead) and not re.search(r"[、和及与]|等", lead) and not _COUNTED.search(lead)
        return _channel(lead) if one and len(list(CHANNEL.finditer(lead))) == 1 else ""
    for clause in reversed(clauses):
        if _COUNTED.search(clause) or _EVERY_WAY.search(clause):
            return ""
        lead = _TIME_OR_SELF.sub("", clause)
        if _VIA.match(lead) or CHANNEL.search(lead):
            return _channel(lead)
    return ""


# after the unit, an ideograph that starts a noun, not a clause (其中, 均, 等…)
_OBJECT_AFTER = re.compile(r"(?![其均全已等及和与共])[\u4e00-\u9fff]")
# …but information in general said after it, its clause ending there (全年共公开10条信息,…; 共发布120件主动公开信息,其中…):
# the count of information
_GENERIC_WORDS = "(?:主动公开|主动)?(?:" + "|".join(sorted((w for w in _GENERIC if w), key=len, reverse=True)) + ")"
_GENERIC_AFTER = re.compile(_GENERIC_WORDS + r"(?=[，,。；;：:]|$)")
# …the same words closing what precedes a list's marker (共发布120件主动公开信息,其中…): the figure before them is its total
GENERIC_TAIL = re.compile(_GENERIC_WORDS + "$")


def topic(before: str) -> str:
    """The thing counted when it stands before the verb (社区事务公开12条); "" when the words before the verb
    are only a channel, a time or the organ itself (全年共发布212条, 门户网站公开125条)."""
    lead = _ASIDE.sub("", before)
    lead = lead[max((m.end() for m in _LIST_CUT.finditer(lead)), default=0):]
    if _VIA.search(lead) or CHANNEL.search(lead):
        return ""
    lead = _ADVERB_TAIL.sub("", _TIME_OR_SELF.sub("", lead))
    lead = _YEAR_TAIL.sub("", lead)
    if _PUBLISHER.search(lead):
        return ""  # 珊瑚镇2022年全年主动公开…, 发耳镇共公开…: the one who publishes, not what
    return _subject(lead) if lead else ""


def publisher(before: str) -> str:
    """Who the words before a verb name as doing it (区政府办公室制发…, 全年镇党委共制定…), "" when they name no organ
    (集中公开现行有效…, 全面清理后列入继续有效…: what was done, not by whom); 以…名义 names it (以县政府名义印发…)."""
    named = _IN_THE_NAME.search(before)
    if named:
        return named.group(1)
    lead = _ADVERB_TAIL.sub("", _TIME_OR_SELF.sub("", _ASIDE.sub("", before)))
    lead = _ADVERB_TAIL.sub("", _YEAR_TAIL.sub("", lead[max((m.end() for m in _LIST_CUT.finditer(lead)), default=0):]))
    return lead if _PUBLISHER.search(lead) else ""


_IN_THE_NAME = re.compile(r"以([^，,。；;以]{1,20}?)(?:的)?名义")


_YEAR_TAIL = re.compile(rf"(?:{_THE_YEAR})+$")
# a name ending as an organ or a territory does (镇, 街道, 局, 人民政府…) names the publisher
_PUBLISHER = re.compile(r"(?:镇|乡|街道|街道办事处|办事处|街办|局|委员会|委|办公室|政府|区|县|市|州|旗)$")


def _subject(obj: str) -> str:
    s = _TRIM_TAIL.sub("", _TRIM_HEAD.sub("", obj))
    if s in _GENERIC:
        return "信息"
    if _READING.search(s):
        return "解读"
    return s


def refine(claim, m, clause, prefix) -> None:
    """Fill `claim.extra["quantity"]` (verb, subject, channel, unit), or say why the figure is not one
    of the year's published counts."""
    key = m.group("key")
    verb_m = re.match(VERB, key)
    verb = _VERB_CLASS[verb_m.group(0).removeprefix("主动")]
    subject = _subject(key[verb_m.end():])
    before = prefix[-40:]  # the sentence before the verb, brackets included (the clause stops at them)
    if NOT_THIS_COUNT.search(clause):
        claim.why_not = "说的是申请、答复或留言，不是主动公开的信息数"
        return
    if CHANGE.search(before[-8:] + m.string[m.start("num") - 4:m.start("num")]):
        claim.why_not = "增减数，不是总数"
        return
    whole = [w for w in WHOLE_YEAR.finditer(prefix) if w.group(2) in (None, w.group(1))]
    if whole:
        # 自2022年1月1日起,至2022年12月31日,我中心…公开…28条: a whole year, not a part of one (claims asks whose)
        claim.extra["whole_year"] = int(whole[-1].group(1))
        prefix = "".join(prefix[a:b] for a, b in zip([0] + [w.end() for w in whole], [w.start() for w in whole] + [None]))
    if _SUB_PERIOD.search(prefix[-30:]):
        claim.why_not = "数字不限于报告年度，或只是其中一段时间"
        return
    unit = m.group(0)[-1]
    if unit not in _UNITS:
        claim.why_not = "不是信息的条数、篇数或件数"
        return
    if ordinal(m):
        claim.why_not = "序数（第二十条），不是条数"
        return
    channel, lead = _channel(before), topic(before)
    if not channel and not lead:
        channel = _continued_channel(before)
    if not key[verb_m.end():]:  # nothing between the verb and its number: the object stands elsewhere
        if _OBJECT_AFTER.match(m.string, m.end()) and not _GENERIC_AFTER.match(m.string, m.end()):
            claim.why_not = "数字之后才说是什么（发布2436条微博）"
            return
        subject = lead or subject  # 社区事务公开12条: the words before the verb name it
        if not channel and not lead:
            channel = _earlier_channel(prefix)
    elif subject == "信息" and lead and not channel:
        subject = f"{lead}：信息"  # 重点领域信息公开发布信息61条: of that column, not every item published
    elif subject == "信息" and not channel and not lead:
        channel = _earlier_channel(prefix)  # 通过清水县政府网站,共公开信息46条: the object 信息 names no channel
    claim.extra["quantity"] = (verb, subject, channel, item_unit(unit))


# the units a count of published information is stated in: items (条) and articles (篇) count the same
# things (发布信息162条, then 公众号发布信息293篇); documents (件) are items too when a list of items names
# them as one of its categories (主动公开政府信息47条，其中部门文件22件，通知公告16条…: the parts make the 47),
# but a clause that publishes documents counts documents (…共发布各类信息1899条，其中…185条，…1714条，主动公开
# 文件27件: the 条 close at 1899 without them), and a bare 公开N件 is as often an application's outcome
_UNITS = "条篇件"


def ordinal(m) -> bool:
    """Whether a figure (a match with a `num` group) is an ordinal: 第二十条 names an article, it counts nothing."""
    return m.string[m.start("num") - 1:m.start("num")] == "第"


def item_unit(unit: str) -> str:
    """One name for a unit of counted items (篇 and 条次 are 条); any other unit as it is."""
    return "条" if unit in ("篇", "条次") else unit


# documents counted in 份 or 个 (其他文件10份, 项目审批文件公布180个) are published items of a list in 条 when
# the words name documents or information — not a channel, place or platform counted in 个 (专栏3个)
_COPIES = "份个"
DOCUMENT = re.compile(r"文件|信息|公告|公示|通知|解读|报告|稿件|文章|材料|批复|决定")
# the documents an organ makes, counted in 件 (规章、规范性文件25件, 制发文件12件)
_DOCUMENTS_MADE = re.compile(r"规章|文件")


# the words that may stand before an item's own verb (…,并发布政策解读稿件5篇; 其中发布规范性文件2件)
_ITEM_LEAD = re.compile(r"^(?:其中|包括|以及|及|并|另|同时|还|全年|本年度?|共计|累计|共)*")


# the words of a count of other things than information published (NOT_SUBJECT without its verbs of publishing)
_OTHER_MATTERS = re.compile(r"申请|许可|处罚|强制|规章|规范性文件|复议|诉讼|答复|回复|留言|咨询|办理|办结|受理|事项")


def same_items(a: str, b: str, label: str = "", total_label: str = "") -> bool:
    """Whether a part in unit `a` (said after the words `label`) may be a part of a total in unit `b`: the
    same unit, or both units of published items (条, 篇, 件) — documents (件) among items only as a category
    named bare (部门文件22件), never as a clause with a verb of its own (主动公开文件27件, 发布规范性文件2件);
    an item printed in another unit than its total's and opened by a verb of publishing is such a clause too
    (231条，其中…221条，…9条，发布政策解读稿件5篇: articles it published, not items of the 231), while one
    that names its channel first is a part (162条。其中…41条，通过…微信公众号发布信息293篇);
    documents in 份/个 likewise, when the words name documents and no verb of publishing opens them. Nor is a 件
    whose words name what the public sent in (县长信箱收到信件238件: letters, like applications, messages,
    complaints) an item published — unless the total's words `total_label` name things sent in too (收到和处理依申请
    公开28件(其中依申请公开26条,重复申请3条): applications in both units). A verb opening the item that only
    qualifies its noun (应主动公开的其他类信息25条) is no clause of its own; one after how the item went out is
    (通过客户端向社会公开的政府信息6363条). Entries (项) of a total in 条 are its items."""
    if a == b:
        return True
    if a == "项" and b in ("条", "篇"):
        # 主动公开…信息58条,其中,公开领导介绍3项;组织机构6项;…: entries of the information counted — not matters of
        # another count (双公示系统中公开行政许可信息55项,行政处罚3项: decisions)
        return not _OTHER_MATTERS.search(label)
    # (a category named with its kind word is no clause, whatever verb its name holds: '主动公开政策文件类3件' — 澡下镇
    # 2021's 42條 over such 件)
    category = label.endswith("类")
    if a in _UNITS and b in _UNITS and re.match(VERB, _ITEM_LEAD.sub("", label)) and not category:
        return False
    if b == "件" and a != b and _DOCUMENTS_MADE.search(total_label) and not _DOCUMENTS_MADE.search(label):
        return False  # documents made (生成规章、规范性文件25件) have no parts in items of information (政府信息52条)
    if item_unit(a) == item_unit(b):
        return True
    if a in _COPIES and b in _UNITS:
        label = re.sub(r"^(?:其中|包括|以及|及)", "", label)
        return bool(DOCUMENT.search(label)) and not CHANNEL.search(label) and not re.match(VERB, label)
    if SENT_IN.search(label) and SENT_IN.search(total_label):
        return a in _UNITS and b in _UNITS
    own = re.sub(rf"^(?:应|依法|须){VERB}的", "", _ITEM_LEAD.sub("", label))
    # (nor is the 公开 of the noun 信息公开 a verb: '政府信息公开年度报告1件')
    clause = not category and re.search(VERB, own.replace("信息公开", ""))
    return a in _UNITS and b in _UNITS and not ("件" in (a, b) and (clause or SENT_IN.search(label)))


