"""Where a found quote stands in its source, and what its marks leave out.

A desk editor's trial planted 19 falsifications in a briefing, and `check`
gave 0 errors and 2 warnings: elisions that dropped "not" or joined two
speakers, a reporter's sentence given to a speaker, a quotation inside a
quotation, a quote across a paragraph break, insertions that turned "not"
round. Each case here is one plant of that trial (the `HERALD` and `RADIO`
texts are its sources), with the sound case beside it that must stay quiet.
All are warnings: the contract accepts every one of these quotes.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import BASE_FILES, briefing_files, check, write_folder

from briefing.cli.commands import main
from briefing.records.problems import Problem

BASE = str(BASE_FILES["briefing.yaml"])
#: Where the base briefing's quote text stands.
TEXT_LINE, TEXT_COLUMN = 20, 11

#: The planted briefing's sources (tests/planted/): a news report, and a
#: radio transcript of one paragraph a line, without quotation marks.
PLANTED = Path(__file__).resolve().parent / "planted"
HERALD = (PLANTED / "halden-herald.txt").read_text(encoding="utf-8")
RADIO = (PLANTED / "halden-radio.txt").read_text(encoding="utf-8")


def checked(
    tmp_path: Path, quote: str, source: str, extra: str = "", language: str = ""
) -> list[Problem]:
    """The problems of the base briefing whose one quote is `quote` of the source text `source`;
    `extra`: fields added to the quote; `language`: the briefing's."""
    escaped = quote.replace("\\", "\\\\").replace('"', '\\"')
    text = BASE.replace("text: hello world", f'text: "{escaped}"').replace(
        "    source: s\n", f"    source: s\n{extra}"
    )
    if language:
        text = text.replace("  title: T\n", f"  title: T\n  language: {language}\n", 1)
    files = briefing_files(**{"briefing.yaml": text, "sources/s.txt": source})
    return check(write_folder(tmp_path / "b", files))


def codes(problems: list[Problem]) -> list[str]:
    return [problem.code for problem in problems]


def only(problems: list[Problem], code: str, line: int = TEXT_LINE) -> Problem:
    """The one problem, of `code`, at the quote's text (a line on where a
    `language` was written)."""
    assert codes(problems) == [code], [str(p) for p in problems]
    (problem,) = problems
    assert (problem.line, problem.column) == (line, TEXT_COLUMN)
    assert problem.severity.value == "warning"
    return problem


# 1. An elision that leaves out only a word or two


def test_an_elision_leaving_out_only_not_is_warned_of_as_a_negation(tmp_path: Path) -> None:
    """p6: "The authority will … accept" for "will not accept"."""
    quote = "The authority will … accept any deal that ruins the port"
    problem = only(checked(tmp_path, quote, HERALD), "elision-drops-few-words")
    assert "leaves out only 'not'" in problem.message
    assert "'not' is a negation" in problem.message
    assert "'The authority will not accept any deal" in problem.message


def test_an_elision_of_two_words_is_warned_of(tmp_path: Path) -> None:
    quote = "We said that we … accept any deal"
    source = "We said that we would gladly accept any deal.\n"
    problem = only(checked(tmp_path, quote, source), "elision-drops-few-words")
    assert "leaves out only 'would gladly'" in problem.message
    assert "negation" not in problem.message


def test_an_elision_of_three_words_is_not(tmp_path: Path) -> None:
    source = "We said that we would very gladly accept any deal.\n"
    assert checked(tmp_path, "We said that we … accept any deal", source) == []


def test_an_elision_between_clauses_is_not(tmp_path: Path) -> None:
    """ ", but" left out: the elision stands between clauses (docs/example's
    "safe for people on foot … not for the weight of traffic" is such a one)."""
    quote = "We did not want this strike … the authority left us no choice"
    assert checked(tmp_path, quote, HERALD) == []


def test_outside_english_the_short_elision_is_said_without_the_negation(tmp_path: Path) -> None:
    quote = "The authority will … accept any deal that ruins the port"
    english = checked(tmp_path / "gb", quote, HERALD, language="en-GB")
    assert "negation" in only(english, "elision-drops-few-words", TEXT_LINE + 1).message
    problem = only(
        checked(tmp_path / "nb", quote, HERALD, language="nb"),
        "elision-drops-few-words",
        TEXT_LINE + 1,
    )
    assert "negation" not in problem.message


def test_in_a_script_without_spaces_a_character_counts_as_a_word(tmp_path: Path) -> None:
    source = "我们绝对不会接受这个协议。\n"
    problem = only(
        checked(tmp_path, "我们绝对 … 会接受这个协议", source, language="zh"),
        "elision-drops-few-words",
        TEXT_LINE + 1,
    )
    assert "leaves out only '不'" in problem.message
    assert checked(tmp_path / "3", "我们绝对 … 这个协议", source, language="zh") == []


# 2. An elision that joins two quotations, or two paragraphs


def test_an_elision_joining_two_quotations_is_warned_of(tmp_path: Path) -> None:
    """p5: Berg's quotation and Okafor's reply, given to Berg."""
    quote = "The offer on the table is a good one … The members will decide that for themselves"
    problem = only(checked(tmp_path, quote, HERALD), "elision-joins-passages")
    assert """take it," Berg said. \"""" in problem.message
    assert "close one quotation and open another" in problem.message


def test_an_elision_joining_two_paragraphs_is_warned_of(tmp_path: Path) -> None:
    """p14: Okafor's paragraph joined to the next."""
    quote = "the authority left us no choice … disappointed but not surprised"
    problem = only(checked(tmp_path, quote, HERALD), "elision-joins-passages")
    assert "different paragraphs" in problem.message


def test_an_elision_joining_two_turns_of_a_transcript_is_warned_of(tmp_path: Path) -> None:
    """p15: the host's line and Berg's, in a transcript of one paragraph a line."""
    quote = "The union says your profits have doubled … Profits went into the new container crane"
    problems = checked(tmp_path, quote, RADIO)
    # and the host's words are given to 'a' (quote-in-another-turn: tests/test_quote_turns.py)
    assert codes(problems) == ["elision-joins-passages", "quote-in-another-turn"]
    assert "different lines (in a transcript, different turns)" in problems[0].message


