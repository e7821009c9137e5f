"""Figures draw when the reader needs them, and every way of reaching one draws it.

A figure draws when it nears the screen (scrolling), when keyboard focus
reaches it, when an in-page link targets it, and when the page is printed.
Some tests switch the scrolling trigger off (a stand-in IntersectionObserver
that never fires), so only the trigger under test can draw the figure.

A big figure's JSON is not in its page but in a script of its own
(``widgets/bookext/figure_data.py``), loaded only when the figure draws; the
book must still work opened from disk.
"""

from __future__ import annotations

import re

import pytest
from book_site import DESKTOP, PHONE, toc_docnames, wait_for_figure, wait_for_figures

from widgets.bookext.figure_data import (
    EXTERNAL_DATA,
    FIGURE_DIR,
    INLINE_DATA,
    INLINE_LIMIT_BYTES,
)

PAGES = toc_docnames()
NO_SCROLL_TRIGGER = """window.IntersectionObserver = class {
  constructor() {} observe() {} unobserve() {} disconnect() {} };"""
DRAWN_JS = (
    "() => [...document.querySelectorAll('.course-plotly')].map(d => d.dataset.rendered === 'true')"
)


def _figure_pages(book_root) -> list[str]:
    return [
        name
        for name in PAGES
        if (book_root / f"{name}.html").exists()
        and 'class="course-plotly"' in (book_root / f"{name}.html").read_text()
    ]


@pytest.fixture(scope="session")  # cheap (reads files): its tests may run in any process
def figure_pages(book_root):
    pages = _figure_pages(book_root)
    if not pages:
        pytest.skip("no page has a course figure")
    return pages


@pytest.fixture(scope="session")
def external_pages(book_root, figure_pages):
    """Pages with at least one figure whose JSON is in a script of its own."""
    pages = [
        name
        for name in figure_pages
        if EXTERNAL_DATA.search((book_root / f"{name}.html").read_text(encoding="utf-8"))
    ]
    if not pages:
        pytest.skip("no figure is big enough to leave its page")
    return pages


def _open(browser, server, docname, viewport=PHONE, scroll_trigger=True, hash_="", media=None):
    context = browser.new_context(viewport=viewport)
    if not scroll_trigger:
        context.add_init_script(NO_SCROLL_TRIGGER)
    page = context.new_page()
    if media:
        page.emulate_media(media=media)
    errors = []
    page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.goto(server.url(docname) + hash_, wait_until="load")
    page.wait_for_function("() => window.CoursePlotly && CoursePlotly.lazy")
    page.course_errors = errors
    return context, page


def _far_below(page) -> list[int]:
    """Indexes of figures more than two screens below the top of the page."""
    return page.evaluate("""() => [...document.querySelectorAll('.course-plotly')]
        .map((d, i) => [i, d.getBoundingClientRect().top])
        .filter(([i, top]) => top > 2 * window.innerHeight + 400).map(([i]) => i)""")


def test_figures_below_the_fold_draw_only_when_scrolled_to(browser, server, figure_pages):
    checked = 0
    for docname in figure_pages:
        context, page = _open(browser, server, docname)
        try:
            below = _far_below(page)
            if not below:
                continue
            page.wait_for_timeout(1000)
            drawn = page.evaluate(DRAWN_JS)
            assert not any(drawn[i] for i in below), f"{docname}: drew {drawn} before scrolling"
            index = below[-1]
            box_before = page.locator(".course-plotly").nth(index).bounding_box()["height"]
            wait_for_figure(page, index)
            figure = page.locator(".course-plotly").nth(index)
            assert figure.locator("svg.main-svg").count() > 0
            assert figure.locator(".course-plotly-preview").count() == 0
            # The box kept its reserved height: nothing below it moved.
            assert abs(figure.bounding_box()["height"] - box_before) < 1
            assert page.course_errors == []
            checked += 1
        finally:
            context.close()
    if not checked:
        pytest.skip("no figure is far enough below the top of its page")


def test_plotly_js_loads_only_when_a_figure_is_needed(browser, server, figure_pages):
    for docname in figure_pages:
        context, page = _open(browser, server, docname, scroll_trigger=False)
        try:
            page.wait_for_timeout(500)
            assert page.evaluate("typeof Plotly") == "undefined", docname
            assert page.locator(".course-plotly-preview-title").first.inner_text().strip()
        finally:
            context.close()


def _pages_to_print(book_root, figure_pages, external_pages) -> list[str]:
    """The page with the most figures, and every page with a figure's JSON in its own script."""
    most = max(
        figure_pages,
        key=lambda name: (book_root / f"{name}.html").read_text().count('class="course-plotly"'),
    )
    return [most] + [name for name in external_pages if name != most]


