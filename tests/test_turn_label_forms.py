"""Turn labels of the forms transcripts print beside `NAME:` (quote-in-another-turn).

A trial by a political reporter who works from transcripts found labels the
source reader did not take for labels, so a question given to the official
who answers it, or one speaker's words given to another, passed with
nothing said: the White House's `Q` with no colon, `Q (Reuters):`,
Hansard's `Kemi Badenoch (North West Essex) (Con):` and `The Prime
Minister (Keir Starmer):`, a timestamp before the label (`[10:32] BIDEN:`),
and a court record's `Q.` and `A.` after `BY MR. SMITH:`. Each excerpt here
is built on the transcripts the trial used; each warning stands beside the
right attribution, which must stay quiet, and prose that only looks like a
label (`Q ratings rose`, `A. Smith said`) must be read as prose.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import check, write_folder

from briefing.check.label_forms import Role, read_labels
from briefing.records.normalising import paragraphs
from briefing.records.problems import Problem

ACTORS = """\
actors:
  - id: kjp
    name: Karine Jean-Pierre
    kind: person
    role: White House Press Secretary
  - id: reuters
    name: Reuters
    kind: organisation
  - id: mason
    name: Jeff Mason
    kind: person
    affiliations: [reuters]
  - id: starmer
    name: Keir Starmer
    kind: person
  - id: badenoch
    name: Kemi Badenoch
    kind: person
  - id: sunak
    name: Rishi Sunak
    kind: person
  - id: biden
    name: Joe Biden
    kind: person
  - id: harris
    name: Kamala Harris
    kind: person
  - id: smith
    name: John Smith
    kind: person
    role: Assistant U.S. Attorney
  - id: lowe
    name: Dana Lowe
    kind: person
    role: defense counsel
  - id: reyes
    name: Daniel Reyes
    kind: person
    role: witness
  - id: high-court
    name: High Court of Justice
    kind: organisation
  - id: harlow
    name: Mr Justice Harlow
    kind: person
    affiliations: [high-court]
  - id: okafor
    name: Grace Okafor
    kind: person
    aliases: [Ms Okafor]
"""

WHITE_HOUSE = """\
Press Briefing by Press Secretary Karine Jean-Pierre

MS. JEAN-PIERRE: Good afternoon, everyone. Happy Tuesday. I have a couple of things at the top.

Q Thank you, Karine. On the debt ceiling: is the President willing to negotiate with \
Speaker McCarthy before the deadline?

MS. JEAN-PIERRE: So, look, the President has been very clear. This is not negotiable.

Q (Reuters): Will the President veto a bill that cuts funding for the IRS?

MS. JEAN-PIERRE: I'm not going to get ahead of the President on a veto.

Q (inaudible) — does the President still plan to meet the four leaders on Friday?

THE PRESS SECRETARY: The meeting is on. He looks forward to sitting down with them.

Q Thank you.
"""

HANSARD = """\
Engagements

Kemi Badenoch (North West Essex) (Con): Will the Prime Minister rule out raising taxes \
on working people in the autumn Budget?

The Prime Minister (Keir Starmer): We will not raise taxes on working people. That was \
our manifesto commitment and we will keep it.

Mr Rishi Sunak (Richmond (Yorks)) (Con): The Prime Minister promised growth and has \
delivered a smaller economy.

The Prime Minister: Because we are fixing the foundations that the Conservatives left in ruins.
"""

TIMED = """\
[10:31] ANCHOR: Mr. President, thank you for joining us this morning on the program.

[10:32] BIDEN: Thank you for having me. We are going to pass this bill before the recess.

[10:33] ANCHOR: Do you have the votes to get it through the Senate right now?

[10:33] HARRIS: We have fifty votes and we will get the rest.
"""

COURT = """\
THE COURT: Be seated. Mr. Smith, you may call your next witness.

MR. SMITH: Thank you, Your Honor. The government calls Daniel Reyes.

DIRECT EXAMINATION

BY MR. SMITH:

Q. Mr. Reyes, where were you on the night of March 3rd?

A. I was at the warehouse on Pier 9 until about midnight.

Q. Did you see the defendant there that night?

A. No, I never saw him there that night.

MS. LOWE: Objection, Your Honor. Leading.

THE COURT: Overruled. The witness may answer.

CROSS-EXAMINATION

BY MS. LOWE:

Q. Mr. Reyes, the pier was dark at that hour, wasn't it?

