"""Small helpers shared by the quote and speaker tests: pick a quote out of an analysed document
and read its speaker mention back out of the text. Imported by the test modules (tests/ is on
sys.path when pytest collects them)."""

from __future__ import annotations

from typing import Any


def quotes_of(analyze, text: str) -> list[dict]:
    """All quote records stancer finds in `text`."""
    return analyze(text)["quotes"]


def covering(quotes: list[dict], words: str) -> list[dict]:
    """The quotes whose text contains `words`."""
    return [q for q in quotes if words in q["text"]]


def one(quotes: list[dict], words: str) -> dict:
    """The single quote containing `words` (fails if none or several do)."""
    hits = covering(quotes, words)
    assert len(hits) == 1, quotes
    return hits[0]


def first_quote(doc: dict, words: str) -> dict:
    """The first quote of an analysed document containing `words` (StopIteration if none does)."""
    return next(q for q in doc["quotes"] if words in q["text"])


def mention(text: str, speaker: dict) -> str | None:
    """The text of the speaker's mention, or None when the speaker has no span in `text`."""
    return text[speaker["start"]:speaker["end"]] if speaker.get("start") is not None else None


def check_quote(q: dict, text: str, expect: dict[str, Any]) -> None:
    """Assert each expectation in `expect` about quote `q` (found in `text`):

    type / cue / name / mention   equal to the quote's type, cue text, speaker name, mention text
    name_has / mention_has        contained in the speaker's name / mention text
    mention_in                    the mention text is one of these
    starts / ends                 the quote's text starts / ends with this
    has / lacks                   strings the quote's text must / must not contain
    not_name                      the speaker's name must not equal this
    speaker_found                 True: the speaker has a mention in the text
    """
    unknown = set(expect) - {
        "type", "cue", "name", "mention", "name_has", "mention_has", "starts", "ends", "has", "lacks",
        "not_name", "speaker_found", "mention_in",
    }
    assert not unknown, f"unknown expectation keys {unknown}"
    speaker = q["speaker"]
    if "type" in expect:
        assert q["type"] == expect["type"], q
    if "cue" in expect:
        assert q["cue"] and q["cue"]["text"] == expect["cue"], q
    if "name" in expect:
        assert speaker["name"] == expect["name"], q
    if "not_name" in expect:
        assert speaker["name"] != expect["not_name"], q
    if "name_has" in expect:
        assert expect["name_has"] in (speaker["name"] or ""), q
    if "mention" in expect:
        assert mention(text, speaker) == expect["mention"], q
    if "mention_in" in expect:
        assert mention(text, speaker) in expect["mention_in"], q
    if "mention_has" in expect:
        assert expect["mention_has"] in (mention(text, speaker) or ""), q
    if "starts" in expect:
        assert q["text"].startswith(expect["starts"]), q
    if "ends" in expect:
        assert q["text"].endswith(expect["ends"]), q
    for words in expect.get("has", ()):
        assert words in q["text"], q
    for words in expect.get("lacks", ()):
        assert words not in q["text"], q
    if expect.get("speaker_found"):
        assert speaker["start"] is not None, q
