"""The `stancer_stance` spaCy component: adds a stance toward the target to every quote.

It reads the quote spans in `doc.spans[spans_key]` and their `span._.stancer_quote` dicts (set by
the quote and speaker components) and writes back the dict with a `"stance"` entry:
`{"label": "constructive"|"adversarial"|"neutral", "confidence": float, "evidence": [str, ...],
"about_target": bool}`. It uses the parse already in the doc and never re-parses.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc, Span

from ..stance.classifier import DocStance
from ..stance.lexicon import get_lexicon
from ..targets import Target, load_target

__all__ = ["StanceClassifier", "make_stance", "QUOTE_ATTR"]

QUOTE_ATTR = "stancer_quote"


def _register_extensions() -> None:
    if not Span.has_extension(QUOTE_ATTR):
        Span.set_extension(QUOTE_ATTR, default=None)


class StanceClassifier:
    """Labels each quote span's stance toward one target."""

    def __init__(self, nlp: Language, name: str, target: str = "Russia", aliases: Sequence[str] = (), spans_key: str = "stancer_quotes") -> None:
        self.name = name
        self.spans_key = spans_key
        self.target_name = target
        self.aliases = list(aliases)
        self.target: Target = load_target(target, aliases)
        self.lexicon = get_lexicon()
        _register_extensions()

    def __call__(self, doc: Doc) -> Doc:
        spans = doc.spans.get(self.spans_key) if self.spans_key in doc.spans else None
        if not spans:
            return doc
        stance = DocStance(doc, self.target, self.lexicon)
        for span in spans:
            quote = span._.get(QUOTE_ATTR)
            quote = dict(quote) if isinstance(quote, dict) else {"type": span.label_ or None}
            result = stance.classify(span, quote)
            quote["stance"] = result.as_dict()
            span._.set(QUOTE_ATTR, quote)
        return doc

    def pipe(self, stream: Any, batch_size: int = 128) -> Any:
        for doc in stream:
            yield self(doc)

    # spaCy serialisation: everything is in the config, nothing to save
    def to_bytes(self, *, exclude: Sequence[str] = ()) -> bytes:
        return b""

    def from_bytes(self, data: bytes, *, exclude: Sequence[str] = ()) -> StanceClassifier:
        return self

    def to_disk(self, path: Any, *, exclude: Sequence[str] = ()) -> None:
        return None

    def from_disk(self, path: Any, *, exclude: Sequence[str] = ()) -> StanceClassifier:
        return self


@Language.factory(
    "stancer_stance",
    default_config={"target": "Russia", "aliases": [], "spans_key": "stancer_quotes"},
    requires=["doc.spans"],
    assigns=["span._.stancer_quote"],
)
def make_stance(nlp: Language, name: str, target: str, aliases: list[str], spans_key: str) -> StanceClassifier:
    """Create the stance component (`nlp.add_pipe("stancer_stance", config={"target": "China"})`)."""
    return StanceClassifier(nlp, name, target=target, aliases=aliases, spans_key=spans_key)
