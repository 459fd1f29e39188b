"""A quote whose words stand in another person's turn of a transcript
(quote-in-another-turn).

A correspondent's trial in German gave Robert Habeck the words of DIE
ZEIT's question (`ZEIT: Herr Habeck, müssen die Deutschen …?`), and `check`
said nothing: a transcript's turns are exempt from the quotation warnings.
The English case is a `Q:` turn given to the official who answers it. Each
source here is a short interview as papers print them; each warning is
beside the quotes of the speaker's own turn, which must stay quiet.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import check, write_folder

from briefing.records.problems import Problem

ZEIT = """\
Robert Habeck ist seit Dezember Wirtschaftsminister. Ein Gespräch über Gas, Kohle und \
die Frage, wie viel Zumutung das Land verträgt.

ZEIT: Herr Habeck, müssen die Deutschen im Winter frieren, damit die Ukraine frei bleibt?

Habeck: Niemand muss frieren. Aber wir werden sparen müssen, und zwar jetzt.

Das gilt für die Industrie genauso wie für die privaten Haushalte.

ZEIT: Sie haben im März gesagt: „Wir werden keine Kohlekraftwerke reaktivieren.“ Gilt das noch?

Habeck: Nein, das gilt so nicht mehr. Die Lage hat sich geändert.
"""

BRIEFING_ROOM = """\
Press Briefing by Press Secretary Jen Psaki, March 3, 2022

MS. PSAKI: Good afternoon. I have one item for you at the top.

Q: Jen, will the President veto the bill if it reaches his desk?

MS. PSAKI: He has been clear that he will not sign a bill that raises costs for families.

Q: And on Ukraine?

MS. PSAKI: We remain in close touch with our allies.
"""

RADIO = """\
HALDEN RADIO, morning programme, 14 March. The strike enters its third week.

BERG: We made a fair offer, and the members know that.

OKAFOR: The authority has not moved an inch since Monday.

BERG: That is simply not true, and she knows it.
"""

ACTORS = """\
actors:
  - id: habeck
    name: Robert Habeck
    kind: person
  - id: psaki
    name: Jen Psaki
    kind: person
  - id: berg
    name: Jonas Berg
    kind: person
  - id: okafor
    name: Grace Okafor
    kind: person
  - id: zeit
    name: Die Zeit
    kind: organisation
  - id: sz
    name: Süddeutsche Zeitung
    kind: organisation
  - id: reporter
    name: Lena Vogt
    kind: person
    affiliations: [sz]
  - id: blinken
    name: Antony Blinken
    kind: person
    aliases: [Secretary of State]
"""
#: Where the one quote's text stands in the briefing written by `checked`.
TEXT_LINE, TEXT_COLUMN = 9 + ACTORS.count("\n") + 3, 11


def checked(
    tmp_path: Path,
    quote: str,
    speaker: str,
    source: str,
    outlet: str = "",
    extra: str = "",
    actors: str = ACTORS,
    language: str = "",
) -> list[Problem]:
    """The problems of a briefing with one source text `source` (its `outlet`)
    and one quote of it, `quote` said by `speaker` (`extra`: fields added)."""
    outlet_line = f"    outlet: {outlet}\n" if outlet else "    # no outlet\n"
    escaped = quote.replace('"', '\\"')
    text = (
        "briefing:\n  id: b\n  title: T\n  as_of: 2022-06-20\n"
        + (f"  language: {language}\n" if language else "")
        + "sources:\n  - id: s\n    title: S\n"
        + outlet_line
        + "    text: sources/s.txt\n"
        + actors
        + "quotes:\n  - id: q\n"
        + f'    text: "{escaped}"\n    speaker: {speaker}\n    source: s\n{extra}'
    )
    line = TEXT_LINE - len(ACTORS.splitlines()) + len(actors.splitlines()) + bool(language)
    assert text.splitlines()[line - 1].startswith("    text: ")
    files: dict[str, str | bytes | None] = {"briefing.yaml": text, "sources/s.txt": source}
    found = check(write_folder(tmp_path / "b", files))
    return [p for p in found if p.code != "published-after-as-of"]


def only(problems: list[Problem]) -> Problem:
    assert [p.code for p in problems] == ["quote-in-another-turn"], [str(p) for p in problems]
    (problem,) = problems
    assert (problem.line, problem.column) == (TEXT_LINE, TEXT_COLUMN)
    assert problem.severity.value == "warning"
    return problem


def test_the_interviewer_s_question_given_to_the_one_who_answers_is_warned_of(
    tmp_path: Path,
) -> None:
    """The trial's case: the ZEIT question given to Habeck, the paper no actor
    of the briefing, only the source's outlet."""
    quote = "müssen die Deutschen im Winter frieren"
    actors = ACTORS.replace("name: Die Zeit", "name: Die Welt")
    problem = only(checked(tmp_path, quote, "habeck", ZEIT, outlet="DIE ZEIT", actors=actors))
    assert "the turn 'ZEIT:' of the source 's'" in problem.message
    assert "the interviewer (it names the outlet, 'DIE ZEIT')" in problem.message
    assert "not to 'Robert Habeck'" in problem.message
    assert "reported_by" in problem.hint


