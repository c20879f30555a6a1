"""A progress bar on stderr for runs over several inputs, only when stderr is a terminal."""

from __future__ import annotations

from typing import Iterable, Iterator, TypeVar

T = TypeVar("T")


def progress_over(items: Iterable[T], total: int, console) -> Iterator[T]:
    """Yield `items`, advancing a transient bar on `console` (stderr) when it is worth showing."""
    if total < 2 or not console.is_terminal:
        yield from items
        return
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

    with Progress(
        TextColumn("analysing"), BarColumn(), MofNCompleteColumn(), TimeRemainingColumn(),
        console=console, transient=True, redirect_stdout=False, redirect_stderr=False,
    ) as progress:
        task = progress.add_task("analyse", total=total)
        for item in items:
            yield item
            progress.advance(task)