def test_an_elision_within_one_quotation_is_not(tmp_path: Path) -> None:
    quote = "The offer on the table … the members should take it"
    assert checked(tmp_path, quote, HERALD) == []


def test_an_elision_within_a_quotation_that_runs_on_is_not(tmp_path: Path) -> None:
    """English opens each paragraph of a long quotation anew, and closes only the last."""
    source = (
        '"We will fight on the beaches and in the hills.\n\n'
        '"We will give up nothing to anyone at all," he said.\n'
    )
    quote = "We will fight on the beaches … We will give up nothing"
    assert checked(tmp_path, quote, source) == []


# 3. A quote across a paragraph break


def test_a_quote_across_a_paragraph_break_is_warned_of_once(tmp_path: Path) -> None:
    """p8 (its stray quotation mark is not said again as a quote across a quotation)."""
    quote = 'the first time in twelve years. "We did not want this strike'
    problem = only(checked(tmp_path, quote, HERALD), "quote-across-paragraphs")
    assert 'twelve years.␊␊"We did not' in problem.message


def test_a_quote_across_a_transcript_s_lines_is_warned_of(tmp_path: Path) -> None:
    quote = "Is the authority ready to move? HOST: The union says"
    problems = checked(tmp_path, quote, RADIO)
    assert codes(problems) == ["quote-across-paragraphs", "quote-in-another-turn"]  # the host's


# 4. Words outside the source's quotation marks; a quotation in a quotation


@pytest.mark.parametrize(
    "quote",
    [
        "walked off the job on Wednesday morning, halting cargo traffic",  # p2
        "the authority's offer amounts to a pay rise of 2 percent over three years",  # p3
    ],
)
def test_the_report_s_own_words_are_warned_of(tmp_path: Path, quote: str) -> None:
    problem = only(checked(tmp_path, quote, HERALD), "quote-outside-quotation")
    assert quote[:40] in problem.message
    assert "said by 'A'" in problem.message  # the speaker's name, as the reader shows it


@pytest.mark.parametrize(
    "quote",
    [
        "We did not want this strike",
        "an insult to every family on the quay",
        "The authority will not accept any deal that ruins the port.",
        "disappointed but not surprised",
    ],
)
def test_the_words_in_quotation_marks_are_not(tmp_path: Path, quote: str) -> None:
    assert checked(tmp_path, quote, HERALD) == []


#: A wire story whose dateline has a colon, then an interview's transcript.
DATELINE = (
    'BEIJING: The spokesman said on Tuesday that "Washington should stop interfering '
    'in our affairs", after the United States announced new export controls.\n\n'
    '"We will take resolute measures to defend our rights," he told a briefing. '
    "Washington says the controls are aimed at protecting national security.\n\n"
    "Q: Are more controls coming this year?\n\n"
    "A: We are constantly assessing the threat, and we will act if we need to.\n"
)


@pytest.mark.parametrize(
    "quote",
    [
        "after the United States announced new export controls",  # the dateline's paragraph
        "Washington says the controls are aimed at protecting national security",  # the next
    ],
)
def test_a_datelines_paragraphs_are_the_reports_narration(tmp_path: Path, quote: str) -> None:
    """`BEIJING:` read as a speaker's turn left its paragraph, and the ones
    after it up to the transcript's first label, without the warning of words
    outside quotation marks (a trial of transcripts)."""
    problem = only(checked(tmp_path, quote, DATELINE), "quote-outside-quotation")
    assert quote[:30] in problem.message


def test_a_dateline_after_a_headline_is_a_dateline_still(tmp_path: Path) -> None:
    """`OSLO: …` after a headline line read as a turn: its narration given to
    a speaker passed (the review)."""
    source = "Ministry holds off on export rules\n\n" + DATELINE
    quote = "after the United States announced new export controls"
    only(checked(tmp_path, quote, source), "quote-outside-quotation")


def test_a_press_release_s_headings_are_no_speakers_turns(tmp_path: Path) -> None:
    """ "Highlights:" and "Outlook:" made a release read as a transcript, whose
    narration given to its chief executive passed (the review)."""
    source = (
        "Highlights: Revenue rose 12% and the operating margin widened to 18%.\n\n"
        'Outlook: The company expects growth of 6-8% next year. "We are confident in '
        'our plan for the year," the chief executive said.\n'
    )
    quote = "The company expects growth of 6-8% next year"
    only(checked(tmp_path, quote, source), "quote-outside-quotation")


def test_a_transcripts_first_turn_is_a_turn_still(tmp_path: Path) -> None:
    """A label on the first paragraph that names anyone the briefing knows (an
    interviewer, an actor, the outlet) opens a turn, whose words need no
    quotation marks (given to another, quote-in-another-turn says so)."""
    source = DATELINE.replace("BEIJING:", "HOST:", 1)
    found = checked(tmp_path, "after the United States announced new export controls", source)
    assert codes(found) == ["quote-in-another-turn"]  # the host's, not the report's
    assert (
        checked(tmp_path / "own", "Washington should stop interfering in our affairs", DATELINE)
        == []
    )
    # the transcript's own turns after the dateline are turns
    assert checked(tmp_path / "turn", "We are constantly assessing the threat", DATELINE) == []


#: A company's press release: its narration is the company's own words.
RELEASE = (
    'Nordavia expects to file for approval in the first half of next year. "The data '
    'speak for themselves," said Chief Executive Ana Lund.\n'
)


@pytest.mark.parametrize("outlet", ["Nordavia", "Nordavia ASA", "Nordavia press office"])
def test_a_press_release_s_words_are_its_publisher_s(tmp_path: Path, outlet: str) -> None:
    """`outlet: Nordavia` and `speaker: nordavia`: "Nordavia expects to file …"
    was warned of as the report's narration (a fact-checker's trial), and with
    "Nordavia ASA" (the review). Given to its chief executive, the release's
    narration is still not hers."""
    base = BASE.replace(
        "    text: sources/s.txt\n", f"    outlet: {outlet}\n    text: sources/s.txt\n"
    )
    company = "  - id: nordavia\n    name: Nordavia\n    kind: organisation\n"
    lund = "  - id: a2\n    name: Ana Lund\n    kind: person\n    affiliations: [nordavia]\n"
    quote = "Nordavia expects to file for approval"
    for speaker, codes_said in (("nordavia", []), ("a2", ["quote-outside-quotation"])):
        text = (
            base.replace("events:\n", company + lund + "events:\n", 1)
            .replace("text: hello world", f"text: {quote}")
            .replace("speaker: a\n", f"speaker: {speaker}\n")
        )
        files = briefing_files(**{"briefing.yaml": text, "sources/s.txt": RELEASE})
        assert codes(check(write_folder(tmp_path / speaker, files))) == codes_said, speaker


