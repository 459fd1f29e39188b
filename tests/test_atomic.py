"""Files replaced whole, one way for the notes, the index, exports and the settings."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from briefing.files import atomic
from briefing.files.atomic import temporary_files, write_atomically


def test_a_file_is_replaced_whole_and_no_temporary_is_left(tmp_path: Path) -> None:
    target = tmp_path / "notes.json"
    target.write_text("old")
    write_atomically(target, [b"new ", b"text"])
    assert target.read_text() == "new text"
    assert [p.name for p in tmp_path.iterdir()] == ["notes.json"]


def test_only_our_own_temporary_files_are_taken_for_leftovers(tmp_path: Path) -> None:
    """Leftovers of killed writes are removed under the lock: a file the user
    named like one is never among them."""
    target = tmp_path / "notes.json"
    ours = [".notes.json.4242.tmp", ".notes.json.4242-0123456789ab.tmp"]
    theirs = [".notes.json.old.tmp", ".notes.json.4242-mine.tmp", ".other.json.1.tmp"]
    for name in ours + theirs:
        (tmp_path / name).write_text("x")
    assert [p.name for p in temporary_files(target)] == sorted(ours)


def test_a_failed_write_removes_its_own_temporary_only(tmp_path: Path) -> None:
    target = tmp_path / "export.md"
    target.write_text("kept")

    def chunks():  # type: ignore[no-untyped-def]
        yield b"half"
        raise OSError(28, "No space left on device")

    with pytest.raises(OSError, match="No space"):
        write_atomically(target, chunks())
    assert [p.name for p in tmp_path.iterdir()] == ["export.md"]
    assert target.read_text() == "kept"


def test_the_settings_keep_their_mode_and_new_files_take_the_umask(tmp_path: Path) -> None:
    """The settings were written through mkstemp: a new one was private (0600)
    whatever the umask, where the notes and exports followed it."""
    settings = tmp_path / "config.toml"
    settings.write_text("theme = 'x'\n")
    os.chmod(settings, 0o640)
    write_atomically(settings, [b"theme = 'y'\n"], keep_mode=True)
    assert settings.stat().st_mode & 0o777 == 0o640
    old = os.umask(0o022)
    try:
        made = tmp_path / "new.json"
        write_atomically(made, [b"{}"])
    finally:
        os.umask(old)
    assert made.stat().st_mode & 0o777 == 0o644


def test_the_temporary_is_made_never_opened_over_what_has_its_name(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A link with the temporary's name is never written through, nor removed."""
    elsewhere = tmp_path / "elsewhere.txt"
    elsewhere.write_text("someone's")
    monkeypatch.setattr(atomic.secrets, "token_hex", lambda _: "0123456789ab")
    link = tmp_path / f".notes.json.{os.getpid()}-0123456789ab.tmp"
    link.symlink_to(elsewhere)
    with pytest.raises(FileExistsError):
        write_atomically(tmp_path / "notes.json", [b"{}"])
    assert elsewhere.read_text() == "someone's" and link.is_symlink()
