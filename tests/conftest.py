"""Shared helpers: write a briefing folder from a dict of files, check it."""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path
from types import FrameType
from typing import Any

import pytest

from briefing.check.content import check_content
from briefing.records.problems import Problem

REPO = Path(__file__).resolve().parent.parent
CONTENT = REPO / "content"
SHARED = REPO.parent / "shared"

#: A small valid briefing: every case in the tests starts from it.
BASE_FILES: dict[str, str | bytes] = {
    "briefing.yaml": """\
briefing:
  id: b
  title: T
  as_of: 2022-02-10
sources:
  - id: s
    title: S
    text: sources/s.txt
actors:
  - id: a
    name: A
    kind: person
events:
  - id: e
    title: E
    when: 2022-02-10
    sources: [s]
quotes:
  - id: q
    text: hello world
    speaker: a
    source: s
""",
    "sources/s.txt": "She said hello world.\n\nThen she left.\n",
}


def write_folder(folder: Path, files: dict[str, str | bytes | None]) -> Path:
    """Write `files` (name -> text, bytes, or None to leave out) under `folder`."""
    folder.mkdir(parents=True, exist_ok=True)
    for name, content in files.items():
        if content is None:
            continue
        path = folder / name
        path.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(content, bytes):
            path.write_bytes(content)
        else:
            path.write_text(content, encoding="utf-8")
    return folder


def briefing_files(**changes: str | bytes | None) -> dict[str, str | bytes | None]:
    """The base briefing with some files replaced, added or (None) left out."""
    files: dict[str, str | bytes | None] = dict(BASE_FILES)
    files.update({name.replace("__", "/"): content for name, content in changes.items()})
    return files


def check(path: Path) -> list[Problem]:
    return check_content(path).all_problems()


def quote_checked(folder: Path, quote: str, source: str) -> list[Problem]:
    """The problems of the base briefing whose one quote is `quote` (written in
    double quotes) of a source text holding the line `source`."""
    base = BASE_FILES["briefing.yaml"]
    assert isinstance(base, str)
    files = briefing_files(
        **{
            "briefing.yaml": base.replace("text: hello world", f'text: "{quote}"'),
            "sources/s.txt": source + "\n",
        }
    )
    return check(write_folder(folder, files))


def lines_run(call: Callable[[], object]) -> int:
    """The lines of Python that `call` runs: work counted the same way whatever
    the code does it with (a regex's own work is not counted), where a test may
    not time it."""
    lines = 0

    def trace(frame: FrameType, event: str, arg: Any) -> Callable[..., Any]:
        nonlocal lines
        lines += event == "line"
        return trace

    sys.settrace(trace)
    try:
        call()
    finally:
        sys.settrace(None)
    return lines


@pytest.fixture
def in_tmp(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Run in an empty folder, so reported paths are short and relative."""
    monkeypatch.chdir(tmp_path)
    return tmp_path


@pytest.fixture(autouse=True)
def _no_colour(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """No colour, and settings, notes and an index of the test's own: never the
    developer's keymap, theme, pins or notes, and no test ever writes into the
    user's data or cache folders."""
    monkeypatch.setenv("NO_COLOR", "1")
    monkeypatch.delenv("FORCE_COLOR", raising=False)
    monkeypatch.setenv("BRIEFING_CONFIG_DIR", str(tmp_path / "config"))
    monkeypatch.setenv("BRIEFING_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("BRIEFING_STATE_DIR", str(tmp_path / "state"))  # places, crash logs
    # and an index of the test's own where a test gives none (`briefing index PATH`):
    # such tests wrote into the user's cache folder (stop 34)
    monkeypatch.setenv("BRIEFING_INDEX_DIR", str(tmp_path / "index-cache"))


def located(problem: Problem) -> bool:
    return problem.line >= 1 and problem.column >= 1 and bool(problem.file)


@pytest.fixture
def opened(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The addresses handed to the system browser (none is started)."""
    import webbrowser  # here: a test holds the reader to not loading it at start

    calls: list[str] = []

    def fake_open(url: str, *args: object, **kwargs: object) -> bool:
        calls.append(url)
        return True

    monkeypatch.setattr(webbrowser, "open", fake_open)
    monkeypatch.setattr(webbrowser, "get", lambda *args: webbrowser.BackgroundBrowser("true"))
    return calls
