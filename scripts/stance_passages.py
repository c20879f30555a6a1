"""Stance figures on written passages (`label<TAB>[target<TAB>]text`, one statement each).

    .venv/bin/python scripts/stance_passages.py tests/data/stance_passages_heldout.tsv

tests/data/stance_passages_heldout.tsv is the team's held-out set: written apart from the
training passages (data/stance_written/passages), never trained on. Prints accuracy, per-class
F1, macro-F1, polar macro-F1 and the reliability table, like `stancer eval` does for gold articles.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))


def main() -> None:
    from stancer.evaluation.passages import score_passages

    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("files", nargs="+", type=Path)
    parser.add_argument("--json", action="store_true", help="print the scores as JSON")
    args = parser.parse_args()
    scores = score_passages(args.files)
    if scores is None:
        sys.exit("no passages")
    data = scores.to_dict()
    if args.json:
        print(json.dumps(data, indent=2))
        return
    print(f"passages {data['n']}  accuracy {data['accuracy']:.3f}  macro-F1 {data['macro_f1']:.3f}  polar macro-F1 {data['polar_macro_f1']:.3f}")
    for label, cls in data["per_class"].items():
        print(f"  {label:<13} P {cls['precision']:.3f}  R {cls['recall']:.3f}  F1 {cls['f1']:.3f}")
    high = data["high_confidence"]
    print(f"  confidence >= {high['threshold']}: {high['hits']}/{high['total']} right")


if __name__ == "__main__":
    main()
