"""A quote whose source gives its quotation to someone else (quote-said-by-other).

A fact-checker's trial planted `I would rather wait for the full data`,
given to Sande, from a wire story that reads `"I would rather wait for the
full data before we change the label," Aasen said. Sande disagreed: "…"`;
`check` said nothing. Each plant here has the sound cases beside it that
must stay quiet: the speaker named by surname, alias or pronoun, the
reported_by named, an attribution in another sentence, a quotation within
a quotation, a press release, an affiliated spokesperson.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import briefing_files, check, write_folder

from briefing.records.problems import Problem

#: A wire story of the kind the trial used.
WIRE = """\
OSLO, March 3 (Reuters) - Norway will not change the warning label on the \
diabetes drug Glucora until a second safety study is complete, Health Minister \
Kari Aasen said on Tuesday.

"I would rather wait for the full data before we change the label," Aasen said. \
Sande disagreed: "Every week we wait, patients take a drug whose risks nobody \
told them about."

Ola Sande, the opposition Labour Party's health spokesman, said the ministry had \
known of the reports since January. "The minister has had the figures for two \
months and done nothing with them," he said.

"We are reviewing 41 reports of pancreatitis, and we expect the study in May," \
said Ingrid Lund, a spokeswoman for the Norwegian Medicines Agency.

According to Lund, "no causal link has been established so far in any of the cases."

The agency said in a statement: "Patients should not stop taking Glucora \
without talking to their doctor first."

Aasen read out a letter from Sande's office. "Any change to the label must wait \
for a full review of the data," Aasen said, quoting the letter.

Lund would not give a date. "The review will take as long as it takes." Aasen \
said on Wednesday she would meet the agency's director.

"She told me 'the label is wrong and everyone at the ministry knows it'," \
Sande said of a former ministry adviser.

"Glucora has been used safely by more than 200,000 patients," chief executive \
Lars Holm told reporters in Bergen, adding that Nordavia stood by the drug.

"We cannot rule anything out at this stage," the health minister said.
"""

ACTORS = """\
actors:
  - id: aasen
    name: Kari Aasen
    kind: person
    aliases: [the health minister]
  - id: sande
    name: Ola Sande
    kind: person
  - id: agency
    name: Norwegian Medicines Agency
    kind: organisation
  - id: lund
    name: Ingrid Lund
    kind: person
    affiliations: [agency]
  - id: nordavia
    name: Nordavia
    kind: organisation
  - id: holm
    name: Lars Holm
    kind: person
"""

BRIEFING = """\
briefing:
  id: b
  title: T
  as_of: 2024-03-10
sources:
  - id: wire
    title: Norway holds off on Glucora label change
    text: sources/wire.txt
{actors}events:
  - id: e
    title: E
    when: 2024-03-05
    sources: [wire]
quotes:
  - id: q
    text: "{text}"
    speaker: {speaker}
    source: wire
{extra}"""


def checked(
    tmp_path: Path,
    text: str,
    speaker: str,
    extra: str = "",
    source: str = WIRE,
    actors: str = ACTORS,
) -> list[Problem]:
    yaml = BRIEFING.format(actors=actors, text=text, speaker=speaker, extra=extra)
    files = briefing_files(**{"briefing.yaml": yaml, "sources/wire.txt": source})
    del files["sources/s.txt"]
    return check(write_folder(tmp_path / "b", files))


def said_by_other(problems: list[Problem]) -> Problem:
    assert [p.code for p in problems] == ["quote-said-by-other"], [str(p) for p in problems]
    (problem,) = problems
    assert problem.severity.value == "warning"
    return problem


def test_the_trials_plant_is_warned_of(tmp_path: Path) -> None:
    problem = said_by_other(checked(tmp_path, "I would rather wait for the full data", "sande"))
    assert "'Kari Aasen' (aasen)" in problem.message
    assert "this quote gives them to 'Ola Sande'" in problem.message
    assert 'the label," Aasen said.' in problem.message
    assert problem.hint is not None
    assert "speaker: aasen" in problem.hint
    assert "reported_by: aasen" in problem.hint
    assert (problem.line, problem.column) == (37, 11)


def test_the_same_words_given_to_their_speaker_pass(tmp_path: Path) -> None:
    assert checked(tmp_path, "I would rather wait for the full data", "aasen") == []


def test_words_given_by_a_colon_before_the_quotation_are_read(tmp_path: Path) -> None:
    """`Sande disagreed: "…"`: Sande's words given to Aasen."""
    text = "Every week we wait, patients take a drug"
    problem = said_by_other(checked(tmp_path, text, "aasen"))
    assert "'Ola Sande' (sande)" in problem.message
    assert "Sande disagreed:" in problem.message
    assert checked(tmp_path / "own", text, "sande") == []


