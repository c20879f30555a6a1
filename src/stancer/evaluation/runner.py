"""`evaluate()`: read gold, get predictions (a file or a fresh analysis), score, return a report."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..about import SCHEMA_VERSION
from .gold import GoldError, GoldSet
from .predictions import index_by_stem, read_predictions
from .readers import load_gold_sets
from .scoring import SetScores, score_set

DEFAULT_TARGET = "Russia"

AnalyzeFn = Callable[..., Iterator[dict[str, Any]]]


@dataclass
class EvalReport:
    """The result of `evaluate`: one SetScores per GOLD path, in the order given."""

    target: str
    predictions: str
    sets: list[SetScores]
    unused_documents: list[str] = field(default_factory=list)

    @property
    def errors(self) -> list[GoldError]:
        return [e for s in self.sets for e in s.errors]

    @property
    def failed_documents(self) -> list[dict[str, str]]:
        return [d for s in self.sets for d in s.failed_documents]

    def to_dict(self, by_article: bool = True) -> dict[str, Any]:
        return {
            "schema_version": SCHEMA_VERSION,
            "target": self.target,
            "predictions": self.predictions,
            "results": [s.to_dict(by_article) for s in self.sets],
            "unused_documents": self.unused_documents,
            "errors": [e.to_dict() for e in self.errors],
        }


def gold_target(sets: Sequence[GoldSet]) -> str:
    """The target the gold is labelled for: the most common one it names, else Russia."""
    targets = Counter(
        t for s in sets for a in s.articles for t in [a.target, *(q.stance_target for q in a.quotes)] if t
    )
    return targets.most_common(1)[0][0] if targets else DEFAULT_TARGET


def analyze_gold(
    sets: Sequence[GoldSet],
    analyze: AnalyzeFn | None = None,
    *,
    target: str = DEFAULT_TARGET,
    aliases: Sequence[str] = (),
    model: str | None = None,
    n_process: int = 1,
) -> dict[str, dict[str, Any]]:
    """Run the pipeline over every gold text in one call (the model loads once); key results by stem.

    Documents come back in input order, so they are paired by position, not by `source`.
    """
    if analyze is None:
        from ..api import analyze_texts as analyze

    articles = [a for s in sets for a in s.articles]
    items = [(str(a.text_path or a.stem), a.text) for a in articles]
    documents: dict[str, dict[str, Any]] = {}
    results = analyze(items, target=target, aliases=tuple(aliases), model=model, n_process=n_process)
    for article, document in zip(articles, results):
        documents.setdefault(article.stem, document)
    return documents


def evaluate(
    gold_paths: Sequence[Path | str],
    *,
    predictions: Path | str | None = None,
    target: str | None = None,
    stance_file: Path | str | None = None,
    auto_stance: bool = True,
    aliases: Sequence[str] = (),
    analyze: AnalyzeFn | None = None,
    model: str | None = None,
    n_process: int = 1,
) -> EvalReport:
    """Score stancer against every GOLD path.

    With `predictions` (a JSONL file of document objects, `-` for stdin) documents are matched
    to gold articles by the file stem of their `source`; without it the texts are analysed with
    `analyze` (default `stancer.api.analyze_texts`, called once for all texts). Gold that cannot be read is reported in
    `EvalReport.errors`; raises InputError for an unreadable predictions file.
    """
    sets = load_gold_sets(list(gold_paths), stance_file=stance_file, auto_stance=auto_stance)
    target = target or gold_target(sets)
    unused: list[str] = []
    if predictions is not None:
        documents, _ = index_by_stem(read_predictions(Path(predictions)))
        stems = {a.stem for s in sets for a in s.articles}
        unused = sorted(stem for stem in documents if stem not in stems)
        source = str(predictions)
    else:
        documents = analyze_gold(sets, analyze, target=target, aliases=aliases, model=model, n_process=n_process)
        source = "stancer.api.analyze_texts"
    return EvalReport(target, source, [score_set(s, documents, target) for s in sets], unused)
