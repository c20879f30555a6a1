"""Where a quote refers to the target, for `DocStance`: alias mentions in the quote or governed
from its reporting frame, pronouns and descriptions that point back to it (across sentences, to
acts named again by another word, to the one an `-ing` cue's verb is about), and the
demonyms that only give a person's nationality.

`TargetReferences` is a mixin of `classifier.DocStance` (which provides `doc`, `target`, `lex`,
`states`, `target_spans`, `alias_tokens`, `sent_starts`).
"""

from __future__ import annotations

import bisect
from typing import TYPE_CHECKING

from .mentions import DESCRIPTIONS, FIRST_PERSON, IT_PRONOUNS, PERSON_PRONOUNS, THEY_PRONOUNS, Mention, is_expletive, resolve_reference

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Doc, Span, Token

    from ..targets import Target
    from .lexicon import Lexicon
    from .mentions import StateMentions

__all__ = ["TargetReferences", "is_person_noun"]

# an unnamed foreign state: "a foreign power", "a hostile foreign government", "a foreign adversary"
_FOREIGN_HEADS = frozenset({"power", "government", "adversary", "country", "state", "nation", "regime"})

# on the target's own officials it mostly invented hostility
_REFERENCE_WORDS = IT_PRONOUNS | THEY_PRONOUNS | PERSON_PRONOUNS

_STATE_ACTORS = frozenset({
    "government", "official", "officials", "authority", "authorities", "military", "army", "force", "forces", "troop", "troops",
    "soldier", "soldiers", "navy", "jet", "jets", "plane", "planes", "warplane", "warplanes", "aircraft", "bomber", "bombers",
    "submarine", "ship", "warship", "missile", "intelligence", "service", "services", "agent", "agents", "spy", "spies", "hacker",
    "hackers", "troll", "trolls", "operative", "operatives", "diplomat", "diplomats", "ambassador", "envoy", "embassy",
    "president", "leader", "leaders", "leadership", "minister", "ministry", "state", "regime", "propaganda", "media", "television",
    "side", "delegation", "negotiator", "negotiators", "counterpart", "counterparts", "administration", "parliament",
    "lawmaker", "lawmakers", "general", "generals", "commander", "commanders", "security", "weapon", "weapons", "arms",
    "mercenary", "mercenaries", "contractor", "contractors", "proxy", "proxies", "separatists", "backers", "backing", "support",
    "involvement", "influence", "interests", "policy", "strategy", "tactics", "campaign", "operation", "operations", "offensive",
    "airstrike", "airstrikes", "strike", "strikes", "bombing", "bombs", "attack", "attacks", "hacking", "hack", "hacks",
})

# verbs whose object is the doer's act: "Russian agents carried out the intrusion"
_DOING_VERBS = frozenset({"carry", "conduct", "launch", "mount", "stage", "orchestrate", "perpetrate", "commit", "execute", "run", "direct", "organize", "organise", "sponsor"})

