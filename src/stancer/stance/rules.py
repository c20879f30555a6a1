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
adversarial, a denial, a yes/no question or a `whether` clause neutralises it, `if` weakens it,
and after `but` the second clause counts more than the first.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .context import ContextReader, Item
from .lexicon import Entry, Lexicon
from .vocabulary import (
    EXIT_NOUNS,
    IMPASSE_NOUNS,
    NOUNISH,
    OBJECT_PREPS,
    AGENT_PREPS,
    LIST_PREPS,
    LIST_NOUNS,
    RELATIVE,
    COPULA_OBJECT_VERBS,
    IDIOM_NOUNS,
    INSTRUMENT_NOUNS,
    POLITICAL_ACTORS,
    ELECTION_WORDS,
    ENGAGE_VERBS,
    CALLING_VERBS,
    RELATION_ADJECTIVES,
    TOPIC_NOUNS,
    ADJ_RELATIONS,
    INVITE_PREPS,
    RECOMMEND_AUX,
    ALLY_NOUNS,
    MAX_PHRASE,
    NAMING_VERBS,
    CONDITION_NOUNS,
)

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Doc, Token

__all__ = ["Item", "MentionAnalyzer"]



class MentionAnalyzer(ContextReader):
    """Finds the evidence linked to mentions of the target in one doc."""

    def __init__(self, doc: Doc, lexicon: Lexicon, target_tokens: set[int]) -> None:
        self.doc = doc
        self.lex = lexicon
        self.target_tokens = target_tokens  # every token of every target mention / reference
        self._consumed: set[int] = set()

    # ------------------------------------------------------------------ public
    def items_for(self, root: Token) -> list[Item]:
        """All evidence items for the mention whose root token is `root`."""
        items: list[Item] = []
        if self._topic_label(root):
            return items
        backed = self._backed(root)
        if backed is not None:
            items.append(backed)
        np, head = self._np_head(root)
        items.extend(self._np_items(root, np))
        items.extend(self._role_items(head, root, depth=0))
        items.extend(self._named_by_relative(root))
        for item in items:
            self._apply_context(item)
        return items

    def _named_by_relative(self, root: Token) -> list[Item]:
        """"Russia, which Romney called 'our No. 1 geopolitical foe'", "Moscow, a government that
        critics describe as reckless": a relative clause on the mention (or on its appositive)
        whose verb names it as something (a predicate complement, or "as" + complement)."""
        heads = [root] + [c for c in root.children if c.dep_ == "appos" and c.pos_ in NOUNISH]
        for h in heads:
            for verb in h.children:
                if verb.dep_ != "relcl" or verb.pos_ != "VERB":
                    continue
                if verb.lemma_.lower() not in NAMING_VERBS:
                    continue
                # the relative pronoun must be the verb's object, not its subject ("which called X a foe")
                if any(c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in RELATIVE for c in verb.children):
                    continue
                for c in verb.children:
                    cand = None
                    if c.dep_ in ("oprd", "xcomp", "acomp") and c.pos_ in ("NOUN", "ADJ"):
                        cand = c
                    elif c.dep_ == "prep" and c.lower_ == "as":
                        cand = next((g for g in c.children if g.dep_ == "pobj"), None)
                    if cand is None:
                        continue
                    pol = self._eval_word(cand, None, predicative=True)
                    if pol:
                        return [self._item(pol, 1.0, cand, self._span_np(cand) if cand.pos_ in NOUNISH else (cand.i, cand.i + 1), "named-by-relative:" + cand.lemma_.lower(), kind="eval")]
        return []

    @staticmethod
    def _topic_label(root: Token) -> bool:
        """"the Russia sanctions bill", "the Russia investigation": the name of a topic, not a
        view of the target."""
        node = root
        while node.dep_ == "compound" and node.head.i != node.i and node.head.pos_ in ("NOUN", "PROPN"):
            node = node.head
        return node.i != root.i and node.lemma_.lower() in TOPIC_NOUNS

    def _backed(self, root: Token) -> Item | None:
        """"Russia-backed separatists", "a Kremlin-sponsored peace plan": the target as the agent
        of a participle modifying a noun."""
        part = root.head
        if root.dep_ not in ("npadvmod", "compound", "nsubj", "advmod", "dep", "poss") or part.i == root.i:
            return None
        if part.tag_ not in ("VBN", "JJ", "VBG") or part.dep_ not in ("amod", "compound", "acl") or part.head.pos_ not in NOUNISH:
            return None
        entry, key = self._verb_entry(part)
        if entry is None:
            return None
        noun = part.head
        pol, strong = self._compose(entry, noun)
        if not pol:
            return None
        self._consumed.add(noun.i)
        return self._item(pol, 1.0 if strong else 0.7, part, (root.i, noun.i + 1), "backed:" + key, kind="act")

    def description_item(self, noun: Token) -> Item | None:
        """What a description of the target's act or agent says by itself: "the hackers",
        "the interference" (the earlier mention made it the target's)."""
        pol = self._noun_agent_polarity(noun)
        if not pol:
            return None
        item = self._item(pol, 0.9, noun, self._span_np(noun), "description:" + noun.lemma_.lower(), kind="act")
        self._apply_context(item)
        return item

    def cue_items(self, verb: Token) -> list[Item]:
        """Evidence in a cue verb whose subject is the target itself ("the KGB planted stories")."""
        items = []
        item = self._agent_verb_item(verb)
        if item is not None:
            self._apply_context(item)
            items.append(item)
        return items

    # ------------------------------------------------------------------ noun phrase
    def _np_head(self, tok: Token) -> tuple[Token, Token]:
        """Climb from a mention to the head of the noun phrase it modifies ("Russian" ->
        "dictators"), then through coordination and apposition to the phrase whose role in the
        clause counts ("Iran, North Korea and Russia" -> "Iran")."""
        h = tok
        for _ in range(8):
            if h.dep_ in ("compound", "amod", "poss", "nmod", "nummod") and h.head.pos_ in NOUNISH and h.head.i != h.i:
                h = h.head
                continue
            if h.dep_ == "pobj" and h.head.dep_ == "prep" and h.head.head.pos_ in NOUNISH:
                prep = h.head.lower_
                owner = h.head.head
                if owner.i in self.target_tokens and prep in ("of", "in"):  # "Putin of Russia"
                    h = owner
                    continue
                if prep in AGENT_PREPS and self._noun_entry(owner) is not None:
                    h = owner
                    continue
            break
        np = h
        for _ in range(8):
            if h.dep_ == "conj" and h.head.pos_ in NOUNISH + ("PRON",) and h.head.i != h.i:
                h = h.head
                continue
            if h.dep_ == "appos" and h.head.i in self.target_tokens:
                h = h.head
                continue
            break
        return np, h

    def _np_items(self, root: Token, head: Token) -> list[Item]:
        items: list[Item] = []
        if head.i != root.i and head.i not in self.target_tokens:
            items.extend(self._noun_as_agent(head, root))
        # evaluative modifiers of the phrase and of the mention itself: "thug Putin", "Russia's worrying actions"
        for owner in {head, root}:
            for child in owner.children:
                if child.i in self.target_tokens or child.i in self._consumed:
                    continue
                if child.dep_ in ("amod", "compound", "appos", "acomp", "nmod"):
                    pol = self._eval_word(child, owner)
                    if pol:
                        if child.dep_ == "appos":
                            span = (child.left_edge.i, child.i + 1)
                        else:
                            span = (min(child.i, owner.i, root.i), max(child.i, owner.i, root.i) + 1)
                        items.append(self._item(pol, 1.0, child, span, "np-modifier:" + child.lemma_.lower(), kind="eval"))
                    elif child.dep_ == "appos" and child.pos_ in NOUNISH:
                        items.extend(self._noun_as_agent(child, root))
            for child in owner.children:
                if child.dep_ == "acl" and child.tag_ == "VBN" and owner.i != root.i:
                    # "Russian diplomatic property seized in Maryland": done to the target's thing
                    items.extend(self._patient_verb(child, owner, passive=True))
                elif child.dep_ in ("relcl", "acl") and child.pos_ in ("VERB", "AUX"):
                    items.extend(self._agent_scan(child, subject=owner))
        return items

    def _noun_as_agent(self, noun: Token, root: Token) -> list[Item]:
        """The target owns or modifies `noun`: "Russian interference", "Moscow's support for talks",
        "Russian dictators", "Moscow's information warfare efforts"."""
        lex = self.lex
        lemma = noun.lemma_.lower()
        ev = lex.eval_nouns.get(lemma) or lex.eval_nouns.get(noun.lower_)
        if ev and root.dep_ == "poss":
            ev = 0  # "its ally", "Russia's enemies": not said of the target
        served = self._noun_entry(noun)
        if served is not None and served.group.startswith("critical closeness") and not served.agent and root.dep_ in ("poss", "compound", "nmod"):
            # "a Kremlin puppet", "doing Moscow's bidding": someone serving the target
            return [self._item(-1, 1.0, noun, self._span_np(noun, root), "served:" + lemma, kind="patient")]
        if ev and not self._noun_entry(noun):
            return [self._item(ev, 1.0, noun, self._span_np(noun, root), "np-eval:" + lemma, kind="eval")]
        entry = self._noun_entry(noun)
        # a compound that says what the thing is: "information warfare efforts"
        for child in noun.children:
            if child.dep_ == "compound" and child.i not in self.target_tokens:
                sub = self._noun_entry(child)
                if sub is not None and sub.agent and not sub.compose and (entry is None or entry.compose):
                    return [self._item(sub.agent, sub.weight, child, self._span_np(noun, root), "np-compound:" + child.lemma_.lower(), kind="act")]
        if entry is not None and entry.agent:
            pol, strong, obj = self._compose_noun(noun, entry)
            if pol:
                return [self._item(pol, (1.0 if strong else 0.8) * entry.weight, noun, self._span_np(noun, root, obj), f"np-agent:{lemma}", kind="act")]
        if ev:
            return [self._item(ev, 1.0, noun, self._span_np(noun, root), "np-eval:" + lemma, kind="eval")]
        return []

    # ------------------------------------------------------------------ roles
    def _role_items(self, p: Token, root: Token, depth: int) -> list[Item]:
        if depth > 3:
            return []
        dep = p.dep_
        head = p.head
        while head.dep_ in ("aux", "auxpass") and head.head.i != head.i:
            head = head.head  # a parse that hangs the subject on the auxiliary
        items: list[Item] = []
        if dep == "nsubj" and any(c.dep_ == "auxpass" for c in head.children) and head.i != p.i:
            dep = "nsubjpass"
        if dep in ("nsubj", "csubj", "expl") and head.i != p.i:
            if p.i not in self.target_tokens and p.lemma_.lower() in CONDITION_NOUNS and not any(c.dep_ == "amod" and self._eval_word(c, p) for c in p.children):
                # "Russia's economy had hit bottom", "the ruble crashed": the state's condition,
                # not its conduct toward anyone
                return items
            items.extend(self._agent_scan(head, subject=p))
            items.extend(self._clause_verdict(head))
            for conj in head.children:
                # "Russia has concerns and should be treated as a partner": a passive verb that
                # shares the subject makes the target its patient
                if conj.dep_ == "conj" and conj.pos_ == "VERB" and any(c.dep_ == "auxpass" for c in conj.children) and not any(c.dep_ in ("nsubj", "nsubjpass") for c in conj.children):
                    items.extend(self._patient_verb(conj, p, passive=True))
            if p.i not in self.target_tokens and p.pos_ in NOUNISH:
                # "[Flynn's appearance at an RT gala] raises serious questions": a judgement of
                # something tied to the target
                verdict = self._subject_verdict(head, p.i)
                if verdict is not None and verdict.i not in self.target_tokens:
                    items.append(self._item(-1, 0.9, verdict, self._frame_span(verdict), "subject-verdict:" + verdict.lemma_.lower(), kind="eval"))
        elif dep == "nsubjpass":
            items.extend(self._patient_verb(head, p, passive=True))
            if True:  # "Russia is believed to have hacked", "the Kremlin is well placed to mediate"
                for c in head.children:
                    if c.dep_ in ("xcomp", "ccomp") and c.pos_ in ("VERB", "AUX"):
                        items.extend(self._agent_scan(c, subject=p))
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
            pol = self._eval_word(head, None, predicative=True)
            if pol:
                items.append(self._item(pol, 1.0, head, self._span_np(head), "appos-of-eval:" + head.lemma_.lower(), kind="eval"))
        elif dep == "conj" and head.i != p.i:
            items.extend(self._role_items(head, root, depth + 1))
        return items

    def _clause_verdict(self, verb: Token) -> list[Item]:
        """"[Having Putin treat him with respect] is a positive development": the clause whose
        agent is the target is itself judged by a copula."""
        node = verb
        for _ in range(3):
            if node.dep_ in ("csubj", "nsubj") and node.head.i != node.i:
                cop = node.head
                for c in cop.children:
                    if c.dep_ in ("attr", "acomp", "oprd"):
                        pol = self._eval_word(c, None, predicative=True)
                        if pol:
                            return [self._item(pol, 0.9, c, self._span_np(c) if c.pos_ in NOUNISH else (c.i, c.i + 1), "clause-verdict:" + c.lemma_.lower(), kind="eval")]
                return []
            if node.dep_ in ("ccomp", "xcomp", "pcomp", "conj") and node.head.i != node.i:
                node = node.head
                continue
            break
        return []

    def _pobj_items(self, p: Token, prep: Token, root: Token, depth: int) -> list[Item]:
        lex = self.lex
        items: list[Item] = []
        word = prep.lower_
        owner = prep.head
        if prep.dep_ == "agent" or (word == "by" and owner.pos_ in ("VERB", "AUX")):
            return self._agent_scan(owner, subject=p, passive=True)
        if owner.pos_ in ("VERB", "AUX"):
            return self._verb_pobj(owner, p, prep)
        if owner.pos_ == "ADJ":
            pol = ADJ_RELATIONS.get(owner.lemma_.lower())
            if pol and self._noun_agent_polarity(p) < 0:
                pol = 0  # "open to Russian hackers", "soft on Russian aggression": exposure to a harm, not warmth
            if pol and word in ("on", "to", "toward", "towards", "with", "of", "about", "for"):
                items.append(self._item(pol, 1.0, owner, (owner.i, p.i + 1), "adj-relation:" + owner.lemma_.lower(), kind="patient"))
            return items
        if owner.pos_ not in NOUNISH:
            return items
        lemma = owner.lemma_.lower()
        # "strategic threats in the form of Russia", "figures such as Putin", "enemies like ... Russia"
        if lemma in LIST_NOUNS and owner.dep_ == "pobj" and owner.head.dep_ == "prep":
            outer = owner.head
            if outer.head.pos_ not in NOUNISH:
                # "... the strategic threats that exist, in the form of Russia": the phrase
                # refers back to the last evaluative noun before it
                for k in range(outer.i - 1, max(outer.i - 14, -1), -1):
                    prev = self.doc[k]
                    pol = self.lex.eval_nouns.get(prev.lemma_.lower()) if prev.pos_ in NOUNISH else None
                    if pol:
                        return [self._item(pol, 1.0, prev, (self._span_np(prev)[0], prev.i + 1), "list-of:" + prev.lemma_.lower(), kind="eval")]
            return self._pobj_items(owner, outer, root, depth + 1)
        if word in LIST_PREPS or (prep.dep_ == "prep" and prep.head.lower_ == "such"):
            items.extend(self._np_items(p, owner))
            pol = self._eval_word(owner, None, predicative=True)
            if pol:
                items.append(self._item(pol, 1.0, owner, self._span_np(owner, p), "list-of:" + lemma, kind="eval"))
            items.extend(self._role_items(owner, root, depth + 1))
            return items
        # "outsource the fight to Russia": the verb's reading wins over the noun's
        if owner.dep_ == "dobj" and owner.head.pos_ == "VERB":
            entry, key = self._verb_entry(owner.head, prefer_prep=prep)
            if entry is not None and key.endswith(" " + word) and entry.patient:
                return [self._item(entry.patient, 1.0, owner.head, (owner.head.i, p.i + 1), "patient:" + key, kind="patient")]
        ev = lex.eval_nouns.get(lemma)
        if word in ("for", "of") and owner.dep_ in ("attr", "appos", "oprd", "pobj", "dobj", "nsubj"):
            compound = " ".join(c.lemma_.lower() for c in owner.children if c.dep_ in ("compound", "amod") and c.i < owner.i)
            if lemma in INSTRUMENT_NOUNS or f"{compound} {lemma}".strip() in INSTRUMENT_NOUNS:
                return [self._item(-1, 1.0, owner, self._span_np(owner, p), "instrument:" + lemma, kind="eval")]
        entry = self._noun_entry(owner)
        idiom = IDIOM_NOUNS.get(lemma)
        if idiom and word == "of":
            items.append(self._item(idiom, 1.0, owner, self._span_np(owner, p), "idiom:" + lemma, kind="eval"))
        elif entry is not None:
            if word in AGENT_PREPS or (word == "of" and not entry.patient) or (word == "of" and "of" not in entry.preps):
                pol, strong, obj = self._compose_noun(owner, entry)
                if pol:
                    items.append(self._item(pol, (1.0 if strong else 0.8) * entry.weight, owner, self._span_np(owner, p), "noun-agent:" + lemma, kind="act"))
                items.extend(self._role_items(owner, root, depth + 1))
            elif word in entry.preps and entry.patient:
                pol = entry.patient
                # "better relations with Russia", "improve ties with Moscow"
                if entry.group.startswith("closeness") and lemma in ("tie", "ties", "relation", "relations", "relationship", "talks", "deal", "agreement", "accord"):
                    pol = self._relation_polarity(owner)
                    if not pol and self._judged(owner):
                        # "Trump's ties to Moscow were deeply troubling": criticism of someone's closeness
                        items.append(self._item(-1, 1.0, owner, self._span_np(owner, p), "judged-tie:" + lemma, kind="patient"))
                        self._consumed.add(owner.i)
                        return items
                if pol:
                    # "its cooperation with Russia", "our ties with Moscow": a party describing its
                    # own ties with the target reports them; it does not judge the target's role
                    own = any(c.dep_ == "poss" and c.lower_ in ("its", "our") and c.i not in self.target_tokens for c in owner.children)
                    weight = 0.45 if own and pol > 0 and not any(c.dep_ == "amod" and self._eval_word(c, owner) for c in owner.children) else 1.0
                    items.append(self._item(pol, weight, owner, self._span_np(owner, p), "noun-patient:" + lemma, kind="patient"))
                    self._consumed.add(owner.i)
        if ev and not items and not (idiom and word == "of") and word in ("in", "of", "from") and depth < 3 and (entry is None or not (word in entry.preps and entry.patient)):
            # "an autocrat in the Kremlin", "the threat from Russia", "threats in the form of
            # Russia" (an evaluative noun that is also an act noun: its verdict stands)
            items.append(self._item(ev, 1.0, owner, self._span_np(owner, p), "eval-of:" + lemma, kind="eval"))
        elif entry is None and not (idiom and word == "of") and word in ("of", "in", "from", "behind", "within", "at", "with") and depth < 3:
            # "the outcome of Russian influence", "the role of Moscow": the phrase stands for the target
            items.extend(self._np_items(p, owner))
            items.extend(self._role_items(owner, root, depth + 1))
        return items

    def _verb_pobj(self, verb: Token, p: Token, prep: Token) -> list[Item]:
        lex = self.lex
        word = prep.lower_
        lemma = verb.lemma_.lower()
        span = (min(verb.i, p.i), max(verb.i, p.i) + 1)
        if word == "without" and self._clause_negated(verb):
            # "Without Russia, there would have been no agreement": the target is indispensable
            return [self._item(1, 0.8, prep, (prep.i, p.i + 1), "indispensable", kind="eval")]
        invite_key = f"{lemma} {word}"
        particle = next((c.lower_ for c in verb.children if c.dep_ == "prt"), None)
        if particle and f"{lemma} {particle} {word}" in ENGAGE_VERBS:
            invite_key = f"{lemma} {particle} {word}"  # "sit down with"
        if invite_key in INVITE_PREPS:
            comp = next((c for c in verb.children if c.dep_ in ("xcomp", "ccomp") and c.i > p.i), None)
            if comp is not None:
                return [self._invite(verb, comp)]
        adv = next((lex.praise_adverbs[c.lower_] for c in verb.children if c.dep_ == "advmod" and c.lower_ in lex.praise_adverbs), 0)
        if adv and word in ("of", "about", "to", "with"):
            return [self._item(adv, 1.0, verb, span, "adverb:" + lemma, kind="patient")]
        if verb.lemma_.lower() == "be" and word in ("on", "to", "toward", "towards", "with"):
            adj = next((c for c in verb.children if c.dep_ == "acomp" and c.lemma_.lower() in ADJ_RELATIONS), None)
            if adj is not None and self._noun_agent_polarity(p) >= 0:
                # "has been tougher on Russia than anyone": the parser hangs the prep on the copula
                return [self._item(ADJ_RELATIONS[adj.lemma_.lower()], 1.0, adj, (adj.i, p.i + 1), "adj-relation:" + adj.lemma_.lower(), kind="patient")]
        if invite_key in ENGAGE_VERBS and self._called_for(verb):
            # "Washington should talk to Beijing", "we need to sit down with Moscow": a call to engage
            return [self._item(1, 1.0, verb, span, "engage:" + invite_key, kind="patient")]
        entry, key = self._verb_entry(verb, prefer_prep=prep)
        if entry is None or not entry.patient:
            return []
        if key.endswith(" " + word) or (word in ("against", "on", "upon", "at") and entry.patient < 0):
            if self._subject_is_target(verb):
                return []
            return [self._item(entry.patient, 1.0, verb, span, "patient:" + key, kind="patient")]
        return []

    def _clause_negated(self, verb: Token) -> bool:
        """The clause says something good would not exist or happen ("there would be no deal",
        "nothing would get done", "the talks would not have started")."""
        for c in verb.children:
            if c.dep_ == "neg" or (c.dep_ == "advmod" and c.lower_ == "never"):
                return True
            if c.dep_ in ("attr", "dobj", "nsubj", "nsubjpass") and (c.lower_ in ("nothing", "none", "nobody") or any(g.dep_ == "det" and g.lower_ == "no" for g in c.children)):
                return self._thing_class(c) >= 0
        return False

    @staticmethod
    def _called_for(verb: Token) -> bool:
        """The speaker calls for this act: "should talk to", "need to engage with", "wants to work with"."""
        if any(c.dep_ == "aux" and c.lower_ in RECOMMEND_AUX for c in verb.children):
            return True
        head = verb.head
        if verb.dep_ in ("xcomp", "ccomp") and head.lemma_.lower() in CALLING_VERBS:
            return not any(c.dep_ == "neg" for c in head.children)
        if verb.dep_ == "xcomp" and any(c.dep_ == "aux" and c.lower_ in RECOMMEND_AUX for c in head.children):
            return True  # "Europe must keep talking to Moscow"
        if verb.dep_ == "relcl" and head.head.lemma_.lower() in CALLING_VERBS:
            return True  # "they want a president who can sit down with Putin"
        return False

    def _relation_polarity(self, noun: Token) -> int:
        for child in noun.children:
            if child.dep_ == "amod":
                pol = self.lex.eval_adjectives.get(child.lemma_.lower()) or self.lex.eval_adjectives.get(child.lower_) or RELATION_ADJECTIVES.get(child.lower_, 0)
                if pol:
                    return pol
        head = noun.head
        verb = head if head.pos_ == "VERB" else head.head if head.dep_ == "prep" else None
        if verb is not None and verb.pos_ == "VERB" and noun.dep_ in ("dobj", "pobj", "nsubjpass"):
            entry, _ = self._verb_entry(verb)
            if entry is not None and entry.compose:
                return 1 if entry.compose == "inc" else -1
        return 0

    # ------------------------------------------------------------------ verbs
    def _verb_entry(self, verb: Token, prefer_prep: Token | None = None, lemma: str | None = None) -> tuple[Entry | None, str]:
        lex = self.lex
        lemma = lemma or verb.lemma_.lower()
        keys = []
        parts = [c.lower_ for c in verb.children if c.dep_ == "prt" or (c.dep_ in ("acomp", "oprd", "advmod", "dobj", "ccomp", "xcomp") and c.pos_ in ("ADJ", "ADV") and c.i == verb.i + 1)]
        parts += [c.lower_ for c in verb.children if c.dep_ == "dobj" and c.pos_ == "NOUN" and c.i - verb.i <= 3]
        preps = ([prefer_prep.lower_] if prefer_prep is not None else []) + [c.lower_ for c in verb.children if c.dep_ == "prep"]
        for part in parts:
            for prep in preps:
                keys.append(f"{lemma} {part} {prep}")
            keys.append(f"{lemma} {part}")
        for prep in preps:
            keys.append(f"{lemma} {prep}")
        keys.append(lemma)
        if verb.lower_ != lemma:
            keys.append(verb.lower_)
        for key in keys:
            if key in lex.verbs:
                return lex.verbs[key][0], key
        return None, lemma

    def _object_of(self, verb: Token, key: str, steer: bool = False) -> Token | None:
        # "nudge the rebels toward a truce", "push Kyiv into talks": where they are steered
        for c in verb.children:
            if c.dep_ == "prep" and c.lower_ in ("toward", "towards", "into") or (steer and c.dep_ == "prep" and c.lower_ in ("to", "back")):
                obj = next((g for g in c.children if g.dep_ == "pobj"), None)
                if obj is not None:
                    return obj
        if steer:
            for c in verb.children:
                if c.dep_ in ("xcomp", "ccomp") and c.pos_ in ("VERB", "NOUN"):
                    return None
        for c in verb.children:
            if c.dep_ in ("dobj", "attr") and c.pos_ in NOUNISH + ("PRON", "NUM"):
                return c
        want = key.split(" ")[-1] if " " in key else None
        for c in verb.children:
            if c.dep_ == "prep" and (c.lower_ == want or c.lower_ in OBJECT_PREPS):
                obj = next((g for g in c.children if g.dep_ == "pobj"), None)
                if obj is not None:
                    return obj
        if any(c.dep_ == "auxpass" for c in verb.children):
            return next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
        # "outline how peaceful engagement could work": the subject of the clause it governs
        for c in verb.children:
            if c.dep_ == "ccomp":
                subj = next((g for g in c.children if g.dep_ in ("nsubj", "nsubjpass")), None)
                if subj is not None and subj.pos_ in NOUNISH:
                    return subj
        return None

    def _thing_class(self, noun: Token | None) -> int:
        if noun is None:
            return 0
        lex = self.lex
        lemma = noun.lemma_.lower()
        text = noun.lower_
        mods = [c.lower_ for c in noun.children if c.dep_ in ("compound", "amod") and c.i < noun.i]
        keys = [f"{mods[-1]} {lemma}"] if mods else []
        cls = lex.thing_class(*keys, lemma, text)
        if cls:
            return cls
        full = " ".join(t.lower_ for t in noun.subtree if t.i <= noun.i)
        if any(name in full for name in ("assad", "hezbollah", "taliban", "islamic state", "isis", "houthi")):
            return -1
        for c in noun.children:
            if c.dep_ == "prep" and c.lower_ == "of":
                obj = next((g for g in c.children if g.dep_ == "pobj"), None)
                if obj is not None:
                    return lex.thing_class(obj.lemma_.lower(), obj.lower_)
        for c in noun.children:
            if c.dep_ == "compound":
                cls = lex.thing_class(c.lemma_.lower(), c.lower_)
                if cls:
                    return cls
        return 0

    def _compose(self, entry: Entry, obj: Token | None) -> tuple[int, bool]:
        if obj is not None and obj.i in self.target_tokens:
            return 0, False
        if entry.group.startswith("help") and obj is not None and self._political_actor(obj):
            # "to help Donald Trump", "backed a pro-Russian party": a state helping another
            # country's politicians is meddling in its politics, not a helpful role
            return -1, False
        cls = self._thing_class(obj)
        if entry.compose and cls:
            return (cls if entry.compose == "inc" else -cls), True
        if entry.group.startswith("escalation") and obj is not None:
            return 0, False  # "kept our soldiers fed and fueled": only fuelling a bad thing escalates
        return entry.agent, entry.agent != 0 and not entry.group.startswith(("pursuit", "help"))

    @staticmethod
    def _political_actor(obj: Token) -> bool:
        """A politician, party or campaign ("Donald Trump", "a pro-Russian party", "his candidacy")."""
        if obj.lemma_.lower() in POLITICAL_ACTORS:
            return True
        if obj.ent_type_ == "PERSON" and obj.pos_ == "PROPN":
            sentence = obj.sent
            return any(t.lemma_.lower() in ELECTION_WORDS for t in sentence)
        return False

    def _compose_noun(self, noun: Token, entry: Entry) -> tuple[int, bool, Token | None]:
        obj = None
        for c in noun.children:
            if c.dep_ == "prep" and c.lower_ in ("for", "to", "of", "on", "against", "toward", "towards", "with"):
                cand = next((g for g in c.children if g.dep_ == "pobj"), None)
                if cand is not None and cand.i not in self.target_tokens:
                    obj = cand
                    break
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
        return entry.agent, not entry.compose and entry.agent != 0, obj

    def _agent_verb_item(self, verb: Token, lemma: str | None = None) -> Item | None:
        entry, key = self._verb_entry(verb, lemma=lemma)
        if entry is None:
            return None
        obj = self._object_of(verb, key, steer=entry.steer)
        if obj is not None and obj.lower_ in RELATIVE and obj.dep_ == "nsubjpass" and verb.dep_ == "relcl":
            obj = verb.head  # "a party that was backed by the Kremlin": what was acted on
        if obj is not None and obj.i in self.target_tokens:
            return None
        restricted = [e for e in self.lex.verb_entries(key) if e.objects]
        matching = next((e for e in restricted if obj is not None and (obj.lemma_.lower() in e.objects or obj.lower_ in e.objects)), None)
        if matching is not None:
            if any(c.dep_ == "det" and c.lower_ == "no" for c in obj.children):
                return None  # "bears no responsibility", "deserves no credit": not the verdict
            entry = matching
            pol, strong = entry.agent, True
        elif entry.objects:
            return None
        else:
            pol, strong = self._compose(entry, obj)
            if entry.compose and not strong and self._harm_helped(verb):
                # "helping North Korea evade sanctions": the harm helped decides, not the helping
                return None
        if not pol:
            return None
        if obj is not None:
            self._consumed.add(obj.i)
            # "pull apart the alliance piece by piece": the object's compounds are what is acted on
            self._consumed.update(c.i for c in obj.children if c.dep_ == "compound")
        composed = entry.compose and self._thing_class(obj) != 0
        weight = 1.0 if composed else (1.0 if strong else 0.6) * entry.weight
        return self._item(pol, weight, verb, self._span_verb(verb, obj), f"agent:{key}", kind="act")

    def _harm_helped(self, verb: Token) -> bool:
        """Whether a causative verb brings about a harmful act of another party ("help Pyongyang
        evade sanctions", "let its ships break the embargo"): a bare or to-infinitive after it."""
        if verb.lemma_.lower() not in self.lex.causative_verbs:
            return False
        for act in verb.children:
            if act.dep_ not in ("xcomp", "ccomp") or act.pos_ != "VERB" or act.i < verb.i or act.tag_ != "VB":
                continue
            entry, key = self._verb_entry(act)
            if entry is not None and not entry.objects and self._compose(entry, self._object_of(act, key, steer=entry.steer))[0] < 0:
                return True
        return False

    @staticmethod
    def _exit_from(tok: Token) -> Token | None:
        """The noun of a way out that governs this harm: "a way out of isolation", "an end to
        the fighting", "relief from the blockade"; None otherwise."""
        prep = tok.head
        if tok.dep_ != "pobj" or prep.lower_ not in ("of", "from", "to", "for"):
            return None
        head = prep.head
        candidates = [head]
        if head.lower_ == "out":  # "a way out of": the way hangs on "out", or "out" on the way or its verb
            candidates += [c for c in head.children if c.dep_ == "npadvmod"] + [head.head]
            head, prep = head.head, head
        if head.pos_ in ("VERB", "AUX"):  # "put an end to the fighting": the phrase hangs on the verb
            candidates += [c for c in head.children if c.dep_ == "dobj" and c.i < prep.i]
        return next((c for c in candidates if c.lemma_.lower() in EXIT_NOUNS and c.pos_ in NOUNISH), None)

    def _subject_is_target(self, verb: Token) -> bool:
        """"Russians admire Putin": praise of the target by the target is domestic, not a stance."""
        return any(c.dep_ == "nsubj" and (c.i in self.target_tokens or any(t.i in self.target_tokens for t in c.children if t.dep_ in ("amod", "compound", "poss"))) for c in verb.children)

    def _invite(self, verb: Token, comp: Token) -> Item:
        lex = self.lex
        pol = 1
        if any(c.dep_ == "neg" for c in comp.children) or comp.lemma_.lower() in lex.stop_verbs:
            pol = -1
        elif self._hostile_invited(comp):
            # "encouraged Russia to commit espionage": what it is invited to do is hostile;
            # "we cannot allow Russia to meddle": and refusing it says the target would do it
            item = self._item(-1, 1.0, verb, (verb.i, min(comp.i + 1, verb.i + MAX_PHRASE)), "invite-hostile:" + verb.lemma_.lower(), kind="invite")
            item.flags.add("hostile-act")
            return item
        return self._item(pol, 1.0, verb, (verb.i, min(comp.i + 1, verb.i + MAX_PHRASE)), "invite:" + verb.lemma_.lower(), kind="invite")

    def _hostile_invited(self, comp: Token) -> bool:
        """The invited act is hostile in itself ("to hack", "to commit espionage")."""
        entry, _ = self._verb_entry(comp)
        obj = next((c for c in comp.children if c.dep_ == "dobj"), None)
        if entry is not None and entry.agent < 0 and not entry.objects:
            return self._compose(entry, obj)[0] < 0
        if obj is not None and comp.lemma_.lower() in ("commit", "conduct", "carry", "launch", "wage", "engage"):
            return self._noun_agent_polarity(obj) < 0
        return False

    def _patient_verb(self, verb: Token, p: Token, passive: bool) -> list[Item]:
        items: list[Item] = []
        lex = self.lex
        if verb.pos_ not in ("VERB", "AUX"):
            return items
        entry, key = self._verb_entry(verb)
        lemma = verb.lemma_.lower()
        span = (min(verb.i, p.i), max(verb.i, p.i) + 1)
        # "called Russia our foe", "sees Russia as a threat", "described Putin as a strong leader"
        for c in verb.children:
            cand = None
            if c.dep_ in ("oprd", "xcomp", "acomp", "ccomp") and c.pos_ in ("NOUN", "ADJ", "PROPN"):
                cand = c
            elif c.dep_ == "prep" and c.lower_ == "as":
                cand = next((g for g in c.children if g.dep_ == "pobj"), None)
            if cand is not None and cand.i not in self.target_tokens:
                pol = self._eval_word(cand, None, predicative=True)
                if pol:
                    s = min(p.i, cand.left_edge.i)
                    items.append(self._item(pol, 1.0, cand, (s, cand.i + 1) if cand.i - s < MAX_PHRASE else self._span_np(cand), "verdict:" + cand.lemma_.lower(), kind="eval"))
        if (lemma in lex.invite_verbs or key in lex.invite_verbs) and not passive:
            comp = next((c for c in verb.children if c.dep_ in ("xcomp", "ccomp") and c.i > p.i), None)
            if comp is None:
                # "encouraged [a foreign power to conduct espionage]": the parser hangs the act on the object
                comp = next((c for c in p.children if c.dep_ in ("acl", "relcl") and c.tag_ == "VB" and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)), None)
            if comp is not None:
                items.append(self._invite(verb, comp))
                return items
        # "accused Moscow of arming the rebels", "praised Putin for helping": the act is the target's
        for c in verb.children:
            if c.dep_ == "prep" and c.lower_ in ("of", "for", "from") and not passive:
                act = next((g for g in c.children if g.dep_ == "pcomp" and g.pos_ in ("VERB", "NOUN")), None)
                if act is not None:
                    items.extend(self._agent_scan(act, subject=None))
        if self._subject_is_target(verb):
            return items
        if entry is not None and entry.patient:
            items.append(self._item(entry.patient, 1.0, verb, span, "patient:" + key, kind="patient"))
        else:
            adv = next((lex.praise_adverbs[c.lower_] for c in verb.children if c.dep_ == "advmod" and c.lower_ in lex.praise_adverbs), 0)
            if adv:
                items.append(self._item(adv, 1.0, verb, span, "adverb:" + lemma, kind="patient"))
        return items

    # ------------------------------------------------------------------ agent scan
    def scan_clause(self, verb: Token) -> list[Item]:
        """Evidence in a clause whose implied agent is the target ("Moscow offered | to mediate")."""
        items = self._agent_scan(verb, subject=None)
        for item in items:
            self._apply_context(item)
        return items

    def _agent_scan(self, verb: Token, subject: Token | None, passive: bool = False) -> list[Item]:
        """Evidence in the predicate whose agent is the target."""
        items: list[Item] = []
        seen: set[int] = set()
        subject_span = set(range(subject.left_edge.i, subject.right_edge.i + 1)) if subject is not None else set()
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
                if child.dep_ == "amod" and child.tag_ == "VBN":
                    continue  # "deployed warheads", "enriched uranium": a description, not an act
                if child.i in self.target_tokens and child.dep_ in ("dobj", "pobj", "dative"):
                    continue
                if self._own_subject_elsewhere(child, tok):
                    continue
                if child.dep_ == "xcomp" and any(c.dep_ == "dobj" for c in tok.children) and tok.lemma_.lower() in self.lex.invite_verbs and tok.lemma_.lower() not in self.lex.causative_verbs:
                    continue  # "urged Kyiv to ...": the object acts, not the target
                if child.dep_ == "relcl" and not self._relcl_is_ours(child, tok):
                    continue
                stack.append((child, level + 1))
        return items

    def _relcl_is_ours(self, relcl: Token, noun: Token) -> bool:
        """Whether a relative clause on a noun in the target's predicate describes the target's
        doing: "in ways that undermine", "every reason to lower", "funds proxies that destabilize"."""
        lex = self.lex
        if noun.lemma_.lower() in lex.role_nouns or noun.lower_ in ("way", "ways", "manner", "fashion", "nothing", "something", "anything", "everything", "little", "much", "more", "all", "reason", "chance", "opportunity", "interest", "incentive", "power", "means", "effort", "efforts", "attempt", "bid"):
            return True
        if any(c.dep_ == "aux" and c.lower_ == "to" for c in relcl.children):
            return True
        head = noun.head
        return noun.dep_ in ("dobj", "pobj") and head.lemma_.lower() in lex.causative_verbs

    def _own_subject_elsewhere(self, clause: Token, parent: Token) -> bool:
        if clause.dep_ not in ("ccomp", "advcl", "csubj", "parataxis", "conj", "xcomp", "relcl", "acl", "pcomp"):
            return False
        subj = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass", "csubj", "expl")), None)
        if subj is None:
            return False
        if subj.lower_ in RELATIVE or subj.i in self.target_tokens:
            return False
        if any(t.i in self.target_tokens for t in subj.children if t.dep_ in ("amod", "compound", "poss")):
            return False
        return parent.lemma_.lower() not in self.lex.causative_verbs

    def _items_at(self, tok: Token, top: Token, passive: bool) -> list[Item]:
        lex = self.lex
        out: list[Item] = []
        if tok.pos_ == "VERB" or (tok.pos_ == "AUX" and tok.lemma_ != "be" and tok.dep_ not in ("aux", "auxpass")):
            if passive and tok.i == top.i:
                # the thing done "by" the target: "a breach that ... was conducted by Russian intelligence"
                done = next((c for c in tok.children if c.dep_ == "nsubjpass"), None)
                if done is None or done.lower_ in RELATIVE:
                    node = tok
                    for _ in range(4):
                        if node.dep_ == "relcl":
                            done = node.head
                            break
                        node = node.head
                entry, key = self._verb_entry(tok)
                if entry is not None and entry.agent and not entry.compose:
                    out.append(self._item(entry.agent, entry.weight, tok, (tok.i, tok.i + 1), "passive-agent:" + key, kind="act"))
                elif entry is not None and entry.compose and done is not None and done.pos_ in NOUNISH and not entry.objects:
                    # "a party that was backed by the Kremlin": what was done to decides
                    pol, strong = self._compose(entry, done)
                    if pol and (strong or pol < 0):
                        out.append(self._item(pol, entry.weight, tok, self._span_np(done, tok), "passive-agent:" + key, kind="act"))
                if done is not None and done.pos_ in NOUNISH:
                    pol = self._noun_agent_polarity(done)
                    if pol:
                        out.append(self._item(pol, 1.0, done, self._span_np(done), "done-by:" + done.lemma_.lower(), kind="act"))
                return out
            item = self._agent_verb_item(tok)
            if item is not None:
                out.append(item)
            return out
        if tok.pos_ == "NOUN" and (tok.dep_ in ("xcomp", "pcomp", "ccomp", "advcl") or any(c.dep_ == "dobj" for c in tok.children)) and tok.lower_.endswith("ing"):
            verb_lemma = self._gerund_lemma(tok)
            if verb_lemma is not None:
                item = self._agent_verb_item(tok, lemma=verb_lemma)
                if item is not None:
                    out.append(item)
                    return out
        if tok.pos_ in NOUNISH:
            if tok.i in self._consumed or tok.i in self.target_tokens:
                return out
            lemma = tok.lemma_.lower()
            head = tok.head
            ev = self._eval_word(tok, None, predicative=True) if lemma in lex.eval_nouns else 0
            if ev and tok.dep_ == "pobj" and head.lower_ == "of" and head.head.lemma_.lower() in LIST_NOUNS and head.head.dep_ in ("attr", "appos", "dobj"):
                out.append(self._item(ev, 1.0, tok, (head.head.i, tok.i + 1), "predicate:" + lemma, kind="eval"))
                return out
            if ev and (tok.dep_ in ("attr", "appos") or (tok.dep_ in ("dobj", "oprd") and head.lemma_.lower() in COPULA_OBJECT_VERBS) or (tok.dep_ == "pobj" and head.lower_ == "as" and head.head.lemma_.lower() in COPULA_OBJECT_VERBS)):
                out.append(self._item(ev, 1.0, tok, self._span_np(tok), "predicate:" + lemma, kind="eval"))
                return out
            if tok.dep_ == "attr":
                pol = self._eval_word(tok, None, predicative=True)
                if pol:
                    out.append(self._item(pol, 1.0, tok, self._span_np(tok), "predicate:" + lemma, kind="eval"))
                    return out
            idiom = IDIOM_NOUNS.get(lemma)
            if idiom and tok.dep_ == "pobj" and head.lower_ in ("to", "at", "for"):
                end = tok.right_edge.i + 1 if tok.right_edge.i - head.i < MAX_PHRASE else tok.i + 1
                out.append(self._item(idiom, 1.0, tok, (head.i, end), "idiom:" + lemma, kind="eval"))
                return out
            if self._foreign_owner(tok):
                return out
            exit_noun = self._exit_from(tok) if lemma in IMPASSE_NOUNS else None
            if exit_noun is not None:
                # "offer Pyongyang a way out of isolation", "an end to the fighting": a way out of
                # a conflict helps (not a way out of sanctions: that is evading them)
                self._consumed.add(exit_noun.i)
                end = tok.right_edge.i + 1 if tok.right_edge.i - exit_noun.i < MAX_PHRASE else tok.i + 1
                refused = any(c.dep_ == "det" and c.lower_ == "no" for c in exit_noun.children)  # "offers no way out"
                start = exit_noun.left_edge.i if refused else exit_noun.i
                out.append(self._item(-1 if refused else 1, 1.0, exit_noun, (start, end), "exit:" + lemma, kind="act"))
                return out
            entry = self._noun_entry(tok)
            if entry is not None and entry.agent:
                pol, strong, obj = self._compose_noun(tok, entry)
                if pol:
                    out.append(self._item(pol, (1.0 if strong else 0.7) * entry.weight, tok, self._span_np(tok, None, obj), "noun:" + lemma, kind="act"))
            return out
        if tok.pos_ == "ADJ" and tok.dep_ in ("acomp", "amod", "oprd", "attr", "conj"):
            owner = tok.head if tok.dep_ == "amod" else None
            if owner is not None and (owner.i in self._consumed or self._foreign_owner(owner)):
                return out
            pol = self._eval_word(tok, owner, predicative=tok.dep_ != "amod")
            if pol:
                end = tok.i + 1
                for c in tok.children:
                    if c.dep_ == "prep" and c.right_edge.i - tok.i < 8:
                        end = c.right_edge.i + 1
                start = tok.i if owner is None else min(tok.i, owner.i)
                end = end if owner is None else max(end, owner.i + 1)
                if start > 0 and self.doc[start - 1].dep_ == "neg":
                    start -= 1
                out.append(self._item(pol, 1.0, tok, (start, end), "adjective:" + tok.lemma_.lower(), kind="eval"))
        return out

    def _gerund_lemma(self, tok: Token) -> str | None:
        word = tok.lower_
        stem = word[:-3]
        for cand in (tok.lemma_.lower(), stem, stem + "e", stem[:-1] if len(stem) > 2 and stem[-1] == stem[-2] else None):
            if cand and cand in self.lex.verbs:
                return cand
        return None

    def _noun_agent_polarity(self, noun: Token) -> int:
        entry = self._noun_entry(noun)
        if entry is not None and entry.agent:
            return self._compose_noun(noun, entry)[0]
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
        pol = self._eval_word_base(word, owner, predicative)
        if pol > 0 and word.pos_ in NOUNISH and word.lemma_.lower() in ALLY_NOUNS:
            # "one of Assad's strongest allies", "a patron of Hezbollah": closeness to a pariah
            for c in word.children:
                other = c if c.dep_ == "poss" else next((g for g in c.children if g.dep_ == "pobj"), None) if c.dep_ == "prep" and c.lower_ in ("of", "to") else None
                if other is not None and self._thing_class(other) < 0:
                    return -1
        return pol

    def _eval_word_base(self, word: Token, owner: Token | None, predicative: bool = False) -> int:
        lex = self.lex
        lemma = word.lemma_.lower()
        lower = word.lower_
        if word.pos_ == "ADJ" or word.dep_ in ("amod", "acomp"):
            pol = lex.eval_adjectives.get(lower) or lex.eval_adjectives.get(lemma) or 0
            if pol > 0 and (lower in lex.adjectives_needing_role or lemma in lex.adjectives_needing_role):
                if owner is None or owner.lemma_.lower() not in lex.role_nouns:
                    return 0
            return pol
        if word.pos_ in NOUNISH:
            pol = lex.eval_nouns.get(lemma) or lex.eval_nouns.get(lower) or 0
            if pol and word.dep_ in ("compound", "nmod") and owner is not None and owner.pos_ in NOUNISH and owner.i not in self.target_tokens:
                return 0
            if not pol and predicative:
                # "a strong leader", "a positive development": an evaluative adjective on a role noun
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
    def _item(self, pol: int, weight: float, head: Token, span: tuple[int, int], rule: str, kind: str) -> Item:
        start, end = self._trim(span, head.i)
        if kind == "eval" and start > 0:
            before = self.doc[start - 1]
            if before.dep_ == "neg" or before.lower_ in ("not", "n't", "never", "no"):
                start -= 1
        return Item(polarity=pol, weight=weight, head=head.i, start=start, end=end, rule=rule, kind=kind)

    def _span_np(self, noun: Token, other: Token | None = None, obj: Token | None = None) -> tuple[int, int]:
        start = min([noun.i] + [c.left_edge.i for c in noun.lefts if c.dep_ not in ("punct", "cc")])
        end = noun.i + 1
        for extra in (other, obj):
            if extra is not None and abs(extra.i - noun.i) < MAX_PHRASE:
                if extra.i < start:
                    start = extra.i
                if extra.i >= end:
                    end = extra.i + 1
        return start, end

    def _span_verb(self, verb: Token, obj: Token | None) -> tuple[int, int]:
        start = verb.i
        end = verb.i + 1
        for c in verb.children:
            if c.dep_ == "prt" or (c.dep_ in ("acomp", "oprd") and c.i == verb.i + 1):
                end = max(end, c.i + 1)
        if obj is not None and obj.i > verb.i and obj.i - verb.i < MAX_PHRASE:
            end = max(end, obj.i + 1)
        elif obj is not None and obj.i < verb.i and verb.i - obj.i < MAX_PHRASE:
            start = self._span_np(obj)[0]
        if obj is None:
            # "help end the war": the complement right after the verb
            comp = next((c for c in verb.children if c.dep_ in ("xcomp", "ccomp") and 0 < c.i - verb.i <= 2), None)
            if comp is not None:
                comp_obj = next((g for g in comp.children if g.dep_ in ("dobj", "attr")), None)
                end = max(end, (comp_obj.i if comp_obj is not None and comp_obj.i - verb.i < MAX_PHRASE else comp.i) + 1)
        return start, end

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
