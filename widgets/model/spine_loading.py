"""What running does to the spine, from published measurements.

Four views, each a list of bars with a value, a reported spread and a source:
the force from the ground under the foot at each step, how much shorter runners
get at three paces, when in a run the shrinking happens, and how much the discs
lose in height. The ground force is the push on the foot, not the load on the
spine, which these studies did not measure. Pure: standard library only, no
plotting.
"""

from __future__ import annotations

from dataclasses import dataclass

from widgets.evidence import (
    CAVANAGH_SPEED_KM_PER_H,
    CAVANAGH_SPEED_M_PER_S,
    DISC_HEIGHT_LOSS_PERCENT,
    DISC_VOLUME_LOSS_PERCENT,
    GARBUTT_RUN_MINUTES,
    KINGSLEY_DAY_TO_DAY_HEIGHT_PERCENT,
    KINGSLEY_DAY_TO_DAY_VOLUME_PERCENT,
    RUNNING_VERTICAL_FORCE_BW,
    RUNNING_VERTICAL_FORCE_LOW_BW,
    SHRINKAGE_FIRST_15_MIN_MM,
    SHRINKAGE_MM_BY_PACE,
    SHRINKAGE_SECOND_15_MIN_MM,
    WILKE_OVERNIGHT_PRESSURE_MPA,
    Estimate,
)

VIEWS = {
    "force": "Force",
    "shrinkage": "By pace",
    "time": "Over time",
    "disc": "Discs",
}
DEFAULT_VIEW = "force"

# Cavanagh & Lafortune 1980: 17 runners at 4.5 m/s (about 16 km/h); the mean
# peak-to-peak up-and-down ground reaction force was about 3 body weights (BW).
# Up and down, the force falls to zero while both feet are off the ground, so
# this is also its peak. Standing still is 1 BW by definition. Clark 2014: the
# force "can exceed body weight by a factor of two or more".
STANDING_FORCE_BW = 1.0
DAY_TO_DAY_HEIGHT_PERCENT = KINGSLEY_DAY_TO_DAY_HEIGHT_PERCENT.value
DAY_TO_DAY_VOLUME_PERCENT = KINGSLEY_DAY_TO_DAY_VOLUME_PERCENT.value
RUN_MINUTES = int(GARBUTT_RUN_MINUTES.value)

# Wilke 1999: one volunteer with a pressure sensor in a lower-back disc. Lying
# down overnight, pressure rose as the disc took up fluid again (recovery).
OVERNIGHT_PRESSURE_MPA = (WILKE_OVERNIGHT_PRESSURE_MPA.low, WILKE_OVERNIGHT_PRESSURE_MPA.high)


@dataclass(frozen=True)
class LoadBar:
    """One bar: a label, its value with the spread reported, and the source."""

    label: str
    value: float
    low: float
    high: float
    unit: str
    source: str
    highlight: bool = False


def _estimate_bar(label: str, e: Estimate) -> LoadBar:
    """A highlighted bar for a published estimate: its value, spread, unit and source."""
    return LoadBar(label, e.value, e.low, e.high, e.unit, e.source, highlight=True)


def _point_bar(label: str, value: float, unit: str, source: str, highlight: bool) -> LoadBar:
    """A bar for one number reported without a spread."""
    return LoadBar(label, value, value, value, unit, source, highlight=highlight)


def _force_bars() -> list[LoadBar]:
    return [
        _point_bar("Standing still", STANDING_FORCE_BW, "BW", "", highlight=False),
        _estimate_bar(f"Running, {CAVANAGH_SPEED_KM_PER_H:g} km/h", RUNNING_VERTICAL_FORCE_BW),
    ]


def _shrinkage_bars() -> list[LoadBar]:
    return [
        _estimate_bar(f"{pace} % of marathon pace", e) for pace, e in SHRINKAGE_MM_BY_PACE.items()
    ]


def _disc_bars() -> list[LoadBar]:
    height, volume = DAY_TO_DAY_HEIGHT_PERCENT, DAY_TO_DAY_VOLUME_PERCENT
    return [
        _estimate_bar("Disc height lost", DISC_HEIGHT_LOSS_PERCENT),
        _point_bar("Day-to-day variation (height)", height, "%", "kingsley2012", False),
        _estimate_bar("Disc volume lost", DISC_VOLUME_LOSS_PERCENT),
        _point_bar("Day-to-day variation (volume)", volume, "%", "kingsley2012", False),
    ]


