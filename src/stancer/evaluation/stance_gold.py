"""Attach the PolNeAR stance labels (`stance/polnear_russia_traindev.jsonl`) to brat gold.

Labels are keyed by article stem and attribution id (`E<n>`); one file covers train and dev, and
a label attaches only to an article that is being scored, so the split takes care of itself. A
label whose content spans differ from the attribution's (another annotator's file) is not attached.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, replace
from pathlib import Path

from ..errors import GoldFormatError
from .gold import STANCE_LABELS, GoldArticle

STANCE_FILE_NAME = "polnear_russia_traindev.jsonl"


@dataclass(frozen=True)
class StanceLabel:
    article: str
    attribution: str
    label: str
    target: str | None
    content_spans: tuple[tuple[int, int], ...]


def default_stance_file(folder: Path) -> Path | None:
    """The stance file beside a PolNeAR folder: `<polnear>/../stance/` (also `<split>/../stance/`)."""
    for base in (folder.parent.parent, folder.parent):
        candidate = base / "stance" / STANCE_FILE_NAME
        if candidate.is_file():
            return candidate
    return None


def read_stance_file(path: Path) -> dict[tuple[str, str], StanceLabel]:
    """Read the stance JSONL; a malformed line raises GoldFormatError naming the line."""
    labels: dict[tuple[str, str], StanceLabel] = {}
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        raise GoldFormatError(f"{path}: cannot read stance file ({exc})") from exc
    for number, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            row = json.loads(line)
            label = row["stance"]
            if label not in STANCE_LABELS:
                raise ValueError(f"unknown stance {label!r}")
            key = (str(row["article"]), str(row["attribution"]))
            spans = tuple((int(s), int(e)) for s, e in row.get("content_spans") or ())
        except (ValueError, KeyError, TypeError) as exc:
            raise GoldFormatError(f"{path}:{number}: {exc}") from exc
        labels[key] = StanceLabel(key[0], key[1], label, row.get("target"), spans)
    return labels


def attach_stance(
    articles: list[GoldArticle], labels: dict[tuple[str, str], StanceLabel]
) -> tuple[int, int]:
    """Set `stance` on matching gold quotes in place; return (attached, unmatched-for-these-articles)."""
    by_article: dict[str, dict[str, StanceLabel]] = {}
    for (stem, attribution), label in labels.items():
        by_article.setdefault(stem, {})[attribution] = label
    attached = unmatched = 0
    for article in articles:
        wanted = dict(by_article.get(article.stem, {}))
        if not wanted:
            continue
        quotes = []
        for quote in article.quotes:
            label = wanted.pop(quote.id, None)
            same_spans = label is not None and (
                not label.content_spans or tuple(sorted(label.content_spans)) == quote.pieces
            )
            if label is not None and same_spans:
                quote = replace(quote, stance=label.label, stance_target=label.target)
                attached += 1
            elif label is not None:
                unmatched += 1
            quotes.append(quote)
        unmatched += len(wanted)
        article.quotes = quotes
    return attached, unmatched
