"""The target alias table: loading, matching, case, --alias extension, UnknownTarget."""

from __future__ import annotations

import json
from importlib import resources

import pytest

spacy = pytest.importorskip("spacy")

from stancer.errors import UnknownTarget  # noqa: E402
from stancer.targets import Target, alias_variants, all_targets, known_targets, load_target  # noqa: E402

REQUIRED = ["Russia", "China", "United States", "North Korea", "South Korea", "Japan", "Iran", "Ukraine", "United Kingdom", "France", "Germany", "India", "Israel", "Turkey", "Saudi Arabia", "EU"]


@pytest.fixture(scope="module")
def blank():
    return spacy.blank("en")


def found(target: Target, nlp, text: str) -> list[str]:
    return [span.text for span in target.find(nlp(text))]


def test_known_targets_cover_the_major_states():
    names = known_targets()
    for name in REQUIRED:
        assert name in names
    assert len(names) == len(set(names))


def test_table_is_valid_json_with_categories():
    raw = json.loads((resources.files("stancer") / "data" / "targets.json").read_text(encoding="utf-8"))
    for name, entry in raw["targets"].items():
        for key in ("names", "demonyms", "capitals", "government", "people", "agencies", "media", "exclude"):
            assert isinstance(entry.get(key), list), (name, key)
        assert entry["names"], name


@pytest.mark.parametrize("alias", ["Russian", "Russians", "Moscow", "the Kremlin", "Putin", "Vladimir Putin", "Lavrov", "Sergei Lavrov", "Medvedev", "Shoigu", "Peskov", "Zakharova", "RT", "Sputnik", "TASS", "the Russian government", "Gazprom", "FSB", "GRU"])
def test_russia_has_the_aliases_the_issue_lists(alias):
    assert alias in load_target("Russia").aliases


@pytest.mark.parametrize("alias", ["Chinese", "Beijing", "Xi", "Xi Jinping", "Wang Yi", "Zhongnanhai", "Xinhua", "PLA"])
def test_china_has_the_aliases_the_issue_lists(alias):
    assert alias in load_target("China").aliases


@pytest.mark.parametrize("name", ["russia", "RUSSIA", "Russia", "Russian Federation", "the russian federation", "the Kremlin", "putin", " Russia "])
def test_load_target_is_case_insensitive_over_names_and_aliases(name):
    assert load_target(name).name == "Russia"


def test_load_other_targets_by_alias():
    assert load_target("us").name == "United States"
    assert load_target("DPRK").name == "North Korea"
    assert load_target("Britain").name == "United Kingdom"
    assert load_target("european union").name == "EU"


def test_unknown_target_raises_with_known_targets_listed():
    with pytest.raises(UnknownTarget) as err:
        load_target("Atlantis")
    message = str(err.value)
    assert "Atlantis" in message
    for name in ("Russia", "China", "United States"):
        assert name in message
    assert err.value.code == "unknown_target"


def test_empty_target_raises():
    with pytest.raises(UnknownTarget):
        load_target("  ")


def test_unknown_target_with_aliases_builds_a_new_target(blank):
    target = load_target("Wagner", ["Wagner Group", "Prigozhin's men"])
    assert target.name == "Wagner"
    assert target.aliases == ("Wagner", "Wagner Group", "Prigozhin's men")
    assert found(target, blank, "The Wagner Group withdrew; Wagner said so.") == ["Wagner Group", "Wagner"]


def test_extra_aliases_extend_a_known_target(blank):
    target = load_target("Russia", ["Rosgvardia", "Russia"])
    assert "Rosgvardia" in target.aliases
    assert target.aliases.count("Russia") == 1
    assert found(target, blank, "Rosgvardia units moved in.") == ["Rosgvardia"]
    assert "Rosgvardia" not in load_target("Russia").aliases  # the shipped table is not changed


def test_matching_is_case_sensitive_for_acronyms(blank):
    russia = load_target("Russia")
    assert found(russia, blank, "RT aired the speech.") == ["RT"]
    assert found(russia, blank, "Please rt this post.") == []
    us = load_target("United States")
    assert found(us, blank, "The US responded.") == ["US"]
    assert found(us, blank, "Let us respond.") == []


def test_matching_respects_case_of_names(blank):
    turkey = load_target("Turkey")
    assert found(turkey, blank, "Turkey closed the strait.") == ["Turkey"]
    assert found(turkey, blank, "We ate turkey.") == []
    assert found(load_target("Russia"), blank, "a putin-style approach") == []


def test_sentence_initial_and_all_caps_variants(blank):
    russia = load_target("Russia")
    assert found(russia, blank, "The Kremlin said no.") == ["The Kremlin"]
    assert found(russia, blank, "RUSSIA WARNS NATO") == ["RUSSIA"]
    assert "THE KREMLIN" in alias_variants("the Kremlin")
    assert alias_variants("RT") == ["RT"]


def test_longest_match_wins_and_possessives_match(blank):
    russia = load_target("Russia")
    assert found(russia, blank, "Vladimir Putin’s aides met Russia's envoy.") == ["Vladimir Putin", "Russia"]


def test_excluded_names_are_not_mentions(blank):
    russia = load_target("Russia")
    assert found(russia, blank, "Dimitri Trenin, from the Carnegie Moscow Center, spoke.") == []
    us = load_target("United States")
    assert found(us, blank, "The Washington Post reported that Washington erred.") == ["Washington"]


def test_find_over_a_span_returns_doc_spans(blank):
    doc = blank("Moscow spoke. Beijing answered. Moscow again.")
    span = doc[3:]
    hits = load_target("Russia").find(span)
    assert [(h.start, h.text) for h in hits] == [(6, "Moscow")]
    assert hits[0].doc is doc


def test_phrase_matcher_is_a_spacy_matcher(blank):
    matcher = load_target("China").phrase_matcher(blank.vocab)
    doc = blank("Xi Jinping met Wang Yi in Beijing.")
    spans = [doc[s:e].text for _, s, e in matcher(doc)]
    assert "Xi Jinping" in spans and "Wang Yi" in spans and "Beijing" in spans


def test_mentioned_in_plain_strings():
    russia = load_target("Russia")
    assert russia.mentioned_in("Russian foreign ministry")
    assert not russia.mentioned_in("Carnegie Moscow Center")
    assert not russia.mentioned_in(None)


@pytest.mark.parametrize(
    "speaker,expected",
    [
        ("Sergei Lavrov", True),
        ("Russian foreign ministry spokeswoman", True),
        ("the Kremlin", True),
        ("Moscow", True),
        ("the Russians", True),
        ("Russian President Vladimir Putin", True),
        ("Russia experts", False),
        ("a Russian", False),
        ("Dimitri Trenin", False),
        ("Carnegie Moscow Center", False),
        ("a Russia analyst at Chatham House", False),
        ("", False),
    ],
)
def test_speaks_for(speaker, expected):
    assert load_target("Russia").speaks_for(speaker) is expected


def test_targets_are_hashable_and_cached():
    assert all_targets() is all_targets()
    assert hash(load_target("Russia")) == hash(load_target("russia"))
    assert load_target("Russia") == load_target("Russian Federation")
