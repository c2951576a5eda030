"""N distinct text reports made from the eval set's text copies, so a benchmark sees a cold corpus.

Repeating the same five files keeps every cache warm (label lookups, value parsing, fuzzy matches of the
same prose lines), which a batch of real, all-different reports never does. Each copy here starts from
one of the eval text documents (seeds, corpus text/markdown copies) and is changed three ways, seeded by
its index so the corpus is the same on every run:
- every number that is not a year or part of a date gets a random value with the same number of digits
  (table values, prose figures: every cell and every prose line differs from its source's);
- the issuing organ (from the document's gold file) becomes a made-up 地名 + 部门 name, in the title too;
- the sentences of each prose line (longer than a table cell) are shuffled.
Table structure, labels and headings stay as printed, so the parser does the same work as on the source.

Most of the eval set's text copies are page heads (median ~760 characters: the stored pages give a page's
beginning), while a whole report runs 5,000-20,000. `min_chars` draws only on sources at least that long
(`bench_cli.py --full`: the whole reports), so a bench can say what a run of whole reports costs too.
"""
from __future__ import annotations

import hashlib
import json
import random
import re
import shutil
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
# the eval set's whole reports are at least this long (its page heads stop near 2,000 characters): the
# min_chars of a bench's --full
FULL_CHARS = 2700

_PLACES = ("临川", "吉安", "赣州", "株洲", "衡阳", "岳阳", "常德", "益阳", "郴州", "永州", "怀化", "娄底",
           "宜昌", "襄阳", "荆州", "黄冈", "咸宁", "随州", "恩施", "十堰", "绵阳", "德阳", "南充", "宜宾",
           "泸州", "乐山", "眉山", "遂宁", "内江", "达州", "曲靖", "玉溪", "保山", "昭通", "丽江", "普洱",
           "临沧", "楚雄", "红河", "文山", "大理", "德宏", "安顺", "铜仁", "毕节", "六盘水", "遵义", "黔南")
_LEVELS = ("市", "县", "区", "市新城区", "县城关镇", "市高新区", "区东街道", "县西乡")
_DEPTS = ("人民政府办公室", "发展和改革委员会", "教育局", "科学技术局", "工业和信息化局", "公安局", "民政局",
          "司法局", "财政局", "人力资源和社会保障局", "自然资源局", "生态环境局", "住房和城乡建设局",
          "交通运输局", "水利局", "农业农村局", "商务局", "文化广电旅游局", "卫生健康委员会", "应急管理局",
          "审计局", "市场监督管理局", "统计局", "医疗保障局", "林业局", "城市管理局", "退役军人事务局",
          "人民政府", "街道办事处", "信访局")
# a number that is a year, or part of a date / time, keeps its value (meta reading stays the same)
_NUMBER = re.compile(r"(?P<date>\d{4}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2})|(?<![\d.])\d+(?:\.\d+)?(?![\d.])")
_DATE_NEXT = re.compile(r"\s*[年月日号时:：]")
_SENTENCE = re.compile(r"[^。；！？]*[。；！？]?")
_PROSE_LINE = 80  # tokenize._MAX_CELL_LINE: longer lines are prose
# a line longer than this is a whole copy on one line (headings, tables and prose run together): shuffling
# its sentences would scatter its tables, so it keeps its order (heads are shorter, so they are unchanged)
_ONE_LINE_COPY = 2000


def sources(min_chars: int = 0) -> list[tuple[Path, str | None]]:
    """(text document, its organ per the gold file) for every text copy in the eval set of at least min_chars."""
    organs = {}
    for g in (ROOT / "eval/gold").glob("*.json"):
        gold = json.loads(g.read_text(encoding="utf-8"))
        organs[Path(gold.get("document", "")).name] = (gold.get("meta") or {}).get("organ")
    docs = sorted((ROOT / "eval/docs/seeds").glob("*.txt")) + sorted((ROOT / "eval/docs/text").glob("*.*"))
    return [(p, organs.get(p.name)) for p in docs
            if not min_chars or len(p.read_text(encoding="utf-8")) >= min_chars]


def _numbers(text: str, rng: random.Random) -> str:
    def swap(m: re.Match) -> str:
        s = m.group(0)
        if m.group("date") or "." in s or (len(s) == 4 and s[:2] in ("19", "20")) or _DATE_NEXT.match(text, m.end()):
            return s
        if len(s) == 1:
            return str(rng.randrange(10))
        return str(rng.randrange(10 ** (len(s) - 1), 10 ** len(s)))

    return _NUMBER.sub(swap, text)


def _shuffle_prose(text: str, rng: random.Random) -> str:
    out = []
    for line in text.split("\n"):
        if _PROSE_LINE < len(line) <= _ONE_LINE_COPY and "|" not in line:
            parts = [s for s in _SENTENCE.findall(line) if s]
            rng.shuffle(parts)
            line = "".join(parts)
        out.append(line)
    return "\n".join(out)


def variant(text: str, organ: str | None, i: int) -> str:
    rng = random.Random(i)
    if organ:
        text = text.replace(organ, rng.choice(_PLACES) + rng.choice(_LEVELS) + rng.choice(_DEPTS))
    return _shuffle_prose(_numbers(text, rng), rng)


def make(n: int, outdir: Path, min_chars: int = 0) -> list[Path]:
    """Write n distinct reports into outdir (kept from an earlier run while the sources and this
    module are unchanged); their paths."""
    src = sources(min_chars)
    texts = [(p, p.read_text(encoding="utf-8"), organ) for p, organ in src]
    stamp = outdir.with_name(outdir.name + ".stamp")
    made_from = hashlib.sha256(Path(__file__).read_bytes() + "".join(t for _, t, _ in texts).encode()
                               + str(min_chars).encode()).hexdigest()
    if not stamp.exists() or stamp.read_text() != made_from:
        shutil.rmtree(outdir, ignore_errors=True)
    outdir.mkdir(parents=True, exist_ok=True)
    stamp.write_text(made_from)
    paths = []
    for i in range(n):
        p, text, organ = texts[i % len(texts)]
        dest = outdir / f"{i:05d}_{p.stem}{p.suffix}"
        if not dest.exists():
            dest.write_text(variant(text, organ, i), encoding="utf-8")
        paths.append(dest)
    return paths