def test_said_before_the_name_and_an_apposition_are_read(tmp_path: Path) -> None:
    """`"…," said Ingrid Lund, a spokeswoman for …`."""
    text = "we expect the study in May"
    problem = said_by_other(checked(tmp_path, text, "aasen"))
    assert "'Ingrid Lund' (lund)" in problem.message


def test_a_spokeswoman_speaks_for_her_organisation(tmp_path: Path) -> None:
    assert checked(tmp_path, "we expect the study in May", "agency") == []
    assert checked(tmp_path / "lund", "we expect the study in May", "lund") == []


def test_according_to_is_an_attribution(tmp_path: Path) -> None:
    text = "no causal link has been established so far"
    problem = said_by_other(checked(tmp_path, text, "sande"))
    assert "'Ingrid Lund' (lund)" in problem.message
    assert "According to Lund" in problem.message
    assert checked(tmp_path / "agency", text, "agency") == []


def test_a_pronoun_says_nothing(tmp_path: Path) -> None:
    """`"…," he said`: Sande's words, which the checker cannot tell from a
    pronoun, given to Aasen pass (a known miss, not a false alarm)."""
    text = "The minister has had the figures for two months"
    assert checked(tmp_path, text, "sande") == []
    assert checked(tmp_path / "aasen", text, "aasen") == []


def test_a_name_the_briefing_does_not_know_says_nothing(tmp_path: Path) -> None:
    """`The agency said in a statement: "…"`: no actor is named `the agency`."""
    text = "Patients should not stop taking Glucora"
    assert checked(tmp_path, text, "aasen") == []


def test_an_alias_names_its_actor(tmp_path: Path) -> None:
    """`"…," the health minister said`: Aasen's alias."""
    text = "We cannot rule anything out at this stage"
    assert checked(tmp_path, text, "aasen") == []
    problem = said_by_other(checked(tmp_path / "sande", text, "sande"))
    assert "'Kari Aasen' (aasen)" in problem.message


def test_the_reported_by_may_be_the_one_named(tmp_path: Path) -> None:
    """`"…," Aasen said, quoting the letter`: Sande's office's words, relayed by
    Aasen; with no reported_by, the warning's hint names it."""
    text = "Any change to the label must wait for a full review of the data"
    assert checked(tmp_path, text, "sande", "    reported_by: aasen\n") == []
    problem = said_by_other(checked(tmp_path / "bare", text, "sande"))
    assert problem.hint is not None and "reported_by: aasen" in problem.hint


def test_a_name_in_the_next_sentence_is_not_read(tmp_path: Path) -> None:
    """`"The review will take as long as it takes." Aasen said on Wednesday …`:
    the quotation ends its sentence; the next one is Aasen's own."""
    assert checked(tmp_path, "The review will take as long as it takes", "lund") == []


def test_a_quotation_within_a_quotation_is_left_to_its_own_warning(tmp_path: Path) -> None:
    """`"She told me '…'," Sande said of a former ministry adviser`: the inner
    quotation is not Sande's, and quotation-within-quotation says so."""
    text = "the label is wrong and everyone at the ministry knows it"
    problems = checked(tmp_path, text, "aasen")
    assert [p.code for p in problems] == ["quotation-within-quotation"]
    assert checked(tmp_path / "relayed", text, "aasen", "    reported_by: sande\n") == []


