"""Move a big figure's plotly JSON out of its page, into a script loaded when it draws.

Inline figure JSON costs every reader: the browser downloads and scans it
before the text below it, even when the figure is never scrolled to. A figure
whose JSON is above ``INLINE_LIMIT_BYTES`` is therefore written as a small
script of its own, ``_static/course-figures/<figure id>.<content hash>.js``,
and its page keeps an empty placeholder that names the file. ``data.js`` adds
the script to the page when the figure is about to draw; a script element,
unlike ``fetch``, also works in a book opened from disk (``file://``). The
script hands over the JSON as one string literal, which ``JSON.parse`` reads
faster than the engine would parse the same object written as code.

The file name changes with the content, so a browser may cache it for good,
and a rebuilt page never points at an old figure. Files no page names any
more are removed when the build finishes.
"""

from __future__ import annotations

import hashlib
import json
import re
from pathlib import Path

# Above this (the JSON's length in characters, about its size in bytes) a figure's data
# leaves the page. The book's line charts and bar charts stay inline (3 to 28 KB); the
# exercise demos (590 KB of animation frames) and the other large figures move out.
INLINE_LIMIT_BYTES = 32 * 1024
FIGURE_DIR = "_static/course-figures"
INLINE_DATA = re.compile(
    r'<script type="application/json" id="(?P<id>plotly-[a-z0-9-]+)-data">(?P<json>.*?)</script>',
    flags=re.S,
)
PLACEHOLDER = '<script type="application/json" id="{id}-data" data-src="{src}"></script>'
EXTERNAL_DATA = re.compile(
    r'<script type="application/json" id="(?P<id>plotly-[a-z0-9-]+)-data" data-src="(?P<src>[^"]+)">'
)
REGISTER = "window.CoursePlotly.figureData.register({id}, {text});\n"


def figure_script(figure_id: str, payload: str) -> str:
    """Return the text of the script that hands one figure's JSON to the page.

    Parameters
    ----------
    figure_id : str
        The figure's HTML id, e.g. ``plotly-notebooks-exercises-for-runners-backs-7-0``.
    payload : str
        The figure's plotly JSON as it was on the page (``</`` written as ``<\\/``).

    Returns
    -------
    str
        One line of JavaScript: ``CoursePlotly.figureData.register(id, "<JSON text>")``.
    """
    return REGISTER.format(id=json.dumps(figure_id), text=json.dumps(payload))


def script_name(figure_id: str, script: str) -> str:
    """Return the file name for a figure's script: its id and a hash of its content.

    Parameters
    ----------
    figure_id : str
        The figure's HTML id.
    script : str
        The script's text (from ``figure_script``).

    Returns
    -------
    str
        ``<figure id>.<10 hex digits>.js``; new content gives a new name.
    """
    digest = hashlib.sha256(script.encode("utf-8")).hexdigest()[:10]
    return f"{figure_id}.{digest}.js"


def move_big_figures(body: str, outdir: Path, static_uri) -> str:
    """Write each big figure's JSON to its own script and leave a placeholder in the page.

    Parameters
    ----------
    body : str
        The page's HTML body, with every figure's JSON inline.
    outdir : pathlib.Path
        The HTML output folder (``_build/html``); scripts go to ``_static/course-figures/``.
    static_uri : callable
        Turns a path from the output folder into a link from this page, e.g.
        Sphinx's ``pathto(path, 1)``.

    Returns
    -------
    str
        The body, with figures above ``INLINE_LIMIT_BYTES`` replaced by placeholders.
    """

    def _move(match: re.Match) -> str:
        payload = match.group("json")
        if len(payload) <= INLINE_LIMIT_BYTES:
            return match.group(0)
        figure_id = match.group("id")
        script = figure_script(figure_id, payload)
        name = script_name(figure_id, script)
        target = outdir / FIGURE_DIR / name
        if not target.exists():
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_text(script, encoding="utf-8")
        return PLACEHOLDER.format(id=figure_id, src=static_uri(f"{FIGURE_DIR}/{name}"))

    return INLINE_DATA.sub(_move, body)


def remove_unused_figure_scripts(outdir: Path) -> list[Path]:
    """Delete figure scripts that no page of the built book names any more.

    Parameters
    ----------
    outdir : pathlib.Path
        The HTML output folder (``_build/html``).

    Returns
    -------
    list of pathlib.Path
        The files removed (scripts of figures that changed or were taken out).
    """
    folder = outdir / FIGURE_DIR
    if not folder.is_dir():
        return []
    used = {
        Path(match.group("src")).name
        for page in outdir.rglob("*.html")
        for match in EXTERNAL_DATA.finditer(page.read_text(encoding="utf-8"))
    }
    stale = [path for path in folder.glob("*.js") if path.name not in used]
    for path in stale:
        path.unlink()
    return stale


def figure_payloads(page: Path) -> dict[str, dict]:
    """Read every figure's plotly JSON of a built page, inline or in its own script.

    Parameters
    ----------
    page : pathlib.Path
        A built HTML page.

    Returns
    -------
    dict of str to dict
        Figure id to its plotly figure (``data``, ``layout``, ``frames``), in page order.
    """
    html = page.read_text(encoding="utf-8")
    found: dict[int, tuple[str, str]] = {}
    for match in INLINE_DATA.finditer(html):
        found[match.start()] = (match.group("id"), match.group("json"))
    for match in EXTERNAL_DATA.finditer(html):
        script = (page.parent / match.group("src")).read_text(encoding="utf-8")
        text = json.loads(script[script.index(",") + 1 : script.rindex(")")])
        found[match.start()] = (match.group("id"), text)
    return {
        figure_id: json.loads(text.replace("<\\/", "</"))
        for _, (figure_id, text) in sorted(found.items())
    }
