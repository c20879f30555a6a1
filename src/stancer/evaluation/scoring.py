"""Score predicted documents against gold articles; returns dataclasses, renders nothing.

Two matchings are made per article and threshold (GOLD-FORMAT.md): predictions against the
in-scope gold (recall), and predictions against every gold attribution (precision; a prediction
also counts when it covers more than the threshold of one piece of a discontinuous gold content).
Speaker, cue and stance are judged on the pairs of the lenient precision matching, so every
prediction that is counted correct by matching a gold attribution is also checked for its speaker.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from .gold import AUTHOR, QUOTE_TYPES, UNATTRIBUTED, GoldArticle, GoldError, GoldQuote, GoldSet
from .matching import LENIENT, STRICT, Match, covers_a_piece, match_one_to_one
from .metrics import QuoteScores, Ratio, StancePair, StanceScores, stance_scores
from .predictions import PredictedQuote, document_error, predicted_quotes
from .rules import cue_text_matches, speaker_surnames, spans_overlap, surname


def _span(info: dict[str, Any] | None) -> tuple[int, int] | None:
    if not info:
        return None
    start, end = info.get("start"), info.get("end")
    if isinstance(start, int) and isinstance(end, int) and end > start:
        return (start, end)
    return None


def speaker_correct(pred: PredictedQuote, gold: GoldQuote, byline: str | None = None) -> bool | None:
    """Speaker rule; None when the gold names no speaker (a PolNeAR attribution without Source).

    Correct when the predicted mention overlaps the gold Source span or the predicted canonical
    name has the gold speaker's surname. Locator gold: AUTHOR needs kind "author" (or the byline's
    surname); UNATTRIBUTED needs no name or kind "unknown".
    """
    if not gold.has_source or not gold.speaker:
        return None
    name = pred.speaker.get("name")
    kind = pred.speaker.get("kind")
    if gold.speaker == AUTHOR:
        return kind == "author" or (byline is not None and surname(name) is not None and surname(name) == surname(byline))
    if gold.speaker == UNATTRIBUTED:
        return not name or kind == "unknown"
    mention = _span(pred.speaker)
    if mention is not None and gold.source_spans and spans_overlap([mention], gold.source_spans):
        return True
    predicted = surname(name)
    return predicted is not None and predicted in speaker_surnames(gold.speaker)


def cue_correct(pred: PredictedQuote, gold: GoldQuote) -> bool | None:
    """Cue rule; None when the gold has no cue. Span gold: the spans overlap. Locator gold: the stems match."""
    if gold.cue_spans:
        cue = _span(pred.cue)
        return cue is not None and spans_overlap([cue], gold.cue_spans)
    if not gold.cue:
        return None
    return pred.cue is not None and cue_text_matches(pred.cue.get("text"), gold.cue)


def _same(a: str | None, b: str | None) -> bool:
    return a is None or b is None or a.casefold() == b.casefold()


def _stance_pair(pred: PredictedQuote, gold: GoldQuote, target: str, predicted_for: str | None) -> StancePair | None:
    """A gold/predicted label pair, when the gold label and the prediction are both about `target`."""
    if gold.stance is None or not _same(gold.stance_target, target) or not _same(predicted_for, target):
        return None
    label = pred.stance.get("label") if pred.stance else None
    confidence = pred.stance.get("confidence") if pred.stance else None
    if isinstance(confidence, bool) or not isinstance(confidence, (int, float)):
        confidence = None
    return StancePair(gold.stance, label if isinstance(label, str) else None, confidence)


def _gold_dict(quote: GoldQuote, text: str) -> dict[str, Any]:
    return {
        "id": quote.id,
        "type": quote.type,
        "in_scope": quote.in_scope,
        "start": quote.start,
        "end": quote.end,
        "pieces": [list(p) for p in quote.pieces],
        "text": quote.content(text),
        "speaker": quote.speaker,
        "cue": quote.cue,
        "stance": quote.stance,
    }


def _pred_dict(pred: PredictedQuote) -> dict[str, Any]:
    return {
        "id": pred.id,
        "type": pred.type,
        "start": pred.start,
        "end": pred.end,
        "text": pred.text,
        "speaker": pred.speaker.get("name"),
        "cue": pred.cue.get("text") if pred.cue else None,
        "stance": pred.stance.get("label") if pred.stance else None,
    }


@dataclass
class ArticleScores:
    """One article's figures plus the missed and spurious quotes, for debugging."""

    stem: str
    lenient: QuoteScores
    strict: QuoteScores
    recall_by_type: dict[str, Ratio]
    speaker: Ratio
    cue: Ratio
    stance_pairs: list[StancePair]
    matches: list[dict[str, Any]] = field(default_factory=list)
    missed: list[dict[str, Any]] = field(default_factory=list)
    spurious: list[dict[str, Any]] = field(default_factory=list)
    predicted: bool = True
    error: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "article": self.stem,
            "predicted": self.predicted,
            "error": self.error,
            "lenient": self.lenient.to_dict(),
            "strict": self.strict.to_dict(),
            "recall_by_type": {k: v.to_dict() for k, v in self.recall_by_type.items()},
            "speaker_accuracy": self.speaker.to_dict(),
            "cue_accuracy": self.cue.to_dict(),
            "matches": self.matches,
            "missed": self.missed,
            "spurious": self.spurious,
        }


