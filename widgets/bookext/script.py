"""Assemble ``course-plotly.js`` from the small scripts in ``widgets/bookext/js/``.

Each script does one job and adds itself to ``window.CoursePlotly``; they are
joined in ``MODULES`` order into the one file pages load (deferred), so a
reader makes one request and no bundler is needed. The file starts by naming
plotly.js with a version of its contents, which ``lazy.js`` loads when the
first figure is needed.
"""

from __future__ import annotations

import hashlib
from functools import lru_cache
from pathlib import Path

JS_DIR = Path(__file__).parent / "js"
# Order matters only for what runs at once: main.js starts everything.
MODULES = (
    "adapter.js",
    "state.js",
    "schedule.js",
    "data.js",
    "colours.js",
    "motion.js",
    "narrow.js",
    "fit.js",
    "reader.js",
    "status.js",
    "player.js",
    "chooser.js",
    "keyboard.js",
    "touch.js",
    "press.js",
    "draw.js",
    "lazy.js",
    "main.js",
)
PLOTLY_FILE = "plotly.min.js"
# The training-log check (course-log.js): loaded only when a reader picks files.
# It starts with the rules generated from the Python package (log_rules).
LOG_MODULES = (
    "log-py.js",
    "log-dates.js",
    "log-core.js",
    "log-xml.js",
    "log-fit.js",
    "log-csv.js",
    "log-devices.js",
    "log-zip.js",
    "log-check.js",
    "log-figure.js",
    "log-page.js",
)

HEADER = """/* Course figures, drawn from each figure's plotly JSON without a kernel.
   Built by widgets/bookext/script.py from widgets/bookext/js/: edit those files. */
(function (course) {{
  "use strict";
  var script = document.currentScript ||
    document.querySelector("script[src*='course-plotly.js']");
  course.PLOTLY_SRC = new URL("{plotly}?v={version}", script ? script.src : document.baseURI).href;
}})(window.CoursePlotly = window.CoursePlotly || {{}});
"""


def content_version(path: Path) -> str:
    """Return a short hash of a file, used as its ``?v=`` so browsers fetch a changed file.

    Parameters
    ----------
    path : pathlib.Path
        The file, e.g. the plotly.js bundle.

    Returns
    -------
    str
        The first 10 hex digits of its SHA-256.
    """
    return hashlib.sha256(Path(path).read_bytes()).hexdigest()[:10]


def build_script(plotly_bundle: Path) -> str:
    """Join the browser scripts into the text of ``course-plotly.js``.

    Parameters
    ----------
    plotly_bundle : pathlib.Path
        The plotly.js bundle the book serves (as ``plotly.min.js``, next to
        ``course-plotly.js``); its content sets the version in its link.

    Returns
    -------
    str
        The header naming plotly.js, then every script of ``MODULES`` in order.
    """
    parts = [HEADER.format(plotly=PLOTLY_FILE, version=content_version(plotly_bundle))]
    for name in MODULES:
        parts.append(f"\n/* ---- {name} ---- */\n" + (JS_DIR / name).read_text(encoding="utf-8"))
    return "".join(parts)


def log_module_paths() -> list[Path]:
    """The training-log engine's scripts, in the order ``course-log.js`` joins them.

    Returns
    -------
    list of pathlib.Path
        Each of ``LOG_MODULES`` in ``widgets/bookext/js/``.
    """
    return [JS_DIR / name for name in LOG_MODULES]


def build_log_script() -> str:
    """Join the rules and the training-log engine into the text of ``course-log.js``.

    Returns
    -------
    str
        The generated rules (``widgets.bookext.log_rules``), then
        every script of ``LOG_MODULES`` in order.
    """
    from widgets.bookext.log_rules import rules_script

    parts = [rules_script()]
    for path in log_module_paths():
        parts.append(f"\n/* ---- {path.name} ---- */\n" + path.read_text(encoding="utf-8"))
    return "".join(parts)


@lru_cache(maxsize=1)
def log_engine_url() -> str:
    """The engine's address beside the picker script, versioned by its content.

    Returns
    -------
    str
        ``course-log.js?v=HASH``, so a browser never runs an old engine.
    """
    digest = hashlib.sha256(build_log_script().encode("utf-8")).hexdigest()[:10]
    return f"course-log.js?v={digest}"