def test_a_chief_executive_not_affiliated_is_someone_else(tmp_path: Path) -> None:
    text = "Glucora has been used safely by more than 200,000 patients"
    problem = said_by_other(checked(tmp_path, text, "nordavia"))
    assert "'Lars Holm' (holm)" in problem.message
    affiliated = ACTORS.replace(
        "name: Lars Holm\n", "name: Lars Holm\n    affiliations: [nordavia]\n"
    )
    assert checked(tmp_path / "affiliated", text, "nordavia", actors=affiliated) == []


def test_a_press_release_is_its_publishers_throughout(tmp_path: Path) -> None:
    """A source whose outlet is the speaker: the release quotes Holm, and every
    word of it is Nordavia's."""
    release = '"Glucora has been used safely by more than 200,000 patients," said Lars Holm.\n'
    yaml_extra = "    outlet: Nordavia\n"
    text = "Glucora has been used safely by more than 200,000 patients"
    yaml = BRIEFING.format(actors=ACTORS, text=text, speaker="nordavia", extra="").replace(
        "    text: sources/wire.txt\n", "    text: sources/wire.txt\n" + yaml_extra
    )
    files = briefing_files(**{"briefing.yaml": yaml, "sources/wire.txt": release})
    del files["sources/s.txt"]
    assert check(write_folder(tmp_path / "b", files)) == []


#: The trial's quote, and the words it stands in.
WAIT = "I would rather wait for the full data"


@pytest.mark.parametrize(
    "source",
    [
        f'"{WAIT}," said Health Minister Kari Aasen.',
        f'"{WAIT}," Kari Aasen, the health minister, said.',
        f'"{WAIT}," the minister, Kari Aasen, said.',
        f'"{WAIT}," Aasen told reporters in Oslo.',
        f'"{WAIT}", Aasen said.',
        f'"{WAIT}," Mr. Aasen said.',
        f'"{WAIT}," according to Aasen.',
        f'Aasen said on Tuesday: "{WAIT}."',
        f'In a statement, Aasen said: "{WAIT}."',
        f'Said Aasen: "{WAIT}."',
        f'Aasen, 54, said: "{WAIT}."',
        f'"We have seen the first results," Aasen said, "but {WAIT}."',
    ],
)
def test_the_attributions_of_wire_copy_are_read(tmp_path: Path, source: str) -> None:
    problems = checked(tmp_path, WAIT, "sande", source=source)
    assert "'Kari Aasen' (aasen)" in said_by_other(problems).message
    assert checked(tmp_path / "own", WAIT, "aasen", source=source) == []


@pytest.mark.parametrize(
    "source",
    [
        f'"{WAIT}," she said, and Aasen agreed.',
        f'"{WAIT}," and Aasen said that was wrong.',
        f'"{WAIT}," Jonas Berg said.',
        f'After meeting Aasen on Tuesday, she said: "{WAIT}."',
        f'Sande, responding to Aasen, said: "{WAIT}."',
        f'"{WAIT}," Aasen and Sande said in a joint statement.',
        f'The report, which Aasen said was flawed, concluded: "{WAIT}."',
        f'Aasen spoke first.\n\n"{WAIT}," Sande said.',
        f'"{WAIT}," Aasen\'s office said.',
        f'"{WAIT}," the report that Aasen commissioned said.',
        f'"{WAIT}," a spokesman for Aasen said.',
        f'"{WAIT}," said a source close to Aasen.',
        f'"{WAIT}," Sande told Aasen.',
        f'"{WAIT}," Sande said in an interview with Aasen.',
        f'In a letter to Aasen, Sande wrote: "{WAIT}."',
        f'Asked about Aasen\'s plan, Sande said: "{WAIT}."',
    ],
)
def test_other_names_near_the_quotation_are_not_its_attribution(
    tmp_path: Path, source: str
) -> None:
    assert checked(tmp_path, WAIT, "sande", source=source) == []


