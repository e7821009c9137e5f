"""Start JupyterLab on 127.0.0.1 for a browser test, with the course's settings.

JupyterLab serves a temporary folder holding copies of the given notebooks.
``--LabApp.expose_app_in_browser`` lets a test run JupyterLab's own commands,
such as ``notebook:run-all-cells``.
"""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from contextlib import contextmanager
from pathlib import Path

import pytest

from book_site import REPO

START_TIMEOUT_S = 90
KERNEL_IDLE_JS = ("() => { const w = window.jupyterapp && window.jupyterapp.shell.currentWidget;"
                  " const k = w && w.sessionContext && w.sessionContext.session"
                  " && w.sessionContext.session.kernel; return !!k && k.status === 'idle'; }")


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@contextmanager
def jupyter_lab(root: Path, notebooks: list[str]):
    """JupyterLab on ``root`` with copies of ``notebooks`` (stems); yields its URL."""
    for stem in notebooks:
        shutil.copy(REPO / "notebooks" / f"{stem}.ipynb", root)
    settings = root / "settings"
    settings.mkdir(exist_ok=True)
    shutil.copy(REPO / "jupyter-settings" / "overrides.json", settings / "overrides.json")
    port = int(os.environ.get("LAB_TEST_PORT") or _free_port())
    command = [
        sys.executable, "-m", "jupyter", "lab", "--no-browser", f"--ServerApp.port={port}",
        "--ServerApp.ip=127.0.0.1", "--ServerApp.port_retries=0", f"--ServerApp.root_dir={root}",
        "--IdentityProvider.token=", "--ServerApp.password=", "--LabApp.expose_app_in_browser=True",
        f"--LabApp.app_settings_dir={settings}", "--LabApp.news_url=",
    ]
    if hasattr(os, "getuid") and os.getuid() == 0:
        command.append("--allow-root")
    environment = {**os.environ, "JUPYTER_CONFIG_DIR": str(root / "config")}
    environment.pop("RUNNING_BACK_PAIN_STATIC_BOOK", None)
    log_path = root / "lab.log"
    with open(log_path, "w") as log:
        process = subprocess.Popen(command, cwd=root, env=environment, stdout=log, stderr=log)
        url = f"http://127.0.0.1:{port}"
        try:
            deadline = time.monotonic() + START_TIMEOUT_S
            while True:
                try:
                    urllib.request.urlopen(f"{url}/api/status", timeout=2)
                    break
                except OSError:
                    if process.poll() is not None or time.monotonic() > deadline:
                        pytest.fail("jupyter lab did not start:\n" + log_path.read_text())
                    time.sleep(0.5)
            yield url
        finally:
            process.terminate()
            try:
                process.wait(timeout=20)
            except subprocess.TimeoutExpired:
                process.kill()


def open_notebook_and_run_all(page, url: str, stem: str, timeout_ms: int = 180_000) -> None:
    """Open ``stem`` in JupyterLab, wait for its kernel, run every cell and wait until done."""
    page.goto(f"{url}/lab/tree/{stem}.ipynb", wait_until="load")
    page.wait_for_function(KERNEL_IDLE_JS, timeout=90_000)
    page.evaluate("() => window.jupyterapp.commands.execute('notebook:run-all-cells')")
    # Every code cell has an execution count once all have run.
    page.wait_for_function(
        "() => { const nb = window.jupyterapp.shell.currentWidget.content;"
        " const cells = nb.model.cells; let n = 0, done = 0;"
        " for (let i = 0; i < cells.length; i++) { const c = cells.get(i);"
        "  if (c.type === 'code') { n++; if (c.executionCount) done++; } }"
        " return n > 0 && done === n; }", timeout=timeout_ms)
    page.wait_for_function(KERNEL_IDLE_JS, timeout=timeout_ms)
