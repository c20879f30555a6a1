"""The quote model: a small linear polarity model that speaks when a quote is about the target but
no stance rule fires.

A multinomial logistic regression (negative / neutral / positive toward the target) over sparse
features of the quote (`quote_features`): the dependency context of each target mention
(`mention_features`: the words it governs or is governed by, its syntactic role, the verb it is
the subject or object of, negation on that verb, the words within a small window, and the
polarity the stance lexicon gives those words, which lets the model generalise beyond the
vocabulary it was trained on), the target's predicate-argument roles, and the quoted words
themselves. Trained by `scripts/train_stance.py` on text the stancer team wrote
(data/stance_written) and calibrated there by temperature scaling; the weights ship as JSON
(`stancer/data/stance_quote_model.json`). Inference is a dot product over the quote's sparse features.

negative maps to adversarial, positive to constructive.
"""

from __future__ import annotations

import json
import math
import os
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING

from .lexicon import Lexicon, get_lexicon

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Doc, Token

__all__ = ["CLASSES", "PolarityModel", "mention_features", "quote_features", "quote_evidence", "get_quote_model"]

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


def _load(filename: str, override: str | None = None) -> PolarityModel | None:
    """Weights shipped in stancer/data (or at the path `override`, for experiments), or None when
    the file is absent."""
    ref = Path(override) if override else resources.files("stancer") / "data" / filename
    try:
        with ref.open("r", encoding="utf-8") as handle:
            return PolarityModel(json.load(handle))
    except FileNotFoundError:
        return None


_MODALS = frozenset({"can", "could", "should", "would", "might", "may", "must", "will", "ought"})
_CONDITIONALS = frozenset({"if", "unless", "whether"})


def quote_features(doc: Doc, content_start: int, content_end: int, mentions: list[tuple[int, int, str]], frame: tuple[int, int], cue: tuple[int, int] | None, official: bool, lex: Lexicon | None = None) -> list[str]:
    """Features of one quote toward the target, for the quote model trained on the team's written
    set: the dependency context of each target mention (in the quoted words, or in the frame:
    the reporting sentence or the one before), the cue, whether the speaker is the target's own
    official, the target's predicate-argument roles (agent, patient, goal or partner of a
    predicate, the agent's object, the verb governing that predicate), and the quoted words
    themselves (lemmas, word pairs, words in a negation's scope, lexicon polarity counts plain
    and with negation flipping them, modality, conditionals, questions). `mentions` are
    (start, end, kind) token spans."""
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
    for start, end, kind in mentions[:4]:
        feats.extend(_argument_features(doc, start, end, lex, "" if content_start <= start < content_end else "f|"))
    negated = _negated_tokens(doc, content_start, content_end)
    flipped = {1: 0, -1: 0}
    prev = None
    counts = {1: 0, -1: 0}
    for tok in doc[content_start:content_end]:
        if tok.pos_ not in ("PUNCT", "SPACE"):
            cur = tok.lemma_.lower()
            if prev is not None:
                feats.append(f"b:{prev}_{cur}")
            prev = cur
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
        if tok.i in negated:
            feats.append("nw:" + lemma)
            if pol:
                flipped[-pol] += 1
        elif pol:
            flipped[pol] += 1
    feats.extend(_lexicon_count_features(counts))
    feats.extend(f"f{f}" for f in _lexicon_count_features(flipped))
    if counts[1] and counts[-1]:
        feats.append("lex:mixed")
    return feats


_AGENT_ROLES = {"nsubj": "agent", "pobj-by": "agent", "agent": "agent", "nsubjpass": "patient", "dobj": "patient", "dative": "patient", "pobj-to": "goal", "pobj-for": "goal", "pobj-with": "partner", "pobj-against": "patient", "pobj-on": "patient"}


def _negated_tokens(doc: Doc, lo: int, hi: int) -> set[int]:
    """Tokens in the scope of a negation in doc[lo:hi]: the subtree of the negated word."""
    out: set[int] = set()
    for tok in doc[lo:hi]:
        if tok.dep_ == "neg" or tok.lower_ in ("never", "hardly"):
            head = tok.head
            out.update(t.i for t in head.subtree if lo <= t.i < hi and t.i != tok.i)
    return out


