"""The uniform gold representation every reader produces and the scorer consumes.

PolNeAR brat folders and locator-based JSONL say different things about a quote (spans versus
first words and a speaker name); readers turn both into `GoldArticle`s so that scoring has one
code path.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

Span = tuple[int, int]

QUOTE_TYPES = ("direct", "indirect", "mixed")
STANCE_LABELS = ("constructive", "adversarial", "neutral")

DEFAULT_TARGET = "Russia"
AUTHOR = "AUTHOR"
UNATTRIBUTED = "UNATTRIBUTED"


@dataclass(frozen=True)
class GoldQuote:
    """One gold attribution: content pieces plus whatever the gold says about speaker, cue, stance."""

    id: str
    pieces: tuple[Span, ...]
    type: str
    in_scope: bool
    has_source: bool = True
    speaker: str | None = None
    source_spans: tuple[Span, ...] = ()
    cue: str | None = None
    cue_spans: tuple[Span, ...] = ()
    stance: str | None = None
    stance_target: str | None = None

    @property
    def start(self) -> int:
        return self.pieces[0][0]

    @property
    def end(self) -> int:
        return self.pieces[-1][1]

    @property
    def length(self) -> int:
        return sum(e - s for s, e in self.pieces)

    def content(self, text: str) -> str:
        """The gold content as text; the pieces of a discontinuous content are joined by ' … '."""
        return " … ".join(text[s:e] for s, e in self.pieces)


@dataclass
class GoldArticle:
    """One annotated article: its text and gold quotes, keyed by the text file's stem."""

    stem: str
    text: str
    quotes: list[GoldQuote]
    text_path: Path | None = None
    annotation_path: Path | None = None
    byline: str | None = None
    target: str | None = None

    def gold_target(self, default: str = DEFAULT_TARGET) -> str:
        """The target this article's stance labels are about: its own, its labels', else `default`."""
        return self.target or next((q.stance_target for q in self.quotes if q.stance_target), None) or default


@dataclass(frozen=True)
class GoldError:
    """A gold file (or one record in it) that could not be read; the rest is still scored."""

    path: str
    message: str

    def to_dict(self) -> dict[str, str]:
        return {"path": self.path, "message": self.message}


@dataclass
class GoldSet:
    """Everything read from one GOLD path given on the command line."""

    name: str
    format: str
    articles: list[GoldArticle] = field(default_factory=list)
    errors: list[GoldError] = field(default_factory=list)
    stance_file: Path | None = None
    stance_attached: int = 0
    stance_unmatched: int = 0
