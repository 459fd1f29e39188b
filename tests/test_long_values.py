"""A value of thousands of characters is quoted cut, never repeated whole.

`briefing check` repeated a 100 KB line in its hint, and a 5000-character
date in its message (an adversarial trial): a problem's line stays short
enough to read, and says where it was cut with `…`.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import BASE_FILES, briefing_files, write_folder

from briefing import cli

BASE = BASE_FILES["briefing.yaml"]
assert isinstance(BASE, str)
LONG = "x" * 100_000
QUOTE = "    text: hello world\n"
CASES = {
    "a date": ("  as_of: 2022-02-10\n", f"  as_of: '{LONG}'\n", "bad-date"),
    "an interval's end": ("  as_of: 2022-02-10\n", f"  as_of: '2022/{LONG}'\n", "bad-date"),
    "a date with a time and a qualifier": (
        "  as_of: 2022-02-10\n",
        "  as_of: '2022-02-10T10:45~/" + "2" * 5000 + "'\n",
        "bad-date",
    ),
    "a number for text": ("  title: T\n", "  title: 1" + "0" * 5000 + "\n", "wrong-type"),
    "a value holding ': '": (QUOTE, f"    text: he said: {LONG}\n", "yaml-syntax"),
    "words after double quotes": (QUOTE, f'    text: "a" {LONG}\n', "yaml-syntax"),
    "words after brackets": (QUOTE, f"    text: [a] {LONG}\n", "yaml-syntax"),
    "a bracket never closed": (QUOTE, f"    text: [{LONG}\n", "yaml-syntax"),
    "a brace never closed": (QUOTE, f"    text: {{{LONG}\n", "yaml-syntax"),
    "items without brackets": (
        "  title: T\n",
        f'  title: T\n  tags: "a", "{LONG}"\n',
        "yaml-syntax",
    ),
    "a key without its colon": (QUOTE, f"    text {LONG}\n", "yaml-syntax"),
    "a long key without its colon": (QUOTE, f"    text{LONG} x\n", "yaml-syntax"),
    "a comment after words": (QUOTE, f"    text: hello world #{LONG}\n", "comment-cuts-text"),
    "a question mark in brackets": (
        "  title: T\n",
        f"  title: T\n  tags: [?{LONG}]\n",
        "yaml-syntax",
    ),
    "an ellipsis glued to words": (
        QUOTE,
        f"    text: {'y' * 50_000}...{'z' * 50_000}\n",
        "quote-not-found",
    ),
}


@pytest.mark.parametrize("case", CASES, ids=list(CASES))
def test_a_long_value_is_quoted_cut(
    case: str, in_tmp: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    old, new, code = CASES[case]
    assert old in BASE
    write_folder(in_tmp / "b", briefing_files(**{"briefing.yaml": BASE.replace(old, new)}))
    cli.main(["check", "b"])
    out = capsys.readouterr().out
    assert f"[{code}]" in out
    assert max(len(line) for line in out.splitlines()) < 500
    assert "…" in out