#: A judgment: the judge's narration, and a witness's evidence it quotes.
JUDGMENT = (
    "44. The minister was not told that the estimate rested on a single survey. "
    'Dr Raman said in evidence: "The survey was never meant to carry that weight."\n'
)


def test_a_judgment_credited_to_its_judge_is_his_words_but_not_those_it_quotes(
    tmp_path: Path,
) -> None:
    """A judgment published by its court (`outlet: High Court`), credited to its
    judge: every quote of his own words was warned as the report's narration
    (a trial of long documents: 40 of 40); credited to him, they are his, and
    a witness's quoted evidence given to him is still warned of."""
    judge = "  - id: judge\n    name: Mr Justice Harlow\n    kind: person\n"
    raman = "  - id: raman\n    name: Priya Raman\n    kind: person\n    aliases: [Dr Raman]\n"

    def judged(folder: Path, credits: str, quote: str, speaker: str = "judge") -> list[str]:
        source = f"    outlet: High Court\n{credits}    text: sources/s.txt\n"
        text = (
            BASE.replace("    text: sources/s.txt\n", source)
            .replace("events:\n", judge + raman + "events:\n", 1)
            .replace("text: hello world", f"text: {quote}")
            .replace("speaker: a\n", f"speaker: {speaker}\n")
        )
        files = briefing_files(**{"briefing.yaml": text, "sources/s.txt": JUDGMENT})
        return codes(check(write_folder(folder, files)))

    narration = "The minister was not told that the estimate rested on a single survey"
    assert judged(tmp_path / "a", "", narration) == ["quote-outside-quotation"]
    credited = "    credits: [Mr Justice Harlow]\n"
    assert judged(tmp_path / "b", credited, narration) == []
    evidence = "The survey was never meant to carry that weight"
    assert judged(tmp_path / "c", credited, evidence) == ["quote-said-by-other"]
    # the narration is the judge's, not a witness's
    assert judged(tmp_path / "d", credited, narration, "raman") == ["quote-outside-quotation"]


def test_a_judgment_s_citations_given_to_the_judge_credited_with_it_are_warned_of(
    tmp_path: Path,
) -> None:
    """A judgment credited to its judge, with no `Mr Justice Harlow:` line: the
    words it cites (another judgment's, a witness's its attribution does not
    name) given to the judge passed as his, where docs/format.md says the
    words it quotes are not (a review). His own earlier words are his."""
    judge = "  - id: judge\n    name: Mr Justice Harlow\n    kind: person\n"
    text = (
        'The law develops "incrementally and by analogy with established categories". '
        'As I said in Okonjo, "an employer who knows of a hazard cannot plead surprise".\n'
    )

    def judged(folder: Path, credits: str, quote: str, written: str = text) -> list[Problem]:
        source = f"    outlet: High Court\n{credits}    text: sources/s.txt\n"
        briefing = (
            BASE.replace("    text: sources/s.txt\n", source)
            .replace("events:\n", judge + "events:\n", 1)
            .replace("text: hello world", f"text: {quote}")
            .replace("speaker: a\n", "speaker: judge\n")
        )
        files = briefing_files(**{"briefing.yaml": briefing, "sources/s.txt": written})
        return check(write_folder(folder, files))

    credited = "    credits: [Mr Justice Harlow]\n"
    cited = "incrementally and by analogy with established categories"
    found = judged(tmp_path / "a", credited, cited)
    assert codes(found) == ["quotation-within-quotation"]
    problem = found[0]
    assert "'Mr Justice Harlow' (its credits name them)" in problem.message
    assert problem.hint is not None and "'Mr Justice Harlow' as reported_by" in problem.hint
    own = "an employer who knows of a hazard cannot plead surprise"
    assert judged(tmp_path / "b", credited, own) == []
    # their own earlier words past a long citation, or held: theirs (a review)
    cited_own = (
        "As I said in Caparo Industries plc v Dickman [1990] 2 AC 605 at page 617, "
        '"the law should develop novel categories of negligence incrementally". '
        'In Murphy I held that "the loss suffered is purely economic".\n'
    )
    for words in ("the law should develop novel categories", "the loss suffered is purely"):
        assert judged(tmp_path / words[:12], credited, words, cited_own) == [], words
    # not credited to him: his words are no more his than the court's
    assert codes(judged(tmp_path / "c", "", cited)) == []


def berg_checked(tmp_path: Path, quote: str) -> list[str]:
    """The codes of the base briefing whose actor is Jonas Berg, quoting HERALD."""
    text = BASE.replace("    name: A\n", "    name: Jonas Berg\n").replace(
        "text: hello world", f'text: "{quote}"'
    )
    files = briefing_files(**{"briefing.yaml": text, "sources/s.txt": HERALD})
    return codes(check(write_folder(tmp_path / "b", files)))


def test_one_speaker_s_two_quotations_around_their_name_are_one_person_s(
    tmp_path: Path,
) -> None:
    """`"…, I agreed with her," Berg said. "The authority will not accept …"` given
    to Berg was told it may be two people's words (a fact-checker's trial)."""
    quote = "I agreed with her … The authority will not accept any deal"
    assert berg_checked(tmp_path, quote) == []
    # the second quotation named as another's after it: two people's still
    quote = "a good one … The members will decide that for themselves"
    assert berg_checked(tmp_path / "two", quote) == ["elision-joins-passages"]


def test_a_second_quotation_ending_with_an_exclamation_may_be_another_s(tmp_path: Path) -> None:
    """`"…," Berg said. "It is a scandal!" Okafor shouted`: the second
    quotation is Okafor's; it passed as Berg's (the second review)."""
    source = '"We made a fair offer to the union," Berg said. "It is a scandal!" Okafor shouted.\n'
    text = BASE.replace("    name: A\n", "    name: Jonas Berg\n").replace(
        "text: hello world", 'text: "We made a fair offer to the union … It is a scandal!"'
    )
    files = briefing_files(**{"briefing.yaml": text, "sources/s.txt": source})
    assert "elision-joins-passages" in codes(check(write_folder(tmp_path / "b", files)))