A. It was dark, but the lamps along the pier were on.
"""

#: Where the one quote's text stands in the briefing written by `checked`.
TEXT_LINE, TEXT_COLUMN = 8 + ACTORS.count("\n") + 3, 11


def checked(
    tmp_path: Path, quote: str, speaker: str, source: str, actors: str = ACTORS
) -> list[Problem]:
    """The problems of a briefing with one source text `source` and one quote
    of it, `quote` said by `speaker`."""
    text = (
        "briefing:\n  id: b\n  title: T\n  as_of: 2024-06-01\n"
        "sources:\n  - id: s\n    title: S\n    text: sources/s.txt\n"
        + actors
        + "quotes:\n  - id: q\n"
        + f'    text: "{quote}"\n    speaker: {speaker}\n    source: s\n'
    )
    assert text.splitlines()[TEXT_LINE - 1].startswith("    text: ")
    files: dict[str, str | bytes | None] = {"briefing.yaml": text, "sources/s.txt": source}
    return check(write_folder(tmp_path / "b", files))


def warned(problems: list[Problem]) -> str:
    """The one warning's message: quote-in-another-turn, at the quote's text."""
    assert [p.code for p in problems] == ["quote-in-another-turn"], [str(p) for p in problems]
    (problem,) = problems
    assert (problem.line, problem.column) == (TEXT_LINE, TEXT_COLUMN)
    assert problem.severity.value == "warning"
    return problem.message


# The White House's `Q` with no colon, and `Q` with an outlet in parentheses


def test_a_q_turn_with_no_colon_given_to_the_press_secretary_is_warned_of(
    tmp_path: Path,
) -> None:
    quote = "is the President willing to negotiate with Speaker McCarthy before the deadline?"
    assert warned(checked(tmp_path, quote, "kjp", WHITE_HOUSE)) == (
        "this quote's words stand in the turn 'Q' of the source 's', which its label gives "
        "to the interviewer, not to 'Karine Jean-Pierre'"
    )


def test_a_q_turn_with_its_outlet_given_to_the_press_secretary_is_warned_of(
    tmp_path: Path,
) -> None:
    quote = "Will the President veto a bill that cuts funding for the IRS?"
    message = warned(checked(tmp_path, quote, "kjp", WHITE_HOUSE))
    assert "the turn 'Q (Reuters):' of the source 's'" in message
    assert "gives to the interviewer, not to 'Karine Jean-Pierre'" in message
    quote = "does the President still plan to meet the four leaders on Friday?"
    message = warned(checked(tmp_path / "2", quote, "kjp", WHITE_HOUSE))
    assert "the turn 'Q (inaudible) —' of the source 's'" in message


@pytest.mark.parametrize(
    ("quote", "speaker"),
    [
        # her answers, under either of her labels
        ("the President has been very clear. This is not negotiable.", "kjp"),
        ("The meeting is on. He looks forward to sitting down with them.", "kjp"),
        # the Reuters question, given to its reporter
        ("Will the President veto a bill that cuts funding for the IRS?", "mason"),
    ],
)
def test_the_right_speaker_of_a_white_house_transcript_is_not(
    tmp_path: Path, quote: str, speaker: str
) -> None:
    assert checked(tmp_path, quote, speaker, WHITE_HOUSE) == []


@pytest.mark.parametrize(
    "paragraph",
    [
        "Q ratings rose by a third last year, and we expect more this year?",
        "Q Magazine named it the record of the year, and sales doubled.",
        "QAnon Followers gathered outside. Were they there for the speech?",
    ],
)
def test_a_paragraph_opening_with_q_as_a_word_of_prose_is_no_turn(
    tmp_path: Path, paragraph: str
) -> None:
    """A `Q` with no colon is a label only before a capital, in a paragraph
    that asks: in an answer's next paragraph, a word of prose is the
    speaker's."""
    source = (
        "MS. JEAN-PIERRE: The President spoke about the album this morning.\n\n"
        f"{paragraph}\n\nQ: And on Ukraine?\n\nMS. JEAN-PIERRE: We remain in close touch.\n"
    )
    quote = " ".join(paragraph.split()[1:6])
    assert checked(tmp_path, quote, "kjp", source) == []


def test_a_q_with_no_colon_in_a_report_is_no_turn() -> None:
    """Not in a source that is no transcript (fewer than two other labels)."""
    text = "The band's label confirmed it.\n\nQ Magazine named it the record of the year?\n"
    assert read_labels(text, paragraphs(text)) == []


# Hansard: the member and seat, or the role then the name, in parentheses


