"""Stance on short written passages: `label<TAB>[target<TAB>]text`, one attributed statement each.

The team writes such passages to train the quote model (data/stance_written/passages) and keeps a
separate file to measure it (tests/data/stance_passages_heldout.tsv). A passage has no gold spans:
stancer analyses it and the statement is its main quote -- the longest quote about the target,
else the longest quote. A passage where stancer finds no quote counts as a wrong label.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..errors import GoldFormatError
from .metrics import StancePair, StanceScores, stance_scores

__all__ = ["Passage", "read_passages", "main_quote", "passage_pairs", "score_passages"]

_LABELS = {"con": "constructive", "adv": "adversarial", "neu": "neutral"}
DEFAULT_TARGET = "Russia"


@dataclass(frozen=True)
class Passage:
    label: str
    target: str
    text: str
    line: str  # "<file stem>:<line number>", to keep one written line on one side of a split


def read_passages(path: Path | str) -> list[Passage]:
    """Read a passages file; lines starting with # and blank lines are skipped."""
    path = Path(path)
    out = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        parts = line.split("\t")
        if len(parts) == 2:
            label, target, text = parts[0], DEFAULT_TARGET, parts[1]
        elif len(parts) == 3:
            label, target, text = parts
        else:
            raise GoldFormatError(f"{path}:{number}: expected label<TAB>[target<TAB>]text")
        label = _LABELS.get(label.strip(), label.strip())
        if label not in _LABELS.values():
            raise GoldFormatError(f"{path}:{number}: unknown label {label!r}")
        out.append(Passage(label, target.strip(), text.strip(), f"{path.stem}:{number}"))
    return out


def main_quote(quotes: Sequence[Any], about: Callable[[Any], bool], length: Callable[[Any], int]) -> Any | None:
    """The passage's statement among the quotes stancer found: the longest about the target,
    else the longest; None when there is none."""
    if not quotes:
        return None
    return max((q for q in quotes if about(q)), key=length, default=None) or max(quotes, key=length)


def passage_pairs(passages: Iterable[Passage], analyze: Callable[..., dict[str, Any]] | None = None) -> list[StancePair]:
    """Analyse each passage and pair its gold label with the main quote's label."""
    if analyze is None:
        from ..api import analyze_text as analyze
    pairs = []
    for passage in passages:
        record = analyze(passage.text, target=passage.target)
        quote = main_quote(record.get("quotes") or [], lambda q: bool(q["stance"]["about_target"]), lambda q: q["end"] - q["start"])
        stance = quote["stance"] if quote else {}
        pairs.append(StancePair(passage.label, stance.get("label"), stance.get("confidence")))
    return pairs


def score_passages(paths: Iterable[Path | str], analyze: Callable[..., dict[str, Any]] | None = None) -> StanceScores | None:
    """Stance scores (accuracy, per-class F1, macro and polar macro-F1, reliability) over passage files."""
    passages = [p for path in paths for p in read_passages(path)]
    return stance_scores(passage_pairs(passages, analyze))