def _time_bars() -> list[LoadBar]:
    first, second = SHRINKAGE_FIRST_15_MIN_MM.value, SHRINKAGE_SECOND_15_MIN_MM.value
    return [
        _point_bar("Minutes 0 to 15", first, "mm", "garbutt1990", highlight=True),
        _point_bar("Minutes 15 to 30", second, "mm", "garbutt1990", highlight=True),
    ]


_BARS = {"force": _force_bars, "shrinkage": _shrinkage_bars, "time": _time_bars, "disc": _disc_bars}


def loading_bars(view: str = DEFAULT_VIEW) -> list[LoadBar]:
    """The bars for ``view`` (one of ``VIEWS``), top to bottom.

    Parameters
    ----------
    view : str, optional
        "force" (ground force in body weights), "shrinkage" (height lost in mm
        at three paces), "time" (mm lost in each 15 minutes) or "disc" (%
        of disc height and volume lost).

    Returns
    -------
    list of LoadBar
        The highlighted bars are what running did; the others are the
        comparison (standing still, day-to-day variation).
    """
    if view not in VIEWS:
        raise ValueError(f"unknown view {view!r}: choose one of {', '.join(VIEWS)}")
    return _BARS[view]()


def peak_vertical_force_newtons(body_mass_kg: float) -> float:
    """The peak up-and-down force from the ground, in newtons, at about 16 km/h.

    About 3 body weights for a runner of ``body_mass_kg`` (Cavanagh & Lafortune 1980).
    This is the push on the foot, not the load on the spine.

    Parameters
    ----------
    body_mass_kg : float
        The runner's body mass in kg, 20 to 250.

    Returns
    -------
    float
        The force in newtons.
    """
    if not 20 <= body_mass_kg <= 250:
        raise ValueError("body mass must be between 20 and 250 kg")
    return RUNNING_VERTICAL_FORCE_BW.value * body_mass_kg * 9.81


def shrinkage_ratio_fast_to_slow() -> float:
    """How many times more runners shrank at race pace than at 70 % of it.

    Returns
    -------
    float
        Garbutt 1990's mean shrinkage at 100 % over that at 70 % of marathon pace.
    """
    return SHRINKAGE_MM_BY_PACE[100].value / SHRINKAGE_MM_BY_PACE[70].value


def measurement_multiple() -> float:
    """How many times larger the disc-height loss was than the day-to-day variation.

    The chapter uses it to say the change is larger than the measurement's noise.

    Returns
    -------
    float
        Kingsley 2012's height loss in % over its day-to-day variation in %.
    """
    return DISC_HEIGHT_LOSS_PERCENT.value / DAY_TO_DAY_HEIGHT_PERCENT


def describe(view: str = DEFAULT_VIEW) -> str:
    """One plain sentence stating what the view shows, for its text alternative.

    Parameters
    ----------
    view : str, optional
        One of ``VIEWS``.

    Returns
    -------
    str
        The view's finding with its numbers and units.
    """
    if view == "force":
        low, high = RUNNING_VERTICAL_FORCE_LOW_BW.value, RUNNING_VERTICAL_FORCE_BW.value
        return (
            f"At each running step the ground pushes back on the foot with {low:g} to {high:g} "
            f"times body weight (about {high:g} at a fast {CAVANAGH_SPEED_KM_PER_H:g} km/h, "
            f"{CAVANAGH_SPEED_M_PER_S:g} m/s), against 1 times when standing still."
        )
    if view == "shrinkage":
        slow, race = SHRINKAGE_MM_BY_PACE[70].value, SHRINKAGE_MM_BY_PACE[100].value
        return (
            f"After {RUN_MINUTES} minutes, runners were {slow:g} mm shorter at an easy pace and "
            f"{race:g} mm shorter at marathon pace: the faster, the more the spine shrank."
        )
    if view == "disc":
        return (
            f"After {RUN_MINUTES} minutes of moderate running, discs were "
            f"{DISC_HEIGHT_LOSS_PERCENT.value:g} % lower, about {measurement_multiple():.0f} times "
            f"the day-to-day variation of {DAY_TO_DAY_HEIGHT_PERCENT:g} %."
        )
    return (
        f"Runners lost {SHRINKAGE_FIRST_15_MIN_MM.value:g} mm of height in the first 15 minutes and "
        f"{SHRINKAGE_SECOND_15_MIN_MM.value:g} mm in the next 15: the shrinking slowed as the run "
        f"went on."
    )
