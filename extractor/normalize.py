"""From raw report text to the one normalised text every span points into.

Steps, each for a defect seen in real copies (FORMAT.md §10, SOURCES.md):
- `?`/`????` noise where a lost wide space or character was replaced by '?' (before NFKC, so a real
  full-width question mark '？' is not mistaken for noise);
- pinyin glosses inside words from mirror sites: `數(shù)量` → `數量`;
- NFKC: full width → half width, NBSP / en space / ideographic space → space;
- traditional → simplified (OpenCC t2s; and 資訊 → 信息 for a copy in Taiwan's words), so labels match;
- injected spam phrases from mirror domains;
- trailing whitespace per line and zero-width characters.
Lost characters (`(一)` → `)`, `2024年1月1日` → `202411日`) are not "repaired" — nothing can know what was
lost; the segmenter and the metadata reader are built to tolerate them instead.
"""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from itertools import islice

_TONE = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü"
_TONE_MARK = re.compile(f"[{_TONE}]")
_PINYIN = re.compile(rf"(?<=[\u3400-\u9fff])\((?=[a-z{_TONE}]*[{_TONE}])[a-z{_TONE}]{{1,7}}\)")
# '?' runs that stand for lost characters: at a line start, before a space or digit, alone on a line.
_QMARK_NOISE = re.compile(r"(?m)^[ \t]*\?+[ \t]*|\?+(?=[ \t\u3000\u00a0]*(?:\d|$))")
_ZERO_WIDTH = re.compile(r"[\u200b-\u200d\u2060\ufeff]")
# page numbers printed by PDF conversions ("— 5 —", "- 3 -", "第 3 页 共 9 页"): furniture, not content
_PAGE_NUMBER = re.compile(r"(?m)^[ \t]*(?:[-—–－]{1,2}[ \t]*\d{1,3}[ \t]*[-—–－]{1,2}|第[ \t]*\d{1,3}[ \t]*页"
                          r"(?:[ \t]*[,，/]?[ \t]*共[ \t]*\d{1,3}[ \t]*页)?)[ \t]*\n")
_TRAILING = re.compile(r"[ \t]+$", re.M)

# Casino and porn phrases injected into copies on mirror domains (FORMAT.md §10). Only whole phrases
# anchored on an unmistakable core word are removed; ordinary words (彩票, 体育) are left alone.
# (in either script: a mirror converting a page to traditional converts its spam too — '澳門賭場推薦'; a text judged
# simplified is never converted, so the traditional forms are listed)
_SPAM_CORE = (r"(?:博彩|赌场|賭場|葡京|百家乐|百家樂|娱乐城|娛樂城|真人荷官|老虎机|老虎機|六合彩|时时彩|時時彩|棋牌游戏|棋牌遊戲"
              r"|威尼斯人|澳门赌|澳門賭)")
SPAM_HINT = re.compile(_SPAM_CORE)  # every spam phrase holds a core word (and no organ's name holds one)
# (the casinos' brand names before the core word: '美高梅娛樂城办公厅' — the organ's name replaced by a brand)
_SPAM = re.compile(rf"(?:新|澳门|澳門|金沙|永利|银河|銀河|美高梅|太阳城|太陽城|巴黎人|伦敦人|倫敦人)?{_SPAM_CORE}"
                   rf"(?:{_SPAM_CORE}|官网|官網|官方网站|官方網站|网址|網址|平台|app|APP|注册|註冊|网站|網站|推荐|推薦)*")


@lru_cache(maxsize=2)
def _t2s(config: str = "t2s"):
    import opencc  # heavy; loaded once and only when needed

    return opencc.OpenCC(config)


# a copy from a gateway that writes Taiwan's words (資訊 for 信息: '二、主動公開政府資訊情況', '政府資訊公開條例') has
# those words turned back, so its headings and labels are the template's — those words only: the gateway left the
# mainland's 文件 and 执行 as printed, which OpenCC's tw2sp would read as Taiwan's (文件 → 文档, 執行 → 运行), so that
# 規範性文件 (its table row and its prose) would no longer be found
_TAIWAN_WORDING = "資訊"
_TAIWAN_WORDS = {"资讯": "信息", "网路": "网络"}