def test_a_briefing_in_another_language_is_not_read(tmp_path: Path) -> None:
    source = '"I would rather wait for the full data," Aasen said.'
    yaml_language = "  title: T\n  language: nb\n"
    yaml = BRIEFING.format(
        actors=ACTORS, text="I would rather wait for the full data", speaker="sande", extra=""
    ).replace("  title: T\n", yaml_language, 1)
    files = briefing_files(**{"briefing.yaml": yaml, "sources/wire.txt": source})
    del files["sources/s.txt"]
    assert check(write_folder(tmp_path / "b", files)) == []


#: A French wire story (language: fr).
DEPECHE = """\
« Je préfère attendre les données complètes avant de changer la notice », a déclaré \
Kari Aasen mardi. Selon Ola Sande, « chaque semaine d'attente expose les patients à \
un risque qu'on ne leur a jamais expliqué ».

« Nous examinons 41 signalements, a précisé Ingrid Lund, et nous attendons l'étude \
en mai. »

« Le ministre a les chiffres depuis deux mois », a-t-il ajouté.

Kari Aasen a répondu : « Aucune décision ne sera prise sans l'avis de l'agence. »
"""


def checked_fr(tmp_path: Path, text: str, speaker: str) -> list[Problem]:
    yaml = BRIEFING.format(actors=ACTORS, text=text, speaker=speaker, extra="").replace(
        "  title: T\n", "  title: T\n  language: fr\n", 1
    )
    files = briefing_files(**{"briefing.yaml": yaml, "sources/wire.txt": DEPECHE})
    del files["sources/s.txt"]
    return check(write_folder(tmp_path / "b", files))


@pytest.mark.parametrize(
    ("text", "other", "own"),
    [
        ("Je préfère attendre les données complètes", "aasen", "aasen"),  # », a déclaré X
        ("chaque semaine d'attente expose les patients", "sande", "sande"),  # Selon X, « … »
        ("et nous attendons l'étude en mai", "lund", "agency"),  # « …, a précisé X, … »
        ("Aucune décision ne sera prise", "aasen", "aasen"),  # X a répondu : « … »
    ],
)
def test_a_french_briefing_reads_the_french_attributions(
    tmp_path: Path, text: str, other: str, own: str
) -> None:
    wrong = "holm"
    problem = said_by_other(checked_fr(tmp_path, text, wrong))
    assert f"({other})" in problem.message
    assert checked_fr(tmp_path / "own", text, own) == []


def test_a_french_pronoun_says_nothing(tmp_path: Path) -> None:
    """`« … », a-t-il ajouté`: nobody the checker can name."""
    assert checked_fr(tmp_path, "Le ministre a les chiffres depuis deux mois", "holm") == []


@pytest.mark.parametrize(
    ("source", "warned"),
    [
        ("« Nous irons jusqu'au bout », a déclaré Kari Aasen devant Ola Sande.", True),
        ("« Nous irons jusqu'au bout », selon un proche de Kari Aasen.", False),
        ("Interrogée par Kari Aasen, Ola Sande a répondu : « Nous irons jusqu'au bout ».", False),
        ("« Nous irons jusqu'au bout, a déclaré Ola Sande, car c'est notre devoir »", False),
    ],
)
def test_french_names_near_the_verb(tmp_path: Path, source: str, warned: bool) -> None:
    yaml = BRIEFING.format(
        actors=ACTORS, text="Nous irons jusqu'au bout", speaker="sande", extra=""
    ).replace("  title: T\n", "  title: T\n  language: fr\n", 1)
    files = briefing_files(**{"briefing.yaml": yaml, "sources/wire.txt": source})
    del files["sources/s.txt"]
    problems = check(write_folder(tmp_path / "b", files))
    assert [p.code for p in problems] == (["quote-said-by-other"] if warned else [])


