"""The `/` filter keeps exactly what Textual's fuzzy Matcher would keep."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st
from textual.fuzzy import Matcher

from briefing.screens.pane import subsequence_matcher

letters = st.text(st.sampled_from("abcABCxyz é’“—\n.*?[](İı"), min_size=0, max_size=30)


@settings(max_examples=500)
@given(st.text(st.sampled_from("abcABC é.*?[(İ"), min_size=1, max_size=5), letters)
def test_same_membership_as_textuals_matcher(query: str, candidate: str) -> None:
    assert subsequence_matcher(query)(candidate) == (Matcher(query).match(candidate) > 0)


def test_examples() -> None:
    assert subsequence_matcher("kirb")("John Kirby — Pentagon press secretary")
    assert subsequence_matcher("JK")("John Kirby")
    assert not subsequence_matcher("kj")("John Kirby")
    assert subsequence_matcher("a.b")("a.b") and not subsequence_matcher("a.b")("axb")
