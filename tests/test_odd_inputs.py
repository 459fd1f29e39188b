"""Every input gets an answer: odd things on disk are located problems, never a hang.

Unreadable folders and files, symlink loops, broken links, named pipes,
devices, folders named like files, over-long and non-UTF-8 names: each is one
located problem with a code of its own, and the rest of the content is still
checked. What could hang (a named pipe, a loop) runs in a process of its own,
with a time limit.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tracemalloc
from pathlib import Path

import pytest
from conftest import BASE_FILES, REPO, briefing_files, check, write_folder

from briefing import cli
from briefing.check.content import check_content
from briefing.check.yamlsafe import MAX_BYTES
from briefing.files.filekinds import TooLarge, read_file
from briefing.present.display import for_display

BAD_ENUM = "actors:\n  - id: b\n    name: B\n    kind: persn\n"
#: Long enough for a loaded machine; a hang would take forever.
LIMIT = 60


def run(*args: str, cwd: Path, prefix: tuple[str, ...] = (), **env: str) -> tuple[int, str]:
    """`briefing ARGS` in a process of its own: exit status and everything it printed."""
    done = subprocess.run(
        [*prefix, sys.executable, "-m", "briefing", *args],
        cwd=cwd,
        capture_output=True,
        timeout=LIMIT,
        env={**os.environ, "PYTHONPATH": str(REPO), "NO_COLOR": "1", **env},
    )
    output = (done.stdout + done.stderr).decode("utf-8", "backslashreplace")
    assert "Traceback" not in output and "internal error" not in output, output
    return done.returncode, output


def briefing_with_id(ident: str, **changes: str | bytes | None) -> dict[str, str | bytes | None]:
    """The base briefing under its own id (two with one id are an error of their own)."""
    base = briefing_files()["briefing.yaml"]
    assert isinstance(base, str)
    return briefing_files(**{"briefing.yaml": base.replace("id: b", f"id: {ident}", 1), **changes})


def codes(path: Path) -> list[tuple[str, int, int, str]]:
    return [(p.file, p.line, p.column, p.code) for p in check(path)]


@pytest.fixture(scope="module")
def permissions_bite(tmp_path_factory: pytest.TempPathFactory) -> tuple[str, ...]:
    """A command prefix under which file permissions apply, even to root.

    This machine runs the tests as root, for whom `chmod 000` changes nothing.
    `setpriv` drops the two capabilities that let root read anything
    (CAP_DAC_OVERRIDE, CAP_DAC_READ_SEARCH), so the checker meets a real
    "Permission denied". Skipped where neither works.
    """
    if os.geteuid() != 0:
        return ()
    setpriv = shutil.which("setpriv")
    if setpriv is None:
        pytest.skip("running as root, and no setpriv to drop the override")
    prefix = (
        setpriv,
        "--bounding-set=-dac_override,-dac_read_search",
        "--inh-caps=-dac_override,-dac_read_search",
        "--",
    )
    probe = tmp_path_factory.mktemp("probe") / "locked"
    probe.write_text("x", encoding="utf-8")
    probe.chmod(0)
    tried = subprocess.run([*prefix, "cat", str(probe)], capture_output=True, timeout=LIMIT)
    if tried.returncode == 0:
        pytest.skip("setpriv could not make permissions apply to root here")
    return prefix


# --- unreadable -------------------------------------------------------------


def test_unreadable_briefing_folder_among_others(
    tmp_path: Path, permissions_bite: tuple[str, ...]
) -> None:
    """Before: `internal error: PermissionError` (exit 3), no other briefing reported."""
    write_folder(tmp_path / "content" / "a-good", briefing_with_id("a"))
    write_folder(
        tmp_path / "content" / "c-broken", briefing_with_id("c", **{"extra.yaml": BAD_ENUM})
    )
    locked = write_folder(tmp_path / "content" / "b-locked", briefing_with_id("b"))
    locked.chmod(0)
    try:
        status, out = run("check", "content", cwd=tmp_path, prefix=permissions_bite)
    finally:
        locked.chmod(0o755)
    assert status == 1
    assert "content/b-locked:1:1: error[folder-unreadable]: " in out
    assert "Permission denied" in out
    assert "content/c-broken/extra.yaml:4:11: error[bad-enum]" in out
    assert out.splitlines()[-1] == "2 errors, 0 warnings in 2 files; 3 briefings checked"


def test_the_reader_refuses_a_folder_it_cannot_read_before_it_starts(
    tmp_path: Path, permissions_bite: tuple[str, ...]
) -> None:
    """`briefing open locked` started the reader, which showed "UsageError: cannot
    read the folder" in place of the library and then exited 0 (a demanding
    user's trial): the refusal is the one line `check` gives, exit 2."""
    locked = write_folder(tmp_path / "locked", briefing_files())
    locked.chmod(0)
    try:
        status, out = run("open", "locked", cwd=tmp_path, prefix=permissions_bite)
    finally:
        locked.chmod(0o755)
    assert status == 2
    assert out.strip() == "briefing: cannot read the folder locked: Permission denied"


