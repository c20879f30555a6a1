"""Properties that hold for any text: offsets always point at what they claim, nothing is lost."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from stancer.api import split_text
from stancer.quotemarks import find_quotations, paragraph_spans

QUOTE_MARKS = ['"', "“", "”", "‘", "’", "'", "«", "»", "„", "``", "''"]
WORDS = [
    "Moscow", "Russia's", "Putin", "he", "she", "I", "we", "said", "says", "told", "reporters",
    "think", "believe", "according to", "the", "minister", "analysts", "warned", "that", "is",
    "ready", "'90s", "rock 'n' roll", "Koreas'", "doesn’t", "Zürich", "café", "北京", "😀",
    "e\u0301", "Dr.", "U.S.", "—", ",", ".", ":", "?",
]
SEPARATORS = [" ", " ", " ", "\n", "\n\n", "\n \n", "\t", "\u00a0", "\r\n", ""]
ODD = st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=4)

pieces = st.one_of(st.sampled_from(WORDS), st.sampled_from(QUOTE_MARKS), st.sampled_from(SEPARATORS), ODD)
texts = st.lists(pieces, max_size=40).map("".join)


def _is_mark(ch: str) -> bool:
    return ch in "\"“”‘’'«»„`‚‹›"


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=texts)
def test_analyze_offsets_point_at_their_text(analyze, text: str) -> None:
    document = analyze(text)
    quotes = document["quotes"]
    assert [q["id"] for q in quotes] == [f"q{i}" for i in range(1, len(quotes) + 1)]
    assert [q["start"] for q in quotes] == sorted(q["start"] for q in quotes)
    for quote in quotes:
        assert 0 <= quote["start"] < quote["end"] <= len(text)
        assert text[quote["start"]:quote["end"]] == quote["text"]
        cue = quote["cue"]
        if cue is not None:
            assert 0 <= cue["start"] < cue["end"] <= len(text)
            assert text[cue["start"]:cue["end"]] == cue["text"]
        speaker = quote["speaker"]
        if speaker["start"] is not None:
            assert 0 <= speaker["start"] < speaker["end"] <= len(text)
            mention = text[speaker["start"]:speaker["end"]]
            assert mention.strip() == mention != ""
    assert document["summary"]["quotes"] == len(quotes)


@settings(max_examples=300, deadline=None)
@given(text=texts)
def test_find_quotations_spans_are_in_bounds_ordered_and_disjoint(text: str) -> None:
    previous_end = 0
    for q in find_quotations(text):
        assert 0 <= q.start < q.end <= len(text)
        assert q.start >= previous_end
        assert _is_mark(text[q.start])
        if q.closed:
            assert _is_mark(text[q.end - 1])
        previous_end = q.end


@settings(max_examples=300, deadline=None)
@given(text=texts)
def test_paragraph_spans_cover_all_non_space_text(text: str) -> None:
    spans = paragraph_spans(text)
    previous_end = 0
    covered = set()
    for start, end in spans:
        assert previous_end <= start < end <= len(text)
        assert not text[start].isspace() and not text[end - 1].isspace()
        covered.update(range(start, end))
        previous_end = end
    assert {i for i, ch in enumerate(text) if not ch.isspace()} <= covered


@settings(max_examples=300, deadline=None)
@given(text=st.lists(pieces, max_size=120).map("".join), limit=st.integers(min_value=8, max_value=200))
def test_split_text_reassembles_exactly(text: str, limit: int) -> None:
    pieces_ = split_text(text, limit=limit)
    assert "".join(piece for _, piece in pieces_) == text
    position = 0
    for offset, piece in pieces_:
        assert offset == position
        assert text[offset:offset + len(piece)] == piece
        position += len(piece)
    if len(text) > limit:
        assert all(piece for _, piece in pieces_)


@pytest.mark.parametrize("text", ['"', "“", "''", "``", "\n\n\"\n\n", "'\"'", "«»", "e\u0301\"x\""])
def test_quote_only_texts(analyze, text: str) -> None:
    for quote in analyze(text)["quotes"]:
        assert text[quote["start"]:quote["end"]] == quote["text"]
