"""Warnings about where a found quote stands among its source's quotation marks.

A report puts what a speaker said in quotation marks, and its own words
(narration, a paraphrase, "according to union officials, ...") outside them;
a quotation inside a quotation is someone else's words, relayed by the
speaker. The contract matches words wherever they stand, so the reader
showed a reporter's sentence as a speaker's (a desk editor's trial). Said of
each stretch of the source a quote's words stand in (`PartPlace`):

- `quote-across-paragraphs`: it runs across a paragraph break (the words on
  either side were not said together, and may be two people's);
- `quote-outside-quotation`: its words stand outside every quotation, in a
  source that has quotation marks (a transcript or a statement with none is
  not checked so, nor a paragraph that opens with a speaker's label, `BERG:`
  or `Q:`, as an interview printed as questions and answers has);
- `quote-across-quotation`: some of its words are in a quotation and some
  outside it, or in another (a quote partly inside: a part of it is not the
  speaker's, as a quote across a paragraph break);
- `quotation-within-quotation`: its words stand in a quotation inside
  another, or in a quotation inside a speaker's turn (a witness reading out
  a report, `As the Ofwat report put it, "…"`; a judge citing another
  judgment), and the quote names no `reported_by`.
"""

from __future__ import annotations

import re

from briefing.check.label_forms import Label, Role
from briefing.check.quote_places import Marks, PartPlace, SourcePlaces, around
from briefing.check.raw import RawRecord
from briefing.check.turn_labels import TurnNames, words_of
from briefing.records.text import shown


def warn_across_paragraphs(
    record: RawRecord, places: list[PartPlace], source: SourcePlaces, source_id: str
) -> None:
    crossing = None
    for place in places:
        if place.break_at >= 0:
            crossing = place
            break
    if crossing is None:
        return
    original = source.original
    after = source.paragraph(_next_word(original, crossing.break_at, crossing.end))[0]
    shown_around = around(original, crossing.break_at, after, crossing.start, crossing.end)
    node = record.place("text")
    record.sink.warning(
        node.line,
        node.column,
        "quote-across-paragraphs",
        f"{_this(places)} runs across a paragraph break of the source {shown(source_id)}, "
        f"{shown(shown_around, 80)}: the reader shows them as one passage, but the words "
        "before the break and after it may not have been said together, nor by one person",
        "end the quote at the paragraph's end; if the next paragraph goes on with the same "
        "speaker's words, quote them apart",
    )


def warn_quotation_marks(
    record: RawRecord,
    places: list[PartPlace],
    source: SourcePlaces,
    source_id: str,
    names: TurnNames,
    attributed: bool = False,
) -> None:
    """The warnings of a quote's words outside the source's quotations, across
    a quotation's start or end, or in a quotation inside another. `names`: the
    actors' names, to show the speaker's and to tell a dateline from a turn;
    `attributed`: the quotation's sentence says whose words it is: another's
    (quote-said-by-other warned: not warned of twice), or the speaker's own
    (`Kari Aasen said: "…"` in a document credited to her is no one else's)."""
    if not source.uses_marks:
        return
    # A press release's words are all its publisher's: "Nordavia expects to
    # file …" given to Nordavia is no narration (a fact-checker's trial); so
    # are a judgment's its judge's, credited with it.
    published = names.narrates(source_id, record.text("speaker") or "")
    outside: list[PartPlace] = []
    across: list[PartPlace] = []
    inner: PartPlace | None = None
    #: a part in a quotation of the text's own (depth 1): in a turn, quoted by its speaker
    turn_quoted: PartPlace | None = None
    for place in places:
        if place.break_at >= 0:
            continue  # across a paragraph break: said of it
        if place.marks is Marks.OUTSIDE:
            if published:
                continue  # the publisher's or credited author's words throughout
            if _turn_of(source, place.paragraph, names, record, source_id) is None:
                outside.append(place)
        elif place.marks is Marks.ACROSS:
            across.append(place)
        elif inner is None and place.innermost is not None and place.innermost.depth > 1:
            inner = place
        elif turn_quoted is None and place.marks is Marks.INSIDE:
            turn_quoted = place
    original = source.original
    speaker = names.name_of(record.text("speaker") or "")
    if outside:
        words = original[outside[0].start : outside[0].end]
        node = record.place("text")
        record.sink.warning(
            node.line,
            node.column,
            "quote-outside-quotation",
            f"the source {shown(source_id)} puts what people said in quotation marks, and "
            f"{_these(places, outside)} stand outside them: {shown(words)} are the report's "
            f"own words (its narration, or a paraphrase), which the reader would show as "
            f"said by {shown(speaker)}",
            "quote words the source puts in quotation marks; say what the report says in "
            "its own words in an event's summary; if the source is the speaker's own "
            "document (a judgment, a report, a statement), name them in its credits: its "
            "words are then theirs throughout",
        )
    if across:
        words = original[across[0].start : across[0].end]
        node = record.place("text")
        record.sink.warning(
            node.line,
            node.column,
            "quote-across-quotation",
            f"{_this(places)} runs across the start or end of a quotation in the source "
            f"{shown(source_id)}, {shown(words, 80)}: some of its words stand in quotation "
            "marks and some outside them (or in another quotation), so not all are the "
            "speaker's",
            "quote only words within one quotation of the source, its marks left out",
        )
    if record.value("reported_by") is not None:
        return
    if inner is not None:
        _warn_inner(record, inner, source, source_id, speaker)
    elif turn_quoted is not None and not attributed:
        label = _turn_of(source, turn_quoted.paragraph, names, record, source_id)
        # (a dateline, `BEIJING:`, is no turn: `_turn_of`); a turn quoting
        # another's words to them (an interviewer's "you said …") has them
        # right, quote-in-another-turn's policy
        ident = record.text("speaker") or ""
        if label is not None and (
            names.is_theirs(label.name, (ident,)) or _answers(label, ident, names)
        ):
            _warn_quoted_in_turn(record, turn_quoted, source, source_id, speaker, label)
        elif label is None and names.credited(source_id, record.text("speaker") or ""):
            # a document credited to the speaker (a judgment to its judge, a
            # report to its committee): its narration is theirs, not the words
            # it quotes (a review: a judgment's citations given to its judge
            # passed unwarned where it had no `Mrs Justice Fenwick:` line). A
            # press release's are its publisher's, those it quotes too.
            _warn_quoted_in_document(record, turn_quoted, source, source_id, names)


