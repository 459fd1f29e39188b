"""A bug of the checker's met in one briefing refuses that briefing alone.

One briefing's occurrence of 5,001 digits, too many for Python's int(), made
every command and the reader fail on the whole library (an adversarial
trial). That bug is mended; the next one of its kind is said, located at
its folder, with a crash log, and the other briefings are read as usual.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from reader_helpers import SIZE, reader, settle
from test_index_library import write_library

import briefing.check.folder as folder_check
from briefing.check.content import check_content
from briefing.screens.library import LibraryScreen


@pytest.fixture
def failing_on_n1(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Path:
    """A library of three briefings whose checker fails on the folder n1."""
    monkeypatch.setenv("BRIEFING_STATE_DIR", str(tmp_path / "state"))
    real = folder_check._check_folder

    def failing(folder: Path, text_places: bool) -> folder_check.FolderResult:
        if folder.name == "n1":
            raise ValueError("Exceeds the limit (4300 digits) for integer string conversion")
        return real(folder, text_places)

    monkeypatch.setattr(folder_check, "_check_folder", failing)
    return write_library(tmp_path / "content", 3)


def test_the_briefing_is_refused_with_a_located_error_and_a_crash_log(
    failing_on_n1: Path, tmp_path: Path
) -> None:
    result = check_content(failing_on_n1)
    opened = sorted(f.briefing.id for f in result.folders if f.briefing is not None)
    assert opened == ["b0", "b2"]
    (problem,) = result.all_problems()
    assert (problem.file, problem.line, problem.column, problem.code) == (
        str(failing_on_n1 / "n1"),
        1,
        1,
        "checker-failed",
    )
    assert "ValueError: 'Exceeds the limit" in problem.message
    (log,) = (tmp_path / "state").glob("crash-*.log")
    assert problem.hint is not None and str(log) in problem.hint
    assert "Traceback" in log.read_text(encoding="utf-8")


async def test_the_library_opens_with_that_briefing_broken(
    failing_on_n1: Path, tmp_path: Path
) -> None:
    app = reader(failing_on_n1, tmp_path / "index")
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        assert isinstance(app.screen, LibraryScreen)
        assert sorted(s.id for s in app.index.summaries() if s.opens) == ["b0", "b2"]
