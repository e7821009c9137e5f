"""Distances in kilometres and miles.

The models work in kilometres. Every control and sentence a reader sees offers
miles too, through these helpers, so a conversion is written once.
"""

from __future__ import annotations

import math
from numbers import Real

KM_PER_MILE = 1.609344  # international mile, exact by definition
UNITS = ("km", "mi")
UNIT_NAMES = {"km": "kilometres", "mi": "miles"}


def _check_distance(value: object, unit: str) -> float:
    if isinstance(value, bool) or not isinstance(value, Real):
        raise ValueError(
            f"a distance must be a number of {UNIT_NAMES.get(unit, unit)}, got {value!r}"
        )
    number = float(value)
    if not math.isfinite(number):
        raise ValueError(f"a distance must be a finite number, got {value!r}")
    return number


def _check_unit(unit: str) -> str:
    if unit not in UNITS:
        raise ValueError(f"unknown unit {unit!r}: use 'km' or 'mi'")
    return unit


def km_to_miles(km: float) -> float:
    """Kilometres to miles.

    Parameters
    ----------
    km : float
        A distance in km.

    Returns
    -------
    float
        The distance in international miles.
    """
    return _check_distance(km, "km") / KM_PER_MILE


def miles_to_km(miles: float) -> float:
    """Miles to kilometres.

    Parameters
    ----------
    miles : float
        A distance in international miles.

    Returns
    -------
    float
        The distance in km.
    """
    return _check_distance(miles, "mi") * KM_PER_MILE


def to_km(distance: float, unit: str) -> float:
    """A distance in ``unit`` ("km" or "mi") as kilometres.

    Controls offer miles; the models take km, so a control's value passes
    through this first.

    Parameters
    ----------
    distance : float
        The distance in ``unit``.
    unit : str
        "km" or "mi".

    Returns
    -------
    float
        The distance in km.
    """
    return miles_to_km(distance) if _check_unit(unit) == "mi" else _check_distance(distance, "km")


def from_km(km: float, unit: str) -> float:
    """Kilometres as a distance in ``unit`` ("km" or "mi").

    Parameters
    ----------
    km : float
        A distance in km.
    unit : str
        "km" or "mi".

    Returns
    -------
    float
        The distance in ``unit``.
    """
    return km_to_miles(km) if _check_unit(unit) == "mi" else _check_distance(km, "km")


def _number(value: float, decimals: int) -> str:
    text = f"{value:.{decimals}f}"
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    return "0" if text == "-0" else text


def format_distance(km: float, unit: str = "km", decimals: int = 1) -> str:
    """A distance for a reader: the chosen unit first, the other in brackets.

    ``format_distance(10)`` gives ``"10 km (6.2 mi)"`` and
    ``format_distance(10, "mi")`` gives ``"6.2 mi (10 km)"``.

    Parameters
    ----------
    km : float
        The distance in km.
    unit : str, optional
        The reader's unit, "km" or "mi", shown first.
    decimals : int, optional
        Most decimals to show; trailing zeros are dropped.

    Returns
    -------
    str
        Both distances, the reader's unit first and the other in brackets.
    """
    _check_unit(unit)
    km = _check_distance(km, "km")
    km_text = f"{_number(km, decimals)} km"
    mi_text = f"{_number(km_to_miles(km), decimals)} mi"
    return f"{km_text} ({mi_text})" if unit == "km" else f"{mi_text} ({km_text})"