@pytest.mark.parametrize(
    "between",
    [
        '," Berg said. "',
        '," Berg told a news conference at the harbour gate on Tuesday morning. "',
        '," he told MPs. "',  # a pronoun: the same speaker (the second review)
    ],
)
def test_one_speaker_s_quotations_with_a_sentence_after_them_are_one_person_s(
    tmp_path: Path, between: str
) -> None:
    """A sentence after the second quotation was read as its attribution, and a
    longer attribution than eight words as none (a review)."""
    source = (
        f'"We made a fair offer to the union{between}We will not raise it again." '
        "The union will meet on Friday.\n"
    )
    text = BASE.replace("    name: A\n", "    name: Jonas Berg\n").replace(
        "text: hello world", 'text: "We made a fair offer … We will not raise it again"'
    )
    files = briefing_files(**{"briefing.yaml": text, "sources/s.txt": source})
    assert codes(check(write_folder(tmp_path / "b", files))) == []


@pytest.mark.parametrize(
    ("role", "between", "joined"),
    [
        ("daughter", '," her daughter said. "', False),  # a review's obituary
        ("harbour master", '," the harbour master added. "', False),
        ("oceanographer", '," her daughter said. "', True),  # the role is not the speaker's
        ("daughter", '," the minister said. "', True),
        ("son of Margaret Ellery", '," her son said. "', False),
        ("Leader of the Council", '," the council said. "', True),  # the council's words
    ],
)
def test_a_speaker_named_by_their_role_between_two_quotations(
    tmp_path: Path, role: str, between: str, joined: bool
) -> None:
    """`"…," her daughter said. "…"`: the daughter's two sentences were told
    they may be two people's; a role not the speaker's still joins two."""
    source = f'"She was working on a paper until two weeks ago{between}She never really retired."\n'
    text = BASE.replace("    name: A\n", f"    name: Kristin Lunde\n    role: {role}\n", 1).replace(
        "text: hello world", 'text: "She was working on a paper … She never really retired."'
    )
    files = briefing_files(**{"briefing.yaml": text, "sources/s.txt": source})
    found = codes(check(write_folder(tmp_path / "b", files)))
    assert found == (["elision-joins-passages"] if joined else [])


def test_a_source_without_quotation_marks_is_not_read_so(tmp_path: Path) -> None:
    """A transcript, a statement: every word is someone's (the host's words
    given to 'a' are another's turn, not the report's narration)."""
    assert checked(tmp_path, "Profits went into the new container crane", RADIO) == []
    found = checked(tmp_path / "host", "The union says your profits have doubled", RADIO)
    assert codes(found) == ["quote-in-another-turn"]


def test_a_quote_partly_in_a_quotation_is_warned_of(tmp_path: Path) -> None:
    quote = 'the members should take it," Berg said'
    problem = only(checked(tmp_path, quote, HERALD), "quote-across-quotation")
    assert "Berg said" in problem.message


def test_a_quotation_inside_a_quotation_given_to_the_outer_speaker_is_warned_of(
    tmp_path: Path,
) -> None:
    """p4: the minister's words, in single marks inside Berg's quotation."""
    problem = only(
        checked(tmp_path, "a long strike helps nobody", HERALD), "quotation-within-quotation"
    )
    assert "'a long strike helps nobody'" in problem.message
    extra = "    reported_by: a\n"
    relayed = checked(tmp_path / "relayed", "a long strike helps nobody", HERALD, extra)
    assert codes(relayed) == ["reported-by-speaker"]  # its own speaker: the base has one actor


@pytest.mark.parametrize(
    ("source", "quoted", "narrated", "language"),
    [
        (  # guillemets, with the spaces French sets inside them
            "« Nous ne négocierons pas sous la pression », a dit Jonas Berg devant le port.\n",
            "Nous ne négocierons pas",
            "a dit Jonas Berg devant le port",
            "fr",
        ),
        (  # German „…“, and single ‚…‘ inside
            "„Wir werden unter Druck nicht verhandeln“, sagte Jonas Berg vor dem Hafen.\n",
            "Wir werden unter Druck nicht verhandeln",
            "sagte Jonas Berg vor dem Hafen",
            "de",
        ),
        (
            "「我们不会在压力下谈判」，他在港口大门外说。\n",
            "我们不会在压力下谈判",
            "他在港口大门外说",
            "zh",
        ),
        (  # straight marks open and close in turn
            'He said "no" and then "we will see about it" on the quay.\n',
            "we will see about it",
            "and then",
            "",
        ),
    ],
)
def test_quotation_marks_of_other_languages_are_read(
    tmp_path: Path, source: str, quoted: str, narrated: str, language: str
) -> None:
    assert checked(tmp_path / "q", quoted, source, language=language) == []
    found = checked(tmp_path / "n", narrated, source, language=language)
    assert codes(found) == ["quote-outside-quotation"]


@pytest.mark.parametrize(
    "quote",
    [
        "The workers' pay won't do",
        "Berg's offer from the '90s is no offer",
        "pay is too low",
    ],
)
def test_apostrophes_are_no_quotation_marks(tmp_path: Path, quote: str) -> None:
    source = (
        "\"The workers' pay won't do, and Berg's offer from the '90s is no offer,\" she said.\n\n"
        "‘The workers’ pay is too low,’ he said.\n"
    )
    assert checked(tmp_path, quote, source) == []


def test_a_quotation_that_runs_on_into_the_next_paragraph_holds_its_words(tmp_path: Path) -> None:
    source = '"We will fight on the beaches.\n\n"We will never surrender," he said.\n'
    assert checked(tmp_path, "We will fight on the beaches", source) == []
    found = checked(tmp_path / "said", "he said", source)
    assert codes(found) == ["quote-outside-quotation"]


# 5. Negations (English briefings)


