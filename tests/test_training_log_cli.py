"""The command line: what it prints, its --json schema, exit status, help and start-up."""

from __future__ import annotations

import contextlib
import io
import json
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import jsonschema
import pytest

from widgets.model.risk_factors import SPIKE_BANDS
from widgets.training_log.__main__ import main
from widgets.training_log.file_writers import PlannedActivity, write_gpx
from widgets.training_log.sample_log import SAMPLE_FOLDER

REPO = Path(__file__).resolve().parents[1]
SCHEMA = json.loads((Path(__file__).parent / "training_log_check.schema.json").read_text())


@dataclass
class Done:
    returncode: int
    stdout: str
    stderr: str


def run_main(*args) -> Done:
    """The command line's ``main``, run in this process (a new Python costs seconds).

    The entry point itself (``python -m``) runs in the last test here and in
    ``test_training_log_hub.py``. Output is captured at the file-descriptor
    level by the ``cli`` fixture.
    """
    try:
        code = main([str(a) for a in args])
    except SystemExit as stop:  # argparse's errors and --help
        code = stop.code if isinstance(stop.code, int) else 1
    return Done(code, "", "")


@pytest.fixture
def cli(capfd):
    def run(*args, check_status=None):
        capfd.readouterr()
        done = run_main(*args)
        done.stdout, done.stderr = capfd.readouterr()
        if check_status is not None:
            assert done.returncode == check_status, done.stderr
        return done

    return run


@pytest.fixture(scope="module")
def sample_json():
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        assert run_main(SAMPLE_FOLDER, "--json").returncode == 0
    return json.loads(out.getvalue())


def test_json_follows_the_schema(sample_json):
    jsonschema.validate(sample_json, SCHEMA, format_checker=jsonschema.FormatChecker())


def test_json_bands_are_the_risk_model_bands(sample_json):
    assert [b["label"] for b in sample_json["bands"]] == [b.label for b in SPIKE_BANDS]
    for band, model in zip(sample_json["bands"][1:], SPIKE_BANDS[1:]):
        assert band["relative_rate"]["value"] == model.estimate.value
    assert sum(b["runs"] for b in sample_json["bands"]) == sum(
        1 for r in sample_json["runs"] if r["status"] == "compared"
    )


def test_the_sample_log_shows_every_kind_of_spike_and_a_duplicate(sample_json):
    counts = [b["runs"] for b in sample_json["bands"]]
    assert all(count >= 1 for count in counts[1:]), counts
    assert len(sample_json["counted_once"]) == 1
    assert sample_json["other_sport"]["activities"] > 0
    assert {Path(f).suffix for f in sample_json["files_read"]} == {".fit", ".gpx", ".tcx", ".csv"}


def test_text_report_says_what_was_read_skipped_and_why(cli, tmp_path):
    good = tmp_path / "log.csv"
    good.write_text("date,distance_km\n2025-05-10,10\n2025-05-11,400000\n")
    (tmp_path / "broken.gpx").write_text("<gpx><trk>")
    done = cli(tmp_path, "--units", "mi", check_status=0)
    out = done.stdout
    assert "Read 1 file: 1 run and 0 other activities" in out
    assert "Skipped (2):" in out
    assert "broken.gpx: not valid GPX" in out and "row 3:" in out
    assert "6.2 mi (10 km)" in out
    assert "Files are read on this computer only" in out


def test_exit_status_is_non_zero_only_when_nothing_usable_was_read(cli, tmp_path):
    (tmp_path / "empty.fit").write_bytes(b"")
    done = cli(tmp_path / "empty.fit", tmp_path / "missing.csv", check_status=1)
    assert "empty.fit: the file is empty" in done.stdout
    assert "missing.csv: not found" in done.stdout
    assert "Nothing usable was read" in done.stderr
    data = json.loads(cli(tmp_path / "empty.fit", "--json", check_status=1).stdout)
    jsonschema.validate(data, SCHEMA)
    assert data["runs"] == [] and data["skipped"][0]["reason"] == "the file is empty"


def test_help_states_the_privacy_rule(cli):
    done = cli("--help", check_status=0)
    text = " ".join(done.stdout.split())
    assert "read on this computer only" in text
    assert "never stored, shown or written out" in text
    assert "--units {km,mi}" in text and "--json" in text


def test_wrong_options_give_a_message_not_a_traceback(cli, tmp_path):
    assert cli(tmp_path, "--units", "furlongs").returncode == 2
    done = cli(tmp_path, "--timezone", "Mars/Olympus")
    assert done.returncode == 2 and "Unknown time zone" in done.stderr


def test_progress_is_shown_for_long_imports(cli, tmp_path):
    from datetime import datetime, timedelta, timezone

    start = datetime(2025, 3, 1, 7, tzinfo=timezone.utc)
    for day in range(12):
        write_gpx(
            tmp_path / f"{day:02d}.gpx",
            PlannedActivity(start + timedelta(days=day), 5.0, 1800.0),
            interval_s=60.0,
        )
    done = cli(tmp_path, "--json", check_status=0)
    assert "Reading files [" in done.stderr and "12/12" in done.stderr
    assert len(json.loads(done.stdout)["runs"]) == 12


def test_the_command_line_does_not_load_plotly_or_widgets():
    code = (
        "import sys, runpy; sys.argv = ['x', '--help']\n"
        "try:\n    runpy.run_module('widgets.training_log', run_name='__main__')\n"
        "except SystemExit:\n    pass\n"
        "print(sorted(m for m in sys.modules if m.split('.')[0] in "
        "('plotly', 'ipywidgets', 'fitdecode', 'gpxpy', 'tcxreader')))"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], cwd=REPO, capture_output=True, text=True, timeout=60
    )
    assert done.stdout.strip().splitlines()[-1] == "[]"
