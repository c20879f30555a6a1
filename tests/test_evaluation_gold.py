"""Gold readers and text rules of `stancer eval`: brat, locator JSONL, stance labels, sentence ends."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from stancer.errors import GoldFormatError
from stancer.evaluation import load_gold
from stancer.evaluation.brat import parse_ann, read_brat_folder
from stancer.evaluation.locator_gold import locate, read_locator_gold
from stancer.evaluation.rules import cue_text_matches, has_quote_mark, is_speech_cue, stem, surname
from stancer.evaluation.sentences import sentence_end
from stancer.evaluation.stance_gold import attach_stance, default_stance_file, read_stance_file

TEXT = (
    "Smith: Taxes Are Too High\n"
    "\n"
    "“We will win,” Smith said. “It is certain.”\n"
    "Jones argued that taxes are too high.\n"
    "Brown wants a new car.\n"
    "Officials say the roads are closed.\n"
)


def span(text: str, needle: str, start: int = 0) -> tuple[int, int]:
    s = text.index(needle, start)
    return s, s + len(needle)


def brat_ann(text: str = TEXT) -> str:
    """A hand-made .ann with a discontinuous direct quote, an indirect quote, a belief (out of
    scope), an attribution without Source, a Content2 role and a covered text over two lines."""
    q1a, q1b = span(text, "“We will win,”"), span(text, "“It is certain.”")
    smith, said = span(text, "Smith", 10), span(text, "said")
    jones, argued, c2 = span(text, "Jones"), span(text, "argued"), span(text, "taxes are too high", 40)
    brown, wants, c3 = span(text, "Brown"), span(text, "wants"), span(text, "a new car")
    say, c4 = span(text, "say"), span(text, "the roads are closed")
    title_src, colon, title = span(text, "Smith"), span(text, ":"), span(text, "Taxes Are Too High")
    return "\n".join(
        [
            f"T1\tContent {q1a[0]} {q1a[1]};{q1b[0]} {q1b[1]}\t“We will win,” “It is",
            "certain.”",  # covered text running onto the next line
            f"T2\tSource {smith[0]} {smith[1]}\tSmith",
            f"T3\tCue {said[0]} {said[1]}\tsaid",
            f"T4\tAttribution {said[0]} {said[1]}\tsaid",
            "E1\tAttribution:T4 Content:T1 Cue:T3 Source:T2",
            f"T5\tSource {jones[0]} {jones[1]}\tJones",
            f"T6\tCue {argued[0]} {argued[1]}\targued",
            f"T7\tContent {c2[0]} {c2[1]}\ttaxes are too high",
            f"T8\tAttribution {argued[0]} {argued[1]}\targued",
            "E2\tAttribution:T8 Source:T5 Cue:T6 Content:T7",
            f"T9\tSource {brown[0]} {brown[1]}\tBrown",
            f"T10\tCue {wants[0]} {wants[1]}\twants",
            f"T11\tContent {c3[0]} {c3[1]}\ta new car",
            f"T12\tAttribution {wants[0]} {wants[1]}\twants",
            "E3\tAttribution:T12 Content:T11 Cue:T10 Source:T9",
            f"T13\tCue {say[0]} {say[1]}\tsay",
            f"T14\tContent {c4[0]} {c4[1]}\tthe roads are closed",
            f"T15\tAttribution-no-source {say[0]} {say[1]}\tsay",
            "E4\tAttribution-no-source:T15 Content:T14 Cue:T13 ",
            "#1\tAnnotatorNotes T14\tunnamed officials",
            f"T16\tSource {title_src[0]} {title_src[1]}\tSmith",
            f"T17\tCue {colon[0]} {colon[1]}\t:",
            f"T18\tContent {title[0]} {title[1]}\tTaxes Are Too High",
            f"T19\tAttribution {colon[0]} {colon[1]}\t:",
            "E5\tAttribution:T19 Content:T18 Cue:T17 Source:T16 Content2:T7",
            "E6\tAttribution-no-source:T15",  # nothing to score: skipped
            "",
        ]
    )


def write_brat(root: Path, stem: str = "article", text: str = TEXT, ann: str | None = None) -> Path:
    (root / "text").mkdir(parents=True, exist_ok=True)
    (root / "attributions").mkdir(parents=True, exist_ok=True)
    (root / "text" / f"{stem}.txt").write_text(text, encoding="utf-8")
    (root / "attributions" / f"{stem}_b222.ann").write_text("E1\tAttribution:T9 Content:T9\n", encoding="utf-8")
    (root / "attributions" / f"{stem}_a111.ann").write_text(ann if ann is not None else brat_ann(text), encoding="utf-8")
    return root


# --- brat -----------------------------------------------------------------------------------------


def test_parse_ann_reads_pieces_roles_and_scope():
    quotes = {q.id: q for q in parse_ann(brat_ann(), TEXT)}
    assert sorted(quotes) == ["E1", "E2", "E3", "E4", "E5"]
    e1 = quotes["E1"]
    assert len(e1.pieces) == 2
    assert e1.content(TEXT) == "“We will win,” … “It is certain.”"
    assert (e1.type, e1.in_scope, e1.speaker, e1.cue) == ("direct", True, "Smith", "said")
    assert quotes["E2"].type == "indirect" and quotes["E2"].in_scope  # "argued" is a speech verb
    assert quotes["E3"].in_scope is False  # "wants": a belief, no quotation mark
    e4 = quotes["E4"]
    assert (e4.has_source, e4.in_scope, e4.speaker) == (False, False, None)
    assert quotes["E5"].pieces == tuple(sorted([span(TEXT, "Taxes Are Too High"), span(TEXT, "taxes are too high", 40)]))


def test_parse_ann_rejects_spans_outside_text_and_undefined_references():
    with pytest.raises(GoldFormatError, match="outside the text"):
        parse_ann("T1\tContent 0 999\tx\nE1\tAttribution:T1 Content:T1\n", "short")
    with pytest.raises(GoldFormatError, match="undefined span T7"):
        parse_ann("T1\tContent 0 3\tsho\nE1\tAttribution:T1 Content:T7\n", "short")


def test_brat_folder_uses_first_annotator_by_sorted_filename(tmp_path):
    write_brat(tmp_path)
    articles, errors = read_brat_folder(tmp_path)
    assert errors == []
    assert [a.stem for a in articles] == ["article"]
    assert articles[0].annotation_path.name == "article_a111.ann"
    assert len(articles[0].quotes) == 5


def test_brat_folder_reports_a_bad_file_and_reads_the_rest(tmp_path):
    write_brat(tmp_path, "good")
    write_brat(tmp_path, "bad", ann="T1\tContent 0 99999\tx\nE1\tAttribution:T1 Content:T1\n")
    (tmp_path / "text" / "lonely.txt").write_text("No annotations.", encoding="utf-8")
    articles, errors = read_brat_folder(tmp_path)
    assert [a.stem for a in articles] == ["good"]
    assert sorted(Path(e.path).name for e in errors) == ["bad_a111.ann", "lonely.txt"]


def test_load_gold_rejects_a_folder_that_is_not_brat(tmp_path):
    with pytest.raises(GoldFormatError, match="not a gold folder"):
        load_gold(tmp_path)


# --- rules ----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "cue, expected",
    [("said", True), ("told", True), ("according to", True), ("tweeted", True), ("went on to discuss", False),
     ("wants", False), ("continued:", True), ("replied", True), ("quipped", True), ("emphasised", True), ("believes", False)],
)
def test_speech_verb_inflections(cue, expected):
    assert is_speech_cue(cue) is expected


@pytest.mark.parametrize("text, expected", [('"Yes"', True), ("“Yes”", True), ("«Oui»", True), ("''Yes''", True),
                                            ("it’s fine", False), ("‘scare’", False)])
def test_quote_marks(text, expected):
    assert has_quote_mark(text) is expected


@pytest.mark.parametrize(
    "name, expected",
    [("Hillary Clinton", "clinton"), ("Hillary Clinton’s", "clinton"), ("Trump's", "trump"),
     ("panel Chairman Rep. Jason Chaffetz (R-Utah)", "chaffetz"), ("Martin Luther King Jr.", "king"),
     ("", None), (None, None)],
)
def test_surname(name, expected):
    assert surname(name) == expected


def test_cue_stems():
    assert stem("says") == stem("said") == stem("saying") == "say"
    assert stem("believes") == stem("believed") == stem("believe")
    assert stem("admitted") == stem("admit") and stem("stressed") == stem("stress")
    assert cue_text_matches("suggest", "suggests")
    assert cue_text_matches("disagree", "do not disagree")
    assert not cue_text_matches("think", "believe")
    assert not cue_text_matches(None, "said")


# --- locator gold ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, locator, expected_end",
    [
        ("He said Moscow can help. Others disagree.", "Moscow can", "Moscow can help."),
        ("It hurts U.S. interests and more. Next.", "It hurts", "It hurts U.S. interests and more."),
        ("Ask Mr. Smith about it. Then go.", "Ask", "Ask Mr. Smith about it."),
        ("Written by J. R. Smith today. End.", "Written", "Written by J. R. Smith today."),
        ("She can “outline how ‘peaceful’ talks work.” Then more.", "She can", "She can “outline how ‘peaceful’ talks work.”"),
        ("It uses “ways that. Undermine sanctions.” Next one.", "It uses", "It uses “ways that. Undermine sanctions.”"),
        ("“Why?” he asked. Fine.", "“Why", "“Why?” he asked."),
        ("A headline without a stop\nNext line.", "A headline", "A headline without a stop"),
        ("Trailing text without a stop", "Trailing", "Trailing text without a stop"),
        ('Kramer said "it is bad." Then more.', "Kramer", 'Kramer said "it is bad."'),
    ],
)
def test_sentence_end_rule(text, locator, expected_end):
    start = text.index(locator)
    assert text[start : sentence_end(text, start)] == expected_end


def test_locate_prefers_an_unused_occurrence():
    text = "Russia can help. Russia can help."
    taken: set[int] = set()
    first = locate(text, "Russia can", taken)
    taken.add(first)
    assert (first, locate(text, "Russia can", taken)) == (0, 17)
    with pytest.raises(GoldFormatError):
        locate(text, "not there", set())


def write_locator_gold(folder: Path, quotes: list[dict], text: str, name: str = "gold.jsonl") -> Path:
    (folder / "op-ed.txt").write_text(text, encoding="utf-8")
    record = {"id": "op-ed", "source": "op-ed.txt", "target": "Russia", "byline": "Naoko Aoki", "quotes": quotes}
    path = folder / name
    path.write_text(json.dumps(record) + "\n", encoding="utf-8")
    return path


SEED_TEXT = (
    "Title\n\nI think Moscow can and should play a role in reducing tensions.  Here is why. "
    "Some believe Moscow can use its leverage in ways not adversarial to U.S. interests. "
    "Dimitri Trenin suggests that Moscow can “nudge Pyongyang toward restraint.” The end.\n"
)
SEED_QUOTES = [
    {"speaker": "AUTHOR", "type": "indirect", "cue": "think", "locator": "Moscow can and should", "stance": "constructive"},
    {"speaker": "UNATTRIBUTED", "type": "indirect", "cue": "believe", "locator": "Moscow can use its", "stance": "neutral"},
    {"speaker": "Dimitri Trenin", "type": "mixed", "cue": "suggests", "locator": "Moscow can “nudge", "stance": "constructive"},
]


def test_locator_gold_spans_run_to_the_end_of_the_sentence(tmp_path):
    path = write_locator_gold(tmp_path, SEED_QUOTES, SEED_TEXT)
    articles, errors = read_locator_gold(path, roots=[tmp_path])
    assert errors == []
    (article,) = articles
    assert article.stem == "op-ed" and article.byline == "Naoko Aoki"
    contents = [q.content(article.text) for q in article.quotes]
    assert contents == [
        "Moscow can and should play a role in reducing tensions.",
        "Moscow can use its leverage in ways not adversarial to U.S. interests.",
        "Moscow can “nudge Pyongyang toward restraint.”",
    ]
    assert all(q.in_scope for q in article.quotes)
    assert [q.stance for q in article.quotes] == ["constructive", "neutral", "constructive"]


def test_locator_gold_finds_source_beside_the_jsonl_by_default(tmp_path):
    path = write_locator_gold(tmp_path, SEED_QUOTES, SEED_TEXT)
    gold = load_gold(path)
    assert (gold.format, len(gold.articles), gold.errors) == ("jsonl", 1, [])


def test_locator_gold_bad_lines_become_errors(tmp_path):
    path = write_locator_gold(tmp_path, [{"locator": "nowhere in the text", "speaker": "X"}], SEED_TEXT)
    with path.open("a", encoding="utf-8") as handle:
        handle.write("{not json\n")
        handle.write(json.dumps({"source": "missing.txt", "quotes": []}) + "\n")
    articles, errors = read_locator_gold(path, roots=[tmp_path])
    assert articles == []
    assert [e.path.rsplit(":", 1)[1] for e in errors] == ["1", "2", "3"]
    assert "not in the text" in errors[0].message and "not JSON" in errors[1].message


# --- stance labels --------------------------------------------------------------------------------


def test_stance_labels_attach_by_stem_and_attribution_id(tmp_path):
    write_brat(tmp_path / "polnear" / "dev")
    stance_dir = tmp_path / "stance"
    stance_dir.mkdir()
    e2 = span(TEXT, "taxes are too high", 40)
    rows = [
        {"split": "dev", "article": "article", "attribution": "E1", "content_spans": [], "target": "Russia", "stance": "adversarial"},
        {"split": "dev", "article": "article", "attribution": "E2", "content_spans": [list(e2)], "target": "Russia", "stance": "constructive"},
        {"split": "dev", "article": "article", "attribution": "E3", "content_spans": [[0, 1]], "target": "Russia", "stance": "neutral"},
        {"split": "train", "article": "other", "attribution": "E1", "content_spans": [[0, 1]], "target": "Russia", "stance": "neutral"},
    ]
    stance_file = stance_dir / "polnear_russia_traindev.jsonl"
    stance_file.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    assert default_stance_file(tmp_path / "polnear" / "dev") == stance_file
    gold = load_gold(tmp_path / "polnear" / "dev")  # auto-detected
    stances = {q.id: q.stance for q in gold.articles[0].quotes}
    assert stances == {"E1": "adversarial", "E2": "constructive", "E3": None, "E4": None, "E5": None}
    assert (gold.stance_attached, gold.stance_unmatched) == (2, 1)  # E3's spans differ
    assert load_gold(tmp_path / "polnear" / "dev", auto_stance=False).stance_file is None


def test_stance_file_errors_name_the_line(tmp_path):
    path = tmp_path / "stance.jsonl"
    path.write_text('{"article": "a", "attribution": "E1", "stance": "hostile"}\n', encoding="utf-8")
    with pytest.raises(GoldFormatError, match=":1: unknown stance"):
        read_stance_file(path)
    assert attach_stance([], {}) == (0, 0)


@pytest.mark.parametrize(
    "speaker, expected",
    [("Ben Jealous, the former president of the NAACP,", {"jealous"}),
     ("the former president of the NAACP, Ben Jealous", {"jealous"}),
     ("panel Chairman Rep. Jason Chaffetz (R-Utah)", {"chaffetz"}),
     ("Former secretary of state Hillary Rodham Clinton", {"clinton"}),
     ("Mr. Trump", {"trump"}), ("", set()), (None, set())],
)
def test_speaker_surnames_see_past_appositions(speaker, expected):
    from stancer.evaluation.rules import speaker_surnames

    assert speaker_surnames(speaker) == expected


def test_speaker_surnames_see_past_affiliations():
    from stancer.evaluation.rules import speaker_surnames

    assert "pollak" in speaker_surnames("Joel Pollak of Breitbart California")
    assert "kerry" in speaker_surnames("Secretary of State John Kerry")
