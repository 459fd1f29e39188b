"""The `annotations` export: W3C Web Annotations (JSON-LD), one per anchored quote.

An `AnnotationCollection` whose page holds, for each quote found in its
source text, an annotation whose target is the source (its checked web
address, else a `urn:x-briefing:` name) with two selectors of the same
words: a `TextQuoteSelector` (`exact`, with up to 32 characters of `prefix`
and `suffix`, as Hypothesis writes them) and a `TextPositionSelector`
(offsets in Unicode code points of the source text file, as the W3C model
counts them). A quote with elisions has one target per part. The body says
who said the words: the attribution as text, and the speaker as a tag; and
each warning the checker gave about the quote, as an assessing body.
"""

from __future__ import annotations

from typing import Any
from urllib.parse import quote as url_quote

from briefing.export.inert import json_text
from briefing.export.result import Export
from briefing.present.citation import web_address
from briefing.present.quotes import attribution, in_quotation_marks
from briefing.records.model import Briefing, Quote, Source
from briefing.records.queries import BriefingQueries

CONTEXT = "http://www.w3.org/ns/anno.jsonld"
#: Characters of context kept on each side of the exact words.
CONTEXT_CHARACTERS = 32


def export(briefing: Briefing) -> Export:
    return Export({"": json_text(collection(briefing))})


def collection(briefing: Briefing) -> dict[str, Any]:
    queries = BriefingQueries(briefing)
    items = [
        _annotation(briefing.id, quote, queries)
        for quote in queries.quotes
        if quote.span is not None and queries.source(quote.source).text is not None
    ]
    return {
        "@context": CONTEXT,
        "id": _urn(briefing.id, "annotations"),
        "type": "AnnotationCollection",
        "label": briefing.title,
        "total": len(items),
        "first": {"type": "AnnotationPage", "startIndex": 0, "items": items},
    }


def _urn(briefing_id: str, *path: str) -> str:
    return "urn:x-briefing:" + ":".join(url_quote(p, safe="") for p in (briefing_id, *path))


def _annotation(briefing_id: str, quote: Quote, queries: BriefingQueries) -> dict[str, Any]:
    source = queries.source(quote.source)
    speaker = queries.actor(quote.speaker)
    targets = [_target(briefing_id, source, start, end) for start, end in _pieces(quote)]
    return {
        "id": _urn(briefing_id, "quote", quote.id),
        "type": "Annotation",
        "motivation": "highlighting",
        "body": [
            {
                "type": "TextualBody",
                "purpose": "describing",
                "format": "text/plain",
                "value": f"{in_quotation_marks(quote.text, language=queries.briefing.language)} "
                f"{attribution(quote, queries.names)}",
            },
            {"type": "TextualBody", "purpose": "tagging", "value": speaker.name},
            *(
                {
                    "type": "TextualBody",
                    "purpose": "assessing",
                    "format": "text/plain",
                    "value": f"The checker warns ({warning.code}): {warning.message}",
                }
                for warning in quote.warnings
            ),
        ],
        "target": targets[0] if len(targets) == 1 else targets,
    }


def _pieces(quote: Quote) -> tuple[tuple[int, int], ...]:
    assert quote.span is not None
    return quote.span.pieces


def _target(briefing_id: str, source: Source, start: int, end: int) -> dict[str, Any]:
    text = source.text
    assert text is not None
    address = web_address(source.url) or _urn(briefing_id, "source", source.id)
    return {
        "source": address,
        "selector": [
            {
                "type": "TextQuoteSelector",
                "exact": text[start:end],
                "prefix": text[max(0, start - CONTEXT_CHARACTERS) : start],
                "suffix": text[end : end + CONTEXT_CHARACTERS],
            },
            {"type": "TextPositionSelector", "start": start, "end": end},
        ],
    }
