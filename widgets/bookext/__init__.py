"""Sphinx extension: plotly figures in the offline book.

myst-nb skips plotly's ``application/vnd.plotly.v1+json`` outputs. This
extension renders them (``plotly_output``), moves a big figure's JSON out of
its page into a script loaded when the figure draws (``figure_data``), serves
plotly.js from installed packages (``bundle``) only on pages that have a
figure, sets the footer's year, removes scripts that would reach other hosts,
adds the self-check script (``course-quiz.js``) only on pages with questions,
gives every page a meta description, ships only the icon glyphs the pages use
and hides them from screen readers, links each reference back to where it is
cited (``citations``), adds the page script (``course-page.js``: focus after
Back, named solution buttons), and tells notebook kernels that they run for
the static book.

Enable it in ``_config.yml`` under ``sphinx.extra_extensions``.
"""

from __future__ import annotations

import datetime
import hashlib
import os
import shutil
from pathlib import Path

from docutils import nodes
from sphinx.util import logging

from widgets.bookext.bundle import choose_bundle
from widgets.bookext.citations import add_back_links
from widgets.bookext.code_cells import RemoveHiddenCodeSources
from widgets.bookext.description import add_meta_description
from widgets.bookext.figure_data import move_big_figures, remove_unused_figure_scripts
from widgets.bookext.icons import prune_stylesheets, subset_icon_fonts
from widgets.bookext.navigation import set_header_options
from widgets.bookext.page_markup import hide_icon_glyphs_in, nest_toctree_captions
from widgets.bookext.rule_tables import write_rules_script
from widgets.bookext.script import build_log_script, build_script, log_engine_url
from widgets.bookext.tables import stack_wide_tables
from widgets.explorers.training_log_browser import ENGINE as LOG_ENGINE
from widgets.figures.colours import with_level_colours
from widgets.page_markers import LOG_PICKER, has_marker, scripts_for
from widgets.render_mode import STATIC_BOOK_ENV

logger = logging.getLogger(__name__)
STATIC_DIR = Path(__file__).parent / "static"
TEMPLATES_DIR = Path(__file__).parent / "templates"
# Markup from myst-nb and docutils that fails WCAG checks, and its fix.
ACCESSIBLE_MARKUP = {
    # The visible text ("Show code cell source") must be part of the name.
    '<summary aria-label="Toggle hidden content">': "<summary>",
    # The references are a list a screen reader can count: doc-biblioentry is
    # deprecated, and role="list" may only own list items.
    ' role="doc-biblioentry"': ' role="listitem"',
}
PLOTLY_PAGES_ATTR = "course_plotly_pages"


def _choose_bundle(app) -> None:
    """Pick the plotly.js bundle and stage it as plotly.min.js, next to course-plotly.js.

    Staging them before pages are written lets Sphinx give every page the same
    cache-busting ``?v=``, so readers download them once. Pages load only
    course-plotly.js; it loads plotly.js when the first figure is needed.
    """
    app.course_plotly_bundle = choose_bundle(Path(app.srcdir), app.config.course_plotly_js)
    bundle = app.course_plotly_bundle
    logger.info("plotly.js %s bundle %s: %s", bundle.name, bundle.version, bundle.path)
    staged = Path(app.doctreedir).parent / "course-plotly-static"
    staged.mkdir(parents=True, exist_ok=True)
    target = staged / "plotly.min.js"
    if not target.exists() or target.read_bytes() != bundle.path.read_bytes():
        shutil.copyfile(bundle.path, target)
    for name, text in (
        ("course-plotly.js", build_script(bundle.path)),
        # The training-log check, loaded only when a reader picks files.
        ("course-log.js", build_log_script()),
        # The stylesheet, its level colours written from widgets/figures/colours.py; this
        # copy is later on html_static_path than STATIC_DIR, so it is the one published.
        ("course.css", with_level_colours((STATIC_DIR / "course.css").read_text("utf-8"))),
    ):
        script = staged / name
        if not script.exists() or script.read_text(encoding="utf-8") != text:
            script.write_text(text, encoding="utf-8")
    if str(staged) not in app.config.html_static_path:
        app.config.html_static_path.append(str(staged))


def _set_copyright_year(app, config) -> None:
    year = datetime.date.today().year
    holder = config.course_copyright_holder
    first = int(config.course_first_year)
    years = f"{first}" if first >= year else f"{first}–{year}"
    config.copyright = f"{years} {holder}"
    config.html_static_path.append(str(STATIC_DIR))
    config.templates_path.insert(0, str(TEMPLATES_DIR))


# The theme's primary sidebar, with the course's name link inside a landmark
# (templates/course-sidebar-logo.html). Its search field is the one search button on a
# wide screen: the top bar that would hold another is not drawn (navigation.py), and the
# article header's search icon shows only below 992 px, where the field is hidden.
PRIMARY_SIDEBAR = [
    "course-sidebar-logo.html",
    "search-button-field.html",
    "icon-links.html",
    "sbt-sidebar-nav.html",
]


