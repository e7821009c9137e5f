"""What prevents running injuries and low back pain: relative risks from trials and cohorts.

Two views: sports injuries (Lauersen 2014, Malisoux 2015) and episodes of low
back pain (Steffens 2016, Sahar 2007, Pocovi 2024, Alzahrani 2019). Each row is
an :class:`~widgets.evidence.Estimate` below 1 (fewer), near 1 (no clear
difference) or above 1 (more). Pure: standard library only.
"""

from __future__ import annotations

from dataclasses import dataclass

from widgets import evidence as ev
from widgets.evidence import Estimate

VIEWS = {"injuries": "Sports injuries", "back": "Low back pain"}
DEFAULT_VIEW = "back"


@dataclass(frozen=True)
class PreventionRow:
    """One comparison: what was tried, the estimate, and what kind of study found it."""

    label: str
    estimate: Estimate
    measure: str
    design: str

    @property
    def reading(self) -> str:
        """Which way the 95 % interval points: fewer, more, or no clear difference.

        Returns
        -------
        str
            "fewer" when the whole interval is below 1, "more" when above 1,
            else "no clear difference".
        """
        if self.estimate.high < 1:
            return "fewer"
        if self.estimate.low > 1:
            return "more"
        return "no clear difference"


ROWS = {
    "injuries": (
        PreventionRow(
            "Strength training",
            ev.LAUERSEN_STRENGTH_RR,
            "relative risk",
            "trials, mostly not runners",
        ),
        PreventionRow(
            "Balance training",
            ev.LAUERSEN_PROPRIOCEPTION_RR,
            "relative risk",
            "trials, mostly not runners",
        ),
        PreventionRow(
            "Stretching", ev.LAUERSEN_STRETCHING_RR, "relative risk", "trials, mostly not runners"
        ),
        PreventionRow(
            "Each extra hour of other sport",
            ev.OTHER_SPORT_PER_WEEKLY_HOUR,
            "hazard ratio",
            "one cohort of runners",
        ),
    ),
    "back": (
        PreventionRow(
            "Exercise with education", ev.STEFFENS_EXERCISE_EDUCATION_RR, "relative risk", "trials"
        ),
        PreventionRow("Exercise alone", ev.STEFFENS_EXERCISE_ALONE_RR, "relative risk", "trials"),
        PreventionRow("Education alone", ev.STEFFENS_EDUCATION_ALONE_RR, "relative risk", "trials"),
        PreventionRow(
            "Insoles", ev.INSOLES_PREVENTION_RR, "relative risk", "trials in military recruits"
        ),
        PreventionRow(
            "Walking after an episode", ev.WALKBACK_RECURRENCE_HR, "hazard ratio", "one large trial"
        ),
        PreventionRow(
            "Moderate vs low activity",
            ev.ACTIVITY_MEDIUM_VS_LOW_RR,
            "relative risk",
            "cohort studies",
        ),
        PreventionRow(
            "High vs low activity", ev.ACTIVITY_HIGH_VS_LOW_RR, "relative risk", "cohort studies"
        ),
    ),
}


def prevention_rows(view: str) -> tuple[PreventionRow, ...]:
    """The rows of one view, or a ``ValueError`` naming the views there are.

    Parameters
    ----------
    view : str
        "injuries" (running injuries) or "back" (back pain); a key of ``ROWS``.

    Returns
    -------
    tuple of PreventionRow
        The comparisons shown, top to bottom.
    """
    if view not in ROWS:
        raise ValueError(f"There is no view {view!r}. Choose one of: {', '.join(ROWS)}.")
    return ROWS[view]
