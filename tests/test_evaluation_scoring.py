"""Scoring for `stancer eval`: matching, precision against pieces, speaker/cue rules, stance metrics."""

from __future__ import annotations

from typing import Any

import pytest

from stancer.evaluation.gold import GoldArticle, GoldQuote, GoldSet
from stancer.evaluation.matching import covers_a_piece, coverage, match_one_to_one, overlap
from stancer.evaluation.metrics import StancePair, bootstrap_f1_intervals, stance_scores
from stancer.evaluation.predictions import PredictedQuote, index_by_stem, source_stem
from stancer.evaluation.scoring import cue_correct, score_article, score_set, speaker_correct

TEXT = "x" * 1000


def gq(id: str, *pieces: tuple[int, int], in_scope: bool = True, **kw: Any) -> GoldQuote:
    return GoldQuote(id=id, pieces=tuple(pieces), type=kw.pop("type", "indirect"), in_scope=in_scope, **kw)


def pq(start: int, end: int, **kw: Any) -> dict[str, Any]:
    quote: dict[str, Any] = {"id": kw.pop("id", f"q{start}"), "text": TEXT[start:end], "start": start, "end": end, "type": "direct"}
    quote.update(kw)
    return quote


def doc(*quotes: dict[str, Any], source: str = "dir/a.txt") -> dict[str, Any]:
    return {"schema_version": "1.0", "source": source, "quotes": list(quotes)}


def pred(speaker: dict | None = None, cue: dict | None = None) -> PredictedQuote:
    return PredictedQuote("q1", 0, 10, "direct", speaker or {}, cue, None, "")


# --- matching -------------------------------------------------------------------------------------


def test_overlap_and_coverage_count_characters_of_the_gold_pieces():
    assert overlap((5, 15), [(0, 10), (12, 20)]) == 8
    assert coverage((5, 15), [(0, 10), (12, 20)]) == pytest.approx(8 / 18)
    assert overlap((30, 40), [(0, 10)]) == 0


def test_lenient_threshold_is_strictly_more_than_30_percent():
    gold = [[(0, 100)]]
    assert match_one_to_one([(0, 30)], gold, 0.3) == []
    assert [m.gold for m in match_one_to_one([(0, 31)], gold, 0.3)] == [0]
    assert match_one_to_one([(0, 80)], gold, 0.8) == []
    assert len(match_one_to_one([(0, 81)], gold, 0.8)) == 1


def test_matching_is_one_to_one_largest_overlap_first():
    golds = [[(0, 100)], [(90, 140)]]
    preds = [(0, 95), (60, 140), (0, 100)]
    matches = {(m.pred, m.gold) for m in match_one_to_one(preds, golds, 0.3)}
    # (2, 0) overlaps 100 chars and is taken first; (1, 1) 50 chars; (0, ...) is left over.
    assert matches == {(2, 0), (1, 1)}


def test_ties_prefer_the_tighter_prediction():
    golds = [[(50, 60)], [(0, 10), (100, 110)]]
    preds = [(0, 110), (50, 60)]
    assert {(m.pred, m.gold) for m in match_one_to_one(preds, golds, 0.3)} == {(1, 0), (0, 1)}


def test_covers_a_piece_only_counts_discontinuous_gold():
    assert covers_a_piece((100, 120), [[(0, 80), (100, 120)]], 0.3)
    assert not covers_a_piece((0, 10), [[(0, 100)]], 0.3)
    assert not covers_a_piece((100, 105), [[(0, 80), (100, 120)]], 0.3)


# --- article scoring ------------------------------------------------------------------------------


def test_precision_counts_out_of_scope_gold_and_pieces_recall_counts_in_scope_only():
    article = GoldArticle(
        "a",
        TEXT,
        [
            gq("E1", (0, 100), (200, 300), type="direct"),  # a speaker's two quoted stretches
            gq("E2", (400, 500), in_scope=False),  # a belief: not in the recall subset
            gq("E3", (600, 700)),  # missed
        ],
    )
    document = doc(pq(0, 100), pq(200, 300), pq(400, 500), pq(800, 900))
    scores = score_article(article, document)
    # q0 matches E1 one-to-one; q200 covers a piece of E1; q400 matches out-of-scope E2; q800 spurious
    assert (scores.lenient.correct_predictions, scores.lenient.predictions) == (3, 4)
    assert (scores.lenient.matched_gold, scores.lenient.gold) == (1, 2)
    assert [m["id"] for m in scores.missed] == ["E3"]
    assert [s["id"] for s in scores.spurious] == ["q800"]
    assert scores.recall_by_type["direct"].value == 1.0 and scores.recall_by_type["indirect"].value == 0.0
    # at 80% q0 covers only half of E1: E1 is missed, but q0 and q200 each cover a whole piece
    assert (scores.strict.correct_predictions, scores.strict.matched_gold) == (3, 0)