def test_a_quote_that_starts_right_after_not_is_warned_of(tmp_path: Path) -> None:
    """p17: "intervene at this stage" from `would "not intervene at this stage"`."""
    problem = only(checked(tmp_path, "intervene at this stage", HERALD), "negation-left-out")
    assert "starts right after 'not'" in problem.message
    assert checked(tmp_path / "whole", "not intervene at this stage", HERALD) == []


def test_a_quote_that_ends_right_before_not_is_warned_of(tmp_path: Path) -> None:
    source = "We will not negotiate under pressure, she said.\n"
    problem = only(checked(tmp_path, "We will", source), "negation-left-out")
    assert "ends right before 'not'" in problem.message


def test_a_quote_after_a_contracted_negation_is_warned_of(tmp_path: Path) -> None:
    source = "We won't negotiate under pressure, she said.\n"
    problem = only(checked(tmp_path, "negotiate under pressure", source), "negation-left-out")
    assert "'won't'" in problem.message


def test_a_negation_behind_punctuation_is_not_beside_the_quote(tmp_path: Path) -> None:
    source = "No, we will negotiate under pressure, she said.\n"
    assert checked(tmp_path, "we will negotiate under pressure", source) == []


def test_an_insertion_that_stands_for_not_is_warned_of(tmp_path: Path) -> None:
    """p13: `We will [gladly] negotiate` for "will not negotiate"."""
    problem = only(
        checked(tmp_path, "We will [gladly] negotiate under pressure", HERALD), "negation-left-out"
    )
    assert "the insertion '[gladly]' stands for 'not'" in problem.message


def test_an_insertion_of_no_word_of_its_own_is_said_once(tmp_path: Path) -> None:
    """p13b: insertion-leaves-out already says it stands for 'will not'."""
    only(checked(tmp_path, "We [will] negotiate under pressure", HERALD), "insertion-leaves-out")


def test_an_insertion_that_adds_not_is_warned_of(tmp_path: Path) -> None:
    """p7: "The offer on the table is [not] a good one"."""
    problem = only(
        checked(tmp_path, "The offer on the table is [not] a good one", HERALD), "negation-added"
    )
    assert "'[not]'" in problem.message
    assert checked(tmp_path / "n", "The offer on the table is [truly] a good one", HERALD) == []


def test_a_part_that_ends_right_before_a_long_elided_negation_is_warned_of(tmp_path: Path) -> None:
    """Not a short elision (four words, and punctuation), but it leaves out "not"."""
    source = "The authority will not, under any circumstances, accept any deal.\n"
    quote = "The authority will … accept any deal"
    problem = only(checked(tmp_path, quote, source), "negation-left-out")
    assert "a part ends right before 'not'" in problem.message


def test_negations_are_read_in_the_languages_the_checker_knows_them_in(tmp_path: Path) -> None:
    """English words in a briefing of another language are not its negations;
    a language without a list (Norwegian here, Japanese) gets none of these."""
    assert checked(tmp_path, "intervene at this stage", HERALD, language="nb") == []
    assert checked(tmp_path / "fr", "intervene at this stage", HERALD, language="fr") == []
    assert codes(checked(tmp_path / "gb", "intervene at this stage", HERALD, language="en-GB")) == [
        "negation-left-out"
    ]


@pytest.mark.parametrize(
    ("language", "source", "quote", "said"),
    [
        # a correspondent's trial in French and German: each passed with nothing said
        ("de", "„Wir akzeptieren das nicht“, sagte er.\n", "Wir akzeptieren das", "'nicht'"),
        ("de", "„Das ist kein Beinbruch“, sagte sie.\n", "Das ist [ein] Beinbruch", "'kein'"),
        ("fr", "« Cette réforme, je ne la fais pas par plaisir », dit-il.\n",
         "Cette réforme, je ne la fais", "'pas'"),
        ("fr", "« Le gouvernement n’a jamais voulu d’un vote », dit-elle.\n",
         "Le gouvernement [a toujours] voulu d’un vote", "'n’a jamais'"),
        ("fr", "« Le gouvernement n’a jamais voulu d’un vote », dit-elle.\n",
         "voulu d’un vote", "'jamais'"),
        ("es", "«No vamos a negociar», dijo.\n", "vamos a negociar", "'No'"),
        ("it", "«Non firmeremo», ha detto.\n", "firmeremo", "'Non'"),
        ("pt", "«Não vamos assinar», disse.\n", "vamos assinar", "'Não'"),
        ("nl", "„We tekenen niet”, zei hij.\n", "We tekenen", "'niet'"),
    ],
)  # fmt: skip
def test_a_negation_left_out_is_warned_of_in_other_languages(
    tmp_path: Path, language: str, source: str, quote: str, said: str
) -> None:
    problems = checked(tmp_path, quote, source, language=language)
    problem = only(problems, "negation-left-out", TEXT_LINE + 1)
    assert said in problem.message


@pytest.mark.parametrize(
    ("language", "source", "quote"),
    [
        # a review: "more than ever", "for ever", a ne that negates nothing
        ("fr", "« Nous sommes plus que jamais déterminés à soutenir l’Ukraine », dit-il.\n",
         "déterminés à soutenir l’Ukraine"),
        ("fr", "« Ce texte restera à jamais gravé dans notre histoire », dit-il.\n",
         "gravé dans notre histoire"),
        ("fr", "« Il faut agir avant qu’il ne soit trop tard », dit-elle.\n",
         "soit trop tard"),
        ("es", "«Estamos más que nunca comprometidos con Ucrania», dijo.\n",
         "comprometidos con Ucrania"),
        ("it", "«Siamo più che mai determinati a sostenere Kiev», ha detto.\n",
         "determinati a sostenere Kiev"),
        ("pt", "«Estamos mais do que nunca empenhados na paz», disse.\n",
         "empenhados na paz"),
    ],
)  # fmt: skip
def test_an_idiom_that_holds_a_negations_word_is_none(
    tmp_path: Path, language: str, source: str, quote: str
) -> None:
    problems = checked(tmp_path, quote, source, language=language)
    assert "negation-left-out" not in codes(problems), [str(p) for p in problems]


