"""Plain metric containers and the stance metrics (accuracy, per-class and macro F1, reliability)."""

from __future__ import annotations

import random
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from .gold import STANCE_LABELS

POLAR_LABELS = ("constructive", "adversarial")
CONFIDENCE_BINS: tuple[tuple[float, float], ...] = ((0.0, 0.5), (0.5, 0.65), (0.65, 0.8), (0.8, 0.9), (0.9, 1.0))
HIGH_CONFIDENCE = 0.8
NO_LABEL = "(none)"
BOOTSTRAP_SAMPLES = 1000  # resamples for the stance F1 intervals (fixed seed: the same figures every run)


def _ratio(numerator: int, denominator: int) -> float | None:
    return numerator / denominator if denominator else None


def _f1(precision: float | None, recall: float | None) -> float | None:
    """Harmonic mean; 0 when either side is 0 (even if the other is undefined), None if undefined."""
    if precision == 0 or recall == 0:
        return 0.0
    if precision is None or recall is None:
        return None
    return 2 * precision * recall / (precision + recall)


@dataclass
class Ratio:
    """hits / total with the counts kept, so reports can say 0.75 (3/4); None when total is 0."""

    hits: int = 0
    total: int = 0

    @property
    def value(self) -> float | None:
        return _ratio(self.hits, self.total)

    def add(self, hit: bool) -> None:
        self.hits += int(hit)
        self.total += 1

    def __iadd__(self, other: Ratio) -> Ratio:
        self.hits += other.hits
        self.total += other.total
        return self

    def to_dict(self) -> dict[str, Any]:
        return {"value": self.value, "hits": self.hits, "total": self.total}


@dataclass
class QuoteScores:
    """Quote detection at one overlap threshold: precision over predictions, recall over in-scope gold."""

    threshold: float
    correct_predictions: int = 0
    predictions: int = 0
    matched_gold: int = 0
    gold: int = 0

    @property
    def precision(self) -> float | None:
        return _ratio(self.correct_predictions, self.predictions)

    @property
    def recall(self) -> float | None:
        return _ratio(self.matched_gold, self.gold)

    @property
    def f1(self) -> float | None:
        return _f1(self.precision, self.recall)

    def __iadd__(self, other: QuoteScores) -> QuoteScores:
        self.correct_predictions += other.correct_predictions
        self.predictions += other.predictions
        self.matched_gold += other.matched_gold
        self.gold += other.gold
        return self

    def to_dict(self) -> dict[str, Any]:
        return {
            "threshold": self.threshold,
            "precision": self.precision,
            "recall": self.recall,
            "f1": self.f1,
            "correct_predictions": self.correct_predictions,
            "predictions": self.predictions,
            "matched_gold": self.matched_gold,
            "gold": self.gold,
        }


@dataclass(frozen=True)
class StancePair:
    """One matched quote with a gold stance: gold label, predicted label (None if missing), confidence."""

    gold: str
    predicted: str | None
    confidence: float | None

    @property
    def correct(self) -> bool:
        return self.gold == self.predicted


@dataclass
class ClassScores:
    label: str
    precision: float
    recall: float
    f1: float
    support: int
    predicted: int

    def to_dict(self) -> dict[str, Any]:
        return dict(self.__dict__)


@dataclass
class ReliabilityBin:
    low: float
    high: float
    count: int
    correct: int
    mean_confidence: float | None

    @property
    def accuracy(self) -> float | None:
        return _ratio(self.correct, self.count)

    def to_dict(self) -> dict[str, Any]:
        return {
            "low": self.low,
            "high": self.high,
            "count": self.count,
            "correct": self.correct,
            "accuracy": self.accuracy,
            "mean_confidence": self.mean_confidence,
        }


@dataclass
class StanceScores:
    """Stance over matched quotes that carry a gold label."""

    n: int
    accuracy: Ratio
    per_class: dict[str, ClassScores]
    macro_f1: float
    polar_macro_f1: float
    confusion: dict[str, dict[str, int]]
    reliability: list[ReliabilityBin]
    high_confidence: Ratio
    missing_confidence: int = 0
    macro_f1_interval: tuple[float, float] | None = None
    polar_macro_f1_interval: tuple[float, float] | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "n": self.n,
            "accuracy": self.accuracy.value,
            "correct": self.accuracy.hits,
            "per_class": {label: scores.to_dict() for label, scores in self.per_class.items()},
            "macro_f1": self.macro_f1,
            "polar_macro_f1": self.polar_macro_f1,
            "macro_f1_interval": list(self.macro_f1_interval) if self.macro_f1_interval else None,
            "polar_macro_f1_interval": list(self.polar_macro_f1_interval) if self.polar_macro_f1_interval else None,
            "confusion": self.confusion,
            "reliability": [b.to_dict() for b in self.reliability],
            "high_confidence": {"threshold": HIGH_CONFIDENCE, **self.high_confidence.to_dict()},
            "missing_confidence": self.missing_confidence,
        }


