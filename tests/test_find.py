"""`briefing find`: where words stand in a source text, with the contract's matching."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefing.check.find import find_words
from briefing.errors import UsageError

SOURCE = (
    "Intro line.\n\n"
    "He said \u201cfirm dialogue\u201d twice:\n  firm   dialogue, and firm dialogue again.\n"
)


def test_every_occurrence_with_its_line_column_and_number(tmp_path: Path) -> None:
    source = tmp_path / "s.txt"
    source.write_text(SOURCE, encoding="utf-8")
    found = find_words(source, "firm dialogue")
    assert [(p.occurrence, p.line, p.column, p.text) for p in found.places] == [
        (1, 3, 10, "firm dialogue"),
        (2, 4, 3, "firm dialogue"),
        (3, 4, 24, "firm dialogue"),
    ]
    entry = found.quote_entry("article", found.places[1])
    assert '    text: "firm dialogue"' in entry and "    occurrence: 2" in entry


def test_words_not_there_get_the_nearest_passage(tmp_path: Path) -> None:
    source = tmp_path / "s.txt"
    source.write_text(SOURCE, encoding="utf-8")
    found = find_words(source, "firm dialog again")
    assert found.places == []
    assert found.nearest is not None and found.nearest.line == 3
    assert found.nearest.differs is not None
    assert (found.nearest.differs.quote_word, found.nearest.differs.source_word) == (
        "dialog",
        "dialogue\u201d",
    )


def test_a_source_that_cannot_be_read_is_a_usage_error(tmp_path: Path) -> None:
    with pytest.raises(UsageError, match="no-such"):
        find_words(tmp_path / "no-such.txt", "x")
    (tmp_path / "latin.txt").write_bytes(b"caf\xe9")
    with pytest.raises(UsageError, match="not UTF-8"):
        find_words(tmp_path / "latin.txt", "x")


def test_words_typed_before_the_file_get_the_command_as_it_should_be(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    from briefing import cli

    (tmp_path / "s.txt").write_text(SOURCE, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    assert cli.main(["find", "firm dialogue", "s.txt"]) == 2
    assert "the source file comes first: briefing find s.txt 'firm dialogue'" in (
        capsys.readouterr().err
    )
