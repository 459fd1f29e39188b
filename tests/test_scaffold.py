"""`briefing new`: a skeleton that passes check at once, and never overwrites anything."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefing.check.content import check_content
from briefing.check.scaffold import new_briefing
from briefing.errors import UsageError
from briefing.files.locations import schema_file


def test_the_skeleton_passes_check_at_once(tmp_path: Path) -> None:
    written = new_briefing(tmp_path / "My Briefing", title='A "quoted" title\\ with a slash')
    assert {p.name for p in written} == {
        "briefing.yaml", "actors.yaml", "events.yaml", "quotes.yaml", "article.txt",
    }  # fmt: skip
    result = check_content(tmp_path / "My Briefing")
    assert result.all_problems() == []
    (folder,) = result.folders
    assert folder.briefing is not None
    assert folder.briefing.id == "my-briefing"
    assert folder.briefing.title == 'A "quoted" title\\ with a slash'
    assert len(folder.briefing.quotes) == 1 and folder.briefing.quotes[0].span is not None


@pytest.mark.parametrize("as_of", ["2031-05-17", "2031-05-17T09:30Z", "2031-05"])
def test_the_example_event_is_dated_by_the_briefing(tmp_path: Path, as_of: str) -> None:
    """Of 2022 in a briefing of today, it read as a slip (an author's trial)."""
    new_briefing(tmp_path / "b", as_of=as_of)
    (folder,) = check_content(tmp_path / "b").folders
    assert folder.problems == [] and folder.briefing is not None
    [event] = folder.briefing.events
    assert event.when.text == as_of[:10] + "~"


def test_each_yaml_file_points_editors_at_the_schema(tmp_path: Path) -> None:
    new_briefing(tmp_path / "b")
    assert schema_file().is_file()
    for name in ("briefing.yaml", "actors.yaml", "events.yaml", "quotes.yaml"):
        first = (tmp_path / "b" / name).read_text(encoding="utf-8").splitlines()[0]
        assert first == f"# yaml-language-server: $schema={schema_file().as_uri()}"


@pytest.mark.parametrize("ident", ["2024", "no", "1e3"])
def test_an_id_yaml_would_read_as_no_text_is_written_in_quotes(tmp_path: Path, ident: str) -> None:
    """`briefing new 2024` wrote `id: 2024`, a number to YAML: the schema the
    file names for editors says an id is a string (an author's trial)."""
    import yaml

    new_briefing(tmp_path / ident)
    text = (tmp_path / ident / "briefing.yaml").read_text(encoding="utf-8")
    assert yaml.safe_load(text)["briefing"]["id"] == ident
    (folder,) = check_content(tmp_path / ident).folders
    assert folder.problems == [] and folder.briefing is not None


def test_a_folder_that_holds_anything_is_refused_and_left_as_it_is(tmp_path: Path) -> None:
    folder = tmp_path / "b"
    folder.mkdir()
    (folder / "notes.txt").write_text("mine")
    with pytest.raises(UsageError, match="already holds something"):
        new_briefing(folder)
    assert [p.name for p in folder.iterdir()] == ["notes.txt"]
    (tmp_path / "file").write_text("mine")
    with pytest.raises(UsageError):
        new_briefing(tmp_path / "file")
    assert (tmp_path / "file").read_text() == "mine"


def test_an_id_that_is_not_one_is_refused(tmp_path: Path) -> None:
    with pytest.raises(UsageError, match="not a valid id"):
        new_briefing(tmp_path / "b", briefing_id="Not_An_Id")
    assert not (tmp_path / "b").exists()


def test_the_next_command_it_suggests_can_be_pasted_into_a_shell(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    import shlex

    from briefing import cli

    monkeypatch.chdir(tmp_path)
    assert cli.main(["new", "My Briefing"]) == 0
    suggestion = capsys.readouterr().out.splitlines()[-1].split("run ", 1)[1]
    assert shlex.split(suggestion) == ["briefing", "check", "My Briefing"]


def test_a_folder_under_two_missing_ones_is_refused_as_a_likely_typo(tmp_path: Path) -> None:
    """`new /tmp/nope/deeper/x` made the whole missing tree; elsewhere (--index)
    such a path is refused as a probable typo."""
    with pytest.raises(UsageError, match=r"no such folder: .*nope .*is there a typo"):
        new_briefing(tmp_path / "nope" / "deeper" / "x")
    assert not (tmp_path / "nope").exists()
    written = new_briefing(tmp_path / "mine" / "first")  # one missing folder is made
    assert written and (tmp_path / "mine" / "first" / "briefing.yaml").exists()
