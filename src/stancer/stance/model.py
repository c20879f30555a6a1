"""A small target-dependent polarity model: the fallback when a quote mentions the target but no
stance rule fires.

A multinomial logistic regression (negative / neutral / positive toward one mention) over sparse
features of the mention's dependency context: the words it governs or is governed by, its
syntactic role, the verb it is the subject or object of, negation on that verb, the words within
a small window, and the polarity the stance lexicon gives those words (which lets the model
generalise beyond the vocabulary it was trained on). Trained by `scripts/train_stance.py` on
NewsMTSC (MIT licence; sentences with target mentions and the sentence's sentiment toward each)
and calibrated there by temperature scaling; the weights ship as JSON
(`stancer/data/stance_model.json`). Inference is a dot product over a few dozen features.

negative maps to adversarial, positive to constructive.
"""

from __future__ import annotations

import json
import math
from functools import lru_cache
from importlib import resources
from typing import TYPE_CHECKING

from .lexicon import Lexicon, get_lexicon

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Doc, Token

__all__ = ["CLASSES", "PolarityModel", "mention_features", "get_model"]

CLASSES = ("negative", "neutral", "positive")
WINDOW = 4
_SKIP_POS = frozenset({"PUNCT", "SPACE", "DET", "NUM", "SYM", "X"})
_NEG_WORDS = frozenset({"not", "n't", "never", "no", "nothing", "hardly", "without"})


def _lex_polarity(tok: Token, lex: Lexicon) -> int:
    """The polarity the stance lexicon gives a word on its own (0 when it has none)."""
    lemma = tok.lemma_.lower()
    lower = tok.lower_
    if tok.pos_ == "ADJ":
        return lex.eval_adjectives.get(lower) or lex.eval_adjectives.get(lemma) or 0
    if tok.pos_ in ("NOUN", "PROPN"):
        pol = lex.eval_nouns.get(lemma) or lex.eval_nouns.get(lower)
        if pol:
            return pol
        entry = lex.noun(lemma)
        if entry is not None and entry.agent and not entry.compose and not entry.objects:
            return entry.agent
        return -1 if lemma in lex.bad else 1 if lemma in lex.good else 0
    if tok.pos_ in ("VERB", "AUX"):
        entry = lex.verb(lemma)
        if entry is not None and not entry.compose and not entry.objects:
            return entry.agent or entry.patient
        return 0
    if tok.pos_ == "ADV":
        return lex.praise_adverbs.get(lower, 0)
    return 0


def _governor(tok: Token) -> Token:
    """Climb from a mention through the noun phrase it modifies ("Russian" -> "hackers")."""
    h = tok
    for _ in range(6):
        if h.dep_ in ("compound", "amod", "poss", "nmod", "appos", "conj") and h.head.i != h.i and h.head.pos_ in ("NOUN", "PROPN", "PRON"):
            h = h.head
            continue
        break
    return h


def mention_features(doc: Doc, start: int, end: int, lo: int, hi: int, lex: Lexicon | None = None) -> list[str]:
    """Sparse features of the mention doc[start:end] within the region doc[lo:hi] (its sentence
    or the quote)."""
    lex = lex or get_lexicon()
    feats: list[str] = ["bias"]
    mention = set(range(start, end))
    root = doc[start:end].root
    np = _governor(root)
    if np.i != root.i:
        feats.append("np:" + np.lemma_.lower())
        pol = _lex_polarity(np, lex)
        if pol:
            feats.append(f"np-lex:{pol}")
    # modifiers of the mention and of its phrase: "thug Putin", "Russia's brutal campaign"
    for owner in {root, np}:
        for c in owner.children:
            if c.i in mention or c.pos_ in _SKIP_POS:
                continue
            if c.dep_ in ("amod", "compound", "appos", "acl", "relcl", "nmod"):
                feats.append("mod:" + c.lemma_.lower())
                pol = _lex_polarity(c, lex)
                if pol:
                    feats.append(f"mod-lex:{pol}")
    role = np.dep_
    feats.append("role:" + role)
    head = np.head
    if role == "pobj" and head.dep_ in ("prep", "agent"):
        feats.append("prep:" + head.lower_)
        role = "pobj-" + head.lower_
        head = head.head
    if head.i != np.i:
        hl = head.lemma_.lower()
        feats.append("head:" + hl)
        feats.append(f"rh:{role}:{hl}")
        pol = _lex_polarity(head, lex)
        if pol:
            feats.append(f"head-lex:{pol}")
            feats.append(f"rh-lex:{role}:{pol}")
        negated = any(c.dep_ == "neg" or c.lower_ in ("never",) for c in head.children)
        if negated:
            feats.append("head-neg")
            if pol:
                feats.append(f"head-neg-lex:{pol}")
        for c in head.children:
            if c.i == np.i or c.i in mention or c.pos_ in _SKIP_POS:
                continue
            if c.dep_ in ("dobj", "attr", "acomp", "xcomp", "ccomp", "oprd", "prep", "advmod"):
                cl = c.lemma_.lower()
                feats.append(f"sib:{c.dep_}:{cl}")
                pol = _lex_polarity(c, lex)
                if c.dep_ == "prep":
                    pobj = next((g for g in c.children if g.dep_ == "pobj"), None)
                    if pobj is not None:
                        feats.append(f"sib:{cl}:{pobj.lemma_.lower()}")
                        pol = _lex_polarity(pobj, lex)
                if pol:
                    feats.append(f"sib-lex:{role}:{pol * (-1 if negated else 1)}")
        # the clause above: "accused Russia of ...", "said that Russia ..."
        up = head.head if head.head.i != head.i else None
        if up is not None:
            feats.append("up:" + up.lemma_.lower())
            pol = _lex_polarity(up, lex)
            if pol:
                feats.append(f"up-lex:{pol}")
    # a small window, by side and by polarity
    for i in range(max(lo, start - WINDOW), min(hi, end + WINDOW)):
        if i in mention:
            continue
        tok = doc[i]
        if tok.pos_ in _SKIP_POS:
            continue
        side = "L" if i < start else "R"
        feats.append(f"{side}:{tok.lemma_.lower()}")
        if tok.lower_ in _NEG_WORDS:
            feats.append(f"{side}:NEG")
    # the whole region, bag of lemmas and lexicon polarity counts
    counts = {1: 0, -1: 0}
    for tok in doc[lo:hi]:
        if tok.i in mention or tok.pos_ in _SKIP_POS or tok.is_stop:
            continue
        feats.append("w:" + tok.lemma_.lower())
        pol = _lex_polarity(tok, lex)
        if pol:
            counts[pol] += 1
    feats.extend(_lexicon_count_features(counts))
    return feats


