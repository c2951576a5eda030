"""Public bodies that publish on the template though they are no government department: a state farm (垦殖场,
农场, 林场) and an archive, library, memorial hall or museum are organ names, and their kind is unknown
(held-out set 1875–1889: 1883, 1889)."""
from __future__ import annotations

from audits.organ import classify
from extractor.organ_office import without_unit
from extractor.organ_words import is_organ

from conftest import organ_of


def test_a_state_farm_and_an_archive_are_organs():
    # 1883: '请与奉新县东风垦殖场办公室联系' (the title's '东风场' is a short form); 1889: title '武汉市硚口区档案馆2025年政府…'
    assert organ_of("1883_") == "奉新县东风垦殖场"
    assert organ_of("1889_") == "武汉市硚口区档案馆"
    assert without_unit("武汉市硚口区档案馆办公室") == "武汉市硚口区档案馆"
    # a bare 场 or 馆 stays no body's end: a market, a square, a hotel
    assert not is_organ("农贸市场") and not is_organ("人民广场") and not is_organ("东风场")


def test_their_kind_is_unknown_not_a_department():
    for name in ("奉新县东风垦殖场", "武汉市硚口区档案馆"):
        assert classify(name).kind is None, name