def test_a_member_s_question_given_to_the_prime_minister_is_warned_of(tmp_path: Path) -> None:
    quote = "Will the Prime Minister rule out raising taxes on working people in the autumn Budget?"
    assert warned(checked(tmp_path, quote, "starmer", HANSARD)) == (
        "this quote's words stand in the turn 'Kemi Badenoch (North West Essex) (Con):' of the "
        "source 's', which its label gives to 'Kemi Badenoch' (badenoch), not to 'Keir Starmer'"
    )
    quote = "The Prime Minister promised growth and has delivered a smaller economy."
    message = warned(checked(tmp_path / "2", quote, "starmer", HANSARD))
    assert "the turn 'Mr Rishi Sunak (Richmond (Yorks)) (Con):'" in message
    assert "gives to 'Rishi Sunak' (sunak), not to 'Keir Starmer'" in message


def test_the_prime_minister_s_answer_given_to_the_member_is_warned_of(tmp_path: Path) -> None:
    """The role names no actor (he has no alias here): the name in
    parentheses does."""
    quote = "We will not raise taxes on working people."
    message = warned(checked(tmp_path, quote, "badenoch", HANSARD))
    assert "the turn 'The Prime Minister (Keir Starmer):'" in message
    assert "gives to 'Keir Starmer' (starmer), not to 'Kemi Badenoch'" in message


@pytest.mark.parametrize(
    ("quote", "speaker"),
    [
        ("Will the Prime Minister rule out raising taxes on working people", "badenoch"),
        ("We will not raise taxes on working people.", "starmer"),
        ("The Prime Minister promised growth and has delivered a smaller economy.", "sunak"),
    ],
)
def test_the_right_member_of_a_hansard_exchange_is_not(
    tmp_path: Path, quote: str, speaker: str
) -> None:
    assert checked(tmp_path, quote, speaker, HANSARD) == []


def test_a_long_hansard_role_and_a_seat_with_a_comma_are_labels() -> None:
    text = (
        "The Secretary of State for Foreign, Commonwealth and Development Affairs "
        "(Mr David Lammy): We stand with Ukraine.\n\n"
        "Caroline Lucas (Brighton, Pavilion) (Green): Will he act?\n"
    )
    names = [label.name for _start, _end, label in read_labels(text, paragraphs(text))]
    assert names == [
        "The Secretary of State for Foreign, Commonwealth and Development Affairs (Mr David Lammy)",
        "Caroline Lucas (Brighton, Pavilion) (Green)",
    ]


def test_a_dateline_with_its_agency_names_no_one(tmp_path: Path) -> None:
    """`NEW DELHI (PTI):` reads as a label now, and names nobody known."""
    source = "NEW DELHI (PTI): Joe Biden said on Monday that the talks would go on.\n"
    assert checked(tmp_path, "the talks would go on", "biden", source) == []


# A timestamp before the label


def test_a_timestamped_turn_of_another_is_warned_of(tmp_path: Path) -> None:
    quote = "Do you have the votes to get it through the Senate right now?"
    message = warned(checked(tmp_path, quote, "biden", TIMED))
    assert "the turn '[10:33] ANCHOR:' of the source 's', which its label gives to the " in message
    quote = "We have fifty votes and we will get the rest."
    message = warned(checked(tmp_path / "2", quote, "biden", TIMED))
    assert "the turn '[10:33] HARRIS:'" in message
    assert "gives to 'Kamala Harris' (harris), not to 'Joe Biden'" in message


def test_a_timestamped_turn_of_the_speaker_s_is_not(tmp_path: Path) -> None:
    quote = "We are going to pass this bill before the recess."
    assert checked(tmp_path, quote, "biden", TIMED) == []
    assert checked(tmp_path / "2", "We have fifty votes", "harris", TIMED) == []


# A court record's `Q.` and `A.` after `BY MR. SMITH:`


def test_the_examiner_s_question_given_to_the_witness_is_warned_of(tmp_path: Path) -> None:
    quote = "Did you see the defendant there that night?"
    assert warned(checked(tmp_path, quote, "reyes", COURT)) == (
        "this quote's words stand in the turn 'Q.' of the source 's', which its label gives "
        "to the examiner ('John Smith' (smith), named by 'BY MR. SMITH:'), not to "
        "'Daniel Reyes'"
    )


def test_the_witness_s_answer_given_to_the_examiner_is_warned_of(tmp_path: Path) -> None:
    quote = "I was at the warehouse on Pier 9 until about midnight."
    assert warned(checked(tmp_path, quote, "smith", COURT)) == (
        "this quote's words stand in the turn 'A.' of the source 's', which its label gives "
        "to the witness answering the examiner that 'BY MR. SMITH:' names, not to 'John Smith'"
    )


