"""Reading a piece of evidence in its context: negation, denial, stop, negative frames,
questions, conditionals, hedges and contrast (`ContextReader._apply_context`).

`ContextReader` is a mixin of `rules.MentionAnalyzer`: it walks up the dependency tree from the
evidence's head and changes the item's polarity and weight in place.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from .vocabulary import (
    REMOVAL_VERBS,
    MOTIVE_VERBS,
    REPORTED_CLAIMS,
    NOUNISH,
    SPEECH_VERBS,
    PERMISSION_VERBS,
    FAILURE_VERBS,
    RECOMMEND_AUX,
)

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Doc, Token

    from .lexicon import Lexicon

__all__ = ["Item", "ContextReader"]


@dataclass
class Item:
    """One piece of evidence: polarity toward the target, weight, and the phrase that shows it."""

    polarity: int
    weight: float
    head: int
    start: int
    end: int
    rule: str
    kind: str = "act"  # "act" | "eval" | "patient" | "invite"
    flags: set[str] = field(default_factory=set)
    extra: list[tuple[int, int]] = field(default_factory=list)



class ContextReader:
    """Context rules over the evidence found by `MentionAnalyzer` (which provides `doc`, `lex`,
    `target_tokens`, `_item` and `_eval_word`)."""

    doc: Doc
    lex: Lexicon
    target_tokens: set[int]
    # the quote's words when a parenthetical "as X believe(s)" reports them: a condition or a
    # question around them is the writer's, not the speaker's (set by the classifier)
    asserted: tuple[int, int] | None = None

    def _writers_mark(self, tok: Token) -> bool:
        span = self.asserted
        return span is not None and not (span[0] <= tok.i < span[1])

    @staticmethod
    def _said_with_not(word: Token) -> bool:
        """"smart, not weak": a judgement the speaker rejects."""
        if any(c.dep_ == "neg" for c in word.children):
            return True
        return word.i > 0 and word.doc[word.i - 1].lower_ in ("not", "n't", "never") and word.pos_ in ("ADJ", "NOUN")

    @staticmethod
    def _speaker_subject(verb: Token) -> bool:
        """"I don't trust Putin": the speaker's own attitude, not a report of someone's relations."""
        return verb.pos_ == "VERB" and any(c.dep_ == "nsubj" and c.lower_ in ("i", "we") for c in verb.children)

    def _judged(self, noun: Token) -> bool:
        """A negative frame says something about this noun phrase (probe with a throwaway item)."""
        probe = self._item(-1, 1.0, noun, (noun.i, noun.i + 1), "probe", kind="patient")
        self._apply_context(probe)
        return "frame" in probe.flags and probe.polarity < 0

    def _negative_verdict(self, node: Token, skip: int | None) -> Token | None:
        """A negative judgement said of `node`: "cited X as a danger", "find X chilling", "a
        troubling willingness", "X raises national security issues", "X is a mistake"."""
        lex = self.lex
        for c in node.children:
            if c.i == skip or c.i in self.target_tokens:
                continue
            cand = None
            if c.dep_ in ("oprd", "acomp") and c.pos_ in ("ADJ", "NOUN"):
                cand = c
            elif c.dep_ == "amod" and node.pos_ in NOUNISH:
                cand = c
            elif c.dep_ == "prep" and c.lower_ == "as":
                cand = next((g for g in c.children if g.dep_ == "pobj"), None)
            if cand is None:
                continue
            pol = self._eval_word(cand, node if c.dep_ == "amod" else None, predicative=c.dep_ != "amod")
            if pol < 0 or cand.lemma_.lower() in lex.negative_frames or cand.lower_ in lex.negative_frames:
                return cand
        return None

    def _subject_verdict(self, verb: Token, skip: int) -> Token | None:
        """Coming up from a subject: "[praising Putin] raises national security issues"."""
        lex = self.lex
        for c in verb.children:
            if c.i == skip or c.dep_ not in ("attr", "acomp", "dobj", "oprd"):
                continue
            words = [t for t in c.subtree if t.i - c.i < 6]
            text = " ".join(t.lower_ for t in words)
            if any(t.lemma_.lower() in lex.negative_frames or t.lower_ in lex.negative_frames for t in words) or any(f" {p} " in f" {text} " for p in lex.negative_frames if " " in p):
                return c
            if self._eval_word(c, None, predicative=True) < 0:
                return c
        return None

    def _coordinated_verdict(self, verb: Token, skip: int | None) -> Token | None:
        """A clause joined to this one that judges it through a demonstrative: "Trump keeps
        praising Putin, and that should worry every American", "…, and this is dangerous"."""
        lex = self.lex
        joined = [c for c in verb.children if c.dep_ == "conj" and c.i > verb.i]
        if any(c.dep_ == "cc" and c.i > verb.i for c in verb.children) and verb.head.i != verb.i:
            # the parser often hangs "… and this is dangerous" beside the clause, not under it
            joined += [c for c in verb.head.children if c.i > verb.i and c.dep_ in ("ccomp", "conj") and c.i != verb.head.i]
        for c in joined:
            if c.i == skip or c.pos_ not in ("VERB", "AUX"):
                continue
            subject = next((g for g in c.children if g.dep_ in ("nsubj", "nsubjpass")), None)
            if subject is None or subject.lower_ not in ("that", "this", "which"):
                continue
            if c.lemma_.lower() in lex.negative_frames or c.lower_ in lex.negative_frames:
                return c
            verdict = self._subject_verdict(c, subject.i)
            if verdict is not None:
                return verdict
        return None

    def _question_clause(self, tok: Token) -> Token | None:
        """The clause holding `tok` when it is a direct question ("Will Russia help?")."""
        doc = self.doc
        node = tok
        for _ in range(20):
            after = node.right_edge.i + 1
            while after < len(doc) and doc[after].is_punct and doc[after].text != "?" and after - node.right_edge.i < 3:
                after += 1
            last = node.right_edge.i
            while last > node.i and (doc[last].is_quote or doc[last].text in ("”", "’", "»")):
                last -= 1  # 'Will Russia help?"': the closing quotation mark hangs on the verb
            if doc[last].text == "?" or (after < len(doc) and doc[after].text == "?"):
                return node
            if node.head.i == node.i:
                return None
            node = node.head
        return None

    def _held_by_target(self, node: Token) -> bool:
        """A judgement the target itself holds ("Putin would recognize the folly of ...")."""
        verb = node
        for _ in range(4):
            if verb.pos_ in ("VERB", "AUX"):
                break
            if verb.head.i == verb.i:
                return False
            verb = verb.head
        # "Putin would recognize the folly", "Russian services gave them a timely warning"
        return any(
            c.dep_ in ("nsubj", "nsubjpass") and (c.i in self.target_tokens or any(g.dep_ in ("amod", "compound", "poss") and g.i in self.target_tokens for g in c.children))
            for c in verb.children
        )

    def _apply_context(self, item: Item) -> None:
        """Read the item in its context: negation, stop, denial, negative frames, questions,
        conditionals, hedges, contrast. Mutates the item."""
        lex = self.lex
        doc = self.doc
        tok = doc[item.head]
        negations = 0
        came_from: Token | None = None
        node = tok
        above_relative = False
        for _ in range(40):
            if came_from is not None and came_from.dep_ == "relcl" and any(c.lower_ in ("who", "which", "whom", "whose") and c.i < came_from.i for c in came_from.subtree):
                # "would never join sanctions against Russia, which he described as a friend": a
                # negation above the noun a who/which clause describes does not reach into it (but
                # "no reason we can't ..." keeps its double negation)
                above_relative = True
            counts_negation = (node.pos_ in ("VERB", "AUX", "ADJ") or node.dep_ in ("attr", "ROOT", "acomp")) and not above_relative
            for c in node.children:
                if came_from is not None and c.i == came_from.i:
                    continue
                if c.dep_ == "neg" or (c.dep_ == "advmod" and c.lower_ in ("never", "hardly", "barely", "scarcely")):
                    if counts_negation and node.lemma_.lower() in PERMISSION_VERBS and came_from is not None and came_from.dep_ in ("ccomp", "xcomp", "dobj") and item.polarity < 0:
                        # "we cannot allow Russia to meddle", "would not tolerate Russian
                        # interference": a harm refused, not denied
                        item.flags.add("prevented")
                    elif counts_negation:
                        negations += 1
                        if tok.head.i != node.i and node.i != tok.i:
                            item.flags.add("negated-above")
                        if node.i != tok.i and (node.lemma_.lower() in SPEECH_VERBS or node.lemma_.lower() in lex.negative_frames):
                            item.flags.add("negated-report")
                elif c.dep_ == "det" and c.lower_ == "no" and node.pos_ in NOUNISH and node.i != tok.i and not above_relative:
                    negations += 1
                elif c.dep_ in ("aux", "advmod") and c.lower_ in lex.hedges:
                    item.flags.add("hedged")
                elif c.dep_ == "aux" and c.lower_ in RECOMMEND_AUX:
                    item.flags.add("recommend")
                    if node.i == tok.i:
                        item.flags.add("recommend-self")
                elif c.dep_ == "mark" and self._writers_mark(c):
                    pass
                elif c.dep_ == "mark" and c.lower_ in ("if", "unless") and node.dep_ == "advcl":
                    item.flags.add("conditional")
                elif c.dep_ == "mark" and (c.lower_ == "whether" or (c.lower_ == "if" and node.dep_ in ("ccomp", "xcomp"))):
                    item.flags.add("question")
                elif c.dep_ == "cc" and c.lower_ in ("but", "yet") and came_from is None and node.dep_ != "conj":
                    pass
            if node.dep_ == "conj" and any(c.dep_ == "cc" and c.lower_ in ("but", "yet") for c in node.head.children):
                item.flags.add("after-but")
            elif any(c.dep_ == "conj" and c.i > node.i and any(g.dep_ == "cc" and g.lower_ in ("but", "yet") for g in node.children) for c in node.children) and node.pos_ in ("VERB", "AUX"):
                item.flags.add("before-but")
            lemma = node.lemma_.lower()
            if node.i != tok.i:
                if node.lower_ in ("nothing", "none", "nobody", "neither", "noone") and node.i < tok.i and not above_relative:
                    negations += 1
                if lemma in lex.negator_verbs and came_from is not None and came_from.dep_ in ("xcomp", "dobj", "pobj", "pcomp", "acomp") and not above_relative:
                    if lemma in FAILURE_VERBS and item.polarity < 0 and item.kind == "patient":
                        item.flags.add("failed")  # the speaker wanted it done: the stance stands
                    else:
                        negations += 1
                if lemma in lex.stop_verbs and came_from is not None and came_from.dep_ in ("xcomp", "dobj", "pcomp", "ccomp"):
                    item.flags.add("stop")
                if lemma in REMOVAL_VERBS and item.kind == "patient" and item.polarity < 0 and came_from is not None and came_from.i == item.head and came_from.dep_ in ("dobj", "nsubjpass"):
                    # "the sanctions against Russia should be lifted": a measure against it taken away
                    item.flags.add("lifted")
                    item.extra.append((node.i, node.i + 1))
                if lemma in lex.denial_verbs:
                    item.flags.add("denial")
                    item.extra.append((node.i, node.i + 1))
                if lemma in MOTIVE_VERBS and item.kind in ("eval", "patient") and came_from is not None and came_from.dep_ in ("xcomp", "ccomp") and self._held_by_target(node):
                    # "Putin wants Russia to be treated as a great power": a motive, not a view of its role
                    item.flags.add("motive")
                if lemma in REPORTED_CLAIMS and node.pos_ == "NOUN" and came_from is not None and came_from.dep_ in ("pobj", "prep", "acl", "ccomp", "relcl"):
                    # "the allegations of Russian hacking": a claim reported, not endorsed
                    item.flags.add("reported-claim")
                if (lemma in lex.negative_frames or node.lower_ in lex.negative_frames) and node.i not in self.target_tokens and not self._held_by_target(node) and not self._said_with_not(node):
                    item.flags.add("frame")
                    item.extra.append(self._frame_span(node))
            verdict = self._negative_verdict(node, came_from.i if came_from is not None else None) if node.i != tok.i or item.kind != "eval" else None
            if verdict is not None and verdict.i not in range(item.start, item.end) and not self._held_by_target(verdict):
                item.flags.add("frame")
                item.extra.append(self._frame_span(verdict))
            if came_from is not None and came_from.dep_ in ("nsubj", "csubj", "nsubjpass"):
                verdict = self._subject_verdict(node, came_from.i)
                if verdict is not None:
                    item.flags.add("frame")
                    item.extra.append(self._frame_span(verdict))
            if node.pos_ in ("VERB", "AUX"):
                verdict = self._coordinated_verdict(node, came_from.i if came_from is not None else None)
                if verdict is not None and not self._held_by_target(verdict):
                    item.flags.add("frame")
                    item.extra.append(self._frame_span(verdict))
            if node.head.i == node.i:
                break
            came_from = node
            node = node.head
        question = self._question_clause(tok)
        if question is not None and self.asserted is not None and (self._writers_mark(question) or question.right_edge.i >= self.asserted[1]):
            question = None
        if question is not None:
            words = [t for t in question.subtree if not t.is_punct][:2]
            first = words[0] if words else None
            opening = [t for t in tok.sent if not t.is_punct and not t.is_quote][:2]
            if len(opening) == 2 and opening[0].pos_ == "AUX" and opening[1].lower_ in ("n't", "not"):
                words, first = opening, opening[0]
            elif opening and opening[0].lower_ in ("why", "how") and opening[0].i <= question.left_edge.i + 2:
                first = opening[0]  # "How many more elections does Moscow have to meddle in ...?"
            if first is not None and first.lower_ in ("why", "how"):
                item.flags.add("hedged")
            elif len(words) == 2 and first.pos_ == "AUX" and words[1].lower_ in ("n't", "not") and first.i < tok.i:
                # "Wouldn't it be great if we got along with Russia?": a rhetorical question asserts
                item.flags.add("rhetorical")
                if words[1].head.i != tok.i or item.kind != "eval":
                    negations -= 1 if negations % 2 == 1 else 0
            else:
                item.flags.add("question")
        # apply
        if negations % 2 == 1:
            item.flags.add("negated")
        pol = item.polarity
        if "lifted" in item.flags and pol < 0:
            pol = 1  # taking a measure against the target away is a step toward it
        if "denial" in item.flags or "question" in item.flags or "negated-report" in item.flags or "reported-claim" in item.flags or "motive" in item.flags:
            item.polarity = 0
            return
        if "negated" in item.flags and item.kind == "eval" and self.doc[item.head].dep_ in ("nsubj", "nsubjpass") and "negated-above" in item.flags:
            item.flags.discard("negated")  # "we cannot allow a foreign adversary to ...": a description keeps its judgement
        if "negated" in item.flags and "hostile-act" in item.flags:
            pass  # refusing to let the target do harm still says it would
        elif "negated" in item.flags:
            if pol > 0 and item.kind == "patient" and "recommend" not in item.flags and not self._speaker_subject(tok):
                pol = 0  # "Obama doesn't get along with Putin": a description, not a stance
            elif pol > 0:
                pol = -1
                item.weight *= 0.9
            elif item.kind == "eval":
                pol = 1
                item.weight *= 0.8
            else:
                pol = 0  # "Russia did not hack ...": a denial of the act
                item.flags.add("denied-act")
        if "stop" in item.flags and pol > 0 and "lifted" not in item.flags:
            pol = -1
        if "recommend-self" in item.flags and pol < 0 and item.kind == "act" and "stop" not in item.flags and "negated" not in item.flags:
            pol = 1  # "Russia should hack her emails": the speaker calls for the target's involvement
        if "frame" in item.flags and pol != 0:
            pol = -1
        if "conditional" in item.flags:
            item.weight *= 0.5
        if "after-but" in item.flags:
            item.weight *= 1.3
        elif "before-but" in item.flags:
            item.weight *= 0.6
        item.polarity = pol

    # ------------------------------------------------------------------ phrases

    def _frame_span(self, node: Token) -> tuple[int, int]:
        if node.pos_ in NOUNISH:
            return self._trim(self._span_np(node), node.i)
        return node.i, node.i + 1