LOAD_ALL_DATA_JS = """() => Promise.all([...document.querySelectorAll('.course-plotly')]
    .map(d => CoursePlotly.figureData.load(d)))"""


@pytest.mark.parametrize(
    "how", ["emulated print media", "print media from the start", "beforeprint"]
)
def test_printing_draws_every_figure(browser, server, book_root, figure_pages, external_pages, how):
    for docname in _pages_to_print(book_root, figure_pages, external_pages):
        context, page = _open(
            browser,
            server,
            docname,
            viewport=DESKTOP,
            scroll_trigger=False,
            media="print" if how == "print media from the start" else None,
        )
        try:
            if how == "beforeprint":
                # With plotly and the figures' data loaded, beforeprint draws every
                # figure before it returns, so the printed page has them all.
                page.evaluate("CoursePlotly.lazy.loadPlotly()")
                page.wait_for_function("typeof Plotly !== 'undefined'")
                page.evaluate(LOAD_ALL_DATA_JS)
                svgs = page.evaluate("""() => { window.dispatchEvent(new Event('beforeprint'));
                    return [...document.querySelectorAll('.course-plotly')]
                      .map(d => d.querySelectorAll('svg.main-svg').length > 0); }""")
                assert all(svgs), f"{docname}: {svgs}"
            elif how == "emulated print media":
                page.emulate_media(media="print")
            page.wait_for_function(f"() => ({DRAWN_JS})().every(Boolean)", timeout=30000)
            assert page.course_errors == [], docname
        finally:
            context.close()


def test_printing_before_a_figure_s_data_has_loaded_prints_its_text_description(
    browser, server, external_pages
):
    """Printing cannot wait for a script: the figure's table goes on paper, and it draws later."""
    docname = external_pages[0]
    context, page = _open(browser, server, docname, viewport=DESKTOP, scroll_trigger=False)
    try:
        page.evaluate("CoursePlotly.lazy.loadPlotly()")
        page.wait_for_function("typeof Plotly !== 'undefined'")
        opened = page.evaluate("""() => { window.dispatchEvent(new Event('beforeprint'));
            return [...document.querySelectorAll('.course-plotly')].map(d => ({
              external: !!document.getElementById(d.id + '-data').dataset.src,
              drawn: d.querySelectorAll('svg.main-svg').length > 0,
              open: d.closest('figure').querySelector('details.course-text-alternative').open})); }""")
        assert all(f["drawn"] or f["open"] for f in opened), opened
        assert any(f["external"] and f["open"] for f in opened), opened
        page.evaluate("window.dispatchEvent(new Event('afterprint'))")
        page.wait_for_function(f"() => ({DRAWN_JS})().every(Boolean)", timeout=30000)
        assert not page.evaluate(
            "[...document.querySelectorAll('details.course-text-alternative')].some(d => d.open)"
        )
        assert page.course_errors == []
    finally:
        context.close()


def test_keyboard_focus_draws_a_figure_and_lands_on_its_first_control(
    browser, server, figure_pages
):
    for docname in figure_pages:
        context, page = _open(browser, server, docname, viewport=DESKTOP, scroll_trigger=False)
        try:
            page.wait_for_timeout(300)
            assert not any(page.evaluate(DRAWN_JS))
            # Focus something just before the first figure, then Tab, as a keyboard user would.
            page.evaluate("""() => {
                const figure = document.querySelector('figure.course-figure');
                const start = document.createElement('span');
                start.tabIndex = -1; start.id = 'start-here';
                figure.parentNode.insertBefore(start, figure);
                start.focus(); }""")
            page.keyboard.press("Tab")
            page.wait_for_function(
                "() => document.querySelector('.course-plotly').dataset.rendered === 'true'",
                timeout=20000,
            )
            focus = page.evaluate("""() => { const d = document.querySelector('.course-plotly');
                const el = document.activeElement;
                return {inside: d.contains(el), self: el === d,
                        controls: d.querySelectorAll("[tabindex='0']").length,
                        tabindex: d.getAttribute('tabindex')}; }""")
            assert focus["inside"], focus
            if focus["controls"]:
                assert not focus["self"], f"{docname}: focus stayed on the figure box: {focus}"
            # Drawn, the box itself is no longer a tab stop.
            assert focus["tabindex"] == "-1"
            assert page.course_errors == []
        finally:
            context.close()