def _set_theme_defaults(app, config) -> None:
    # Without a default mode the theme logs "Got invalid theme mode" on every page.
    context = dict(config.html_context or {})
    context.setdefault("default_mode", "auto")
    config.html_context = context
    # One search button per screen, not two: a keyboard reaches it once.
    if not config.html_sidebars:
        config.html_sidebars = {"**": PRIMARY_SIDEBAR}


def _is_unneeded_asset(asset) -> bool:
    text = (
        f"{getattr(asset, 'filename', '') or ''} {getattr(asset, 'attributes', {}).get('body', '')}"
    )
    return "thebe" in text.lower()


def _drop_unneeded_assets(app, pagename, templatename, context, doctree) -> None:
    """Remove scripts a reader does not need.

    Jupyter Book always loads sphinx-thebe, which declares ``THEBE_JS_URL``
    twice (a console error on every page) and names a script on another host;
    the course has no live kernel in the book.
    """
    for key in ("script_files", "css_files"):
        if key in context:
            context[key] = [asset for asset in context[key] if not _is_unneeded_asset(asset)]


# Theme and extension scripts that wait for the page anyway: loading them with ``defer``
# keeps them from blocking the first paint. documentation_options.js stays as it is,
# because inline scripts on the page use what it defines.
DEFERRABLE_SCRIPTS = frozenset(
    {
        "doctools.js",
        "sphinx_highlight.js",
        "clipboard.min.js",
        "copybutton.js",
        "sphinx-book-theme.js",
        "togglebutton.js",
        "design-tabs.js",
    }
)


def _defer_scripts(app, pagename, templatename, context, doctree) -> None:
    """Load the theme's scripts with ``defer`` on this page.

    Each deferred script is a copy: Sphinx shares its script objects between
    pages, and the search page must keep them as they are (its own scripts
    run at once and use what ``doctools.js`` defines).
    """
    if pagename == "search":
        return
    scripts = context.get("script_files", [])
    for index, asset in enumerate(scripts):
        name = Path(str(getattr(asset, "filename", "") or "")).name
        attributes = getattr(asset, "attributes", None)
        if name in DEFERRABLE_SCRIPTS and attributes is not None:
            deferred = {key: value for key, value in attributes.items() if key != "async"}
            deferred["defer"] = "defer"
            scripts[index] = type(asset)(asset.filename, priority=asset.priority, **deferred)


def _fix_inaccessible_markup(app, pagename, templatename, context, doctree) -> None:
    body = context.get("body")
    if body:
        for wrong, right in ACCESSIBLE_MARKUP.items():
            body = body.replace(wrong, right)
        context["body"] = nest_toctree_captions(body)


def _drop_thebe_nodes(app, doctree, docname) -> None:
    for node in list(doctree.findall(nodes.raw)):
        text = node.astext()
        if "x-thebe-config" in text or "kernelName =" in text:
            node.parent.remove(node)


def _refuse_remote_mathjax(app, pagename, templatename, context, doctree) -> None:
    """Warn (an error with ``-W``) when a page would load MathJax from another host."""
    if app.builder.format != "html" or not app.env.get_domain("math").has_equations(pagename):
        return
    if str(app.config.mathjax_path).startswith(("http://", "https://", "//")):
        logger.warning(
            "%s: this page has maths, which would load MathJax from another host; "
            "write the formula in words or as an image instead",
            pagename,
        )


WIDGETS_DIR = Path(__file__).resolve().parents[1]


def widgets_fingerprint() -> str:
    """A hash of the widgets package: code and data the executed pages depend on."""
    digest = hashlib.sha256()
    for path in sorted(WIDGETS_DIR.rglob("*")):
        if path.is_file() and "__pycache__" not in path.parts:
            digest.update(str(path.relative_to(WIDGETS_DIR)).encode())
            digest.update(path.read_bytes())
    return digest.hexdigest()


def _reread_when_widgets_change(app, env, added, changed, removed):
    """Re-run every page when the widgets code changed, so figures are never stale."""
    fingerprint = widgets_fingerprint()
    if getattr(env, "course_widgets_fingerprint", None) == fingerprint:
        return []
    env.course_widgets_fingerprint = fingerprint
    return sorted(env.found_docs)


def _purge(app, env, docname) -> None:
    getattr(env, PLOTLY_PAGES_ATTR, set()).discard(docname)


def _merge(app, env, docnames, other) -> None:
    pages = getattr(env, PLOTLY_PAGES_ATTR, set())
    pages |= getattr(other, PLOTLY_PAGES_ATTR, set())
    setattr(env, PLOTLY_PAGES_ATTR, pages)


def _add_page_assets(app, pagename, templatename, context, doctree) -> None:
    # Focus back on a citation after Back, and solution buttons named for their exercise.
    app.add_js_file("course-page.js", priority=603, loading_method="defer")
    if pagename in getattr(app.env, PLOTLY_PAGES_ATTR, set()):
        # plotly.js itself is loaded by course-plotly.js when a figure is needed,
        # so the page's text paints first.
        app.add_js_file("course-plotly.js", priority=601, loading_method="defer")
    # The HTML-only interactives (quizzes, the checker, the file picker, the decision forms)
    # each need a small script of the course's, only on the pages that have one
    # (widgets.page_markers).
    for script in scripts_for(context.get("body") or ""):
        app.add_js_file(script, priority=602, loading_method="defer")


