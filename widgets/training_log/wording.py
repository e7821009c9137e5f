"""The analysis of a running log in plain words, with the course's wording rules.

Kept apart from the calculation (``analysis``) so the sentences a reader sees,
in the command line's report, the book and JupyterLab, are written once. Every
rate is called relative, says what kind of injury it counted, and comes with
the caveat that it shows what went with more injuries, not what caused them.
"""

from __future__ import annotations

from datetime import date

from widgets.data import source_label
from widgets.model.pain_monitor import LEG_SYMPTOM_STOP_RULE
from widgets.model.risk_factors import SPIKE_BANDS
from widgets.model.risk_wording import READING_CAVEAT
from widgets.training_log.analysis import LogAnalysis, RunCheck, steps_within_ten_percent
from widgets.units import format_distance

RECENT_SPIKES_SHOWN = 3
DIARY_CAVEAT = (
    "The diary is shown beside your runs as you wrote it down. It cannot show whether a "
    "run caused the pain, or did not."
)
RECENT_DAYS = 84  # "recent" jumps: the last 12 weeks of the log


def _day(day: date) -> str:
    return f"{day.day} {day:%b %Y}"


def runs_phrase(count: int) -> str:
    """A count of runs in words: "1 run" or "3 runs".

    Parameters
    ----------
    count : int
        How many runs.

    Returns
    -------
    str
        The count with "run" in the singular or plural.
    """
    return f"{count} run" if count == 1 else f"{count} runs"


def _band_sentence(check: RunCheck, unit: str) -> str:
    band = check.band
    e = band.estimate
    return (
        f"On {_day(check.activity.local_date)} you ran "
        f"{format_distance(check.activity.distance_km, unit)}, "
        f"{check.increase_percent:.0f} % longer than your longest run of the 30 days before "
        f"({format_distance(check.ceiling_km, unit)}). In one large study "
        f"({source_label(e.source)}), "
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


def _comparison_sentences(analysis: LogAnalysis, compared: int) -> list[str]:
    """How many runs fell in each group, and how many could not be compared."""
    sentences = []
    if compared:
        parts = [
            f"{n} {'was' if n == 1 else 'were'} {band.label}"
            for band, n in zip(SPIKE_BANDS, analysis.band_counts)
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
    return sentences


def _jump_sentences(analysis: LogAnalysis, unit: str, compared: int) -> list[str]:
    """The biggest recent jumps (or earlier ones when none is recent), and a gentler way."""
    recent = analysis.spikes(limit=RECENT_SPIKES_SHOWN, since_days=RECENT_DAYS)
    shown = recent or analysis.spikes(limit=RECENT_SPIKES_SHOWN)
    if not shown:
        if not compared:
            return []
        return ["No run was more than 10 % longer than your longest run of the 30 days before it."]
    when = (
        f"in the last {RECENT_DAYS // 7} weeks of the log"
        if recent
        else f"earlier in the log (none in its last {RECENT_DAYS // 7} weeks)"
    )
    return [
        f"Your biggest jumps {when}:",
        *(_band_sentence(c, unit) for c in shown),
        _progression_sentence(shown[0], unit),
    ]


def _other_sport_sentence(analysis: LogAnalysis) -> str:
    weeks = max(len(analysis.weeks), 1)
    n = analysis.other_sport_count
    return (
        f"Other sport: {n} {'activity' if n == 1 else 'activities'}, "
        f"{analysis.other_sport_hours:.1f} hours, about "
        f"{analysis.other_sport_hours / weeks:.1f} hours a week. They are kept "
        "apart from your runs."
    )


def _days(days: list[date]) -> str:
    return ", ".join(_day(d) for d in days)


def diary_sentences(analysis: LogAnalysis) -> list[str]:
    """The pain diary as it was written: scores, days with leg symptoms, the stop rule.

    Only what happened: no sentence links a score to a run. Leg symptoms point
    to the pain monitor's stop rule, in its own words.

    Parameters
    ----------
    analysis : LogAnalysis
        The analysis of a log; its ``diary`` holds the entries.

    Returns
    -------
    list of str
        No sentences without a diary; else its span, the back pain scores,
        the days with leg symptoms and the stop rule, and what a diary cannot show.
    """
    diary = analysis.diary
    if not diary:
        return []
    n = len(diary)
    sentences = [
        f"Your pain diary: {n} {'entry' if n == 1 else 'entries'} from {_day(diary[0].date)} "
        f"to {_day(diary[-1].date)}."
    ]
    scored = [(e, e.back_pain) for e in diary if e.back_pain is not None]
    if scored:
        low = min(pain for _, pain in scored)
        high = max(scored, key=lambda pair: pair[1])[0]
        sentences.append(
            f"Back pain was scored {len(scored)} {'time' if len(scored) == 1 else 'times'}, "
            f"from {low:g} to {high.back_pain:g} out of 10; the highest was on "
            f"{_day(high.date)}."
        )
    legs = sorted({e.date for e in diary if e.leg_symptoms})
    if legs:
        sentences.append(
            f"You noted leg symptoms on {len(legs)} {'day' if len(legs) == 1 else 'days'}: "
            f"{_days(legs)}."
        )
        sentences.append(LEG_SYMPTOM_STOP_RULE)
    sentences.append(DIARY_CAVEAT)
    return sentences


def summary_sentences(analysis: LogAnalysis, unit: str = "km") -> list[str]:
    """The analysis in plain words, with the course's wording rules.

    Parameters
    ----------
    analysis : LogAnalysis
        The analysis of a log, from :func:`~widgets.training_log.analysis.analyse`.
    unit : str, optional
        "km" or "mi": the unit distances are given in first.

    Returns
    -------
    list of str
        The sentences in reading order: the log's span, the groups, the
        biggest jumps with a gentler way to reach them, other sport, the pain
        diary (if any), and the caveat on what the rates mean.
    """
    checks = analysis.checks
    if not checks:
        return ["No runs were read, so there is nothing to compare.", *diary_sentences(analysis)]
    first = checks[0].activity.local_date
    last = checks[-1].activity.local_date
    compared = len(checks) - analysis.not_compared
    sentences = [
        f"{runs_phrase(len(checks))} from {_day(first)} to {_day(last)}, "
        f"{format_distance(analysis.total_km, unit, decimals=0)} in all.",
        *_comparison_sentences(analysis, compared),
        *_jump_sentences(analysis, unit, compared),
    ]
    if analysis.other_sport_count:
        sentences.append(_other_sport_sentence(analysis))
    sentences += diary_sentences(analysis)
    sentences.append(
        f"Each rate above is {READING_CAVEAT}. It comes from a study of groups of "
        "runners and shows what went with more injuries, not what caused them."
    )
    return sentences