def test_an_in_page_link_draws_the_figure_it_targets(browser, server, figure_pages):
    docname = figure_pages[0]
    context, page = _open(browser, server, docname, scroll_trigger=False)
    try:
        ids = page.eval_on_selector_all("figure.course-figure", "fs => fs.map(f => f.id)")
        target = ids[-1]
        page.evaluate(
            """id => { const a = document.createElement('a');
            a.href = '#' + id; a.id = 'jump'; a.textContent = 'to the figure';
            document.querySelector('article').prepend(a); }""",
            target,
        )
        page.click("#jump")
        page.wait_for_function(f"() => ({DRAWN_JS})()[{len(ids) - 1}]", timeout=20000)
    finally:
        context.close()
    # Arriving with the figure's address in the URL draws it too.
    context, page = _open(browser, server, docname, scroll_trigger=False, hash_=f"#{target}")
    try:
        page.wait_for_function(f"() => ({DRAWN_JS})()[{len(ids) - 1}]", timeout=20000)
    finally:
        context.close()


def test_contrast_helper_uses_the_wcag_formula(open_page, figure_pages):
    page = open_page(figure_pages[0])
    page.wait_for_function("() => window.CoursePlotly && CoursePlotly.colours")

    def luminance(hex_colour: str) -> float:
        channels = [int(hex_colour[i : i + 2], 16) / 255 for i in (1, 3, 5)]
        linear = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
        return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]

    for colour in ("#767676", "#0072b2", "#d55e00", "#e8e8e8"):
        got = page.evaluate("c => CoursePlotly.colours.luminance(c)", colour)
        assert got == pytest.approx(luminance(colour), abs=1e-9), colour
    ratio = page.evaluate("CoursePlotly.colours.contrastRatio('#767676', '#ffffff')")
    assert ratio == pytest.approx(4.54, abs=0.01)


ANIMATED_FIGURE = {
    "data": [{"type": "bar", "x": ["a", "b", "c"], "y": [1, 2, 3]}],
    "frames": [
        {
            "name": str(step),
            "data": [{"type": "bar", "x": ["a", "b", "c"], "y": [step, step + 1, step + 2]}],
        }
        for step in range(1, 5)
    ],
    "layout": {
        "title": {"text": "A figure with frames and Play and Pause buttons"},
        "updatemenus": [
            {
                "type": "buttons",
                "direction": "left",
                "x": 0,
                "y": 1.15,
                "active": -1,
                "buttons": [
                    {
                        "label": "Play",
                        "method": "animate",
                        "args": [
                            None,
                            {
                                "frame": {"duration": 50, "redraw": True},
                                "transition": {"duration": 0},
                                "fromcurrent": True,
                            },
                        ],
                    },
                    {
                        "label": "Pause",
                        "method": "animate",
                        "args": [
                            [None],
                            {"mode": "immediate", "frame": {"duration": 0, "redraw": False}},
                        ],
                    },
                ],
            }
        ],
        "sliders": [
            {
                "name": "Step",
                "active": 0,
                "steps": [
                    {
                        "label": str(step),
                        "method": "animate",
                        "args": [
                            [str(step)],
                            {"mode": "immediate", "frame": {"duration": 0, "redraw": True}},
                        ],
                    }
                    for step in range(1, 5)
                ],
            }
        ],
    },
}


@pytest.fixture  # one test uses it
def animated(book_root, tmp_path_factory, figure_pages):
    """A copy of the site with one page whose first figure has frames, Play and Pause."""
    import json
    import shutil

    from book_site import SiteServer

    copy = tmp_path_factory.mktemp("animated") / "html"
    shutil.copytree(book_root, copy)
    source = figure_pages[0]
    page = (copy / f"{source}.html").read_text()
    payload = json.dumps(ANIMATED_FIGURE).replace("</", "<\\/")
    page = re.sub(
        r'(<script type="application/json" id="[^"]+-data")[^>]*>.*?(</script>)',
        lambda m: m.group(1) + ">" + payload + m.group(2),
        page,
        count=1,
        flags=re.S,
    )
    name = source.rsplit("/", 1)[0] + "/animated" if "/" in source else "animated"
    (copy / f"{name}.html").write_text(page)
    with SiteServer(copy) as running:
        yield running, name


