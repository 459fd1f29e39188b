"""A YAML comment that cuts a quote short is said; one after a path is not."""

from __future__ import annotations

from pathlib import Path

from conftest import BASE_FILES, briefing_files, check, write_folder

BASE = str(BASE_FILES["briefing.yaml"])


def _checked(tmp_path: Path, old: str, new: str) -> list[tuple[str, int, int]]:
    folder = write_folder(
        tmp_path / "b", briefing_files(**{"briefing.yaml": BASE.replace(old, new)})
    )
    return [(p.code, p.line, p.column) for p in check(folder)]


def test_a_hashtag_in_an_unquoted_quote_is_said_to_cut_it(tmp_path: Path) -> None:
    """`hello world` is still in the source: the check passed a quote that had
    lost its last words (an author's trial)."""
    said = _checked(tmp_path, "text: hello world", "text: hello world #today")
    assert said == [("comment-cuts-text", 20, 11)]


def test_a_quoted_hashtag_and_a_comment_after_a_path_are_fine(tmp_path: Path) -> None:
    assert _checked(tmp_path, "text: hello world", 'text: "hello world"  # her words') == []
    assert (
        _checked(tmp_path / "2", "text: sources/s.txt", "text: sources/s.txt  # the article") == []
    )


def test_a_cut_is_found_in_a_flow_mapping_after_a_bom_and_with_crlf(tmp_path: Path) -> None:
    """Found where the parser placed the words, not by the file's look (a review)."""
    head = BASE.split("quotes:\n")[0]
    quote = "quotes:\n  - {id: q, speaker: a, source: s,\n     text: hello world #today\n    }\n"
    text = ("\ufeff" + head + quote).replace("\n", "\r\n")
    folder = write_folder(tmp_path / "b", briefing_files(**{"briefing.yaml": text.encode()}))
    assert [p.code for p in check(folder)] == ["comment-cuts-text"]


def test_a_hash_in_a_block_scalar_or_in_quotes_cuts_nothing(tmp_path: Path) -> None:
    """`note: |` then `text: she added #1`: the block's own words (a review)."""
    said = _checked(
        tmp_path, "    source: s\n", "    source: s\n    note: |\n      text: she added #1\n"
    )
    assert said == []
    inner = _checked(tmp_path / "2", "text: hello world", "text: 'hello \"world\" #1'")
    assert inner == [("quote-not-found", 20, 11)]  # its words, whole, not cut


def test_the_hint_is_yaml_that_reads_as_the_whole_text(tmp_path: Path) -> None:
    folder = write_folder(
        tmp_path / "b",
        briefing_files(
            **{"briefing.yaml": BASE.replace("text: hello world", 'text: hello "world" #now')}
        ),
    )
    (problem,) = [p for p in check(folder) if p.code == "comment-cuts-text"]
    assert problem.hint is not None
    written = problem.hint.split("text: ", 1)[1]
    import yaml

    assert yaml.safe_load(f"text: {written}") == {"text": 'hello "world" #now'}