def test_missing_or_failed_document_scores_as_finding_nothing():
    article = GoldArticle("a", TEXT, [gq("E1", (0, 100))])
    missing = score_article(article, None)
    failed = score_article(article, {"source": "a.txt", "error": {"type": "BinaryInput", "message": "binary"}})
    assert (missing.predicted, missing.lenient.recall, missing.lenient.precision, missing.lenient.f1) == (False, 0.0, None, 0.0)
    assert failed.error == "BinaryInput: binary" and failed.lenient.predictions == 0


def test_malformed_predicted_quotes_are_dropped():
    article = GoldArticle("a", TEXT, [gq("E1", (0, 100))])
    document = doc({"id": "bad", "start": "0", "end": 10}, {"id": "empty", "start": 5, "end": 5}, pq(0, 100))
    assert score_article(article, document).lenient.predictions == 1


def test_perfect_predictions_score_one():
    quotes = [
        gq("E1", (0, 50), (60, 90), type="direct", speaker="Jane Doe", source_spans=((95, 103),), cue="said", cue_spans=((91, 95),), stance="adversarial"),
        gq("E2", (200, 260), speaker="Bob Roe", source_spans=((180, 187),), cue="argued", cue_spans=((188, 194),), stance="neutral"),
        gq("E3", (300, 340), in_scope=False, has_source=False, cue="say", cue_spans=((295, 298),)),
    ]
    article = GoldArticle("a", TEXT, quotes)
    predicted = [
        pq(q.start, q.end, speaker={"name": q.speaker, "start": q.source_spans[0][0] if q.source_spans else None,
                                   "end": q.source_spans[0][1] if q.source_spans else None, "kind": "person"},
           cue={"text": q.cue, "start": q.cue_spans[0][0], "end": q.cue_spans[0][1]},
           stance={"label": q.stance or "neutral", "confidence": 0.9})
        for q in quotes
    ]
    result = score_set(GoldSet("gold", "brat", [article]), {"a": doc(*predicted)})
    for scores in (result.lenient, result.strict):
        assert (scores.precision, scores.recall, scores.f1) == (1.0, 1.0, 1.0)
    assert result.speaker.value == 1.0 and result.speaker.total == 2  # E3 has no Source: not judged
    assert result.cue.value == 1.0 and result.cue.total == 3
    assert result.stance is not None and result.stance.accuracy.value == 1.0 and result.stance.n == 2


def test_set_totals_are_micro_averages():
    a = GoldArticle("a", TEXT, [gq("E1", (0, 100)), gq("E2", (200, 300))])
    b = GoldArticle("b", TEXT, [gq("E1", (0, 100))])
    result = score_set(GoldSet("g", "brat", [a, b]), {"a": doc(pq(0, 100)), "b": doc(pq(0, 100), pq(500, 600))})
    assert (result.lenient.matched_gold, result.lenient.gold) == (2, 3)
    assert (result.lenient.correct_predictions, result.lenient.predictions) == (2, 3)
    assert result.lenient.f1 == pytest.approx(2 / 3)
    assert result.to_dict(by_article=False)["lenient"]["recall"] == pytest.approx(2 / 3)
    assert "by_article" not in result.to_dict(by_article=False)


# --- speaker and cue rules ------------------------------------------------------------------------


def test_speaker_by_mention_overlap_or_surname():
    gold = gq("E1", (0, 10), speaker="longtime pollster Pat Caddell", source_spans=((50, 79),))
    assert speaker_correct(pred({"name": "Somebody Else", "start": 70, "end": 79}), gold)
    assert speaker_correct(pred({"name": "Patrick Caddell", "start": 500, "end": 510}), gold)
    assert speaker_correct(pred({"name": "Caddell’s"}), gold)
    assert not speaker_correct(pred({"name": "Pat Smith"}), gold)
    assert not speaker_correct(pred({"name": None}), gold)
    assert speaker_correct(pred({"name": "X"}), gq("E2", (0, 10), has_source=False)) is None


def test_speaker_author_and_unattributed_in_locator_gold():
    author = gq("g1", (0, 10), speaker="AUTHOR")
    assert speaker_correct(pred({"name": "Naoko Aoki", "kind": "author"}), author)
    assert speaker_correct(pred({"name": "N. Aoki", "kind": "person"}), author, byline="Naoko Aoki")
    assert not speaker_correct(pred({"name": "Dimitri Trenin", "kind": "person"}), author, byline="Naoko Aoki")
    unattributed = gq("g2", (0, 10), speaker="UNATTRIBUTED")
    assert speaker_correct(pred({"name": None, "kind": "unknown"}), unattributed)
    assert not speaker_correct(pred({"name": "Dimitri Trenin", "kind": "person"}), unattributed)


