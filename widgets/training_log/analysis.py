"""Each run against the longest run of the previous 30 days, and weekly totals.

Frandsen 2025 compared every run with the runner's longest run of the 30 days
before it and grouped runs as no more than 10 % longer (the reference), more
than 10 % to 30 %, more than 30 % to 100 %, and more than 100 % longer. This
module puts each run of a log in those groups using the course's risk model
(``widgets.model.risk_factors.spike_band`` and its estimates), so the groups' edges and
numbers are written once, there.

A run can only be compared when the log covers the whole 30 days before it.
Runs in the log's first 30 days are "not compared: the log starts less than 30
days before"; a run after 30 days without running is "not compared: no run in
the previous 30 days" (the model's rule for starting from zero).

What the numbers are: relative rates of running-related injury (mostly in the
legs) for groups of runners. Not a personal chance, and not back pain.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

import numpy as np

from widgets.model.risk_factors import SPIKE_BANDS, SpikeBand, increase_percent, spike_band
from widgets.model.risk_inputs import RECENT_WINDOW_DAYS
from widgets.training_log.records import Activity, DiaryEntry, ImportResult

WINDOW_S = RECENT_WINDOW_DAYS * 86400.0
REFERENCE_BAND = SPIKE_BANDS[0]
# The steps of a progression that keeps each run within 10 % of the 30-day longest.
STEP_FRACTION = REFERENCE_BAND.up_to_percent / 100.0
NOT_COMPARED = {
    "log_start": "not compared: the log starts less than 30 days before",
    "restart": "not compared: no run in the previous 30 days",
}


@dataclass(frozen=True)
class RunCheck:
    """One run compared with the longest run of the 30 days before it.

    ``ceiling_km`` is that longest run (None when the run is not compared);
    ``band_index`` indexes ``SPIKE_BANDS``; ``status`` is "compared",
    "log_start" or "restart".
    """

    activity: Activity
    ceiling_km: float | None
    increase_percent: float | None
    band_index: int | None
    status: str

    @property
    def band(self) -> SpikeBand | None:
        """The run's spike group.

        Returns
        -------
        SpikeBand or None
            The group of ``SPIKE_BANDS``, or None when the run is not compared.
        """
        return None if self.band_index is None else SPIKE_BANDS[self.band_index]

    @property
    def relative_rate(self) -> tuple[float, float, float] | None:
        """The group's rate ratio against runs no more than 10 % longer.

        Returns
        -------
        tuple of float or None
            ``(value, low, high)``; (1, 1, 1) for the reference group, None
            when the run is not compared.
        """
        band = self.band
        if band is None:
            return None
        if band.estimate is None:
            return (1.0, 1.0, 1.0)
        return (band.estimate.value, band.estimate.low, band.estimate.high)

    @property
    def label(self) -> str:
        """The run's group in words, or why it was not compared.

        Returns
        -------
        str
            A group label of ``SPIKE_BANDS`` or a sentence of ``NOT_COMPARED``.
        """
        return self.band.label if self.band is not None else NOT_COMPARED[self.status]


@dataclass(frozen=True)
class Week:
    """One week (Monday to Sunday, the runner's dates).

    ``runs`` counts runs, ``run_km`` and ``longest_km`` are the week's running
    and its longest run in km, ``other_sport_hours`` the hours of other sport.
    """

    start: date
    runs: int
    run_km: float
    longest_km: float
    other_sport_hours: float


@dataclass(frozen=True)
class LogAnalysis:
    """The analysis of a log: each run checked, weekly totals, the band counts, the diary.

    ``diary`` is the pain diary as written, by date; it is shown beside the
    runs and never used to judge them.
    """

    checks: tuple[RunCheck, ...]
    weeks: tuple[Week, ...]
    other_sport_hours: float
    other_sport_count: int
    diary: tuple[DiaryEntry, ...] = ()

    @property
    def band_counts(self) -> list[int]:
        """How many compared runs fell in each spike group.

        Returns
        -------
        list of int
            One count per group of ``SPIKE_BANDS``, in order.
        """
        counts = [0] * len(SPIKE_BANDS)
        for check in self.checks:
            if check.band_index is not None:
                counts[check.band_index] += 1
        return counts

    @property
    def not_compared(self) -> int:
        """How many runs could not be compared with the 30 days before.

        Returns
        -------
        int
            Runs in the log's first 30 days or after 30 days without running.
        """
        return sum(1 for c in self.checks if c.band_index is None)

    @property
    def total_km(self) -> float:
        """All the log's running, in km.

        Returns
        -------
        float
            The sum of every run's distance.
        """
        return float(sum(c.activity.distance_km for c in self.checks))

    def spikes(self, limit: int | None = None, since_days: int | None = None) -> list[RunCheck]:
        """Runs more than 10 % longer than the 30-day longest, biggest first.

        Parameters
        ----------
        limit : int, optional
            At most this many runs; all when None.
        since_days : int, optional
            Keep only runs within that many days of the log's last run.

        Returns
        -------
        list of RunCheck
            The runs, by increase in percent, largest first (earlier first on a tie).
        """
        found = [c for c in self.checks if c.band_index not in (None, 0)]
        if since_days is not None and self.checks:
            last = self.checks[-1].activity.local_date
            found = [c for c in found if (last - c.activity.local_date).days < since_days]
        found.sort(key=lambda c: (-c.increase_percent, c.activity.start))
        return found[:limit] if limit is not None else found


def check_runs(runs: list[Activity], log_start=None) -> tuple[RunCheck, ...]:
    """Compare each run with the longest run of the 30 days before it.

    Parameters
    ----------
    runs : list of Activity
        The runs, sorted by start.
    log_start : datetime, optional
        When the log begins, in UTC (default the first run's start). A run
        less than 30 days after it cannot be compared, because runs before the
        log are unknown.

    Returns
    -------
    tuple of RunCheck
        One check per run, in order.
    """
    if not runs:
        return ()
    starts = np.array([r.start.timestamp() for r in runs])
    distances = np.array([r.distance_km for r in runs])
    if np.any(np.diff(starts) < 0):
        raise ValueError("The runs must be sorted by start time.")
    first = (log_start or runs[0].start).timestamp()
    window_first = np.searchsorted(starts, starts - WINDOW_S, side="left")
    checks = []
    for index, run in enumerate(runs):
        begin = window_first[index]
        if starts[index] - WINDOW_S < first:
            checks.append(RunCheck(run, None, None, None, "log_start"))
            continue
        if begin == index:
            checks.append(RunCheck(run, None, None, None, "restart"))
            continue
        ceiling = float(distances[begin:index].max())
        increase = increase_percent(ceiling, run.distance_km)
        band = spike_band(increase)
        checks.append(RunCheck(run, ceiling, increase, SPIKE_BANDS.index(band), "compared"))
    return tuple(checks)


def _monday(day: date) -> date:
    return day - timedelta(days=day.weekday())


def weekly_totals(runs: list[Activity], others: list[Activity]) -> tuple[Week, ...]:
    """Every week from the first activity to the last, including empty ones.

    Parameters
    ----------
    runs : list of Activity
        The runs; their distances are added up.
    others : list of Activity
        Other sport; their moving times are added up, in hours.

    Returns
    -------
    tuple of Week
        Monday-to-Sunday weeks in the runner's dates, in order.
    """
    everything = runs + others
    if not everything:
        return ()
    first = _monday(min(a.local_date for a in everything))
    last = _monday(max(a.local_date for a in everything))
    count = (last - first).days // 7 + 1
    runs_n = np.zeros(count, dtype=int)
    km = np.zeros(count)
    longest = np.zeros(count)
    hours = np.zeros(count)
    for run in runs:
        i = (_monday(run.local_date) - first).days // 7
        runs_n[i] += 1
        km[i] += run.distance_km
        longest[i] = max(longest[i], run.distance_km)
    for other in others:
        i = (_monday(other.local_date) - first).days // 7
        hours[i] += (other.duration_s or 0.0) / 3600.0
    return tuple(
        Week(
            first + timedelta(days=7 * i),
            int(runs_n[i]),
            float(km[i]),
            float(longest[i]),
            float(hours[i]),
        )
        for i in range(count)
    )


def analyse(result: ImportResult) -> LogAnalysis:
    """The analysis of an imported log (see the module docstring).

    Parameters
    ----------
    result : ImportResult
        What :func:`~widgets.training_log.importer.read_log` read.

    Returns
    -------
    LogAnalysis
        Each run checked against the 30 days before, weekly totals and other sport.
    """
    runs = result.runs
    others = result.other_sport
    log_start = result.activities[0].start if result.activities else None
    checks = check_runs(runs, log_start)
    weeks = weekly_totals(runs, others)
    hours = float(sum((o.duration_s or 0.0) for o in others) / 3600.0)
    return LogAnalysis(checks, weeks, hours, len(others), tuple(result.diary))


def steps_within_ten_percent(ceiling_km: float, target_km: float) -> list[float]:
    """Long runs from ``ceiling_km`` up to ``target_km``, each 10 % longer than the last.

    The last step is ``target_km`` itself. Each step, run once the one before
    is the longest of the last 30 days, stays in the reference group. The
    summary offers these as a gentler way to a long run that was a jump.

    Parameters
    ----------
    ceiling_km : float
        The longest run of the 30 days before, in km.
    target_km : float
        The long run to reach, in km.

    Returns
    -------
    list of float
        The long runs in km, ending with ``target_km``.
    """
    if ceiling_km <= 0 or target_km <= ceiling_km * (1 + STEP_FRACTION):
        return [target_km]
    steps = []
    current = ceiling_km
    while current * (1 + STEP_FRACTION) < target_km - 1e-9:
        current = current * (1 + STEP_FRACTION)
        steps.append(current)
    steps.append(target_km)
    return steps
