"""One page load per page and mode, measured once and shared by the quality tests.

``audit(browser, server, docname, mode)`` opens the page in a fresh context,
waits for its figures, and records what the accessibility, mobile, dark-mode
and console tests need; each kind of measure and its checks live in a module
of its own:

* ``page_events``: console errors, requests to other hosts, failed requests;
* ``audit_axe``: axe-core's WCAG violations (in the dark theme only its colour rules:
  the other rules do not depend on the theme);
* ``audit_figures``: the figures' names, captions and text alternatives;
* ``audit_contrast``: the contrast of the text plotly draws in SVG;
* ``audit_keyboard``: keyboard access to plotly's controls;
* ``audit_layout``: the page's and the figures' widths on a phone;
* ``audit_touch``: tap targets, covers, tables and tap-for-details boxes on a
  touch phone, and whether plotly's toolbar covers a title on a desktop;
* ``audit_mouse``: every plotly button and slider changes its figure (phone and
  ``desktop-mouse`` modes, last, since it changes what the figures show);
* ``audit_adapter``: the plotly internals ``adapter.js`` reads are still there (phone).

Results are kept for the session, so each test only reads them.

Modes: ``light`` and ``dark`` (desktop, colour scheme preference) and
``phone`` (390 x 844, light, a touch screen): every page gate. ``desktop-mouse``
(desktop, dark) only presses every control with the mouse: on a desktop the
keyboard check already operates each one, so this runs in CI only
(``tests/helpers/ci_only.py``).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from audit_adapter import adapter_problems
from audit_axe import COLOUR_RULES, axe_violations, serious
from audit_contrast import svg_text
from audit_figures import figures, images
from audit_keyboard import keyboard_controls
from audit_layout import figures_after_narrowing, layout
from audit_mouse import mouse_controls
from audit_touch import (
    TouchAudit,
    menu_and_scroll,
    modebar_over_title,
    table_measures,
    touch_measures,
)
from book_site import DESKTOP, PHONE, wait_for_figures
from page_events import PageEvents, open_recorded

MODES = {"light": (DESKTOP, "light"), "dark": (DESKTOP, "dark"), "phone": (PHONE, "light")}
DESKTOP_MOUSE = "desktop-mouse"
_VIEWS = {**MODES, DESKTOP_MOUSE: (DESKTOP, "dark")}
TOUCH_MODES = {"phone"}
SETTLE_MS = 300  # time for late scripts to report errors

_CACHE: dict[tuple[str, str, str], PageAudit | Exception] = {}
# One browser context per mode for the session: each page still opens fresh, in a new tab,
# but plotly.js and the theme's files come from the context's cache after the first page.
_CONTEXTS: dict[tuple[int, str], object] = {}


@dataclass
class PageAudit:
    docname: str
    mode: str
    theme: str = ""
    heading_visible: bool = False
    events: PageEvents = field(default_factory=PageEvents)
    axe: list[dict] = field(default_factory=list)
    figures: list[dict] = field(default_factory=list)
    images: list[dict] = field(default_factory=list)
    svg_text: list[dict] = field(default_factory=list)
    keyboard: list[dict] = field(default_factory=list)
    layout: dict = field(default_factory=dict)
    resized_figures: list[dict] = field(default_factory=list)
    mouse_operated: int = 0
    mouse_problems: list[str] = field(default_factory=list)
    adapter_problems: list[str] = field(default_factory=list)
    touch: TouchAudit = field(default_factory=TouchAudit)
    toolbar_over_title: list[str] = field(default_factory=list)

    @property
    def serious_axe(self) -> list[dict]:
        return serious(self.axe)


def audit(browser, server, docname: str, mode: str) -> PageAudit:
    """Open ``docname`` once in ``mode`` and measure everything; cached for the session."""
    key = (server.base_url, docname, mode)
    if key not in _CACHE:
        try:
            _CACHE[key] = _measure(browser, server, docname, mode)
        except Exception as problem:  # remembered, so other tests of this page fail fast
            _CACHE[key] = problem
    if isinstance(_CACHE[key], Exception):
        raise AssertionError(f"{docname} ({mode}): {_CACHE[key]}")
    return _CACHE[key]


def _measure(browser, server, docname: str, mode: str) -> PageAudit:
    result = PageAudit(docname, mode)
    page = None
    try:
        page = open_recorded(_context(browser, mode), server.url(docname))
        result.events = page.course_events
        wait_for_figures(page)
        page.wait_for_timeout(SETTLE_MS)
        result.theme = page.evaluate("document.documentElement.dataset.theme || ''")
        if mode == DESKTOP_MOUSE:
            result.mouse_operated, result.mouse_problems = mouse_controls(page)
            return result
        result.heading_visible = page.locator("article h1").first.is_visible()
        result.figures = figures(page)
        result.images = images(page)
        result.layout = layout(page)
        if mode in ("light", "dark"):
            result.svg_text = svg_text(page)
            result.axe = axe_violations(page, rules=COLOUR_RULES if mode == "dark" else None)
        if mode == "light":
            result.toolbar_over_title = modebar_over_title(page)
            if result.layout["figures"]:  # plotly figures, which must follow the window
                result.resized_figures = figures_after_narrowing(page)
            result.keyboard = keyboard_controls(page)
        if mode == "phone":
            result.touch = touch_measures(page)
            result.adapter_problems = adapter_problems(page, server.root / f"{docname}.html")
            # last, as it changes what the figures show
            result.mouse_operated, result.mouse_problems = mouse_controls(page)
            # opens the text descriptions
            result.touch.tables = table_measures(page)
            menu_and_scroll(page, result.touch)
        page.wait_for_timeout(100)
    finally:
        if page is not None:
            page.close()
    return result


def _context(browser, mode: str):
    key = (id(browser), mode)
    if key not in _CONTEXTS or not _CONTEXTS[key].browser.is_connected():
        viewport, scheme = _VIEWS[mode]
        # A touch screen, but not Chromium's mobile mode: that widens the layout to fit a page
        # that is too wide, which would hide the sideways scrolling audit_layout looks for.
        # The phone journey (test_phone_journey.py) runs in mobile mode.
        _CONTEXTS[key] = browser.new_context(
            viewport=viewport, color_scheme=scheme, has_touch=mode in TOUCH_MODES
        )
    return _CONTEXTS[key]


def console_problems(result: PageAudit) -> list[str]:
    return result.events.problems()
