"""One truth, two engines: the command line and the book's browser engine give the same JSON.

The browser engine (``widgets/bookext/js/log-*.js`` with the rules generated from
the Python package) runs in Node, once for every case; the command line runs
in this process. Each case's JSON must be equal field by field: every run,
week, skipped file and reason, note and summary sentence.
"""

from __future__ import annotations

import contextlib
import io
import json
import shutil
import subprocess
from datetime import date
from pathlib import Path

import pytest
from helpers.log_cases import assert_drawn_points_are_bounded, write_cases

from widgets.bookext.log_rules import rules_script
from widgets.bookext.script import log_module_paths
from widgets.training_log.__main__ import main

NODE = shutil.which("node")
pytestmark = pytest.mark.skipif(NODE is None, reason="Node.js is needed to run the browser engine")


def run_browser_engine(cases: dict[str, list[Path]], folder: Path, unit: str = "km", figure=()):
    """Each case's JSON from the browser engine, run in Node in one process."""
    rules = folder / "course-log-rules.js"
    rules.write_text(rules_script(), encoding="utf-8")
    request = [
        {
            "id": name,
            "today": date.today().isoformat(),
            "unit": unit,
            "figure": name in figure,
            "files": [{"name": str(path), "path": str(path)} for path in paths],
        }
        for name, paths in cases.items()
    ]
    runner = Path(__file__).parent / "js" / "run_log_check.js"
    done = subprocess.run(
        [NODE, str(runner), str(rules), *map(str, log_module_paths())],
        input=json.dumps(request),
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout)


def run_command_line(paths: list[Path], unit: str = "km") -> dict:
    out = io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(io.StringIO()):
        main([*map(str, paths), "--json", "--units", unit])
    return json.loads(out.getvalue())


@pytest.fixture(scope="module")
def cases(tmp_path_factory):
    return write_cases(tmp_path_factory.mktemp("engines"))


@pytest.fixture(scope="module")
def browser_results(cases, tmp_path_factory):
    return run_browser_engine(cases, tmp_path_factory.mktemp("rules"))


def _differences(expected, got, where="") -> list[str]:
    if isinstance(expected, dict) and isinstance(got, dict):
        keys = list(expected) + [k for k in got if k not in expected]
        return [d for k in keys for d in _differences(expected.get(k), got.get(k), f"{where}.{k}")]
    if isinstance(expected, list) and isinstance(got, list):
        found = [
            d
            for i, (e, g) in enumerate(zip(expected, got))
            for d in _differences(e, g, f"{where}[{i}]")
        ]
        if len(expected) != len(got):
            found.append(f"{where}: {len(expected)} items, browser {len(got)}")
        return found
    same = (
        expected == got
        and type(expected) is type(got)
        or (
            isinstance(expected, (int, float))
            and isinstance(got, (int, float))
            and expected == got
            and not isinstance(expected, bool)
            and not isinstance(got, bool)
        )
    )
    return [] if same else [f"{where}: command line {expected!r}, browser {got!r}"]


CASES = [
    "sample-log",
    "pain-diary",
    "devices",
    "bad",
    "csv",
    "same-run-twice",
    "many-runs",
    "broken.fit",
    "broken.gpx",
    "broken.tcx",
    "broken.csv",
    "zips",
    "long-log",
]


@pytest.mark.parametrize("case", CASES)
def test_both_engines_give_the_same_json(case, cases, browser_results):
    expected = run_command_line(cases[case])
    differences = _differences(expected, browser_results[case])
    assert not differences, "\n".join(differences[:30])


@pytest.mark.parametrize("unit", ["km", "mi"])
def test_the_page_draws_the_chapters_figure(unit, cases, tmp_path):
    """The figure the page draws from a reader's files is the one the book draws in Python.

    A ten-year log is drawn as its recent part, in both engines alike.
    """
    from widgets.figures.training_log import training_log_figure_for_book
    from widgets.training_log import analyse, read_log

    chosen = {name: cases[name] for name in ("sample-log", "pain-diary", "long-log")}
    browser = run_browser_engine(chosen, tmp_path, unit=unit, figure=set(chosen))
    for name, paths in chosen.items():
        analysis = analyse(read_log([str(p) for p in paths], today=date.today()))
        expected = json.loads(training_log_figure_for_book(analysis, unit).to_json())
        differences = _differences(expected, browser[name]["figure"])
        assert not differences, f"{name}:\n" + "\n".join(differences[:30])
        if name == "long-log":
            assert len(analysis.checks) == 1800 and len(analysis.weeks) > 500
            assert_drawn_points_are_bounded(expected)
            assert_drawn_points_are_bounded(browser[name]["figure"])
