"""JupyterLab, as a learner starts it: every extension the course needs is compatible."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

JUPYTER = Path(sys.executable).with_name("jupyter")
NEEDED = ("jupyterlab-myst", "@jupyter-widgets/jupyterlab-manager", "jupyterlab-plotly")


def extension_report() -> str:
    result = subprocess.run(
        [str(JUPYTER), "labextension", "list"], capture_output=True, text=True, timeout=120
    )
    return re.sub(r"\x1b\[[0-9;]*m", "", result.stdout + result.stderr)


def test_every_needed_extension_is_enabled_and_compatible():
    report = extension_report()
    for name in NEEDED:
        line = next((ln for ln in report.splitlines() if ln.strip().startswith(name + " ")), "")
        assert line, f"{name} is not installed"
        assert "enabled" in line and " X " not in line + " ", line
        assert " OK" in line, f"JupyterLab marks {name} as incompatible: {line.strip()}"
    assert "is not compatible with the current JupyterLab" not in report, report
