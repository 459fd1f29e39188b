"""Numbers as a numbers desk types them, in the `/` filters, Find and `briefing search`.

A fact-checker looking for every quote with a number (a trial): `/2%` listed
10 quotes of 11, each by the 2 of its date's "2025" (the `%` was not looked
for), `/1` all 11, and Find lit the 2 of "1.2%" as a hit for `2%`. One rule
(briefing.records.numbers): a decimal or grouped number is one word, a
number typed is found whole, and a sign typed beside it must be there.
"""

from __future__ import annotations

import json
import sys
import unicodedata
from pathlib import Path

import pytest
from conftest import write_folder

from briefing import cli
from briefing.check.folder import check_folder
from briefing.index.words import WordIndex, word_table
from briefing.records.folding import Query, searchable
from briefing.records.numbers import (
    SIGN_RANGES,
    TOKEN,
    begins,
    in_a_row,
    typed_pieces,
    typed_signs_joined,
)
from briefing.records.words import SearchQuery, words

EARNINGS = (
    "Revenue rose 1.2% to 1.4% in the third quarter, to $4.2bn, and the fund "
    "put NOK 40 billion aside; 2 % of it (2 percent) by 11 Sep 2025, at 2 °C."
)


def test_the_signs_are_the_currency_signs_and_those_of_a_quantity() -> None:
    table = {code for first, last in SIGN_RANGES for code in range(first, last + 1)}
    quantity = {ord(c) for c in "%٪‰‱﹪％°℃℉"}
    assert quantity <= table
    currency = table - quantity
    assert all(unicodedata.category(chr(code)) == "Sc" for code in currency)
    if unicodedata.unidata_version == "14.0.0":  # a newer Python may know more
        every = {c for c in range(sys.maxunicode + 1) if unicodedata.category(chr(c)) == "Sc"}
        assert currency == every


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("1.2% to 1.4%", ["1.2", "%", "to", "1.4", "%"]),
        ("$4.2bn, 4,200 and 1,234.5", ["$", "4.2", "bn", "4,200", "and", "1,234.5"]),
        ("95m 2nd", ["95", "m", "2", "nd"]),  # a number's letters: a word of their own
        ("H5N1, G7, v1.2", ["h5n1", "g7", "v1.2"]),  # a word begun by a letter keeps its digits
        ("in 2025. Then 3,a", ["in", "2025", "then", "3", "a"]),  # `.` `,` ending a number
        ("1.234.567,89 or 12,5", ["1.234.567,89", "or", "12,5"]),  # grouped by threes, decimal
        # neither: a date's numbers, each a word (`2025` finds "am 11.09.2025")
        ("am 11.09.2025, v3.5.2, 3.5.2", ["am", "11", "09", "2025", "v3.5.2", "3", "5", "2"]),
        ("2025年, 40 €", ["2025", "年", "40", "€"]),
        ("o’Brien", ["o", "brien"]),
    ],
)
def test_a_texts_search_words(text: str, found: list[str]) -> None:
    assert [word.folded for word in words(text)] == found
    assert searchable(text) == " " + " ".join(found) + " "


@pytest.mark.parametrize(
    ("typed", "pieces"),
    [
        ("2%", ("2", "%")),
        ("2 %", ("2", "%")),  # as French sets it
        ("$95m", ("$", "95", "m")),
        ("$ 95m", ("$", "95", "m")),
        ("1.2", ("1.2",)),
        ("c$", ("c",)),  # a sign beside no number is not looked for
        ("€", ()),
        ("2% 2025", ("2", "%")),  # the first word typed: 2025 is another
    ],
)
def test_what_is_typed(typed: str, pieces: tuple[str, ...]) -> None:
    first = typed_signs_joined(typed).split()[0]
    assert typed_pieces(first) == pieces


def test_a_number_typed_is_a_word_whole_and_letters_a_words_start() -> None:
    assert begins("2", "2") and not begins("2025", "2") and not begins("2.5", "2")
    assert begins("macron", "mac") and begins("h5n1", "h5n") and not begins("h5n1", "h5")


@pytest.mark.parametrize(
    ("typed", "shown"),
    [
        ("2", ["2", "2", "2"]),  # "2 %", "2 percent", "2 °C": not 1.2, 1.4, 4.2, 2025
        ("2%", ["2 %"]),  # not "2 percent"
        ("2 %", ["2 %"]),
        ("1.2", ["1.2"]),
        ("1.2%", ["1.2%"]),
        ("$4.2bn", ["$4.2bn"]),
        ("4.2", ["4.2"]),
        ("4", []),
        ("40", ["40"]),
        ("nok 40", ["NOK", "40"]),
        ("2025", ["2025"]),
        ("20", []),  # twenties alone: not 2025
        ("2°c", ["2 °C"]),
        ("11", ["11"]),  # the date's day
        ("11 sep 2025", ["11", "Sep", "2025"]),
        ("percent", ["percent"]),
        ("rev", ["Rev"]),  # letters: a word's start, as ever
    ],
)
def test_the_filter_finds_and_marks_numbers_whole(typed: str, shown: list[str]) -> None:
    query = Query(typed)
    assert [EARNINGS[a:b] for a, b in query.spans(EARNINGS)] == shown
    assert query.matches(EARNINGS) is bool(shown)