def _move_big_figures(app, pagename, templatename, context, doctree) -> None:
    """Give each big figure's JSON a script of its own (``figure_data``), loaded when it draws."""
    body = context.get("body")
    if (
        app.builder.format == "html"
        and body
        and pagename in getattr(app.env, PLOTLY_PAGES_ATTR, ())
    ):
        context["body"] = move_big_figures(
            body, Path(app.outdir), lambda path: context["pathto"](path, 1)
        )


def _remove_unused_figure_scripts(app, exception) -> None:
    if exception is None and app.builder.format == "html":
        for path in remove_unused_figure_scripts(Path(app.outdir)):
            logger.info("removed %s: no page uses it any more", path.name)


def _point_log_picker_at_engine(app, pagename, templatename, context, doctree) -> None:
    """Point the file picker at the engine's URL: it loads course-log.js on a pick."""
    if has_marker(context.get("body") or "", LOG_PICKER):
        context["body"] = context["body"].replace(
            f'data-engine="{LOG_ENGINE}"', f'data-engine="{log_engine_url()}"'
        )


def _stage_rules_script(app) -> None:
    """Write ``course-rules.js`` (``rule_tables``) where Sphinx copies static files from."""
    staged = Path(app.doctreedir).parent / "course-rules-static"
    write_rules_script(staged)
    if str(staged) not in app.config.html_static_path:
        app.config.html_static_path.append(str(staged))


FONTAWESOME_JS = Path("_static") / "scripts" / "fontawesome.js"


def _empty_fontawesome_js(app, exception) -> None:
    """Replace the theme's 540 KB (gzip) icon script with an empty one.

    The theme's stylesheet already draws the same icons from its web fonts, so
    readers download the one small font file the page uses instead.
    """
    if exception is not None or app.builder.format != "html":
        return
    target = Path(app.outdir) / FONTAWESOME_JS
    if target.exists():
        target.write_text("/* Icons are drawn by the theme's web fonts (see widgets/bookext). */\n")


def _hide_icon_glyphs(app, exception) -> None:
    """Hide the theme's icon glyphs from screen readers (``widgets/bookext/page_markup.py``)."""
    if exception is None and app.builder.format == "html":
        hide_icon_glyphs_in(Path(app.outdir))


def _subset_icon_fonts(app, exception) -> None:
    """Keep only the icon glyphs and icon rules the pages use (``widgets/bookext/icons.py``)."""
    if exception is not None or app.builder.format != "html":
        return
    for what, sizes in (
        ("icon fonts", subset_icon_fonts(Path(app.outdir))),
        ("stylesheets", prune_stylesheets(Path(app.outdir))),
    ):
        before = sum(b for b, _ in sizes.values())
        after = sum(a for _, a in sizes.values())
        logger.info(
            "%s trimmed to the icons used: %d KB -> %d KB", what, before // 1024, after // 1024
        )


def setup(app):
    # Kernels started by the build inherit this and render the static figures.
    os.environ[STATIC_BOOK_ENV] = "1"
    app.add_config_value("course_plotly_js", "", "html")
    app.add_config_value("course_copyright_holder", "the course authors", "html")
    app.add_config_value("course_first_year", 2026, "html")
    app.connect("config-inited", _set_copyright_year)
    app.connect("config-inited", _set_theme_defaults)
    app.connect("config-inited", set_header_options)
    app.connect("doctree-resolved", _drop_thebe_nodes, priority=900)
    app.connect("html-page-context", _drop_unneeded_assets, priority=900)
    app.connect("html-page-context", _defer_scripts, priority=910)
    app.connect("html-page-context", _fix_inaccessible_markup)
    app.connect("html-page-context", stack_wide_tables)
    app.connect("builder-inited", _choose_bundle)
    app.connect("builder-inited", _stage_rules_script)
    app.connect("env-get-outdated", _reread_when_widgets_change)
    app.connect("env-purge-doc", _purge)
    app.connect("env-merge-info", _merge)
    app.connect("html-page-context", _add_page_assets)
    app.connect("html-page-context", _point_log_picker_at_engine)
    app.connect("html-page-context", _move_big_figures)
    app.connect("html-page-context", _refuse_remote_mathjax)
    app.connect("html-page-context", add_meta_description)
    app.connect("build-finished", _empty_fontawesome_js)
    app.connect("build-finished", _subset_icon_fonts)
    app.connect("build-finished", _hide_icon_glyphs)
    app.connect("doctree-resolved", add_back_links)
    app.connect("build-finished", _remove_unused_figure_scripts)
    app.add_post_transform(RemoveHiddenCodeSources)
    app.add_css_file("course.css")
    return {"version": "1.0", "parallel_read_safe": True, "parallel_write_safe": True}
