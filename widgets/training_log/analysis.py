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

import math
from dataclasses import dataclass
from datetime import date, timedelta

import numpy as np

from widgets.model.risk_factors import SPIKE_BANDS, SpikeBand, increase_percent, spike_band
from widgets.model.risk_inputs import RECENT_WINDOW_DAYS
from widgets.model.risk_wording import READING_CAVEAT
from widgets.training_log.records import Activity, ImportResult
from widgets.units import format_distance

WINDOW_S = RECENT_WINDOW_DAYS * 86400.0
REFERENCE_BAND = SPIKE_BANDS[0]
# The steps of a progression that keeps each run within 10 % of the 30-day longest.
STEP_FRACTION = REFERENCE_BAND.up_to_percent / 100.0
NOT_COMPARED = {
    "log_start": "not compared: the log starts less than 30 days before",
    "restart": "not compared: no run in the previous 30 days",
}
RECENT_SPIKES_SHOWN = 3
RECENT_DAYS = 84  # "recent" jumps: the last 12 weeks of the log


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
        return None if self.band_index is None else SPIKE_BANDS[self.band_index]

    @property
    def relative_rate(self) -> tuple[float, float, float] | None:
        """(value, low, high) against the reference group; (1, 1, 1) for the reference."""
        band = self.band
        if band is None:
            return None
        if band.estimate is None:
            return (1.0, 1.0, 1.0)
        return (band.estimate.value, band.estimate.low, band.estimate.high)

    @property
    def label(self) -> str:
        return self.band.label if self.band is not None else NOT_COMPARED[self.status]


@dataclass(frozen=True)
class Week:
    """One week (Monday to Sunday, the runner's dates)."""

    start: date
    runs: int
    run_km: float
    longest_km: float
    other_sport_hours: float


@dataclass(frozen=True)
class LogAnalysis:
    """The analysis of a log: each run checked, weekly totals and the band counts."""

    checks: tuple[RunCheck, ...]
    weeks: tuple[Week, ...]
    other_sport_hours: float
    other_sport_count: int

    @property
    def band_counts(self) -> list[int]:
        counts = [0] * len(SPIKE_BANDS)
        for check in self.checks:
            if check.band_index is not None:
                counts[check.band_index] += 1
        return counts

    @property
    def not_compared(self) -> int:
        return sum(1 for c in self.checks if c.band_index is None)

    @property
    def total_km(self) -> float:
        return float(sum(c.activity.distance_km for c in self.checks))

    def spikes(self, limit: int | None = None, since_days: int | None = None) -> list[RunCheck]:
        """Runs more than 10 % longer than the 30-day longest, biggest first.

        ``since_days`` keeps only runs within that many days of the log's last run.
        """
        found = [c for c in self.checks if c.band_index not in (None, 0)]
        if since_days is not None and self.checks:
            last = self.checks[-1].activity.local_date
            found = [c for c in found if (last - c.activity.local_date).days < since_days]
        found.sort(key=lambda c: (-c.increase_percent, c.activity.start))
        return found[:limit] if limit is not None else found


def check_runs(runs: list[Activity], log_start=None) -> tuple[RunCheck, ...]:
    """Compare each run with the longest run of the 30 days before it.

    ``runs`` are sorted by start. ``log_start`` (a UTC datetime, default the
    first run's start) is when the log begins: a run less than 30 days after it
    cannot be compared, because runs before the log are unknown.
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
    """Every week from the first activity to the last, including empty ones."""
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
    """The analysis of an imported log (see the module docstring)."""
    runs = result.runs
    others = result.other_sport
    log_start = result.activities[0].start if result.activities else None
    checks = check_runs(runs, log_start)
    weeks = weekly_totals(runs, others)
    hours = float(sum((o.duration_s or 0.0) for o in others) / 3600.0)
    return LogAnalysis(checks, weeks, hours, len(others))


# Words -------------------------------------------------------------------------


def steps_within_ten_percent(ceiling_km: float, target_km: float) -> list[float]:
    """Long runs from ``ceiling_km`` up to ``target_km``, each 10 % longer than the last.

    The last step is ``target_km`` itself. Each step, run once the one before
    is the longest of the last 30 days, stays in the reference group.
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


