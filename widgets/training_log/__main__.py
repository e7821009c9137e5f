"""Command line: ``python -m widgets.training_log PATH... [--units km|mi] [--json]``."""

from __future__ import annotations

import argparse
import json
import sys

from widgets.data import source_label
from widgets.training_log.report import privacy_notice

DESCRIPTION = (
    "Check your own training: read a running log (FIT, GPX, TCX or CSV files, or folders or "
    "zip files of them) and compare each run with your longest run of the 30 days before "
    f"it, in the groups of one large study ({source_label('frandsen2025')}). The numbers are relative rates of running-related "
    "injury (mostly in the legs) for groups of runners: not your personal chance, and not "
    "back pain. " + privacy_notice()
)
EPILOG = (
    "CSV files: an app's bulk export (columns such as Activity Date, Activity Type, Distance, "
    "Moving Time) or a plain file with the columns date,distance_km[,duration_min,type]. "
    "Distances are read as miles only when the header says so (distance_mi, 'Distance (mi)'). "
    "Optional pain diary columns: back_pain (0 to 10) and leg_symptoms (yes or no). "
    "Exit status: 0 when at least one activity was read, 1 when nothing usable was read, "
    "2 for a wrong option."
)
PROGRESS_FROM_FILES = 10


class ProgressBar:
    """A progress bar on standard error for long imports."""

    def __init__(self, stream=None, width: int = 30):
        self.stream = sys.stderr if stream is None else stream  # the stream in use now
        self.width = width
        self.interactive = self.stream.isatty()
        self._last_tenth = -1

    def __call__(self, done: int, total: int, name: str) -> None:
        if total < PROGRESS_FROM_FILES:
            return
        filled = self.width * done // total
        bar = "#" * filled + "." * (self.width - filled)
        text = f"Reading files [{bar}] {done}/{total}"
        if self.interactive:
            self.stream.write("\r" + text + ("\n" if done == total else ""))
        else:
            tenth = 10 * done // total
            if tenth == self._last_tenth:
                return
            self._last_tenth = tenth
            self.stream.write(text + "\n")
        self.stream.flush()


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m widgets.training_log", description=DESCRIPTION, epilog=EPILOG
    )
    parser.add_argument(
        "paths",
        nargs="*",
        metavar="PATH",
        help="files or folders to read (folders are read with their subfolders)",
    )
    parser.add_argument(
        "--sample",
        action="store_true",
        help="also read the course's sample log (it works from any folder, and on a hub)",
    )
    parser.add_argument(
        "--units",
        choices=("km", "mi"),
        default="km",
        help="distances in the report: km (default) or mi",
    )
    parser.add_argument(
        "--json", action="store_true", help="print the result as JSON data instead of text"
    )
    parser.add_argument(
        "--timezone",
        metavar="ZONE",
        default=None,
        help="read times without a time zone as local times in ZONE, for "
        "example Europe/London (default: read them as UTC)",
    )
    return parser


def main(argv=None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.sample:
        from widgets.training_log.sample_log import SAMPLE_FOLDER

        args.paths = [*args.paths, str(SAMPLE_FOLDER)]
    if not args.paths:
        parser.error("give at least one file or folder, or --sample for the course's sample log")
    zone = None
    if args.timezone:
        from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

        try:
            zone = ZoneInfo(args.timezone)
        except (ZoneInfoNotFoundError, ValueError):
            print(
                f"Unknown time zone {args.timezone!r}: use a name such as Europe/London.",
                file=sys.stderr,
            )
            return 2
    from widgets.training_log.analysis import analyse
    from widgets.training_log.importer import read_log
    from widgets.training_log.report import as_data, as_text

    result = read_log(args.paths, zone=zone, progress=ProgressBar(), workers="auto")
    analysis = analyse(result)
    if args.json:
        # One write: json.dump would write each token separately, which is slow.
        sys.stdout.write(
            json.dumps(as_data(result, analysis, args.units), indent=1, ensure_ascii=False) + "\n"
        )
    else:
        print(as_text(result, analysis, args.units))
    if not result.usable:
        print("Nothing usable was read: no run or other activity could be used.", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