def test_a_label_that_names_another_actor_is_warned_of(tmp_path: Path) -> None:
    """The paper is an actor of the briefing: its label names it, outlet or none."""
    problem = only(checked(tmp_path, "müssen die Deutschen im Winter frieren", "habeck", ZEIT))
    assert "gives to 'Die Zeit' (zeit), not to 'Robert Habeck'" in problem.message


def test_a_q_turn_given_to_the_official_who_answers_it_is_warned_of(tmp_path: Path) -> None:
    problem = only(checked(tmp_path, "will the President veto the bill", "psaki", BRIEFING_ROOM))
    assert "the turn 'Q:'" in problem.message
    assert "gives to the interviewer, not to 'Jen Psaki'" in problem.message


def test_another_speaker_s_turn_is_warned_of(tmp_path: Path) -> None:
    problem = only(checked(tmp_path, "The authority has not moved an inch", "berg", RADIO))
    assert "the turn 'OKAFOR:'" in problem.message
    assert "'Grace Okafor' (okafor), not to 'Jonas Berg'" in problem.message


def test_an_elided_part_in_another_turn_is_warned_of(tmp_path: Path) -> None:
    quote = "We made a fair offer … has not moved an inch"
    problems = checked(tmp_path, quote, "berg", RADIO)
    problem = next(p for p in problems if p.code == "quote-in-another-turn")
    assert problem.message.startswith("words of a part of this quote stand in the turn 'OKAFOR:'")


@pytest.mark.parametrize(
    ("quote", "speaker", "source"),
    [
        # the speaker's own turn, labelled with the surname
        ("Niemand muss frieren", "habeck", ZEIT),
        # the next paragraph of the answer
        ("Das gilt für die Industrie genauso", "habeck", ZEIT),
        # a surname in capitals, and a title before it
        ("We made a fair offer", "berg", RADIO),
        ("He has been clear that he will not sign", "psaki", BRIEFING_ROOM),
        ("We remain in close touch with our allies", "psaki", BRIEFING_ROOM),
    ],
)
def test_the_speaker_s_own_turn_is_not(
    tmp_path: Path, quote: str, speaker: str, source: str
) -> None:
    assert checked(tmp_path, quote, speaker, source, outlet="DIE ZEIT") == []


@pytest.mark.parametrize(
    "label",
    ["Habeck", "HABECK", "Dr. Habeck", "Robert Habeck", "Minister Habeck", "RH", "Robert"],
)
def test_a_label_of_the_speaker_s_in_any_form_is_the_speaker_s(tmp_path: Path, label: str) -> None:
    source = ZEIT.replace("\nHabeck: Niemand", f"\n{label}: Niemand")
    assert checked(tmp_path, "Niemand muss frieren", "habeck", source, "DIE ZEIT") == []


def test_an_alias_in_a_label_is_the_actor_s(tmp_path: Path) -> None:
    source = (
        "SECRETARY OF STATE: We remain ready to talk, today and tomorrow.\n\n"
        "Q: Will you meet him?\n"
    )
    assert checked(tmp_path, "We remain ready to talk", "blinken", source) == []