def _band_sentence(check: RunCheck, unit: str) -> str:
    band = check.band
    e = band.estimate
    return (
        f"On {_day(check.activity.local_date)} you ran "
        f"{format_distance(check.activity.distance_km, unit)}, "
        f"{check.increase_percent:.0f} % longer than your longest run of the 30 days before "
        f"({format_distance(check.ceiling_km, unit)}). In one large study (Frandsen 2025), "
        f"runs {band.label} went with {e.value:.2f} times the rate of "
        "running-related injury (mostly in the legs) of runs no more than 10 % longer "
        f"(95 % interval {e.low:.2f} to {e.high:.2f})."
    )


def _progression_sentence(check: RunCheck, unit: str) -> str:
    steps = steps_within_ten_percent(check.ceiling_km, check.activity.distance_km)
    shown = ", ".join(format_distance(s, unit).split(" (")[0] for s in steps)
    return (
        f"To reach {format_distance(check.activity.distance_km, unit)} from "
        f"{format_distance(check.ceiling_km, unit)} with each long run within 10 % of the "
        f"longest of the 30 days before, the long runs could have been {shown}: "
        f"{len(steps)} steps, for example one every week or two. This stays in the large "
        "study's reference group, but no study has tested it as a plan, and a trial of the "
        "weekly 10 % rule found no fewer injuries."
    )


def _day(day: date) -> str:
    return f"{day.day} {day:%b %Y}"


def runs_phrase(count: int) -> str:
    return f"{count} run" if count == 1 else f"{count} runs"


def summary_sentences(analysis: LogAnalysis, unit: str = "km") -> list[str]:
    """The analysis in plain words, with the course's wording rules."""
    checks = analysis.checks
    if not checks:
        return ["No runs were read, so there is nothing to compare."]
    first = checks[0].activity.local_date
    last = checks[-1].activity.local_date
    sentences = [
        f"{runs_phrase(len(checks))} from {_day(first)} to {_day(last)}, "
        f"{format_distance(analysis.total_km, unit, decimals=0)} in all."
    ]
    compared = len(checks) - analysis.not_compared
    if compared:
        counts = analysis.band_counts
        parts = [
            f"{n} {'was' if n == 1 else 'were'} {band.label}"
            for band, n in zip(SPIKE_BANDS, counts)
        ]
        sentences.append(
            f"Compared with the longest run of the 30 days before, of {compared} "
            f"runs {'; '.join(parts)}."
        )
    if analysis.not_compared:
        sentences.append(
            f"{runs_phrase(analysis.not_compared)} could not be compared: they were in the "
            "log's first 30 days or came after 30 days without running."
        )
    recent = analysis.spikes(limit=RECENT_SPIKES_SHOWN, since_days=RECENT_DAYS)
    earlier = [] if recent else analysis.spikes(limit=RECENT_SPIKES_SHOWN)
    if recent or earlier:
        when = (
            f"in the last {RECENT_DAYS // 7} weeks of the log"
            if recent
            else f"earlier in the log (none in its last {RECENT_DAYS // 7} weeks)"
        )
        sentences.append(f"Your biggest jumps {when}:")
        sentences.extend(_band_sentence(c, unit) for c in recent or earlier)
        sentences.append(_progression_sentence((recent or earlier)[0], unit))
    elif compared:
        sentences.append(
            "No run was more than 10 % longer than your longest run of the 30 days before it."
        )
    if analysis.other_sport_count:
        weeks = max(len(analysis.weeks), 1)
        n = analysis.other_sport_count
        sentences.append(
            f"Other sport: {n} {'activity' if n == 1 else 'activities'}, "
            f"{analysis.other_sport_hours:.1f} hours, about "
            f"{analysis.other_sport_hours / weeks:.1f} hours a week. They are kept "
            "apart from your runs."
        )
    sentences.append(
        f"Each rate above is {READING_CAVEAT}. It comes from a study of groups of "
        "runners and shows what went with more injuries, not what caused them."
    )
    return sentences


def finite_or_none(value: float | None) -> float | None:
    """For data output: None instead of an infinite or missing number."""
    if value is None or not math.isfinite(value):
        return None
    return value
