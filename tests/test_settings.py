"""The settings file: a theme and a keymap that stay, and errors that never crash.

Every test has a config folder of its own (BRIEFING_CONFIG_DIR), so no test
reads or writes the settings of the user running them.
"""

from __future__ import annotations

import json
import os
import threading
import tomllib
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from reader_helpers import SIZE, reader, settle
from textual.app import App
from textual.message import Message
from textual.notifications import Notify
from textual.widgets import TextArea

from briefing.files.config import (
    CONFIG_DIR_ENV,
    Valid,
    config_file,
    parse_settings,
)
from briefing.files.theme_saving import NotSaved, save_theme, with_theme
from briefing.screens.briefing_screen import BriefingScreen
from briefing.screens.key_names import is_key, key_problem
from briefing.screens.keys import binding_ids
from briefing.screens.summary import SummaryScreen

VALID = Valid(frozenset({"app.quit", "pane.filter", "list.down"}), {"nord", "gruvbox"}, key_problem)


@pytest.fixture
def config_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "config"
    monkeypatch.setenv(CONFIG_DIR_ENV, str(folder))
    return folder


def write_config(folder: Path, text: str) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "config.toml"
    path.write_text(text, encoding="utf-8")
    return path


def said(messages: list[Message]) -> list[str]:
    """What the reader said in notifications, from the messages it handled."""
    return [m.notification.message for m in messages if isinstance(m, Notify)]


def lines(text: str) -> list[str]:
    return [str(p) for p in parse_settings(text, "config.toml", VALID).problems]


# --- reading: what is valid applies, what is not is located -------------------


def test_a_valid_file_gives_its_theme_and_keymap() -> None:
    text = 'theme = "nord"\n[keys]\n"app.quit" = "ctrl+q"\npane.filter = ["slash", "f"]\n'
    settings = parse_settings(text, "config.toml", VALID)
    assert settings.problems == ()
    assert settings.theme == "nord"
    # a quoted id and a dotted key are the same id; a list is keys separated by commas
    assert settings.keymap == {"app.quit": "ctrl+q", "pane.filter": "slash,f"}


def test_bad_toml_is_located_and_nothing_applies() -> None:
    assert lines('theme = "nord"\n[keys\n') == [
        "config.toml:2:6: error[config-syntax]: not valid TOML: "
        "Expected ']' at the end of a table declaration; no setting applies"
    ]


def test_a_number_too_long_to_read_is_located_not_an_internal_error() -> None:
    """tomllib raises a bare ValueError for an integer of over 4300 digits."""
    assert lines('theme = "nord"\nwidth = 1' + "0" * 5000 + "\n") == [
        "config.toml:2:9: error[config-syntax]: not valid TOML: a number of more than "
        "4300 digits; no setting applies"
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('theme = "nrod"\n', 'config.toml:1:9: error[config-theme]: no theme is named "nrod"'),
        ("theme = 3\n", "config.toml:1:9: error[config-type]: theme must be"),
        ('colour = "red"\n', 'config.toml:1:1: error[config-unknown]: unknown setting "colour"'),
        ('[keys]\n"app.quiet" = "q"\n', "config.toml:2:1: error[config-binding]: no key binding"),
        ('[keys]\n  app.quit = "ctrl+qq"\n', 'config.toml:2:14: error[config-key]: app.quit: "'),
        ('[keys]\n"app.quit" = ""\n', "config.toml:2:14: error[config-type]: app.quit: give a key"),
        ('keys = "q"\n', "config.toml:1:8: error[config-type]: keys must be a table"),
    ],
)
def test_each_error_is_located(text: str, expected: str) -> None:
    found = lines(text)
    assert len(found) == 1 and found[0].startswith(expected), found


def test_a_wrong_setting_keeps_the_others() -> None:
    text = 'theme = "nrod"\n[keys]\n"app.quit" = "ctrl+q"\n"list.dwn" = "j"\n'
    settings = parse_settings(text, "config.toml", VALID)
    assert settings.theme is None
    assert settings.keymap == {"app.quit": "ctrl+q"}
    assert [p.code for p in settings.problems] == ["config-theme", "config-binding"]
    assert 'did you mean "list.down"?' in settings.problems[1].message


@pytest.mark.parametrize(
    "key",
    ["q", "Q", "ctrl+q", "f5", "escape", "slash", "question_mark", "?", "é", "ctrl+@", "plus"],
)
def test_keys_textual_reads_are_keys(key: str) -> None:
    assert is_key(key)


@pytest.mark.parametrize(
    "key", ["qq", "ctrl+", "cmd+q", "Escape", " ", "f 5", "banana", "ctrl+i", "ctrl+ctrl+x"]
)
def test_other_strings_are_not_keys(key: str) -> None:
    assert not is_key(key)


@pytest.mark.parametrize(
    ("key", "said"),
    [
        # a key Textual would take and never act on, said why, with the key meant
        ("ctrl+shift+banana", "is not a key: it is an emoji, which no key of a keyboard types"),
        ("🍌", "is not a key: it is an emoji, which no key of a keyboard types"),
        (
            "latin_small_letter_x",
            'is not a key: Textual calls the key x by another name; write "x"',
        ),
        ("solidus", 'is not a key: Textual calls the key / by another name; write "slash"'),
        (
            "ctrl+i",
            "is not a key of its own: most terminals send it as tab (the same byte), "
            'so it would act as tab; write "tab"',
        ),
        ("ctrl+m", 'so it would act as enter; write "enter"'),
        ("ctrl+[", 'so it would act as escape; write "escape"'),
        ("+", 'is not a key: the + key is called plus; write "plus"'),
        ("ctrl++", 'is not a key: the + key is called plus; write "ctrl+plus"'),
        ("Ctrl+S", 'is not a key: key names are lowercase; write "ctrl+s"'),
        ("Escape", 'is not a key: key names are lowercase; write "escape"'),
        (
            "ctrl+S",
            "after a modifier a letter is written lowercase (shift is a modifier of its own); "
            'write "ctrl+s"',
        ),
        (
            "ctrl+/",
            'is not a key: after a modifier a character is written by its name; write "ctrl+slash"',
        ),
        # a terminal sends the capital letter: shift+x would never act (a trial)
        (
            "shift+x",
            "is not a key of its own: a terminal sends shift and a letter as the capital "
            'letter; write "X"',
        ),
        ("shift+X", 'as the capital letter; write "X"'),
        ("cmd+q", 'write "super+q"'),
        ("esc", 'is not a key; did you mean "escape"?'),
        ("return", 'is not a key; did you mean "enter"?'),
        (
            "<any>",
            'is not a key (keys are written like "x", "X", "ctrl+x", "f5", "escape", "slash")',
        ),
    ],
)
def test_a_key_textual_never_gives_is_refused_saying_why(key: str, said: str) -> None:
    text = f'[keys]\n"pane.filter" = ["F", {json.dumps(key, ensure_ascii=False)}]\n'
    settings = parse_settings(text, "config.toml", VALID)
    assert settings.keymap == {}  # the default key holds
    [problem] = [str(p) for p in settings.problems]
    assert problem.startswith(  # at the key of the list, after "F"
        f"config.toml:2:23: error[config-key]: pane.filter: {json.dumps(key, ensure_ascii=False)} "
    ), problem
    assert said in problem and problem.endswith("; its default key is kept"), problem