def normalize(text: str) -> str:
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = _ZERO_WIDTH.sub("", text)
    # each regex pass below runs only when a character it needs is there: most copies need few of them
    if "?" in text:
        text = _QMARK_NOISE.sub("", text)
    if _TONE_MARK.search(text):
        text = _PINYIN.sub("", text)
    text = _nfkc(text)
    text = _PAGE_NUMBER.sub("", text)
    if _has_traditional(text):
        taiwan = _TAIWAN_WORDING in text
        text = _t2s().convert(text)
        if taiwan:
            for word, mainland in _TAIWAN_WORDS.items():
                text = text.replace(word, mainland)
    if SPAM_HINT.search(text):
        text = _SPAM.sub("", text)
    ended = text[-1:].isspace()
    if " \n" in text or "\t\n" in text or text.endswith((" ", "\t")):
        text = _TRAILING.sub("", text)
    # A copy cut after a separator keeps a final newline, so its last number is known to be whole.
    return text + "\n" if ended and not text.endswith("\n") else text


# circled and parenthesised numbers (①, ⑴, ⒈, ❶): footnote marks and list markers, never digits — NFKC would make
# '19①' (a cell and its note mark) the value 191, so they are kept as printed
ENCLOSED_NUMBER = "[\u2460-\u24ff\u2776-\u2793]"
_ENCLOSED = re.compile("(" + ENCLOSED_NUMBER + ")")


def _nfkc(text: str) -> str:
    if not _ENCLOSED.search(text):
        return _nfkc_by_runs(text)
    # each enclosed number is a starter that composes with nothing: the pieces between them normalise alone
    return "".join(p if i % 2 else _nfkc_by_runs(p) for i, p in enumerate(_ENCLOSED.split(text)))


# NFKC of a whole report costs ~1,700 instructions a character (each one decomposed and composed again), though
# nearly all of a report's characters are ones NFKC keeps and that nothing joins to what stands before them
# (UAX #15's stable code points: quick check Yes, combining class 0, the second of no composition): ASCII, the CJK
# ideographs, the ideographic comma and full stop, book-title marks and brackets, curly quotes, the middle dot and
# the em dash. NFKC of a text is NFKC of its pieces cut before each such character (tests/test_normalize.py checks
# the class against unicodedata), so only the runs of other characters are normalised, each with the stable character
# before it (a mark may compose with it) — or alone where it opens with a full-width form or the ideographic space,
# which NFKC makes one ASCII character that composes with nothing before it: those runs (，：（）；and the like)
# recur in every report, and are normalised once.
_STABLE = "\x00-\x7f\u4e00-\u9fff\u3001\u3002\u300a-\u3011\u2018\u2019\u201c\u201d\u2014\u00b7"
_UNSTABLE_RUN = re.compile(f"[^{_STABLE}]+")
_OPENS_ALONE = re.compile("[\uff01-\uff5e\u3000]")  # full-width forms of ASCII, the ideographic space
_RUNS: dict[str, str] = {}  # NFKC of a run that opens alone, as met
_RUNS_MAX = 4096


def _nfkc_by_runs(text: str) -> str:
    out = []
    pos = 0
    for m in _UNSTABLE_RUN.finditer(text):
        start, run = m.start(), m.group()
        if _OPENS_ALONE.match(run):
            done = _RUNS.get(run)
            if done is None:
                done = unicodedata.normalize("NFKC", run)
                if len(_RUNS) < _RUNS_MAX and len(run) <= 8:
                    _RUNS[run] = done
        else:
            if start > pos:
                start -= 1  # the stable character before the run (runs are apart: it belongs to no other run)
            done = unicodedata.normalize("NFKC", text[start:m.end()])
        out.append(text[pos:start])
        out.append(done)
        pos = m.end()
    if not out:
        return text
    out.append(text[pos:])
    return "".join(out)


# Characters common in traditional text and absent from simplified text: cheap test to skip OpenCC.
_TRAD_HINTS = re.compile("[國會與為這個們來時說對學點發開關數據區條項報應處請總機構資訊經業統費際計規辦廢當預讓變權務實並體]")


def _has_traditional(text: str) -> bool:
    """Three hints in the first 20,000 characters (the regex scan stops at the third)."""
    return next(islice(_TRAD_HINTS.finditer(text, 0, 20000), 2, None), None) is not None


def to_simplified(text: str) -> str:
    """Traditional → simplified for a short string (names, labels), without the document-level test."""
    return _t2s().convert(text)