def _turn_of(
    source: SourcePlaces,
    paragraph: tuple[int, int],
    names: TurnNames,
    record: RawRecord,
    source_id: str,
) -> Label | None:
    """The label of the speaker's turn a paragraph stands in, whose words need
    no quotation marks (None: not in a turn): it opens with a label, or in a
    transcript follows one (a long answer's next paragraphs:
    `SourcePlaces.turn_label`); not before the first (an interview's
    introduction is the report's). Not one a dateline opens
    (`BEIJING: China's spokesman said …`, `SourcePlaces.opening_label` naming
    no one the briefing knows), nor the paragraphs after it: the report's
    narration, whose words given to a speaker passed unwarned (a trial of
    transcripts)."""
    label = source.turn_label(paragraph[0])
    if label is None or label is not source.opening_label():
        return label
    if is_dateline(label, source, names):
        return None
    speakers = tuple(i for i in (record.text("speaker"), record.text("reported_by")) if i)
    if names.names_anyone(label.name, source_id) or names.is_theirs(label.name, speakers):
        return label
    return None


#: The labels of an answer, whoever answers: an interview's `A:` (`R:` in
#: French, Spanish, Italian, Portuguese), `Answer:`.
_ANSWER_LABELS = frozenset({("a",), ("r",), ("answer",), ("antwort",), ("réponse",)})


def _answers(label: Label, ident: str, names: TurnNames) -> bool:
    """Whether the turn `label` opens is the answer of the actor `ident`: a
    court record's `A.` when they are not its examiner, an interview's `A:`
    (a review: a witness reading out a report in her `A:` turn passed)."""
    if label.role is Role.WITNESS:
        return not label.examiner or names.person_named(label.examiner) != ident
    return label.role is Role.SPEAKER and words_of(label.name) in _ANSWER_LABELS


#: How far before a quotation, within its sentence, a speaker's own earlier
#: words are said to follow (`As I said in Caparo Industries plc v Dickman
#: [1990] 2 AC 605 at page 617, "…"`: a citation is long, a review).
_LEAD = 200
#: `I said, "…"`, `as I told the committee, "…"`, `I held that "…"`, `in my
#: words, "…"`: the speaker quoting themselves (English; not `I noted that the
#: policy said "…"`, nor `In my judgment, "reasonably practicable" means`).
_OWN_WORDS = re.compile(
    r"\b(?:I|we)\s+(?:have\s+|had\s+)?(?:said|say|told|wrote|put\s+it|stated|held|observed"
    r"|explained|remarked|warned|argued|described)\b"
    r"|\bmy\s+(?:own\s+)?(?:words|speech|statement|letter)\b",
)
#: The end of a sentence before a quotation: its own words are read from there.
_SENTENCE_END = re.compile(r"[.!?]\s+(?=[A-Z\"“‘'(])")


#: The labels after the first looked at for states speaking (`_places_speak`).
_LABELS_LOOKED_AT = 20