#: Two speakers whose titles share a word, each an actor's alias.
TITLES = (
    ACTORS
    + """\
  - id: biden
    name: Joe Biden
    kind: person
    aliases: [The President]
  - id: harris
    name: Kamala Harris
    kind: person
    aliases: [The Vice President]
  - id: white-house
    name: White House
    kind: organisation
  - id: kjp
    name: Karine Jean-Pierre
    kind: person
    affiliations: [white-house]
"""
)
REMARKS = """\
THE PRESIDENT: We are going to build the bridge this year.

THE VICE PRESIDENT: And we will make sure every worker is paid a fair wage.

KARINE JEAN-PIERRE: The President will sign the bill on Friday.
"""


@pytest.mark.parametrize(
    ("quote", "speaker", "owner"),
    [
        ("every worker is paid a fair wage", "biden", "'Kamala Harris' (harris)"),
        ("We are going to build the bridge", "harris", "'Joe Biden' (biden)"),
    ],
)
def test_a_title_that_is_another_s_alias_whole_is_theirs(
    tmp_path: Path, quote: str, speaker: str, owner: str
) -> None:
    """`THE VICE PRESIDENT:` named Joe Biden too, by its word "president" (a
    trial of transcripts): the Vice President's words given to him passed."""
    found = checked(tmp_path, quote, speaker, REMARKS, actors=TITLES)
    assert [p.code for p in found] == ["quote-in-another-turn"]
    assert f"gives to {owner}" in found[0].message


def test_each_speaker_s_own_title_and_a_spokesperson_s_body_are_theirs(tmp_path: Path) -> None:
    assert checked(tmp_path, "build the bridge this year", "biden", REMARKS, actors=TITLES) == []
    quote = "every worker is paid a fair wage"
    assert checked(tmp_path / "vp", quote, "harris", REMARKS, actors=TITLES) == []
    # the White House speaks through its press secretary, whose name is the label
    quote = "will sign the bill on Friday"
    assert checked(tmp_path / "wh", quote, "white-house", REMARKS, actors=TITLES) == []


@pytest.mark.parametrize(
    ("label", "speaker", "owner"),
    [
        ("VICE PRESIDENT HARRIS:", "biden", "'Kamala Harris' (harris)"),
        ("PRESIDENT BIDEN:", "harris", "'Joe Biden' (biden)"),
    ],
)
def test_a_label_with_another_person_s_name_beside_a_shared_title_is_theirs(
    tmp_path: Path, label: str, speaker: str, owner: str
) -> None:
    """`VICE PRESIDENT HARRIS:` was Biden's by the word "president" of his alias
    (the review): a person's own name in a label outweighs a title word."""
    source = f"{label} We will build the bridge this year, and it will last.\n\nQ: When?\n"
    found = checked(tmp_path, "We will build the bridge this year", speaker, source, actors=TITLES)
    assert [p.code for p in found] == ["quote-in-another-turn"]
    assert f"gives to {owner}" in found[0].message
    own = {"biden": "harris", "harris": "biden"}[speaker]
    assert checked(tmp_path / "own", "We will build the bridge", own, source, actors=TITLES) == []


def test_among_states_a_label_that_is_another_state_s_name_is_theirs(tmp_path: Path) -> None:
    """A council's record labels each turn with a state: `UNITED KINGDOM:` was
    read as the United States' by its word "united"."""
    actors = TITLES.replace("  - id: biden\n", "  - id: us\n    name: United States\n"
                            "    kind: state\n  - id: uk\n    name: United Kingdom\n"
                            "    kind: state\n  - id: biden\n", 1)  # fmt: skip
    council = (
        "UNITED STATES: We call for an immediate ceasefire.\n\n"
        "UNITED KINGDOM: We support the draft resolution in full.\n"
    )
    found = checked(tmp_path, "We support the draft resolution", "us", council, actors=actors)
    assert [p.code for p in found] == ["quote-in-another-turn"]
    assert "gives to 'United Kingdom' (uk)" in found[0].message
    assert checked(tmp_path / "own", "We support the draft", "uk", council, actors=actors) == []
    # outside a council, a state's name opening a paragraph is a dateline's
    assert checked(tmp_path / "p", "We support the draft", "biden", council, actors=actors) == []


