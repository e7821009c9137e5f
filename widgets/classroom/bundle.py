"""What makes a class folder run on its own: the course package, pins, a start script, a README.

A student folder from ``widgets.classroom.assign`` holds the notebooks and, beside them,

* ``package/``: the course package as a built wheel (it carries its data, the
  bibliography and the book's address);
* ``requirements.txt``: the learner's pins, the same file as the repository's;
* ``sample_log/``: the sample training log;
* ``start.py``: one command that makes a virtual environment in ``.venv``,
  installs the pins and the wheel into it with the course's JupyterLab settings
  (``jupyter-settings/``, first time only) and opens JupyterLab;
* ``README.md``: how to start, on macOS, Linux and Windows.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from widgets.data.published import book_url

REPO = Path(__file__).resolve().parents[2]
PACKAGE_DIR = "package"
SAMPLE_DIR = "sample_log"
START_SCRIPT = "start.py"
_WHEEL_SOURCES = ("pyproject.toml", "setup.py", "LICENSE", "_config.yml", "book/references.bib")


def python_minimum(repo: Path = REPO) -> tuple[int, ...]:
    """Read the oldest Python the course supports from ``pyproject.toml`` (the one place).

    Parameters
    ----------
    repo : pathlib.Path
        The repository's root folder.

    Returns
    -------
    tuple of int
        For example ``(3, 11, 5)``.
    """
    text = (repo / "pyproject.toml").read_text(encoding="utf-8")
    match = re.search(r'^requires-python\s*=\s*">=\s*(\d+(?:\.\d+){1,2})"', text, flags=re.M)
    if match is None:
        raise ValueError('pyproject.toml must say requires-python = ">=3.N"')
    return tuple(int(part) for part in match.group(1).split("."))


def _sources_digest(repo: Path) -> str:
    import hashlib

    digest = hashlib.sha256()
    files = [p for p in sorted((repo / "widgets").rglob("*")) if p.is_file()]
    files += [repo / name for name in _WHEEL_SOURCES if (repo / name).exists()]
    for path in files:
        if "__pycache__" not in path.parts and path.suffix != ".pyc":
            digest.update(path.relative_to(repo).as_posix().encode() + b"\0" + path.read_bytes())
    return digest.hexdigest()


_BUILT: dict[str, tuple[str, bytes]] = {}


def build_wheel(out: Path, repo: Path = REPO) -> Path:
    """Build the course package's wheel from a clean copy of its sources.

    The copy keeps the build's scratch files out of the repository. A wheel of
    the same sources is built once per process.

    Parameters
    ----------
    out : pathlib.Path
        The folder for the wheel; it is created.
    repo : pathlib.Path
        The repository's root folder.

    Returns
    -------
    pathlib.Path
        The ``.whl`` file.
    """
    out.mkdir(parents=True, exist_ok=True)
    key = _sources_digest(repo)
    if key in _BUILT:
        name, data = _BUILT[key]
        (out / name).write_bytes(data)
        return out / name
    with tempfile.TemporaryDirectory(prefix="course-wheel-") as scratch:
        source = Path(scratch) / "src"
        shutil.copytree(
            repo / "widgets",
            source / "widgets",
            ignore=shutil.ignore_patterns("__pycache__", "*.pyc", ".ipynb_checkpoints"),
        )
        for name in _WHEEL_SOURCES:
            if (repo / name).exists():
                (source / name).parent.mkdir(parents=True, exist_ok=True)
                shutil.copy2(repo / name, source / name)
        command = [sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation"]
        command += ["--disable-pip-version-check", "--quiet", "--wheel-dir", str(out), str(source)]
        subprocess.run(command, check=True, capture_output=True, text=True)
    wheels = sorted(out.glob("*.whl"))
    if len(wheels) != 1:
        raise RuntimeError(f"expected one wheel in {out}, found {len(wheels)}")
    _BUILT[key] = (wheels[0].name, wheels[0].read_bytes())
    return wheels[0]


START = '''"""Set up the course once and open it in JupyterLab: python3 start.py

The first run makes a Python environment in .venv beside this file and installs
what the notebooks need (a few minutes, from the internet). Later runs open
JupyterLab at once. On Windows: py start.py. To install without opening
JupyterLab: python3 start.py --install-only
"""

import os
import subprocess
import sys
import venv
from pathlib import Path

HERE = Path(__file__).resolve().parent
ENV = HERE / ".venv"
MINIMUM = __MINIMUM__
STAMP = ENV / ".course-installed"


def env_python():
    """The environment's own Python, on Windows or elsewhere."""
    return ENV / ("Scripts/python.exe" if os.name == "nt" else "bin/python")


