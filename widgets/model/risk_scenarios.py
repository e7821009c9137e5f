"""The runners and plans the book's mileage-risk figure shows, worked out in advance.

The book has no kernel, so its figure offers a fixed set of runner profiles
(dropdown) and longest-run increases (slider). This module names them and asks
the model for each; the figure, its text alternative and the browser tests all
read the same scenarios from here.
"""

from __future__ import annotations

from widgets.model.risk import RiskResult, relative_injury_rate
from widgets.model.risk_wording import finding
from widgets.units import format_distance

# The book figure: which longest-run increases its slider offers, and which
# runners its dropdown offers. Weekly distance stays as last month; no other sport.
BOOK_INCREASES = (0, 10, 20, 30, 50, 100, 150, 200)
BOOK_DEFAULT_INCREASE = 50
BOOK_RECENT_LONGEST_KM = 10.0
BOOK_WEEKLY_KM = 40.0
BOOK_PROFILES = {
    "Recreational runner": ("recreational", False),
    "Recreational, injured before": ("recreational", True),
    "Novice": ("novice", False),
    "Novice, injured before": ("novice", True),
}
BOOK_DEFAULT_PROFILE = "Recreational runner"


def book_result(profile: str, increase_percent: float) -> RiskResult:
    """The model's result for one dropdown profile and one slider position.

    Parameters
    ----------
    profile : str
        A runner of the figure's dropdown, a key of ``BOOK_PROFILES``.
    increase_percent : float
        The slider's longest-run increase in percent, one of ``BOOK_INCREASES``.

    Returns
    -------
    RiskResult
        The plan: 40 km a week as last month, a longest run that much longer
        than 10 km, no other sport.
    """
    experience, previous_injury = BOOK_PROFILES[profile]
    planned_longest_km = BOOK_RECENT_LONGEST_KM * (1 + increase_percent / 100.0)
    return relative_injury_rate(
        BOOK_WEEKLY_KM,
        BOOK_WEEKLY_KM,
        BOOK_RECENT_LONGEST_KM,
        planned_longest_km,
        experience,
        previous_injury,
    )


def book_reading(profile: str, increase_percent: float) -> str:
    """The sentence under the book figure for one profile and slider position.

    It says whether the number is one study's or this course's combination; what
    the number is not (back pain, a personal chance) is on the figure itself.

    Parameters
    ----------
    profile : str
        A runner of the figure's dropdown, a key of ``BOOK_PROFILES``.
    increase_percent : float
        The slider's longest-run increase in percent, one of ``BOOK_INCREASES``.

    Returns
    -------
    str
        The profile, the increase with an example in km and miles, and the finding.
    """
    result = book_result(profile, increase_percent)
    example = (
        f"e.g. {format_distance(result.planned_longest_km)} after "
        f"{format_distance(BOOK_RECENT_LONGEST_KM)}"
    )
    return f"{profile}, longest run {increase_percent:+g} % ({example}): {finding(result)}."