@pytest.mark.parametrize(
    ("language", "source", "quote"),
    [
        ("en", '"We will get it done without raising taxes," she said.\n', "We will get it done"),
        ("fr", "« Nous le ferons sans augmenter les impôts », dit-elle.\n", "Nous le ferons"),
        ("de", "„Wir schaffen das ohne neue Steuern“, sagte sie.\n", "Wir schaffen das"),
    ],
)
def test_without_right_after_a_quote_is_no_negation_left_out(
    tmp_path: Path, language: str, source: str, quote: str
) -> None:
    """ "We will get it done" before "without raising taxes" says less, not the
    opposite (a trial of transcripts); "without" right before a quote still is."""
    problems = checked(tmp_path, quote, source, language=language)
    assert "negation-left-out" not in codes(problems), [str(p) for p in problems]


@pytest.mark.parametrize(
    "source",
    [
        "Nordavia will file no later than December.\n",
        "Nordavia will file no more than two applications.\n",
        "Nordavia will file not only in Europe but in Asia.\n",
    ],
)
def test_no_later_than_after_a_quote_is_no_negation_left_out(tmp_path: Path, source: str) -> None:
    """ "Nordavia will file" before "no later than December" says when, not the
    opposite (a fact-checker's trial); before "no application" it is."""
    assert checked(tmp_path, "Nordavia will file", source) == []
    for number, negated in enumerate(
        ("Nordavia will file no application this year.\n", "Nordavia will file no longer.\n")
    ):
        only(checked(tmp_path / f"no{number}", "Nordavia will file", negated), "negation-left-out")


def test_a_negation_one_word_before_the_quote_is_warned_of(tmp_path: Path) -> None:
    """ "customers pull back" from "We have not seen customers pull back": the
    negation two words back passed (a fact-checker's trial)."""
    source = '"We have not seen customers pull back because of tariffs," she said.\n'
    problem = only(checked(tmp_path, "customers pull back because of tariffs", source),
                   "negation-left-out")  # fmt: skip
    assert "starts right after 'not seen'" in problem.message
    for number, (quote, sound) in enumerate(
        [
            ("customers pull back because of tariffs",
             '"Not only have we seen customers pull back because of tariffs," she said.\n'),
            ("about money, it is about respect",
             '"It is not just about money, it is about respect."\n'),
            ("customers pull back because of tariffs",
             '"We have not, so far, seen customers pull back because of tariffs."\n'),
            # "no" with its noun (the review)
            ("that the drug works for most patients",
             '"There is no question that the drug works for most patients."\n'),
            ("that we want a deal by Friday", '"It is no secret that we want a deal by Friday."\n'),
        ]
    ):  # fmt: skip
        found = codes(checked(tmp_path / f"sound{number}", quote, sound))
        assert "negation-left-out" not in found, sound


@pytest.mark.parametrize(
    ("quote", "source"),
    [  # the second review: a noun that is denied, not a clause it opens
        (
            "deal with Nordavia over the price",
            "There was no secret deal with Nordavia over the price.\n",
        ),
        ("drug for heart failure", "It is no wonder drug for heart failure.\n"),
    ],
)
def test_no_before_a_noun_the_quote_starts_with_is_a_negation(
    tmp_path: Path, quote: str, source: str
) -> None:
    only(checked(tmp_path, quote, source), "negation-left-out")


def test_a_negation_added_is_warned_of_in_french(tmp_path: Path) -> None:
    source = "« La réforme est une bonne réforme », dit-il.\n"
    quote = "La réforme [n’]est [pas] une bonne réforme"
    problems = checked(tmp_path, quote, source, language="fr")
    assert "negation-added" in codes(problems), [str(p) for p in problems]


def test_french_guillemets_close_the_quote_before_the_words_after(tmp_path: Path) -> None:
    """`» sans hésiter`: the closing guillemet, after its no-break space, ends the
    speaker's words; the reporter's "sans" after it is no part of them."""
    source = "« Nous irons jusqu’au bout\u202f» sans hésiter, a dit Berger.\n"
    assert checked(tmp_path, "Nous irons jusqu’au bout", source, language="fr") == []
    source = "« Non\u202f» nous irons jusqu’au bout, a dit Berger.\n"
    problems = checked(tmp_path / "non", "nous irons jusqu’au bout", source, language="fr")
    assert "negation-left-out" not in codes(problems)


