"""Kilometres and miles: exact factor, round trips, reader-facing text, bad input."""

import math

import pytest
from hypothesis import given
from hypothesis import strategies as st

from widgets.units import (
    KM_PER_MILE,
    format_distance,
    from_km,
    km_to_miles,
    miles_to_km,
    to_km,
)


def test_a_mile_is_exactly_1609_344_metres():
    assert miles_to_km(1) == 1.609344
    assert km_to_miles(1.609344) == pytest.approx(1.0, abs=1e-15)
    assert km_to_miles(42.195) == pytest.approx(26.2188, abs=1e-4)  # a marathon


@given(st.floats(min_value=0, max_value=1e6, allow_nan=False, allow_infinity=False))
def test_km_to_miles_and_back_is_the_same_distance(km):
    assert miles_to_km(km_to_miles(km)) == pytest.approx(km, rel=1e-12, abs=1e-12)
    assert to_km(from_km(km, "mi"), "mi") == pytest.approx(km, rel=1e-12, abs=1e-12)
    assert to_km(from_km(km, "km"), "km") == km


@given(st.floats(min_value=0, max_value=1e6, allow_nan=False, allow_infinity=False))
def test_miles_are_always_fewer_than_kilometres(km):
    assert km_to_miles(km) <= km
    assert km_to_miles(km) == pytest.approx(km / KM_PER_MILE)


def test_format_distance_puts_the_chosen_unit_first():
    assert format_distance(10) == "10 km (6.2 mi)"
    assert format_distance(10, "mi") == "6.2 mi (10 km)"
    assert format_distance(400, decimals=0) == "400 km (249 mi)"
    assert format_distance(0) == "0 km (0 mi)"


@pytest.mark.parametrize("bad", [float("nan"), float("inf"), -math.inf, "10", None, True, [1]])
def test_bad_distances_raise_a_readable_value_error(bad):
    for convert in (km_to_miles, miles_to_km, lambda d: to_km(d, "mi"), format_distance):
        with pytest.raises(ValueError, match="distance"):
            convert(bad)


def test_unknown_unit_is_a_value_error():
    with pytest.raises(ValueError, match="'km' or 'mi'"):
        to_km(5, "furlong")
    with pytest.raises(ValueError, match="'km' or 'mi'"):
        format_distance(5, "m")
