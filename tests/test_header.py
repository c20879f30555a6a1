"""Headline, byline, date and dateline from an article's first lines (no model)."""

from __future__ import annotations

from pathlib import Path

import pytest

from stancer.header import detect_header

SAMPLES = Path(__file__).resolve().parents[1] / "samples"


def fields(text: str) -> tuple[str | None, str | None, str | None]:
    h = detect_header(text)
    return (h.title and h.title.value, h.byline and h.byline.value, h.date and h.date.value)


@pytest.mark.parametrize(
    ("name", "title", "byline", "date"),
    [
        ("oped-engagement.txt", "Moscow can help cool the Korean crisis. Washington should let it try", "Helena Marchetti", "October 14, 2023"),
        ("curly-guillemets.txt", "Moscow’s quiet channel to Pyongyang divides Nordic peace brokers", "Ingrid Solvang", "3 April 2024"),
        ("analysis-mixed.txt", "Between Pyongyang and the West: what is Moscow really after on the Korean Peninsula?", "Clara Nguyen-Baptiste", "June 12, 2024"),
        ("china-target.txt", "Beijing's Korea balancing act comes under fresh scrutiny", "Mireille Dutour", "18 September 2023"),
        ("wire-sanctions.txt", "Seoul summons Russian envoy after UN report on fuel transfers to North Korea", None, None),
    ],
    ids=["oped", "curly", "analysis-byline-date-lines", "china-byline-role-date", "wire-no-byline"],
)
def test_sample_headers(name: str, title: str, byline: str | None, date: str | None) -> None:
    got_title, got_byline, got_date = fields((SAMPLES / name).read_text(encoding="utf-8"))
    assert got_title == title
    assert got_byline == byline
    if date is None:
        assert got_date is None
    else:
        assert got_date is not None and date in got_date


def test_field_offsets_point_at_their_text() -> None:
    text = (SAMPLES / "oped-engagement.txt").read_text(encoding="utf-8")
    h = detect_header(text)
    for field in (h.title, h.byline, h.date):
        assert text[field.start:field.end] == field.value
    assert text[h.header_end:].lstrip().startswith("Every few months")


def test_wire_dateline_is_not_body_text() -> None:
    text = (SAMPLES / "wire-sanctions.txt").read_text(encoding="utf-8")
    h = detect_header(text)
    assert h.dateline is not None
    assert text[h.dateline[0]:h.dateline[1]].strip() == "SEOUL, Feb 7 (Meridian News) –"
    assert text[h.dateline[1]:].startswith("Russian-flagged tankers")


@pytest.mark.parametrize(
    ("text", "byline", "date"),
    [
        ("Russia offers talks\n\nBy Jane Doe\n\nMoscow said on Monday that it was ready to talk to everyone involved.", "Jane Doe", None),
        ("Russia offers talks\n\nBY JANE DOE | March 5, 2024\n\nMoscow said on Monday that it was ready to talk.", "JANE DOE", "March 5, 2024"),
        ("Russia offers talks\n\nMarch 5, 2024 | Jane Doe\n\nMoscow said on Monday that it was ready to talk.", "Jane Doe", "March 5, 2024"),
        ("Russia offers talks\n\nJane Doe, Staff Writer\n\nMoscow said on Monday that it was ready to talk to everyone.", "Jane Doe", None),
        ("Russia offers talks\n\nBy Dr. Jane Doe · 2024-03-05\n\nMoscow said on Monday that it was ready to talk.", "Dr. Jane Doe", "2024-03-05"),
    ],
    ids=["by", "by-caps-date", "date-pipe-name", "name-role", "honorific-iso-date"],
)
def test_byline_forms(text: str, byline: str, date: str | None) -> None:
    _, got_byline, got_date = fields(text)
    assert got_byline is not None and got_byline.casefold() == byline.casefold()
    assert got_date == date


def test_wire_dateline_with_agency() -> None:
    text = "MOSCOW, Feb 2 (Reuters) - Russia said on Friday it would talk.\n\nMore text in a second paragraph."
    h = detect_header(text)
    assert h.title is None and h.byline is None
    assert h.dateline is not None and text[h.dateline[1]:].startswith("Russia said")


@pytest.mark.parametrize(
    "text",
    [
        '"We will never accept this," the minister said on Monday, and the talks ended.',
        "Russia said on Monday it was ready to talk. Officials in Seoul said they would wait and see.",
        "",
        "   \n\n  ",
    ],
    ids=["quote-first", "plain-body", "empty", "blank"],
)
def test_body_text_without_header(text: str) -> None:
    h = detect_header(text)
    assert h.byline is None and h.date is None
    assert h.header_end == 0


def test_header_never_swallows_a_long_first_paragraph() -> None:
    body = " ".join(["Moscow said on Monday it was ready to talk to everyone involved."] * 5)
    h = detect_header(f"{body}\n\nSecond paragraph.")
    assert h.title is None and h.header_end == 0