def is_dateline(label: Label, source: SourcePlaces, names: TurnNames) -> bool:
    """Whether the text's opening label is a dateline naming a place the
    briefing knows as a state's or a body's alias (`BRUSSELS:` for the EU):
    not when the text's later labels name places too, a Security Council's
    record (`US:`, then `UK:`, `RUSSIA:`), where a state's alias opens its
    turn (a review: the US's own words were warned of as narration)."""
    if label is not source.opening_label() or not names.names_a_place(label.name):
        return False
    later = source.turns.labelled[1 : 1 + _LABELS_LOOKED_AT]
    return not any(names.names_a_place(other.name) for _start, _end, other in later)


def _warn_inner(
    record: RawRecord, inner: PartPlace, source: SourcePlaces, source_id: str, speaker: str
) -> None:
    if inner.innermost is None or inner.quotation is None:
        return
    original = source.original
    words = original[inner.innermost.start : inner.innermost.end]
    outer_words = original[inner.quotation.start : inner.quotation.end]
    node = record.place("text")
    record.sink.warning(
        node.line,
        node.column,
        "quotation-within-quotation",
        f"these words stand in a quotation inside another quotation of the source "
        f"{shown(source_id)}, {shown(words)} within {shown(outer_words)}: whoever speaks the "
        "outer quotation relays someone else's words, and the quote gives them to "
        f"{shown(speaker)} as said, with no reported_by",
        "name the inner quotation's speaker as speaker and the outer one's as reported_by "
        "(or, if the speaker does quote their own words, leave it)",
    )


def _warn_quoted_in_turn(
    record: RawRecord,
    place: PartPlace,
    source: SourcePlaces,
    source_id: str,
    speaker: str,
    label: Label,
) -> None:
    """A turn is its speaker's words: a quotation in it is someone else's they
    read out or cite, given to the speaker as their own (a trial of long
    documents: a committee report's words, read out by a witness, passed as
    hers; a judge's citation of another judgment as his)."""
    if place.innermost is None or _quotes_own_words(source, place):
        return  # `As I said in March, "…"`: their own earlier words (a review)
    words = source.original[place.innermost.start : place.innermost.end]
    node = record.place("text")
    record.sink.warning(
        node.line,
        node.column,
        "quotation-within-quotation",
        f"these words stand in quotation marks inside the turn {shown(label.written)} of "
        f"the source {shown(source_id)}, {shown(words)}: someone else's words, which "
        f"{shown(speaker)} reads out or cites, and the quote gives them to "
        f"{shown(speaker)} as their own",
        f"name whose words they are as speaker, and {shown(speaker)} as reported_by (or, "
        "if the speaker does quote their own words, leave it)",
    )


def _quotes_own_words(source: SourcePlaces, place: PartPlace) -> bool:
    """Whether the words before the quotation, in its paragraph, say the
    speaker quotes their own earlier words (`As I said in March, "…"`)."""
    if place.innermost is None:
        return False
    lead = source.original[
        max(place.paragraph[0], place.innermost.start - _LEAD) : place.innermost.start
    ]
    ends = list(_SENTENCE_END.finditer(lead))
    return _OWN_WORDS.search(lead, ends[-1].end() if ends else 0) is not None


def _warn_quoted_in_document(
    record: RawRecord,
    place: PartPlace,
    source: SourcePlaces,
    source_id: str,
    names: TurnNames,
) -> None:
    """A quotation in a document credited to the speaker is someone else's
    words it quotes: a witness's evidence, another judgment."""
    if place.innermost is None or _quotes_own_words(source, place):
        return
    words = source.original[place.innermost.start : place.innermost.end]
    speaker = names.name_of(record.text("speaker") or "")
    node = record.place("text")
    record.sink.warning(
        node.line,
        node.column,
        "quotation-within-quotation",
        f"these words stand in quotation marks in the source {shown(source_id)}, "
        f"{shown(words)}: the source is the words of {shown(speaker)} (its credits name "
        "them), "
        "but not the words it quotes, someone else's, and the quote gives them to "
        f"{shown(speaker)} as their own",
        f"name whose words they are as speaker, and {shown(speaker)} as reported_by (or, "
        "if the speaker does quote their own words, leave it)",
    )


def _this(places: list[PartPlace]) -> str:
    return "a part of this quote" if len(places) > 1 else "this quote"


def _these(places: list[PartPlace], found: list[PartPlace]) -> str:
    if len(places) == 1:
        return "this quote's words"
    return "words of a part of this quote" if len(found) == 1 else "words of its parts"


def _next_word(text: str, position: int, end: int) -> int:
    """The first character past white space from `position` (before `end`)."""
    while position < end - 1 and text[position].isspace():
        position += 1
    return position
