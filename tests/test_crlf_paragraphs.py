"""A source text with CRLF line ends: its paragraphs end where the LF text's do."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from conftest import briefing_files, write_folder

from briefing import cli

TEXT = "She said hello world today.\n\nThen she left.\n"


def _folder(root: Path, line_end: str) -> Path:
    text = TEXT.replace("\n", line_end)
    return write_folder(root, briefing_files(**{"sources__s.txt": text.encode()}))


@pytest.mark.parametrize("line_end", ["\r\n", "\n"], ids=["CRLF", "LF"])
def test_a_quotes_paragraph_ends_before_the_line_break(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], line_end: str
) -> None:
    """A CRLF text's paragraph_end took in the `\\r`: the paragraph sliced from
    full_text ended in a line break the LF text's did not have."""
    folder = _folder(tmp_path / "b", line_end)
    assert cli.main(["export", str(folder), "--to", "json"]) == 0
    exported = json.loads(capsys.readouterr().out)
    (source,) = exported["sources"]
    span = exported["quotes"][0]["span"]
    paragraph = source["full_text"][span["paragraph_start"] : span["paragraph_end"]]
    assert paragraph == "She said hello world today."


@pytest.mark.parametrize("words", ["hello", "today"])
def test_a_search_snippet_of_a_crlf_text_ends_as_the_sentence_does(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], words: str
) -> None:
    """The snippet ended `today. ` (a space from the `\\r`), or `today.▸`, a cut
    mark where nothing was cut."""
    folder = _folder(tmp_path / "b", "\r\n")
    index = str(tmp_path / "index.json")
    status = cli.main(["search", words, str(folder), "--index", index, "--format", "json"])
    assert status == 0
    passages = [h for h in json.loads(capsys.readouterr().out) if h["kind"] == "passage"]
    assert [h["snippet"] for h in passages] == ["She said hello world today."]


def test_a_byte_order_mark_is_not_in_full_text_and_the_schema_says_so(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A file that starts with a BOM: full_text leaves it out, so each position
    is one on in the file, which nothing said (a script slicing the file was off by one)."""
    from briefing.export.json_schema import export_schema

    file_text = "\ufeff" + TEXT
    folder = write_folder(tmp_path / "b", briefing_files(**{"sources__s.txt": file_text}))
    assert cli.main(["export", str(folder), "--to", "json"]) == 0
    exported = json.loads(capsys.readouterr().out)
    span = exported["quotes"][0]["span"]
    assert exported["sources"][0]["full_text"] == TEXT
    assert file_text[span["start"] + 1 : span["end"] + 1] == "hello world"
    said = json.dumps(export_schema())
    assert "without the byte order mark (U+FEFF)" in said
    assert "one character further on" in said
