"""How analysts describe a state's role: families of verb + object patterns on the dependency parse.

The mention rules (rules.py) read the predicate that governs a mention of the target. Analysts
often describe the target's role in ways those rules do not cover:

* enabling another party (adversarial): the target or its resources *keep* another party's
  programme going ("Russian fuel keeps the missile programme moving", "it keeps the fleet at
  sea"); it *gives, hands, throws, supplies, ships* another party a lifeline, hard currency,
  combat data, know-how, technology, fuel, arms ("Moscow is throwing Pyongyang a lifeline");
  its deliveries, transfers, purchases, exports of such things, when a sanctioned party is in
  view; it *looks the other way, turns a blind eye, sits on its hands, waters down, blocks,
  vetoes, shields, covers for*;
* self-interest at others' expense (adversarial): a scare-quoted label the target gives its own
  conduct ("Moscow talks about 'regional stability'", "calls this 'cooperation', but ..."); letting
  others pay the price;
* a useful channel (constructive): someone *listens to, trusts, does not suspect* the target;
  messages are *passed, carried* through it ("a Russian-hosted back channel could carry messages");
  it is *ready to host, offers its good offices, hosts* talks.

Each family gives `Item`s that the classifier weighs with the other evidence; they go through the
same context reading (negation, questions, conditionals, negative frames) as the other rules.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .rules import Item, MentionAnalyzer

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Span, Token

__all__ = ["RoleScanner"]

# what a state hands another party that keeps it going
ENABLE_NOUNS = frozenset({
    "lifeline", "currency", "cash", "money", "revenue", "revenues", "income", "data", "know-how", "knowhow", "expertise",
    "technology", "technologies", "fuel", "oil", "petroleum", "diesel", "gasoline", "arm", "arms", "weapon", "weapons", "shell",
    "shells", "missile", "missiles", "ammunition", "munition", "munitions", "drone", "drones", "component", "components", "part",
    "parts", "radar", "radars", "equipment", "oxygen", "cover", "shield", "loophole", "loopholes", "reprieve", "insurance",
    "rocket", "rockets", "engine", "engines", "labour", "labor", "worker", "workers", "coal", "uranium", "materiel", "hardware",
})
# nouns for the act of moving such things
TRANSFER_NOUNS = frozenset({
    "delivery", "deliveries", "transfer", "transfers", "shipment", "shipments", "export", "exports", "sale", "sales", "purchase",
    "purchases", "supply", "supplies", "help", "assistance", "aid", "cooperation", "transport", "smuggling", "trade",
    "supplier", "customer", "buyer", "patron", "seller", "exporter",
}) | ENABLE_NOUNS
GIVE_VERBS = frozenset({
    "give", "hand", "throw", "toss", "extend", "offer", "provide", "supply", "deliver", "sell", "ship", "send", "transfer",
    "export", "smuggle", "pass", "funnel", "channel", "pump", "lend", "feed", "furnish", "share", "buy", "purchase",
})
# idioms for failing to act against another party: "look the other way", "sit on its hands"
LOOK_AWAY = {
    "look": ("away", "other way", "the other way"), "turn": ("blind eye", "a blind eye"), "sit": ("on its hands", "on their hands", "on his hands"),
    "wave": ("through",), "let": ("slip", "through", "off the hook"), "water": ("down",), "hollow": ("out",),
}
BLOCK_VERBS = frozenset({"block", "veto", "dilute", "gut", "stall", "obstruct", "shield", "protect", "cover", "excuse", "defend"})
BLOCK_OBJECTS = frozenset({
    "resolution", "resolutions", "sanction", "sanctions", "measure", "measures", "panel", "investigation", "inquiry", "censure",
    "report", "statement", "action", "penalty", "penalties", "designation", "designations", "condemnation", "monitoring",
})
KEEP_COMPLEMENTS = frozenset({"going", "moving", "running", "afloat", "alive", "supplied", "fed", "armed", "fuelled", "fueled", "funded", "busy", "out", "away", "bay", "guessing", "off", "sea", "road", "air", "power", "business", "check"})
CHANNEL_VERBS = frozenset({"listen", "heed", "trust", "confide", "rely", "turn", "defer"})
SUSPECT_VERBS = frozenset({"suspect", "distrust", "mistrust", "fear", "doubt"})
MESSAGE_NOUNS = frozenset({"message", "messages", "word", "signal", "signals", "warning", "warnings", "note", "notes"})
PASS_VERBS = frozenset({"pass", "carry", "deliver", "relay", "convey", "send", "transmit", "get", "ferry", "bring"})
CHANNEL_NOUNS = frozenset({"channel", "conduit", "intermediary", "go-between", "interlocutor", "mediator", "venue", "host", "messenger", "guarantor", "broker", "offices"})
HOST_VERBS = frozenset({"host", "mediate", "broker", "guarantee", "facilitate", "convene", "arbitrate"})
READY_WORDS = frozenset({"ready", "willing", "prepared", "eager", "happy", "offer", "volunteer", "propose", "stand"})
LABEL_VERBS = frozenset({"call", "describe", "term", "label", "dub", "talk", "speak", "present", "portray", "brand", "frame", "bill", "cast"})
QUOTE_MARKS = frozenset({"'", "‘", "’", '"', "“", "”", "«", "»"})
PARTY_WORDS = frozenset({"pyongyang", "dprk", "iran", "tehran", "syria", "damascus", "assad", "hezbollah", "hamas", "houthis", "houthi", "taliban", "kim"})
MEASURE_VERBS = frozenset({"blacklist", "sanction", "seize", "impound", "designate", "penalize", "penalise", "punish", "freeze", "ban", "expel", "interdict", "inspect"})
ENGAGE_VERBS = frozenset({"bring", "draw", "include", "involve", "invite", "engage", "integrate", "give", "offer", "enlist", "co-opt"})
STAKE_NOUNS = frozenset({"stake", "role", "seat", "say", "place", "voice", "part", "interest", "share"})
HARM_VERBS = frozenset({"undermine", "violate", "breach", "flout", "evade", "circumvent", "erode", "weaken", "sabotage", "defy", "bust", "hollow", "gut"})
ROUTE_NOUNS = frozenset({"route", "hub", "conduit", "gateway", "haven", "backdoor", "pipeline", "transit", "outlet", "corridor", "entrepot", "loophole"})
ILLICIT = frozenset({"banned", "illicit", "illegal", "sanctioned", "smuggled", "prohibited", "contraband", "black-market", "clandestine", "covert"})
NOT_ONLY = frozenset({"just", "only", "merely", "simply"})
# verbs whose "with" object is what is handed over: "supply Iran with components"
WITH_GIVE_VERBS = frozenset({"supply", "provide", "equip", "furnish", "arm", "feed", "help", "assist", "ply", "fuel", "resupply", "present"})
SHUT_VERBS = frozenset({"shut", "close", "disband", "dissolve", "terminate", "scrap", "kill", "abolish", "defund", "starve", "wind", "dismantle", "end", "suspend"})
# what keeps another party alive: "China is the North's oxygen tank"
LIFELINE_NOUNS = frozenset({"lifeline", "oxygen", "banker", "bank", "wallet", "treasury", "piggy", "supplier", "patron", "sponsor", "backer", "enabler", "financier", "protector", "shield", "arsenal", "armourer", "armorer", "quartermaster", "cash", "lung", "lungs", "umbilical", "crutch", "oil"})
CONSULT_VERBS = frozenset({"ask", "consult", "sound"})
PULL_BACK_VERBS = frozenset({"pull", "bring", "talk", "draw", "walk", "lead", "coax", "steer", "nudge", "move", "step", "call", "hold", "keep"})
# saying one thing and doing another: "offers to mediate with one hand and ships radar parts with
# the other", "talk about X in public and then quietly ...", "says one thing, does another"
DUPLICITY_PAIRS = (
    (("with one hand", "on one hand while"), ("with the other", "with another")),
    (("in public", "publicly", "in the open", "officially"), ("quietly", "privately", "in private", "behind closed doors", "behind the scenes", "secretly", "on the sly", "covertly")),
    (("says one thing", "say one thing", "saying one thing", "preaches", "preach"), ("does another", "do another", "doing another", "does the opposite", "practises", "practices", "does something else")),
)


class RoleScanner:
    """The role families over one quote's content, for tokens linked to the target."""

    def __init__(self, analyzer: MentionAnalyzer, target_tokens: set[int], other_states: set[int]) -> None:
        self.an = analyzer
        self.doc = analyzer.doc
        self.lex = analyzer.lex
        self.target = target_tokens
        self.others = other_states  # tokens of mentions of other known states

    # ------------------------------------------------------------------ links to the target
    def linked(self, tok: Token, depth: int = 0) -> bool:
        """The token is the target, or a noun the target owns, modifies, hosts, or is said to be
        ("Russian fuel", "Moscow's purchases", "a Russian-hosted channel", "Moscow will be one of
        the capitals ...", "Russia is the neighbour ...")."""
        if tok.i in self.target:
            return True
        if depth > 4:
            return False
        for c in tok.children:
            if c.dep_ in ("poss", "amod", "compound", "nmod", "npadvmod") and c.i < tok.i and self.linked(c, depth + 1):
                return True
            if c.dep_ == "prep" and c.lower_ in ("by", "from", "of") and tok.pos_ == "NOUN" and tok.lemma_.lower() in TRANSFER_NOUNS | CHANNEL_NOUNS:
                if any(g.dep_ == "pobj" and g.i in self.target for g in c.children):
                    return True
        if tok.pos_ == "NOUN" and any(c.dep_ == "relcl" and any(g.dep_ == "nsubj" and g.i in self.target for g in c.children) for c in tok.children):
            return True  # "every component it ships"
        head = tok.head
        if head.i == tok.i:
            return False
        if tok.dep_ == "conj" and tok.pos_ in ("NOUN", "PROPN", "PRON") and self.linked(head, depth + 1):
            return True
        if tok.dep_ == "appos" and head.i in self.target:
            return True
        if tok.dep_ == "pobj" and head.lower_ == "of" and head.head.dep_ in ("attr", "nsubj") and head.head.lower_ in ("one", "some", "few", "among"):
            return self.linked(head.head, depth + 1)
        if tok.dep_ in ("attr", "acomp") and head.lemma_ in ("be", "become", "remain"):
            subj = next((c for c in head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            return subj is not None and self.linked(subj, depth + 1)
        return False

    def subject(self, verb: Token) -> Token | None:
        node = verb
        for _ in range(4):
            subj = next((c for c in node.children if c.dep_ in ("nsubj", "nsubjpass", "csubj")), None)
            if subj is not None:
                if subj.lower_ in ("that", "which", "who") and node.dep_ == "relcl":
                    return node.head
                return subj
            if node.dep_ in ("relcl", "acl") or (node.dep_ == "amod" and node.head.pos_ in ("NOUN", "PROPN")):
                return node.head  # "governments (still able) to get a message through"
            if node.dep_ in ("xcomp", "conj", "advcl", "acomp") and node.head.i != node.i:
                node = node.head
                continue
            return None
        return None

    def _subject_linked(self, verb: Token) -> bool:
        subj = self.subject(verb)
        if subj is not None and not self.linked(subj) and subj.lower_ in ("it", "they") and subj.dep_ in ("nsubj", "nsubjpass"):
            # "Moscow wants the contracts, and it is willing to pay ...": the pronoun subject of a
            # coordinated clause is the first clause's subject
            node = subj.head
            for _ in range(4):
                if node.dep_ == "conj" and node.head.i != node.i:
                    first = next((c for c in node.head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
                    return first is not None and first.i < subj.i and self.linked(first)
                if node.dep_ in ("xcomp", "acomp", "advcl") and node.head.i != node.i:
                    node = node.head
                    continue
                break
            return False
        return subj is not None and self.linked(subj)

    def _is_party(self, tok: Token) -> bool:
        """Another (sanctioned) party: North Korea, Pyongyang, the North, Iran, Assad ..."""
        low = tok.lower_
        if low in PARTY_WORDS or tok.lemma_.lower() in self.lex.pariahs:
            return True
        if low == "north" and (tok.i + 1 < len(self.doc) and self.doc[tok.i + 1].lower_ in ("korea", "korean", "koreans") or any(c.lower_ == "the" for c in tok.children) or tok.i > 0 and self.doc[tok.i - 1].lower_ == "the"):
            return True
        return low in ("korea", "korean") and tok.i > 0 and self.doc[tok.i - 1].lower_ == "north"

    def _party_in(self, tokens) -> bool:
        return any(self._is_party(t) for t in tokens if t.i not in self.target)

    def _other_owned(self, noun: Token) -> bool:
        """A noun that belongs to another party: "North Korea's fleet", "its launchers" (not the
        target's), "the missile programme", "Pyongyang"."""
        if noun.i in self.target:
            return False
        if self._is_party(noun) or noun.i in self.others:
            return True
        for c in noun.subtree:
            if c.i != noun.i and c.dep_ in ("poss", "compound", "amod", "nmod") and (self._is_party(c) or c.i in self.others):
                return True
        return self.lex.thing_class(noun.lemma_.lower(), noun.lower_) < 0 or any(
            c.dep_ == "compound" and self.lex.thing_class(c.lemma_.lower()) < 0 for c in noun.children)

    # ------------------------------------------------------------------ scan
    def scan(self, content: Span, frame_tokens: Span) -> list[Item]:
        items: list[Item] = []
        party = self._party_in(frame_tokens)
        for tok in content:
            for item in self._at(tok, content, party):
                if item is not None:
                    items.append(item)
        dup = self._duplicity(content)
        if dup is not None:
            items.append(dup)
        out = []
        seen: set[tuple[int, int]] = set()
        for item in items:
            key = (item.head, item.polarity)
            if key in seen:
                continue
            seen.add(key)
            negated_not_only = self._not_only(self.doc[item.head])
            pol, weight = item.polarity, item.weight
            self.an._apply_context(item)
            intrinsic = item.rule == "role:not-suspected"  # the negation is part of the pattern
            if (negated_not_only or intrinsic) and "negated" in item.flags and "question" not in item.flags:
                item.polarity, item.weight = pol, weight  # "did not just look away"
            item.flags.add("role")
            out.append(item)
        return out

    def _duplicity(self, content: Span) -> Item | None:
        """The target saying one thing and doing another: the helpful words count for nothing and
        the quote presents the target as two-faced ("offers to mediate with one hand and ships
        radar parts with the other", "talk about denuclearisation in public and then quietly ...")."""
        text = content.text.lower()
        for firsts, seconds in DUPLICITY_PAIRS:
            for a in firsts:
                k = text.find(a)
                if k < 0 or (k > 0 and text[k - 1].isalnum()):
                    continue
                for b in seconds:
                    j = text.find(b, k + len(a))
                    if j < 0 or (text[j - 1].isalnum()) or j - k > 160:
                        continue
                    span = self.doc.char_span(content.start_char + j, content.start_char + j + len(b), alignment_mode="expand")
                    if span is None:
                        continue
                    # the one acting both ways must be the target (or a reference to it)
                    verb = span.root
                    while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
                        verb = verb.head
                    subj = self.subject(verb)
                    if subj is None or not self.linked(subj):
                        if not any(t.i in self.target for t in content):
                            continue
                        if subj is not None and subj.pos_ != "PRON":
                            continue
                    return Item(-1, 1.2, span.root.i, span.start, span.end, "role:duplicity", kind="eval")
        return None

    def _not_only(self, verb: Token) -> bool:
        return any(c.dep_ == "neg" for c in verb.children) and any(c.dep_ == "advmod" and c.lower_ in NOT_ONLY for c in verb.children)

    def _item(self, pol: int, weight: float, head: Token, start: int, end: int, rule: str, kind: str = "act") -> Item:
        start, end = min(start, end - 1, head.i), max(end, start + 1, head.i + 1)
        if end - start > 10:
            start, end = max(start, head.i - 4), min(end, head.i + 6)
        return Item(pol, weight, head.i, start, end, "role:" + rule, kind=kind)

    def _at(self, tok: Token, content: Span, party: bool):
        lemma = tok.lemma_.lower()
        doc = self.doc
        if tok.pos_ in ("VERB", "AUX"):
            kids = list(tok.children)
            dobj = next((c for c in kids if c.dep_ in ("dobj", "attr")), None)
            # enabling: X keeps <another party's thing> going / at sea / afloat
            if lemma == "keep" and dobj is not None and self._subject_linked(tok):
                comps = [c for c in kids if c.dep_ in ("xcomp", "ccomp", "oprd", "acomp", "advmod", "prt", "prep") and c.i > dobj.i]
                comps += [c for c in dobj.children if c.dep_ in ("prep", "acl", "amod", "advmod") and c.i > dobj.i]
                if comps:
                    cls = self.lex.thing_class(dobj.lemma_.lower(), dobj.lower_)
                    ours = any(c.dep_ == "poss" and c.lower_ in ("our", "my") for c in dobj.children) or dobj.lower_ in ("us", "me")
                    if cls > 0 or ours:
                        # "kept our soldiers fed": keeping the speaker's own side going is help
                        yield self._item(1, 1.0, tok, tok.i, dobj.i + 1, "keep-good")
                    elif self._other_owned(dobj) or cls < 0 or any(w.lower_ in KEEP_COMPLEMENTS for c in comps for w in c.subtree):
                        yield self._item(-1, 1.0, tok, tok.i, max(c.right_edge.i for c in comps) + 1, "keep-going")
            # enabling: X gives / hands / throws / supplies <party> a lifeline, hard currency, fuel, arms
            if lemma in GIVE_VERBS and self._subject_linked(tok):
                objs = [c for c in kids if c.dep_ in ("dobj", "nsubjpass")]
                if tok.dep_ == "relcl":
                    objs.append(tok.head)  # "every component it ships"
                objs += [g for o in objs for g in o.conjuncts]
                recipients = [c for c in kids if c.dep_ in ("dative",)] + [g for c in kids if c.dep_ == "prep" and c.lower_ in ("to", "for") for g in c.children if g.dep_ == "pobj"]
                # "supplying Iran with components", "provides the North with fuel": the "with"
                # object is the thing handed over, the direct object the one who receives it
                with_objs = [g for c in kids if c.dep_ == "prep" and c.lower_ == "with" for g in c.children if g.dep_ == "pobj"]
                with_objs += [g for o in with_objs for g in o.conjuncts]
                if lemma in WITH_GIVE_VERBS and any(self._enable_noun(w) for w in with_objs):
                    recipients += [o for o in objs if not self._enable_noun(o)]
                    objs = with_objs
                hit = next((o for o in objs if self._enable_noun(o)), None)
                if hit is not None and not any(r.i in self.target for r in recipients):
                    if lemma in ("buy", "purchase"):
                        if self._other_owned(hit) or party:
                            yield self._item(-1, 0.9, tok, tok.i, hit.i + 1, "buy-from-party")
                    elif (recipients and not all(self.lex.thing_class(r.lemma_.lower(), r.lower_) > 0 for r in recipients)) or party or hit.lower_ in ("lifeline", "oxygen", "cover", "shield", "loophole", "loopholes"):
                        item = self._item(-1, 1.0, tok, tok.i, hit.i + 1, "give:" + hit.lower_)
                        if objs is with_objs:
                            # everything handed over is part of the same act ("components ... and help with its space programme")
                            item.extra.append((min(w.left_edge.i for w in with_objs), max(w.right_edge.i for w in with_objs) + 1))
                            item.flags.add("covers-extra")
                        yield item
            # shielding: looks the other way, sits on its hands, waters down, blocks resolutions
            if lemma in LOOK_AWAY and self._subject_linked(tok):
                tail = " ".join(t.lower_ for t in doc[tok.i + 1 : min(tok.i + 5, len(doc))])
                for phrase in LOOK_AWAY[lemma]:
                    if tail.startswith(phrase):
                        yield self._item(-1, 1.0, tok, tok.i, tok.i + 1 + len(phrase.split()), "look-away")
                        break
            # ending oversight: shut down the panel, disband the inquiry, scrap the monitoring
            if lemma in SHUT_VERBS and self._subject_linked(tok) and dobj is not None and (dobj.lemma_.lower() in BLOCK_OBJECTS or dobj.lower_ in BLOCK_OBJECTS):
                if lemma not in ("shut", "close", "wind") or any(c.dep_ == "prt" and c.lower_ in ("down", "up") for c in kids):
                    yield self._item(-1, 1.0, tok, tok.i, dobj.i + 1, "end-oversight:" + lemma)
            # "China is the North's oxygen tank / lifeline / banker"
            if lemma in ("be", "become", "remain") and self._subject_linked(tok):
                attr = next((c for c in kids if c.dep_ in ("attr", "oprd")), None)
                if attr is not None and attr.pos_ == "NOUN":
                    words = {attr.lemma_.lower()} | {c.lemma_.lower() for c in attr.children if c.dep_ == "compound"}
                    owner = next((c for c in attr.children if c.dep_ == "poss" or (c.dep_ == "prep" and c.lower_ in ("for", "to", "of"))), None)
                    owner = next((g for g in owner.children if g.dep_ == "pobj"), owner) if owner is not None and owner.dep_ == "prep" else owner
                    if owner is not None and self._is_party(owner) and words & LIFELINE_NOUNS:
                        yield self._item(-1, 1.0, attr, attr.left_edge.i, attr.i + 1, "lifeline:" + attr.lemma_.lower(), kind="eval")
            if lemma in BLOCK_VERBS and self._subject_linked(tok) and dobj is not None:
                if dobj.lemma_.lower() in BLOCK_OBJECTS or dobj.lower_ in BLOCK_OBJECTS or (lemma in ("shield", "protect", "cover", "excuse", "defend") and self._is_party(dobj)):
                    yield self._item(-1, 1.0, tok, tok.i, dobj.i + 1, "block:" + lemma)
            # a useful channel: someone listens to / trusts / does not suspect the target
            if lemma in CHANNEL_VERBS:
                target_obj = next((g for c in kids if c.dep_ == "prep" for g in c.children if g.dep_ == "pobj" and self.linked(g)), None)
                if target_obj is None and tok.dep_ == "relcl" and self.linked(tok.head) and not any(c.dep_ == "dobj" for c in kids):
                    target_obj = tok.head
                if target_obj is None and dobj is not None and self.linked(dobj):
                    target_obj = dobj
                subj = self.subject(tok)
                if target_obj is not None and not (subj is not None and self.linked(subj)):
                    yield self._item(1, 1.0, tok, min(tok.i, target_obj.i), max(tok.i, target_obj.i) + 1, "listens-to", kind="patient" if lemma == "trust" else "act")
            if lemma in SUSPECT_VERBS and any(c.dep_ == "neg" for c in kids):
                cop = tok.head if tok.dep_ in ("ccomp", "relcl") and tok.head.lemma_ == "be" else None
                cop_subj = next((c for c in cop.children if c.dep_ == "nsubj"), None) if cop is not None else None
                if (tok.dep_ == "relcl" and self.linked(tok.head)) or (dobj is not None and self.linked(dobj)) or (cop_subj is not None and self.linked(cop_subj)):
                    yield self._item(1, 0.9, tok, tok.i - 1, tok.i + 1, "not-suspected", kind="act")
            # a channel: messages passed / carried through the target, or where the target is
            if lemma in PASS_VERBS:
                msg = next((c for c in kids if c.dep_ in ("dobj", "nsubjpass") and c.lower_ in MESSAGE_NOUNS), None)
                if msg is not None:
                    carrier = self.subject(tok) if msg.dep_ == "dobj" else None
                    where = tok.head if tok.dep_ == "relcl" else None
                    via = next((g for c in kids if c.dep_ == "prep" and c.lower_ in ("through", "via", "by") for g in c.children if g.dep_ == "pobj"), None)
                    if any(x is not None and self.linked(x) for x in (carrier, where, via)):
                        yield self._item(1, 1.0, tok, tok.i, msg.i + 1, "carries-messages")
            # consulting the target: "they would be wise to ask Moscow", "consult Beijing first"
            if lemma in CONSULT_VERBS and dobj is not None and dobj.i in self.target and not self._subject_linked(tok):
                if not any(c.dep_ in ("xcomp", "ccomp") for c in kids) and not any(c.dep_ == "prep" and c.lower_ in ("about", "why", "over", "for") for c in kids):
                    yield self._item(1, 0.9, tok, tok.i, dobj.i + 1, "consult:" + lemma, kind="invite")
            # pulling another party back from the brink / away from war
            if lemma in PULL_BACK_VERBS and self._subject_linked(tok):
                back = any(c.lower_ in ("back", "away") for c in kids)
                frm = [g for c in tok.subtree if c.dep_ == "prep" and c.lower_ in ("from", "off") and c.head.i in (tok.i,) + tuple(k.i for k in kids) for g in c.children if g.dep_ == "pobj"]
                if back and any(self.lex.thing_class(g.lemma_.lower(), g.lower_) < 0 for g in frm):
                    yield self._item(1, 1.0, tok, tok.i, max(g.i for g in frm) + 1, "pull-back")
            # hosting, mediating, guaranteeing; readiness to do so
            if lemma in HOST_VERBS and self._subject_linked(tok):
                if dobj is None or self.lex.thing_class(dobj.lemma_.lower(), dobj.lower_) >= 0:
                    yield self._item(1, 1.0, tok, tok.i, (dobj.i if dobj is not None and dobj.i - tok.i < 6 else tok.i) + 1, "host")
            # a scare-quoted label for its own conduct: "calls this 'cooperation', but ..."
            if lemma in LABEL_VERBS and self._subject_linked(tok):
                window = doc[tok.i + 1 : min(tok.i + 10, content.end)]
                if sum(1 for t in window if t.text in QUOTE_MARKS) >= 2:
                    marks = [t.i for t in window if t.text in QUOTE_MARKS]
                    yield self._item(-1, 1.1, tok, tok.i, marks[1] + 1, "scare-quoted-label", kind="eval")
            # covering for another party: "Beijing covers for Pyongyang at the council"
            if lemma in ("cover", "vouch", "stick") and self._subject_linked(tok):
                ward = next((g for c in kids if c.dep_ == "prep" and c.lower_ in ("for", "up") for g in c.children if g.dep_ == "pobj"), None)
                if ward is not None and self._is_party(ward):
                    yield self._item(-1, 1.0, tok, tok.i, ward.i + 1, "covers-for")
            # others pay the price: "happy to let North Korea pay the price"
            if lemma == "pay" and any(c.dep_ == "dobj" and c.lemma_.lower() in ("price", "cost", "bill") for c in kids) and not self._subject_linked(tok):
                boss = tok.head if tok.dep_ in ("ccomp", "xcomp") and tok.head.lemma_.lower() in ("let", "make", "leave", "force", "allow") else None
                if boss is not None and self._subject_linked(boss):
                    price = next(c for c in kids if c.dep_ == "dobj")
                    yield self._item(-1, 1.0, tok, boss.i, price.i + 1, "others-pay")
            # buying its own interest with another party's weapons: "will pay for that quiet with
            # the North's nuclear programme", "trades the sanctions for cheap oil"
            if lemma in ("pay", "trade", "buy", "purchase") and self._subject_linked(tok):
                bought = [g for c in kids if c.dep_ == "prep" and c.lower_ == "for" for g in c.children if g.dep_ == "pobj"]
                price = next((g for x in [tok, *bought] for c in x.children if c.dep_ == "prep" and c.lower_ == "with" for g in c.children if g.dep_ == "pobj"), None)
                if price is not None and price.i not in self.target and self.an._thing_class(price) < 0 and (self._other_owned(price) or self._party_in(price.subtree)):
                    yield self._item(-1, 1.0, tok, tok.i, price.i + 1, "pays-with")
            # making things worse: "makes the region less safe", "more dangerous"
            if lemma == "make" and self._subject_linked(tok):
                comp = next((c for c in kids if c.dep_ in ("ccomp", "oprd", "xcomp") and c.pos_ == "ADJ"), None)
                if comp is not None:
                    less = any(c.lower_ in ("less", "fewer") for c in comp.children)
                    word = comp.lemma_.lower()
                    bad = self.lex.eval_adjectives.get(word, 0) < 0 or word in ("dangerous", "unstable", "volatile", "unsafe", "insecure", "risky", "tense")
                    good = word in ("safe", "stable", "secure", "peaceful", "calm", "predictable")
                    if (less and good) or (bad and not less):
                        yield self._item(-1, 1.0, tok, tok.i, comp.i + 1, "makes-worse")
                    elif (good and not less) or (less and bad):
                        yield self._item(1, 0.9, tok, tok.i, comp.i + 1, "makes-better")
            # measures against the target's assets: blacklist / sanction / seize its tankers
            if lemma in MEASURE_VERBS and dobj is not None and dobj.i not in self.target and self.linked(dobj) and not self._subject_linked(tok):
                yield self._item(-1, 1.0, tok, tok.i, dobj.i + 1, "measure:" + lemma, kind="patient")
            # engaging the target: bring Moscow into the effort, give it a stake, include it
            if lemma in ENGAGE_VERBS:
                obj = next((c for c in kids if c.dep_ in ("dobj", "nsubjpass", "dative") and c.i in self.target), None)
                active = next((c for c in kids if c.dep_ == "nsubj"), None)
                if obj is not None and not (active is not None and self.linked(active)):
                    into = next((g for c in kids if c.dep_ == "prep" and c.lower_ in ("into", "in", "to") for g in c.children if g.dep_ == "pobj"), None)
                    stake = next((c for c in kids if c.dep_ == "dobj" and c.lemma_.lower() in STAKE_NOUNS), None)
                    good_into = into is not None and self.lex.thing_class(into.lemma_.lower(), into.lower_) > 0
                    # "Russia was involved (in the hacking)" is description; engagement needs the
                    # effort, talks or process it is brought into, a stake, or an active invitation
                    invited = lemma in ("invite", "engage", "enlist") and obj.dep_ == "dobj"
                    if (good_into or stake is not None or (invited and into is None)) and not (lemma in ("give", "offer") and stake is None):
                        end = max(x.i for x in (obj, into, stake, tok) if x is not None) + 1
                        yield self._item(1, 1.0, tok, min(tok.i, obj.i), end, "engage:" + lemma, kind="invite")
            # the target's transfers undermine the rules: "these transfers undermine the resolutions"
            if lemma in HARM_VERBS and dobj is not None and self.lex.thing_class(dobj.lemma_.lower(), dobj.lower_) > 0:
                subj = self.subject(tok)
                if subj is not None and subj.lemma_.lower() in TRANSFER_NOUNS and any(c.dep_ == "det" and c.lower_ in ("these", "those", "the", "such", "this") for c in subj.children):
                    if any(t.i in self.target for t in content):
                        yield self._item(-1, 0.9, tok, subj.left_edge.i, dobj.i + 1, "transfers-undermine")
        if tok.pos_ in ("NOUN", "PROPN") or self._enable_noun(tok):
            # the target's transfers / deliveries / know-how / fuel, with a sanctioned party in view
            if party and (tok.lemma_.lower() in TRANSFER_NOUNS or self._enable_noun(tok)) and tok.i not in self.target and self.linked(tok):
                if self._enable_context(tok):
                    yield self._item(-1, 1.0, tok, tok.left_edge.i, tok.i + 1, "transfer:" + tok.lemma_.lower())
                elif tok.lemma_.lower() not in ("cooperation", "trade", "help", "assistance", "aid"):
                    yield self._item(-1, 0.75, tok, tok.left_edge.i, tok.i + 1, "transfer:" + tok.lemma_.lower())
            # the target as a route for another party's banned goods: "ports became a hub for coal exports"
            route = tok.lemma_.lower() in ROUTE_NOUNS and tok.i not in self.target and self.linked(tok)
            if route:
                goods = [g for c in tok.children if c.dep_ == "prep" and c.lower_ in ("for", "of") for g in c.children if g.dep_ == "pobj"]
                goods += [x for g in goods for x in g.children if x.dep_ == "prep" and x.lower_ == "of" for x in x.children if x.dep_ == "pobj"]
                if any(self._other_owned(g) or any(w.lower_ in ILLICIT for w in g.subtree) or (party and (g.lemma_.lower() in TRANSFER_NOUNS or self._enable_noun(g))) for g in goods):
                    yield self._item(-1, 1.0, tok, tok.left_edge.i, tok.i + 1, "route:" + tok.lemma_.lower())
                    return
            # the target as channel, host, go-between ("a Russian-hosted back channel")
            if tok.lemma_.lower() in CHANNEL_NOUNS and tok.i not in self.target and self.linked(tok) and not any(c.dep_ == "neg" for c in tok.head.children):
                if tok.lemma_.lower() != "offices" or any(c.lower_ == "good" for c in tok.children):
                    yield self._item(1, 0.9, tok, tok.left_edge.i, tok.i + 1, "channel", kind="eval")
        elif tok.pos_ == "ADJ" and tok.lower_ in READY_WORDS:
            comp = next((c for c in tok.children if c.dep_ == "xcomp"), None)
            if comp is not None and comp.lemma_.lower() in HOST_VERBS | {"help", "talk", "negotiate"} and self._subject_linked(tok.head if tok.dep_ == "acomp" else tok):
                yield self._item(1, 1.0, comp, tok.i, comp.i + 1, "ready-to-host")

    def _enable_noun(self, tok: Token) -> bool:
        low, lemma = tok.lower_, tok.lemma_.lower()
        if low in ENABLE_NOUNS or lemma in ENABLE_NOUNS:
            return True
        # "know-how" is split in three tokens: know - how
        return low == "how" and tok.i >= 2 and self.doc[tok.i - 2].lower_ == "know"

    def _enable_context(self, tok: Token) -> bool:
        """"Russian technical help accelerated Pyongyang's launches": help doing another party's work."""
        verb = tok.head if tok.dep_ in ("nsubj", "nsubjpass") else None
        if verb is None:
            return False
        return any(c.dep_ in ("dobj", "attr") and self._other_owned(c) for c in verb.children)
