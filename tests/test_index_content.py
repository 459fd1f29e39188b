"""The index over real content folders: huge files, odd entries, odd names, linked folders.

The fingerprint reads no more than the checker would (a file over the cap is
known by its stat), never opens what is not a regular file, and stamps
every entry so that a change to any of them is noticed. Briefing folders are
named as the user sees them, whether linked in or given directly.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import briefing_files, write_folder

from briefing import cli
from briefing.check import source_texts, yamlsafe
from briefing.index import fingerprint
from briefing.index.catalogue import read_catalogue
from briefing.index.store import open_index

BRIEFING = Path(sys.executable).with_name("briefing")


@pytest.fixture
def content(tmp_path: Path) -> Path:
    root = tmp_path / "content"
    write_folder(root / "one", briefing_files())
    return root


def stamps(index: Path) -> dict[str, list[object]]:
    """The index's stamps of the content's files, by name."""
    rows = read_catalogue(index, Path())
    assert rows is not None
    return {stamp.path: stamp.to_json() for row in rows for stamp in row.stamps}


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    status = cli.main(list(args))
    out, err = capsys.readouterr()
    return status, out, err


def test_the_hashing_cap_is_the_checkers() -> None:
    assert fingerprint.MAX_HASHED_BYTES == yamlsafe.MAX_BYTES == source_texts.MAX_TEXT_BYTES


def test_a_sparse_2gb_yaml_is_indexed_by_its_stat_without_being_read(
    capsys: pytest.CaptureFixture[str], content: Path, tmp_path: Path
) -> None:
    big = content / "one" / "big.yaml"
    with big.open("wb") as handle:
        handle.truncate(2 * 1024**3)
    index = tmp_path / "index.json"
    status, out, _ = run(capsys, "index", str(content), "--index", str(index))
    assert status == 0 and out.startswith("indexed 1 of 1 briefing in ")
    stamp = stamps(index)["one/big.yaml"]
    assert 2 * 1024**3 in stamp
    assert not any(re.fullmatch("[0-9a-f]{64}", str(value)) for value in stamp)  # no hash
    status, out, _ = run(capsys, "index", str(content), "--index", str(index))
    assert out.startswith("up to date in ")


def _other_briefing(folder: Path, briefing_id: str) -> Path:
    base = briefing_files()["briefing.yaml"]
    assert isinstance(base, str)
    return write_folder(
        folder, briefing_files(**{"briefing.yaml": base.replace("id: b", f"id: {briefing_id}")})
    )


def test_a_symlinked_briefing_folder_is_listed_and_indexed(
    capsys: pytest.CaptureFixture[str], content: Path, tmp_path: Path
) -> None:
    (content / "linked").symlink_to(_other_briefing(tmp_path / "elsewhere" / "two", "c"))
    index = tmp_path / "index.json"
    status, out, err = run(capsys, "list", str(content), "--index", str(index))
    assert (status, err) == (0, "")
    assert sorted(line.split()[0] for line in out.splitlines()) == ["b", "c"]
    assert "linked/briefing.yaml" in stamps(index)
    status, out, err = run(capsys, "index", str(content), "--index", str(index))
    assert (status, err) == (0, "") and out.startswith("up to date in ")
    summaries = open_index(content, index).summaries()
    assert sorted(s.folder for s in summaries) == ["linked", "one"]


def test_a_problem_in_a_symlinked_folder_is_shown_at_its_path_in_the_content(
    content: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    two = _other_briefing(tmp_path / "elsewhere" / "two", "c")
    (two / "extra.yaml").write_text("actor: []\n", encoding="utf-8")
    (content / "linked").symlink_to(two)
    monkeypatch.chdir(tmp_path)
    opened = open_index(Path("content"), tmp_path / "index.json")
    (linked,) = [s for s in opened.summaries() if s.folder == "linked"]
    assert [p.file for p in linked.problems] == [os.path.join("content", "linked", "extra.yaml")]


def test_a_briefing_folder_given_directly_is_named_by_its_folder(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    broken = briefing_files(**{"briefing.yaml": None, "notes.yaml": "actor: []\n"})
    folder = write_folder(tmp_path / "content" / "ukraine", broken)
    index = tmp_path / "index.json"
    status, out, _ = run(capsys, "list", str(folder), "--index", str(index))
    assert status == 1
    assert out.startswith("ukraine  ")
    monkeypatch.chdir(folder)
    status, out, _ = run(capsys, "list", ".", "--index", str(tmp_path / "other.json"))
    assert out.startswith("ukraine  ")


def test_names_that_are_not_utf8_are_indexed_and_stay_fresh(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    root = tmp_path / "content"
    folder = Path(os.fsdecode(bytes(root) + b"/caf\xe9"))
    write_folder(folder, briefing_files())
    Path(os.fsdecode(bytes(folder) + b"/notes-\xff.txt")).write_bytes(b"mine\n")
    index = tmp_path / "index.json"
    status, out, err = run(capsys, "index", str(root), "--index", str(index))
    assert (status, err) == (0, "") and out.startswith("indexed 1 of 1 briefing in ")
    status, out, err = run(capsys, "index", str(root), "--index", str(index))
    assert (status, err) == (0, "") and out.startswith("up to date in ")
    assert open_index(root, index).summaries()[0].folder == os.fsdecode(b"caf\xe9")


def _odd_entry(folder: Path, kind: str) -> None:
    entry = folder / "odd.yaml"
    if kind == "fifo":
        os.mkfifo(entry)
    elif kind == "folder named x.yaml":
        entry.mkdir()
    elif kind == "broken symlink":
        entry.symlink_to(folder / "missing.yaml")
    elif kind == "symlink loop":
        entry.symlink_to(entry)


ODD = ["fifo", "folder named x.yaml", "broken symlink", "symlink loop"]


def _index_in_a_process(content: Path, index: Path) -> str:
    """`briefing index`, bounded in time: a FIFO opened for reading would block it."""
    done = subprocess.run(
        [str(BRIEFING), "index", str(content), "--index", str(index)],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert (done.returncode, done.stderr) == (0, "")
    return done.stdout


@pytest.mark.parametrize("kind", ODD)
def test_an_odd_entry_is_stamped_so_its_removal_is_noticed(
    content: Path, tmp_path: Path, kind: str
) -> None:
    """The checker reports each of these; when the author removes it, the
    index must be rebuilt, or `list` would go on showing the problem."""
    _odd_entry(content / "one", kind)
    index = tmp_path / "index.json"
    assert _index_in_a_process(content, index).startswith("indexed 1 of 1 briefing in ")
    assert _index_in_a_process(content, index).startswith("up to date in ")
    for entry in (content / "one").iterdir():
        if entry.name.endswith(".yaml") and entry.name != "briefing.yaml":
            entry.rmdir() if entry.is_dir() and not entry.is_symlink() else entry.unlink()
    assert _index_in_a_process(content, index).startswith("indexed 1 of 1 briefing in ")


def test_a_broken_symlink_pointed_elsewhere_is_noticed(content: Path, tmp_path: Path) -> None:
    link = content / "one" / "quotes.yaml"
    link.symlink_to("missing-1.yaml")
    index = tmp_path / "index.json"
    open_index(content, index)
    link.unlink()
    link.symlink_to("missing-2.yaml")
    assert open_index(content, index).rebuilt


def test_a_sources_link_pointed_at_another_folder_is_noticed(
    capsys: pytest.CaptureFixture[str], content: Path, tmp_path: Path
) -> None:
    """`sources` a link to one version of the texts, then to another (as a
    release script re-points `current`): the quote no longer in the text must
    be said, not the first version's verdict kept. Neither version changes:
    only where the link leads."""
    for version, said in (("v1", "hello world"), ("v2", "goodbye world")):
        texts = content / "one" / f"texts-{version}"
        texts.mkdir()
        (texts / "s.txt").write_text(f"She said {said}.\n\nThen she left.\n", encoding="utf-8")
    sources = content / "one" / "sources"
    for entry in sources.iterdir():
        entry.unlink()
    sources.rmdir()
    sources.symlink_to("texts-v1")
    index = tmp_path / "index.json"
    status, out, _ = run(capsys, "list", str(content), "--index", str(index))
    assert status == 0 and out.rstrip().endswith("ok"), out
    sources.unlink()
    sources.symlink_to("texts-v2")
    status, out, _ = run(capsys, "list", str(content), "--index", str(index))
    assert status == 1 and "1 error" in out, out
    (summary,) = open_index(content, index).summaries()
    assert [p.code for p in summary.problems] == ["quote-not-found"]


def test_a_path_longer_than_the_system_allows_is_stamped_not_a_crash(
    capsys: pytest.CaptureFixture[str], content: Path, tmp_path: Path
) -> None:
    """Folders nested so deep that their path passes PATH_MAX (4096 bytes)."""
    name = "n" * 250
    fd = os.open(content / "one", os.O_RDONLY)
    try:
        for _ in range(20):
            os.mkdir(name, dir_fd=fd)
            inner = os.open(name, os.O_RDONLY, dir_fd=fd)
            os.close(fd)
            fd = inner
    finally:
        os.close(fd)
    index = tmp_path / "index.json"
    status, out, err = run(capsys, "index", str(content), "--index", str(index))
    assert (status, err) == (0, "") and out.startswith("indexed 1 of 1 briefing in ")
    assert any(stamp[1] == "unreadable" for stamp in stamps(index).values())


def test_a_broken_folder_link_is_listed_as_an_error_and_noticed_when_it_comes_and_goes(
    capsys: pytest.CaptureFixture[str], content: Path, tmp_path: Path
) -> None:
    """`check` reports a broken briefing-folder link; `list` must not say all is ok."""
    index = tmp_path / "index.json"
    assert run(capsys, "list", str(content), "--index", str(index))[0] == 0
    (content / "gone").symlink_to(tmp_path / "nowhere")
    status, out, _ = run(capsys, "list", str(content), "--index", str(index))
    assert status == 1
    assert re.search(r"^gone  1 error", out, re.MULTILINE)
    (content / "gone").unlink()
    status, out, _ = run(capsys, "list", str(content), "--index", str(index))
    assert status == 0 and "gone" not in out


def test_a_listed_briefing_whose_id_another_folder_gives_names_its_folder(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    """A copy under the same id is listed with its folder: the good row must
    say which folder it is, or the two rows read alike (a new user's trial)."""
    content = tmp_path / "content"
    write_folder(content / "b", briefing_files())
    write_folder(content / "aa-copy", briefing_files())
    status, out, _ = run(capsys, "list", str(content), "--index", str(tmp_path / "i.json"))
    assert status == 1
    lines = out.splitlines()
    assert any(line.startswith("b (b/)  ") and line.endswith("  ok") for line in lines), out
    assert any("aa-copy" in line and "1 error" in line for line in lines), out
    write_folder(
        content / "b",
        briefing_files(
            **{"briefing.yaml": str(briefing_files()["briefing.yaml"]).replace("id: b", "id: c", 1)}
        ),
    )
    status, out, _ = run(capsys, "list", str(content), "--index", str(tmp_path / "i.json"))
    assert status == 0  # no id shared now: each row as before, without its folder
    assert sorted(line.split("  ")[0] for line in out.splitlines()) == ["b", "c"]
