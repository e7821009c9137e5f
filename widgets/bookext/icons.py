"""Ship only the icon glyphs the book uses.

The theme draws its icons (menu, search, theme switch, GitHub, admonitions…)
from Font Awesome web fonts of 157 KB, 118 KB and 25 KB, of which the pages
use a few dozen glyphs. After the build, each font in the output is replaced
by a subset (fontTools, installed from PyPI) holding:

* every glyph a ``fa-<name>`` class names in a built page or script, looked up
  in the theme's stylesheets (``.fa-bars:before{content:"\\f0c9"}``), and
* every glyph a stylesheet uses in any other rule (admonition icons, the
  external-link arrow and the like), whether or not a page shows it.

The file names stay the same, so the stylesheets need no change. The
stylesheets lose the ``.fa-<name>:before`` rules of icons no page uses (about
2,000 of them, a third of the theme's stylesheet, which blocks the first
paint). Nothing is downloaded.
"""

from __future__ import annotations

import re
from pathlib import Path

WEBFONTS = Path("_static") / "vendor" / "fontawesome" / "webfonts"
_RULE = re.compile(r"([^{}]+)\{([^{}]*)\}")
_ICON_SELECTOR = re.compile(r"^\.(fa-[a-z0-9-]+)::?(?:before|after)$")
_ESCAPE = re.compile(r"\\([0-9a-fA-F]{4,6})")
_CLASS = re.compile(r"\bfa-[a-z0-9-]+")
_SKIP_SCRIPTS = ("plotly.min.js", "course-plotly.js")
_SKIP_FOLDERS = ("course-figures",)  # figure data (widgets/bookext/figure_data.py)


def _codepoints(body: str) -> set[int]:
    found = {int(code, 16) for code in _ESCAPE.findall(body)}
    for quoted in re.findall(r'"([^"]*)"', body):
        found |= {ord(ch) for ch in quoted if 0xE000 <= ord(ch) <= 0xF8FF}
    return found


def stylesheet_glyphs(css: str) -> tuple[dict[str, set[int]], set[int]]:
    """Find the icon glyphs a stylesheet draws, by ``fa-`` class and for other rules.

    Parameters
    ----------
    css : str
        A stylesheet's text.

    Returns
    -------
    tuple of (dict of str to set of int, set of int)
        The code points each ``.fa-<name>:before`` rule gives, and the code
        points any other rule uses (those are always kept).
    """
    by_class: dict[str, set[int]] = {}
    always: set[int] = set()
    for selectors, body in _RULE.findall(css):
        points = _codepoints(body)
        if not points:
            continue
        names = [_ICON_SELECTOR.match(s.strip()) for s in selectors.split(",")]
        if all(names):
            for match in names:
                by_class.setdefault(match.group(1), set()).update(points)
        else:
            always |= points
    return by_class, always


def used_classes(outdir: Path) -> set[str]:
    """Find every ``fa-`` class name in the built pages and the scripts they load.

    Parameters
    ----------
    outdir : pathlib.Path
        The HTML output folder (``_build/html``).

    Returns
    -------
    set of str
        Class names such as ``fa-bars``.
    """
    names: set[str] = set()
    files = list(outdir.rglob("*.html")) + [
        path
        for path in (outdir / "_static").rglob("*.js")
        if path.name not in _SKIP_SCRIPTS and path.parent.name not in _SKIP_FOLDERS
    ]
    for path in files:
        names |= set(_CLASS.findall(path.read_text(encoding="utf-8", errors="ignore")))
    return names


def used_glyphs(outdir: Path) -> set[int]:
    """Find the icon glyphs the built book needs.

    Parameters
    ----------
    outdir : pathlib.Path
        The HTML output folder (``_build/html``).

    Returns
    -------
    set of int
        Code points of the classes the pages use, and of every other icon rule.
    """
    by_class: dict[str, set[int]] = {}
    always: set[int] = set()
    for css in (outdir / "_static").rglob("*.css"):
        classes, other = stylesheet_glyphs(css.read_text(encoding="utf-8", errors="ignore"))
        for name, points in classes.items():
            by_class.setdefault(name, set()).update(points)
        always |= other
    glyphs = set(always)
    for name in used_classes(outdir):
        glyphs |= by_class.get(name, set())
    return glyphs


def subset_font(path: Path, glyphs: set[int]) -> tuple[int, int]:
    """Replace a font by its subset holding only some glyphs.

    Parameters
    ----------
    path : pathlib.Path
        A ``.woff2`` or ``.ttf`` font, overwritten in place.
    glyphs : set of int
        The code points to keep.

    Returns
    -------
    tuple of (int, int)
        The file's size in bytes before and after.
    """
    from fontTools import subset
    from fontTools.ttLib import TTFont

    before = path.stat().st_size
    options = subset.Options()
    options.flavor = "woff2" if path.suffix == ".woff2" else None
    options.ignore_missing_unicodes = True
    # recalcTimestamp=False keeps the font's own "modified" date: with the
    # default, every build would write new bytes (a static host re-sends them,
    # and two builds of one release no longer compare equal).
    font = TTFont(path, recalcTimestamp=False)
    subsetter = subset.Subsetter(options)
    subsetter.populate(unicodes=sorted(glyphs))
    subsetter.subset(font)
    font.flavor = options.flavor
    font.save(path)
    return before, path.stat().st_size


def subset_icon_fonts(outdir: Path) -> dict[str, tuple[int, int]]:
    """Cut every Font Awesome font of a built site to the glyphs its pages use.

    Parameters
    ----------
    outdir : pathlib.Path
        The HTML output folder (``_build/html``).

    Returns
    -------
    dict of str to tuple of (int, int)
        Per font file name, its size in bytes before and after.
    """
    folder = Path(outdir) / WEBFONTS
    if not folder.is_dir():
        return {}
    glyphs = used_glyphs(Path(outdir))
    return {
        path.name: subset_font(path, glyphs)
        for path in sorted(folder.iterdir())
        if path.suffix in (".woff2", ".ttf")
    }


def prune_icon_rules(css: str, used: set[str]) -> str:
    """Drop the rules that only give unused ``fa-`` classes their glyph.

    Parameters
    ----------
    css : str
        A stylesheet's text.
    used : set of str
        The ``fa-`` class names the pages use.

    Returns
    -------
    str
        The stylesheet without those rules.
    """

    def _keep(match):
        names = [_ICON_SELECTOR.match(s.strip()) for s in match.group(1).split(",")]
        if all(names) and not any(name.group(1) in used for name in names):
            return ""
        return match.group(0)

    return _RULE.sub(_keep, css)


def prune_stylesheets(outdir: Path) -> dict[str, tuple[int, int]]:
    """Remove unused icon rules from every stylesheet of a built site.

    Parameters
    ----------
    outdir : pathlib.Path
        The HTML output folder (``_build/html``).

    Returns
    -------
    dict of str to tuple of (int, int)
        Per stylesheet changed, its size in bytes before and after.
    """
    used = used_classes(Path(outdir))
    sizes = {}
    for path in sorted((Path(outdir) / "_static").rglob("*.css")):
        css = path.read_text(encoding="utf-8")
        pruned = prune_icon_rules(css, used)
        if pruned != css:
            path.write_text(pruned, encoding="utf-8")
            sizes[path.name] = (len(css.encode()), len(pruned.encode()))
    return sizes
