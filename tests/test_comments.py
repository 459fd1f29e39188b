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
