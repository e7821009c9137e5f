"""The result of a check as text for a terminal and as data (``--json``).

Both say what was read, what was skipped and why, what was counted once, and
the analysis. Neither contains a GPS position: activities never hold one.
"""

from __future__ import annotations

import math

from widgets.data import source_label
from widgets.model.risk_factors import SPIKE_BANDS
from widgets.training_log.analysis import LogAnalysis, RunCheck, Week
from widgets.training_log.records import ImportResult
from widgets.training_log.wording import runs_phrase, summary_sentences
from widgets.units import KM_PER_MILE, format_distance

SCHEMA = "running-back-pain/training-log-check/1"
PRIVACY = (
    "Files are read on this computer only and nothing is sent anywhere. GPS positions "
    "are used only to measure distance; they are never stored, shown or written out."
)
HUB_PRIVACY = (
    "This runs on a JupyterHub server, not on your computer: files you upload or name go to "
    "that server and are kept in memory only while the notebook runs; the course never writes "
    "them to disk or sends them anywhere else. GPS positions are used only to measure "
    "distance; they are never stored, shown or written out."
)
# JupyterHub (and BinderHub) sets these in every user's server and terminal.
HUB_VARIABLES = ("JUPYTERHUB_USER", "JUPYTERHUB_API_URL")
WEEKS_SHOWN = 8
ABOUT = (
    "Relative rates of running-related injury (mostly in the legs) for groups of "
    "runners, against runs no more than 10 % longer than the longest run of the "
    f"previous 30 days ({source_label('frandsen2025')}). Not a personal chance, not back pain."
)


def privacy_notice(environ=None) -> str:
    """Say where the files are read: this computer, or a hub's server.

    Parameters
    ----------
    environ : Mapping[str, str] or None
        The environment variables; ``None`` reads this process's.

    Returns
    -------
    str
        :data:`HUB_PRIVACY` when running on a JupyterHub, else :data:`PRIVACY`.
    """
    import os

    environ = os.environ if environ is None else environ
    return HUB_PRIVACY if any(environ.get(name) for name in HUB_VARIABLES) else PRIVACY


def _finite_or_none(value: float | None) -> float | None:
    """For data output: None instead of an infinite or missing number."""
    if value is None or not math.isfinite(value):
        return None
    return value


def _mi(km: float) -> float:
    return round(km / KM_PER_MILE, 3)


def _rate(values):
    if values is None:
        return None
    value, low, high = values
    return {"value": value, "low": low, "high": high}


def _band_rows(analysis: LogAnalysis) -> list[dict]:
    """Each spike group with its edges, its count of runs and its relative rate."""
    rows = []
    for index, (band, count) in enumerate(zip(SPIKE_BANDS, analysis.band_counts)):
        e = band.estimate
        rows.append(
            {
                "index": index,
                "label": band.label,
                "above_percent": _finite_or_none(band.above_percent),
                "up_to_percent": _finite_or_none(band.up_to_percent),
                "runs": count,
                "relative_rate": (
                    _rate((1.0, 1.0, 1.0)) if e is None else _rate((e.value, e.low, e.high))
                ),
                "source": "frandsen2025",
            }
        )
    return rows


def _run_row(check: RunCheck) -> dict:
    """One run: when, how far and long, and how it compares with the 30 days before."""
    a = check.activity
    return {
        "start_utc": a.start.isoformat(),
        "local_date": a.local_date.isoformat(),
        "time_known": a.time_known,
        "distance_km": round(a.distance_km, 3),
        "distance_mi": _mi(a.distance_km),
        "duration_min": None if a.duration_s is None else round(a.duration_s / 60.0, 2),
        "sport": a.sport,
        "source": a.source,
        "longest_previous_30_days_km": (
            None if check.ceiling_km is None else round(check.ceiling_km, 3)
        ),
        "increase_percent": (
            None if check.increase_percent is None else round(check.increase_percent, 2)
        ),
        "band_index": check.band_index,
        "band": check.label,
        "status": check.status,
        "relative_rate": _rate(check.relative_rate),
    }


def _week_row(week: Week) -> dict:
    return {
        "week_start": week.start.isoformat(),
        "runs": week.runs,
        "distance_km": round(week.run_km, 3),
        "distance_mi": _mi(week.run_km),
        "longest_km": round(week.longest_km, 3),
        "other_sport_hours": round(week.other_sport_hours, 2),
    }


def _diary_row(entry) -> dict:
    return {
        "date": entry.date.isoformat(),
        "source": entry.source,
        "back_pain": entry.back_pain,
        "leg_symptoms": entry.leg_symptoms,
    }


