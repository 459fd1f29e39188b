"""Hidden files in a briefing folder are no part of it, as `*.yaml` in a shell does not match them.

An editor keeps its lock or swap file beside the file being edited: Emacs
makes `.#briefing.yaml`, a symbolic link to nowhere, for as long as the file
is edited. Such a file must neither be checked, nor rebuild the index, nor
make the reader reload.
"""

from __future__ import annotations

from pathlib import Path

from conftest import briefing_files, check, write_folder

from briefing.check.folder import check_folder
from briefing.index.store import open_index
from briefing.index.watch import files_state


def _being_edited(folder: Path) -> None:
    """What Emacs leaves while briefing.yaml is edited, and a hidden YAML file besides."""
    (folder / ".#briefing.yaml").symlink_to("someone@host.12345:1700000000")
    (folder / ".draft.yaml").write_text("not: [a briefing\n", encoding="utf-8")


def test_a_briefing_being_edited_checks_as_before(tmp_path: Path) -> None:
    folder = write_folder(tmp_path / "b", briefing_files())
    _being_edited(folder)
    assert check(folder) == []
    result = check_folder(folder)
    assert [path.name for path in result.files] == ["briefing.yaml"]
    assert result.briefing is not None


def test_an_editors_lock_file_neither_rebuilds_the_index_nor_changes_what_the_reader_watches(
    tmp_path: Path,
) -> None:
    """The fingerprint and the reader's look for changes already pass over hidden
    names; held here, so that what is checked and what is watched stay the same."""
    content = tmp_path / "content"
    folder = write_folder(content / "one", briefing_files())
    index = tmp_path / "index.json"
    open_index(content, index)
    watched = files_state(content)
    _being_edited(folder)
    assert not open_index(content, index).rebuilt
    assert files_state(content) == watched


def test_a_hidden_yaml_file_does_not_make_a_content_directory_a_briefing_folder(
    tmp_path: Path,
) -> None:
    content = tmp_path / "content"
    write_folder(content / "one", briefing_files())
    (content / ".notes.yaml").write_text("todo: check the dates\n", encoding="utf-8")
    assert check(content) == []


def test_a_folder_with_only_hidden_yaml_files_holds_none(tmp_path: Path) -> None:
    folder = tmp_path / "b"
    folder.mkdir()
    (folder / ".briefing.yaml").write_text("briefing: {}\n", encoding="utf-8")
    assert [p.code for p in check(folder)] == ["folder-empty"]