def test_what_holds_no_word_is_said_to() -> None:
    assert Query("€").holds_no_word and Query("% $").holds_no_word
    assert not Query("").holds_no_word and not Query("2%").holds_no_word


@pytest.mark.parametrize(
    "typed",
    ["2", "2%", "2 %", "1.2", "$4.2bn", "4.2b", "40", "2025", "mac", "o'brien", "2-2", "冷静",
     "sep 2025", "h5", "h5n", "3,a", "€40", "95m", "2nd"],
)  # fmt: skip
@pytest.mark.parametrize(
    "text",
    [EARNINGS, "Macron met O’Brien on 2–2 Sep 2025: 3,a", "各方应保持冷静克制 2025年",
     "H5N1 cost €40 and $95 million, the 2nd time", "95m%"],
)  # fmt: skip
def test_the_filter_and_its_highlights_and_find_agree(typed: str, text: str) -> None:
    """One rule: what the matcher finds in the searchable form, the highlights
    mark and Find's words hold, each word typed."""
    found = [word.folded for word in words(text)]
    assert found == TOKEN.findall(searchable(text))
    for word, term in zip(Query(typed).words, SearchQuery.parse(typed).terms, strict=True):
        query = Query(word)
        assert query.matches(text) is bool(query.spans(text))
        assert query.matches(text) is any(True for _ in in_a_row(found, term))


QUOTES = """\
quotes:
  - id: q1
    text: "Revenue rose 1.2% to 1.4% in the quarter"
    speaker: cfo
    source: s
  - id: q2
    text: "We took a $95m charge and set $4.2bn aside"
    speaker: cfo
    source: s
  - id: q3
    text: "Some 2 % of the fund, NOK 40 billion"
    speaker: cfo
    source: s
  - id: q4
    text: "Not 2 percent, and not in 2025"
    speaker: cfo
    source: s
"""
BRIEFING = """\
briefing:
  id: earnings
  title: Earnings
  as_of: 2025-09-11
sources:
  - id: s
    title: The call
    text: sources/s.txt
actors:
  - id: cfo
    name: Ana Macron
    kind: person
"""
SOURCE = (
    "Revenue rose 1.2% to 1.4% in the quarter, the CFO said.\n\n"
    "We took a $95m charge and set $4.2bn aside.\n\n"
    "Some 2 % of the fund, NOK 40 billion.\n\n"
    "Not 2 percent, and not in 2025.\n"
)


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    return write_folder(
        tmp_path / "earnings",
        {"briefing.yaml": BRIEFING, "quotes.yaml": QUOTES, "sources/s.txt": SOURCE},
    )


@pytest.fixture
def index(folder: Path) -> WordIndex:
    result = check_folder(folder, text_places=True)
    assert result.briefing is not None, [p.message for p in result.problems]
    return WordIndex(word_table(result.briefing, result.text_places), result.briefing)


def hits(index: WordIndex, typed: str) -> list[tuple[str, list[str]]]:
    return [
        (r.record_id, [h.text[a:b] for h in r.hits for a, b in h.spans])
        for r in index.search(SearchQuery.parse(typed))
        if r.kind == "quote"
    ]


def test_find_finds_a_number_whole_with_its_sign(index: WordIndex) -> None:
    assert hits(index, "2%") == [("q3", ["2 %"])]  # not the 2 of 1.2%, nor 2 percent
    assert hits(index, "2") == [("q3", ["2"]), ("q4", ["2"])]
    assert hits(index, "1.2") == [("q1", ["1.2"])]
    assert hits(index, "1.2%") == [("q1", ["1.2%"])]
    assert hits(index, "$95m") == [("q2", ["$95m"])]
    assert hits(index, "95") == [("q2", ["95"])]
    assert hits(index, "4.2") == [("q2", ["4.2"])]
    assert hits(index, "4") == []
    assert hits(index, "2025") == [("q4", ["2025"])]
    assert hits(index, "20") == []
    # an actor's name: in no quote's own text, but in who said them, which finds them
    assert hits(index, "mac") == [(q, ["Macron"]) for q in ("q1", "q2", "q3", "q4")]
    assert [r.kind for r in index.search(SearchQuery.parse("mac"))] == ["quote"] * 4 + ["actor"]
    assert hits(index, "macron 2") == [("q3", ["2", "Macron"]), ("q4", ["2", "Macron"])]
    assert [r.kind for r in index.search(SearchQuery.parse("2%"))] == ["quote", "passage"]


def test_a_search_is_described_as_typed() -> None:
    assert SearchQuery.parse("2 %  $95m o'brien").describe() == '2% $95m "o brien"'


def test_briefing_search_finds_a_number_whole_with_its_sign(
    folder: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    index = ["--index", str(folder.parent / "index.json")]
    status = cli.main(["search", "2 %", str(folder), "--format", "json", *index])
    hits = json.loads(capsys.readouterr().out)
    assert status == 0
    assert [(h["kind"], h["id"], h["match"]) for h in hits] == [
        ("quote", "q3", "2 %"),
        ("passage", "s", "2 %"),
    ]
    assert cli.main(["search", "€", str(folder), *index]) == 2
    assert "'€' holds no word to look for" in capsys.readouterr().err