#: A German interview's turns labelled F (Frage) and A (Antwort).
FRAGE = (
    "F: Herr Habeck, wann kommt das Gesetz?\n\n"
    "A: Wir arbeiten daran, und es kommt in diesem Jahr.\n"
)


@pytest.mark.parametrize(("language", "warned"), [("de", True), ("de-AT", True), ("en", False)])
def test_the_interviewer_s_letter_in_the_briefing_s_language_is_the_interviewer_s(
    tmp_path: Path, language: str, warned: bool
) -> None:
    """`F:` is the interviewer's in a German briefing (Frage): the question given
    to Habeck passed (a trial of transcripts); in an English one it is no one's."""
    found = checked(tmp_path, "wann kommt das Gesetz", "habeck", FRAGE, language=language)
    assert [p.code for p in found] == (["quote-in-another-turn"] if warned else [])
    if warned:
        assert "gives to the interviewer" in found[0].message
    answer = "Wir arbeiten daran"
    assert checked(tmp_path / "a", answer, "habeck", FRAGE, language=language) == []


#: An official's opening statement over two paragraphs, then a question.
STATEMENT = """\
BERG: Good morning. I have two things at the top.

The port will reopen to container traffic on Thursday morning.

Q: Will the union accept that?

OKAFOR: We will decide that ourselves, at our own meeting.
"""


def test_a_person_s_turn_continued_in_the_next_paragraph_is_theirs(tmp_path: Path) -> None:
    """The second paragraph of Jean-Pierre's opening statement given to the
    President passed: only a paragraph opening with a label was read (a first
    reader's trial)."""
    problem = only(
        checked(tmp_path, "The port will reopen to container traffic", "okafor", STATEMENT)
    )
    assert "the turn 'BERG:' (in a paragraph after the one it opens" in problem.message
    assert "gives to 'Jonas Berg' (berg), not to 'Grace Okafor'" in problem.message
    assert (
        checked(tmp_path / "own", "The port will reopen to container traffic", "berg", STATEMENT)
        == []
    )


def test_an_interviewer_s_turn_is_not_continued(tmp_path: Path) -> None:
    """After `Q:` a newspaper's Q&A prints the answer with no label."""
    source = "Q: Will the port reopen?\n\nIt will reopen on Thursday, for cargo.\n\nQ: Why?\n"
    assert checked(tmp_path, "It will reopen on Thursday", "berg", source) == []


def test_a_role_of_a_body_or_an_outlet_s_word_in_a_label_names_no_one_else(
    tmp_path: Path,
) -> None:
    """`KREMLIN SPOKESMAN:` may be the speaker (the Kremlin is an actor, he is
    not affiliated with it); `PRESS SECRETARY:` is no label of the outlet
    Associated Press."""
    actors = ACTORS.replace("name: Die Zeit", "name: Kremlin").replace(
        "name: Lena Vogt", "name: Dmitry Peskov"
    )
    source = (
        "Q: Will Moscow send more troops to the border?\n\n"
        "KREMLIN SPOKESMAN: Russia moves its troops where it sees fit on its own land.\n"
    )
    quote = "Russia moves its troops where it sees fit"
    assert checked(tmp_path, quote, "reporter", source, actors=actors) == []
    source = BRIEFING_ROOM.replace("MS. PSAKI:", "PRESS SECRETARY:")
    quote = "He has been clear that he will not sign"
    assert checked(tmp_path / "2", quote, "psaki", source, outlet="Associated Press") == []


def test_labels_that_name_nobody_known_say_nothing(tmp_path: Path) -> None:
    """An interviewer by a name the briefing does not know, and a paper's label
    with no outlet and no actor to name, even beside the speaker's own turns:
    a speaker has labels of more than one form (below)."""
    quote = "müssen die Deutschen im Winter frieren"
    alone = "Anne Will: Herr Habeck, müssen die Deutschen im Winter frieren?\n"
    assert checked(tmp_path, quote, "habeck", alone) == []
    beside = alone + "\nHabeck: Niemand muss frieren.\n"
    assert checked(tmp_path / "2", quote, "habeck", beside) == []
    assert checked(tmp_path / "3", quote, "habeck", ZEIT.replace("ZEIT:", "SPIEGEL:")) == []