def _argument_features(doc: Doc, start: int, end: int, lex: Lexicon, prefix: str) -> list[str]:
    """Predicate-argument features of one mention: the target as the agent, patient, goal or
    partner of a predicate ("Russia undermined ...", "sanctions on Russia", "help them achieve"),
    with the predicate's lexicon polarity, its object, and the verb that governs that predicate
    (the target as the subject of a clause that another verb helps, forces or prevents)."""
    root = doc[start:end].root
    np = _governor(root)
    role = np.dep_
    head = np.head
    if role == "pobj" and head.dep_ in ("prep", "agent"):
        role = "pobj-" + head.lower_
        head = head.head
    if role == "poss" and np.head.pos_ == "NOUN":
        role, head = "poss", np.head
    sem = _AGENT_ROLES.get(role, "poss" if role == "poss" else None)
    if sem is None or head.i == np.i:
        return []
    hl = head.lemma_.lower()
    out = [f"{prefix}{sem}:{hl}"]
    pol = _lex_polarity(head, lex)
    neg = any(c.dep_ == "neg" for c in head.children)
    if pol:
        out.append(f"{prefix}{sem}-lex:{pol * (-1 if neg else 1)}")
    if sem == "agent":
        obj = next((c for c in head.children if c.dep_ in ("dobj", "attr", "acomp")), None)
        if obj is not None:
            out.append(f"{prefix}agent-obj:{hl}:{obj.lemma_.lower()}")
            opol = _lex_polarity(obj, lex)
            if opol:
                out.append(f"{prefix}agent-obj-lex:{opol * (-1 if neg else 1)}")
                # a verb that raises or lowers what it governs composes with its object:
                # "averted bloodshed", "eased tensions" are good deeds, "fuelled the war" a bad one
                entry = lex.verb(hl)
                if entry is not None and entry.compose in ("inc", "dec"):
                    sign = (1 if entry.compose == "inc" else -1) * (-1 if neg else 1)
                    out.append(f"{prefix}agent-compose:{sign * opol}")
    if head.dep_ in ("xcomp", "ccomp", "advcl") and head.head.i != head.i:
        up = head.head
        ul = up.lemma_.lower()
        out.append(f"{prefix}{sem}-under:{ul}")
        upol = _lex_polarity(up, lex)
        if upol:
            out.append(f"{prefix}{sem}-under-lex:{upol}")
    return out


_PHRASE_LEFT = frozenset({"neg", "amod", "compound", "advmod", "det", "poss", "nummod"})
_PHRASE_RIGHT = frozenset({"prt", "dobj", "attr", "acomp", "xcomp", "prep", "oprd", "dative", "pobj", "amod", "compound", "advmod"})


def _phrase(doc: Doc, tok: Token, lo: int, hi: int, width: int = 9) -> tuple[int, int]:
    """A short readable phrase around an evidence word: a verb with its negation, particle and
    object ("keeps arming the separatists"), an adjective with what it describes ("not interested
    in peace"), a noun with its modifiers ("a reliable partner"); within doc[lo:hi]."""
    anchor = tok
    if tok.pos_ in ("ADJ", "ADV", "NOUN") and tok.dep_ in ("amod", "advmod", "compound") and lo <= tok.head.i < hi:
        anchor = tok.head
    # an object is read with its verb: "can't stand | our president", "wanted | Trump to win"
    if anchor.dep_ == "pobj" and anchor.head.dep_ == "prep" and anchor.head.head.pos_ in ("VERB", "AUX"):
        anchor = anchor.head.head
    elif anchor.dep_ in ("dobj", "dative") or (anchor.dep_ == "nsubj" and anchor.head.dep_ in ("xcomp", "ccomp") and anchor.head.i > anchor.i):
        anchor = anchor.head
    if not lo <= anchor.i < hi:
        anchor = tok
    left, right = anchor.i, anchor.i
    for c in anchor.children:
        if c.i < anchor.i and (c.dep_ in _PHRASE_LEFT or (c.dep_ == "aux" and c.head.pos_ == "VERB")):
            left = min(left, c.left_edge.i if c.dep_ in ("amod", "compound", "poss") else c.i)
        if c.i > anchor.i and c.dep_ in _PHRASE_RIGHT:
            right = max(right, c.right_edge.i)
    if tok.dep_ in ("acomp", "attr", "oprd") and lo <= tok.head.i < hi:
        left = min(left, tok.head.i)
        left = min([left] + [c.i for c in tok.head.children if c.dep_ == "neg" and c.i < tok.head.i])
    if anchor.dep_ in ("xcomp", "ccomp") and tok.i < anchor.i:
        left = min(left, tok.i)
    elif anchor.dep_ == "xcomp" and anchor.head.pos_ in ("VERB", "AUX") and 0 < anchor.i - anchor.head.i <= 3 and lo <= anchor.head.i:
        # "keeps | arming", "refused | to help": the verb the act depends on reads with it
        head = anchor.head
        left = min([left, head.i] + [c.i for c in head.children if c.dep_ in ("neg", "aux") and c.i < head.i and c.i >= lo])
    left = max(left, lo, tok.i - width)
    cut = right > max(tok.i, left + width)
    right = min(right, hi - 1, max(tok.i, left + width))
    # no dangling words at the end: "as a polite" (cut short) reads "..."; drop them
    trailing = ("PUNCT", "SPACE", "CCONJ", "ADP", "DET", "ADJ", "ADV", "PART", "AUX") if cut else ("PUNCT", "SPACE", "CCONJ", "ADP", "DET")
    while right > max(left, tok.i) and doc[right].pos_ in trailing:
        right -= 1
    return left, right + 1


