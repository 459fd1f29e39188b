"""A worker that fails is never silent: what the files cause is said once, in
words; a bug ends the reader on its crash report (a code review found the
failures of the screens' and panes' workers dropped: Textual tells only a
worker's owner how it ended)."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import BASE_FILES, briefing_files, write_folder
from reader_helpers import SIZE, reader, settle, toasts, until

from briefing.index import store
from briefing.screens import elsewhere, live
from briefing.screens.elsewhere import ElsewhereScreen
from briefing.screens.search import SearchScreen


def _library(tmp_path: Path) -> Path:
    library = tmp_path / "library"
    write_folder(library / "one", briefing_files())
    two = str(BASE_FILES["briefing.yaml"]).replace("id: b\n", "id: two\n")
    write_folder(library / "two", briefing_files(**{"briefing.yaml": two}))
    return library


async def test_the_library_not_looked_through_for_an_actor_is_said(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """`b` stayed on "Looking through the library…" for good when the index
    could not be read."""

    def refused(*_: object) -> list[elsewhere.Appearance]:
        raise PermissionError(13, "Permission denied", str(tmp_path / "index"))

    monkeypatch.setattr(elsewhere, "appearances_elsewhere", refused)
    app = reader(_library(tmp_path), tmp_path / "index", briefing_id="b")
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("b")
        await settle(pilot)
        assert isinstance(app.screen, ElsewhereScreen)
        note = str(app.screen.query_one("#elsewhere-note").render())
        assert note.startswith("The library could not be looked through: Permission denied")
        await pilot.press("escape")
        assert not isinstance(app.screen, ElsewhereScreen)


async def test_a_bug_in_a_screen_s_worker_ends_the_reader_as_a_crash(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken(*_: object) -> list[elsewhere.Appearance]:
        raise RuntimeError("a bug")

    monkeypatch.setattr(elsewhere, "appearances_elsewhere", broken)
    app = reader(_library(tmp_path), tmp_path / "index", briefing_id="b")
    with pytest.raises(RuntimeError, match="a bug"):
        async with app.run_test(size=SIZE) as pilot:
            await settle(pilot)
            await pilot.press("b")
            await settle(pilot)
            await pilot.pause(0.5)
    assert app.return_code == 1  # Textual's crash status: `run_reader` makes it 3


async def test_a_briefing_that_cannot_be_read_again_is_said_once_not_at_every_look(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Its index refused after an edit: the same notice came every two seconds."""
    monkeypatch.setattr(live, "POLL_SECONDS", 0.2)
    folder = write_folder(tmp_path / "b", briefing_files())
    app = reader(folder, tmp_path / "index")
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await settle(pilot)

        def refused(*_: object, **__: object) -> store.Index:
            raise store.UsageError("the index is not briefing's")

        monkeypatch.setattr(live, "open_index", refused)
        briefing = folder / "briefing.yaml"
        briefing.write_text(briefing.read_text().replace("title: T", "title: U"))
        said = "could not be read again: the index is not briefing's"
        await until(pilot, lambda: said in toasts(app), "the failure said")
        await pilot.pause(1.5)  # several looks
        assert toasts(app).count("could not be read again") == 1


async def test_a_screen_that_reports_its_workers_is_styled_as_the_screen_it_is(
    tmp_path: Path,
) -> None:
    """Taking the reporting class first made Find no `Screen` to the stylesheet
    (Textual names CSS types along first bases): its background was
    transparent, and the briefing beneath showed through its margins (an
    analyst's trial)."""
    app = reader(None, tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        beneath = app.screen.styles.background
        await pilot.press("f")
        await settle(pilot)
        assert isinstance(app.screen, SearchScreen)
        assert app.screen.styles.background == beneath and beneath.a == 1


def test_every_reader_widget_is_every_textual_class_it_subclasses_to_the_stylesheet() -> None:
    """Textual names a node's CSS types along its first bases that are nodes: a
    class of the reader whose first such base is a mixin drops its Textual
    classes' rules (Find's `Screen` background, a pane's `Vertical`). Each
    Textual class it derives from must stand on that chain."""
    import inspect

    from textual.dom import DOMNode

    from briefing.screens.keys import reader_modules

    for module in reader_modules():
        for _, cls in inspect.getmembers(module, inspect.isclass):
            if not issubclass(cls, DOMNode) or cls.__module__ != module.__name__:
                continue
            # Textual's walk: from each class, on to its first base that is a node
            first_chain, node = [], cls
            while node is not DOMNode:
                first_chain.append(node)
                node = next(b for b in node.__bases__ if issubclass(b, DOMNode))
            textual = {c for c in cls.__mro__ if c.__module__.startswith("textual.")}
            textual = {c for c in textual if issubclass(c, DOMNode) and c is not DOMNode}
            assert textual <= set(first_chain), f"{cls.__qualname__}: {textual - set(first_chain)}"


def test_every_worker_fails_through_the_one_handler() -> None:
    """Three workers that look at the content's files had Textual's own exit on
    error, not the one handler every other worker has (a code review): each
    `@work` of the reader says exit_on_error=False, so that its failure reaches
    `BriefingApp.worker_failed` (said in words, or the crash report) alone."""
    import ast

    screens = Path(live.__file__).parent
    found = []
    for path in sorted(screens.glob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
                continue
            for decorator in node.decorator_list:
                call = decorator if isinstance(decorator, ast.Call) else None
                name = call.func if call is not None else decorator
                if not (isinstance(name, ast.Name) and name.id == "work"):
                    continue
                keywords = {k.arg: k.value for k in call.keywords} if call else {}
                exit_on_error = keywords.get("exit_on_error")
                if not (isinstance(exit_on_error, ast.Constant) and exit_on_error.value is False):
                    found.append(f"{path.name}:{node.lineno} {node.name}")
    assert found == []
    assert len(list(screens.glob("*.py"))) > 10  # the folder the workers are in
