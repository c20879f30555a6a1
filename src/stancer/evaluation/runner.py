"""`evaluate()`: read gold, get predictions (a file or a fresh analysis), score, return a report."""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..about import SCHEMA_VERSION
from .gold import DEFAULT_TARGET, GoldArticle, GoldError, GoldSet
from .predictions import index_by_stem, read_predictions
from .readers import load_gold_sets
from .scoring import SetScores, score_set

AnalyzeFn = Callable[..., Iterator[dict[str, Any]]]


@dataclass
class EvalReport:
    """The result of `evaluate`: one SetScores per GOLD path, in the order given."""

    target: str | None
    targets: list[str]
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
            "targets": self.targets,
            "predictions": self.predictions,
            "results": [s.to_dict(by_article) for s in self.sets],
            "unused_documents": self.unused_documents,
            "errors": [e.to_dict() for e in self.errors],
        }


def analyze_gold(
    sets: Sequence[GoldSet],
    analyze: AnalyzeFn | None = None,
    *,
    target: str | None = None,
    aliases: Sequence[str] = (),
    model: str | None = None,
    n_process: int = 1,
) -> dict[str, dict[str, Any]]:
    """Run the pipeline over the gold texts, one call per target (so the model loads once); key by stem.

    `target` None analyses each article for its gold target (usually one target, so one call).
    Documents come back in input order, so they are paired by position, not by `source`.
    """
    articles = [a for s in sets for a in s.articles]
    if not articles:
        return {}
    if analyze is None:
        from ..api import analyze_texts as analyze

    groups: dict[str, list[GoldArticle]] = {}
    for article in articles:
        groups.setdefault(target or article.gold_target(), []).append(article)
    documents: dict[str, dict[str, Any]] = {}
    for group_target, group in groups.items():
        items = [(str(a.text_path or a.stem), a.text) for a in group]
        results = analyze(items, target=group_target, aliases=tuple(aliases), model=model, n_process=n_process)
        for article, document in zip(group, results):
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

    `target` None takes each article's target from its gold (the JSONL `target`, the stance
    labels' `target`), else Russia; a given `target` applies to every article.

    With `predictions` (a JSONL file of document objects, `-` for stdin) documents are matched
    to gold articles by the file stem of their `source`; without it the texts are analysed with
    `analyze` (default `stancer.api.analyze_texts`, called once for all texts). Gold that cannot
    be read is reported in `EvalReport.errors`; an unreadable predictions file raises InputError.
    """
    sets = load_gold_sets(list(gold_paths), stance_file=stance_file, auto_stance=auto_stance)
    targets = sorted({target or a.gold_target() for s in sets for a in s.articles}) or [target or DEFAULT_TARGET]
    unused: list[str] = []
    if predictions is not None:
        documents, _ = index_by_stem(read_predictions(Path(predictions)))
        stems = {a.stem for s in sets for a in s.articles}
        unused = sorted(stem for stem in documents if stem not in stems)
        source = str(predictions)
    else:
        documents = analyze_gold(sets, analyze, target=target, aliases=aliases, model=model, n_process=n_process)
        source = "stancer.api.analyze_texts"
    return EvalReport(target, targets, source, [score_set(s, documents, target) for s in sets], unused)