def test_a_briefing_with_these_warnings_still_passes(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Warnings, not errors: `check` exits 0 and says them."""
    checked(tmp_path, "intervene at this stage", HERALD)
    assert main(["check", str(tmp_path / "b")]) == 0
    out = capsys.readouterr().out
    assert "warning[negation-left-out]" in out
    assert out.strip().endswith("0 errors, 1 warning in 1 file; 1 briefing checked")


def test_a_negation_outside_the_quotation_marks_is_beside_the_quote(tmp_path: Path) -> None:
    """The report's `would not "intervene"`: the quotation starts after "not"; a
    closing mark after the negation stands between (`said "no" and then`)."""
    source = 'Sand said the government would not "intervene at this stage" today.\n'
    problem = only(checked(tmp_path, "intervene at this stage", source), "negation-left-out")
    assert "starts right after 'not'" in problem.message
    source = 'He said "no" and then "we will see about it" on the quay.\n'
    assert codes(checked(tmp_path / "closed", "and then", source)) == ["quote-outside-quotation"]


def test_an_interview_s_answers_after_a_speaker_s_label_are_the_speaker_s(tmp_path: Path) -> None:
    """An interview printed as questions and answers, its title in quotation marks."""
    source = (
        'Berg spoke to "Halden Morning" on Thursday, calling the talks "a waste of '
        "everyone's time\".\n\n"
        "Q: Will the authority move?\n\n"
        "Jonas Berg: We made a fair offer, and the members know that.\n\n"
        "They will decide what comes next, and soon.\n"  # his answer goes on
    )
    assert checked(tmp_path, "We made a fair offer", source) == []
    assert checked(tmp_path / "on", "They will decide what comes next", source) == []
    found = checked(tmp_path / "intro", "Berg spoke to", source)
    assert codes(found) == ["quote-outside-quotation"]


@pytest.mark.parametrize(
    ("source", "quote"),
    [
        # British papers run a quotation on with a curly single mark
        (
            "Anna Berg said: ‘We did not want this strike. The authority gave us no choice.\n\n"
            "‘We will stay out until they talk.’\n",
            "The authority gave us no choice",
        ),
        # a White House transcript's labels, and an answer's next paragraph
        (
            'MS. PSAKI: The President has said "diplomacy first" many times over.\n\n'
            "SECRETARY OF STATE ANTONY BLINKEN: We remain ready to talk.\n\n"
            "And we will keep that door open for as long as it takes.\n",
            "we will keep that door open",
        ),
        # a statement with one scare quote, a decade, no one quoted
        (
            'The ministry rejects the so-called "peace plan" of the union. It calls for '
            "a return to work in the ‘90s spirit.\n",
            "It calls for a return to work",
        ),
        # a plural's apostrophe does not close a quotation inside a quotation
        (
            "\"I have said 'no' before, and I will say it again: the bosses' offer is an "
            'insult," Berg said.\n',
            "and I will say it again",
        ),
    ],
)
def test_ordinary_news_copy_raises_no_quotation_warning(
    tmp_path: Path, source: str, quote: str
) -> None:
    """A review's realistic texts each drew a false `quote-outside-quotation` or
    `quotation-within-quotation`."""
    assert checked(tmp_path, quote, source) == []


def test_narration_after_a_name_and_said_is_no_transcript_label(tmp_path: Path) -> None:
    """`Anna Berg said:` was read as a speaker's label, and the paragraph's
    narration never warned of (a review)."""
    source = (
        'Anna Berg said: the offer was final. "We will not move again on pay, '
        'not this year," she added.\n'
    )
    found = checked(tmp_path, "the offer was final", source)
    assert codes(found) == ["quote-outside-quotation"]


def test_a_quote_that_ends_a_sentence_ends_before_no_negation(tmp_path: Path) -> None:
    source = '"We will win this strike." Not everyone on the quay agrees.\n'
    assert checked(tmp_path, 'We will win this strike."', source) == []


def test_a_paragraph_that_closes_a_quotation_opened_before_it_holds_its_words(
    tmp_path: Path,
) -> None:
    """A long quotation not opened anew in its next paragraph: that paragraph's
    first mark, after a word and before a space, closes it."""
    source = '"We will fight on the beaches\n\nand we will win in the end," he said.\n'
    assert checked(tmp_path, "and we will win in the end", source) == []
    assert codes(checked(tmp_path / "said", "he said", source)) == ["quote-outside-quotation"]


def test_a_negation_on_the_line_before_in_a_text_of_a_paragraph_a_line(tmp_path: Path) -> None:
    """A transcript saved a turn a line, no blank line: each line is a paragraph
    (the contract), and the line before's "no" was taken for the quote's (a review)."""
    source = "So the union answer is no\nWe will strike until the authority talks to us.\n"
    assert checked(tmp_path, "We will strike until the authority talks", source) == []
    joined = "HOST: So the union will not\nwalk away, said Berg.\n\nBERG: We will strike.\n"
    assert checked(tmp_path / "same", "walk away", joined) != []  # one paragraph: said


#: A hearing's turns: the witness reads out a report's words in hers.
HEARING = (
    "HOST: What did the regulator find?\n\n"
    "BERG: As the regulator's report put it, \"the port has not yet shown that the "
    'plan is on track". I was not in post then, and I cannot speak to it.\n\n'
    "HOST: Thank you.\n"
)


def hearing_checked(folder: Path, quote: str, source: str = HEARING) -> list[Problem]:
    """The base briefing, its actor Anna Berg, its one quote `quote` of `source`."""
    text = BASE.replace("    name: A\n", "    name: Anna Berg\n", 1).replace(
        "text: hello world", f'text: "{quote}"'
    )
    return check(
        write_folder(folder, briefing_files(**{"briefing.yaml": text, "sources/s.txt": source}))
    )


def test_words_a_speaker_reads_out_in_a_turn_are_warned_of(tmp_path: Path) -> None:
    """A trial of long documents: a report's words, in quotation marks in a
    witness's answer, given to her passed as hers."""
    quote = "the port has not yet shown that the plan is on track"
    problem = only(hearing_checked(tmp_path / "b", quote), "quotation-within-quotation")
    assert "inside the turn 'BERG:'" in problem.message
    assert "'the port has not yet shown that the plan is on track'" in problem.message
    assert "'Anna Berg' reads out or cites" in problem.message
    assert problem.hint is not None and "'Anna Berg' as reported_by" in problem.hint
    # her own words in the turn are hers
    assert hearing_checked(tmp_path / "own", "I was not in post then") == []
    # another's turn quoting her words to her has them right (an interviewer's "you said")
    to_her = HEARING.replace("HOST: Thank you.", 'HOST: You said "we will strike on Monday". Why?')
    assert hearing_checked(tmp_path / "to-her", "we will strike on Monday", to_her) == []


def test_a_document_read_out_in_a_paragraph_of_its_own_is_warned_of(tmp_path: Path) -> None:
    """The witness's turn runs on into the next paragraph, which is all the
    report's words, in quotation marks."""
    source = HEARING.replace(
        "HOST: Thank you.",
        '"The port must publish its plan for the quay by March, and report on it each '
        'month."\n\nHOST: Thank you.',
    )
    quote = "The port must publish its plan for the quay by March"
    only(hearing_checked(tmp_path / "b", quote, source), "quotation-within-quotation")


@pytest.mark.parametrize("marks", ['"…"', "« … »"])
def test_a_turn_printed_in_quotation_marks_is_its_speakers(tmp_path: Path, marks: str) -> None:
    """`BERG: "…"` is no label (a headline's form), and its words Berg's."""
    said = "We will strike on Monday, and we will stay out until the port talks to us."
    turn = marks.replace("…", said)
    source = f"HOST: Will you strike?\n\nBERG: {turn}\n\nHOST: Thank you.\n"
    assert hearing_checked(tmp_path / "b", said, source) == []


def test_a_quotation_after_a_dateline_naming_an_alias_is_no_turns(tmp_path: Path) -> None:
    """`BEIJING:`, the alias of an actor, read as China's turn: the spokesman's
    words, in quotation marks in the report's narration, were warned of as
    read out in it (the sound briefings of a trial of transcripts)."""
    text = BASE.replace(
        "    kind: person\n",
        "    kind: person\n    affiliations: [cn]\n  - id: cn\n    name: China\n"
        "    kind: state\n    aliases: [Beijing]\n",
        1,
    ).replace("text: hello world", 'text: "Washington should stop interfering in our affairs"')
    files = briefing_files(**{"briefing.yaml": text, "sources/s.txt": DATELINE})
    assert check(write_folder(tmp_path / "b", files)) == []


@pytest.mark.parametrize("kind", ["organisation", "state"])
def test_a_dateline_naming_the_speakers_body_is_a_dateline_still(tmp_path: Path, kind: str) -> None:
    """`BRUSSELS:`, the alias of the EU the speaker belongs to, read as the
    EU's turn: the wire story's narration given to its spokesman passed (a
    review; a trial's plant, narration given to China's spokesman after
    `BEIJING:`)."""
    text = BASE.replace(
        "    kind: person\n",
        f"    kind: person\n    affiliations: [eu]\n  - id: eu\n    name: European Union\n"
        f"    kind: {kind}\n    aliases: [Brussels]\n",
        1,
    ).replace("text: hello world", "text: after the United States announced new export controls")
    source = DATELINE.replace("BEIJING:", "BRUSSELS:", 1)
    files = briefing_files(**{"briefing.yaml": text, "sources/s.txt": source})
    found = check(write_folder(tmp_path / "b", files))
    assert codes(found) == ["quote-outside-quotation"], [str(p) for p in found]
    # a person's label stays a turn: the host's words are the host's
    named = text.replace(
        "aliases: [Brussels]", "aliases: [Brussels]\n  - id: h\n    name: Host\n    kind: person"
    )
    host = check(
        write_folder(
            tmp_path / "h",
            briefing_files(
                **{
                    "briefing.yaml": named,
                    "sources/s.txt": DATELINE.replace("BEIJING:", "HOST:", 1),
                }
            ),
        )
    )
    assert codes(host) == ["quote-in-another-turn"], [str(p) for p in host]


def test_states_speaking_in_turns_are_no_datelines(tmp_path: Path) -> None:
    """A Security Council's record: `US:` opened the text and was read as a
    dateline, the US's own words warned of as narration (a review)."""
    text = (
        BASE.replace("    name: A\n", "    name: United States\n    aliases: [US]\n", 1)
        .replace("    kind: person\n", "    kind: state\n", 1)
        .replace(
            "actors:\n",
            "actors:\n  - id: uk\n    name: United Kingdom\n    aliases: [UK]\n    kind: state\n",
            1,
        )
        .replace("text: hello world", "text: We condemn the strike in the strongest terms")
    )
    source = (
        "US: Thank you. We condemn the strike in the strongest terms.\n\n"
        "We call on all sides to return to the table.\n\n"
        "UK: The United Kingdom joins the United States in condemning it.\n"
    )
    files = briefing_files(**{"briefing.yaml": text, "sources/s.txt": source})
    assert check(write_folder(tmp_path / "b", files)) == []


def test_a_first_turn_reading_out_a_report_is_warned_and_own_words_are_not(
    tmp_path: Path,
) -> None:
    """The speaker's first turn was passed over (a review), and their own
    earlier words, `I said, "…"`, were told to be someone else's."""
    source = (
        'BERG: As the Agency put it, "the port has not yet shown that the plan is on track". '
        'In March I said, "we will not move on pay this year", and we have not.\n\n'
        "We will meet them again on Monday.\n"
    )
    quote = "the port has not yet shown that the plan is on track"
    only(hearing_checked(tmp_path / "b", quote, source), "quotation-within-quotation")
    assert hearing_checked(tmp_path / "own", "we will not move on pay this year", source) == []


def test_a_dateline_naming_a_body_gives_no_turn_to_it(tmp_path: Path) -> None:
    """`BRUSSELS:` for the EU, its spokesman not affiliated with it: the
    narration given to him was also said to stand in 'the EU's turn' (a
    review), which told the author a dateline was the EU speaking."""
    text = BASE.replace(
        "    kind: person\n",
        "    kind: person\n  - id: eu\n    name: European Union\n    kind: organisation\n"
        "    aliases: [Brussels]\n",
        1,
    ).replace("text: hello world", "text: after the United States announced new export controls")
    source = DATELINE.replace("BEIJING:", "BRUSSELS:", 1)
    files = briefing_files(**{"briefing.yaml": text, "sources/s.txt": source})
    assert codes(check(write_folder(tmp_path / "b", files))) == ["quote-outside-quotation"]


def test_words_read_out_in_an_interview_s_answer_are_warned_of(tmp_path: Path) -> None:
    """`A: My opposite number says "the plan is dead"`: the `A:` turn is the
    answerer's, but only a label naming the speaker was read as theirs (a
    review)."""
    source = (
        "Q: Will the port publish its plan?\n\n"
        "A: As the regulator's report put it, \"the port has not yet shown that the plan "
        'is on track". We will publish it in March.\n'
    )
    quote = "the port has not yet shown that the plan is on track"
    only(hearing_checked(tmp_path / "b", quote, source), "quotation-within-quotation")
    assert hearing_checked(tmp_path / "own", "We will publish it in March", source) == []


def test_a_document_credited_to_the_speaker_quoting_them_by_name_is_theirs(
    tmp_path: Path,
) -> None:
    """A committee's report quoting its earlier report in the third person, a
    minister's release quoting her: `In 2019 the Committee said that "…"`, `Kari
    Aasen said: "…"` were warned of as someone else's words (a review)."""
    committee = "  - id: committee\n    name: Health Committee\n    kind: organisation\n"
    report = (
        'In 2019 the Committee said that the data were "too incomplete to support any '
        'decision". "We will publish the findings in full," the Health Committee added.\n'
    )
    source = "    credits: [Health Committee]\n    text: sources/s.txt\n"

    def reported(folder: Path, quote: str) -> list[Problem]:
        briefing = (
            BASE.replace("    text: sources/s.txt\n", source)
            .replace("events:\n", committee + "events:\n", 1)
            .replace("text: hello world", f"text: {quote}")
            .replace("speaker: a\n", "speaker: committee\n")
        )
        files = briefing_files(**{"briefing.yaml": briefing, "sources/s.txt": report})
        return check(write_folder(folder, files))

    assert reported(tmp_path / "a", "too incomplete to support any decision") == []
    assert reported(tmp_path / "b", "We will publish the findings in full") == []