def test_a_figure_with_frames_draws_plays_and_keeps_its_frames_on_a_new_width(browser, animated):
    server, name = animated
    context, page = _open(browser, server, name, viewport=DESKTOP)
    try:
        wait_for_figure(page, 0)
        fid = page.locator(".course-plotly").first.get_attribute("id")
        frames = f"CoursePlotly.plotlyAdapter.frames(document.getElementById('{fid}')).length"
        assert page.evaluate(frames) == 4
        assert (
            page.evaluate(f"CoursePlotly.plotlyAdapter.check(document.getElementById('{fid}'), 4)")
            == []
        )
        # Play with the keyboard: the bars move through the frames.
        page.evaluate(
            f"document.getElementById('{fid}').on('plotly_animated', () => {{ window.played = true; }})"
        )
        play = page.locator(f"#{fid} .updatemenu-button[aria-label='Play']")
        play.focus()
        page.keyboard.press("Enter")
        page.wait_for_function(f"document.getElementById('{fid}').data[0].y[0] === 4", timeout=5000)
        # Once the animation has ended (a step pressed during it can be dropped), Home shows
        # the first frame and ArrowRight the second.
        page.wait_for_function("window.played === true", timeout=5000)
        page.locator(f"#{fid} [role=slider]").focus()
        for key, expected in (("Home", 1), ("ArrowRight", 2)):
            page.keyboard.press(key)
            page.wait_for_function(
                f"document.getElementById('{fid}').data[0].y[0] === {expected}", timeout=5000
            )
        # A phone-width screen draws the figure again; its frames stay.
        page.set_viewport_size(PHONE)
        page.wait_for_timeout(1000)
        assert page.evaluate(frames) == 4
        assert page.course_errors == []
    finally:
        context.close()


# --- a big figure's JSON in a script of its own --------------------------------------------


def test_no_page_carries_a_big_figure_s_json_inline(book_root, external_pages):
    for docname in PAGES:
        path = book_root / f"{docname}.html"
        html = path.read_text(encoding="utf-8") if path.exists() else ""
        inline = {m.group("id"): len(m.group("json")) for m in INLINE_DATA.finditer(html)}
        too_big = {fid: size for fid, size in inline.items() if size > INLINE_LIMIT_BYTES}
        assert not too_big, f"{docname}: figure JSON above {INLINE_LIMIT_BYTES} bytes inline"
        for match in EXTERNAL_DATA.finditer(html):
            assert FIGURE_DIR in match.group("src")
            assert (path.parent / match.group("src")).is_file(), match.group("src")
    # The exercise demos (hundreds of KB of animation frames) were the reason.
    exercises = book_root / "notebooks" / "exercises-for-runners-backs.html"
    if exercises.exists():
        assert len(exercises.read_bytes()) < 250_000


def _figure_requests(page) -> list[str]:
    seen: list[str] = []
    page.on("request", lambda r: seen.append(r.url) if f"/{FIGURE_DIR}/" in r.url else None)
    return seen


def test_a_figure_s_data_is_requested_only_when_the_figure_is_needed(
    browser, server, external_pages
):
    waited = 0
    for docname in external_pages:
        context = browser.new_context(viewport=PHONE)
        page = context.new_page()
        requested = _figure_requests(page)
        page.goto(server.url(docname), wait_until="load")
        page.wait_for_function("() => window.CoursePlotly && CoursePlotly.lazy")
        try:
            external = page.evaluate("""() => [...document.querySelectorAll('.course-plotly')]
                .map((d, i) => [i, d.id, document.getElementById(d.id + '-data').dataset.src,
                                d.getBoundingClientRect().top])
                .filter(([i, id, src]) => src)""")
            page.wait_for_timeout(1000)
            for index, figure_id, _src, top in external:
                below = top > page.viewport_size["height"] + 400
                fetched = [url for url in requested if f"/{figure_id}." in url]
                if below:
                    assert not fetched, f"{docname}: {figure_id} loaded before it was needed"
                    waited += 1
                wait_for_figure(page, index)
                fetched = [url for url in requested if f"/{figure_id}." in url]
                assert len(fetched) == 1, f"{docname}: {figure_id} requested {fetched}"
        finally:
            context.close()
    assert waited, "no figure with its own data script starts below the first screen"


def test_the_book_opened_from_disk_draws_its_big_figures(browser, book_root, external_pages):
    """file:// is how the README says a reader can open the book; fetch() would fail there."""
    for docname in external_pages:
        context = browser.new_context(viewport=PHONE)
        page = context.new_page()
        errors: list[str] = []
        page.on(
            "console", lambda m, errors=errors: errors.append(m.text) if m.type == "error" else None
        )
        page.on("pageerror", lambda e, errors=errors: errors.append(str(e)))
        try:
            page.goto((book_root / f"{docname}.html").as_uri(), wait_until="load")
            count = wait_for_figures(page, timeout_ms=30000)
            assert count and page.locator(".course-plotly svg.main-svg").count() >= count
            assert [e for e in errors if re.search(r"figure|plotly|course", e, re.I)] == []
        finally:
            context.close()
