"""The book's header on a phone: a menu that opens, a labelled Menu button, a Home link.

pydata-sphinx-theme 0.17 draws a second, hidden row of sidebar buttons in its
own top bar whenever ``navbar_persistent`` is left to its default (it puts the
search field there). Its script and sphinx-book-theme's both bind the first
``.primary-toggle`` on the page, which is that hidden button, so the visible ☰
does nothing below 992 px and leaves only its tooltip. This is upstream issue
pydata/pydata-sphinx-theme#2451 (also executablebooks/sphinx-book-theme#988).
Setting ``navbar_persistent`` to an empty list, as sphinx-book-theme's own
``theme.conf`` intends, stops that hidden row being drawn: the visible button
is then the only one, and the theme's own mobile dialog opens from it.

The header also gets a Home link (``course-header-home.html``), and the menu
button a visible "Menu" label (``toggle-primary-sidebar.html``); both
templates are in ``templates/``.
"""

from __future__ import annotations

# The components at the start of the article header, left to right.
ARTICLE_HEADER_START = ["toggle-primary-sidebar.html", "course-header-home.html"]


def set_header_options(app, config) -> None:
    """Give the theme the header options above, unless ``_config.yml`` sets them itself.

    Parameters
    ----------
    app : sphinx.application.Sphinx
        The Sphinx application (unused; the event passes it).
    config : sphinx.config.Config
        The build's configuration; ``html_theme_options`` is changed.
    """
    options = dict(config.html_theme_options or {})
    options.setdefault("navbar_persistent", [])
    options.setdefault("article_header_start", list(ARTICLE_HEADER_START))
    config.html_theme_options = options
