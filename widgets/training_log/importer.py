"""Read a running log from files and folders: check each activity, count each once.

``read_log`` accepts paths (files or folders of mixed files) and in-memory
files (name and bytes, as an upload widget gives them). Every file and every
activity ends up in exactly one place of the :class:`ImportResult`: read, skipped
with a reason, or counted once as a duplicate of another. Nothing is dropped
silently, and no error becomes a traceback.

Files are read on this computer only. GPS positions are used to measure
distance and then dropped (see ``formats``).
"""

from __future__ import annotations

import gzip
import os
from collections.abc import Callable, Iterable
from datetime import date, datetime, timedelta, timezone, tzinfo
from pathlib import Path

from widgets.model.risk_inputs import MAX_SINGLE_RUN_KM
from widgets.training_log.file_reading import Clock, Unreadable
from widgets.training_log.formats import FORMATS, READERS
from widgets.training_log.records import (
    MAX_DURATION_HOURS,
    MAX_RUN_SPEED_KMH,
    Activity,
    ImportResult,
    Problem,
)
from widgets.training_log.zip_archive import is_zip, zip_members
from widgets.units import format_distance

# Two records of one activity: starts within this many seconds, distances within
# the larger of 0.2 km and 3 %.
SAME_START_S = 300
SAME_DISTANCE_KM = 0.2
SAME_DISTANCE_FRACTION = 0.03
# Device files before app exports: they were recorded, not typed.
FORMAT_PREFERENCE = {"FIT": 0, "TCX": 1, "GPX": 2, "CSV": 3}
MAX_FILE_BYTES = 200 * 1024 * 1024
# Imports of at least this many files are read in several processes (command line).
PARALLEL_FROM_FILES = 16
MAX_WORKERS = 4

Source = str | os.PathLike | tuple
Progress = Callable[[int, int, str], None]


def _kind(name: str) -> str | None:
    lower = name.lower()
    if lower.endswith(".gz"):
        lower = lower[:-3]
    return FORMATS.get(os.path.splitext(lower)[1])


def _expand(sources: Iterable[Source], result: ImportResult) -> list[tuple[str, object]]:
    """(display name, path or bytes) for every file to read, in a stable order."""
    items: list[tuple[str, object]] = []
    for source in sources:
        if isinstance(source, tuple):
            name, content = source
            items.append((str(name), bytes(content)))
            continue
        path = Path(source)
        if path.is_dir():
            hidden = 0
            for child in sorted(path.rglob("*")):
                relative = child.relative_to(path)
                if any(part.startswith(".") for part in relative.parts):
                    hidden += child.is_file()
                    continue
                if child.is_file():
                    items.append((str(child), child))
            if hidden:
                result.notes.append(
                    Problem(
                        str(path), f"{hidden} hidden files not read (names starting with a dot)"
                    )
                )
        elif path.is_file():
            items.append((str(path), path))
        elif path.exists():
            result.skipped.append(Problem(str(path), "not a file or folder"))
        else:
            result.skipped.append(Problem(str(path), "not found"))
    return items


def _open_zips(items: list[tuple[str, object]], result: ImportResult) -> list[tuple[str, object]]:
    """The items with each zip archive replaced by the files in it."""
    opened = []
    for name, content in items:
        if is_zip(name):
            opened += zip_members(name, content, MAX_FILE_BYTES, result)
        else:
            opened.append((name, content))
    return opened


def _load(name: str, content) -> bytes:
    if isinstance(content, Path):
        if content.stat().st_size > MAX_FILE_BYTES:
            raise Unreadable(f"larger than {MAX_FILE_BYTES // (1024 * 1024)} MB: not read")
        data = content.read_bytes()
    else:
        data = content
    if name.lower().endswith(".gz"):
        try:
            data = gzip.decompress(data)
        except (OSError, EOFError, gzip.BadGzipFile):
            raise Unreadable("the compressed (.gz) file is damaged or cut off") from None
    if not data:
        raise Unreadable("the file is empty")
    return data


def _check(activity: Activity, today: date) -> str:
    """Why an activity cannot be used, or "" when it can."""
    # One day of grace: a runner east of this computer's time zone may already be tomorrow.
    if activity.local_date > today + timedelta(days=1):
        return (
            f"dated {activity.local_date:%Y-%m-%d}, after today: check the date or the "
            "device's clock"
        )
    if activity.distance_km < 0:
        return "a negative distance"
    hours = (activity.duration_s or 0) / 3600.0
    if hours > MAX_DURATION_HOURS:
        return f"longer than {MAX_DURATION_HOURS:g} hours ({hours:.1f} h): probably a watch left running"
    if activity.duration_s is not None and activity.duration_s < 0:
        return "a negative duration"
    if not activity.is_run:
        return ""
    if activity.distance_km == 0:
        return "a run with zero distance: nothing to compare"
    if activity.distance_km > MAX_SINGLE_RUN_KM:
        return (
            f"a run of {format_distance(activity.distance_km, decimals=0)} is more than "
            "anyone runs in one go"
        )
    speed = activity.speed_kmh
    if speed is not None and speed > MAX_RUN_SPEED_KMH:
        return (
            f"faster than {MAX_RUN_SPEED_KMH:g} km/h ({speed:.1f} km/h): probably not a run "
            "(a ride, or a GPS error)"
        )
    return ""