def test_the_cross_examiner_is_named_by_her_own_line(tmp_path: Path) -> None:
    quote = "the pier was dark at that hour, wasn't it?"
    message = warned(checked(tmp_path, quote, "smith", COURT))
    assert "the examiner ('Dana Lowe' (lowe), named by 'BY MS. LOWE:'), not to 'John" in message
    quote = "It was dark, but the lamps along the pier were on."
    message = warned(checked(tmp_path / "2", quote, "lowe", COURT))
    assert "to the witness answering the examiner that 'BY MS. LOWE:' names" in message


@pytest.mark.parametrize(
    ("quote", "speaker"),
    [
        # the witness's answers, whoever he is
        ("I was at the warehouse on Pier 9 until about midnight.", "reyes"),
        ("No, I never saw him there that night.", "reyes"),
        ("It was dark, but the lamps along the pier were on.", "reyes"),
        # the examiners' own questions
        ("Did you see the defendant there that night?", "smith"),
        ("the pier was dark at that hour, wasn't it?", "lowe"),
        # an answer given to one who is not its examiner: no one can say
        # the record calls her the witness or not
        ("It was dark, but the lamps along the pier were on.", "smith"),
    ],
)
def test_the_right_person_of_a_court_record_is_not(
    tmp_path: Path, quote: str, speaker: str
) -> None:
    assert checked(tmp_path, quote, speaker, COURT) == []


def test_a_witness_who_shares_the_examiner_s_surname_is_not(tmp_path: Path) -> None:
    """`BY MR. SMITH:` names two actors: the answer is not said to be another's."""
    actors = ACTORS.replace("name: Daniel Reyes", "name: Anna Smith")
    quote = "I was at the warehouse on Pier 9 until about midnight."
    assert checked(tmp_path, quote, "smith", COURT, actors=actors) == []
    assert checked(tmp_path / "2", quote, "reyes", COURT, actors=actors) == []


def test_a_question_and_answer_without_periods_after_the_examiner_s_line(
    tmp_path: Path,
) -> None:
    """`Q:` and `A:` after `BY MR. SMITH:` are his question and its answer too."""
    source = COURT.replace("Q. ", "Q: ").replace("A. ", "A: ")
    quote = "I was at the warehouse on Pier 9 until about midnight."
    assert "turn 'A:'" in warned(checked(tmp_path, quote, "smith", source))
    assert checked(tmp_path / "2", quote, "reyes", source) == []
    quote = "Did you see the defendant there that night?"
    assert checked(tmp_path / "3", quote, "smith", source) == []


@pytest.mark.parametrize(
    "source",
    [
        # initials opening paragraphs, the one after the other
        "Q. Li, the deputy chairman, agreed that the plan would fail.\n\n"
        "A. Smith, the chairman, had said so first.\n",
        # a question, but no answer right after it
        "Q. Li asked whether the plan would fail? Nobody knew.\n\nThe board met.\n\n"
        "A. Smith, the chairman, had said so first.\n",
    ],
)
def test_initials_opening_paragraphs_are_no_court_record(source: str) -> None:
    assert read_labels(source, paragraphs(source)) == []


def test_a_court_record_s_labels_say_whose() -> None:
    labels = [label for _start, _end, label in read_labels(COURT, paragraphs(COURT))]
    court = [(label.written, label.role, label.examiner) for label in labels]
    assert court[2:4] == [("Q.", Role.EXAMINER, "MR. SMITH"), ("A.", Role.WITNESS, "MR. SMITH")]
    assert court[-1] == ("A.", Role.WITNESS, "MS. LOWE")


# An English court record's examiner's line, in its own words


def english(smith: str, lowe: str) -> str:
    """COURT with its examiners named as an English record names them."""
    return COURT.replace("DIRECT EXAMINATION\n\nBY MR. SMITH:", smith).replace(
        "CROSS-EXAMINATION\n\nBY MS. LOWE:", lowe
    )


ENGLISH_LINES = [
    ("Examination-in-chief by MR SMITH", "Cross-examination by MS LOWE"),
    ("Examination in chief by MR. SMITH KC:", "Cross-examination by MS LOWE QC."),
    ("EXAMINATION-IN-CHIEF BY MR SMITH", "CROSS-EXAMINATION BY MS LOWE (continued)"),
    ("Re-examination by Mr Smith.", "Further cross-examination by Ms Lowe:"),
    ("Examined by MR SMITH", "Cross-examined by MS LOWE"),
]


