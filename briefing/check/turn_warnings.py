"""A quote whose words stand in another person's turn of a transcript.

An interview printed as questions and answers (`ZEIT: …?` then `Habeck:
…`) is exempt from the quotation warnings: a turn's words are its
speaker's, quotation marks or none (briefing.check.quotation_warnings). So
a quote given to Habeck whose words stand in the `ZEIT:` turn, the
interviewer's question, passed with nothing said, and the reader showed the
question as his answer (a correspondent's trial in German; in English, a
`Q:` turn given to the official who answers it).

`quote-in-another-turn` is said when a stretch of the quote stands in a
paragraph that opens with a label that is not the quote's speaker's nor its
reported_by's, and names someone else: an interviewer, another actor, the
source's outlet (briefing.check.turn_labels reads the label). A paragraph
that opens with no label continues only a person's turn, another actor
named (an official's statement over two paragraphs: a first reader's
trial): after `Q:` a newspaper's Q&A prints the answer unlabelled, and
after `BY MR. SMITH:` a court's record the witness's answers (a trial of
transcripts). A label that
names nobody known says nothing: a speaker with two labels (`MS.
JEAN-PIERRE:` and `THE PRESS SECRETARY:`) was warned of her own words when
it did (the same trial). Words that stand in quotation marks inside the
other's turn are left alone: an interviewer quoting the speaker back to
them (`Sie sagten: „…“`) gives the speaker's words.

A court record's `Q.` is the examiner's, whom its `BY MR. SMITH:` line
names: a quote of it is the examiner's own (briefing.check.label_forms).
Its `A.` is the witness's, whoever was called: a quote of it is warned of
only when given to the examiner, the one person the `BY` line names (a
witness may share his surname: then nothing is said).
"""

from __future__ import annotations

from briefing.check.label_forms import Label, Role
from briefing.check.quotation_warnings import is_dateline
from briefing.check.quote_places import Marks, SourcePlaces, word_edges
from briefing.check.raw import RawRecord
from briefing.check.turn_labels import LabelOwner, TurnNames
from briefing.records.text import shown


def warn_other_turn(
    record: RawRecord,
    pieces: tuple[tuple[int, int], ...],
    source: SourcePlaces,
    source_id: str,
    names: TurnNames,
) -> None:
    """Warn, once, of the first stretch of a quote that stands in a turn another
    person's label opens."""
    speaker = record.text("speaker")
    if speaker is None:
        return
    reporter = record.text("reported_by")
    people = (speaker,) if reporter is None else (speaker, reporter)
    for start, end in pieces:
        edges = word_edges(source.original, start, end)
        if edges is None:
            continue
        for position in edges:  # its first word's turn, and its last's
            # only a paragraph that opens with its label: one after it may be
            # the answer, unlabelled (a newspaper's Q&A), or the witness's
            # after `BY MR. SMITH:` (a trial of transcripts)
            own = source.own_label(position)
            continued = own is None
            # ... but a transcript's next paragraph continues a person's
            # turn: an official's opening statement over two paragraphs, its
            # second given to the President, passed (a first reader's trial)
            label = own if own is not None else source.turn_label(position)
            if label is None or (continued and label.role is not Role.SPEAKER):
                continue
            if is_dateline(label, source, names):
                continue  # `BRUSSELS:` opens the report's narration, no EU's turn (a review)
            owner = _owner(label, speaker, people, source_id, names)
            if owner is None or (continued and not names.is_person(owner.actor_id)):
                continue
            place = source.place(start, end)
            if place is not None and place.marks is Marks.INSIDE:
                continue  # the turn quotes someone: it may be the speaker
            whose = _whose(owner, label, names)
            said_by = names.name_of(speaker)
            _warn(record, label, whose, source_id, said_by, len(pieces) > 1, continued)
            return


def _owner(
    label: Label, speaker: str, people: tuple[str, ...], source_id: str, names: TurnNames
) -> LabelOwner | None:
    """Whom `label` gives the turn to when not to the quote's people."""
    if label.role is Role.SPEAKER:
        return names.owner(label.name, people, source_id)  # read once a label
    examiner = names.person_named(label.examiner) if label.examiner else None
    if label.role is Role.WITNESS:
        return LabelOwner("witness", label.examiner) if examiner == speaker else None
    if label.examiner and names.is_theirs(label.examiner, people):
        return None  # the examiner's own question
    if label.examiner:
        return LabelOwner("examiner", label.examiner, examiner or "")
    return names.owner(label.name, people, source_id)  # no `BY` line: an interviewer's


def _whose(owner: LabelOwner, label: Label, names: TurnNames) -> str:
    """Whom a warning says the turn is given to."""
    if owner.kind == "interviewer":
        return "the interviewer"
    if owner.kind == "outlet":
        return f"the interviewer (it names the outlet, {shown(owner.name)})"
    by = shown(label.examined_by or f"BY {owner.name}:")  # the line as written
    if owner.kind == "witness":
        return f"the witness answering the examiner that {by} names"
    if owner.kind == "examiner":
        known = f"{shown(names.name_of(owner.actor_id))} ({owner.actor_id}), "
        return f"the examiner ({known if owner.actor_id else ''}named by {by})"
    return f"{shown(owner.name)} ({owner.actor_id})"


def _warn(
    record: RawRecord,
    label: Label,
    whose: str,
    source_id: str,
    speaker: str,
    parts: bool,
    continued: bool = False,
) -> None:
    what = "words of a part of this quote" if parts else "this quote's words"
    turn = f"turn {shown(label.written)}"
    if continued:
        turn = f"{turn} (in a paragraph after the one it opens, with no label of its own)"
    said = (
        f"{what} stand in the {turn} of the source {shown(source_id)}, "
        f"which its label gives to {whose}, not to {shown(speaker)}"
    )
    node = record.place("text")
    record.sink.warning(
        node.line,
        node.column,
        "quote-in-another-turn",
        said,
        "quote the speaker's own turn, or give the quote to whoever speaks this one (and "
        "where that turn quotes the speaker's words, name its speaker as reported_by)",
    )
