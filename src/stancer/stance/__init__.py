"""Stance of a quote toward a target state: constructive, adversarial or neutral.

A rule + lexicon classifier over the dependency parse the pipeline already made (no re-parsing):
`mentions` finds where a quote refers to the target (aliases, pronouns, descriptions, the target's
own officials), `rules` finds the evaluative predicates linked to those mentions and reads them in
context (negation, denial, modality, questions, conditionals, negative frames), `classifier`
weighs the evidence into a label, a confidence and the evidence phrases. When the target is
central to the quote but no rule fires, `model` (the quote model: a small linear polarity model
trained by `scripts/train_stance.py` on text the team wrote, weights in
`stancer/data/stance_quote_model.json`) may give a polar label, with confidence capped below 0.8;
otherwise the quote is neutral. The lexicon is data: `stancer/data/stance_lexicon.json`.
"""

from __future__ import annotations

from .classifier import LABELS, DocStance, StanceResult
from .lexicon import Lexicon, get_lexicon

__all__ = ["LABELS", "DocStance", "StanceResult", "Lexicon", "get_lexicon", "classify_spans"]


def classify_spans(doc, spans, target, quotes=None):  # type: ignore[no-untyped-def]
    """Label each span (a quote's content) of a parsed doc toward `target`; `quotes` are the
    quote dicts (type, cue, frame, speaker) in the same order, or None. Returns result dicts."""
    stance = DocStance(doc, target)
    quotes = list(quotes) if quotes is not None else [None] * len(spans)
    return [stance.classify(span, quote).as_dict() for span, quote in zip(spans, quotes)]
