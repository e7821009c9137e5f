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
    path: Path
    version: str
    trace_types: frozenset | None  # None: every trace type

    @property
    def name(self) -> str:
        return "basic" if self.trace_types is not None else "full"


def bundle_version(path: Path) -> str:
    """The version from a plotly.js bundle's header comment, e.g. ``4.1.1``."""
    with open(path, encoding="utf-8") as handle:
        header = handle.read(400)
    match = re.search(r"plotly\.js.*?v(\d+\.\d+\.\d+)", header)
    if not match:
        raise ValueError(f"{path} does not look like a plotly.js bundle")
    return match.group(1)


def wheel_bundle() -> PlotlyBundle:
    import plotly

    path = Path(plotly.__file__).parent / "package_data" / "plotly.min.js"
    return PlotlyBundle(path, bundle_version(path), None)


def choose_bundle(source_dir: Path, configured: str = "") -> PlotlyBundle:
    """The configured file, else the basic bundle if it matches the wheel, else the wheel's."""
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
    """Trace types in the figure (and its frames) that the bundle cannot draw."""
    if bundle.trace_types is None:
        return set()
    traces = list(figure_json.get("data", []))
    for frame in figure_json.get("frames", []) or []:
        traces += frame.get("data", []) or []
    used = {trace.get("type", "scatter") for trace in traces}
    return used - bundle.trace_types
