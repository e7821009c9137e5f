"""What an imported activity is, and what the importer says about what it read.

An :class:`Activity` keeps only what the analysis needs: when it started, how
far and how long, and which sport. It never holds GPS positions: the readers use
positions only to measure a distance and then drop them.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime

# Activities the importer treats as runs. Everything else is another sport.
RUN_SPORTS = frozenset(
    {
        "run",
        "running",
        "trail run",
        "trail running",
        "treadmill",
        "treadmill running",
        "treadmill run",
        "virtual run",
        "virtual running",
        "track running",
        "track run",
        "indoor running",
        "indoor run",
        "street running",
        "road running",
        "ultra run",
        "jogging",
        "trail_run",
        "treadmill_running",
        "virtual_run",
        "track_running",
        "indoor_running",
        "street_running",
    }
)
# GPX files from some apps number the activity type (Strava: 9 is a run, 1 a ride).
GPX_TYPE_CODES = {"9": "running", "1": "cycling", "4": "hiking", "10": "walking", "2": "swimming"}

# Plausibility limits for a run. A run outside them is skipped with the reason.
MAX_RUN_SPEED_KMH = 25.0
MAX_DURATION_HOURS = 24.0


def sport_name(raw: str | None) -> str:
    """A sport's name in plain lower case, e.g. "Trail Run" -> "trail run".

    Parameters
    ----------
    raw : str or None
        The sport as a file gives it; GPX type codes such as "9" become names.

    Returns
    -------
    str
        The name, or "" when none was given.
    """
    text = (raw or "").strip().lower().replace("-", " ")
    return GPX_TYPE_CODES.get(text, text)


def is_run_sport(name: str) -> bool:
    """True when ``name`` (from :func:`sport_name`) is a kind of running.

    Parameters
    ----------
    name : str
        A sport's name from :func:`sport_name`.

    Returns
    -------
    bool
        Whether the importer treats the activity as a run.
    """
    return name in RUN_SPORTS or name.replace("_", " ") in RUN_SPORTS


@dataclass(frozen=True)
class Activity:
    """One activity: a run or another sport.

    ``start`` is the start time in UTC; ``local_start`` the clock time the
    runner saw (equal to ``start`` without a zone when the file gives none).
    ``time_known`` is False when a log gives only a date. ``source`` names the
    file (and row) it came from, ``file`` the file alone.
    """

    start: datetime
    local_start: datetime
    distance_km: float
    duration_s: float | None
    sport: str
    source: str
    file: str = ""
    time_known: bool = True
    zone_known: bool = True
    fmt: str = ""

    @property
    def is_run(self) -> bool:
        """Whether the activity is a run (see :func:`is_run_sport`).

        Returns
        -------
        bool
            True for a run, False for another sport.
        """
        return is_run_sport(self.sport)

    @property
    def local_date(self) -> date:
        """The date on the runner's clock, which weeks and the 30 days count in.

        Returns
        -------
        date
            The date of ``local_start``.
        """
        return self.local_start.date()

    @property
    def speed_kmh(self) -> float | None:
        """Average speed in km/h, for the importer's plausibility check.

        Returns
        -------
        float or None
            Distance over moving time; None without a duration.
        """
        if not self.duration_s:
            return None
        return self.distance_km / (self.duration_s / 3600.0)


@dataclass(frozen=True)
class Problem:
    """Something the importer skipped, corrected or counted once, with the reason."""

    source: str
    reason: str
    same_as: str = ""


@dataclass(frozen=True)
class DiaryEntry:
    """One day's (or one run's) pain diary from a CSV log's optional columns.

    ``back_pain`` is a score from 0 (none) to 10; ``leg_symptoms`` is True or
    False; either is None when the row left it blank. Only what the runner
    wrote down: the check never links it to a run as a cause.
    """

    date: date
    source: str
    back_pain: float | None
    leg_symptoms: bool | None


@dataclass
class ImportResult:
    """Everything read from a set of files, and what happened to the rest."""

    activities: list[Activity] = field(default_factory=list)
    files_read: list[str] = field(default_factory=list)
    skipped: list[Problem] = field(default_factory=list)
    notes: list[Problem] = field(default_factory=list)
    duplicates: list[Problem] = field(default_factory=list)
    diary: list[DiaryEntry] = field(default_factory=list)

    @property
    def runs(self) -> list[Activity]:
        """The runs that were read, by start.

        Returns
        -------
        list of Activity
            The activities that are runs.
        """
        return [a for a in self.activities if a.is_run]

    @property
    def other_sport(self) -> list[Activity]:
        """The activities that are not runs (rides, swims and the like).

        Returns
        -------
        list of Activity
            The other activities, by start.
        """
        return [a for a in self.activities if not a.is_run]

    @property
    def usable(self) -> bool:
        """True when at least one activity was read.

        Returns
        -------
        bool
            Whether there is anything to analyse.
        """
        return bool(self.activities)
