"""A quote that takes part of a word of its source is warned of (a new user's trial:
"body goes back" passed against "Nobody goes back", and the reader showed "body" as said)."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import BASE_FILES, briefing_files, check, write_folder

BASE = str(BASE_FILES["briefing.yaml"])


@pytest.mark.parametrize(
    ("quote", "cut"),
    [
        ("body goes back", "'Nobody'"),  # the start inside a word
        ("goes back to the cran", "'cranes'"),  # the end inside a word
        ("goes back to … the cranes no", "'now'"),  # a part of an elided quote
    ],
)
def test_a_quote_that_takes_part_of_a_word_is_warned_of(
    tmp_path: Path, quote: str, cut: str
) -> None:
    files = briefing_files(
        **{
            "briefing.yaml": BASE.replace("text: hello world", f"text: {quote}"),
            "sources/s.txt": "Nobody goes back to the cranes now.\n",
        }
    )
    problems = check(write_folder(tmp_path / "b", files))
    assert [(p.code, p.severity.value) for p in problems] == [("quote-cuts-word", "warning")]
    assert cut in problems[0].message


@pytest.mark.parametrize(
    ("quote", "text"),
    [
        ("war is over", "The anti-war is over."),  # after a hyphen: a word of its own
        ("We have come", '"We have come here."'),
        ("我们来这里", "我们来这里是为了倾听。"),  # Chinese puts no spaces between words
        ("café", "Un café noir."),
        ("He said", "He said¹ it."),  # a footnote's mark after the word
        ("הבית הגדול", "והבית הגדול עומד."),  # Hebrew: "and" joined to the word
        ("الكتاب الجديد", "والكتاب الجديد هنا."),  # Arabic: "and" joined to the word
        ("ｱｲｳ", "ｱｲｳｴｵ"),  # half-width katakana: no spaces between words
        ("བཀྲ་ཤིས", "བཀྲ་ཤིས་བདེ་ལེགས"),  # Tibetan
    ],
)
def test_a_quote_of_whole_words_is_not(tmp_path: Path, quote: str, text: str) -> None:
    files = briefing_files(
        **{
            "briefing.yaml": BASE.replace("text: hello world", f"text: {quote}"),
            "sources/s.txt": text + "\n",
        }
    )
    assert check(write_folder(tmp_path / "b", files)) == []
