"""stancer's spaCy components. Importing a module registers its factory with spaCy."""

from __future__ import annotations

from spacy.tokens import Doc, Span

QUOTES_KEY = "stancer_quotes"


def register_extensions() -> None:
    """Register the extension attributes stancer writes, once, without clobbering a user's own."""
    if not Doc.has_extension("stancer_header"):
        Doc.set_extension("stancer_header", default=None)
    if not Doc.has_extension("stancer_paragraphs"):
        Doc.set_extension("stancer_paragraphs", default=None)
    if not Span.has_extension("stancer_quote"):
        Span.set_extension("stancer_quote", default=None)