def _detection(
    preds: list[PredictedQuote], article: GoldArticle, threshold: float
) -> tuple[QuoteScores, list[GoldQuote], list[Match], list[Match], set[int]]:
    """Detection counts at one threshold, plus the matchings the attribute scores are read from."""
    spans = [p.span for p in preds]
    in_scope = [q for q in article.quotes if q.in_scope]
    every = [q.pieces for q in article.quotes]
    recall_matches = match_one_to_one(spans, [q.pieces for q in in_scope], threshold)
    precision_matches = match_one_to_one(spans, every, threshold)
    correct = {m.pred for m in precision_matches}
    correct |= {i for i, span in enumerate(spans) if i not in correct and covers_a_piece(span, every, threshold)}
    scores = QuoteScores(threshold, len(correct), len(preds), len(recall_matches), len(in_scope))
    return scores, in_scope, recall_matches, precision_matches, correct


def score_article(
    article: GoldArticle, document: dict[str, Any] | None, target: str | None = None
) -> ArticleScores:
    """Score one article; a missing or failed document scores as an article where nothing was found.

    Stance counts only gold labels about `target` (default: the article's gold target) in a
    document analysed for that target.
    """
    target = target or article.gold_target()
    predicted_for = document.get("target") if document and isinstance(document.get("target"), str) else None
    preds = predicted_quotes(document)
    lenient, in_scope, recall_matches, precision_matches, correct = _detection(preds, article, LENIENT)
    strict = _detection(preds, article, STRICT)[0]
    by_type = {t: Ratio() for t in QUOTE_TYPES if any(q.type == t for q in in_scope)}
    matched_gold = {m.gold for m in recall_matches}
    for index, quote in enumerate(in_scope):
        by_type[quote.type].add(index in matched_gold)
    speaker, cue, stance_pairs, matches = Ratio(), Ratio(), [], []
    for m in precision_matches:
        pred, gold = preds[m.pred], article.quotes[m.gold]
        speaker_ok = speaker_correct(pred, gold, article.byline)
        cue_ok = cue_correct(pred, gold)
        pair = _stance_pair(pred, gold, target, predicted_for)
        if speaker_ok is not None:
            speaker.add(speaker_ok)
        if cue_ok is not None:
            cue.add(cue_ok)
        if pair is not None:
            stance_pairs.append(pair)
        matches.append(
            {
                "gold": gold.id,
                "pred": pred.id,
                "coverage": round(m.ratio, 3),
                "in_scope": gold.in_scope,
                "speaker_ok": speaker_ok,
                "speaker_gold": gold.speaker,
                "speaker_pred": pred.speaker.get("name"),
                "cue_ok": cue_ok,
                "stance_gold": pair.gold if pair else None,
                "stance_pred": pair.predicted if pair else None,
            }
        )
    return ArticleScores(
        stem=article.stem,
        lenient=lenient,
        strict=strict,
        recall_by_type=by_type,
        speaker=speaker,
        cue=cue,
        stance_pairs=stance_pairs,
        matches=matches,
        missed=[_gold_dict(q, article.text) for i, q in enumerate(in_scope) if i not in matched_gold],
        spurious=[_pred_dict(p) for i, p in enumerate(preds) if i not in correct],
        predicted=document is not None,
        error=document_error(document) if document else None,
    )