def test_unreadable_files(tmp_path: Path, permissions_bite: tuple[str, ...]) -> None:
    """A YAML file and a source text without read permission, for real."""
    folder = write_folder(
        tmp_path / "b",
        briefing_files(**{"extra.yaml": BAD_ENUM.replace("persn", "person"), "x.yaml": ""}),
    )
    (folder / "extra.yaml").chmod(0)
    (folder / "sources" / "s.txt").chmod(0)
    status, out = run("check", "b", cwd=tmp_path, prefix=permissions_bite)
    assert status == 1
    assert "b/extra.yaml:1:1: error[file-unreadable]: this file cannot be read: Permission" in out
    assert "b/briefing.yaml:8:11: error[source-text-unreadable]: " in out


def test_a_command_line_folder_that_cannot_be_read_is_misuse(
    tmp_path: Path, permissions_bite: tuple[str, ...]
) -> None:
    locked = write_folder(tmp_path / "b", briefing_files())
    locked.chmod(0)
    try:
        status, out = run("check", "b", cwd=tmp_path, prefix=permissions_bite)
    finally:
        locked.chmod(0o755)
    assert (status, out.strip()) == (2, "briefing: cannot read the folder b: Permission denied")


# --- links, pipes, devices, folders among the YAML files ----------------------


