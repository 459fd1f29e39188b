"""What `briefing check` says of a quote the contract lets pass but surely means
otherwise: relayed by its own speaker, or an insertion with nothing in it.

Both were accepted without a word (a new author's trial). The contract does
not forbid them, so they are warnings: the briefing still opens.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import BASE_FILES, briefing_files, check, write_folder

from briefing.check.report import problem_line

BASE = BASE_FILES["briefing.yaml"]
assert isinstance(BASE, str)


def _said(folder: Path) -> list[tuple[str, str | None]]:
    """Each problem as the author reads it: the located line, and its hint."""
    return [(problem_line(p), p.hint) for p in check(folder)]


def test_a_quote_relayed_by_its_own_speaker_is_warned_of(in_tmp: Path) -> None:
    """The reader showed "Said by A / Relayed by A", and counted A's quote
    twice ("1 quote (+1 relayed)"): reported_by is for someone else."""
    text = BASE.replace("    speaker: a\n", "    speaker: a\n    reported_by: a\n")
    folder = write_folder(in_tmp / "b", briefing_files(**{"briefing.yaml": text}))
    assert _said(folder) == [
        (
            "b/briefing.yaml:22:18: warning[reported-by-speaker]: this quote is reported_by "
            "its own speaker, 'a': reported_by names someone else, who relayed the speaker's "
            "words (the reader would show 'a' as both saying and relaying them)",
            "remove reported_by where the speaker's words are their own, or name who relayed them",
        )
    ]


def test_a_quote_relayed_by_someone_else_is_fine(in_tmp: Path) -> None:
    text = BASE.replace("    speaker: a\n", "    speaker: a\n    reported_by: c\n").replace(
        "events:", "  - id: c\n    name: C\n    kind: person\nevents:"
    )
    assert check(write_folder(in_tmp / "b", briefing_files(**{"briefing.yaml": text}))) == []


def test_a_reported_by_that_names_no_actor_is_said_once(in_tmp: Path) -> None:
    text = BASE.replace("    speaker: a\n", "    speaker: zz\n    reported_by: zz\n")
    folder = write_folder(in_tmp / "b", briefing_files(**{"briefing.yaml": text}))
    assert [p.code for p in check(folder)] == ["unknown-reference", "unknown-reference"]


@pytest.mark.parametrize("empty", ["[]", "[ ]"])
@pytest.mark.parametrize("with_text", [True, False], ids=["anchored", "no source text"])
def test_an_insertion_with_nothing_in_it_is_warned_of(
    in_tmp: Path, empty: str, with_text: bool
) -> None:
    """`In the name [] of the city` was accepted silently: brackets with none
    of the author's words in them, standing for up to five of the source's."""
    text = BASE.replace("text: hello world", f"text: She said {empty} hello world")
    if not with_text:
        text = text.replace("    text: sources/s.txt\n", "")
    folder = write_folder(in_tmp / "b", briefing_files(**{"briefing.yaml": text}))
    assert _said(folder) == [
        (
            f"b/briefing.yaml:{20 if with_text else 19}:11: warning[insertion-empty]: "
            "this quote has brackets with "
            f"nothing in them, '{empty}': brackets mark words of the author's (an insertion), "
            "and these hold none",
            f"remove the '{empty}', or write in it the words you add, as in 'abide [by] the "
            "rules'; to mark words left out, write an elision (…)",
        )
    ]


def test_an_empty_insertion_in_a_quote_refused_for_more_is_not_warned_of_too(
    in_tmp: Path,
) -> None:
    text = BASE.replace("text: hello world", "text: She said [] hello planet")
    folder = write_folder(in_tmp / "b", briefing_files(**{"briefing.yaml": text}))
    assert [p.code for p in check(folder)] == ["quote-not-found"]


def test_an_empty_insertion_that_stands_for_words_says_which(in_tmp: Path) -> None:
    """`it is [] a metaphor` for "it is not a metaphor" was told only to remove
    the brackets (which would leave the quote not found), never that they stood
    for "not" (a trial of transcripts)."""
    text = BASE.replace("text: hello world", "text: She said [] world")
    folder = write_folder(in_tmp / "b", briefing_files(**{"briefing.yaml": text}))
    said = [line for line, _ in _said(folder)]
    assert any("warning[insertion-empty]" in line for line in said), said
    assert any(
        "warning[insertion-leaves-out]: the insertion '[]' stands for 'hello'" in line
        for line in said
    ), said
