"""The `stancer_speakers` spaCy component: walks an article's quotes in order and decides where each
speaker comes from — the quote's own mention (checked against the cue's syntax; a signature line
under a quotation is such a cue), a floating quote's neighbouring clause, or the quote before it
(a continuation inherits the speaker and cue). Turning the chosen mention into a record is
`resolve`'s job."""

from __future__ import annotations

from bisect import bisect_right

from spacy.language import Language
from spacy.tokens import Doc

from .. import QUOTES_KEY, register_extensions
from .corrections import checked_head, not_a_date
from .floating import leading_sentence_subject, local_speaker
from .mention import goes_on, inner_attribution, outer_report, parenthetical_report, relative_antecedent, relative_pronoun, verb_of_cue
from .people import collect_people
from .resolve import resolve_mention
from .syntax import OBJECT_DEPS, RELATIVE, own_subject

_FLOAT_PARAGRAPHS = 3


class SpeakerResolver:
    """The `stancer_speakers` component."""

    def __init__(self, name: str = "stancer_speakers", spans_key: str = QUOTES_KEY) -> None:
        self.name = name
        self.spans_key = spans_key
        register_extensions()

    def __call__(self, doc: Doc) -> Doc:
        if self.spans_key not in doc.spans:
            return doc
        header = doc._.stancer_header or {}
        byline = (header.get("byline") or {}).get("value")
        ent_index = {}
        text = doc.text  # built from the tokens on each access: once per doc
        people = collect_people(doc, ent_index, text)
        previous: dict | None = None
        previous_para = -1
        previous_cue = None
        last: dict | None = None  # the quote just before, whatever its speaker
        last_cue = None
        last_para = -1
        last_end = -1
        last_start = -1
        paragraphs = doc._.stancer_paragraphs or [[0, len(text)]]
        para_starts = [p[0] for p in paragraphs]
        for span in doc.spans[self.spans_key]:
            record = span._.stancer_quote
            if record is None:
                continue
            para = _paragraph_index(para_starts, record["start"])
            speaker = record["speaker"]
            head_i = speaker.pop("_head", None)
            mention = speaker.pop("_mention", None)
            cue_verb = verb_of_cue(doc, record.get("cue"))
            if record.get("floating"):
                # (a signed quotation, `“…”` then a line `- Bernie Sanders.`, is not floating: the
                # quotes component gave it the signature as its cue)
                local = local_speaker(doc, span, text)
                if local is not None:
                    # `“…,” the editorial read.` / `Hannity interjected: “…”`: a verb no cue list
                    # holds, but its subject sits right beside the quotation
                    record["speaker"] = resolve_mention(doc, local, people, ent_index, byline)
                elif (lead := leading_sentence_subject(doc, span, last_end if last_para == para else -1, text)) is not None:
                    # `Dianne Bystrom agreed. “…”`: the sentence just before names who speaks
                    record["speaker"] = resolve_mention(doc, lead, people, ent_index, byline)
                elif last is not None and last_para == para and last.get("start") is not None:
                    # the quote just before in the same paragraph speaks on ("the businessman replied")
                    record["speaker"] = dict(last)
                    record["inherited"] = True
                    record["cue"] = record.get("cue") or last_cue
                elif previous is not None and para - previous_para <= _FLOAT_PARAGRAPHS:
                    record["speaker"] = dict(previous)
                    record["inherited"] = True
                    # `“…,” she said. “…”`: the continuation is reported by the same cue
                    record["cue"] = record.get("cue") or previous_cue
            elif (
                head_i is not None and cue_verb is not None and last is not None and last.get("start") is not None
                and goes_on(doc, cue_verb, last_end, text)
                and (last_start <= doc[head_i].idx < last_end or doc[head_i].head.i == cue_verb.i and doc[head_i].dep_ in OBJECT_DEPS)
            ):
                # `X said Romney “had …,” adding, “…”` / `which he called ''a disgrace,'' blaming
                # Y`: a participle right after a quotation goes on with the quotation's speaker,
                # when the head found for it sits inside that quotation or is its own object
                record["speaker"] = dict(last)
                record["inherited"] = True
            elif head_i is not None:
                outer = outer_report(span, cue_verb)
                if outer is not None:
                    # `Officials who think "… are wrong," she said`: the sentence's own reporting
                    # clause reports the words, not the relative clause on its subject
                    head_i, mention, cue_verb = own_subject(outer).i, None, outer
                    record["cue"] = [outer.idx, outer.idx + len(outer.text)]
                head = not_a_date(doc[head_i])
                # a reporting clause in the quote's own words wins; else the cue's syntax may
                # rule out the head the quote finder chose
                checked = inner_attribution(span, cue_verb)
                if checked is None and (aside := parenthetical_report(cue_verb)) is not None:
                    # `Trump, Sexton said, has created a “…”`: the aside reports the clause
                    checked = own_subject(aside)
                    record["cue"] = [aside.idx, aside.idx + len(aside.text)]
                if checked is None:
                    checked = checked_head(head, cue_verb)
                if checked is not head:
                    head, head_i, mention = checked, checked.i, None
                antecedent = relative_antecedent(head)
                if antecedent is not None:
                    # `experts who think …` with the pronoun chosen: the antecedent is who speaks
                    mention = [head.idx, head.idx + len(head.text)]
                    head, head_i = antecedent, antecedent.i
                if mention is None:
                    relative = relative_pronoun(doc, record.get("cue"), head_i)
                    if relative is not None:
                        mention = [relative.idx, relative.idx + len(relative.text)]
                else:
                    relative = doc.char_span(mention[0], mention[1])
                    relative = relative[0] if relative is not None and len(relative) == 1 else None
                named = relative_antecedent(relative) if relative is not None else None
                if named is not None and named.ent_type_ == "PERSON" and head.ent_type_ != "PERSON":
                    head, head_i = named, named.i  # `a teacher named Oliver Brandt, who said`
                record["speaker"] = resolve_mention(doc, head, people, ent_index, byline)
                if mention is not None:  # "…, who said": the relative pronoun is the mention
                    found = record["speaker"]
                    if (
                        found.get("name") is None and found.get("start") is not None
                        and text[mention[0]: mention[1]].lower() in RELATIVE
                        and 0 <= mention[0] - found["end"] <= 2
                    ):
                        # an unnamed antecedent right before its pronoun (`some experts who
                        # think`): the mention runs from the antecedent's phrase to the pronoun
                        mention = [found["start"], mention[1]]
                    found["start"], found["end"] = mention
            span._.stancer_quote = record
            if record["speaker"].get("start") is not None or record["speaker"].get("name"):
                last = record["speaker"]
                last_para = para
                last_end = record["end"]
                last_start = record["start"]
                last_cue = record.get("cue")
            if record["speaker"].get("name") or record["speaker"].get("kind") != "unknown":
                previous = record["speaker"]
                previous_para = para
                previous_cue = record.get("cue")
        return doc


def _paragraph_index(starts: list[int], offset: int) -> int:
    return max(bisect_right(starts, offset) - 1, 0)


@Language.factory(
    "stancer_speakers",
    default_config={"spans_key": QUOTES_KEY},
    requires=["doc.spans", "doc.ents"],
    assigns=["span._.stancer_quote"],
)
def make_speakers(nlp: Language, name: str, spans_key: str) -> SpeakerResolver:
    return SpeakerResolver(name, spans_key)