def install():
    print("==> Making the course's Python environment in .venv (first time only)")
    venv.EnvBuilder(with_pip=True, clear=True).create(ENV)
    wheels = [str(p) for p in sorted((HERE / "__PACKAGE__").glob("*.whl"))]
    command = [str(env_python()), "-m", "pip", "install", "--disable-pip-version-check"]
    command += ["-r", str(HERE / "requirements.txt"), *wheels]
    print("==> Installing what the notebooks need (a few minutes)")
    subprocess.run(command, check=True)
    # The course's JupyterLab settings (no news prompt, no update check), as make lab has them.
    settings = ENV / "share" / "jupyter" / "lab" / "settings"
    settings.mkdir(parents=True, exist_ok=True)
    source = HERE / "jupyter-settings" / "overrides.json"
    if source.exists():
        (settings / "overrides.json").write_bytes(source.read_bytes())
    STAMP.write_text("installed\\n", encoding="utf-8")


def main(argv):
    if sys.version_info[: len(MINIMUM)] < MINIMUM:
        need = ".".join(map(str, MINIMUM))
        print(f"This course needs Python {need} or newer; this is {sys.version.split()[0]}.")
        print("Install a newer Python from https://www.python.org/downloads/ and run this again.")
        return 1
    if not STAMP.exists():
        try:
            install()
        except subprocess.CalledProcessError:
            print("The installation failed: see the messages above. Check your internet")
            print("connection and run this again; it starts over.")
            return 1
    if "--install-only" in argv:
        again = "py start.py" if os.name == "nt" else "python3 start.py"
        print(f"==> Installed. Open JupyterLab with: {again}")
        return 0
    print("==> Opening JupyterLab in your browser. Stop it with Ctrl+C in this window.")
    extra = ["--allow-root"] if hasattr(os, "geteuid") and os.geteuid() == 0 else []
    command = [str(env_python()), "-m", "jupyterlab", "--notebook-dir", str(HERE), *extra]
    # JupyterLab's terminals then run the course's Python: python -m widgets.training_log ...
    env = dict(os.environ, VIRTUAL_ENV=str(ENV))
    env["PATH"] = str(env_python().parent) + os.pathsep + env.get("PATH", "")
    return subprocess.call(command + argv, env=env)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
