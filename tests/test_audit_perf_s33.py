"""Stop 33's cuts to the audit's own cost: each gives the answer the code before gave, on real report text; the
code before is kept here as the reference it is checked against."""
from __future__ import annotations

import random
import re

from extractor.loaders import load

from conftest import EVAL_TEXT


def _sentences(glob: str = "1[0-4]*.txt") -> list[str]:
    from audits.prose.text import FULL_SENTENCE, paragraphs

    return [m.group() for f in sorted(EVAL_TEXT.glob(glob)) for p in paragraphs(load(f).text)
            for m in FULL_SENTENCE.finditer(p.text)]


def _level_items_by_character(s: str, depth: list[int]):
    """items.level_items before stop 33: the bracketed sentence walked character by character."""
    from audits.prose.items import CLOSE, OPEN

    runs: dict = {}
    cur: dict = {}
    opened = [0]
    for i, ch in enumerate(s):
        if ch in OPEN:
            opened.append(i)
            continue
        level = depth[i]
        key = (level, opened[-1] if level else 0)
        if ch in CLOSE:
            if len(opened) > 1:
                opened.pop()
            continue
        pos, chars = cur.setdefault(key, ([], []))
        if ch in "、，,；;" or ch in "：:。！？!?":
            runs.setdefault(key, []).append((pos, "".join(chars)))
            cur[key] = ([], [])
            continue
        pos.append(i)
        chars.append(ch)
    for key, (pos, chars) in cur.items():
        runs.setdefault(key, []).append((pos, "".join(chars)))
    return [(key[0], [(p, t) for p, t in items if t]) for key, items in runs.items()]


def test_level_items_cuts_a_bracketed_sentence_as_the_character_walk_did():
    # real sentences with brackets, and the same with brackets (unbalanced too) and separators put in at random
    from audits.prose.items import BRACKET, depths, level_items

    sentences = _sentences()
    rnd = random.Random(33)
    mutated = []
    for s in sentences[:1500]:
        chars = list(s)
        for _ in range(rnd.randint(1, 6)):
            chars.insert(rnd.randint(0, len(chars)), rnd.choice("（()）、，：。"))
        mutated.append("".join(chars))
    bracketed = [s for s in sentences + mutated if BRACKET.search(s)]
    assert len(bracketed) > 1000
    for s in bracketed:
        d = depths(s)
        assert level_items(s, d) == _level_items_by_character(s, d), s


def test_flat_shows_each_run_of_white_space_with_a_line_break_as_one_mark():
    # the pattern it replaced, on real snippets (one cell a line) and random strings over every white-space character
    from audits.render.common import _flat

    def by_pattern(x: str) -> str:
        return re.sub(r"\s*\n\s*", " ⏎ ", x) if "\n" in x else x

    text = load(next(EVAL_TEXT.glob("10*.txt"))).text
    snippets = [text[i:i + 40] for i in range(0, len(text), 7)]
    spaces = [chr(c) for c in range(0x3001) if chr(c).isspace()]
    rnd = random.Random(33)
    made = ["".join(rnd.choice(spaces + ["\n"] * 4 + list("a中⏎")) for _ in range(rnd.randint(0, 12)))
            for _ in range(20000)]
    assert any("\n" in x for x in snippets)
    for x in snippets + made + ["", "\n", " \n ", "\n\n", "a\n", "\na"]:
        assert _flat(x) == by_pattern(x), repr(x)


def test_sketch_hashes_the_same_five_grams_as_a_slice_each():
    # fingerprint.sketch cuts the 5-grams out with struct.iter_unpack, five interleaved runs: the same hashes as a
    # slice of the UTF-32 data per 5-gram, so the same sketch, on eval prose and on texts of every short length
    import zlib
    from array import array

    from audits import fingerprint as fp
    from audits.prose.text import paragraphs

    def by_slices(prose: str) -> bytes | None:
        text = re.sub(r"\s+", "", fp._NUMBER.sub("#", prose))  # (the engine's \s: sketch removes it by str.split)
        data, n = text.encode("utf-32-le"), len(text) - fp.SHINGLE + 1
        hashes = {zlib.crc32(data[i:i + 4 * fp.SHINGLE]) for i in range(0, 4 * max(0, n), 4)}
        if len(hashes) < fp.MIN_SHINGLES:
            return None
        mins = [fp._EMPTY] * fp.BINS
        for h in hashes:
            mins[h % fp.BINS] = min(mins[h % fp.BINS], h // fp.BINS)
        return array("I", mins).tobytes()

    proses = ["".join(p.text for p in paragraphs(load(f).text)) for f in sorted(EVAL_TEXT.glob("1[0-2]*.txt"))]
    rnd = random.Random(33)
    made = ["".join(rnd.choice("政府信息公开申请12。 \n") for _ in range(k)) for k in range(0, 400, 3)]
    assert sum(fp.sketch(p) is not None for p in proses) > 20
    for prose in proses + made:
        assert fp.sketch(prose) == by_slices(prose)