def quote_evidence(model: PolarityModel, doc: Doc, content_start: int, content_end: int, mentions: list[tuple[int, int, str]], cls: str, lex: Lexicon | None = None) -> list[str]:
    """Evidence an analyst can check for a quote-model label: the phrase of the quoted words that
    pushes hardest toward `cls` (its words, the word pairs it is in, the predicate the target is
    an argument of), then the target's mention. Each word is scored by the weights of the
    features it anchors, as the margin of `cls` over the other classes."""
    lex = lex or get_lexicon()
    k = model.classes.index(cls)

    def margin(f: str) -> float:
        w = model.weights.get(f)
        return 0.0 if w is None else w[k] - max(w[j] for j in range(len(w)) if j != k)

    in_mention = {i for s, e, _ in mentions for i in range(s, e)}
    score: dict[int, float] = {}
    toks = [t for t in doc[content_start:content_end] if t.pos_ not in ("PUNCT", "SPACE")]
    negated = _negated_tokens(doc, content_start, content_end)
    for a, b in zip(toks, toks[1:]):
        # a word pair counts for its content words ("not | interested": for "interested")
        words = [t for t in (a, b) if not t.is_stop and t.pos_ not in _SKIP_POS and t.i not in in_mention]
        m = margin(f"b:{a.lemma_.lower()}_{b.lemma_.lower()}")
        for t in words:
            score[t.i] = score.get(t.i, 0.0) + m / len(words)
    for t in toks:
        if t.i in in_mention or t.pos_ in _SKIP_POS or t.is_stop:
            continue
        lemma = t.lemma_.lower()
        score[t.i] = score.get(t.i, 0.0) + margin("w:" + lemma) + (margin("nw:" + lemma) if t.i in negated else 0.0)
    # the predicate each mention in the quote is an argument of
    predicates: list[int] = []
    for start, end, _ in mentions[:4]:
        if not content_start <= start < content_end:
            continue
        feats = mention_features(doc, start, end, content_start, content_end, lex)
        np = _governor(doc[start:end].root)
        head = np.head.head if np.dep_ == "pobj" and np.head.dep_ in ("prep", "agent") else np.head
        if head.i in in_mention or not content_start <= head.i < content_end:
            continue
        m = sum(margin(f) for f in feats if f.startswith(("rh:", "rh-lex:", "head:", "head-lex:", "head-neg")))
        m += sum(margin(f) for f in _argument_features(doc, start, end, lex, ""))
        score[head.i] = score.get(head.i, 0.0) + m
        predicates.append(head.i)
    out: list[str] = []
    best = max((i for i in score if score[i] > 0), key=lambda i: (score[i], -i), default=None)
    # the heaviest phrase, then what the target does or undergoes when that leans the same way
    for i in [best] + sorted(predicates, key=lambda i: -score[i]):
        if i is None or score[i] <= 0:
            continue
        a, b = _phrase(doc, doc[i], content_start, content_end)
        text = doc[a:b].text
        if any(text in o for o in out):
            continue
        # a longer phrase holding an earlier one replaces it ("Ukraine" -> "achieve its goals in Ukraine")
        out = [o for o in out if o not in text] + [text]
        if len(out) == 2:
            break
    for start, end, _ in mentions[:1]:
        text = doc[start:end].text
        if not any(text in o for o in out):
            out.append(text)
    return out


@lru_cache(maxsize=1)
def get_quote_model() -> PolarityModel | None:
    """The quote model trained on the team's written set (stancer/data/stance_quote_model.json),
    or None when its weights file is absent."""
    return _load("stance_quote_model.json", os.environ.get("STANCER_QUOTE_MODEL"))
