"""Scoring stancer against annotated articles (`stancer eval`); see "Evaluation protocol" in README.md for the rules.

Readers turn PolNeAR brat folders and locator-based gold JSONL into one gold representation,
`scoring` compares predicted document dicts with it, and `report` lays the result out. Nothing
here imports spaCy; the pipeline is only loaded when `evaluate` has to analyse the texts itself.
"""

from __future__ import annotations

from .gold import GoldArticle, GoldError, GoldQuote, GoldSet
from .metrics import QuoteScores, Ratio, StanceScores
from .readers import load_gold, load_gold_sets
from .runner import EvalReport, analyze_gold, evaluate
from .scoring import ArticleScores, SetScores, score_article, score_set

__all__ = [
    "ArticleScores",
    "EvalReport",
    "GoldArticle",
    "GoldError",
    "GoldQuote",
    "GoldSet",
    "QuoteScores",
    "Ratio",
    "SetScores",
    "StanceScores",
    "analyze_gold",
    "evaluate",
    "load_gold",
    "load_gold_sets",
    "score_article",
    "score_set",
]