@pytest.mark.parametrize(
    ("source", "quote", "speaker"),
    [
        # one speaker under two labels (a trial of transcripts: she was warned
        # of her own words under the second)
        ("MS. PSAKI: Good afternoon, everyone.\n\nQ: Is the meeting still on?\n\n"
         "THE PRESS SECRETARY: No, the meeting is on. He looks forward to it.\n",
         "the meeting is on", "psaki"),
        # a newspaper's Q&A: the answer printed unlabelled after the question
        ("Q: Why close the bridge now?\n\nBecause the engineers found cracks in two "
         "of its supports.\n\nQ: And the cyclists?\n\nThey keep a lane of their own.\n",
         "the engineers found cracks in two of its supports", "berg"),
        # a court's record: the witness's answers after the examiner's line
        ("BY GRACE OKAFOR:\n\nQ. Where were you that night?\n\nA. I was at the "
         "warehouse until ten.\n",
         "I was at the warehouse until ten", "berg"),
    ],
)  # fmt: skip
def test_a_speaker_s_own_words_in_these_transcripts_are_not_warned_of(
    tmp_path: Path, source: str, quote: str, speaker: str
) -> None:
    assert checked(tmp_path, quote, speaker, source) == []


def test_a_turn_that_quotes_the_speaker_is_not(tmp_path: Path) -> None:
    """The interviewer quotes Habeck's own words back to him."""
    quote = "Wir werden keine Kohlekraftwerke reaktivieren"
    assert checked(tmp_path, quote, "habeck", ZEIT, outlet="DIE ZEIT") == []


def test_the_turn_s_speaker_as_reported_by_is_not(tmp_path: Path) -> None:
    extra = "    reported_by: zeit\n"
    quote = "müssen die Deutschen im Winter frieren"
    assert checked(tmp_path, quote, "habeck", ZEIT, extra=extra) == []


def test_an_outlet_s_initials_are_its_interviewer_s(tmp_path: Path) -> None:
    """`SZ:` for Süddeutsche Zeitung: the question is its journalist's (she is
    affiliated with the paper), and not the minister's."""
    source = ZEIT.replace("ZEIT:", "SZ:")
    quote = "müssen die Deutschen im Winter frieren"
    assert checked(tmp_path, quote, "reporter", source, outlet="Süddeutsche Zeitung") == []
    problem = only(checked(tmp_path / "2", quote, "habeck", source, outlet="Süddeutsche Zeitung"))
    assert "the turn 'SZ:'" in problem.message
    source = ZEIT.replace("ZEIT:", "Frage:")  # an interviewer's label: hers too
    assert checked(tmp_path / "3", quote, "reporter", source, outlet="Süddeutsche Zeitung") == []


def test_a_briefing_with_it_still_passes(tmp_path: Path) -> None:
    problems = checked(tmp_path, "müssen die Deutschen im Winter frieren", "habeck", ZEIT)
    assert not any(p.is_error for p in problems)


def test_a_second_part_in_the_turn_is_read_when_the_first_is_quoted_there(
    tmp_path: Path,
) -> None:
    """The interviewer quotes Habeck (his words), then asks: the question's
    words, in the same turn, are still another's."""
    quote = "Wir werden keine Kohlekraftwerke reaktivieren … Gilt das noch"
    source = ZEIT.replace("Gilt das noch?", "Gilt das noch, Herr Minister?")
    problems = checked(tmp_path, quote, "habeck", source, outlet="DIE ZEIT")
    assert "quote-in-another-turn" in [p.code for p in problems]


def test_a_speaker_that_names_no_actor_is_said_once(tmp_path: Path) -> None:
    """An unknown speaker is an error; its quote is not compared with labels."""
    problems = checked(tmp_path, "will the President veto the bill", "nobody", BRIEFING_ROOM)
    assert [p.code for p in problems if not p.is_error] == []