@pytest.mark.parametrize(
    "source",
    [
        # the last clause's subject speaks, not whom an opening clause names
        'Asked whether Sande was right to demand a withdrawal, Aasen said: "I understand '
        'the worry of every patient."\n',
        'Told that Sande had called for her resignation, Aasen said: "I understand the '
        'worry of every patient."\n',
    ],
)
def test_an_asked_or_told_clause_before_the_speaker_names_no_one_s_words(
    tmp_path: Path, source: str
) -> None:
    """`Asked whether Sande …, Aasen said: "…"` gave the words to Sande (a review)."""
    quote = "I understand the worry of every patient"
    assert checked(tmp_path, quote, "aasen", source=source) == []
    said_by_other(checked(tmp_path / "wrong", quote, "sande", source=source))


def test_reported_speech_after_a_question_is_no_attribution_of_it(tmp_path: Path) -> None:
    """`"Why should patients wait?" Aasen replied that …` gave Sande's question
    to Aasen (a review); `"Why wait?" Aasen asked.` still gives it to him."""
    source = (
        'Sande asked at the hearing: "Why should patients wait for the agency?" Aasen '
        "replied that the agency needed time.\n"
    )
    quote = "Why should patients wait for the agency?"
    assert checked(tmp_path, quote, "sande", source=source) == []
    said_by_other(checked(tmp_path / "wrong", quote, "aasen", source=source))
    asked = '"Why should patients wait for the agency?" Aasen asked the committee.\n'
    said_by_other(checked(tmp_path / "asked", quote, "sande", source=asked))


def test_an_apposition_that_asks_about_another_names_the_speaker(tmp_path: Path) -> None:
    """`Aasen, asked whether Sande was right about the delay, said: "…"` gave the
    words to Sande (the second review)."""
    source = (
        'Aasen, asked whether Sande was right about the delay, said: "We will wait for '
        'the full data from every trial."\n'
    )
    quote = "We will wait for the full data from every trial"
    assert checked(tmp_path, quote, "aasen", source=source) == []
    said_by_other(checked(tmp_path / "wrong", quote, "sande", source=source))


def test_said_that_evening_is_an_attribution(tmp_path: Path) -> None:
    """`"…," Aasen said that evening.` was read as reported speech, and the
    words given to Sande passed (the second review)."""
    source = '"The drug is safe for every patient who takes it," Aasen said that evening.\n'
    said_by_other(checked(tmp_path, "The drug is safe for every patient", "sande", source=source))


#: Reported speech with a few words quoted, run into the sentence: news copy's
#: commonest way of quoting.
RUN_IN = """\
The Norwegian Medicines Agency says the label is "accurate for now" and will \
not change it before May.

Aasen said Sande's proposal was "a shortcut around the science", and Sande \
said that the ministry was "hiding behind the study".

Critics of the ministry said the delay was "a scandal". Sande's office said \
the ministry was "stalling", and Aasen's letter said the review was "thorough".
"""


def test_a_few_words_quoted_in_reported_speech_are_read(tmp_path: Path) -> None:
    """`The Local Government Association says the plan is "dead on arrival"`,
    given to the minister an interviewer put it to, and a judgment's `Lord
    Bridge said that the law should develop "…"`, given to the judge, passed:
    only an attribution ending in a colon or a comma before the mark was read
    (a review)."""
    agency = checked(tmp_path / "a", "accurate for now", "aasen", source=RUN_IN)
    assert "'Norwegian Medicines Agency' (agency)" in said_by_other(agency).message
    assert checked(tmp_path / "a2", "accurate for now", "agency", source=RUN_IN) == []
    shortcut = checked(tmp_path / "b", "a shortcut around the science", "sande", source=RUN_IN)
    assert "'Kari Aasen' (aasen)" in said_by_other(shortcut).message
    assert checked(tmp_path / "b2", "a shortcut around the science", "aasen", source=RUN_IN) == []
    hiding = checked(tmp_path / "c", "hiding behind the study", "aasen", source=RUN_IN)
    assert "'Ola Sande' (sande)" in said_by_other(hiding).message
    assert checked(tmp_path / "c2", "hiding behind the study", "sande", source=RUN_IN) == []
    # an unknown subject names no one, whoever the words are given to; nor
    # does one's office; one's letter is one's own words
    assert checked(tmp_path / "d", "a scandal", "sande", source=RUN_IN) == []
    assert checked(tmp_path / "e", "stalling", "aasen", source=RUN_IN) == []
    letter = checked(tmp_path / "f", "thorough", "sande", source=RUN_IN)
    assert "'Kari Aasen' (aasen)" in said_by_other(letter).message


