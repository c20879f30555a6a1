"""Start-up: wall time of `stancer --version` and `stancer --help`, and whether they import spaCy.

    .venv/bin/python benchmarks/startup.py [--runs 5]

Each command runs as a subprocess --runs times (after one untimed run that warms the OS file
cache); the median wall time is reported (target < 0.3 s). The `stancer` console script installed
beside this Python is used, and `python -m stancer` for comparison. Then the CLI's main() is run
under `python -X importtime` with the same arguments: the script reports whether spacy, thinc,
numpy or stancer.api were imported and lists the slowest imports (cumulative).
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _common import REPO, load_line, machine_line, table, verdict, wait_until_idle  # noqa: E402

TARGET_SECONDS = 0.3
HEAVY = ("spacy", "thinc", "numpy", "stancer.api", "stancer.pipeline", "rich", "typer", "click")
PROBE = (
    "import sys\n"
    "sys.argv = ['stancer', *{args!r}]\n"
    "from stancer.cli import main\n"
    "try:\n"
    "    main()\n"
    "except SystemExit:\n"
    "    pass\n"
)


def stancer_command() -> list[str]:
    script = Path(sys.executable).with_name("stancer")
    if script.exists():
        return [str(script)]
    found = shutil.which("stancer")
    return [found] if found else [sys.executable, "-m", "stancer"]


def wall(cmd: list[str], runs: int) -> tuple[float, list[float]]:
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, cwd=REPO)  # untimed warm-up
    times = []
    for _ in range(runs):
        t0 = time.perf_counter()
        subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, cwd=REPO)
        times.append(time.perf_counter() - t0)
    return statistics.median(times), times


def import_profile(args: list[str]) -> tuple[dict[str, int], list[tuple[int, str]]]:
    """Modules imported by the CLI for `args`: {top-level name: cumulative µs} and the slowest imports."""
    proc = subprocess.run(
        [sys.executable, "-X", "importtime", "-c", PROBE.format(args=args)],
        check=True, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True, cwd=REPO,
    )
    cumulative: dict[str, int] = {}
    rows: list[tuple[int, str]] = []
    for line in proc.stderr.splitlines():
        if not line.startswith("import time:") or "|" not in line:
            continue
        parts = [p.strip() for p in line[len("import time:"):].split("|")]
        if not parts[1].isdigit():
            continue  # the header line
        cum, name = int(parts[1]), parts[2]
        cumulative[name.strip()] = cum
        rows.append((cum, name.rstrip()))
    return cumulative, sorted(rows, reverse=True)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=5, help="timed runs per command; the median is reported (default 5)")
    parser.add_argument("--top", type=int, default=8, help="slowest imports to list (default 8)")
    parser.add_argument("--wait-idle", type=float, default=0, metavar="SECONDS", help="first wait up to SECONDS for other jobs to finish")
    args = parser.parse_args(argv)

    print(machine_line(), flush=True)
    if args.wait_idle:
        wait_until_idle(args.wait_idle)
    script = stancer_command()
    rows = []
    for cmd in ([*script, "--version"], [*script, "--help"], [sys.executable, "-m", "stancer", "--version"], [sys.executable, "-c", "pass"]):
        median, times = wall(cmd, args.runs)
        shown = " ".join(Path(cmd[0]).name if i == 0 else c for i, c in enumerate(cmd))
        is_target = cmd[0] == script[0] and cmd[-1] in ("--version", "--help")
        rows.append((shown, f"{median:.3f}", " ".join(f"{t:.3f}" for t in times), verdict(median < TARGET_SECONDS) if is_target else "(reference)"))
    print(f"\nwall time, median of {args.runs} (after one untimed run):")
    print(table(rows, ("command", "median s", "runs s", f"< {TARGET_SECONDS} s")))

    for cli_args in (["--version"], ["--help"]):
        cumulative, slowest = import_profile(cli_args)
        loaded = [name for name in HEAVY if name in cumulative]
        missing = [name for name in HEAVY if name not in loaded]
        total = max((c for c, _ in slowest), default=0)
        print(f"\n`stancer {' '.join(cli_args)}` under -X importtime: slowest top-level import {total / 1e6:.3f} s")
        print(f"  imported: {', '.join(loaded) or 'none of ' + ', '.join(HEAVY)}")
        print(f"  not imported: {', '.join(missing) or '-'}")
        print(f"  spaCy imported: {'YES' if 'spacy' in loaded else 'no'}")
        for cum, name in slowest[: args.top]:
            print(f"    {cum / 1000:8.1f} ms  {name}")
    print(f"\n{load_line()}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
