"""Evaluative evidence linked to a target mention through the dependency parse.

For one mention the rules ask how the target takes part in what the sentence says:

* as the agent (subject, possessor, "by" phrase) of a predicate: `Moscow can nudge Pyongyang toward
  restraint`, `Russian interference`, `Russia uses its influence in ways that undermine sanctions`;
  what it increases or decreases decides (inc(good) and dec(bad) are constructive, inc(bad) and
  dec(good) adversarial), else the predicate's own polarity;
* as the patient (object, "against/on/with" phrase): `sanctions against Russia`, `praise for Putin`,
  `cooperate with Moscow`, `urged Russia to help`;
* as what an evaluative noun or adjective is said of: `Russia is a threat`, `thug Putin`,
  `an autocrat in the Kremlin`, `enemies like Russia`, `a way that is not adversarial`.

Every piece of evidence is then read in its context, walking up the tree: negation flips it
(`will not help`, `has done nothing to restrain`), a negated act is a denial (neutral), `stop`
presupposes the act, a negative frame (`accused X of`, `troubling`, `a danger`) makes closeness
adversarial, a denial, a yes/no question or a `whether` clause neutralises it, `if` weakens it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from .lexicon import Entry, Lexicon

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Doc, Token

__all__ = ["Item", "MentionAnalyzer"]

NOUNISH = ("NOUN", "PROPN")
OBJECT_PREPS = ("toward", "towards", "for", "to", "into", "with", "against", "on", "upon", "in", "at", "over", "from", "of", "about")
PATIENT_PREPS = frozenset({"against", "on", "upon", "toward", "towards", "to", "with", "for", "over", "at", "about", "into", "of"})
AGENT_PREPS = frozenset({"by", "from"})
LIST_PREPS = frozenset({"like", "including", "among", "as", "in", "of", "from", "such"})
LIST_NOUNS = frozenset({"form", "kind", "type", "likes", "sort", "case", "example", "shape", "one", "some", "all", "any", "most", "each", "many", "both"})
RELATIVE = frozenset({"that", "which", "who", "whom", "whose"})
SPEECH_VERBS = frozenset({"say", "tell", "claim", "believe", "think", "suggest", "argue", "accuse", "allege", "conclude", "know", "report", "state", "assert", "blame", "find", "show", "prove", "confirm", "charge", "announce", "insist"})
COPULA_OBJECT_VERBS = frozenset({"pose", "represent", "constitute", "present", "become", "remain", "play", "act", "serve", "prove", "emerge", "look", "seem", "appear", "be"})
VERDICT_VERBS = frozenset({"call", "label", "brand", "describe", "consider", "regard", "see", "view", "cite", "find", "deem", "name", "dub", "portray", "paint", "depict", "treat", "characterize", "characterise", "cast", "think", "identify", "list", "rank", "count", "designate"})
IDIOM_NOUNS = {"detriment": -1, "expense": -1, "harm": -1, "damage": -1, "cost": -1, "benefit": 1, "good": 1}
ADJ_RELATIONS = {
    "soft": -1, "tough": -1, "hard": -1, "hostile": -1, "beholden": -1, "indebted": -1, "dependent": -1, "cozy": -1, "cosy": -1,
    "subservient": -1, "weak": -1, "firm": -1, "strong": -1, "wary": -1, "suspicious": -1, "skeptical": -1, "sceptical": -1,
    "friendly": 1, "open": 1, "close": 1, "warm": 1, "kind": 1, "nice": 1, "favorable": 1, "favourable": 1, "sympathetic": 1,
    "grateful": 1, "thankful": 1, "receptive": 1, "respectful": 1, "loyal": 1, "fond": 1, "generous": 1, "conciliatory": 1,
}
HEDGE_AUX = frozenset({"could", "may", "might", "would", "can"})
RECOMMEND_AUX = frozenset({"should", "must", "ought", "need"})
MAX_PHRASE = 14


@dataclass
class Item:
    """One piece of evidence: polarity toward the target, weight, and the phrase that shows it."""

    polarity: int
    weight: float
    head: int
    start: int
    end: int
    rule: str
    kind: str = "act"  # "act" | "eval" | "patient" | "invite" | "neutraliser"
    flags: set[str] = field(default_factory=set)
    extra: list[tuple[int, int]] = field(default_factory=list)


class MentionAnalyzer:
    """Finds the evidence linked to mentions of the target in one doc."""

    def __init__(self, doc: Doc, lexicon: Lexicon, target_tokens: set[int], mention_roots: set[int]) -> None:
        self.doc = doc
        self.lex = lexicon
        self.target_tokens = target_tokens  # every token of every target mention / reference
        self.mention_roots = mention_roots
        self._consumed: set[int] = set()

    # ------------------------------------------------------------------ public
    def items_for(self, root: Token) -> list[Item]:
        """All evidence items for the mention whose root token is `root`."""
        items: list[Item] = []
        head, via = self._np_head(root)
        items.extend(self._np_items(root, head, via))
        items.extend(self._role_items(head, root, depth=0))
        for item in items:
            self._apply_context(item)
        return items

    # ------------------------------------------------------------------ noun phrase
    def _np_head(self, tok: Token) -> tuple[Token, str]:
        """Climb from a mention to the head of the noun phrase it is part of.
        Returns the head and how the mention attaches to it ("self", "mod", "of", "by")."""
        via = "self"
        h = tok
        for _ in range(8):
            if h.dep_ == "conj" and h.head.pos_ in NOUNISH + ("PRON",) and h.head.i != h.i:
                h = h.head
                continue
            if h.dep_ == "appos" and h.head.i in self.target_tokens:
                h = h.head
                continue
            if h.dep_ in ("compound", "amod", "poss", "nmod", "nummod") and h.head.pos_ in NOUNISH and h.head.i != h.i:
                h = h.head
                via = "mod" if h.i not in self.target_tokens else via
                continue
            if h.dep_ == "pobj" and h.head.dep_ == "prep" and h.head.head.pos_ in NOUNISH:
                prep = h.head.lower_
                owner = h.head.head
                if owner.i in self.target_tokens and prep in ("of", "in"):  # "Putin of Russia"
                    h = owner
                    continue
                if prep in AGENT_PREPS and self._noun_entry(owner) is not None:
                    h = owner
                    via = "by"
                    continue
            break
        return h, via

    def _np_items(self, root: Token, head: Token, via: str) -> list[Item]:
        items: list[Item] = []
        lex = self.lex
        if head.i != root.i and head.i not in self.target_tokens:
            lemma = head.lemma_.lower()
            ev = lex.eval_nouns.get(lemma) or lex.eval_nouns.get(head.lower_)
            entry = self._noun_entry(head)
            if ev:
                items.append(self._item(ev, 1.0, head, self._span_np(head, root), "np-eval:" + lemma, kind="eval"))
            elif entry is not None and entry.agent:
                pol, strong, obj = self._compose_noun(head, entry, role="agent")
                if pol:
                    span = self._span_np(head, root, obj)
                    items.append(self._item(pol, 1.0 if strong else 0.8, head, span, f"np-agent:{lemma}", kind="act"))
        # evaluative modifiers of the phrase and of the mention itself: "thug Putin", "Russia's worrying actions"
        for owner in {head, root}:
            for child in owner.children:
                if child.i in self.target_tokens:
                    continue
                if child.dep_ in ("amod", "compound", "appos", "acomp") or (child.dep_ == "nmod"):
                    pol = self._eval_word(child, owner)
                    if pol:
                        start = min(child.i, owner.i, root.i) if child.dep_ != "appos" else child.left_edge.i
                        end = max(child.i, owner.i, root.i) + 1 if child.dep_ != "appos" else child.i + 1
                        items.append(self._item(pol, 1.0, child, (start, end), "np-modifier:" + child.lemma_.lower(), kind="eval"))
            for child in owner.children:
                if child.dep_ in ("relcl", "acl") and child.pos_ in ("VERB", "AUX"):
                    items.extend(self._agent_scan(child, subject=owner, depth=1))
        return items

    # ------------------------------------------------------------------ roles
    def _role_items(self, p: Token, root: Token, depth: int) -> list[Item]:
        if depth > 3:
            return []
        dep = p.dep_
        head = p.head
        items: list[Item] = []
        if dep in ("nsubj", "csubj", "expl") and head.i != p.i:
            items.extend(self._agent_scan(head, subject=p, depth=0))
        elif dep == "nsubjpass":
            items.extend(self._patient_verb(head, p, passive=True))
        elif dep in ("dobj", "dative", "oprd"):
            items.extend(self._patient_verb(head, p, passive=False))
        elif dep == "pobj" and head.dep_ in ("prep", "agent", "dative"):
            items.extend(self._pobj_items(p, head, root, depth))
        elif dep == "attr" and head.i != p.i:
            subj = next((c for c in head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            if subj is not None:
                pol = self.lex.eval_nouns.get(subj.lemma_.lower())
                if pol:
                    items.append(self._item(pol, 1.0, subj, self._span_np(subj), "attr-of-eval:" + subj.lemma_.lower(), kind="eval"))
        elif dep == "appos" and head.pos_ in NOUNISH:
            pol = self.lex.eval_nouns.get(head.lemma_.lower())
            if pol:
                items.append(self._item(pol, 1.0, head, self._span_np(head), "appos-of-eval:" + head.lemma_.lower(), kind="eval"))
        elif dep == "conj" and head.i != p.i:
            items.extend(self._role_items(head, root, depth + 1))
        return items

    def _pobj_items(self, p: Token, prep: Token, root: Token, depth: int) -> list[Item]:
        lex = self.lex
        items: list[Item] = []
        word = prep.lower_
        owner = prep.head
        if prep.dep_ == "agent" or word == "by" and owner.pos_ in ("VERB", "AUX"):
            # passive agent: "was conducted by Russian intelligence"
            return self._agent_scan(owner, subject=p, depth=0, passive=True)
        if owner.pos_ in ("VERB", "AUX"):
            entry, key = self._verb_entry(owner, prefer_prep=prep)
            adv = next((lex.praise_adverbs[c.lower_] for c in owner.children if c.dep_ == "advmod" and c.lower_ in lex.praise_adverbs), 0)
            if adv and word in ("of", "about", "to", "with"):
                items.append(self._item(adv, 1.0, owner, (owner.i, p.i + 1), "adverb:" + owner.lemma_, kind="patient"))
            elif entry is not None and (word in PATIENT_PREPS or key.endswith(" " + word)) and entry.patient:
                start = min(owner.i, p.i)
                items.append(self._item(entry.patient, 1.0, owner, (start, max(owner.i, p.i) + 1), f"patient:{key}", kind="patient"))
            elif owner.lemma_ == "be" and word in ("on", "with", "to", "against"):
                pass
            return items
        if owner.pos_ == "ADJ":
            pol = ADJ_RELATIONS.get(owner.lemma_.lower())
            if pol and word in ("on", "to", "toward", "towards", "with", "of", "about", "for"):
                items.append(self._item(pol, 1.0, owner, (owner.i, p.i + 1), "adj-relation:" + owner.lemma_.lower(), kind="patient"))
            return items
        if owner.pos_ not in NOUNISH:
            return items
        lemma = owner.lemma_.lower()
        # "strategic threats in the form of Russia", "enemies like ... Russia"
        if lemma in LIST_NOUNS and owner.dep_ == "pobj" and owner.head.dep_ == "prep":
            return self._pobj_items(owner, owner.head, root, depth + 1)
        ev = lex.eval_nouns.get(lemma)
        entry = self._noun_entry(owner)
        idiom = IDIOM_NOUNS.get(lemma)
        if idiom and word == "of":
            items.append(self._item(idiom, 1.0, owner, self._span_np(owner, p), "idiom:" + lemma, kind="eval"))
        elif ev and (word in LIST_PREPS or word in AGENT_PREPS) and word not in ("to", "against", "toward", "towards", "on"):
            if not (ev < 0 and entry is not None and entry.agent == 0):
                items.append(self._item(ev, 1.0, owner, self._span_np(owner, p), "eval-of:" + lemma, kind="eval"))
        elif entry is not None:
            if word in AGENT_PREPS or (word == "of" and entry.patient == 0):
                pol, strong, obj = self._compose_noun(owner, entry, role="agent")
                if pol:
                    items.append(self._item(pol, 1.0 if strong else 0.8, owner, self._span_np(owner, p), "noun-agent:" + lemma, kind="act"))
                items.extend(self._role_items(owner, root, depth + 1))
            elif word in PATIENT_PREPS and entry.patient:
                pol = entry.patient
                # "better relations with Russia", "improve ties with Moscow"
                if entry.group.startswith("closeness") and lemma in ("tie", "ties", "relation", "relations", "relationship", "talk", "talks", "deal", "agreement", "meeting", "summit", "negotiation"):
                    pol = self._relation_polarity(owner)
                if pol:
                    items.append(self._item(pol, 1.0, owner, self._span_np(owner, p), "noun-patient:" + lemma, kind="patient"))
                    self._mark_consumed(owner)
        elif word in ("of", "in", "from", "behind") and depth < 3:
            # "the outcome of Russian influence", "the role of Moscow": the phrase stands for the target
            items.extend(self._np_items(p, owner, "of"))
            items.extend(self._role_items(owner, root, depth + 1))
        return items

    def _relation_polarity(self, noun: Token) -> int:
        for child in noun.children:
            if child.dep_ == "amod":
                pol = self.lex.eval_adjectives.get(child.lemma_.lower()) or self.lex.eval_adjectives.get(child.lower_)
                if pol:
                    return pol
        head = noun.head
        if noun.dep_ in ("dobj", "pobj", "nsubjpass") and head.pos_ == "VERB" or (noun.dep_ == "pobj" and head.head.pos_ == "VERB"):
            verb = head if head.pos_ == "VERB" else head.head
            entry, _ = self._verb_entry(verb)
            if entry is not None and entry.compose:
                return 1 if entry.compose == "inc" else -1
        return 0

    # ------------------------------------------------------------------ verbs
    def _verb_entry(self, verb: Token, prefer_prep: Token | None = None) -> tuple[Entry | None, str]:
        lex = self.lex
        lemma = verb.lemma_.lower()
        keys = []
        prts = [c.lower_ for c in verb.children if c.dep_ == "prt"]
        for prt in prts:
            if prefer_prep is not None:
                keys.append(f"{lemma} {prt} {prefer_prep.lower_}")
            keys.append(f"{lemma} {prt}")
        if prefer_prep is not None:
            keys.append(f"{lemma} {prefer_prep.lower_}")
        for c in verb.children:
            if c.dep_ == "prep":
                keys.append(f"{lemma} {c.lower_}")
        keys.append(lemma)
        if verb.lower_ != lemma:
            keys.append(verb.lower_)
        for key in keys:
            if key in lex.verbs:
                return lex.verbs[key][0], key
        return None, lemma

    def _object_of(self, verb: Token, key: str) -> Token | None:
        for c in verb.children:
            if c.dep_ in ("dobj", "attr") and c.pos_ in NOUNISH + ("PRON", "NUM"):
                return c
        want = key.split(" ")[-1] if " " in key else None
        for c in verb.children:
            if c.dep_ == "prep" and (c.lower_ == want or (want is None and c.lower_ in OBJECT_PREPS)):
                obj = next((g for g in c.children if g.dep_ == "pobj"), None)
                if obj is not None:
                    return obj
        if verb.tag_ == "VBN" or any(c.dep_ == "auxpass" for c in verb.children):
            return next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
        return None

    def _thing_class(self, noun: Token | None) -> int:
        if noun is None:
            return 0
        lex = self.lex
        lemma = noun.lemma_.lower()
        text = noun.lower_
        compounds = " ".join([c.lower_ for c in noun.children if c.dep_ in ("compound", "amod") and c.i < noun.i] + [lemma])
        cls = lex.thing_class(compounds, lemma, text)
        if cls:
            return cls
        if noun.ent_type_ == "PERSON" and any(t in lex.pariahs for t in (text, lemma)):
            return -1
        for c in noun.children:
            if c.dep_ == "prep" and c.lower_ == "of":
                obj = next((g for g in c.children if g.dep_ == "pobj"), None)
                if obj is not None:
                    return lex.thing_class(obj.lemma_.lower(), obj.lower_)
        return 0

    def _compose(self, entry: Entry, obj: Token | None) -> tuple[int, bool]:
        cls = self._thing_class(obj)
        if obj is not None and obj.i in self.target_tokens:
            return 0, False
        if entry.compose and cls:
            return (cls if entry.compose == "inc" else -cls), True
        return entry.agent, entry.compose == "" and entry.agent != 0

    def _compose_noun(self, noun: Token, entry: Entry, role: str) -> tuple[int, bool, Token | None]:
        obj = None
        for c in noun.children:
            if c.dep_ == "prep" and c.lower_ in ("for", "to", "of", "on", "against", "toward", "towards", "in", "with"):
                obj = next((g for g in c.children if g.dep_ == "pobj"), None)
                if obj is not None and obj.i not in self.target_tokens:
                    break
                obj = None
            if c.dep_ in ("acl", "relcl") and c.pos_ == "VERB":
                # "efforts to find a political solution"
                entry2, key2 = self._verb_entry(c)
                if entry2 is not None:
                    pol, strong = self._compose(entry2, self._object_of(c, key2))
                    if pol and strong:
                        return pol, True, c
        if entry.compose:
            cls = self._thing_class(obj)
            if cls:
                return (cls if entry.compose == "inc" else -cls), True, obj
        return entry.agent, entry.compose == "" and entry.agent != 0, obj

    def _agent_verb_item(self, verb: Token) -> Item | None:
        entry, key = self._verb_entry(verb)
        if entry is None:
            return None
        obj = self._object_of(verb, key)
        if obj is not None and obj.i in self.target_tokens:
            return None
        entries = self.lex.verb_entries(key)
        restricted = [e for e in entries if e.objects]
        if restricted and obj is not None and (obj.lemma_.lower() in restricted[0].objects or obj.lower_ in restricted[0].objects):
            entry = restricted[0]
            pol, strong = entry.agent, True
        elif entry.objects:
            return None
        else:
            pol, strong = self._compose(entry, obj)
        if not pol:
            return None
        self._mark_consumed_token(obj)
        span = self._span_verb(verb, obj)
        return self._item(pol, 1.0 if strong else 0.6, verb, span, f"agent:{key}", kind="act")

    def _patient_verb(self, verb: Token, p: Token, passive: bool) -> list[Item]:
        items: list[Item] = []
        lex = self.lex
        if verb.pos_ not in ("VERB", "AUX"):
            return items
        entry, key = self._verb_entry(verb)
        lemma = verb.lemma_.lower()
        span = (min(verb.i, p.i), max(verb.i, p.i) + 1)
        # "called Russia our foe", "cited his fondness as a danger", "sees Russia as a threat"
        for c in verb.children:
            cand = None
            if c.dep_ in ("oprd", "xcomp", "acomp", "ccomp") and c.pos_ in ("NOUN", "ADJ", "PROPN"):
                cand = c
            elif c.dep_ == "prep" and c.lower_ == "as":
                cand = next((g for g in c.children if g.dep_ == "pobj"), None)
            if cand is not None and cand.i not in self.target_tokens:
                pol = self._eval_word(cand, None, predicative=True)
                if pol:
                    items.append(self._item(pol, 1.0, cand, (min(p.i, cand.left_edge.i), cand.i + 1) if cand.i - p.i < MAX_PHRASE else self._span_np(cand), "verdict:" + cand.lemma_.lower(), kind="eval"))
        if lemma in lex.invite_verbs or key in lex.invite_verbs:
            comp = next((c for c in verb.children if c.dep_ in ("xcomp", "ccomp") and c.i > p.i), None)
            if comp is not None and not passive:
                pol = 1
                if any(c.dep_ == "neg" for c in comp.children) or comp.lemma_.lower() in lex.stop_verbs:
                    pol = -1
                items.append(self._item(pol, 0.9, verb, (verb.i, min(comp.i + 1, verb.i + MAX_PHRASE)), "invite:" + lemma, kind="invite"))
                return items
        if entry is not None and entry.patient:
            items.append(self._item(entry.patient, 1.0, verb, span, "patient:" + key, kind="patient"))
        else:
            adv = next((lex.praise_adverbs[c.lower_] for c in verb.children if c.dep_ == "advmod" and c.lower_ in lex.praise_adverbs), 0)
            if adv:
                items.append(self._item(adv, 1.0, verb, span, "adverb:" + lemma, kind="patient"))
        return items

    # ------------------------------------------------------------------ agent scan
    def _agent_scan(self, verb: Token, subject: Token, depth: int, passive: bool = False) -> list[Item]:
        """Evidence in the predicate whose agent is the target."""
        items: list[Item] = []
        seen: set[int] = set()
        subject_span = set(range(subject.left_edge.i, subject.right_edge.i + 1))
        stack = [(verb, 0)]
        while stack:
            tok, level = stack.pop()
            if tok.i in seen or level > 6:
                continue
            seen.add(tok.i)
            items.extend(self._items_at(tok, verb, passive))
            for child in tok.children:
                if child.i in subject_span or child.i in seen:
                    continue
                if child.dep_ in ("punct", "cc", "det", "aux", "auxpass", "neg", "mark", "case", "prt"):
                    continue
                if child.i in self.target_tokens and child.dep_ in ("dobj", "pobj", "dative"):
                    continue
                if self._own_subject_elsewhere(child, tok):
                    continue
                if child.dep_ == "xcomp" and any(c.dep_ == "dobj" for c in tok.children) and tok.lemma_.lower() not in self.lex.causative_verbs:
                    continue
                if child.dep_ == "relcl" and not (tok.lemma_.lower() in self.lex.role_nouns or tok.lower_ in ("way", "ways", "manner", "fashion")):
                    continue
                stack.append((child, level + 1))
        return items

    def _own_subject_elsewhere(self, clause: Token, parent: Token) -> bool:
        if clause.dep_ not in ("ccomp", "advcl", "csubj", "parataxis", "conj", "xcomp", "relcl", "acl", "pcomp"):
            return False
        subj = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass", "csubj", "expl")), None)
        if subj is None:
            return False
        if subj.lower_ in RELATIVE or subj.i in self.target_tokens:
            return False
        if clause.dep_ == "conj" and subj.lower_ in ("it", "they", "he", "she"):
            return False
        return parent.lemma_.lower() not in self.lex.causative_verbs

    def _items_at(self, tok: Token, top: Token, passive: bool) -> list[Item]:
        lex = self.lex
        out: list[Item] = []
        if tok.pos_ == "VERB" or (tok.pos_ == "AUX" and tok.lemma_ != "be" and tok.dep_ not in ("aux", "auxpass")):
            if passive and tok.i == top.i:
                # the thing done "by" the target: "a breach ... conducted by Russian intelligence"
                done = next((c for c in tok.children if c.dep_ == "nsubjpass"), None)
                entry, key = self._verb_entry(tok)
                if entry is not None and entry.agent and not entry.compose:
                    out.append(self._item(entry.agent, 1.0, tok, (tok.i, tok.i + 1), "passive-agent:" + key, kind="act"))
                if done is not None:
                    pol = self._noun_agent_polarity(done)
                    if pol:
                        out.append(self._item(pol, 1.0, done, self._span_np(done), "done-by:" + done.lemma_.lower(), kind="act"))
                return out
            item = self._agent_verb_item(tok)
            if item is not None:
                out.append(item)
            return out
        if tok.pos_ in NOUNISH:
            if tok.i in self._consumed or tok.i in self.target_tokens:
                return out
            lemma = tok.lemma_.lower()
            head = tok.head
            ev = lex.eval_nouns.get(lemma)
            if ev and (tok.dep_ in ("attr", "appos") or (tok.dep_ in ("dobj", "oprd") and head.lemma_.lower() in COPULA_OBJECT_VERBS) or (tok.dep_ == "pobj" and head.lower_ == "as" and head.head.lemma_.lower() in COPULA_OBJECT_VERBS)):
                out.append(self._item(ev, 1.0, tok, self._span_np(tok), "predicate:" + lemma, kind="eval"))
                return out
            idiom = IDIOM_NOUNS.get(lemma)
            if idiom and tok.dep_ == "pobj" and head.lower_ in ("to", "at", "for"):
                out.append(self._item(idiom, 1.0, tok, (head.i, tok.right_edge.i + 1) if tok.right_edge.i - head.i < MAX_PHRASE else (head.i, tok.i + 1), "idiom:" + lemma, kind="eval"))
                return out
            if self._foreign_owner(tok):
                return out
            entry = self._noun_entry(tok)
            if entry is not None and entry.agent and not (head.pos_ == "VERB" and self._verb_entry(head)[0] is not None and tok.dep_ in ("dobj", "pobj")):
                pol, strong, obj = self._compose_noun(tok, entry, role="agent")
                if pol:
                    out.append(self._item(pol, 1.0 if strong else 0.7, tok, self._span_np(tok, None, obj), "noun:" + lemma, kind="act"))
            return out
        if tok.pos_ == "ADJ" and tok.dep_ in ("acomp", "amod", "oprd", "attr", "conj"):
            owner = tok.head if tok.dep_ == "amod" else None
            if owner is not None and owner.i in self._consumed:
                return out
            pol = self._eval_word(tok, owner, predicative=tok.dep_ != "amod")
            if pol:
                end = tok.i + 1
                for c in tok.children:
                    if c.dep_ == "prep" and c.right_edge.i - tok.i < 8:
                        end = c.right_edge.i + 1
                start = tok.i if owner is None else min(tok.i, owner.i)
                end = end if owner is None else max(end, owner.i + 1)
                out.append(self._item(pol, 1.0, tok, (start, end), "adjective:" + tok.lemma_.lower(), kind="eval"))
        return out

    def _noun_agent_polarity(self, noun: Token) -> int:
        entry = self._noun_entry(noun)
        if entry is not None and entry.agent:
            return self._compose_noun(noun, entry, role="agent")[0]
        return self.lex.eval_nouns.get(noun.lemma_.lower(), 0)

    def _foreign_owner(self, noun: Token) -> bool:
        """Whether the noun belongs to another actor ("NATO's aggression", "Trump's praise")."""
        for c in noun.children:
            if c.dep_ in ("poss", "compound", "amod") and c.i not in self.target_tokens:
                if c.pos_ == "PROPN" or c.ent_type_ in ("GPE", "NORP", "ORG", "PERSON"):
                    return True
                if c.dep_ == "poss" and c.lower_ not in ("its", "their", "his", "her", "our", "my"):
                    return True
        return False

    # ------------------------------------------------------------------ words
    def _noun_entry(self, noun: Token) -> Entry | None:
        lemma = noun.lemma_.lower()
        keys = [lemma, noun.lower_]
        compound = [c.lower_ for c in noun.children if c.dep_ in ("compound", "amod") and c.i < noun.i]
        if compound:
            keys.insert(0, f"{compound[-1]} {lemma}")
        return self.lex.noun(*keys)

    def _eval_word(self, word: Token, owner: Token | None, predicative: bool = False) -> int:
        lex = self.lex
        lemma = word.lemma_.lower()
        lower = word.lower_
        if word.pos_ == "ADJ" or word.dep_ in ("amod", "acomp"):
            pol = lex.eval_adjectives.get(lower) or lex.eval_adjectives.get(lemma) or 0
            if pol > 0 and (lower in lex.adjectives_needing_role or lemma in lex.adjectives_needing_role):
                if owner is None or not (owner.lemma_.lower() in lex.role_nouns or owner.i in self.target_tokens and predicative):
                    if not predicative or owner is not None:
                        return 0
                    return 0
            return pol
        if word.pos_ in NOUNISH:
            pol = lex.eval_nouns.get(lemma) or lex.eval_nouns.get(lower) or 0
            if pol and word.dep_ in ("compound", "nmod") and owner is not None and owner.pos_ in NOUNISH and owner.i not in self.target_tokens:
                return 0
            if not pol and predicative:
                # "a strong leader": an evaluative adjective on a role noun
                for c in word.children:
                    if c.dep_ == "amod":
                        adj = lex.eval_adjectives.get(c.lower_) or lex.eval_adjectives.get(c.lemma_.lower())
                        if adj and (adj < 0 or lemma in lex.role_nouns):
                            return adj
                if lemma in lex.negative_frames:
                    return -1
            return pol
        return 0

    # ------------------------------------------------------------------ context
    def _apply_context(self, item: Item) -> None:
        """Read the item in its context: negation, stop, denial, negative frames, questions,
        conditionals, hedges. Mutates the item."""
        lex = self.lex
        doc = self.doc
        tok = doc[item.head]
        negations = 0
        came_from = None
        node = tok
        for _ in range(40):
            for c in node.children:
                if c.dep_ == "neg" or (c.dep_ == "advmod" and c.lower_ in ("never", "hardly", "barely", "scarcely")):
                    if came_from is None or c.i != came_from.i:
                        negations += 1
                        if node.i != tok.i and (node.lemma_.lower() in SPEECH_VERBS or node.lemma_.lower() in lex.negative_frames):
                            item.flags.add("negated-report")
                elif c.dep_ == "det" and c.lower_ == "no" and node.pos_ in NOUNISH:
                    negations += 1
                elif c.dep_ in ("aux", "advmod") and c.lower_ in lex.hedges:
                    item.flags.add("hedged")
                elif c.dep_ == "aux" and c.lower_ in RECOMMEND_AUX:
                    item.flags.add("recommend")
                elif c.dep_ == "mark" and c.lower_ in ("if", "unless") and node.dep_ in ("advcl",):
                    item.flags.add("conditional")
                elif c.dep_ == "mark" and (c.lower_ == "whether" or (c.lower_ == "if" and node.dep_ in ("ccomp", "xcomp"))):
                    item.flags.add("question")
            lemma = node.lemma_.lower()
            if node.i != tok.i:
                if node.lower_ in ("nothing", "none", "nobody", "neither", "noone") and node.i < tok.i:
                    negations += 1
                if lemma in lex.negator_verbs and came_from is not None and came_from.dep_ in ("xcomp", "dobj", "pobj", "pcomp"):
                    negations += 1
                if lemma in lex.stop_verbs and came_from is not None and came_from.dep_ in ("xcomp", "dobj", "pcomp", "ccomp"):
                    item.flags.add("stop")
                if lemma in lex.denial_verbs:
                    item.flags.add("denial")
                    item.extra.append((node.i, node.i + 1))
                if (lemma in lex.negative_frames or node.lower_ in lex.negative_frames) and node.i not in self.target_tokens:
                    item.flags.add("frame")
                    item.extra.append(self._frame_span(node))
            # verdict siblings: "cited X as a potential danger", "find his message chilling"
            if came_from is not None and came_from.dep_ in ("dobj", "nsubjpass") and node.pos_ == "VERB":
                for c in node.children:
                    cand = c if c.dep_ in ("oprd", "acomp", "ccomp", "xcomp") and c.pos_ in ("ADJ", "NOUN") else None
                    if c.dep_ == "prep" and c.lower_ == "as":
                        cand = next((g for g in c.children if g.dep_ == "pobj"), None)
                    if cand is not None and cand.i != came_from.i:
                        pol = self._eval_word(cand, None, predicative=True)
                        if pol < 0 or cand.lemma_.lower() in lex.negative_frames:
                            item.flags.add("frame")
                            item.extra.append(self._frame_span(cand))
            if node.head.i == node.i:
                break
            came_from = node
            node = node.head
        sent = tok.sent
        last = [t for t in sent if not t.is_punct or t.text == "?"]
        if last and last[-1].text == "?" or sent.text.rstrip(" ”\"'’").endswith("?"):
            first = next((t for t in sent if not t.is_punct), None)
            if first is not None and first.lower_ in ("why", "how"):
                item.flags.add("hedged")
            else:
                item.flags.add("question")
        # apply
        if negations % 2 == 1:
            item.flags.add("negated")
        pol = item.polarity
        if "denial" in item.flags or "question" in item.flags or "negated-report" in item.flags:
            item.polarity = 0
            return
        if "negated" in item.flags:
            if pol > 0:
                pol = -1
                item.weight *= 0.9
            elif item.kind == "eval":
                pol = 1
                item.weight *= 0.8
            else:
                pol = 0  # "Russia did not hack ...": a denial of the act
                item.flags.add("denied-act")
        if "stop" in item.flags and pol > 0:
            pol = -1
        if "frame" in item.flags and pol != 0:
            pol = -1
        if "conditional" in item.flags:
            item.weight *= 0.5
        item.polarity = pol

    # ------------------------------------------------------------------ bookkeeping
    def _mark_consumed(self, tok: Token) -> None:
        self._consumed.add(tok.i)

    def _mark_consumed_token(self, tok: Token | None) -> None:
        if tok is not None:
            self._mark_consumed(tok)

    def _item(self, pol: int, weight: float, head: Token, span: tuple[int, int], rule: str, kind: str) -> Item:
        start, end = self._trim(span, head.i)
        return Item(polarity=pol, weight=weight, head=head.i, start=start, end=end, rule=rule, kind=kind)

    # ------------------------------------------------------------------ phrases
    def _span_np(self, noun: Token, other: Token | None = None, obj: Token | None = None) -> tuple[int, int]:
        start = min([noun.i] + [c.left_edge.i for c in noun.lefts if c.dep_ not in ("punct", "cc")])
        end = noun.i + 1
        for extra in (other, obj):
            if extra is not None and abs(extra.i - noun.i) < MAX_PHRASE:
                start = min(start, extra.i if extra.i < noun.i else start)
                if extra.i > noun.i:
                    end = max(end, extra.i + 1)
        return start, end

    def _span_verb(self, verb: Token, obj: Token | None) -> tuple[int, int]:
        start = verb.i
        end = verb.i + 1
        for c in verb.children:
            if c.dep_ == "prt":
                end = max(end, c.i + 1)
        if obj is not None and obj.i > verb.i and obj.i - verb.i < MAX_PHRASE:
            end = max(end, obj.i + 1)
        elif obj is not None and obj.i < verb.i and verb.i - obj.i < MAX_PHRASE:
            start = self._span_np(obj)[0]
        return start, end

    def _frame_span(self, node: Token) -> tuple[int, int]:
        if node.pos_ in NOUNISH:
            return self._trim(self._span_np(node), node.i)
        return node.i, node.i + 1

    def _trim(self, span: tuple[int, int], head: int) -> tuple[int, int]:
        start, end = span
        if end - start > MAX_PHRASE:
            start = max(start, head - 5)
            end = min(end, max(head + 1, start + MAX_PHRASE))
        doc = self.doc
        while start < end - 1 and (doc[start].is_punct or doc[start].is_space) and start != head:
            start += 1
        while end - 1 > start and (doc[end - 1].is_punct or doc[end - 1].is_space) and end - 1 != head:
            end -= 1
        return start, end
