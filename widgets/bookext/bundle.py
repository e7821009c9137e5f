"""Which plotly.js file the book serves.

plotly publishes a "basic" bundle (scatter, bar and pie traces) on npm with the
same version numbers as the full bundle in the plotly wheel; it is about a
quarter of the size. The book uses it when it is installed (``npm ci``) and its
version matches the wheel's, and falls back to the wheel's full bundle.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

BASIC_TRACE_TYPES = frozenset({"scatter", "bar", "pie"})
BASIC_BUNDLE = Path("node_modules/plotly.js-basic-dist-min/plotly-basic.min.js")


@dataclass(frozen=True)
class PlotlyBundle:
    """A plotly.js file the book can serve, and which trace types it can draw.

    Attributes
    ----------
    path : pathlib.Path
        The minified plotly.js file.
    version : str
        Its plotly.js version, e.g. ``3.0.1``.
    trace_types : frozenset of str or None
        The trace types it draws; ``None`` for the full bundle, which draws all.
    """

    path: Path
    version: str
    trace_types: frozenset | None  # None: every trace type

    @property
    def name(self) -> str:
        """Return the bundle's name for the build log: ``basic`` or ``full``.

        Returns
        -------
        str
            ``basic`` for plotly's basic bundle from npm, ``full`` otherwise.
        """
        return "basic" if self.trace_types is not None else "full"


def bundle_version(path: Path) -> str:
    """Read the version from a plotly.js bundle's header comment.

    Parameters
    ----------
    path : pathlib.Path
        A plotly.js bundle (``plotly.min.js`` or ``plotly-basic.min.js``).

    Returns
    -------
    str
        Its version, e.g. ``4.1.1``.

    Raises
    ------
    ValueError
        If the file does not start like a plotly.js bundle.
    """
    with open(path, encoding="utf-8") as handle:
        header = handle.read(400)
    match = re.search(r"plotly\.js.*?v(\d+\.\d+\.\d+)", header)
    if not match:
        raise ValueError(f"{path} does not look like a plotly.js bundle")
    return match.group(1)


def wheel_bundle() -> PlotlyBundle:
    """Return the full plotly.js bundle that ships inside the plotly Python package.

    Returns
    -------
    PlotlyBundle
        The wheel's ``plotly.min.js``, which draws every trace type.
    """
    import plotly

    path = Path(plotly.__file__).parent / "package_data" / "plotly.min.js"
    return PlotlyBundle(path, bundle_version(path), None)


def choose_bundle(source_dir: Path, configured: str = "") -> PlotlyBundle:
    """Choose the plotly.js file to serve: the smallest one that matches the plotly wheel.

    Parameters
    ----------
    source_dir : pathlib.Path
        The book's source folder (where ``node_modules/`` is).
    configured : str, optional
        The ``course_plotly_js`` setting: a bundle to use instead, relative to
        ``source_dir`` or absolute. Empty to choose automatically.

    Returns
    -------
    PlotlyBundle
        The configured file; else npm's basic bundle if its version is the
        wheel's; else the wheel's full bundle.
    """
    full = wheel_bundle()
    if configured:
        path = Path(configured)
        path = path if path.is_absolute() else source_dir / path
        return PlotlyBundle(path, bundle_version(path), None)
    basic = source_dir / BASIC_BUNDLE
    if basic.exists() and bundle_version(basic) == full.version:
        return PlotlyBundle(basic, full.version, BASIC_TRACE_TYPES)
    return full


def unsupported_trace_types(figure_json: dict, bundle: PlotlyBundle) -> set[str]:
    """Find the trace types a figure uses that a bundle cannot draw.

    Parameters
    ----------
    figure_json : dict
        A plotly figure as JSON (``data``, ``layout`` and optional ``frames``).
    bundle : PlotlyBundle
        The bundle the book serves.

    Returns
    -------
    set of str
        Trace types in the figure or its frames missing from the bundle; empty
        when it can draw them all.
    """
    if bundle.trace_types is None:
        return set()
    traces = list(figure_json.get("data", []))
    for frame in figure_json.get("frames", []) or []:
        traces += frame.get("data", []) or []
    used = {trace.get("type", "scatter") for trace in traces}
    return used - bundle.trace_types
