"""A quote that takes part of a word of its source is warned of (a new user's trial:
"body goes back" passed against "Nobody goes back", and the reader showed "body" as said)."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import BASE_FILES, briefing_files, check, quote_checked, write_folder

from briefing.check.report import problem_line

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
    ("quote", "text", "cut"),
    [
        ("5 million doses", "We will send 1.5 million doses.", "'1.5'"),
        ("000 troops", "Russia moved 100,000 troops.", "'100,000'"),
        ("5 per cent", "It will grow by -5 per cent.", "'-5'"),
        ("I can assure you that we won", "I can assure you that we won't.", "'won't'"),
        ("that we won\u2019", "I can assure you that we won\u2019t.", "'won\u2019t'"),
        ("Today we can … accept this deal", "Today we can't accept this deal.", "'can't'"),
        ("President Harris will decide", "Vice-President Harris will decide.", "'Vice-President'"),
        (
            "military options are on the table",
            "Only non-military options are on the table.",
            "'non-military'",
        ),
        ("war is over", "The anti-war is over.", "'anti-war'"),
        ("no comment", "He said yes/no comment.", "'yes/no'"),
        # its unit or currency left out (a fact-checker's trial)
        ("Deaths fell by 22", "Deaths fell by 22% in a year.", "'22%'"),
        ("95m this year", "Costs rose by $95m this year.", "'$95m'"),
    ],
)
def test_a_quote_that_takes_part_of_a_number_or_joined_word_is_warned_of(
    tmp_path: Path, quote: str, text: str, cut: str
) -> None:
    """A quote could turn the source's words into others with no word said
    (a security review): "5 million" from "1.5 million", "we won" from "we
    won't", "military options" from "non-military options". Punctuation
    inside a word or number, and a number's sign, hold it together."""
    problems = quote_checked(tmp_path / "b", quote, text)
    assert [(p.code, p.severity.value) for p in problems] == [("quote-cuts-word", "warning")]
    assert cut in problems[0].message


@pytest.mark.parametrize(
    ("quote", "text"),
    [
        ("for now", "It was over—for now."),  # after a dash: a word of its own
        ("escalade", "Nous refusons l'escalade."),  # after a French article's apostrophe
        ("-5 per cent", "It fell by -5 per cent."),  # the number with its sign
        ("the ministers", "It is the ministers' meeting."),  # a plural's apostrophe
        ("We have come", '"We have come here."'),
        ("我们来这里", "我们来这里是为了倾听。"),  # Chinese puts no spaces between words
        ("café", "Un café noir."),
        ("He said", "He said¹ it."),  # a footnote's mark after the word
        ("by 22% in a year", "Deaths fell by 22% in a year."),  # the unit with it
        ("$95m this year", "Costs rose by $95m this year."),
        ("הבית הגדול", "והבית הגדול עומד."),  # Hebrew: "and" joined to the word
        ("الكتاب الجديد", "والكتاب الجديد هنا."),  # Arabic: "and" joined to the word
        ("مياه شرب", "وزارة المياه شرب."),  # the article (ال) joined to it
        ("سنمضي قدما", "وسنمضي قدما."),  # and (و) and will (س): the quote keeps س
        ("הבית שלנו", "בהבית שלנו."),  # Hebrew: two prefixes (ב, ה)
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


@pytest.mark.parametrize(
    ("quote", "text", "cut"),
    [
        ("صل على مياه شرب", "لا يحصل على مياه شرب آمنة.", "'يحصل'"),  # 'يح' is no prefix
        ("למיד הגדול", "התלמיד הגדול עומד.", "'התלמיד'"),  # 'הת': ת is no prefix
    ],
)
def test_a_quote_starting_inside_an_arabic_or_hebrew_word_is_warned_of(
    tmp_path: Path, quote: str, text: str, cut: str
) -> None:
    """Any letter of those scripts before a quote was taken for a joined prefix:
    `صل` quoted from `يحصل` passed, and the reader showed `صل` as said (a
    multilingual author's trial). Only the prefixes those languages join are."""
    files = briefing_files(
        **{
            "briefing.yaml": BASE.replace("text: hello world", f"text: {quote}"),
            "sources/s.txt": text + "\n",
        }
    )
    problems = check(write_folder(tmp_path / "b", files))
    assert [p.code for p in problems] == ["quote-cuts-word"]
    assert cut in problems[0].message


SAFE = "She said the bridge is safe for people on foot, and it will open in May.\n"


def _said(in_tmp: Path, quote: str) -> list[tuple[str, str | None]]:
    base = BASE.replace("text: hello world", f'text: "{quote}"')
    files = briefing_files(**{"briefing.yaml": base, "sources/s.txt": SAFE})
    return [(problem_line(p), p.hint) for p in check(write_folder(in_tmp / "b", files))]


@pytest.mark.parametrize(
    "quote",
    [
        "[T]he bridge is safe for people",
        "the bridge is safe … [I]t will open in May",  # a part's start
        "[T]he bridge is [very] safe for people",
        "the bridge is safe for peopl[E]",  # the mirror, at the end
    ],
)
def test_an_insertion_glued_to_a_word_for_its_letters_does_not_cut_it(
    in_tmp: Path, quote: str
) -> None:
    """`[T]he bridge` (a journalist's capital for "the") was warned to take
    part of the word 'the' (an audit)."""
    assert _said(in_tmp, quote) == []


@pytest.mark.parametrize(
    ("quote", "cut"),
    [("[S]he bridge is safe for people", "'the'"), ("the bridge is safe for peopl[y]", "'people'")],
)
def test_an_insertion_glued_to_a_word_for_other_letters_still_cuts_it(
    in_tmp: Path, quote: str, cut: str
) -> None:
    assert _said(in_tmp, quote) == [
        (
            "b/briefing.yaml:20:11: warning[quote-cuts-word]: this quote takes part of a word "
            f"of the source 's': {cut}",
            "quote whole words: start and end the quote (and each part) between words",
        )
    ]
