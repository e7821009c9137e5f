"""A learner's JupyterLab starts without reaching the internet for news or updates."""

from __future__ import annotations

import json
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
OVERRIDES = REPO / "jupyter-settings" / "overrides.json"


def test_news_and_update_checks_are_off():
    settings = json.loads(OVERRIDES.read_text(encoding="utf-8"))
    notification = settings["@jupyterlab/apputils-extension:notification"]
    assert notification["fetchNews"] == "false"
    assert notification["checkForUpdates"] is False


def test_make_installs_the_settings_where_jupyterlab_reads_them():
    makefile = (REPO / "Makefile").read_text(encoding="utf-8")
    assert "share/jupyter/lab/settings/overrides.json" in makefile
    installed = Path(sys.prefix) / "share" / "jupyter" / "lab" / "settings" / "overrides.json"
    if Path(sys.prefix).resolve() == (REPO / ".venv").resolve():
        assert json.loads(installed.read_text()) == json.loads(OVERRIDES.read_text())


def test_jupyterlab_draws_every_cell():
    """A windowed notebook once raised a page error on "Run All" (one run in three): its cell
    toolbar measured cells that were not drawn. Drawing every cell removes the cause; this
    catches its return every time, where running a chapter again would only sometimes."""
    settings = json.loads(OVERRIDES.read_text(encoding="utf-8"))
    assert settings["@jupyterlab/notebook-extension:tracker"]["windowingMode"] == "none"
