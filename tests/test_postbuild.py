"""repo2docker's build steps work: requirements.txt, then postBuild, in a fresh environment.

BinderHub and JupyterHub images are built by repo2docker, which installs
``requirements.txt`` and then runs ``postBuild``. This test does the same in a
new virtual environment. It installs every pinned package, so it is slow (about
two minutes) and is skipped unless selected with its mark:

    .venv/bin/python -m pytest tests/test_postbuild.py -m postbuild

It needs no network when pip can find every pinned version in its cache or in
a local wheel folder (``PIP_FIND_LINKS``); add ``PIP_NO_INDEX=1`` to make sure
nothing is fetched.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import venv
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
pytestmark = pytest.mark.postbuild


def _selected(config) -> bool:
    return "postbuild" in (config.getoption("markexpr") or "")


def test_postbuild_is_an_executable_script():
    script = REPO / "postBuild"
    assert os.access(script, os.X_OK)
    assert script.read_text(encoding="utf-8").startswith("#!/usr/bin/env bash")
    json.loads((REPO / "jupyter-settings" / "overrides.json").read_text(encoding="utf-8"))
    assert (REPO / "runtime.txt").read_text().strip().startswith("python-3.")
    assert not (REPO / "binder").exists(), (
        "a binder/ folder would make repo2docker ignore these files"
    )


def test_postbuild_in_a_fresh_environment(tmp_path, request):
    if not _selected(request.config):
        pytest.skip("slow: installs requirements.txt into a new environment; run with -m postbuild")
    env_dir = tmp_path / "env"
    venv.EnvBuilder(with_pip=True, clear=True).create(env_dir)
    bin_dir = env_dir / "bin"
    environment = {
        **os.environ,
        "PATH": f"{bin_dir}{os.pathsep}{os.environ['PATH']}",
        "VIRTUAL_ENV": str(env_dir),
        "PIP_DISABLE_PIP_VERSION_CHECK": "1",
    }
    environment.pop("RUNNING_BACK_PAIN_STATIC_BOOK", None)

    def run(*command, cwd=REPO):
        result = subprocess.run(
            command, cwd=cwd, env=environment, capture_output=True, text=True, timeout=1200
        )
        assert result.returncode == 0, (
            f"{command} failed:\n{result.stdout[-3000:]}\n{result.stderr[-3000:]}"
        )
        return result.stdout

    # The fresh environment keeps the old setuptools venv brings (65): postBuild must cope with it.
    run(str(bin_dir / "python"), "-m", "pip", "install", "--quiet", "-r", "requirements.txt")
    output = run("bash", str(REPO / "postBuild"))
    assert "course package and JupyterLab settings installed" in output

    settings = env_dir / "share" / "jupyter" / "lab" / "settings" / "overrides.json"
    assert json.loads(settings.read_text()) == json.loads(
        (REPO / "jupyter-settings" / "overrides.json").read_text()
    )
    # The package is installed, not linked to the repository: from any folder (a home volume
    # may hide the repository), the quizzes load and cite "Frandsen 2025", not a raw key.
    check = (
        "import widgets, widgets.model.quizzes as q; "
        "print(len(q.quiz_stems()), type(widgets.self_check(q.quiz_stems()[0])).__name__, "
        "widgets.__file__, q.BIB_PATH.exists())"
    )
    out = run(str(bin_dir / "python"), "-c", check, cwd=tmp_path).split()
    assert out[1] == "HtmlInteractive" and int(out[0]) >= 1
    assert out[2].startswith(str(env_dir)) and "site-packages" in out[2], out
    assert out[3] == "True", "the installed package carries the bibliography"
    # Nothing in the image needs the build and test tools.
    freeze = run(str(bin_dir / "python"), "-m", "pip", "freeze").lower()
    for tool in ("pytest", "playwright", "ruff", "sphinx", "jupyter-book", "nbval"):
        assert f"\n{tool}==" not in "\n" + freeze, tool
    assert str(env_dir) in run(str(bin_dir / "jupyter"), "--paths")
    assert sys.prefix != str(env_dir)
