"""An insertion that stands for the source's words and adds none of its own is
warned of: "Russia [will] attack" passed against "Russia will not attack", and
`[.]` stood for "not" (a security review)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from conftest import BASE_FILES, briefing_files, quote_checked, write_folder

BASE = str(BASE_FILES["briefing.yaml"])


def problems_of(tmp_path: Path, quote: str, source: str) -> list[tuple[str, str]]:
    return [(p.code, p.message) for p in quote_checked(tmp_path / "b", quote, source)]


@pytest.mark.parametrize(
    ("quote", "source", "stood_for"),
    [
        ("Russia [will] attack Ukraine", "Russia will not attack Ukraine.", "'will not'"),
        (
            "Russia [will] attack Ukraine",
            "Russia will not, under any circumstances, attack Ukraine.",
            "'will not, under any circumstances,'",
        ),
        ("Russia does [.] want war", "Russia does not want war.", "'not'"),
        ("We said [we] would attack", "We said that we never would attack.", "'that we never'"),
    ],
)
def test_an_insertion_leaving_words_out_is_warned_of(
    tmp_path: Path, quote: str, source: str, stood_for: str
) -> None:
    found = problems_of(tmp_path, quote, source)
    assert [code for code, _ in found] == ["insertion-leaves-out"]
    assert f"stands for {stood_for}" in found[0][1]


@pytest.mark.parametrize(
    ("quote", "source"),
    [
        ("abide [by] the rules of the game", "abide the rules of the game."),  # adds a word
        ("and [Putin] said it was over", "and he said it was over."),  # names who
        ("and [the president] said it", "and he said it."),
        ("[He] said it was over", "Putin said it was over."),  # at the edge
        # an elision: marked as one (an elision of "never" alone is elision-drops-few-words)
        (
            "We said we will … attack Kyiv tomorrow",
            "We said we will, in the end, attack Kyiv tomorrow.",
        ),
    ],
)
def test_an_insertion_of_the_author_s_own_words_is_not(
    tmp_path: Path, quote: str, source: str
) -> None:
    assert problems_of(tmp_path, quote, source) == []


def test_list_says_a_briefing_has_warnings(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """`ok` alone read the same for a briefing whose quote leaves out "not"."""
    from briefing.cli.commands import main

    files = briefing_files(
        **{
            "briefing.yaml": BASE.replace("text: hello world", 'text: "We [will] attack"'),
            "sources/s.txt": "We will not attack.\n",
        }
    )
    content = tmp_path / "content"
    write_folder(content / "b", files)
    monkeypatch.setenv("BRIEFING_INDEX_DIR", str(tmp_path / "index"))
    assert main(["list", str(content)]) == 0
    line = capsys.readouterr().out.strip()
    assert line.endswith(f"ok, 1 warning (briefing check {content / 'b'} shows them)"), line
    assert main(["list", str(content), "--format", "json"]) == 0
    (listed,) = json.loads(capsys.readouterr().out)
    assert (listed["ok"], listed["errors"], listed["warnings"]) == (True, 0, 1)
