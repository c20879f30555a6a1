"""Lenient span matching: overlap as a share of the gold content, one-to-one, largest overlap first."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from .gold import Span

LENIENT = 0.3
STRICT = 0.8


@dataclass(frozen=True)
class Match:
    pred: int
    gold: int
    overlap: int
    ratio: float


def overlap(span: Span, pieces: Sequence[Span]) -> int:
    """Characters of `span` that fall inside the gold pieces."""
    start, end = span
    return sum(max(0, min(end, e) - max(start, s)) for s, e in pieces)


def coverage(span: Span, pieces: Sequence[Span]) -> float:
    """Share of the gold content (all pieces together) that `span` covers."""
    total = sum(e - s for s, e in pieces)
    return overlap(span, pieces) / total if total else 0.0


def match_one_to_one(preds: Sequence[Span], golds: Sequence[Sequence[Span]], threshold: float) -> list[Match]:
    """Pair predictions with gold contents covering more than `threshold` of the gold.

    Candidate pairs are taken greedily by overlap in characters (ties: higher coverage, then the
    shorter prediction, then text order), each prediction and each gold used at most once.
    """
    candidates = []
    for g, pieces in enumerate(golds):
        total = sum(e - s for s, e in pieces)
        if total <= 0:
            continue
        for p, span in enumerate(preds):
            chars = overlap(span, pieces)
            if chars and chars / total > threshold:
                candidates.append(Match(p, g, chars, chars / total))
    length = [end - start for start, end in preds]
    candidates.sort(key=lambda m: (-m.overlap, -m.ratio, length[m.pred], m.gold, m.pred))
    used_pred: set[int] = set()
    used_gold: set[int] = set()
    matches = []
    for m in candidates:
        if m.pred in used_pred or m.gold in used_gold:
            continue
        used_pred.add(m.pred)
        used_gold.add(m.gold)
        matches.append(m)
    return sorted(matches, key=lambda m: m.pred)


def covers_a_piece(span: Span, golds: Sequence[Sequence[Span]], threshold: float) -> bool:
    """True when `span` covers more than `threshold` of one piece of a discontinuous gold content."""
    return any(
        len(pieces) > 1 and any(e > s and overlap(span, [(s, e)]) / (e - s) > threshold for s, e in pieces)
        for pieces in golds
    )
