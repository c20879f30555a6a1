"""Memory: peak RSS of `stancer analyze` on 100 articles vs the whole corpus (bounded memory).

    .venv/bin/python benchmarks/memory.py [--small 100] [--limit N] [--corpus PATH]

Each measurement is a fresh subprocess running the real CLI,

    python -m stancer analyze FILE... --format jsonl -o /dev/null

and its peak resident set size is the ru_maxrss that os.wait4 reports for that child alone.
A 1-article run is measured too: the floor (interpreter + spaCy + model). Memory that grows with
the number of inputs shows as a large/small ratio above 1 (target <= 1.3x).
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _common import DEFAULT_CORPUS, REPO, corpus_files, count_words, load_line, machine_line, read_texts, table, verdict, wait_until_idle  # noqa: E402

TARGET_RATIO = 1.3


def measure(files: list[str], extra: list[str]) -> dict:
    """Run the CLI on `files` in a fresh process; its peak RSS (MB), wall time and exit code."""
    cmd = [sys.executable, "-m", "stancer", "analyze", *files, "--format", "jsonl", "-o", os.devnull, *extra]
    env = dict(os.environ)
    env.pop("STANCER_DEBUG", None)
    with tempfile.TemporaryFile() as err:
        t0 = time.perf_counter()
        proc = subprocess.Popen(cmd, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=err, cwd=REPO, env=env)
        _pid, status, usage = os.wait4(proc.pid, 0)
        seconds = time.perf_counter() - t0
        proc.returncode = os.waitstatus_to_exitcode(status)
        err.seek(0)
        stderr = err.read().decode("utf-8", "replace")
    if proc.returncode != 0:
        sys.exit(f"stancer analyze exited with {proc.returncode} on {len(files)} files:\n{stderr[-2000:]}")
    return {"files": len(files), "peak_rss_mb": usage.ru_maxrss / 1024, "seconds": seconds}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--small", type=int, default=100, help="articles in the small run (default 100)")
    parser.add_argument("--limit", type=int, default=None, help="articles in the large run (default: the whole corpus)")
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS, help="folder of .txt articles (default ../shared/data/bbc)")
    parser.add_argument("--wait-idle", type=float, default=0, metavar="SECONDS", help="first wait up to SECONDS for other jobs to finish")
    args = parser.parse_args(argv)

    files = corpus_files(args.corpus, args.limit)
    small = files[: args.small]
    print(machine_line())
    print(f"corpus: {args.corpus}; small run {len(small)} articles ({count_words(read_texts(small)):,} words), "
          f"large run {len(files)} articles ({count_words(read_texts(files)):,} words)")
    print(f"each run: {Path(sys.executable).name} -m stancer analyze FILE... --format jsonl -o {os.devnull} (fresh process)\n", flush=True)
    if args.wait_idle:
        wait_until_idle(args.wait_idle)

    runs = []
    for label, chosen in (("1 article (floor)", files[:1]), (f"first {len(small)} articles", small), (f"{len(files)} articles", files)):
        r = measure(chosen, [])
        runs.append((label, r))
        print(f"  {label:<22} peak RSS {r['peak_rss_mb']:7.1f} MB   {r['seconds']:7.1f} s", flush=True)

    (_, floor), (_, low), (_, high) = runs
    ratio = high["peak_rss_mb"] / low["peak_rss_mb"]
    print()
    print(table(
        [(label, f"{r['files']}", f"{r['peak_rss_mb']:.1f}", f"{r['peak_rss_mb'] - floor['peak_rss_mb']:+.1f}", f"{r['seconds']:.1f}") for label, r in runs],
        ("run", "articles", "peak RSS MB", "over 1-article floor", "wall s"),
    ))
    print(f"\npeak RSS, {len(files)} vs {len(small)} articles: {ratio:.2f}x  (target <= {TARGET_RATIO}x: {verdict(ratio <= TARGET_RATIO)})")
    print(load_line())
    return 0


if __name__ == "__main__":
    sys.exit(main())
