"""Combining marks belong to their word: a word one can see and type is found.

Search cut `عمّان` (Amman, its shadda a mark) into `عم` and `ان`, and an accent
saved apart from its letter (NFD) cut `médiation` likewise: typed as shown,
or bare, the word was never found by search or Find (a multilingual author's
trial), where the `/` filter found it.
"""

from __future__ import annotations

import sys
import unicodedata
from pathlib import Path

import pytest
from conftest import write_folder

from briefing import cli
from briefing.check.folder import check_folder
from briefing.index.words import WordIndex, word_table
from briefing.records.folding import fold
from briefing.records.marks import MARK_RANGES, UNICODE_VERSION
from briefing.records.words import SearchQuery, words


def test_the_table_holds_every_combining_mark_and_nothing_else() -> None:
    table = {code for first, last in MARK_RANGES for code in range(first, last + 1)}
    assert all(unicodedata.category(chr(code)).startswith("M") for code in table)
    if unicodedata.unidata_version == UNICODE_VERSION:  # a newer Python may know more
        marks = {c for c in range(sys.maxunicode + 1) if unicodedata.category(chr(c))[0] == "M"}
        assert table == marks


@pytest.mark.parametrize(
    ("text", "folded"),
    [
        ("قمة عمّان للمياه", ["قمة", "عمان", "للمياه"]),  # a shadda
        ("ولم يُدعَ أحدٌ", ["ولم", "يدع", "احد"]),  # harakat
        (unicodedata.normalize("NFD", "Hélène, médiation"), ["helene", "mediation"]),
        ("हिंदी भाषा", ["हिंदी", "भाषा"]),  # vowel signs, which folding keeps
    ],
)
def test_a_word_holds_its_marks_and_is_folded_whole(text: str, folded: list[str]) -> None:
    found = words(text)
    assert [w.folded for w in found] == folded
    assert [text[w.start : w.end] for w in found] == text.replace(",", "").split()


def _briefing(tmp_path: Path) -> Path:
    source = "قال الوزير في عمّان إنه لم يُدعَ أحدٌ منّا.\n\n" + unicodedata.normalize(
        "NFD", "La médiation de Hélène a échoué.\n"
    )
    return write_folder(
        tmp_path / "marks",
        {
            "briefing.yaml": "briefing:\n  id: marks\n  title: قمة عمّان\n  as_of: 2024-06-12\n"
            "sources:\n  - id: s\n    title: S\n    text: sources/s.txt\n",
            "sources/s.txt": source,
        },
    )


@pytest.mark.parametrize("typed", ["عمّان", "عمان", "يُدعَ", "منّا", "médiation", "helene"])
def test_a_word_with_marks_is_found_typed_as_shown_or_bare(tmp_path: Path, typed: str) -> None:
    result = check_folder(_briefing(tmp_path), text_places=True)
    assert result.briefing is not None, [p.message for p in result.problems]
    index = WordIndex(word_table(result.briefing, result.text_places), result.briefing)
    hits = [h.text[a:b] for r in index.search(SearchQuery.parse(typed)) for h in r.hits
            for a, b in h.spans]  # fmt: skip
    assert fold(typed) in [fold(hit) for hit in hits], hits  # the whole word, marks and all


def test_the_command_finds_amman_in_the_title_and_the_source(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = _briefing(tmp_path)
    status = cli.main(["search", "عمّان", str(folder), "--index", str(tmp_path / "i.json")])
    out = capsys.readouterr().out
    assert status == 0
    assert ": briefing " in out and ": passage s: " in out