def test_broken_quotes_link_is_an_error_not_ok(
    in_tmp: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Before: skipped, so `check` said ok and `list` said "0 quotes ok"."""
    folder = write_folder(in_tmp / "b", briefing_files())
    (folder / "quotes.yaml").symlink_to("quotes-draft.yaml")
    assert cli.main(["check", "b"]) == 1
    assert capsys.readouterr().out.splitlines()[0] == (
        "b/quotes.yaml:1:1: error[link-broken]: 'quotes.yaml' is a symbolic link to "
        "'quotes-draft.yaml', which does not exist"
    )


def test_a_named_pipe_is_never_opened(tmp_path: Path) -> None:
    """A FIFO as `x.yaml` and as a source text: named, and no hang (opening one blocks)."""
    folder = write_folder(tmp_path / "b", briefing_files(**{"sources__s.txt": None}))
    (folder / "sources").mkdir()
    os.mkfifo(folder / "x.yaml")
    os.mkfifo(folder / "sources" / "s.txt")
    status, out = run("check", "b", cwd=tmp_path)
    assert status == 1
    assert "b/x.yaml:1:1: error[special-file]: 'x.yaml' is a named pipe (FIFO)" in out
    assert "b/briefing.yaml:8:11: error[special-file]: the text file 'sources/s.txt' is a " in out


@pytest.mark.parametrize("device", ["/dev/zero", "/dev/null"])
def test_a_link_to_a_device_is_not_read(in_tmp: Path, device: str) -> None:
    folder = write_folder(in_tmp / "b", briefing_files())
    (folder / "x.yaml").symlink_to(device)
    tracemalloc.start()
    problems = check(folder)
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    assert [(p.file, p.line, p.column, p.code) for p in problems] == [
        ("b/x.yaml", 1, 1, "special-file")
    ]
    assert "is a device" in problems[0].message
    assert peak < 16_000_000  # /dev/zero was not read up to the cap (64 MiB)


def test_a_folder_named_like_a_yaml_file(in_tmp: Path) -> None:
    write_folder(in_tmp / "b", briefing_files(**{"x.yaml__inside.txt": "hello"}))
    assert codes(in_tmp / "b") == [("b/x.yaml", 1, 1, "is-a-folder")]


def test_a_folder_named_as_a_source_text_gets_its_own_hint(in_tmp: Path) -> None:
    """`text: sources` (a folder) was told to rename the folder, as a folder
    named like a YAML file is (a new user's trial)."""
    base = BASE_FILES["briefing.yaml"]
    assert isinstance(base, str)
    files = briefing_files(
        **{"briefing.yaml": base.replace("text: sources/s.txt", "text: sources")}
    )
    (problem,) = [p for p in check(write_folder(in_tmp / "b", files)) if p.code == "is-a-folder"]
    assert "the text file 'sources' is a folder, not a file" in problem.message
    assert problem.hint == "name the text file itself, as in sources/article.txt"


def test_symlink_loop_as_yaml_and_as_source_text(in_tmp: Path) -> None:
    """Before: `internal error: RuntimeError: Symlink loop` (exit 3)."""
    folder = write_folder(in_tmp / "b", briefing_files(**{"sources__s.txt": None}))
    (folder / "sources").mkdir()
    (folder / "sources" / "s.txt").symlink_to("t.txt")
    (folder / "sources" / "t.txt").symlink_to("s.txt")
    (folder / "x.yaml").symlink_to("x.yaml")
    assert codes(folder) == [
        ("b/briefing.yaml", 8, 11, "link-loop"),
        ("b/x.yaml", 1, 1, "link-loop"),
    ]


def test_broken_link_as_source_text(in_tmp: Path) -> None:
    folder = write_folder(in_tmp / "b", briefing_files(**{"sources__s.txt": None}))
    (folder / "sources").mkdir()
    (folder / "sources" / "s.txt").symlink_to("draft.txt")
    problems = check(folder)
    assert [(p.file, p.line, p.column, p.code) for p in problems] == [
        ("b/briefing.yaml", 8, 11, "link-broken")
    ]
    assert "'draft.txt', which does not exist" in problems[0].message


# --- names ------------------------------------------------------------------------


def test_a_300_character_name(in_tmp: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """As a source text: located. On the command line: misuse, exit 2. Before: exit 3."""
    long_name = "n" * 300
    base = briefing_files()["briefing.yaml"]
    assert isinstance(base, str)
    write_folder(
        in_tmp / "b",
        briefing_files(**{"briefing.yaml": base.replace("sources/s.txt", f"{long_name}.txt")}),
    )
    assert codes(in_tmp / "b") == [("b/briefing.yaml", 8, 11, "name-too-long")]
    assert cli.main(["check", f"b/{long_name}"]) == 2
    err = capsys.readouterr().err
    assert err.startswith("briefing: b/nnnn") and "has a name too long" in err


def test_names_that_are_not_utf8_are_printed_escaped(tmp_path: Path) -> None:
    """Before: the raw byte reached the output, or with a strict stream, a crash."""
    content = tmp_path / "content"
    write_folder(content / os.fsdecode(b"caf\xe9"), briefing_files())
    good = write_folder(content / "good", briefing_files(**{"briefing.yaml": None}))
    (good / os.fsdecode(b"caf\xe9.yaml")).write_text(
        str(briefing_files()["briefing.yaml"]).replace("id: b", "id: g"), encoding="utf-8"
    )
    write_folder(good, {"sources/s.txt": briefing_files()["sources/s.txt"]})
    status, out = run("check", "content", cwd=tmp_path, PYTHONIOENCODING="utf-8:strict")
    assert status == 1
    assert "content/caf\\xe9:1:1: error[name-not-utf8]: " in out
    assert "content/good/caf\\xe9.yaml:1:1: error[name-not-utf8]: " in out
    status, out = run("check", "--format", "json", "content", cwd=tmp_path)
    assert status == 1 and '"file": "content/caf\\\\xe9"' in out


# --- briefing folders that are links ----------------------------------------------


def test_symlinked_briefing_folder_is_followed_and_links_up_are_refused(in_tmp: Path) -> None:
    write_folder(in_tmp / "elsewhere" / "b", briefing_with_id("b", **{"extra.yaml": BAD_ENUM}))
    write_folder(in_tmp / "content" / "a", briefing_with_id("a"))
    content = in_tmp / "content"
    (content / "linked").symlink_to(in_tmp / "elsewhere" / "b")
    (content / "up").symlink_to("..")
    (content / "self").symlink_to(".")
    assert codes(content) == [
        ("content/linked/extra.yaml", 4, 11, "bad-enum"),
        ("content/self", 1, 1, "link-loop"),
        ("content/up", 1, 1, "link-loop"),
    ]


def test_broken_briefing_folder_link_is_located(in_tmp: Path) -> None:
    """Before: passed over in silence (`ok: 1 briefing`)."""
    write_folder(in_tmp / "content" / "a", briefing_files())
    (in_tmp / "content" / "moved").symlink_to("/nowhere/briefing")
    assert codes(in_tmp / "content") == [("content/moved", 1, 1, "link-broken")]


def test_symlink_cycle_among_folders_does_not_hang(tmp_path: Path) -> None:
    content = write_folder(tmp_path / "content" / "a", briefing_files()).parent
    (content / "x").symlink_to("y")
    (content / "y").symlink_to("x")
    status, out = run("check", "content", cwd=tmp_path)
    assert status == 1
    assert "content/x:1:1: error[link-loop]" in out and "content/y:1:1: error[link-loop]" in out


# --- sizes ----------------------------------------------------------------------


def test_sparse_100_mb_yaml_states_its_real_size_unread(in_tmp: Path) -> None:
    """Before: "67,108,865 bytes" whatever the size, after reading 64 MiB."""
    folder = write_folder(in_tmp / "b", briefing_files())
    size = 100 * 1024 * 1024
    with (folder / "big.yaml").open("wb") as handle:
        handle.truncate(size)  # sparse: no disk used, nothing to read quickly
    tracemalloc.start()
    problems = check(folder)
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    assert [(p.file, p.line, p.column, p.code) for p in problems] == [
        ("b/big.yaml", 1, 1, "yaml-too-large")
    ]
    assert f"this file is {size:,} bytes" in problems[0].message
    assert peak < MAX_BYTES // 4  # it was not read


# --- what reaches the screen ------------------------------------------------------


def test_bidi_and_zero_width_characters_are_warned_and_marked(in_tmp: Path) -> None:
    """Before: no warning, and the reader was handed them raw (no control character)."""
    base = briefing_files()["briefing.yaml"]
    assert isinstance(base, str)
    files = briefing_files(
        **{
            "briefing.yaml": base.replace("name: A", 'name: "A\\u202eevil"'),
            "sources__s.txt": "She said hello world.\n\nThen\u200b she left.\n",
        }
    )
    write_folder(in_tmp / "b", files)
    result = check_content(in_tmp / "b")
    assert [(p.file, p.line, p.column, p.code) for p in result.all_problems()] == [
        ("b/briefing.yaml", 8, 11, "format-character"),
        ("b/briefing.yaml", 11, 11, "format-character"),
    ]
    briefing = result.folders[0].briefing
    assert briefing is not None  # warnings only: it opens
    shown = for_display(briefing)
    assert shown.actors[0].name == "A⇄evil"
    assert shown.sources[0].text == "She said hello world.\n\nThen‸ she left.\n"


@pytest.mark.skipif(not Path("/proc/self/status").is_file(), reason="no /proc here")
def test_a_file_that_holds_more_than_its_size_says_is_read_to_the_cap() -> None:
    """Files in /proc give their size as 0: read to their end, and never past the cap."""
    status = Path("/proc/self/status")
    assert status.stat().st_size == 0
    assert read_file(status, 1 << 20).startswith(b"Name:")
    with pytest.raises(TooLarge):
        read_file(status, 10)


def test_a_byte_order_mark_opening_a_source_text_is_not_text(in_tmp: Path) -> None:
    """Some editors save one: it is not a zero-width character inside the text."""
    write_folder(
        in_tmp / "b", briefing_files(**{"sources__s.txt": b"\xef\xbb\xbfShe said hello world."})
    )
    result = check_content(in_tmp / "b")
    assert result.all_problems() == []
    briefing = result.folders[0].briefing
    assert briefing is not None and briefing.sources[0].text == "She said hello world."


def test_an_odd_yaml_entry_in_a_content_directory_does_not_hide_its_briefings(
    in_tmp: Path,
) -> None:
    """Only a real `*.yaml` file makes a folder a briefing; the link is still named."""
    write_folder(in_tmp / "content" / "a", briefing_files(**{"extra.yaml": BAD_ENUM}))
    (in_tmp / "content" / "notes.yaml").symlink_to("gone.yaml")
    assert codes(in_tmp / "content") == [
        ("content/a/extra.yaml", 4, 11, "bad-enum"),
        ("content/notes.yaml", 1, 1, "link-broken"),
    ]