'''


def start_script(repo: Path = REPO) -> str:
    """Write ``start.py``: make ``.venv``, install the pins and the wheel, open JupyterLab.

    Parameters
    ----------
    repo : pathlib.Path
        The repository's root folder (for the Python version).

    Returns
    -------
    str
        The script's text; it uses only Python's standard library.
    """
    return START.replace("__MINIMUM__", repr(python_minimum(repo))).replace(
        "__PACKAGE__", PACKAGE_DIR
    )


def readme(notebooks: list[Path], wheel: Path, edition: str, repo: Path = REPO) -> str:
    """Write the folder's README: what is in it and how to start, on every system.

    Parameters
    ----------
    notebooks : list of pathlib.Path
        The notebooks in the folder, in the book's order.
    wheel : pathlib.Path
        The course package's wheel in ``package/``.
    edition : str
        "student" or "instructor".
    repo : pathlib.Path
        The repository's root folder.

    Returns
    -------
    str
        Markdown.
    """
    version = ".".join(map(str, python_minimum(repo)))
    chapters = "\n".join(f"- `{p.name}`" for p in notebooks)
    solutions = (
        "The exercises' solutions are not in these notebooks."
        if edition == "student"
        else "This is the instructor edition: every exercise is followed by its solution."
    )
    url = book_url()
    return f"""# Running and Back Pain: chapter notebooks

An open, evidence-based course about back pain in runners. The course gives general
information, not medical advice. {solutions}

The online book: <{url}>

## What is in this folder

{chapters}
- `{START_SCRIPT}`: sets everything up the first time, then opens JupyterLab.
- `requirements.txt`: the Python packages the notebooks need, every version pinned.
- `{PACKAGE_DIR}/{wheel.name}`: the course's own Python package (figures, quizzes, the
  training-log check).
- `{SAMPLE_DIR}/`: a made-up runner's training log (FIT, GPX, TCX and CSV files), to try the
  chapter *Check your own training* without your own files.

## Start

You need Python {version} or newer (from <https://www.python.org/downloads/>; on Windows, tick
"Add python.exe to PATH" in the installer) and an internet connection the first time.

1. Unzip this folder and open a terminal in it. On Windows, open the folder in File Explorer,
   type `cmd` in the address bar and press Enter. On a Mac, right-click the folder in Finder and
   choose *New Terminal at Folder*.
2. Run one command:

   - macOS and Linux: `python3 {START_SCRIPT}`
   - Windows: `py {START_SCRIPT}`

   The first time, it makes a Python environment in `.venv` inside this folder and installs
   what the notebooks need (a few minutes, about 420 MB). Then it opens JupyterLab in your
   browser. Next time, the same command opens JupyterLab at once.
3. Open a chapter and choose *Run → Run All Cells*. The figures are live: move a slider and
   Python redraws the figure.

Stop JupyterLab with Ctrl+C in the terminal (twice on some systems).

If you prefer to do it by hand, these commands do the same:

```bash
# macOS and Linux
python3 -m venv .venv
.venv/bin/python -m pip install -r requirements.txt {PACKAGE_DIR}/{wheel.name}
.venv/bin/python -m jupyterlab
```

```bat
:: Windows
py -m venv .venv
.venv\\Scripts\\python -m pip install -r requirements.txt {PACKAGE_DIR}\\{wheel.name}
.venv\\Scripts\\python -m jupyterlab
```

## Your own training log

In the chapter *Check your own training*, type the path of your files, or `{SAMPLE_DIR}`, in the
figure's box and press **Read**. On your own computer, files are read there and nothing is sent
anywhere. On a JupyterHub, the notebook runs on the hub's server: a file you upload goes to that
server and is kept in memory only while the notebook runs; the course never writes it to disk.

The same check runs on the command line, from this folder:

- macOS and Linux: `.venv/bin/python -m widgets.training_log {SAMPLE_DIR} --units mi`
- Windows: `.venv\\Scripts\\python -m widgets.training_log {SAMPLE_DIR} --units mi`

## How to cite

Running and Back Pain course authors. *Running and Back Pain: an open, evidence-based course
about back pain in runners.* {url}. Text and figures CC BY 4.0; code MIT.
"""


def add_runtime(
    folder: Path, notebooks: list[Path], wheel_dir: Path, edition: str, repo: Path = REPO
) -> list[Path]:
    """Put the package, the pins, the sample log, ``start.py`` and the README beside the notebooks.

    Parameters
    ----------
    folder : pathlib.Path
        The edition's folder, which already holds the notebooks.
    notebooks : list of pathlib.Path
        The notebooks written there.
    wheel_dir : pathlib.Path
        A folder holding the built wheel (see :func:`build_wheel`).
    edition : str
        "student" or "instructor".
    repo : pathlib.Path
        The repository's root folder.

    Returns
    -------
    list of pathlib.Path
        Every file written, sample log files included.
    """
    written = []
    wheel = next(wheel_dir.glob("*.whl"))
    (folder / PACKAGE_DIR).mkdir(parents=True, exist_ok=True)
    written.append(Path(shutil.copy2(wheel, folder / PACKAGE_DIR / wheel.name)))
    written.append(Path(shutil.copy2(repo / "requirements.txt", folder / "requirements.txt")))
    sample = repo / "widgets" / "data" / "sample_log"
    for path in sorted(sample.iterdir()):
        if path.is_file():
            (folder / SAMPLE_DIR).mkdir(exist_ok=True)
            written.append(Path(shutil.copy2(path, folder / SAMPLE_DIR / path.name)))
    # The pain-diary sample the own-log chapter names, beside the notebooks.
    diary = repo / "widgets" / "data" / "sample_pain_diary.csv"
    written.append(Path(shutil.copy2(diary, folder / diary.name)))
    (folder / "jupyter-settings").mkdir(exist_ok=True)
    settings = repo / "jupyter-settings" / "overrides.json"
    written.append(Path(shutil.copy2(settings, folder / "jupyter-settings" / settings.name)))
    (folder / START_SCRIPT).write_text(start_script(repo), encoding="utf-8")
    (folder / "README.md").write_text(readme(notebooks, wheel, edition, repo), encoding="utf-8")
    written += [folder / START_SCRIPT, folder / "README.md"]
    return written
