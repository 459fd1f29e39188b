"""What `briefing check` tells an author, line and hint, where a new author's
trial was sent to the wrong line or told to do what could not help."""

from __future__ import annotations

from pathlib import Path

from conftest import BASE_FILES, briefing_files, check, write_folder

from briefing.check.report import problem_line

BASE = BASE_FILES["briefing.yaml"]
assert isinstance(BASE, str)


def _said(in_tmp: Path, files: dict[str, str | bytes | None]) -> list[tuple[str, str | None]]:
    """Each problem as the author reads it: the located line, and its hint."""
    write_folder(in_tmp / "b", files)
    return [(problem_line(p), p.hint) for p in check(in_tmp / "b")]


def _base_with(old: str, new: str) -> dict[str, str | bytes | None]:
    assert old in BASE
    return briefing_files(**{"briefing.yaml": BASE.replace(old, new)})


MULTIPLE = (
    "this file holds more than one YAML document ('---')",
    "keep one document per file, or split it into several files",
)


def test_a_second_empty_document_is_located_at_its_marker(in_tmp: Path) -> None:
    """`printf -- '---\\n---\\n\\n\\n\\n' > extra.yaml` was reported at 6:1, the
    end of the file, where there is nothing to see."""
    said = _said(in_tmp, briefing_files(**{"extra.yaml": "---\n---\n\n\n\n"}))
    assert said == [
        (f"b/extra.yaml:2:1: error[yaml-multiple-documents]: {MULTIPLE[0]}", MULTIPLE[1])
    ]


def test_a_second_document_is_located_at_its_marker_not_at_its_first_value(
    in_tmp: Path,
) -> None:
    """A `---` on line 66 of quotes.yaml was reported at 67:1."""
    record = "  - id: q{}\n    text: hello world\n    speaker: a\n    source: s\n"
    quotes = "# the quotes,\n# one by one\n\nquotes:\n"
    quotes += "".join(record.format(n) for n in range(15)) + "\n"  # 4 + 15 x 4 + 1 lines
    quotes += "---\nactors: []\n"
    assert quotes.splitlines()[65] == "---"
    text = BASE.split("quotes:\n")[0]
    said = _said(in_tmp, briefing_files(**{"briefing.yaml": text, "quotes.yaml": quotes}))
    assert said[0] == (
        f"b/quotes.yaml:66:1: error[yaml-multiple-documents]: {MULTIPLE[0]}",
        MULTIPLE[1],
    )
