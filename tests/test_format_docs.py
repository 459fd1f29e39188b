"""docs/format.md: its example briefing (valid, every field used), and what it says of quotes."""

from __future__ import annotations

import re
from pathlib import Path

import yaml

from briefing.check.content import check_content
from briefing.records.anchoring import anchor
from briefing.records.normalised_text import NormalisedText
from briefing.records.schema import FIELDS

EXAMPLE = Path(__file__).resolve().parent.parent / "docs" / "example"
GUIDE = EXAMPLE.parent / "format.md"


def test_the_example_briefing_passes_check_without_a_warning() -> None:
    result = check_content(EXAMPLE)
    assert [f"{p.file}:{p.line}: {p.code}" for p in result.all_problems()] == []
    (folder,) = result.folders
    assert folder.briefing is not None


def test_the_example_uses_every_field_of_every_record() -> None:
    used: dict[str, set[str]] = {section: set() for section in FIELDS}
    for path in EXAMPLE.glob("*.yaml"):
        data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
        for section, value in data.items():
            records = [value] if section == "briefing" else value
            for record in records:
                used[section].update(record)
    missing = {s: sorted(set(FIELDS[s]) - used[s]) for s in FIELDS if set(FIELDS[s]) - used[s]}
    assert missing == {}


def test_the_guides_insertion_in_place_of_words_stands_for_them_as_the_reader_shows() -> None:
    """format.md's example of an insertion "in place of" a source's words.

    It was `We will reopen [the bridge]` for "We will reopen it": at the end of
    a quote an insertion stands for nothing (which words would it replace?), so
    the reader showed "it" as not quoted at all, not as the words the insertion
    stands for (an author's trial)."""
    prose = " ".join(GUIDE.read_text(encoding="utf-8").split())
    example = re.search(r'in place of [^(]*\(`([^`]+)` for "([^"]+)"\)', prose)
    assert example is not None, "format.md no longer shows an insertion in place of words"
    quote, source = example.group(1), example.group(2) + "\n"
    found = anchor(quote, NormalisedText(source), None)
    assert found.span is not None, f"{quote!r} is not found in {source!r}"
    assert len(found.span.pieces) == 2, f"{quote!r} stands for none of {source!r}"
    (_, end_before), (start_after, _) = found.span.pieces
    stood_for = source[end_before:start_after].strip()
    assert stood_for and stood_for not in quote
