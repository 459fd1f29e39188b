"""Folding and word queries: what the `/` filter (and later a search) compares."""

from __future__ import annotations

import pytest

from briefing.records.folding import Query, fold, fold_with_offsets, searchable


@pytest.mark.parametrize(
    ("text", "folded"),
    [
        ("François Fillon", "francois fillon"),
        ("Élysée", "elysee"),
        ("Straße STRASSE", "strasse strasse"),
        ("Søren Kierkegaard", "soren kierkegaard"),
        ("Łódź", "lodz"),
        ("Æsir Œuvre", "aesir oeuvre"),
        ("Þór Đorđe", "thor dorde"),
        ("ΑΘΗΝΑ Αθήνα", "αθηνα αθηνα"),
        ("Σωκράτης", "σωκρατησ"),  # final sigma folds to sigma
        ("МОСКВА Москва", "москва москва"),
        ("Ёлка", "елка"),
        ("Йошкар-Ола", "йошкар-ола"),  # й is a letter, not an accented и
        ("“Don’t” — she said", '"don\'t" - she said'),
        ("Cafe\u0301", "cafe"),  # a combining accent, not a precomposed é
    ],
)
def test_fold(text: str, folded: str) -> None:
    assert fold(text) == folded


def test_each_folded_character_knows_where_it_came_from() -> None:
    folded, origins = fold_with_offsets("Aß é")
    assert folded == "ass e"
    assert origins == [0, 1, 1, 2, 3]


@pytest.mark.parametrize(
    ("typed", "text", "found"),
    [
        ("mac", "Emmanuel Macron", True),
        ("macron", "Liz Truss, Foreign Secretary", False),  # no scattered letters
        ("mac", "a stomach ache", False),  # a word must begin with it
        ("francois", "François Fillon", True),
        ("FILLON francois", "François Fillon", True),  # any order, any case
        ("francois macron", "François Fillon", False),  # every word must occur
        ("strasse", "Große Straße", True),
        ("moskva", "Москва", False),  # no transliteration
        ("моск", "в МОСКВЕ", True),
        ("~10", "~10 Feb 2022", True),  # marks typed are not matched: 10 is
        ("don't", "“Don’t”", True),
        ("o'brien", "Conan O’Brien", True),
        ("brien", "Conan O’Brien", True),  # a word after an apostrophe is a word
        # invisible marks pasted with the words (a trial: "Quotes (0 of 7)")
        ("brid\u200ege", "the Mill Street bridge", True),  # left-to-right mark
        ("bri\u00addge", "the Mill Street bridge", True),  # soft hyphen
        ("\u200fbridge\u061c", "the Mill Street bridge", True),  # RLM, Arabic letter mark
        ("brid\u200cge", "the Mill Street bridge", True),  # zero-width non-joiner
        ("bridge", "the Mill Street bri\u00addge", True),  # and in the text too
        # words typed together are words in a row (an author's trial: `can't`
        # found "can be repaired", its "t" beginning "the")
        ("can't", "If the bearings can be repaired, the first phase", False),
        ("can't", "We can’t say", True),
        ("won't", "it will not, we won’t", True),
        ("38,000", "some 38,000 vehicles", True),
        ("38,000", "38 vehicles, 000 trucks", False),
        ("9-2", "voted 9–2", True),
    ],
)
def test_query_matches_words(typed: str, text: str, found: bool) -> None:
    assert Query(typed).matches(text) is found


def test_a_query_without_words_is_empty() -> None:
    assert not Query("   ")
    assert Query(" a ")


def test_spans_are_in_the_texts_own_characters() -> None:
    text = "President François Fillon met Macron"
    spans = Query("fill franc mac").spans(text)
    assert [text[s:e] for s, e in spans] == ["Franç", "Fill", "Mac"]


def test_spans_are_only_where_a_word_begins() -> None:
    """`/mac` keeps a row for "Macron" and highlights it there, not the "mac"
    inside "stomach" (the row would show a hit the filter did not count)."""
    text = "a stomach ache for Macron, and Emmac"
    assert [text[s:e] for s, e in Query("mac").spans(text)] == ["Mac"]
    assert Query("mac").spans("a stomach ache") == []


def test_spans_cover_a_letter_folded_to_two() -> None:
    text = "die Straße"
    assert [text[s:e] for s, e in Query("strass").spans(text)] == ["Straß"]
    assert [text[s:e] for s, e in Query("strasse").spans(text)] == ["Straße"]


def test_spans_of_words_typed_together_are_the_words_in_a_row() -> None:
    """Not each letter the words hold: `can't` underlined the "t" of "the"."""
    text = "the cost: we can’t, and then can tell"
    assert [text[s:e] for s, e in Query("can't").spans(text)] == ["can’t", "can t"]


def test_searchable_is_the_folded_words_each_between_spaces() -> None:
    assert searchable("“François” (Fillon), o’Brien—2022") == " francois fillon o brien 2022 "
    assert searchable("up 1.2% to $4.2bn") == " up 1.2 % to $ 4.2 bn "