def test_every_default_key_of_the_reader_is_a_key() -> None:
    """So that a key remapped back to its default is never refused."""
    from briefing.screens.keys import reader_bindings

    refused = [
        (each.binding.id, key, why)
        for each in reader_bindings()
        for key in each.keys
        if (why := key_problem(key)) is not None
    ]
    assert refused == []


def test_an_unreadable_file_is_said_and_nothing_breaks(config_dir: Path) -> None:
    from briefing.files.config import read_settings

    path = write_config(config_dir, 'theme = "nord"\n')
    path.write_bytes(b'theme = "caf\xe9"\n')
    settings = read_settings(path, VALID)
    assert [p.code for p in settings.problems] == ["config-syntax"]
    assert (settings.problems[0].line, settings.problems[0].column) == (1, 13)


@contextmanager
def a_pipe_nobody_writes(path: Path) -> Iterator[list[bool]]:
    """A named pipe at `path`, with a writer waiting to be let in: each time
    what runs in the block opens the pipe to read (and would wait for good),
    the writer comes and goes at once, so that it reads nothing instead of
    hanging, and the list yielded gets a True. No timing: the writer is let
    go after the block, which adds a False."""
    path.parent.mkdir(parents=True, exist_ok=True)
    os.mkfifo(path)
    opened: list[bool] = []

    def writer() -> None:
        while not released.is_set():
            descriptor = os.open(path, os.O_WRONLY)  # waits until someone reads
            opened.append(not released.is_set())  # before the reader can see the end
            os.close(descriptor)

    released = threading.Event()
    thread = threading.Thread(target=writer, daemon=True)
    thread.start()
    try:
        yield opened
    finally:
        released.set()
        reading = os.open(path, os.O_RDONLY | os.O_NONBLOCK)  # lets the writer go,
        thread.join()  # whenever it comes to open the pipe
        os.close(reading)


def test_a_named_pipe_for_settings_is_not_waited_on(config_dir: Path) -> None:
    """A pipe at config.toml kept the reader on a blank screen for good (a trial)."""
    from briefing.files.config import read_settings

    with a_pipe_nobody_writes(config_dir / "config.toml") as opened:
        settings = read_settings(config_dir / "config.toml", VALID)
    assert True not in opened  # never opened to read
    assert [str(p).split(": ", 1)[1] for p in settings.problems] == [
        "error[config-unreadable]: the settings file is a named pipe (FIFO), not a file; "
        "it was not read and is left as it is; the default settings apply"
    ]
    assert str(settings.problems[0]).startswith(f"{config_dir / 'config.toml'}:1:1: ")
    assert (config_dir / "config.toml").is_fifo()
    with pytest.raises(NotSaved, match="named pipe"):  # nor written over
        save_theme(config_dir / "config.toml", "nord")
    assert (config_dir / "config.toml").is_fifo()