# nouns for people: a demonym on them gives a nationality ("Russian doctors", "a Russian tourist")
_PERSON_NOUNS = frozenset({
    "people", "person", "man", "woman", "men", "women", "child", "children", "kid", "family", "citizen", "national", "resident",
    "tourist", "visitor", "traveller", "traveler", "student", "worker", "employee", "athlete", "player", "team", "coach", "fan",
    "doctor", "nurse", "scientist", "scholar", "academic", "researcher", "expert", "analyst", "journalist", "reporter",
    "writer", "author", "artist", "musician", "singer", "actor", "actress", "director", "dancer", "poet", "novelist",
    "businessman", "businesswoman", "entrepreneur", "oligarch", "billionaire", "millionaire", "tycoon", "investor", "banker",
    "owner", "mother", "father", "wife", "husband", "son", "daughter", "speaker", "émigré", "emigre", "exile", "dissident",
    "opposition", "activist", "blogger", "priest", "pastor", "teacher", "professor", "engineer", "pilot", "sailor", "crew",
    "passenger", "immigrant", "migrant", "refugee", "couple", "friend", "colleague", "neighbour", "neighbor", "speaking",
    "community", "diaspora", "minority", "population", "public", "youth", "teenager", "man", "girl", "boy", "bride", "chess",
    "grandmaster", "champion", "model", "lawyer", "judge", "court", "historian", "linguist", "translator", "chef", "cuisine",
    "literature", "language", "culture", "novel", "song", "music", "film", "ballet", "opera", "art", "name", "word", "accent",
    "orthodox", "church", "version", "translation", "origin", "descent", "ancestry", "heritage", "roots", "born", "speaker",
    "mafia", "mob", "gangster", "criminal", "skater", "boxer", "swimmer", "footballer", "runner", "climber", "voter", "reader",
    "viewer", "user", "customer", "consumer", "shopper", "holidaymaker", "fisherman", "farmer", "pensioner", "retiree",
    "veteran", "prisoner", "hostage", "detainee", "defector", "spouse", "partner", "mathematician", "physicist", "chemist",
    "composer", "painter", "photographer", "programmer", "designer", "mogul", "magnate", "heiress", "socialite", "nationalist",
    "speaker", "soul", "soul", "character", "hero", "heroine", "villain", "celebrity", "star", "supermodel", "beauty",
})

_PERSON_SUFFIXES = ("ist", "ian")


def is_person_noun(tok: Token) -> bool:
    """A noun that names people (or a nation's culture, language, descent), not a state's thing."""
    lemma = tok.lemma_.lower()
    if lemma in _PERSON_NOUNS or tok.lower_ in _PERSON_NOUNS or tok.ent_type_ == "PERSON":
        return True
    if lemma.endswith(_PERSON_SUFFIXES) and len(lemma) > 5:
        return True
    return False