@dataclass
class SetScores:
    """Totals for one GOLD path (micro-averaged over its articles) and the per-article details."""

    name: str
    format: str
    articles: list[ArticleScores]
    lenient: QuoteScores
    strict: QuoteScores
    recall_by_type: dict[str, Ratio]
    speaker: Ratio
    cue: Ratio
    stance: StanceScores | None
    gold_attributions: int
    gold_in_scope: int
    gold_with_stance: int
    errors: list[GoldError]
    stance_file: str | None = None

    @property
    def missing_documents(self) -> list[str]:
        return [a.stem for a in self.articles if not a.predicted]

    @property
    def failed_documents(self) -> list[dict[str, str]]:
        return [{"article": a.stem, "error": a.error} for a in self.articles if a.error]

    def to_dict(self, by_article: bool = True) -> dict[str, Any]:
        data: dict[str, Any] = {
            "gold": self.name,
            "format": self.format,
            "articles": len(self.articles),
            "gold_attributions": self.gold_attributions,
            "gold_in_scope": self.gold_in_scope,
            "gold_with_stance": self.gold_with_stance,
            "stance_file": self.stance_file,
            "lenient": self.lenient.to_dict(),
            "strict": self.strict.to_dict(),
            "recall_by_type": {k: v.to_dict() for k, v in self.recall_by_type.items()},
            "speaker_accuracy": self.speaker.to_dict(),
            "cue_accuracy": self.cue.to_dict(),
            "stance": self.stance.to_dict() if self.stance else None,
            "missing_documents": self.missing_documents,
            "failed_documents": self.failed_documents,
            "errors": [e.to_dict() for e in self.errors],
        }
        if by_article:
            data["by_article"] = [a.to_dict() for a in self.articles]
        return data


def score_set(
    gold: GoldSet, documents: Mapping[str, dict[str, Any]], target: str | None = None
) -> SetScores:
    """Score every article of a gold set against the documents keyed by file stem.

    `target` None scores each article's stance labels for the article's own gold target.
    """
    articles = [score_article(a, documents.get(a.stem), target) for a in gold.articles]
    lenient, strict = QuoteScores(LENIENT), QuoteScores(STRICT)
    by_type = {t: Ratio() for t in QUOTE_TYPES}
    speaker, cue = Ratio(), Ratio()
    pairs: list[StancePair] = []
    for scores in articles:
        lenient += scores.lenient
        strict += scores.strict
        for quote_type, ratio in scores.recall_by_type.items():
            by_type[quote_type] += ratio
        speaker += scores.speaker
        cue += scores.cue
        pairs += scores.stance_pairs
    quotes = [q for a in gold.articles for q in a.quotes]
    return SetScores(
        name=gold.name,
        format=gold.format,
        articles=articles,
        lenient=lenient,
        strict=strict,
        recall_by_type={t: r for t, r in by_type.items() if r.total},
        speaker=speaker,
        cue=cue,
        stance=stance_scores(pairs),
        gold_attributions=len(quotes),
        gold_in_scope=sum(q.in_scope for q in quotes),
        gold_with_stance=sum(q.stance is not None for q in quotes),
        errors=list(gold.errors),
        stance_file=str(gold.stance_file) if gold.stance_file else None,
    )
