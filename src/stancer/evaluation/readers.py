"""Pick the reader for a GOLD path: a PolNeAR-style brat folder or a locator-based JSONL file."""

from __future__ import annotations

from pathlib import Path

from ..errors import GoldFormatError
from .brat import is_brat_folder, read_brat_folder
from .gold import GoldError, GoldSet
from .locator_gold import read_locator_gold
from .stance_gold import attach_stance, default_stance_file, read_stance_file


def load_gold(path: Path | str, *, stance_file: Path | str | None = None, auto_stance: bool = True) -> GoldSet:
    """Read one GOLD path into a GoldSet.

    A brat folder gets stance labels from `stance_file`, or when that is None and `auto_stance` is
    on, from `polnear_russia_traindev.jsonl` in a `stance/` folder beside the PolNeAR folder.
    Unreadable records become `GoldSet.errors`; a path that is neither format raises
    GoldFormatError, as does an unreadable stance file.
    """
    path = Path(path)
    if is_brat_folder(path):
        articles, errors = read_brat_folder(path)
        gold = GoldSet(str(path), "brat", articles, errors)
        stance = Path(stance_file) if stance_file else (default_stance_file(path) if auto_stance else None)
        if stance is not None:
            gold.stance_file = stance
            gold.stance_attached, gold.stance_unmatched = attach_stance(articles, read_stance_file(stance))
        return gold
    if path.is_file() and path.suffix.lower() in (".jsonl", ".json", ".ndjson"):
        articles, errors = read_locator_gold(path)
        return GoldSet(str(path), "jsonl", articles, errors)
    if path.is_dir():
        raise GoldFormatError(f"{path}: not a gold folder (expected text/ and attributions/ inside)")
    if not path.exists():
        raise GoldFormatError(f"{path}: no such file or folder")
    raise GoldFormatError(f"{path}: not a gold file (expected a .jsonl file or a brat folder)")


def load_gold_sets(
    paths: list[Path | str], *, stance_file: Path | str | None = None, auto_stance: bool = True
) -> list[GoldSet]:
    """Read every GOLD path; a path that cannot be read at all becomes an empty set carrying its error."""
    sets = []
    for path in paths:
        try:
            sets.append(load_gold(path, stance_file=stance_file, auto_stance=auto_stance))
        except GoldFormatError as exc:
            sets.append(GoldSet(str(path), "unknown", [], [GoldError(str(path), str(exc))]))
    return sets