def _lexicon_count_features(counts: dict[int, int]) -> list[str]:
    """How many positive and negative lexicon words a region holds (capped at 3)."""
    return [f"lex:{pol}:{min(n, 3)}" for pol, n in counts.items() if n]


class PolarityModel:
    """Weights loaded from JSON: {"classes": [...], "temperature": T, "weights": {feature: [w_neg, w_neu, w_pos]}}."""

    def __init__(self, data: dict) -> None:  # type: ignore[type-arg]
        self.classes = tuple(data["classes"])
        self.temperature = float(data.get("temperature", 1.0))
        self.weights: dict[str, list[float]] = data["weights"]

    def probabilities(self, features: list[str]) -> dict[str, float]:
        scores = [0.0] * len(self.classes)
        for f in set(features):
            w = self.weights.get(f)
            if w is not None:
                for k in range(len(scores)):
                    scores[k] += w[k]
        top = max(scores)
        exps = [math.exp((s - top) / self.temperature) for s in scores]
        total = sum(exps)
        return {c: e / total for c, e in zip(self.classes, exps)}

    def strongest_word(self, features: list[str], cls: str) -> str | None:
        """The lemma (from the bag-of-words features) that pushes hardest toward `cls`."""
        k = self.classes.index(cls)
        best = None
        for f in set(features):
            if not f.startswith("w:") or f not in self.weights:
                continue
            w = self.weights[f]
            margin = w[k] - max(w[j] for j in range(len(w)) if j != k)
            if margin > 0 and (best is None or margin > best[0]):
                best = (margin, f[2:])
        return best[1] if best else None

    def predict(self, doc: Doc, start: int, end: int, lo: int, hi: int, lex: Lexicon | None = None) -> dict[str, float]:
        return self.probabilities(mention_features(doc, start, end, lo, hi, lex))


def _load(filename: str) -> PolarityModel | None:
    """Weights shipped in stancer/data, or None when the file is absent."""
    ref = resources.files("stancer") / "data" / filename
    try:
        with ref.open("r", encoding="utf-8") as handle:
            return PolarityModel(json.load(handle))
    except FileNotFoundError:
        return None


@lru_cache(maxsize=1)
def get_model() -> PolarityModel | None:
    """The NewsMTSC fallback model (stancer/data/stance_model.json), or None when absent."""
    return _load("stance_model.json")


_MODALS = frozenset({"can", "could", "should", "would", "might", "may", "must", "will", "ought"})
_CONDITIONALS = frozenset({"if", "unless", "whether"})


def quote_features(doc: Doc, content_start: int, content_end: int, mentions: list[tuple[int, int, str]], frame: tuple[int, int], cue: tuple[int, int] | None, official: bool, lex: Lexicon | None = None) -> list[str]:
    """Features of one quote toward the target, for the quote model trained on the team's written
    set: the dependency context of each target mention (in the quoted words, or in the frame:
    the reporting sentence or the one before), the cue, whether the speaker is the target's own
    official, and the quoted words themselves (lemmas, lexicon polarity counts, negation,
    modality, conditionals, questions). `mentions` are (start, end, kind) token spans."""
    lex = lex or get_lexicon()
    feats: list[str] = ["bias"]
    if official:
        feats.append("official")
    if cue is not None:
        feats.append("cue:" + doc[cue[0] : cue[1]].root.lemma_.lower())
    for start, end, kind in mentions[:4]:
        inside = content_start <= start < content_end
        loc = "q" if inside else "f"
        feats.append(f"mention:{loc}:{kind}")
        lo, hi = (content_start, content_end) if inside else frame
        for f in mention_features(doc, start, end, lo, hi, lex):
            if f.startswith(("w:", "lex:")):
                continue
            feats.append(f if inside else "f|" + f)
    counts = {1: 0, -1: 0}
    for tok in doc[content_start:content_end]:
        low = tok.lower_
        if low in _NEG_WORDS or tok.dep_ == "neg":
            feats.append("q:NEG")
        if low in _MODALS:
            feats.append("q:modal:" + low)
        if low in _CONDITIONALS:
            feats.append("q:cond")
        if low == "?":
            feats.append("q:?")
        if tok.pos_ in _SKIP_POS or tok.is_stop:
            continue
        lemma = tok.lemma_.lower()
        feats.append("w:" + lemma)
        if official:
            feats.append("ow:" + lemma)
        pol = _lex_polarity(tok, lex)
        if pol:
            counts[pol] += 1
    feats.extend(_lexicon_count_features(counts))
    if counts[1] and counts[-1]:
        feats.append("lex:mixed")
    return feats


@lru_cache(maxsize=1)
def get_quote_model() -> PolarityModel | None:
    """The quote model trained on the team's written set (stancer/data/stance_quote_model.json),
    or None when its weights file is absent."""
    return _load("stance_quote_model.json")