def test_cue_by_span_overlap_or_text_stems():
    span_gold = gq("E1", (0, 10), cue="said", cue_spans=((20, 24),))
    assert cue_correct(pred(cue={"text": "said", "start": 20, "end": 24}), span_gold)
    assert not cue_correct(pred(cue={"text": "said", "start": 40, "end": 44}), span_gold)
    assert not cue_correct(pred(cue=None), span_gold)
    text_gold = gq("g1", (0, 10), cue="suggests")
    assert cue_correct(pred(cue={"text": "suggested", "start": None, "end": None}), text_gold)
    assert cue_correct(pred(cue={"text": "suggest"}), text_gold)
    assert cue_correct(pred(cue={"text": "said"}), gq("g2", (0, 10))) is None


# --- stance ---------------------------------------------------------------------------------------


def test_stance_metrics_by_hand():
    pairs = [
        StancePair("constructive", "constructive", 0.95),
        StancePair("constructive", "neutral", 0.55),
        StancePair("adversarial", "adversarial", 0.85),
        StancePair("adversarial", "constructive", 0.7),
        StancePair("neutral", "neutral", 0.3),
        StancePair("neutral", "neutral", 1.0),
        StancePair("neutral", None, None),
    ]
    s = stance_scores(pairs)
    assert s is not None and s.n == 7 and s.accuracy.hits == 4
    c, a, n = (s.per_class[k] for k in ("constructive", "adversarial", "neutral"))
    assert (c.precision, c.recall, c.f1) == (0.5, 0.5, 0.5)
    assert (a.precision, a.recall) == (1.0, 0.5) and a.f1 == pytest.approx(2 / 3)
    assert (n.precision, n.recall) == (2 / 3, 2 / 3) and n.f1 == pytest.approx(2 / 3)
    assert s.macro_f1 == pytest.approx((0.5 + 2 / 3 + 2 / 3) / 3)
    assert s.polar_macro_f1 == pytest.approx((0.5 + 2 / 3) / 2)
    assert s.confusion["neutral"] == {"constructive": 0, "adversarial": 0, "neutral": 2, "(none)": 1}
    assert [(b.count, b.correct) for b in s.reliability] == [(1, 1), (1, 0), (1, 0), (1, 1), (2, 2)]
    assert (s.high_confidence.hits, s.high_confidence.total) == (3, 3)
    assert s.missing_confidence == 1
    assert stance_scores([]) is None


def test_absent_class_has_zero_f1():
    s = stance_scores([StancePair("neutral", "neutral", 0.9)])
    assert s is not None and s.per_class["constructive"].f1 == 0.0 and s.macro_f1 == pytest.approx(1 / 3)


def test_stance_intervals_hold_the_figure_and_narrow_with_more_quotes():
    few = [StancePair("adversarial", "adversarial", 0.9), StancePair("adversarial", "neutral", 0.6),
           StancePair("constructive", "constructive", 0.7), StancePair("constructive", "neutral", 0.6)]
    few += [StancePair("neutral", "neutral", 0.9)] * 16 + [StancePair("neutral", "adversarial", 0.6)]
    small, large = stance_scores(few), stance_scores(few * 10)
    for s in (small, large):
        low, high = s.polar_macro_f1_interval
        assert 0.0 <= low <= s.polar_macro_f1 <= high <= 1.0
        low, high = s.macro_f1_interval
        assert 0.0 <= low <= s.macro_f1 <= high <= 1.0
    width = lambda s: s.polar_macro_f1_interval[1] - s.polar_macro_f1_interval[0]
    assert width(large) < width(small)
    assert stance_scores(few).to_dict()["polar_macro_f1_interval"] == list(small.polar_macro_f1_interval)  # same every run


def test_perfect_labels_have_a_point_interval():
    pairs = [("constructive", "constructive"), ("adversarial", "adversarial"), ("neutral", "neutral")] * 5
    assert bootstrap_f1_intervals(pairs, samples=200)[0][1] == 1.0


def test_stance_labels_for_another_target_are_not_scored():
    quote = gq("E1", (0, 100), stance="adversarial", stance_target="Russia")
    article = GoldArticle("a", TEXT, [quote])
    document = doc(pq(0, 100, stance={"label": "adversarial", "confidence": 0.9}))
    assert len(score_article(article, document, target="Russia").stance_pairs) == 1
    assert score_article(article, document, target="China").stance_pairs == []
    assert len(score_article(article, document).stance_pairs) == 1  # the gold's own target
    assert score_article(article, document | {"target": "China"}).stance_pairs == []  # analysed for China


# --- predictions ----------------------------------------------------------------------------------


def test_documents_are_keyed_by_source_file_stem():
    assert source_stem("../shared/data/polnear/dev/text/abc_2016.txt") == "abc_2016"
    assert source_stem("C:\\news\\abc.txt") == "abc"
    index, duplicates = index_by_stem([doc(source="x/a.txt"), doc(source="y/a.txt"), doc(source="b.txt")])
    assert sorted(index) == ["a", "b"] and duplicates == 1
