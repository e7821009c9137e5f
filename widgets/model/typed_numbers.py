"""Numbers a reader types into a form, read the same way in Python and in the browser.

The book's forms have no kernel: their JavaScript reads the fields by these
rules, and the live forms in JupyterLab read them with :func:`read_number`.
A test feeds both the same texts and requires the same answers. A comma
counts as a decimal point ("12,5" is 12.5), spaces around are ignored, and
anything else that is not a plain decimal number is refused with a sentence
saying what to type.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass

# A plain decimal number: digits with at most one decimal point, an optional sign.
NUMBER_PATTERN = r"^[+-]?([0-9]+([.][0-9]*)?|[.][0-9]+)$"
_NUMBER = re.compile(NUMBER_PATTERN)


@dataclass(frozen=True)
class TypedNumber:
    """What a field held: a number, or the reason it is not one ("empty" or "text")."""

    value: float | None
    problem: str = ""


def read_number(text: str) -> TypedNumber:
    """Read a field's text as a number.

    Parameters
    ----------
    text : str
        What the reader typed, for example ``"12"``, ``" 12,5 "`` or ``"ten"``.

    Returns
    -------
    TypedNumber
        The number, or ``problem`` "empty" (nothing typed) or "text" (not a
        plain decimal number).
    """
    cleaned = str(text).strip().replace(",", ".")
    if not cleaned:
        return TypedNumber(None, "empty")
    if not _NUMBER.match(cleaned):
        return TypedNumber(None, "text")
    value = float(cleaned)
    return TypedNumber(value) if math.isfinite(value) else TypedNumber(None, "text")


def round_half_up(value: float, decimals: int = 0) -> float:
    """Round halves up, as the browser's ``Math.floor(x + 0.5)`` does.

    Python's ``round`` sends halves to the even neighbour; the book's
    JavaScript and Python must show the same digits, so both use this rule.

    Parameters
    ----------
    value : float
        The number to round.
    decimals : int, optional
        How many decimals to keep (0 or more).

    Returns
    -------
    float
        The rounded number.
    """
    scale = 10**decimals
    return math.floor(value * scale + 0.5) / scale


def show_number(value: float, decimals: int = 1) -> str:
    """A number for a sentence: rounded half up, trailing zeros dropped ("13", "13.5").

    Parameters
    ----------
    value : float
        The number.
    decimals : int, optional
        Most decimals to show.

    Returns
    -------
    str
        The number as the book's forms write it.
    """
    text = f"{round_half_up(value, decimals):.{decimals}f}"
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    return "0" if text == "-0" else text
