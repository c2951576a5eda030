"""Stop 26's cuts to the audit's cost: each computes what it replaced, exactly, on real report text."""
from __future__ import annotations

from types import SimpleNamespace

from extractor.loaders import load

from conftest import EVAL_TEXT


def _paragraphs(glob: str = "1*.txt"):
    from audits.prose.text import paragraphs

    return [p for f in sorted(EVAL_TEXT.glob(glob)) for p in paragraphs(load(f).text)]


def _ctx():
    from audits.organ import classify

    return SimpleNamespace(year=2022, organ=classify(None, None), report=SimpleNamespace(sections=[]))


def test_a_sentence_the_claims_gate_passes_over_yields_no_claim_on_every_eval_text():
    # claims._MAY_HOLD: a figure's end, one figure for a list (均为0件) or a word of a statement of none (未收到…申请);
    # a sentence holding none of them yields nothing when read, so it is not read — and most sentences are such
    from audits.prose import claims
    from audits.prose.text import compact

    ctx = _ctx()
    skipped = read = 0
    for para in _paragraphs():
        for (a, b), may in zip(para.sentences(), para.holding(claims._MAY_HOLD)):
            found = claims._sentence_claims(ctx, para, a, b, True)
            if may:
                read += bool(found)
            else:
                skipped += 1
                assert found == [], para.text[a:b]
    assert skipped > 2 * read > 0
    for said in ("本机关未收到政府信息公开申请。", "行政复议和行政诉讼均为零。", "共收到政府信息公开申请12件。"):  # each way in
        p = compact(said)
        assert p.holding(claims._MAY_HOLD) == [True] and claims._sentence_claims(ctx, p, 0, len(said), True)


def test_the_anchored_list_marker_finds_what_its_pattern_finds_on_every_eval_text():
    # list_words.MARKER is tried only where a part of the text holds one of its words (其中, 包括, 分别…): in every
    # sentence, and from every comma on (as unmarked.py matches it), the same matches as the bare pattern
    from audits.prose.list_words import MARKER

    raw, held = MARKER.pattern, 0
    for para in _paragraphs("1[0-4]*.txt"):
        t = para.text
        for a, b in para.full_sentences():
            assert [m.span() for m in MARKER.finditer(t, a, b)] == [m.span() for m in raw.finditer(t, a, b)]
            held += MARKER.search(t, a, b) is not None
            for at in (i for i in range(a, b) if t[i] in "，,"):
                assert (MARKER.match(t, at, b) or 0) and MARKER.match(t, at, b).span() == raw.match(t, at, b).span() \
                    or raw.match(t, at, b) is None
    assert held > 100


def test_a_figure_search_starts_at_the_first_numeral_and_finds_what_the_pattern_finds_on_every_eval_text():
    # Scouted's lead: a figure opens with NUMBER's first character after PRE (at most PRE_REACH characters), so the
    # search starts there — from every clause of every sentence (as the list readers search), the same figure
    import re

    from audits.prose.items import FIGURE
    from audits.prose.patterns import NUM, NUM_LEAD, PRE_REACH

    lead, compared = re.compile(NUM_LEAD), 0
    for m in re.finditer(NUM, "约12件、超过三十条、多达1,200条、近百件"):
        assert lead.search(m.group(), 0, PRE_REACH + 1)
    for para in _paragraphs("1[0-4]*.txt"):
        t = para.text
        for m in re.finditer(NUM, t):
            assert lead.search(t, m.start(), m.start() + PRE_REACH + 1), m.group()
        for a, b in para.full_sentences():
            for at in [a] + [i + 1 for i in range(a, b) if t[i] in "，,；;"]:
                found, bare = FIGURE.search(t, at, b), FIGURE.pattern.search(t, at, b)
                assert (found and found.span()) == (bare and bare.span())
                assert [x.span() for x in FIGURE.finditer(t, at, b)] == [x.span() for x in FIGURE.pattern.finditer(t, at, b)]
                compared += found is not None
    assert compared > 1000


def test_the_period_words_each_open_with_a_character_of_their_own():
    # dates.PERIOD / PERIOD_MONTHS (years' _PERIOD / _PERIOD_MONTHS) open with PERIOD_OPENS: an alternation whose every branch opens with a literal
    # character gives the engine a set of first characters to scan for, instead of trying the pattern at each of
    # the opening's 6,000; the period of each eval text is read as before (test_period_* pin the readings)
    import re

    from audits import years
    from extractor import dates

    try:
        from re import _constants as c, _parser as parser
    except ImportError:  # Python 3.10
        import sre_constants as c  # type: ignore[no-redef]
        import sre_parse as parser  # type: ignore[no-redef]

    (op, av), = parser.parse(dates.PERIOD_OPENS).data[:1]
    assert op is c.SUBPATTERN
    (bop, (_, branches)), = av[3].data
    assert bop is c.BRANCH and all(b.data[0][0] is c.LITERAL for b in branches)
    assert years._PERIOD.search("本报告统计期限为2023年1月1日至2023年12月31日。")
    assert years._PERIOD.search("报告涵盖2024年1月1日至12月31日期间") and re.search(dates.PERIOD_OPENS, "内容涵盖")


def test_a_total_at_the_end_is_searched_from_its_numbers_run_and_found_as_before_on_every_eval_text():
    # list_words.total_at_end starts its search at the run of numeral characters within _AFTER_NUMBER of the end
    # (PRE's words before it): the same figure as the search from the sentence's start, at every comma and end
    from audits.prose.list_words import _TOTAL_AT_END, total_at_end

    found = 0
    texts = [p.text for p in _paragraphs("1[0-5]*.txt")]
    texts += ["共收到申请一千二百三十四件（其中网上申请）", "约1,234,567.5万条", "合计超过三十条信息", "发布12345678901234567890条"]
    for t in texts:
        for end in [i for i, ch in enumerate(t) if ch in "，,；;。）)"] + [len(t)]:
            m, bare = total_at_end(t, end), _TOTAL_AT_END.search(t, 0, end)
            if m is not None or (bare is not None and t.endswith(tuple("件份条个起宗项例次部篇息请)）"), 0, end)):
                assert (m and m.span()) == (bare and bare.span()), t[:end]
                found += m is not None
    assert found > 300


def test_a_spec_opened_by_its_first_characters_matches_as_before_on_every_eval_text():
    # patterns._a / _b: a pattern the engine finds no first character for (a lookbehind or optional words first) is
    # put behind a lookahead for the characters its matches open with (anchors.opened): the same matches, and the
    # same keys for shared.py, which cuts them out of the patterns
    import re

    from audits.prose import shared
    from audits.prose.anchors import opened
    from audits.prose.patterns import SPECS

    def bare(p):
        return re.compile(re.sub(r"^\(\?=\[[^\]]*\]\)", "", p.pattern))

    pats = [p for spec in SPECS for p in (spec.before, spec.after) if p is not None]
    keys = [k for _, k in shared._KEYS]
    assert sum(p.pattern.startswith("(?=[") for p in pats) > 30
    assert opened("(?P<key>办结|答复)") == "(?P<key>办结|答复)"  # the engine scans for these already
    assert opened(r"(?<!不)(?:主动)?公开\d+条") == r"(?=[主公])(?<!不)(?:主动)?公开\d+条"
    found = 0
    for para in _paragraphs("1[0-5]*.txt"):
        for a, b in para.sentences():
            s = para.text[a:b]
            for p in pats + keys:
                got = [m.span() + m.groups() for m in p.finditer(s)]
                assert got == [m.span() + m.groups() for m in bare(p).finditer(s)]
                found += len(got)
    assert found > 1000
