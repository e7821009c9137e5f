"""How common low back pain is in runners compared with everyone.

The numbers come from ``widgets.evidence``. Studies of runners report a wide
spread (different definitions, samples and time windows), so runners are shown
as ranges; population surveys give a point estimate with an interval.
"""

from __future__ import annotations

from dataclasses import dataclass

from widgets import evidence as ev

VIEWS = {
    "compare": "Runners vs everyone",
    "runners": "Runners: all measures",
}
DEFAULT_VIEW = "compare"


@dataclass(frozen=True)
class PrevalenceRow:
    """One bar of the comparison: who, what was measured, and the numbers."""

    label: str
    group: str
    measure: str
    estimate: ev.Estimate


def prevalence_rows(view: str = DEFAULT_VIEW) -> list[PrevalenceRow]:
    """The rows shown for ``view`` (one of ``VIEWS``), top to bottom.

    Parameters
    ----------
    view : str, optional
        "compare" (runners against everyone) or "runners" (every measure in runners).

    Returns
    -------
    list of PrevalenceRow
        Each row's group, measure and published estimate in %.
    """
    if view not in VIEWS:
        choices = ", ".join(repr(v) for v in VIEWS)
        raise ValueError(f"unknown view {view!r}: choose one of {choices}")
    if view == "compare":
        return [
            PrevalenceRow("Runners", "Runners", "prevalence", ev.RUNNERS_LBP_PREVALENCE_PERCENT),
            PrevalenceRow(
                "Everyone 2017", "Everyone", "prevalence", ev.GBD2017_POINT_PREVALENCE_PERCENT
            ),
            PrevalenceRow(
                "Everyone 2010", "Everyone", "prevalence", ev.GBD2010_POINT_PREVALENCE_PERCENT
            ),
        ]
    return [
        PrevalenceRow(
            "Have it (prevalence)", "Runners", "prevalence", ev.RUNNERS_LBP_PREVALENCE_PERCENT
        ),
        PrevalenceRow(
            "New cases (incidence)", "Runners", "incidence", ev.RUNNERS_LBP_INCIDENCE_PERCENT
        ),
        PrevalenceRow(
            "Marathon: new cases", "Runners", "incidence", ev.MARATHON_LBP_INCIDENCE_PERCENT
        ),
    ]


def describe(view: str = DEFAULT_VIEW) -> str:
    """One plain sentence stating what the view shows, for its text alternative.

    Parameters
    ----------
    view : str, optional
        One of ``VIEWS``.

    Returns
    -------
    str
        The view's finding with its numbers in %.
    """
    rows = prevalence_rows(view)
    if view == "compare":
        runners, *everyone = rows
        pops = " and ".join(f"{r.estimate.value:g} %" for r in everyone)
        return (
            f"Studies of runners found between {runners.estimate.low:g} % and "
            f"{runners.estimate.high:g} % with low back pain, over different spans of time; "
            f"in the whole world population about {pops} had it at any one time. "
            f"Runners do not appear to be worse off."
        )
    have, new, marathon = rows
    return (
        f"Across studies of runners, between {have.estimate.low:g} % and "
        f"{have.estimate.high:g} % had low back pain, and between {new.estimate.low:g} % and "
        f"{new.estimate.high:g} % got it during the study; in one survey of marathon "
        f"runners, {marathon.estimate.value:g} % got it."
    )