def _bin_index(confidence: float, bins: Sequence[tuple[float, float]]) -> int:
    for index, (low, high) in enumerate(bins):
        last = index == len(bins) - 1
        if low <= confidence < high or (last and low <= confidence <= high):
            return index
    return 0 if confidence < bins[0][0] else len(bins) - 1


def _f1_from_counts(counts: dict[tuple[str, str], int], label: str) -> float:
    tp = counts.get((label, label), 0)
    support = sum(n for (gold, _), n in counts.items() if gold == label)
    predicted = sum(n for (_, pred), n in counts.items() if pred == label)
    precision = tp / predicted if predicted else 0.0
    recall = tp / support if support else 0.0
    return _f1(precision, recall) or 0.0


def bootstrap_f1_intervals(
    pairs: Sequence[tuple[str, str]], samples: int = BOOTSTRAP_SAMPLES, seed: int = 0
) -> tuple[tuple[float, float], tuple[float, float]]:
    """95% percentile intervals of macro-F1 and polar macro-F1 over (gold, predicted) pairs
    resampled with replacement. Polar classes are often a handful of quotes: the interval shows
    how far one quote more or less moves the figure."""
    rng = random.Random(seed)
    cells = sorted(set(pairs))
    index = [cells.index(pair) for pair in pairs]
    n = len(pairs)
    macro, polar = [], []
    for _ in range(samples):
        tally = [0] * len(cells)
        for cell in rng.choices(index, k=n):
            tally[cell] += 1
        counts = dict(zip(cells, tally))
        f1 = {label: _f1_from_counts(counts, label) for label in STANCE_LABELS}
        macro.append(sum(f1.values()) / len(f1))
        polar.append(sum(f1[label] for label in POLAR_LABELS) / len(POLAR_LABELS))

    def interval(values: list[float]) -> tuple[float, float]:
        values.sort()
        return values[int(0.025 * (samples - 1))], values[int(round(0.975 * (samples - 1)))]

    return interval(macro), interval(polar)


def stance_scores(pairs: Iterable[StancePair], bins: Sequence[tuple[float, float]] = CONFIDENCE_BINS) -> StanceScores | None:
    """Accuracy, per-class P/R/F1, macro-F1 over the three classes, polar macro-F1, confusion, reliability.

    A class with no predictions (or no gold) gets precision (recall) 0 and so F1 0, as in
    scikit-learn with `zero_division=0`; a missing predicted label counts as wrong. Returns None
    when there is nothing to score.
    """
    pairs = list(pairs)
    if not pairs:
        return None
    accuracy = Ratio()
    columns = list(STANCE_LABELS) + ([NO_LABEL] if any(p.predicted not in STANCE_LABELS for p in pairs) else [])
    confusion = {gold: {pred: 0 for pred in columns} for gold in STANCE_LABELS}
    for pair in pairs:
        accuracy.add(pair.correct)
        predicted = pair.predicted if pair.predicted in STANCE_LABELS else NO_LABEL
        confusion[pair.gold][predicted] += 1
    per_class = {}
    for label in STANCE_LABELS:
        tp = confusion[label][label]
        support = sum(confusion[label].values())
        predicted = sum(confusion[g][label] for g in STANCE_LABELS)
        precision = tp / predicted if predicted else 0.0
        recall = tp / support if support else 0.0
        per_class[label] = ClassScores(label, precision, recall, _f1(precision, recall) or 0.0, support, predicted)
    reliability = [ReliabilityBin(low, high, 0, 0, None) for low, high in bins]
    sums = [0.0] * len(bins)
    high = Ratio()
    missing = 0
    for pair in pairs:
        if pair.confidence is None:
            missing += 1
            continue
        index = _bin_index(pair.confidence, bins)
        reliability[index].count += 1
        reliability[index].correct += int(pair.correct)
        sums[index] += pair.confidence
        if pair.confidence >= HIGH_CONFIDENCE:
            high.add(pair.correct)
    for index, entry in enumerate(reliability):
        entry.mean_confidence = sums[index] / entry.count if entry.count else None
    macro_interval, polar_interval = bootstrap_f1_intervals([(p.gold, p.predicted or NO_LABEL) for p in pairs])
    return StanceScores(
        n=len(pairs),
        accuracy=accuracy,
        per_class=per_class,
        macro_f1=sum(c.f1 for c in per_class.values()) / len(per_class),
        polar_macro_f1=sum(per_class[label].f1 for label in POLAR_LABELS) / len(POLAR_LABELS),
        confusion=confusion,
        reliability=reliability,
        high_confidence=high,
        missing_confidence=missing,
        macro_f1_interval=macro_interval,
        polar_macro_f1_interval=polar_interval,
    )
