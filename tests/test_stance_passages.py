"""Written passages: reading them, picking a passage's statement, and the held-out stance figures."""

from __future__ import annotations

from pathlib import Path

import pytest

from stancer.errors import GoldFormatError
from stancer.evaluation.metrics import StancePair
from stancer.evaluation.passages import main_quote, passage_pairs, read_passages

HELDOUT = Path(__file__).parent / "data" / "stance_passages_heldout.tsv"


def test_reads_both_layouts_and_skips_comments(tmp_path):
    path = tmp_path / "p.tsv"
    path.write_text("# a comment\nadv\tRussia hacked them, she said.\n\ncon\tChina\tBeijing helped, he said.\n", encoding="utf-8")
    passages = read_passages(path)
    assert [(p.label, p.target) for p in passages] == [("adversarial", "Russia"), ("constructive", "China")]
    assert passages[1].line == "p:4"


@pytest.mark.parametrize("line", ["maybe\tRussia\tsome text", "adv\tRussia\ttext\textra"])
def test_bad_lines_are_reported_with_their_place(tmp_path, line):
    path = tmp_path / "bad.tsv"
    path.write_text(line + "\n", encoding="utf-8")
    with pytest.raises(GoldFormatError, match="bad.tsv:1"):
        read_passages(path)


def test_main_quote_prefers_the_quote_about_the_target():
    quotes = [{"about": False, "n": 30}, {"about": True, "n": 10}, {"about": True, "n": 20}]
    assert main_quote(quotes, lambda q: q["about"], lambda q: q["n"])["n"] == 20
    assert main_quote([{"about": False, "n": 5}], lambda q: q["about"], lambda q: q["n"])["n"] == 5
    assert main_quote([], lambda q: True, lambda q: 0) is None


def test_a_passage_without_a_quote_counts_as_wrong(tmp_path):
    path = tmp_path / "p.tsv"
    path.write_text("neu\tThe weather was mild.\n", encoding="utf-8")
    pairs = passage_pairs(read_passages(path), analyze=lambda text, target: {"quotes": []})
    assert pairs == [StancePair("neutral", None, None)]
    assert not pairs[0].correct


@pytest.mark.model
def test_heldout_passages_are_labelled_well(nlp):
    """The team's held-out passages (never trained on): macro-F1 measured 0.76 when written down."""
    from stancer.evaluation.passages import score_passages

    scores = score_passages([HELDOUT])
    assert scores is not None and scores.n == 150
    assert scores.macro_f1 >= 0.70
    assert scores.polar_macro_f1 >= 0.65
    assert scores.high_confidence.value is None or scores.high_confidence.value >= 0.85