def as_data(result: ImportResult, analysis: LogAnalysis, unit: str = "km") -> dict:
    """Everything the text report says, as JSON-ready data.

    The command line's ``--json`` output; its shape is ``SCHEMA`` (checked
    against ``tests/training_log_check.schema.json``).

    Parameters
    ----------
    result : ImportResult
        What the importer read, skipped, noted and counted once.
    analysis : LogAnalysis
        The analysis of ``result``.
    unit : str, optional
        "km" or "mi" for the summary sentences; the data gives both.

    Returns
    -------
    dict
        Files, problems, every run and week (distances in km and miles,
        durations in minutes), the spike groups, the pain diary and the
        summary sentences.
    """
    return {
        "schema": SCHEMA,
        "units": unit,
        "privacy": privacy_notice(),
        "files_read": list(result.files_read),
        "skipped": [{"source": p.source, "reason": p.reason} for p in result.skipped],
        "notes": [{"source": p.source, "note": p.reason} for p in result.notes],
        "counted_once": [
            {"source": p.source, "same_as": p.same_as, "reason": p.reason}
            for p in result.duplicates
        ],
        "runs": [_run_row(check) for check in analysis.checks],
        "other_sport": {
            "activities": analysis.other_sport_count,
            "hours": round(analysis.other_sport_hours, 2),
        },
        "bands": _band_rows(analysis),
        "weeks": [_week_row(w) for w in analysis.weeks],
        "diary": [_diary_row(e) for e in analysis.diary],
        "summary": summary_sentences(analysis, unit),
        "about": ABOUT,
    }


def _problems(title: str, problems, with_same_as: bool = False) -> list[str]:
    if not problems:
        return []
    lines = [f"{title} ({len(problems)}):"]
    for p in problems:
        extra = f" (kept: {p.same_as})" if with_same_as and p.same_as else ""
        lines.append(f"  {p.source}: {p.reason}{extra}")
    return lines


def as_text(result: ImportResult, analysis: LogAnalysis, unit: str = "km") -> str:
    """A report for a terminal: what was read, what was not and why, then the analysis.

    Parameters
    ----------
    result : ImportResult
        What the importer read, skipped, noted and counted once.
    analysis : LogAnalysis
        The analysis of ``result``.
    unit : str, optional
        "km" or "mi": the unit distances are given in first.

    Returns
    -------
    str
        The report's lines, ending with the summary sentences; the last
        ``WEEKS_SHOWN`` weeks are listed.
    """
    lines = [privacy_notice(), ""]
    files = len(result.files_read)
    lines.append(
        f"Read {files} {'file' if files == 1 else 'files'}: "
        f"{runs_phrase(len(result.runs))} and {len(result.other_sport)} other activities "
        f"({analysis.other_sport_hours:.1f} hours of other sport)."
    )
    lines += _problems("Skipped", result.skipped)
    lines += _problems("Counted once", result.duplicates, with_same_as=True)
    lines += _problems("Notes", result.notes)
    if analysis.checks:
        lines += ["", "Runs compared with the longest run of the 30 days before:"]
        for band, count in zip(SPIKE_BANDS, analysis.band_counts):
            rate = (
                "the reference"
                if band.estimate is None
                else f"{band.estimate.value:.2f} times the reference rate "
                f"(95 % interval {band.estimate.low:.2f} to {band.estimate.high:.2f})"
            )
            study = source_label("frandsen2025")
            lines.append(f"  {band.label}: {runs_phrase(count)}; in {study}: {rate}")
        lines.append(f"  not compared: {runs_phrase(analysis.not_compared)}")
        shown = analysis.weeks[-WEEKS_SHOWN:]
        lines += ["", f"The last {len(shown)} weeks (Monday to Sunday):"]
        for w in shown:
            lines.append(
                f"  {w.start:%d %b %Y}: {runs_phrase(w.runs)}, "
                f"{format_distance(w.run_km, unit)}, longest "
                f"{format_distance(w.longest_km, unit)}, other sport "
                f"{w.other_sport_hours:.1f} h"
            )
    if analysis.diary:
        lines += ["", f"Pain diary ({len(analysis.diary)}), as written:"]
        for e in analysis.diary:
            pain = "" if e.back_pain is None else f"back pain {e.back_pain:g}/10"
            legs = {None: "", True: "leg symptoms", False: "no leg symptoms"}[e.leg_symptoms]
            lines.append(f"  {e.date:%d %b %Y}: {', '.join(p for p in (pain, legs) if p)}")
    lines += ["", "Summary:"]
    lines += [f"  {s}" for s in summary_sentences(analysis, unit)]
    return "\n".join(lines)
