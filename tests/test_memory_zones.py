"""Memory zones free the strings a group of documents adds to the vocab. Anything cached across
documents (phrase matchers, labels) must survive them: analysing with one small zone per document
gives the same output as one big zone."""

from __future__ import annotations

from pathlib import Path

import pytest

import stancer.api as api

SAMPLES = sorted((Path(__file__).resolve().parents[1] / "samples").glob("*.txt"))
EXTRA = [
    "Iran's foreign minister said Tehran would \u201cnever\u201d give up enrichment. Israeli officials warned of strikes.",
    "\u201cBeijing is stalling,\u201d said a Japanese diplomat. The Kremlin said Moscow backs Pyongyang.",
    "Ukraine's president said Kyiv needs air defence; Turkey and Saudi Arabia offered to mediate, analysts say.",
]


@pytest.mark.usefixtures("nlp")
def test_one_zone_per_document_gives_the_same_output(monkeypatch) -> None:
    items = [(str(p), p.read_text(encoding="utf-8")) for p in SAMPLES] + [(f"extra{i}", t) for i, t in enumerate(EXTRA)]
    big = list(api.analyze_texts(items))
    monkeypatch.setattr(api, "ZONE_CHARS", 1)
    small = list(api.analyze_texts(items + items))
    assert small[: len(items)] == big
    assert small[len(items):] == big