class TargetReferences:
    """Finding the target's mentions and references in a quote and its frame."""

    doc: Doc
    target: Target
    lex: Lexicon
    states: StateMentions
    target_spans: list[tuple[int, int]]
    alias_tokens: set[int]
    sent_starts: list[int]

    def _owned_nouns(self) -> dict[str, list[tuple[int, str]]]:
        """Nouns a state mention owns or modifies, by lemma, in text order: "Russian hackers",
        "Moscow's campaign", "the hack by Russia" -> {"hacker": [(i, "Russia")], ...}. A later
        definite description with the same head ("the hackers") refers back to the same actor."""
        doc = self.doc
        owned: dict[str, list[tuple[int, str]]] = {}
        for s, e, name, _ in self.states.spans:
            root = doc[s:e].root
            noun = None
            if root.dep_ in ("compound", "amod", "poss", "nmod") and root.head.pos_ == "NOUN" and root.head.i != root.i:
                noun = root.head
                while noun.dep_ == "compound" and noun.head.pos_ == "NOUN" and noun.head.i != noun.i:
                    noun = noun.head
            elif root.dep_ == "pobj" and root.head.lower_ in ("by", "from", "of") and root.head.head.pos_ == "NOUN":
                noun = root.head.head
            if noun is not None:
                owned.setdefault(noun.lemma_.lower(), []).append((noun.i, name))
            # the state (or its agents) as the doer of an act: "Russian hackers broke into ...",
            # "the servers were breached by Russia" -- a later "the breach" names that act
            doer = noun if noun is not None and noun.dep_ in ("nsubj", "nsubjpass") else root
            verb = None
            if doer.dep_ == "nsubj" and doer.head.pos_ == "VERB":
                verb = doer.head
            elif doer.dep_ == "pobj" and doer.head.dep_ == "agent":
                verb = doer.head.head
            if verb is not None:
                owned.setdefault(verb.lemma_.lower(), []).append((verb.i, name))
                # "carried out the intrusion", "were behind the breach": the act is the object
                for child in verb.children:
                    act = None
                    if child.dep_ == "dobj" and verb.lemma_.lower() in _DOING_VERBS:
                        act = child
                    elif child.dep_ == "prep" and child.lower_ == "behind":
                        act = next((g for g in child.children if g.dep_ == "pobj"), None)
                    if act is not None and act.pos_ == "NOUN":
                        owned.setdefault(act.lemma_.lower(), []).append((act.i, name))
        for entries in owned.values():
            entries.sort()
        return owned


    def _root(self, m: Mention) -> int:
        return self.doc[m.start : m.end].root.i

    def _mentions(self, content: Span, cue: tuple[int, int] | None, speaker: tuple[int, int] | None, frame: tuple[int, int], official: bool) -> list[Mention]:
        doc = self.doc
        out: list[Mention] = []
        c0, c1 = content.start, content.end
        cue_set = set(range(*cue)) if cue else set()
        if cue:
            verb = doc[cue[0] : cue[1]].root
            if verb.tag_ == "VBG" and verb.dep_ in ("advcl", "xcomp", "conj") and verb.head.pos_ == "VERB" and frame[0] <= verb.head.i < frame[1]:
                # "welcomed the Moscow initiative, saying ...": the verb the cue hangs from frames the quote
                cue_set.add(verb.head.i)
        speaker_set = set(range(*speaker)) if speaker else set()
        for s, e in self.target_spans:
            if e <= frame[0] or s >= frame[1]:
                continue
            if s >= c0 and e <= c1:
                out.append(Mention(s, e, "alias"))
                continue
            if any(i in speaker_set for i in range(s, e)) or any(i in cue_set for i in range(s, e)):
                continue
            # a mention outside the quoted words counts when the predicate that governs it is in
            # the reported content ("Trenin suggests that Moscow can “nudge ...”") or is the cue
            node = doc[s:e].root
            if self._named_by_relative(node, cue_set):
                out.append(Mention(s, e, "alias"))
                continue
            for _ in range(30):
                if node.i in speaker_set:
                    break
                if c0 <= node.i < c1 or node.i in cue_set:
                    out.append(Mention(s, e, "alias"))
                    break
                if node.head.i == node.i or (node.pos_ in ("VERB", "AUX") and node.dep_ not in ("aux", "auxpass")):
                    break
                node = node.head
        out = [m for m in out if not self._national_only(m)]
        taken = {i for m in out for i in range(m.start, m.end)}
        for tok in content:
            if tok.i in taken or tok.i in self.alias_tokens:
                continue
            lower = tok.lower_
            if official and lower in FIRST_PERSON:
                out.append(Mention(tok.i, tok.i + 1, "self"))
                continue
            if lower in PERSON_PRONOUNS and tok.dep_ in ("nsubj", "nsubjpass") and tok.i - content.start <= 2 and not self._quoted_words(content) and not self._plural_speaker(speaker):
                praised = self._object_before_cue(cue, tok)
                if praised is not None:
                    # "X praised Putin, saying he was ...": the one the frame verb is about
                    out.append(Mention(tok.i, tok.i + 1, "reference", doc[praised[0] : praised[1]].text))
                continue  # "X says he would ...": the speaker
            if lower in _REFERENCE_WORDS or (tok.pos_ == "NOUN" and tok.lemma_.lower() in DESCRIPTIONS):
                name, ante = resolve_reference(doc, tok, self.states, self.sent_starts, speaker)
                if name is None and lower in _REFERENCE_WORDS and tok.dep_ in ("nsubj", "nsubjpass"):
                    ante = self._spoken_of(cue)
                    name = self.target.name if ante is not None else None
                if name == self.target.name:
                    out.append(Mention(tok.i, tok.i + 1, "reference", doc[ante[0] : ante[1]].text if ante else None))
                    continue
            ante_i = self._description(tok)
            if ante_i is not None:
                out.append(Mention(tok.i, tok.i + 1, "description", doc[ante_i].text))
                continue
            act = self._event_reference(tok, content)
            if act is not None:
                out.append(Mention(tok.i, tok.i + 1, "reference", doc[act[0] : act[1]].text))
                continue
            if self._foreign_power(tok):
                out.append(Mention(tok.i, tok.i + 1, "description", self.target.name))
        return out

    def _plural_speaker(self, speaker: tuple[int, int] | None) -> bool:
        """"Analysts said he was …": a group cannot be the "he" of its own report."""
        if speaker is None:
            return False
        head = self.doc[speaker[0] : speaker[1]].root
        return head.tag_ in ("NNS", "NNPS") or head.lower_ in ("they", "we")

    @staticmethod
    def _named_by_relative(node: Token, cue_set: set[int]) -> bool:
        """"Russia, which Romney called 'our No. 1 geopolitical foe'", "Russia, a country that
        Romney called ...": the cue is a relative clause on the mention (or on its appositive), so
        the quoted words are said of the target."""
        if not cue_set:
            return False
        heads = [node] + [c for c in node.children if c.dep_ == "appos"]
        return any(c.dep_ == "relcl" and c.i in cue_set for h in heads for c in h.children)

    def _foreign_power(self, tok: Token) -> bool:
        """"encouraged a foreign power to conduct espionage", "help from a hostile foreign
        government": an unnamed foreign state, in an article whose foreign state is the target
        (named at least twice, and more often than any other state but the United States)."""
        if tok.pos_ != "NOUN" or tok.lemma_.lower() not in _FOREIGN_HEADS:
            return False
        if not any(c.dep_ == "amod" and c.lower_ == "foreign" for c in tok.children):
            return False  # "hostile actors" alone may be anyone
        if any(c.dep_ in ("poss", "compound") or (c.dep_ == "prep" and c.lower_ == "like") for c in tok.children):
            return False  # "a foreign power like China" names its own
        return self._salient_foreign_state() == self.target.name

    def _salient_foreign_state(self) -> str | None:
        cached = getattr(self, "_salient", False)
        if cached is not False:
            return cached
        counts: dict[str, int] = {}
        for _, _, name, _ in self.states.spans:
            counts[name] = counts.get(name, 0) + 1
        counts.pop("United States", None)
        best = max(counts.items(), key=lambda kv: kv[1], default=(None, 0))
        salient = best[0] if best[1] >= 2 and sum(1 for v in counts.values() if v == best[1]) == 1 else None
        self._salient = salient
        return salient

    def _spoken_of(self, cue: tuple[int, int] | None) -> tuple[int, int] | None:
        """"..., Trump said of the Russians": the target mention the cue says the quote is about."""
        if cue is None:
            return None
        verb = self.doc[cue[0] : cue[1]].root
        for prep in verb.children:
            if prep.dep_ == "prep" and prep.lower_ in ("of", "about"):
                for pobj in prep.children:
                    for s, e in self.target_spans:
                        if s <= pobj.i < e:
                            return s, e
        return None

    @staticmethod
    def _quoted_words(content: Span) -> bool:
        """The content is the speaker's own words in quotation marks (a "he" there is not the speaker)."""
        first = content[0]
        return first.is_quote or first.text in ("“", "«", "‘", "''", "``")

    def _event_reference(self, tok: Token, content: Span) -> tuple[int, int] | None:
        """"Russian jets struck a hospital. | "This is a war crime," ...": a demonstrative subject
        at the start of the content that judges the act the previous sentence says the target did.
        Returns the token span of that act's agent, or None."""
        if tok.lower_ not in ("this", "that", "it") or tok.dep_ not in ("nsubj", "nsubjpass"):
            return None
        # the first words of the content, or the subject of its main clause after a fronted
        # phrase ("Used carefully, that is a tool for calming the peninsula down")
        opens_clause = tok.head.dep_ == "ROOT" and tok.i < tok.head.i and not any(
            c.dep_ in ("nsubj", "nsubjpass") for c in tok.head.children if c.i < tok.i
        )
        if tok.i - content.start > 2 and not opens_clause:
            return None
        if tok.lower_ == "it" and is_expletive(tok):
            return None
        head = tok.head
        if not any(c.dep_ in ("attr", "acomp", "dobj", "oprd") for c in head.children):
            return None
        k = bisect.bisect_right(self.sent_starts, tok.i) - 1
        if k < 1 or self.sent_starts[k] < content.start - 1 and k < 1:
            return None
        sent_start = self.sent_starts[k]
        if tok.i - sent_start > 3 and not opens_clause:
            return None  # not the first words of its sentence
        prev = self.doc[self.sent_starts[k - 1] : sent_start]
        # the act: a verb of the previous sentence whose subject is the target or its agents
        # ("Russian Su-24s made repeated low passes over the destroyer")
        for verb in prev:
            if verb.pos_ != "VERB":
                continue
            subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
            if subj is None:
                continue
            for s, e in self.target_spans:
                if s <= subj.i < e:
                    return s, e
                if subj.left_edge.i <= s and e <= subj.i + 1 and self.doc[s:e].root.head.i == subj.i and self.doc[s:e].root.dep_ in ("amod", "compound", "poss", "nmod"):
                    return subj.left_edge.i, subj.i + 1
        return None

    def _object_before_cue(self, cue: tuple[int, int] | None, pronoun: Token) -> tuple[int, int] | None:
        """The target mention that is the object of the verb an -ing cue hangs from ("praised
        Putin, saying he ..."), when a person pronoun opens the content; else None."""
        if cue is None:
            return None
        verb = self.doc[cue[0] : cue[1]].root
        if verb.tag_ != "VBG" or verb.dep_ not in ("advcl", "xcomp", "conj") or verb.head.pos_ != "VERB":
            return None
        for child in verb.head.children:
            if child.dep_ != "dobj":
                continue
            for s, e in self.target_spans:
                if s <= child.i < e and self.doc[s:e].root.ent_type_ == "PERSON":
                    return s, e
        return None

    def _description(self, tok: Token) -> int | None:
        """"the hackers", "these attacks": a definite description of an actor or an act whose last
        earlier mention with an owner was the target's ("Russian hackers"). Returns the index of
        that earlier noun, or None."""
        if tok.pos_ != "NOUN" or not any(c.dep_ == "det" and c.lower_ in ("the", "this", "these", "those", "such") for c in tok.children):
            return None
        lemma = tok.lemma_.lower()
        same = self.lex.same_act
        earlier = sorted((i, name) for key, found in self.owned.items() if same(key, lemma) for i, name in found if i < tok.i)
        if not earlier or earlier[-1][1] != self.target.name:
            return None
        entry = self.lex.noun(lemma)
        if lemma not in _STATE_ACTORS and (entry is None or not entry.agent):
            return None
        act = entry is not None and entry.agent < 0 and not is_person_noun(tok) and not lemma.endswith("er")
        for c in tok.children:
            if c.dep_ not in ("poss", "compound", "amod", "nmod"):
                continue
            if c.i in self.states.by_token or c.ent_type_ in ("GPE", "NORP", "PERSON"):
                return None  # "the Chinese hackers": owned by someone named here
            if (c.pos_ == "PROPN" or c.ent_type_ == "ORG") and not (act and c.dep_ == "compound"):
                return None  # but "the DNC hack" names the victim of the act, not its doer
        if any(c.dep_ == "prep" and c.lower_ in ("by", "from", "of") and any(g.pos_ == "PROPN" for g in c.children) for c in tok.children):
            return None
        return earlier[-1][0]

    def _national_only(self, m: Mention) -> bool:
        """"a Russian oligarch", "Russian athletes": a demonym that only gives a person's
        nationality does not mention the state. A demonym on a thing -- the state's fuel, vote,
        exports, technology, money, help, forces ("Russian fuel", "a Russian vote", "Russian
        know-how") -- is the state's role, so it stays a mention."""
        doc = self.doc
        text = doc[m.start : m.end].text
        if text not in self.target.demonyms or text in self.target.plurals:
            return False
        tok = doc[m.start : m.end].root
        if tok.dep_ not in ("amod", "compound", "nmod") or tok.head.pos_ not in ("NOUN", "PROPN"):
            return False
        head = tok.head
        while head.dep_ == "compound" and head.head.pos_ in ("NOUN", "PROPN") and head.head.i != head.i:
            head = head.head
        lemma = head.lemma_.lower()
        lex = self.lex
        if lemma in _STATE_ACTORS or lemma in lex.role_nouns or lemma in lex.eval_nouns or lex.noun(lemma) is not None:
            return False
        return is_person_noun(head)

