"""The bundled briefing: complete, verbatim, and pinned against silent loss.

If an edit drops an actor, an event or a quote, or gets who said what wrong,
these fail. The counts are those of the article in ../shared/seed/.
"""

from __future__ import annotations

import re

import pytest
from conftest import CONTENT, SHARED

from briefing.check.content import check_content
from briefing.records.model import Briefing
from briefing.records.queries import BriefingQueries

FOLDER = CONTENT / "ukraine-diplomacy-2022-02-10"
SEED = SHARED / "seed" / "000_257314eee5b55017.txt"


@pytest.fixture(scope="module")
def briefing() -> Briefing:
    result = check_content(FOLDER)
    assert result.all_problems() == []
    built = result.folders[0].briefing
    assert built is not None
    return built


def test_it_passes_with_no_problem_at_all() -> None:
    assert check_content(CONTENT).all_problems() == []


@pytest.mark.skipif(not SEED.exists(), reason="../shared/seed is not beside the repo")
def test_source_is_the_article_byte_for_byte() -> None:
    assert (FOLDER / "sources" / "article.txt").read_bytes() == SEED.read_bytes()


def test_counts(briefing: Briefing) -> None:
    assert (len(briefing.actors), len(briefing.events), len(briefing.quotes)) == (32, 32, 10)
    kinds = [a.kind.value for a in briefing.actors]
    assert (kinds.count("person"), kinds.count("state"), kinds.count("organisation")) == (12, 9, 6)


def test_every_quote_is_anchored_in_the_article(briefing: Briefing) -> None:
    lookup = BriefingQueries(briefing)
    source = lookup.source("article")
    assert source.credits == ("AFP", "AP", "Reuters")
    assert source.text is not None
    for quote in briefing.quotes:
        assert quote.span is not None, quote.id
        words = source.text[quote.span.start : quote.span.end]
        assert words.replace("’", "'").split() == quote.text.replace("’", "'").split()


def test_every_quoted_passage_of_the_article_is_a_quote(briefing: Briefing) -> None:
    lookup = BriefingQueries(briefing)
    text = lookup.source("article").text or ""
    passages = re.findall(r"[\"“]([^\"”]+)[\"”]", text)
    assert passages  # the article quotes people: finding none would check nothing
    quoted = {" ".join(q.text.split()) for q in briefing.quotes}
    for passage in passages:
        assert " ".join(passage.rstrip(",").split()) in quoted, passage


@pytest.mark.parametrize(
    ("words", "speaker", "reported_by"),
    [
        ("Any incursion would be a huge mistake", "liz-truss", None),
        ("productive interaction is impossible", "russian-foreign-ministry", None),
        ("would not be the source of an escalation", "vladimir-putin", "emmanuel-macron"),
        ("We must find ways and means together", "emmanuel-macron", None),
        ("They discussed President Macron's recent meetings", "white-house", None),
        ("suppressing and repelling external aggression", "russian-defense-ministry", None),
    ],
)
def test_who_said_which_words(
    briefing: Briefing, words: str, speaker: str, reported_by: str | None
) -> None:
    (quote,) = [q for q in briefing.quotes if words in q.text]
    assert (quote.speaker, quote.reported_by) == (speaker, reported_by)


def test_the_only_reported_speech_is_putins_via_macron(briefing: Briefing) -> None:
    relayed = [(q.speaker, q.reported_by) for q in briefing.quotes if q.reported_by]
    assert relayed == [("vladimir-putin", "emmanuel-macron")]


def test_truss_tweeted_late_on_february_9(briefing: Briefing) -> None:
    lookup = BriefingQueries(briefing)
    tweets = [q for q in briefing.quotes if q.channel and q.channel.value == "tweet"]
    assert {q.speaker for q in tweets} == {"liz-truss"}
    assert {q.said.text for q in tweets if q.said} == {"2022-02-09"}
    assert lookup.event("truss-tweet").when_text == "late on February 9"


def test_dates_of_the_drills_and_the_news_conference(briefing: Briefing) -> None:
    lookup = BriefingQueries(briefing)
    drills = lookup.event("allied-resolve-drills")
    assert drills.when.describe() == "10–20 Feb 2022"
    assert drills.place == "Belarus" and set(drills.actors) == {"russia", "belarus"}
    assert lookup.event("ukraine-exercises").when.describe() == "from 10 Feb 2022"
    assert lookup.event("johnson-stoltenberg-news-conference").when.text == "2022-02-10T10:45"
    assert lookup.event("us-troops-arrive-in-romania").when_text == "over the past two days"
    assert lookup.event("pentagon-announces-deployment").when.text == "2022-02-03"


def test_firm_dialogue_points_at_its_first_occurrence(briefing: Briefing) -> None:
    lookup = BriefingQueries(briefing)
    quote = lookup.quote("macron-firm-dialogue")
    text = lookup.source("article").text or ""
    assert quote.occurrence == 1 and quote.span is not None
    assert quote.span.start == text.index("firm dialogue")


def test_chronology_runs_from_the_pentagon_to_the_open_exercises(briefing: Briefing) -> None:
    ids = [e.id for e in briefing.events]
    assert ids.index("pentagon-announces-deployment") < ids.index("truss-lavrov-meeting")
    # earliest instant first: 10:45 on the 10th comes after every event of the
    # whole day; among those, the open-ended exercises come last
    assert ids[-1] == "johnson-stoltenberg-news-conference"
    same_start = [e.id for e in briefing.events if e.when.earliest == drills_start(briefing)]
    assert same_start[-1] == "ukraine-exercises"


def drills_start(briefing: Briefing) -> int | None:
    lookup = BriefingQueries(briefing)
    return lookup.event("allied-resolve-drills").when.earliest


def test_aliases_the_article_uses(briefing: Briefing) -> None:
    lookup = BriefingQueries(briefing)
    assert "Kyiv" in lookup.actor("ukraine").aliases
    assert "Minsk" in lookup.actor("belarus").aliases
    assert "Moscow" in lookup.actor("russia").aliases
    assert "Washington" in lookup.actor("united-states").aliases
