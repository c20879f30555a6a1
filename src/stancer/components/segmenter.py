"""`stancer_segmenter`: headline, byline, date and paragraphs, and sentence starts at paragraph breaks.

Runs before the parser so that a headline without a full stop, a byline line or a paragraph break
always starts a new sentence (the parser keeps boundaries set before it runs).
"""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import asdict

from spacy.language import Language
from spacy.tokens import Doc

from ..header import detect_header
from ..quotemarks import paragraph_spans
from . import register_extensions


class Segmenter:
    """Find the header fields and paragraphs of an article and mark sentence starts."""

    def __init__(self, name: str = "stancer_segmenter") -> None:
        self.name = name
        register_extensions()

    def __call__(self, doc: Doc) -> Doc:
        text = doc.text
        paragraphs = paragraph_spans(text)
        header = detect_header(text, paragraphs)
        doc._.stancer_paragraphs = [list(p) for p in paragraphs]
        doc._.stancer_header = {
            "title": asdict(header.title) if header.title else None,
            "byline": asdict(header.byline) if header.byline else None,
            "date": asdict(header.date) if header.date else None,
            "dateline": list(header.dateline) if header.dateline else None,
            "header_end": header.header_end,
        }
        if not doc.has_annotation("DEP") and len(doc):
            starts = [t.idx for t in doc]
            breaks = [p[0] for p in paragraphs]
            if header.dateline:
                breaks.append(header.dateline[1])
            for offset in breaks:
                i = bisect_left(starts, offset)
                while i < len(doc) and doc[i].is_space:
                    i += 1
                if 0 < i < len(doc):
                    doc[i].is_sent_start = True
        return doc


@Language.factory(
    "stancer_segmenter",
    assigns=["token.is_sent_start", "doc._.stancer_header", "doc._.stancer_paragraphs"],
)
def make_segmenter(nlp: Language, name: str) -> Segmenter:
    return Segmenter(name)