def test_a_body_s_whole_name_is_not_a_person_s_by_a_word_of_it(tmp_path: Path) -> None:
    """`the Environment Agency's assessment said …` was read as the words of a
    `Secretary of State for Environment`, by the one word of the Agency's name
    that ends the person's (a review's hearing)."""
    actors = ACTORS.replace(
        "  - id: holm\n",
        "  - id: secretary\n    name: Secretary of State for Environment\n    kind: person\n"
        "  - id: ea\n    name: Environment Agency\n    kind: organisation\n  - id: holm\n",
    )
    words = "safe when used as directed"
    source = f'The Environment Agency\'s assessment said the drug was "{words}".\n'
    assert checked(tmp_path / "a", words, "ea", source=source, actors=actors) == []
    problem = said_by_other(checked(tmp_path / "b", words, "aasen", source=source, actors=actors))
    assert "'Environment Agency' (ea)" in problem.message


@pytest.mark.parametrize(
    ("sentence", "words", "speaker"),
    [
        ('Sande disagreed with Aasen that the delay was "unavoidable".', "unavoidable", "aasen"),
        ('Sande replied to the charge that he was "playing politics".', "playing politics", "x"),
        ('Aasen answered Sande\'s charge that it was "asleep at the wheel".', "asleep at", "sande"),
        ('Aasen countered Sande\'s claim that the ministry was "asleep".', "asleep", "sande"),
        ('Sande objected to Aasen calling him "a populist".', "a populist", "aasen"),
        ('Aasen told MPs after Sande called it "cruel" that she would stay.', "cruel", "sande"),
        ('Sande was told by Aasen that the plan was "dead in the water".', "dead in the", "aasen"),
        ('Aasen said the plan Sande had described as "reckless" was sound.', "reckless", "sande"),
        (
            "The Norwegian Medicines Agency's review of Aasen's decision said it was \"wrong\".",
            "wrong",
            "agency",
        ),
        ('After reading Aasen\'s report Sande said it was "a whitewash".', "a whitewash", "sande"),
    ],
)
def test_words_run_into_a_sentence_about_someone_else_s_are_not_read_as_its_subject_s(
    tmp_path: Path, sentence: str, words: str, speaker: str
) -> None:
    """A review's false alarms of the run-in reading: the words between the
    verb and the quotation named another, or were another's claim, or the verb
    was passive; a name's document mid-subject is not the subject's."""
    source = f'"We will publish the figures in full next week," Holm said.\n\n{sentence}\n'
    if speaker == "x":  # the charge is an unnamed person's: given to Aasen, nothing is said
        speaker = "aasen"
    assert checked(tmp_path, words, speaker, source=source) == []


@pytest.mark.parametrize(
    ("sentence", "words", "whose"),
    [
        ('Aasen told Sande the plan was "not negotiable".', "not negotiable", "Kari Aasen"),
        ('Aasen said Sande\'s plan was "reckless".', "reckless", "Kari Aasen"),
        ('Mr. Aasen told the U.S. ambassador the deal was "dead".', "dead", "Kari Aasen"),
        ('Aasen said on Tuesday the label was "accurate".', "accurate", "Kari Aasen"),
    ],
)
def test_a_listener_a_possessive_a_date_leave_the_subject_the_speaker(
    tmp_path: Path, sentence: str, words: str, whose: str
) -> None:
    source = f'"We will publish the figures in full next week," Holm said.\n\n{sentence}\n'
    problem = said_by_other(checked(tmp_path, words, "sande", source=source))
    assert f"'{whose}'" in problem.message
    assert checked(tmp_path / "own", words, "aasen", source=source) == []
