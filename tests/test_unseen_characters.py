"""A hint that compares a quote's word with its source's names the characters
no one can see: "it has 'co­operate' where the quote has 'cooperate'" showed
the author the same word twice (an audit: a soft hyphen in the source)."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import BASE_FILES, briefing_files, check, write_folder

from briefing.check.report import problem_line
from briefing.check.unseen_characters import unseen_difference

BASE = str(BASE_FILES["briefing.yaml"])
NOT_FOUND = (
    "b/briefing.yaml:20:11: error[quote-not-found]: these words are not in the source 's' "
    "(sources/s.txt)"
)


def _said(in_tmp: Path, quote: str, source: str) -> list[tuple[str, str | None]]:
    base = BASE.replace("text: hello world", f'text: "{quote}"')
    files = briefing_files(**{"briefing.yaml": base, "sources/s.txt": source + "\n"})
    return [(problem_line(p), p.hint) for p in check(write_folder(in_tmp / "b", files))]


@pytest.mark.parametrize(
    ("quote", "source", "said"),
    [
        (
            "cooperate fully now",
            "We will co\u00adoperate fully now.",
            "'will co\u00adoperate fully now.' — the source has a soft hyphen (U+00AD) inside "
            "'cooperate'",
        ),
        (
            "a-b c",
            "x a\u2011b c y",
            "'x a\u2011b c y' — the source has a non-breaking hyphen (U+2011) where the quote "
            "has '-', in 'a-b'",
        ),
        (
            "final offer",
            "This is our \ufb01nal offer.",
            "'our \ufb01nal offer.' — the source has a latin small ligature fi (U+FB01) where "
            "the quote has 'fi', in 'final'",
        ),
        (
            "Ukraine will win",
            "Ukr\u0430ine will win.",
            "'Ukr\u0430ine will win.' — the source has a cyrillic small letter a (U+0430) where "
            "the quote has 'a', in 'Ukraine'",
        ),
        (
            "don't go there",
            "I said don\u2032t go there.",
            "'said don\u2032t go there.' — the source has a prime (U+2032) where the quote has "
            "\"'\", in 'don't'",
        ),
    ],
    ids=["soft hyphen", "non-breaking hyphen", "ligature", "Cyrillic a", "prime"],
)
def test_a_character_no_one_sees_in_the_source_is_named(
    in_tmp: Path, quote: str, source: str, said: str
) -> None:
    assert _said(in_tmp, quote, source) == [
        (NOT_FOUND, f"the nearest passage (line 1 of the source): {said}")
    ]


def test_one_in_the_quote_is_named_too(in_tmp: Path) -> None:
    said = _said(in_tmp, "we wi\\u200bll win", "we will win now")
    assert said[-1] == (
        NOT_FOUND,
        "the nearest passage (line 1 of the source): 'we will win now' — the quote has a zero "
        "width space (U+200B) inside 'will', which the source lacks",
    )


def test_a_character_at_a_words_end_is_said_to_stand_after_it(in_tmp: Path) -> None:
    """ "the source has a degree celsius (U+2103) inside '2'" for "2℃" (a fact-checker's trial)."""
    said = _said(in_tmp, "Warming of 2 is the limit", "Warming of 2\u2103 is the limit.")
    assert said[-1][1].endswith("the source has a degree celsius (U+2103) after '2'"), said


def test_a_difference_one_sees_is_said_as_before_and_the_unseen_one_after_it(
    in_tmp: Path,
) -> None:
    assert _said(in_tmp, "we will co-operat fully", "We will co\u00adoperate fully.") == [
        (
            NOT_FOUND,
            "the nearest passage (line 1 of the source): 'We will co\u00adoperate fully.' — it "
            "has 'co\u00adoperate' where the quote has 'co-operat'; the source has a soft "
            "hyphen (U+00AD) where the quote has '-', in 'co-operat'",
        )
    ]


def test_what_the_contract_forgives_is_not_named(in_tmp: Path) -> None:
    """A curly apostrophe is matched as a straight one: the word differs elsewhere."""
    said = _said(in_tmp, "don\u2019t go thera", "I said don't go there.")
    assert said == [
        (
            NOT_FOUND,
            "the nearest passage (line 1 of the source): 'said don't go there.' — it has "
            "'there.' where the quote has 'thera'",
        )
    ]


def test_a_word_of_another_script_is_not_named_letter_by_letter(in_tmp: Path) -> None:
    """'Москва' holds letters drawn like Latin ones among others one tells apart."""
    assert _said(in_tmp, "Moskva will win", "Москва will win.") == [
        (
            NOT_FOUND,
            "the nearest passage (line 1 of the source): 'Москва will win.' — it has 'Москва' "
            "where the quote has 'Moskva'",
        )
    ]


def test_characters_one_sees_are_never_named() -> None:
    """A Chinese quote cut short named an ideograph and a full-width comma as
    characters "no one can see" (a trial)."""
    assert unseen_difference("中方愿同国际社会一道", "中方愿同国际社会一道汪，") is None


def test_the_source_s_character_is_named_as_the_source_has_it() -> None:
    """An acute accent typed for the source's ’ was told the source has "'",
    the form the match compares it in (an author's trial)."""
    said = unseen_difference("don\u00b4t", "don\u2019t")
    assert said is not None
    assert said[0] == (
        "the source has a right single quotation mark (U+2019) where the quote has an "
        "acute accent (U+00B4), in 'don´t'"
    )
