"""Helpers shared by the benchmark scripts: the corpus, word counts, machine facts, formatting.

Kept free of spaCy imports so every script can report a missing corpus before loading a model.
"""

from __future__ import annotations

import os
import platform
import resource
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
DEFAULT_CORPUS = REPO.parent / "shared" / "data" / "bbc"  # ../shared/data/bbc from the repo root


def corpus_files(corpus: Path, limit: int | None = None) -> list[str]:
    """The corpus's article files (.txt, sorted walk like `stancer analyze FOLDER`), README skipped.

    Exits with a clear message when the corpus is absent (it lives in ../shared, team data)."""
    corpus = Path(corpus)
    if not corpus.is_dir():
        sys.exit(
            f"benchmark corpus not found: {corpus}\n"
            "The BBC corpus lives in ../shared/data/bbc beside the repository (team data); "
            "point --corpus at a folder of .txt articles to use another one."
        )
    files: list[str] = []
    for root, dirs, names in os.walk(corpus):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in sorted(names):
            if name.startswith(".") or name.upper().startswith("README") or not name.lower().endswith(".txt"):
                continue
            files.append(os.path.join(root, name))
    if not files:
        sys.exit(f"no .txt articles under {corpus}")
    return files[:limit] if limit else files


def read_texts(files: list[str]) -> list[str]:
    """Decode the files exactly as stancer does (UTF-8, else cp1252/Latin-1)."""
    from stancer.reading import read_article

    return [read_article(f).text for f in files]


def count_words(texts) -> int:
    """Words = whitespace-separated tokens of the input text (`len(text.split())`)."""
    return sum(len(t.split()) for t in texts)


def cpu_model() -> str:
    try:
        with open("/proc/cpuinfo", encoding="utf-8") as handle:
            for line in handle:
                if line.startswith("model name"):
                    return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or "unknown"


def machine_line() -> str:
    load = os.getloadavg() if hasattr(os, "getloadavg") else (float("nan"),) * 3
    usable = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    return (
        f"machine: {os.cpu_count()} CPUs ({usable} usable), {cpu_model()}; Python {platform.python_version()}; "
        f"load average {load[0]:.2f} {load[1]:.2f} {load[2]:.2f}"
    )


def load_line() -> str:
    load = os.getloadavg()
    return f"load average {load[0]:.2f} {load[1]:.2f} {load[2]:.2f}; {busy_cores(0.5):.2f} cores busy (others)"


def maxrss_mb(who: int = resource.RUSAGE_SELF) -> float:
    """Peak resident set size in MB (Linux reports ru_maxrss in KiB)."""
    return resource.getrusage(who).ru_maxrss / 1024


def verdict(ok: bool) -> str:
    return "OK" if ok else "MISSED"


def table(rows: list[tuple], header: tuple) -> str:
    cells = [tuple(str(c) for c in header)] + [tuple(str(c) for c in r) for r in rows]
    widths = [max(len(r[i]) for r in cells) for i in range(len(header))]
    lines = []
    for n, r in enumerate(cells):
        lines.append("  ".join(c.ljust(w) if i == 0 else c.rjust(w) for i, (c, w) in enumerate(zip(r, widths))))
        if n == 0:
            lines.append("  ".join("-" * w for w in widths))
    return "\n".join(lines)


def _cpu_ticks() -> tuple[int, int]:
    with open("/proc/stat", encoding="ascii") as handle:
        fields = [int(x) for x in handle.readline().split()[1:]]
    idle = fields[3] + (fields[4] if len(fields) > 4 else 0)  # idle + iowait
    return sum(fields), idle


def busy_cores(seconds: float = 1.0) -> float:
    """How many cores the whole machine kept busy over the next `seconds` (other people's tests too)."""
    try:
        total0, idle0 = _cpu_ticks()
        import time

        time.sleep(seconds)
        total1, idle1 = _cpu_ticks()
    except OSError:
        return float("nan")
    total = total1 - total0
    return (os.cpu_count() or 1) * (total - (idle1 - idle0)) / total if total else 0.0


def wait_until_idle(max_wait: float, threshold: float = 0.3) -> float:
    """Sleep until the machine is quiet (fewer than `threshold` cores busy) or `max_wait` seconds pass;
    return the busy-core figure last seen. A benchmark on a shared 2-core machine needs this."""
    import time

    deadline = time.monotonic() + max_wait
    busy = busy_cores()
    while busy >= threshold and time.monotonic() < deadline:
        print(f"  waiting for a quiet machine: {busy:.2f} cores busy ...", file=sys.stderr, flush=True)
        time.sleep(10)
        busy = busy_cores()
    return busy


class MachineMeter:
    """Cores the whole machine kept busy between start() and stop(): with this process's own CPU
    time (and its children's) subtracted, what other people's jobs took while a benchmark ran."""

    def start(self) -> None:
        self._ticks = _cpu_ticks()
        self._cpu = _own_cpu()
        self._t = _now()

    def stop(self) -> tuple[float, float]:
        """(cores busy in total, cores busy with other processes)."""
        total0, idle0 = self._ticks
        total1, idle1 = _cpu_ticks()
        wall = _now() - self._t
        busy = (os.cpu_count() or 1) * ((total1 - total0) - (idle1 - idle0)) / max(total1 - total0, 1)
        own = (_own_cpu() - self._cpu) / wall if wall else 0.0
        return busy, max(busy - own, 0.0)


def _own_cpu() -> float:
    own = resource.getrusage(resource.RUSAGE_SELF)
    kids = resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + kids.ru_utime + kids.ru_stime


def _now() -> float:
    import time

    return time.perf_counter()
