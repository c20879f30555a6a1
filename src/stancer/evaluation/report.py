"""Lay an EvalReport out as rich tables: one column per GOLD path, so train and dev sit side by side.

Builds renderables only; the CLI decides where they are printed.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from rich.table import Table

from .gold import QUOTE_TYPES, STANCE_LABELS
from .metrics import HIGH_CONFIDENCE, NO_LABEL, QuoteScores, Ratio
from .runner import EvalReport
from .scoring import SetScores

DASH = "–"


def number(value: float | None) -> str:
    return DASH if value is None else f"{value:.3f}"


def ratio(r: Ratio) -> str:
    return DASH if r.value is None else f"{r.value:.3f} ({r.hits}/{r.total})"


def set_label(name: str) -> str:
    """`../shared/data/polnear/dev` -> `polnear/dev`; a file keeps its name."""
    path = Path(name)
    return f"{path.parent.name}/{path.name}" if path.parent.name not in ("", ".", "..") else path.name


def _detection_rows(scores: QuoteScores) -> list[tuple[str, str]]:
    percent = f"> {round(scores.threshold * 100)}%"
    return [
        (f"Precision {percent}", ratio(Ratio(scores.correct_predictions, scores.predictions))),
        (f"Recall {percent}", ratio(Ratio(scores.matched_gold, scores.gold))),
        (f"F1 {percent}", number(scores.f1)),
    ]


def _interval(bounds: tuple[float, float] | None) -> str:
    return f"{number(bounds[0])} – {number(bounds[1])}" if bounds else DASH


def _rows(s: SetScores, types: list[str]) -> list[tuple[str, str]]:
    rows = [
        ("Articles", str(len(s.articles))),
        ("Gold attributions (all)", str(s.gold_attributions)),
        ("Gold quotes in scope", str(s.gold_in_scope)),
        ("Predicted quotes", str(s.lenient.predictions)),
        *_detection_rows(s.lenient),
        *_detection_rows(s.strict),
    ]
    rows += [(f"Recall {t} > 30%", ratio(s.recall_by_type.get(t, Ratio()))) for t in types]
    rows += [("Speaker accuracy", ratio(s.speaker)), ("Cue accuracy", ratio(s.cue))]
    stance = s.stance
    get: Callable[[str], float | None] = (lambda label: stance.per_class[label].f1) if stance else (lambda _: None)
    rows += [
        ("Stance: matched with gold label", str(stance.n) if stance else DASH),
        ("Stance accuracy", ratio(stance.accuracy) if stance else DASH),
        *((f"Stance F1 {label}", number(get(label))) for label in STANCE_LABELS),
        ("Stance macro-F1", number(stance.macro_f1) if stance else DASH),
        ("Stance polar macro-F1", number(stance.polar_macro_f1) if stance else DASH),
        ("Stance macro-F1, 95% bootstrap interval", _interval(stance.macro_f1_interval) if stance else DASH),
        ("Stance polar macro-F1, 95% bootstrap interval", _interval(stance.polar_macro_f1_interval) if stance else DASH),
        (f"Stance accuracy, confidence ≥ {HIGH_CONFIDENCE}", ratio(stance.high_confidence) if stance else DASH),
    ]
    if s.errors:
        rows.append(("Gold files not read", str(len(s.errors))))
    return rows


def summary_table(report: EvalReport) -> Table:
    """Metrics down the side, one column per GOLD path."""
    targets = report.target or ", ".join(report.targets)
    label = "target" if report.target or len(report.targets) == 1 else "targets (from the gold)"
    table = Table(title=f"stancer eval — {label} {targets}", title_justify="left")
    table.add_column("Metric")
    for s in report.sets:
        table.add_column(set_label(s.name), justify="right")
    types = [t for t in QUOTE_TYPES if any(t in s.recall_by_type for s in report.sets)]
    columns = [_rows(s, types) for s in report.sets]
    if not columns:
        return table
    labels = [label for label, _ in max(columns, key=len)]
    for label in labels:
        table.add_row(label, *(dict(c).get(label, DASH) for c in columns))
    return table


def confusion_table(s: SetScores) -> Table | None:
    if s.stance is None:
        return None
    columns = list(next(iter(s.stance.confusion.values())))
    table = Table(title=f"Stance confusion — {set_label(s.name)} (rows gold, columns predicted)", title_justify="left")
    table.add_column("gold \\ predicted")
    for label in columns:
        table.add_column(label, justify="right")
    table.add_column("F1", justify="right")
    for gold in STANCE_LABELS:
        cells = [str(s.stance.confusion[gold][p]) for p in columns]
        table.add_row(gold, *cells, number(s.stance.per_class[gold].f1))
    if NO_LABEL in columns:
        table.caption = f"{NO_LABEL}: the matched quote had no stance label"
    return table


def reliability_table(s: SetScores) -> Table | None:
    if s.stance is None:
        return None
    table = Table(title=f"Stance reliability — {set_label(s.name)}", title_justify="left")
    for name in ("confidence", "count", "mean confidence", "accuracy"):
        table.add_column(name, justify="right")
    last = len(s.stance.reliability) - 1
    for index, b in enumerate(s.stance.reliability):
        closing = "]" if index == last else ")"
        table.add_row(f"[{b.low:.2f}, {b.high:.2f}{closing}", str(b.count), number(b.mean_confidence), number(b.accuracy))
    if s.stance.missing_confidence:
        table.caption = f"{s.stance.missing_confidence} labels without a confidence are left out"
    return table


def article_table(s: SetScores) -> Table:
    """Per-article figures at > 30%, worst recall first, for finding where the pipeline misses."""
    table = Table(title=f"By article — {set_label(s.name)} (> 30%)", title_justify="left")
    for name, justify in (("article", "left"), ("gold", "right"), ("pred", "right"), ("P", "right"),
                          ("R", "right"), ("F1", "right"), ("speaker", "right"), ("missed", "right"),
                          ("spurious", "right"), ("note", "left")):
        table.add_column(name, justify=justify)  # type: ignore[arg-type]
    ordered = sorted(s.articles, key=lambda a: (a.lenient.recall if a.lenient.recall is not None else 2.0, a.stem))
    for a in ordered:
        note = a.error or ("" if a.predicted else "no prediction")
        table.add_row(a.stem, str(a.lenient.gold), str(a.lenient.predictions), number(a.lenient.precision),
                      number(a.lenient.recall), number(a.lenient.f1), ratio(a.speaker),
                      str(len(a.missed)), str(len(a.spurious)), note)
    return table


def tables(report: EvalReport, by_article: bool = False) -> list[Table]:
    """Everything the table format prints, in order."""
    result = [summary_table(report)]
    for s in report.sets:
        result += [t for t in (confusion_table(s), reliability_table(s)) if t is not None]
    if by_article:
        result += [article_table(s) for s in report.sets]
    return result
