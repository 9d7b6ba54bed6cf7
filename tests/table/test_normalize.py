"""Name keys: properties that must hold for any text."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from srccheck.table.normalize import _fold_any, _fold_ascii, fold, name_key, query_keys


def test_script_case_and_quotes_do_not_matter():
    assert fold("Рыбарь") == fold("rybar") == fold("RYBAR")
    assert fold("«Два майора»") == "dva mayora"
    assert fold("Sánchez") == fold("Sanchez")
    assert name_key("Russia’s") == name_key("Russia's") == "russia"


@given(st.text(max_size=60))
def test_fold_is_idempotent_and_clean(text):
    once = fold(text)
    assert fold(once) == once
    assert once == once.strip() and "  " not in once


@given(st.text(alphabet=st.characters(max_codepoint=127), max_size=60))
def test_the_ascii_shortcut_folds_as_the_general_path(text):
    assert _fold_ascii(text) == _fold_any(text)


def test_the_ascii_shortcut_drops_quotes_and_dots_of_abbreviations():
    assert fold('The U.S. "Army"') == _fold_any('The U.S. "Army"') == "the us army"
    assert fold("O'Brien_Group") == "obrien group"


@given(st.text(max_size=60))
def test_query_keys_start_with_the_full_key(text):
    keys = query_keys(text)
    assert keys[0] == name_key(text)
    assert len(keys) == len(set(keys))