@pytest.mark.parametrize(("smith", "lowe"), ENGLISH_LINES)
def test_an_english_examiner_s_line_names_the_examiner(
    tmp_path: Path, smith: str, lowe: str
) -> None:
    """`Cross-examination by MR PRYCE` was read as no examiner's line: each
    counsel's own question was warned of as the interviewer's, and the
    witness's answer given to counsel passed (a trial with long legal
    documents)."""
    source = english(smith, lowe)
    # the examiners' own questions, and the witness's answers
    assert (
        checked(tmp_path / "1", "Did you see the defendant there that night?", "smith", source)
        == []
    )
    assert (
        checked(tmp_path / "2", "the pier was dark at that hour, wasn't it?", "lowe", source) == []
    )
    answer = "I was at the warehouse on Pier 9 until about midnight."
    assert checked(tmp_path / "3", answer, "reyes", source) == []
    # the witness's answer given to the examiner, and one's question to the other
    message = warned(checked(tmp_path / "4", answer, "smith", source))
    assert f"to the witness answering the examiner that '{smith}' names, not to" in message
    quote = "the pier was dark at that hour, wasn't it?"
    message = warned(checked(tmp_path / "5", quote, "smith", source))
    assert f"the examiner ('Dana Lowe' (lowe), named by '{lowe}'), not to 'John Smith'" in message


def test_an_english_court_record_s_labels_say_whose() -> None:
    source = english(*ENGLISH_LINES[1])
    labels = [label for _start, _end, label in read_labels(source, paragraphs(source))]
    court = [(label.written, label.role, label.examiner, label.examined_by) for label in labels]
    line = "Examination in chief by MR. SMITH KC:"
    assert court[2] == ("Q.", Role.EXAMINER, "MR. SMITH KC", line)
    assert court[-1] == ("A.", Role.WITNESS, "MS LOWE QC", "Cross-examination by MS LOWE QC.")


def test_narration_of_an_examination_names_no_examiner() -> None:
    """The examiner's name starts with a capital: narration is no examiner's line."""
    source = english("Examination-in-chief by counsel for the Crown followed.", "")
    labels = [label for _start, _end, label in read_labels(source, paragraphs(source))]
    assert labels[2].written == "Q." and labels[2].examiner == ""


# A judgment: its cover sheet's headings, and the line naming its judge

COVER = """\
Neutral Citation Number: [2026] EWHC 2417 (Admin)

Case No: AC-2025-LON-003318

IN THE HIGH COURT OF JUSTICE

Date: 14 October 2026

Hearing dates: 8-10 July 2026

Approved Judgment

"""

JUDGMENT = """\
1. It is common ground that the overflow ran for three weeks in August. Mr Pryce \
submitted that the penalty was a matter for the regulator.

2. Ms Okafor said in evidence: "We never received the notice before the deadline, and \
nobody from the company telephoned us."

3. I am satisfied that the decision was one which the Secretary of State was entitled \
to reach.
"""

NARRATION = "It is common ground that the overflow ran for three weeks in August."


def test_a_judgment_s_cover_sheet_is_no_transcript(tmp_path: Path) -> None:
    """`Case No:`, `Date:`, `Hearing dates:` made a judgment read as a
    transcript, all its paragraphs the `Hearing dates:` turn: the judge's
    narration given to a witness passed (a trial with long legal documents)."""
    source = COVER + JUDGMENT
    assert read_labels(source, paragraphs(source)) == []
    problems = checked(tmp_path, NARRATION, "okafor", source)
    assert [p.code for p in problems] == ["quote-outside-quotation"]


@pytest.mark.parametrize(
    "line",
    [
        "Mr Justice Harlow:",
        "MR JUSTICE HARLOW:",
        "Lord Justice Harlow (giving the judgment of the court):",
        "HHJ Harlow:",
    ],
)
def test_the_judge_s_line_makes_the_judgment_his_turn(tmp_path: Path, line: str) -> None:
    """The line naming the judge before his paragraphs, alone in its own, is
    his turn to the text's end: his narration is his words, though the text
    has no other label, and given to another it is warned of."""
    for cover in (COVER, ""):
        source = f"{cover}{line}\n\n{JUDGMENT}"
        folder = tmp_path / str(len(cover))
        assert checked(folder / "own", NARRATION, "harlow", source) == []
        message = warned(checked(folder / "okafor", NARRATION, "okafor", source))
        assert f"the turn '{line}' (in a paragraph after the one it opens" in message
        # the witness's words the judge quotes are hers
        quote = "We never received the notice before the deadline"
        assert checked(folder / "quoted", quote, "okafor", source) == []


@pytest.mark.parametrize(
    "line", ["Witness statement of Ms Okafor:", "Conclusion:", "Mr Harlow said:"]
)
def test_another_line_alone_with_a_colon_is_no_turn(line: str) -> None:
    source = f"{line}\n\n{JUDGMENT}"
    assert read_labels(source, paragraphs(source)) == []
