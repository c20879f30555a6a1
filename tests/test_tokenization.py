"""Quotation marks glued to a colon become tokens of their own; nothing else changes."""

from __future__ import annotations

import pytest
import spacy
from hypothesis import given, settings
from hypothesis import strategies as st

from stancer.tokenization import split_glued_quotes
from tests.helpers import covering, quotes_of


@pytest.fixture(scope="module")
def plain():
    return spacy.blank("en")


@pytest.fixture(scope="module")
def adjusted():
    nlp = spacy.blank("en")
    split_glued_quotes(nlp)
    split_glued_quotes(nlp)  # a second call must not stack the infixes
    return nlp


@pytest.mark.parametrize(
    "text, tokens",
    [
        ('Rep. Joe Wilson (R-S.C.):"I think so"', ["S.C.", ")", ":", '"', "I", "think", "so", '"']),
        ('Rep. Joe Wilson (R-S.C.): "I think so"', ["S.C.", ")", ":", '"', "I", "think", "so", '"']),
        ("Sanders:“We will win”", ["Sanders", ":", "“", "We", "will", "win", "”"]),
        ("he said,“Look at the numbers”", ["said", ",", "“", "Look", "at", "the", "numbers", "”"]),
        ("Mr. Lee (Reuters):''No comment''", ["Reuters", ")", ":", "''", "No", "comment", "''"]),
    ],
)
def test_a_glued_lead_in_is_split(adjusted, text, tokens):
    words = [t.text for t in adjusted(text)]
    assert words[-len(tokens):] == tokens


@pytest.mark.parametrize(
    "text",
    ["at 10:30 today", "see http://x.com/a:b", "the ratio 3:1", "1,000 people", "a, b and c", "“Yes,” he said—and left.", "U.S.-Russia ties"],
)
def test_colons_and_marks_elsewhere_keep_their_tokens(plain, adjusted, text):
    assert [t.text for t in adjusted(text)] == [t.text for t in plain(text)]


_GLUE = ('):', ':"', ":“", "]:", ',"', ",“")
_words = st.sampled_from(["Moscow", "said", "(Reuters)", '"Yes"', "“No”", "10:30", "a:b", "—", ":", ",", "'90s"])


@settings(max_examples=80, deadline=None)
@given(st.lists(_words, max_size=12).map(" ".join))
def test_text_without_a_glued_colon_tokenizes_as_before(plain, adjusted, text):
    if any(glue in text for glue in _GLUE):
        return
    assert [t.text for t in adjusted(text)] == [t.text for t in plain(text)]


@settings(max_examples=80, deadline=None)
@given(st.text(max_size=40))
def test_tokens_still_cover_the_text_exactly(adjusted, text):
    doc = adjusted(text)
    assert doc.text == text



@pytest.mark.parametrize(
    "text",
    [
        'Rep. Joe Wilson (R-S.C.): "I think the sanctions are working and we should keep them."',
        'Rep. Joe Wilson (R-S.C.):"I think the sanctions are working and we should keep them."',
    ],
)
def test_a_heading_with_party_and_state_names_the_speaker(analyze, text):
    quote = covering(quotes_of(analyze, text), "sanctions are working")
    assert quote and quote[0]["speaker"]["name"] == "Joe Wilson"
