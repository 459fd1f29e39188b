"""The one line a crash prints: where the details are, or which path kept them from being saved."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefing.files.crashlog import STATE_DIR_ENV, crash_line


def said(monkeypatch: pytest.MonkeyPatch, state: str) -> str:
    monkeypatch.setenv(STATE_DIR_ENV, state)
    line = crash_line("RuntimeError: injected", "Traceback ...")
    assert line.startswith("briefing: internal error: RuntimeError: injected (please report it); ")
    return line.split("(please report it); ", 1)[1]


def test_the_details_are_in_a_new_log_in_the_state_folder(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    where = said(monkeypatch, str(tmp_path / "state"))
    (log,) = (tmp_path / "state").glob("crash-*.log")
    assert where == f"details in {log}"


def test_a_state_folder_that_is_a_file_is_named(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """It said "the details could not be saved (File exists)" (a trial)."""
    (tmp_path / "state").write_text("mine\n", encoding="utf-8")
    assert said(monkeypatch, str(tmp_path / "state")) == (
        f"the details could not be saved ({STATE_DIR_ENV} names {tmp_path / 'state'}, "
        "which is a file, not a folder)"
    )
    assert (tmp_path / "state").read_text(encoding="utf-8") == "mine\n"


def test_a_state_folder_in_a_file_names_the_file(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    (tmp_path / "logs").write_text("mine\n", encoding="utf-8")
    where = said(monkeypatch, str(tmp_path / "logs" / "state"))
    assert where.startswith("the details could not be saved (") and where.endswith(")")
    assert f"{tmp_path / 'logs'}, is not a folder" in where, where


def test_a_state_folder_setting_that_is_refused_says_why_in_the_line(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """The setting is checked where it is read: no second failure while a crash is told."""
    where = said(monkeypatch, "logs")
    said_first = f'the details could not be saved ({STATE_DIR_ENV} is "logs", a relative path'
    assert where.startswith(said_first), where
