"""How sure stancer is that a quote is "not about the target" (texts written for this test).

A quote that names no state at all gets a confident neutral (0.95) only when nothing around it
suggests the target: the target named just before it, an unnamed state ("the regime", "a foreign
state"), or words that judge a state's conduct lower that confidence, because such quotes are
sometimes about the target after all.
"""

from __future__ import annotations

import pytest

spacy = pytest.importorskip("spacy")

from spacy.tokens import Span  # noqa: E402

import stancer.components.stance  # noqa: E402,F401  (registers the factory)

pytestmark = pytest.mark.model


def stance_of(nlp, text: str, content: str, cue: str, speaker: str) -> dict:
    """Label one quote span set the way the quote and speaker components would."""
    doc = nlp(text)
    start = text.rfind(content)
    span = doc.char_span(start, start + len(content), label="direct", alignment_mode="expand")
    if not Span.has_extension("stancer_quote"):
        Span.set_extension("stancer_quote", default=None)
    doc.spans["stancer_quotes"] = [span]
    span = doc.spans["stancer_quotes"][0]
    cue_at = text.rfind(cue)
    sentence_start = text.rfind(". ", 0, start) + 2 if ". " in text[:start] else 0
    span._.stancer_quote = {
        "type": "direct",
        "cue": [cue_at, cue_at + len(cue)],
        "frame": [sentence_start, len(text)],
        "speaker": {"name": speaker, "start": None, "end": None, "role": None, "affiliation": None, "kind": "person"},
    }
    doc = stancer.components.stance.make_stance(nlp, "stancer_stance", target="Russia", aliases=[], spans_key="stancer_quotes")(doc)
    return doc.spans["stancer_quotes"][0]._.stancer_quote["stance"]


def test_unrelated_quote_is_confidently_not_about(stance_nlp):
    text = 'The new bridge over the river will open to traffic in May. "We expect long queues on the first weekend," said Mayor Ellen Brook.'
    stance = stance_of(stance_nlp, text, "We expect long queues on the first weekend,", "said", "Ellen Brook")
    assert stance["label"] == "neutral" and stance["about_target"] is False
    assert stance["confidence"] >= 0.9


# text, the quote's words, its speaker, and whether it must also be labelled not about the target
LOWERED_CONFIDENCE = [
    pytest.param(
        "Russia hosted the football tournament in eleven cities last summer. The stadiums were full every night. "
        '"It was the best tournament we have ever organised," said Gianna Ferri, the federation president.',
        "It was the best tournament we have ever organised,",
        "Gianna Ferri",
        False,
        id="target_named_just_before",
    ),
    pytest.param(
        '"The regime starves its own people so it can pay for rockets," said Dana Pruitt, an activist.',
        "The regime starves its own people so it can pay for rockets,",
        "Dana Pruitt",
        True,
        id="unnamed_state",
    ),
    pytest.param(
        '"The peninsula was annexed at gunpoint and the pipeline is a tool of blackmail," said Minister Lea Varga.',
        "The peninsula was annexed at gunpoint and the pipeline is a tool of blackmail,",
        "Lea Varga",
        True,
        id="judged_conduct_without_a_name",
    ),
]


@pytest.mark.parametrize(("text", "content", "speaker", "not_about"), LOWERED_CONFIDENCE)
def test_hint_of_the_target_lowers_confidence(stance_nlp, text, content, speaker, not_about):
    """A neutral quote with the target named just before it, an unnamed state, or judged conduct
    is not confidently "not about the target"."""
    stance = stance_of(stance_nlp, text, content, "said", speaker)
    assert stance["label"] == "neutral"
    if not_about:
        assert stance["about_target"] is False
    assert stance["confidence"] < 0.9
