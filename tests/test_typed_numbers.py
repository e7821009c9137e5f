"""Typed numbers: read and shown the same way as the book's forms do in the browser."""

from __future__ import annotations

import pytest

from widgets.model.typed_numbers import read_number, round_half_up, show_number


@pytest.mark.parametrize(
    ("text", "value"),
    [("12", 12.0), (" 12.5 ", 12.5), ("12,5", 12.5), ("+3", 3.0), ("-2", -2.0), (".5", 0.5)],
)
def test_plain_decimal_numbers_are_read(text, value):
    assert read_number(text).value == value and read_number(text).problem == ""


@pytest.mark.parametrize("text", ["", "   ", "\t"])
def test_nothing_typed_is_empty(text):
    assert read_number(text).problem == "empty"


@pytest.mark.parametrize("text", ["ten", "1e3", "1.2.3", "12 km", "١٢", "inf", "nan", "1_000"])
def test_anything_else_is_text(text):
    typed = read_number(text)
    assert typed.problem == "text" and typed.value is None


def test_halves_round_up_as_in_the_browser():
    assert round_half_up(0.5) == 1 and round_half_up(2.5) == 3 and round_half_up(-2.5) == -2
    assert round_half_up(13.25, 1) == 13.3


@pytest.mark.parametrize(
    ("value", "shown"),
    [(13.0, "13"), (13.25, "13.3"), (14.52, "14.5"), (-0.01, "0"), (248.54847, "248.5")],
)
def test_numbers_are_shown_without_trailing_zeros(value, shown):
    assert show_number(value) == shown