async def test_the_reader_starts_on_the_defaults_past_a_named_pipe_for_settings(
    tmp_path: Path, config_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with a_pipe_nobody_writes(config_dir / "config.toml") as opened:
        app = reader(None, tmp_path)
        printed = capsys.readouterr().err
        messages: list[Message] = []
        async with app.run_test(size=SIZE, message_hook=messages.append) as pilot:
            await settle(pilot)
            assert isinstance(app.screen, BriefingScreen)
            notices = said(messages)
    assert True not in opened
    assert printed.count("\n") == 1 and "config.toml:1:1: error[config-unreadable]" in printed
    assert any("is a named pipe (FIFO), not a file" in n for n in notices), notices


# --- the reader applies it -------------------------------------------------------


async def test_the_reader_starts_in_the_saved_theme_with_the_keymap(
    tmp_path: Path, config_dir: Path
) -> None:
    write_config(config_dir, 'theme = "dracula"\n\n[keys]\n"briefing.summary" = "S"\n')
    app = reader(None, tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        assert app.theme == "dracula"
        await pilot.press("s")  # the default key no longer opens the summary
        assert isinstance(app.screen, BriefingScreen)
        await pilot.press("S")
        assert isinstance(app.screen, SummaryScreen)


async def test_a_broken_file_gets_a_located_notice_and_the_defaults(
    tmp_path: Path, config_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    write_config(config_dir, '[keys]\n"briefing.summery" = "S"\n"app.quit" = "ctrl+qq"\n')
    app = reader(None, tmp_path)
    printed = capsys.readouterr().err  # what the command line says before the reader starts
    assert "config.toml:2:1: error[config-binding]" in printed
    assert "config.toml:3:14: error[config-key]" in printed
    messages: list[Message] = []
    async with app.run_test(size=SIZE, message_hook=messages.append) as pilot:
        await settle(pilot)
        notices = said(messages)
        assert any("config.toml:2:1: error[config-binding]" in n for n in notices)
        assert any('did you mean "briefing.summary"?' in n for n in notices)
        await pilot.press("s")  # the defaults hold
        assert isinstance(app.screen, SummaryScreen)


async def test_a_file_that_is_not_toml_does_not_stop_the_reader(
    tmp_path: Path, config_dir: Path
) -> None:
    write_config(config_dir, "theme = \n[[[\n")
    app = reader(None, tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        assert isinstance(app.screen, BriefingScreen)
        assert app.theme == "textual-dark"


async def test_a_key_no_terminal_sends_leaves_the_footer_on_the_default(
    tmp_path: Path, config_dir: Path
) -> None:
    """The footer said `shift+^🍌 Filter` for "ctrl+shift+banana" (a trial)."""
    from briefing.screens.footer import KeysFooter

    write_config(config_dir, '[keys]\n"pane.filter" = "ctrl+shift+banana"\n')
    app = reader(None, tmp_path)
    messages: list[Message] = []
    async with app.run_test(size=SIZE, message_hook=messages.append) as pilot:
        await settle(pilot)
        line = app.screen.query_one(KeysFooter).render().plain
        assert "/ Filter" in line and "🍌" not in line, line
        notices = said(messages)
    assert any(
        'pane.filter: "ctrl+shift+banana" is not a key: it is an emoji' in n for n in notices
    ), notices


def test_every_binding_of_the_reader_has_an_id_the_keymap_accepts() -> None:
    assert {"app.quit", "app.help", "briefing.back", "library.filter", "list.down"} <= binding_ids()


# --- the theme chosen in the palette is saved ------------------------------------


async def choose_theme_in_palette(app, pilot, name: str) -> None:  # type: ignore[no-untyped-def]
    await pilot.press("ctrl+p")
    await pilot.pause()
    for key in "theme":
        await pilot.press(key)
    await pilot.pause(0.3)
    await pilot.press("enter")  # the "Theme" command: the list of themes
    await pilot.pause(0.3)
    for key in name:
        await pilot.press(key)
    await pilot.pause(0.3)
    await pilot.press("enter")
    await pilot.pause()


async def test_the_theme_chosen_in_the_palette_is_there_at_the_next_start(
    tmp_path: Path, config_dir: Path
) -> None:
    app = reader(None, tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await choose_theme_in_palette(app, pilot, "dracula")
        assert app.theme == "dracula"
    assert tomllib.loads(config_file().read_text(encoding="utf-8"))["theme"] == "dracula"
    again = reader(None, tmp_path)
    async with again.run_test(size=SIZE) as pilot:
        await settle(pilot)
        assert again.theme == "dracula"


async def test_the_theme_list_says_which_theme_is_in_use(tmp_path: Path, config_dir: Path) -> None:
    """A trial found no way to tell which theme was the one in use."""
    from textual.command import CommandList

    app = reader(None, tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        app.theme = "nord"
        await pilot.press("ctrl+p", *"theme")
        await pilot.pause(0.3)
        await pilot.press("enter")
        await pilot.pause(0.3)
        await pilot.press(*"nord")
        await pilot.pause(0.3)
        rows = app.screen.query_one(CommandList)
        shown = [str(rows.get_option_at_index(n).prompt) for n in range(rows.option_count)]
        assert shown == ["nord\nthe theme in use"], shown
        await pilot.press("escape")


def test_saving_the_theme_keeps_what_the_user_wrote(config_dir: Path) -> None:
    mine = (
        "# my settings\n"
        'theme = "nord"   # the dark one\n'
        "\n"
        "# keys I like\n"
        "[keys]\n"
        '"app.quit" = "ctrl+q"  # never by accident\n'
    )
    path = write_config(config_dir, mine)
    save_theme(path, "gruvbox")
    assert path.read_text(encoding="utf-8") == mine.replace('"nord"', '"gruvbox"')


def test_a_theme_is_added_before_the_tables_and_their_comments(config_dir: Path) -> None:
    mine = "# keys I like\n[keys]\n\"app.quit\" = 'ctrl+q'\n"
    assert with_theme(mine, "nord") == 'theme = "nord"\n\n' + mine
    path = write_config(config_dir, mine)
    save_theme(path, "nord")
    assert tomllib.loads(path.read_text(encoding="utf-8")) == {
        "theme": "nord",
        "keys": {"app.quit": "ctrl+q"},
    }


def test_a_file_with_errors_is_never_overwritten(config_dir: Path) -> None:
    mine = 'theme = "nord"\n[keys\n"app.quit" = "ctrl+q"\n'
    path = write_config(config_dir, mine)
    with pytest.raises(NotSaved, match="not valid TOML"):
        save_theme(path, "gruvbox")
    assert path.read_text(encoding="utf-8") == mine


def test_a_file_with_a_number_too_long_to_read_is_never_overwritten(config_dir: Path) -> None:
    mine = 'theme = "nord"\nwidth = 1' + "0" * 5000 + "\n"
    path = write_config(config_dir, mine)
    with pytest.raises(NotSaved, match="not valid TOML") as raised:
        save_theme(path, "gruvbox")
    assert len(str(raised.value)) < 300
    assert path.read_text(encoding="utf-8") == mine


def test_a_theme_this_reader_cannot_edit_safely_is_left_alone(config_dir: Path) -> None:
    mine = 'theme = """nord"""\n'
    path = write_config(config_dir, mine)
    with pytest.raises(NotSaved, match="cannot edit safely"):
        save_theme(path, "gruvbox")
    assert path.read_text(encoding="utf-8") == mine


def test_a_linked_settings_file_stays_a_link(config_dir: Path, tmp_path: Path) -> None:
    dotfiles = tmp_path / "dotfiles"
    real = write_config(dotfiles, 'theme = "nord"\n')
    config_dir.mkdir()
    (config_dir / "config.toml").symlink_to(real)
    save_theme(config_dir / "config.toml", "gruvbox")
    assert (config_dir / "config.toml").is_symlink()
    assert real.read_text(encoding="utf-8") == 'theme = "gruvbox"\n'


async def test_a_settings_folder_that_cannot_be_written_is_said_once(
    tmp_path: Path, config_dir: Path
) -> None:
    # a file where the folder should be: unwritable even by root
    config_dir.parent.mkdir(parents=True, exist_ok=True)
    config_dir.write_text("a file where the folder should be\n", encoding="utf-8")
    app = reader(None, tmp_path)
    messages: list[Message] = []
    async with app.run_test(size=SIZE, message_hook=messages.append) as pilot:
        await settle(pilot)
        await choose_theme_in_palette(app, pilot, "dracula")
        await choose_theme_in_palette(app, pilot, "nord")
        assert app.theme == "nord"
        assert len([n for n in said(messages) if "not saved" in n]) == 1
    assert config_dir.read_text(encoding="utf-8") == "a file where the folder should be\n"


# --- keys of a text box: never given to what acts while one types there ----------


@pytest.mark.parametrize(
    ("line", "said"),
    [
        (
            '"note.done" = "q"',
            'note.done: "q" is typed into the note\'s text box, which takes it first: '
            'it would never act as "Keep and close"; its default key is kept',
        ),
        (
            '"note.save" = "enter"',
            'note.save: "enter" is typed into the note\'s text box, which takes it first: '
            'it would never act as "Save"; its default key is kept',
        ),
        ('"note.done" = "space"', 'note.done: "space" is typed into the note\'s text box'),
        (
            '"note.save" = "ctrl+z"',
            'note.save: "ctrl+z" is a key of the note\'s text box while you type there (Undo), '
            'which it takes first: it would never act as "Save"',
        ),
        ('"filter.clear" = "x"', 'filter.clear: "x" is typed into the filter box'),
        (
            '"filter.clear" = "backspace"',
            'filter.clear: "backspace" is a key of the filter box while you type there '
            "(Delete character left)",
        ),
        ('"search.back" = "q"', 'search.back: "q" is typed into Find\'s box'),
        (
            '"search.up" = "k"',
            'search.up: "k" is typed into Find\'s box: given to "Up, to the words from the '
            'first", it could no longer be typed there',
        ),
    ],
)
def test_a_key_a_text_box_types_is_refused_where_one_types(line: str, said: str) -> None:
    from briefing.screens.settings import valid_settings

    settings = parse_settings(f"[keys]\n{line}\n", "config.toml", valid_settings())
    assert settings.keymap == {}
    column = line.index("= ") + 3
    [problem] = [str(p) for p in settings.problems]
    assert problem.startswith(f"config.toml:2:{column}: error[config-key-typed]: {said}"), problem
    assert problem.endswith("; its default key is kept")


def test_a_key_no_text_box_takes_is_given_where_one_types() -> None:
    from briefing.screens.settings import valid_settings

    text = '[keys]\n"note.done" = "f2"\n"note.save" = "ctrl+o"\n"search.back" = "f3"\n'
    settings = parse_settings(text, "config.toml", valid_settings())
    assert settings.problems == ()
    assert settings.keymap == {"note.done": "f2", "note.save": "ctrl+o", "search.back": "f3"}


def test_every_binding_said_to_act_where_one_types_is_the_readers() -> None:
    from briefing.screens.typed_keys import TYPED_IN

    assert set(TYPED_IN) <= binding_ids()


async def test_the_note_editor_keeps_its_keys_when_a_keymap_gives_them_typed_keys(
    tmp_path: Path, config_dir: Path
) -> None:
    """With note.done = "q" and note.save = "enter", q typed a q and Enter a new
    line, Esc did nothing: only Ctrl+Q, shown nowhere, left the editor (a trial)."""
    from briefing.screens.footer import KeysFooter
    from briefing.screens.note_editor import NoteEditor

    write_config(config_dir, '[keys]\n"note.done" = "q"\n"note.save" = "enter"\n')
    app = reader(None, tmp_path)
    messages: list[Message] = []
    async with app.run_test(size=SIZE, message_hook=messages.append) as pilot:
        await settle(pilot)
        await pilot.press("w")
        await pilot.pause()
        editor = app.screen
        assert isinstance(editor, NoteEditor)
        footer = editor.query_one(KeysFooter).render().plain
        assert "esc Keep and close" in footer and "^s Save" in footer, footer
        assert "Esc keeps it and closes" in str(editor.query_one("#note-hint").render())
        await pilot.press("q", "enter", "x")
        assert editor.query_one(TextArea).text == "q\nx"  # typed, as the box should
        await pilot.press("escape")
        await pilot.pause()
        assert not isinstance(app.screen, NoteEditor)
        notices = said(messages)
    assert any('note.done: "q" is typed into the note\'s text box' in n for n in notices)


async def test_the_note_editors_hint_says_its_key_as_the_keymap_gives_it(
    tmp_path: Path, config_dir: Path
) -> None:
    from briefing.screens.note_editor import NoteEditor

    write_config(config_dir, '[keys]\n"note.done" = "f2"\n')
    app = reader(None, tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("w")
        await pilot.pause()
        editor = app.screen
        assert isinstance(editor, NoteEditor)
        hint = str(editor.query_one("#note-hint").render())
        assert hint.startswith("F2 keeps it and closes"), hint
        await pilot.press("escape")  # no longer its key
        await pilot.pause()
        assert app.screen is editor
        await pilot.press("f2")
        await pilot.pause()
        assert not isinstance(app.screen, NoteEditor)


# --- a key given to one binding that another still has ---------------------------


def test_a_key_another_binding_still_has_is_a_located_warning_naming_both() -> None:
    from briefing.screens.settings import valid_settings

    text = '[keys]\n"pane.filter" = ["slash", "f"]\n'
    settings = parse_settings(text, "config.toml", valid_settings())
    assert [str(p) for p in settings.problems] == [
        'config.toml:2:17: warning[config-key-taken]: pane.filter: "f" is still the key of '
        "briefing.find (Find) on the briefing screen: where both act, the one nearer the focus "
        "acts on it; give one of them another key"
    ]
    assert settings.keymap == {"pane.filter": "slash,f"}  # a warning: it applies


async def test_a_key_taken_from_a_binding_of_the_same_screen_says_which_acts(
    tmp_path: Path, config_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """An older version's remap onto `f`, Find's key since: "only one of them
    acts on it" did not say that Find was out of reach (a trial of upgrades).
    Bound on one screen, the remap takes the key: the summary opens on it."""
    from briefing.screens.summary import SummaryScreen

    write_config(config_dir, '[keys]\n"briefing.summary" = "f"\n')
    app = reader(None, tmp_path)
    assert (
        capsys.readouterr()
        .err.splitlines()[0]
        .endswith(
            'config.toml:2:22: warning[config-key-taken]: briefing.summary: "f" was the key of '
            "briefing.find (Find) on the briefing screen, which no longer has it there; "
            "briefing.summary acts on it; give one of them another key"
        )
    )
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("f")
        await settle(pilot)
        assert isinstance(app.screen, SummaryScreen)


@pytest.mark.parametrize(
    ("given", "said"),
    [
        (  # a priority binding acts first: "the one nearer the focus" was false (a review)
            "ctrl+p",
            '"ctrl+p" is the key of app.palette (palette) on the briefing screen, which acts '
            "before any other: briefing.summary never acts on it",
        ),
        (  # one on the screen loses it, another keeps it in its box (a review)
            "escape",
            '"escape" was the key of briefing.clear_filter',
        ),
    ],
)
def test_each_binding_a_key_is_taken_from_is_said_what_becomes_of_it(given: str, said: str) -> None:
    from briefing.screens.settings import valid_settings

    text = f'[keys]\n"briefing.summary" = "{given}"\n'
    (problem,) = parse_settings(text, "config.toml", valid_settings()).problems
    assert "config-key-taken" in str(problem) and said in str(problem), str(problem)
    if given == "escape":
        assert "which no longer has it there" in str(problem)
        assert "where both act, the one nearer the focus acts on it" in str(problem)


def test_a_binding_of_several_lists_is_warned_of_once_naming_every_place() -> None:
    """`list.select`, declared by each list's class, gave the same warning three
    times, one for each (a review)."""
    from briefing.screens.settings import valid_settings

    text = '[keys]\n"list.select" = "j"\n'
    (problem,) = parse_settings(text, "config.toml", valid_settings()).problems
    assert str(problem).count("list.down (Down)") == 1
    assert "on the briefing screen, library pins screen, library screen, pins screen" in str(
        problem
    )


def test_a_key_of_the_same_action_or_of_another_screen_is_no_clash() -> None:
    from briefing.screens.settings import valid_settings

    text = '[keys]\n"app.quit" = "ctrl+q"\n"list.down" = ["down", "j"]\n"viewer.full" = "F"\n'
    assert parse_settings(text, "config.toml", valid_settings()).problems == ()


@pytest.mark.parametrize("document", ["README.md", "docs/keys.md"])
def test_the_documented_example_settings_hold_no_problem(document: str) -> None:
    from conftest import REPO

    from briefing.screens.settings import valid_settings

    text = (REPO / document).read_text(encoding="utf-8")
    examples = [block for block in text.split("```toml\n")[1:] if "[keys]" in block]
    assert examples
    for block in examples:
        toml = block.split("```")[0]
        toml = "\n".join(line.strip() for line in toml.splitlines())
        assert parse_settings(toml, "config.toml", valid_settings()).problems == (), toml


async def test_the_reader_warns_of_a_key_taken_from_find(
    tmp_path: Path, config_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    write_config(config_dir, '[keys]\n"pane.filter" = ["slash", "f"]\n')
    app = reader(None, tmp_path)
    printed = capsys.readouterr().err
    assert "config.toml:2:17: warning[config-key-taken]: pane.filter" in printed
    messages: list[Message] = []
    async with app.run_test(size=SIZE, message_hook=messages.append) as pilot:
        await settle(pilot)
        notices = said(messages)
        assert any("pane.filter" in n and "briefing.find (Find)" in n for n in notices)


async def test_quit_is_listed_under_its_new_key(tmp_path: Path, config_dir: Path) -> None:
    from briefing.screens.keys_panel import keys_table

    write_config(config_dir, '[keys]\n"app.quit" = "ctrl+q"\n')
    app = reader(None, tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        table = str(keys_table(app.screen, 40))
        assert any("^q" in line and "Quit" in line for line in table.splitlines()), table


async def test_quit_moved_moves_with_it_on_screens_that_bind_it_again(
    tmp_path: Path, config_dir: Path
) -> None:
    """The summary, a modal screen, binds q again (it takes none of the app's
    keys): Quit moved to Ctrl+Q, q still quit there (a new user's trial)."""
    write_config(config_dir, '[keys]\n"app.quit" = "ctrl+q"\n')
    app = reader(None, tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("s")
        assert isinstance(app.screen, SummaryScreen)
        await pilot.press("q")
        await pilot.pause()
        assert app.is_running and isinstance(app.screen, SummaryScreen)
        bindings = app.screen.active_bindings
        keys = {key for key, active in bindings.items() if active.binding.action == "app.quit"}
        assert "q" not in keys and "ctrl+q" in keys


def test_a_follower_given_keys_of_its_own_keeps_them() -> None:
    from briefing.screens.settings import with_followers

    assert with_followers({"app.quit": "ctrl+q"})["failure.quit"] == "ctrl+q,escape"
    kept = with_followers({"app.quit": "ctrl+q", "summary.quit": "x"})
    assert kept["summary.quit"] == "x"


# --- keys of a priority binding: it acts before any text box --------------------


@pytest.mark.parametrize(
    ("line", "said"),
    [
        (
            '"app.palette" = "p"',
            "app.palette: \"p\" is typed into the reader's text boxes (the / filter, Find's "
            'box, a note): given to "palette", it could no longer be typed there; '
            "its default key is kept",
        ),
        ('"app.suspend" = "z"', 'app.suspend: "z" is typed into the reader\'s text boxes'),
        ('"app.suspend" = "space"', 'app.suspend: "space" is typed into the reader\'s text'),
        ('"app.palette" = "enter"', 'app.palette: "enter" is a key of the reader\'s text boxes'),
        (
            '"app.palette" = "backspace"',
            'app.palette: "backspace" is a key of the reader\'s text boxes (the / filter, '
            "Find's box, a note) while you type there (Delete character left): given to "
            '"palette", it would no longer do that there',
        ),
    ],
)
def test_a_key_a_text_box_types_is_refused_for_a_key_that_acts_before_it(
    line: str, said: str
) -> None:
    """app.palette = "p" and app.suspend = "z": `/pu` opened the palette, and
    `/kaz` stopped the reader (a power user's trial)."""
    from briefing.screens.settings import valid_settings

    settings = parse_settings(f"[keys]\n{line}\n", "config.toml", valid_settings())
    assert settings.keymap == {}  # the default stays
    column = line.index("= ") + 3
    [problem] = [str(p) for p in settings.problems]
    assert problem.startswith(f"config.toml:2:{column}: error[config-key-typed]: {said}"), problem


def test_a_key_no_text_box_takes_is_given_to_a_key_that_acts_before_them() -> None:
    from briefing.screens.settings import valid_settings

    text = '[keys]\n"app.palette" = "f2"\n"app.suspend" = "ctrl+z"\n'
    settings = parse_settings(text, "config.toml", valid_settings())
    assert settings.problems == ()
    assert settings.keymap == {"app.palette": "f2", "app.suspend": "ctrl+z"}


async def test_letters_typed_in_the_filter_stay_there_whatever_the_palette_key(
    tmp_path: Path, config_dir: Path
) -> None:
    from textual.command import CommandPalette
    from textual.widgets import Input

    write_config(config_dir, '[keys]\n"app.palette" = "p"\n"app.suspend" = "z"\n')
    app = reader(None, tmp_path)
    messages: list[Message] = []
    async with app.run_test(size=SIZE, message_hook=messages.append) as pilot:
        await settle(pilot)
        await pilot.press("slash", "p", "u", "z")
        await pilot.pause()
        assert not isinstance(app.screen, CommandPalette)
        assert app.screen.focused is not None and isinstance(app.screen.focused, Input)
        assert app.screen.focused.value == "puz"
        await pilot.press("ctrl+p")  # the palette's own key still opens it
        await pilot.pause()
        assert isinstance(app.screen, CommandPalette)
        notices = said(messages)
    assert any('app.palette: "p" is typed into the reader\'s text boxes' in n for n in notices)


# --- the app's keys on screens that bind them again ------------------------------


def test_every_binding_that_binds_an_app_key_again_follows_it_in_a_keymap() -> None:
    """A modal screen takes none of the app's keys, so it binds Quit and Keys
    again under ids of its own: moved in a keymap, the app's key left the
    problems box (`!`) on its old one, q still quit there and F1 did nothing (a
    power user's trial). Each such id must follow the app's."""
    from briefing.screens.keys import reader_bindings
    from briefing.screens.settings import FOLLOWERS

    leaders = [
        each
        for each in reader_bindings()
        if issubclass(each.owner, App) and each.binding.id is not None
    ]
    missing = []
    for each in reader_bindings():
        if issubclass(each.owner, App) or each.binding.id is None:
            continue
        action = each.binding.action.removeprefix("app.")
        for leader in leaders:
            binds_again = leader.binding.action == action and set(leader.keys) <= set(each.keys)
            if binds_again and FOLLOWERS.get(each.binding.id, ("",))[0] != leader.binding.id:
                missing.append(f"{each.binding.id} follows {leader.binding.id}")
    assert missing == []


def _warned_briefing(tmp_path: Path) -> Path:
    from conftest import BASE_FILES, briefing_files, write_folder

    base = BASE_FILES["briefing.yaml"]
    assert isinstance(base, str)
    cut = base.replace("text: hello world", "text: ello world")  # a warning: `!` opens
    return write_folder(tmp_path / "content" / "b", briefing_files(**{"briefing.yaml": cut}))


async def test_the_problems_box_follows_the_keymap(tmp_path: Path, config_dir: Path) -> None:
    from briefing.screens.footer import KeysFooter
    from briefing.screens.keys_panel import KeysPanel
    from briefing.screens.problems import ProblemsScreen

    write_config(config_dir, '[keys]\n"app.quit" = "ctrl+q"\n"app.help" = "f1"\n')
    app = reader(_warned_briefing(tmp_path), tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("exclamation_mark")
        await pilot.pause()
        assert isinstance(app.screen, ProblemsScreen)
        footer = app.screen.query_one(KeysFooter).render().plain
        assert "^q Quit" in footer and "f1 Keys" in footer, footer
        await pilot.press("q")
        await pilot.pause()
        assert app.is_running and isinstance(app.screen, ProblemsScreen)
        await pilot.press("f1")
        await pilot.pause()
        assert app.screen.query(KeysPanel) and app.screen.query_one(KeysPanel).display


@pytest.mark.parametrize("where", ["summary", "export choice", "problems", "palette"])
async def test_ctrl_c_quits_from_every_box_over_the_briefing(
    tmp_path: Path, config_dir: Path, where: str
) -> None:
    """docs/keys.md lists Ctrl+C (app.interrupt) as acting everywhere; on the
    summary and the export choice it did nothing (a power user's trial)."""
    from textual.screen import ModalScreen

    app = reader(_warned_briefing(tmp_path), tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        key = {"summary": "s", "export choice": "e", "problems": "exclamation_mark"}
        await pilot.press(key.get(where, "ctrl+p"))
        await pilot.pause()
        assert isinstance(app.screen, ModalScreen)
        await pilot.press("ctrl+c")
        await pilot.pause()
        assert not app.is_running
    assert app.return_code == 0


async def test_ctrl_c_moved_in_a_keymap_moves_on_the_boxes_too(
    tmp_path: Path, config_dir: Path
) -> None:
    write_config(config_dir, '[keys]\n"app.interrupt" = "ctrl+x"\n')
    app = reader(None, tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("s")
        await pilot.pause()
        assert isinstance(app.screen, SummaryScreen)
        await pilot.press("ctrl+c")
        await pilot.pause()
        assert app.is_running
        await pilot.press("ctrl+x")
        await pilot.pause()
        assert not app.is_running


# --- a settings file the user cannot write -----------------------------------------


def test_a_read_only_settings_file_is_never_replaced(config_dir: Path) -> None:
    """chmod 444 config.toml, then a theme chosen: the file was replaced (the
    rename needs only the folder's permission) and began with theme = "nord"
    (a power user's trial). Told by its mode bits, so even root is refused."""
    path = write_config(config_dir, '# mine\ntheme = "gruvbox"\n')
    path.chmod(0o444)
    try:
        with pytest.raises(NotSaved) as said:
            save_theme(path, "nord")
        assert str(said.value) == (
            f"the theme was not saved: {path} is read-only; it is left as it is "
            "(the theme applies until the reader ends)"
        )
        assert path.read_text(encoding="utf-8") == '# mine\ntheme = "gruvbox"\n'
        assert path.stat().st_mode & 0o777 == 0o444
    finally:
        path.chmod(0o644)


def test_a_settings_file_this_user_may_not_write_is_never_replaced(
    config_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A file of another user's, mode 644: os.access says so (as root it never would)."""
    import briefing.files.theme_saving as theme_saving

    path = write_config(config_dir, 'theme = "gruvbox"\n')
    asked = []

    def no_writing(where: object, mode: int) -> bool:
        asked.append((Path(str(where)), mode))
        return mode != os.W_OK

    monkeypatch.setattr(theme_saving.os, "access", no_writing)
    with pytest.raises(NotSaved, match=r"is read-only for you; it is left as it is"):
        save_theme(path, "nord")
    assert (path.resolve(), os.W_OK) in asked
    assert path.read_text(encoding="utf-8") == 'theme = "gruvbox"\n'


async def test_choosing_a_theme_with_a_read_only_settings_file_says_so(
    tmp_path: Path, config_dir: Path
) -> None:
    path = write_config(config_dir, 'theme = "gruvbox"\n')
    path.chmod(0o444)
    try:
        app = reader(None, tmp_path)
        messages: list[Message] = []
        async with app.run_test(size=SIZE, message_hook=messages.append) as pilot:
            await settle(pilot)
            await choose_theme_in_palette(app, pilot, "nord")
            assert app.theme == "nord"  # for this session
            notices = [n for n in said(messages) if "not saved" in n]
        assert len(notices) == 1 and "config.toml is read-only" in notices[0], notices
        assert path.read_text(encoding="utf-8") == 'theme = "gruvbox"\n'
    finally:
        path.chmod(0o644)


# --- keys most terminals never send ---------------------------------------------


@pytest.mark.parametrize(
    ("key", "said"),
    [
        (
            "shift+1",
            "is not a key of its own: a terminal sends shift and 1 as the character shift "
            'types ("!" on a US keyboard); write "exclamation_mark"',
        ),
        ("shift+slash", '("?" on a US keyboard); write "question_mark"'),
        (
            "shift+ctrl+d",
            "is not a key: Textual gives the modifiers in the order alt, ctrl, hyper, meta, "
            'shift, super; write "ctrl+shift+d"',
        ),
    ],
)
def test_a_key_that_arrives_as_another_from_every_terminal_is_refused(key: str, said: str) -> None:
    settings = parse_settings(f'[keys]\n"pane.filter" = "{key}"\n', "config.toml", VALID)
    assert settings.keymap == {}
    [problem] = [str(p) for p in settings.problems]
    assert problem.startswith(f'config.toml:2:17: error[config-key]: pane.filter: "{key}" ')
    assert said in problem, problem


UNSENT = {
    "ctrl+shift+d": 'most terminals send it as "ctrl+d"',
    "super+f": "most terminals never send the super modifier",
    "hyper+f": "most terminals never send the hyper modifier",
    "meta+p": "most terminals never send the meta modifier",
    "ctrl+1": 'most terminals send it as "1"',
    "ctrl+enter": 'most terminals send it as "enter"',
    "shift+enter": 'most terminals send it as "enter"',
    "ctrl+escape": 'most terminals send it as "escape"',
    "shift+backspace": 'most terminals send it as "backspace"',
    "ctrl+space": 'most terminals send it as "ctrl+@"',
}


@pytest.mark.parametrize("key", sorted(UNSENT))
def test_a_key_most_terminals_never_send_applies_with_a_located_warning(key: str) -> None:
    """Accepted without a word, they did nothing in the tester's terminal (a
    power user's trial); a terminal speaking the kitty protocol sends them."""
    from briefing.screens.settings import valid_settings

    text = f'[keys]\n"briefing.details" = "{key}"\n'
    settings = parse_settings(text, "config.toml", valid_settings())
    assert settings.keymap == {"briefing.details": key}  # a warning: it applies
    [problem] = [str(p) for p in settings.problems]
    assert problem.startswith(
        f'config.toml:2:22: warning[config-key-unsent]: briefing.details: "{key}" may never '
        f"reach the reader: {UNSENT[key]}; only those that speak the kitty keyboard protocol"
    ), problem
    assert problem.endswith("a letter, Ctrl and a letter, or an F key reaches it from any terminal")


@pytest.mark.parametrize(
    "key", ["d", "D", "ctrl+d", "f5", "shift+f5", "ctrl+shift+up", "alt+x", "alt+up", "ctrl+@"]
)
def test_a_key_every_terminal_sends_is_given_without_a_word(key: str) -> None:
    from briefing.screens.settings import valid_settings

    text = f'[keys]\n"briefing.details" = "{key}"\n'
    assert parse_settings(text, "config.toml", valid_settings()).problems == ()


# What a terminal speaking the kitty keyboard protocol sends for each (CSI u).
KITTY_SENDS = {
    "ctrl+shift+d": "\x1b[100;6u",
    "super+f": "\x1b[102;9u",
    "hyper+f": "\x1b[102;17u",
    "meta+p": "\x1b[112;33u",
    "ctrl+1": "\x1b[49;5u",
    "ctrl+enter": "\x1b[13;5u",
    "shift+enter": "\x1b[13;2u",
    "ctrl+escape": "\x1b[27;5u",
    "shift+backspace": "\x1b[127;2u",
    "ctrl+space": "\x1b[32;5u",
}


def _read_by_textual(sent: str) -> list[str]:
    from briefing.screens.textual_private import XTermParser

    parser = XTermParser()
    return [getattr(e, "key", "") for e in [*parser.feed(sent), *parser.feed("")]]


def test_the_keys_warned_of_do_arrive_from_a_kitty_terminal_and_shift_1_never() -> None:
    """Why a warning, not a refusal: Textual asks for the kitty keyboard
    protocol, and reads each of these from a terminal that speaks it; shift+1
    arrives as "!" even there, so it is refused (as shift+a is)."""
    assert set(KITTY_SENDS) == set(UNSENT)
    assert {key: _read_by_textual(sent) for key, sent in KITTY_SENDS.items()} == {
        key: [key] for key in KITTY_SENDS
    }
    assert _read_by_textual("\x1b[49;2;33u") == ["exclamation_mark"]  # shift+1, typing "!"
    assert _read_by_textual("\x1b[47;2;63u") == ["question_mark"]  # shift+slash


async def test_the_reader_warns_of_a_key_most_terminals_never_send(
    tmp_path: Path, config_dir: Path
) -> None:
    write_config(
        config_dir,
        '[keys]\n"briefing.summary" = "shift+1"\n"briefing.details" = "ctrl+shift+d"\n',
    )
    app = reader(None, tmp_path)
    messages: list[Message] = []
    async with app.run_test(size=SIZE, message_hook=messages.append) as pilot:
        await settle(pilot)
        notices = "\n".join(said(messages))
        await pilot.press("s")  # shift+1 refused: the default holds
        await pilot.pause()
        assert isinstance(app.screen, SummaryScreen)
    assert 'briefing.summary: "shift+1" is not a key of its own' in notices
    assert 'briefing.details: "ctrl+shift+d" may never reach the reader' in notices


# --- a settings file that begins with a byte-order mark ----------------------------

BOM = "\ufeff"


def test_a_byte_order_mark_at_the_start_is_read_past() -> None:
    """Saved by an editor that begins UTF-8 with U+FEFF (Windows' Notepad), the
    file lost every setting to "not valid TOML: Invalid statement", which named
    nothing the editor shows (a power user's trial)."""
    text = BOM + 'theme = "nord"\n[keys]\n"app.quit" = "ctrl+q"\n"list.dwn" = "j"\n'
    settings = parse_settings(text, "config.toml", VALID)
    assert settings.theme == "nord" and settings.keymap == {"app.quit": "ctrl+q"}
    assert [str(p)[:34] for p in settings.problems] == ["config.toml:4:1: error[config-bind"]


def test_a_byte_order_mark_elsewhere_is_named_where_it_is() -> None:
    [problem] = lines('theme = "nord"\n[keys]\n' + BOM + '"app.quit" = "ctrl+q"\n')
    assert problem.startswith("config.toml:3:1: error[config-syntax]: not valid TOML: "), problem
    assert "U+FEFF" in problem and "byte-order mark" in problem, problem


def test_saving_the_theme_keeps_the_byte_order_mark_and_every_other_byte(
    config_dir: Path,
) -> None:
    config_dir.mkdir(parents=True)
    path = config_dir / "config.toml"
    before = BOM + '# mine\r\ntheme = "nord"  # dark\r\n[keys]\r\n"app.quit" = "ctrl+q"\r\n'
    path.write_bytes(before.encode("utf-8"))
    save_theme(path, "gruvbox")
    assert path.read_bytes() == before.replace('"nord"', '"gruvbox"').encode("utf-8")


def test_a_settings_file_in_utf_16_says_so(config_dir: Path) -> None:
    from briefing.files.config import read_settings

    config_dir.mkdir(parents=True)
    path = config_dir / "config.toml"
    path.write_bytes('theme = "nord"\n'.encode("utf-16"))
    [problem] = read_settings(path, VALID).problems
    assert "UTF-16" in str(problem) and "save it as UTF-8" in str(problem), problem


# --- a settings file of thousands of mistakes --------------------------------------


def test_thousands_of_problems_are_listed_as_the_first_twenty_and_a_count() -> None:
    """20,000 unknown ids: 20,000 lines in a notice and on the terminal, after
    a blank screen of 16.8 s (a power user's trial)."""
    from briefing.files.config import listed

    text = "[keys]\n" + "".join(f'"x.y{n}" = "q"\n' for n in range(1000))
    problems = parse_settings(text, "config.toml", VALID).problems
    assert len(problems) == 1000  # all kept: the reader lists the first
    shown = listed(problems)
    assert len(shown) == 21
    assert shown[0].startswith(
        'config.toml:2:1: error[config-binding]: no key binding has the id "x.y0"'
    )
    assert shown[19].startswith("config.toml:21:1: ")
    assert shown[20] == (
        "config.toml: and 980 more errors, from line 22 on, not listed: "
        "fix these and start again to see them"
    )


def test_a_guess_of_the_id_meant_is_made_for_the_first_mistakes_only(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Each guess compares the id with every binding id: 20,000 of them took 15 s."""
    import difflib

    asked = []
    guess = difflib.get_close_matches

    def counted(*args, **kwargs):  # type: ignore[no-untyped-def]
        asked.append(args[0])
        return guess(*args, **kwargs)

    monkeypatch.setattr(difflib, "get_close_matches", counted)
    text = "[keys]\n" + "".join(f'"list.dwn{n}" = "q"\n' for n in range(500))
    problems = parse_settings(text, "config.toml", VALID).problems
    assert len(asked) == 10
    assert all("did you mean" in p.message for p in problems[:10])
    assert not any("did you mean" in p.message for p in problems[10:])


async def test_the_reader_lists_twenty_problems_of_thousands(
    tmp_path: Path, config_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    write_config(config_dir, "[keys]\n" + "".join(f'"x.y{n}" = "q"\n' for n in range(5000)))
    app = reader(None, tmp_path)
    printed = capsys.readouterr().err.splitlines()
    assert len(printed) == 21 and "and 4,980 more errors" in printed[-1], printed[-1]
    messages: list[Message] = []
    async with app.run_test(size=SIZE, message_hook=messages.append) as pilot:
        await settle(pilot)
        [notice] = [n for n in said(messages) if "config-binding" in n]
    assert len(notice.splitlines()) == 21 and "and 4,980 more errors" in notice


# --- warnings that say what is so ---------------------------------------------------


def test_a_key_shared_by_default_is_no_clash_of_the_users() -> None:
    """options.down = ["down", "ctrl+n"] warned that "down" was still Find's
    Results key: the two share it by default; the user only added Ctrl+N."""
    from briefing.screens.settings import valid_settings

    text = '[keys]\n"options.down" = ["down", "ctrl+n"]\n'
    assert parse_settings(text, "config.toml", valid_settings()).problems == ()


def test_textuals_own_quit_key_is_refused_to_another_binding() -> None:
    """briefing.details = "ctrl+q": the warning advised giving "the other binding"
    a key of its own, but Textual's Ctrl+Q has no id and acts before every other
    binding; Ctrl+Q quit and Details left the footer (a power user's trial)."""
    from briefing.screens.settings import valid_settings

    settings = parse_settings(
        '[keys]\n"briefing.details" = "ctrl+q"\n', "config.toml", valid_settings()
    )
    assert settings.keymap == {}
    assert [str(p) for p in settings.problems] == [
        'config.toml:2:22: error[config-key-taken]: briefing.details: "ctrl+q" is the key of '
        "Textual's own binding (Quit) on the briefing screen, which acts before any other "
        "and cannot be "
        "moved: it would never act as briefing.details; its default key is kept"
    ]


def test_a_binding_named_twice_says_which_applies() -> None:
    """A quoted and a dotted key name the same binding: the second won, silently."""
    settings = parse_settings(
        '[keys]\n"app.quit" = "ctrl+q"\napp.quit = "x"\n', "config.toml", VALID
    )
    assert settings.keymap == {"app.quit": "x"}
    assert [str(p) for p in settings.problems] == [
        "config.toml:3:1: warning[config-duplicate]: app.quit is given a key on line 2 "
        'too ("app.quit" and app.quit name the same binding): this one applies'
    ]


def test_a_bad_key_in_a_list_over_several_lines_is_located_at_it() -> None:
    text = '[keys]\n"pane.filter" = [\n  "slash",\n  "F",\n  "ctrl+",\n]\n'
    [problem] = lines(text)
    assert problem.startswith('config.toml:5:3: error[config-key]: pane.filter: "ctrl+" '), problem
