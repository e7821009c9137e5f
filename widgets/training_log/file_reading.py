"""What every file reader shares: its outcome, its clock and a GPS distance.

A reader returns a :class:`FileOutcome` or raises :class:`Unreadable`. A
:class:`Clock` turns the times in a file into UTC and the runner's own clock
time, and :func:`make_activity` builds an activity with both. GPS positions are
only ever passed to :func:`path_length_m` and then dropped.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone, tzinfo

from widgets.training_log.records import Activity, DiaryEntry, Problem

EARTH_RADIUS_M = 6371008.8


class Unreadable(Exception):
    """The whole file was skipped; the message says why, in plain words."""


@dataclass
class FileOutcome:
    """What one file gave: activities, rows skipped and notes."""

    activities: list[Activity] = field(default_factory=list)
    skipped: list[Problem] = field(default_factory=list)
    notes: list[Problem] = field(default_factory=list)
    diary: list[DiaryEntry] = field(default_factory=list)


class Clock:
    """Turns the times in a file into UTC and into the runner's clock time.

    Parameters
    ----------
    zone : tzinfo or None, optional
        The runner's time zone (a ``zoneinfo.ZoneInfo``), if given: times
        without a zone are read in it, and it gives local dates. Without it,
        times without a zone are read as UTC and the report says so.
    """

    def __init__(self, zone: tzinfo | None = None):
        self.zone = zone

    def aware(self, moment: datetime, local_offset: timedelta | None = None):
        """(UTC start, local clock time) for a time with a zone.

        Parameters
        ----------
        moment : datetime
            A time that carries its zone.
        local_offset : timedelta, optional
            The file's own offset of local time from UTC (FIT files give one),
            used when no zone was given.

        Returns
        -------
        tuple of datetime
            The start in UTC, and the runner's clock time without a zone.
        """
        start = moment.astimezone(timezone.utc)
        if self.zone is not None:
            local = start.astimezone(self.zone)
        elif local_offset is not None:
            local = start + local_offset
        else:
            local = moment
        return start, local.replace(tzinfo=None)

    def naive(self, clock_time: datetime) -> tuple[datetime, datetime, bool, str]:
        """(UTC start, local clock time, zone known, note) for a time without a zone.

        Parameters
        ----------
        clock_time : datetime
            A clock time without a zone, as a CSV or a watch wrote it.

        Returns
        -------
        tuple
            The start in UTC, the clock time, whether a zone was known, and a
            note when the clock time fell in a daylight-saving change ("" if not).
        """
        if self.zone is None:
            return clock_time.replace(tzinfo=timezone.utc), clock_time, False, ""
        note = ""
        first = clock_time.replace(tzinfo=self.zone, fold=0)
        second = clock_time.replace(tzinfo=self.zone, fold=1)
        start = first.astimezone(timezone.utc)
        back = start.astimezone(self.zone).replace(tzinfo=None)
        if back != clock_time:
            # The clocks went forward: this clock time never happened. Read it
            # with the offset before the change, i.e. as the same time later.
            note = (
                f"{clock_time:%Y-%m-%d %H:%M} did not exist in {self.zone} (the clocks "
                f"went forward): read as {back:%H:%M}"
            )
            return start, back, True, note
        if first.utcoffset() != second.utcoffset():
            note = (
                f"{clock_time:%Y-%m-%d %H:%M} happened twice in {self.zone} (the clocks "
                "went back): read as the first time"
            )
        return start, clock_time, True, note


def make_activity(
    clock: Clock,
    moment: datetime,
    *,
    distance_km: float,
    duration_s,
    sport: str,
    source: str,
    file: str,
    fmt: str,
    local_offset: timedelta | None = None,
    time_known: bool = True,
) -> tuple[Activity, str]:
    """An activity whose start is read by ``clock``, and the clock's note.

    Parameters
    ----------
    clock : Clock
        Reads the start time in the runner's zone.
    moment : datetime
        The start as the file gives it, with or without a zone.
    distance_km : float
        Distance in km.
    duration_s : float or None
        Moving time in seconds, if the file gives it.
    sport : str
        The sport's name from :func:`~widgets.training_log.records.sport_name`.
    source : str
        Where in the file the activity is (e.g. "log.csv row 4"), for the report.
    file : str
        The file's name.
    fmt : str
        "FIT", "GPX", "TCX" or "CSV".
    local_offset : timedelta, optional
        The file's offset of local time from UTC (see :meth:`Clock.aware`).
    time_known : bool, optional
        False when the file gave a date without a time of day.

    Returns
    -------
    tuple of (Activity, str)
        The activity, and a note on the start time ("" when there is none).
    """
    if moment.tzinfo is not None and moment.utcoffset() is not None:
        start, local = clock.aware(moment, local_offset)
        zone_known, note = True, ""
    else:
        start, local, zone_known, note = clock.naive(moment.replace(tzinfo=None))
    activity = Activity(
        start=start,
        local_start=local,
        distance_km=distance_km,
        duration_s=duration_s,
        sport=sport,
        source=source,
        file=file,
        time_known=time_known,
        zone_known=zone_known,
        fmt=fmt,
    )
    return activity, note


def path_length_m(lat, lon) -> float:
    """Length in metres of a path of degree positions (used, then dropped).

    The sum of great-circle (haversine) steps between points, like a watch's
    GPS distance.

    Parameters
    ----------
    lat, lon : sequence of float
        Latitudes and longitudes in degrees, point by point.

    Returns
    -------
    float
        The path's length in metres; 0 for fewer than two points.
    """
    import numpy as np

    lat = np.radians(np.asarray(lat, dtype=float))
    lon = np.radians(np.asarray(lon, dtype=float))
    if lat.size < 2:
        return 0.0
    dlat = np.diff(lat)
    dlon = np.diff(lon)
    a = np.sin(dlat / 2) ** 2 + np.cos(lat[:-1]) * np.cos(lat[1:]) * np.sin(dlon / 2) ** 2
    return float(np.sum(2 * EARTH_RADIUS_M * np.arcsin(np.sqrt(np.clip(a, 0, 1)))))


def decode_text(data: bytes) -> tuple[str, bool]:
    """A text file's bytes as text: UTF-8 (with or without a BOM), else Latin-1.

    Parameters
    ----------
    data : bytes
        The file's bytes.

    Returns
    -------
    tuple of (str, bool)
        The text, and whether it had to be read as Latin-1.
    """
    try:
        return data.decode("utf-8-sig"), False
    except UnicodeDecodeError:
        return data.decode("latin-1"), True
