"""`stancer_quotes`: find direct, indirect and mixed quotes, their cues and speaker mentions.

Two sources of evidence meet here. Quotation marks, paired on the raw text (`quotemarks`), give
exact spans of quoted words; the dependency parse gives cues (reporting verbs, "according to",
cue nouns), their subjects (the speaker mention) and their complements (the reported clause).
A quotation linked to a cue is a direct quote, or part of a mixed quote when the reported clause
holds more than the quoted words; a reported clause with no quotation marks is an indirect quote;
a full-sentence quotation with no cue continues the previous speaker's quote. Quoted fragments
that nobody is reported as saying (scare quotes, titles) are dropped.

One concern per module; each imports only the ones listed before it:

- `common`: the `Cue` record and the token tests every cue family asks (`_is_source`, …).
- `corrections`: a reporting verb's speaker when the parser got the subject wrong.
- `complements`: the reported clause of a verb (what was said), trimmed and cut at a second report.
- `subjects`: a reporting verb's speaker, through relative, raising, inverted and participle cues.
- `leadins`: cues before a quotation the parse does not tie to it (`X said: “…”`, `X, chanting: “…”`).
- `nouns`: noun cues and "according to" (`X's statement that …`), their speakers and contents.
- `verbs`: `find_cues`, the walk over a document that collects every cue.
- `fragments`: quoted phrases inside a sentence, their governing cue; scare quotes and titles.
- `assembly`: drafts of quotes merged and ordered, one per cue and quotation.
- `component`: the spaCy component `QuoteFinder` and the factory `make_quotes`.
"""

from __future__ import annotations

from .common import Cue
from .complements import ADDRESSEE_VERBS
from .component import QUOTE_TYPES, QuoteFinder, make_quotes
from .verbs import find_cues

__all__ = ["ADDRESSEE_VERBS", "QUOTE_TYPES", "Cue", "QuoteFinder", "find_cues", "make_quotes"]