def _same(a: Activity, b: Activity) -> bool:
    """True when ``a`` and ``b`` look like two records of one activity."""
    if a.is_run != b.is_run:
        return False
    tolerance = max(SAME_DISTANCE_KM, SAME_DISTANCE_FRACTION * max(a.distance_km, b.distance_km))
    if abs(a.distance_km - b.distance_km) > tolerance:
        return False
    if not (a.time_known and b.time_known):
        return a.file != b.file and a.local_date == b.local_date
    if abs((a.start - b.start).total_seconds()) <= SAME_START_S:
        return True
    if a.zone_known and b.zone_known:
        return False
    # One time has no zone: it may be the other's local clock time.
    return abs((a.local_start - b.local_start).total_seconds()) <= SAME_START_S


def _count_once(activities: list[Activity], result: ImportResult) -> list[Activity]:
    """Keep one of each activity, preferring device files to app exports."""
    ordered = sorted(activities, key=lambda a: (FORMAT_PREFERENCE.get(a.fmt, 9), a.start))
    by_day: dict[date, list[Activity]] = {}
    kept = []
    for activity in ordered:
        day = activity.local_date
        match = None
        for offset in (-1, 0, 1):
            for other in by_day.get(day + timedelta(days=offset), ()):
                if _same(activity, other):
                    match = other
                    break
            if match:
                break
        if match is not None:
            result.duplicates.append(
                Problem(
                    activity.source,
                    "same start time and distance as another record: counted once",
                    same_as=match.source,
                )
            )
            continue
        by_day.setdefault(day, []).append(activity)
        kept.append(activity)
    return sorted(kept, key=lambda a: a.start)


def _read_file(name: str, content, zone: tzinfo | None):
    """One file: (FileOutcome, "") when read, or (None, reason) when skipped."""
    kind = _kind(name)
    if kind is None:
        return None, "not a FIT, GPX, TCX or CSV file"
    try:
        return READERS[kind](_load(name, content), name, Clock(zone)), ""
    except Unreadable as problem:
        return None, str(problem)
    except (OSError, MemoryError, RecursionError) as problem:
        return None, f"could not be read ({type(problem).__name__})"
    except Exception as problem:  # a reader's own bug must not end the import
        return None, f"could not be read: an unexpected problem ({type(problem).__name__})"


def _worker_count(workers: int | str, files: int) -> int:
    if workers != "auto":
        return max(1, int(workers))
    if files < PARALLEL_FROM_FILES:
        return 1
    return max(1, min(os.cpu_count() or 1, MAX_WORKERS))


def _outcomes(items, zone, workers: int):
    """Each file's outcome, in order; several processes read big imports."""
    if workers == 1:
        for name, content in items:
            yield _read_file(name, content, zone)
        return
    from concurrent.futures import ProcessPoolExecutor

    names = [name for name, _ in items]
    contents = [content for _, content in items]
    with ProcessPoolExecutor(max_workers=workers) as pool:
        yield from pool.map(_read_file, names, contents, [zone] * len(items), chunksize=4)


def read_log(
    sources: Iterable[Source],
    zone: tzinfo | None = None,
    today: date | None = None,
    progress: Progress | None = None,
    workers: int | str = 1,
) -> ImportResult:
    """Read every file in ``sources`` (paths, folders, or (name, bytes) pairs).

    Parameters
    ----------
    sources : iterable
        Paths of files or folders (read recursively, hidden files left out;
        ``.gz`` files are unpacked, ``.zip`` archives read as folders), or
        ``(name, bytes)`` pairs such as
        uploads. One path alone may be given as it is.
    zone : tzinfo, optional
        The runner's time zone: times without a zone are read as local times
        there (DST gaps and repeats are corrected with a note). Without it they
        are read as UTC.
    today : date, optional
        The last date an activity may have (default: today's date); later
        ones, beyond a day's grace for time zones, are skipped.
    progress : callable, optional
        Called as ``progress(done, total, name)`` after each file.
    workers : int or "auto", optional
        Processes to read files in; "auto" reads big imports in several
        processes (one per core, at most ``MAX_WORKERS``).

    Returns
    -------
    ImportResult
        The activities (each counted once), the files read, and what was
        skipped, noted or counted once, each with its reason.
    """
    result = ImportResult()
    if isinstance(sources, (str, os.PathLike)):
        sources = [sources]
    items = _open_zips(_expand(sources, result), result)
    today = today or datetime.now(timezone.utc).astimezone(zone).date()
    found: list[Activity] = []
    outcomes = _outcomes(items, zone, _worker_count(workers, len(items)))
    for done, ((name, _), (outcome, reason)) in enumerate(zip(items, outcomes), start=1):
        if outcome is None:
            result.skipped.append(Problem(name, reason))
        else:
            result.files_read.append(name)
            result.skipped.extend(outcome.skipped)
            result.notes.extend(outcome.notes)
            result.diary.extend(outcome.diary)
            for activity in outcome.activities:
                problem = _check(activity, today)
                if problem:
                    result.skipped.append(Problem(activity.source, problem))
                else:
                    found.append(activity)
        if progress is not None:
            progress(done, len(items), name)
    result.activities = _count_once(found, result)
    result.diary.sort(key=lambda entry: entry.date)
    return result
