"""The Sphinx extension, on a tiny book built in a temporary folder."""

from __future__ import annotations

import datetime
import io
import json
import re
import shutil
from pathlib import Path

import nbformat
import pydata_sphinx_theme
import pytest
from helpers.tiny_book import build, notebook_with_figure
from sphinx.application import Sphinx

from widgets.bookext.figure_data import FIGURE_DIR, INLINE_LIMIT_BYTES, figure_payloads
from widgets.bookext.plotly_output import element_id


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    return build(
        tmp_path_factory.mktemp("book"),
        {
            "chart": notebook_with_figure(alt="Two points rising."),
            "text": "# Only words\n\nNo figure here.\n",
        },
    )


def test_plotly_output_becomes_a_figure_with_caption_and_text_alternative(built):
    html_dir, warnings = built
    page = (html_dir / "chart.html").read_text()
    figure_id = element_id("chart", 1, 0)
    assert f'id="{figure_id}"' in page
    assert 'aria-label="Figure. Two points rising."' in page
    assert f'<figcaption id="{figure_id}-caption">Source: a test.</figcaption>' in page
    assert "Text description and data" in page and "<td>1</td>" in page
    assert "<\\/script> is escaped" in page
    payload = page.split(f'id="{figure_id}-data">')[1].split("</script>")[0]
    assert json.loads(payload)["data"][0]["y"] == [1, 2]
    assert "plotly" not in warnings


def test_plotly_js_is_served_locally_and_only_on_pages_with_figures(built):
    html_dir, _ = built
    assert (html_dir / "_static" / "plotly.min.js").stat().st_size > 1_000_000
    chart = (html_dir / "chart.html").read_text()
    # Staged before pages are written, so its link carries a cache-busting checksum.
    assert re.search(r'<script defer="defer" src="_static/course-plotly\.js\?v=[0-9a-f]+"', chart)
    # plotly.js is not on the page: course-plotly.js loads it, versioned, when a figure is needed.
    assert "plotly.min.js" not in chart
    script = (html_dir / "_static" / "course-plotly.js").read_text()
    assert re.search(r'"plotly\.min\.js\?v=[0-9a-f]{10}"', script)
    assert "plotly" not in (html_dir / "text.html").read_text()


def test_figure_shows_its_title_until_plotly_draws_it(built):
    html_dir, _ = built
    page = (html_dir / "chart.html").read_text()
    # plotly's markup in titles (<b>, <br>) is dropped from the plain preview.
    assert (
        '<div class="course-plotly-preview" aria-hidden="true">'
        '<p class="course-plotly-preview-title">is escaped</p></div>'
    ) in page


def test_every_page_has_a_meta_description_from_its_first_paragraph(tmp_path):
    long = (
        "Runners ask whether running wears out the back. This page answers with what the "
        "studies show, how sure we can be, and what that means for your own training plan "
        "this week."
    )
    html_dir, _ = build(
        tmp_path,
        {
            "prose": (
                "# Prose\n\nIf your back pain comes with any warning sign, read the help page first.\n\n"
                "```{note}\nA note in a box is not the page's summary at all, however long it is.\n```\n\n"
                f"{long}\n"
            )
        },
    )
    page = (html_dir / "prose.html").read_text()
    description = re.search(r'<meta name="description" content="([^"]*)" />', page).group(1)
    assert description.startswith("Runners ask whether running wears out the back.")
    assert len(description) <= 160 and description.endswith("…")


def test_rebuilding_gives_the_same_figure_html(tmp_path, built):
    html_dir, _ = built
    again, _ = build(tmp_path, {"chart": notebook_with_figure(alt="Two points rising.")})

    def figure_part(path):
        text = path.read_text()
        return text[text.index('<figure class="course-figure"') : text.index("</figure>")]

    assert figure_part(again / "chart.html") == figure_part(html_dir / "chart.html")


def test_thebe_scripts_and_remote_urls_are_removed(built):
    html_dir, _ = built
    for name in ("chart", "text"):
        page = (html_dir / f"{name}.html").read_text()
        assert "THEBE_JS_URL" not in page and "x-thebe-config" not in page
        assert "unpkg.com" not in page


def test_footer_shows_the_current_year(built):
    html_dir, _ = built
    assert str(datetime.date.today().year) in (html_dir / "text.html").read_text()


def test_figure_without_alt_text_is_a_warning(tmp_path):
    _, warnings = build(tmp_path, {"chart": notebook_with_figure(alt="")})
    assert "plotly figure without alt text" in warnings


def test_maths_that_would_load_mathjax_from_another_host_is_a_warning(tmp_path):
    _, warnings = build(tmp_path, {"sums": "# Sums\n\n```{math}\na^2 + b^2 = c^2\n```\n"})
    assert "would load MathJax from another host" in warnings


def test_pages_are_read_again_only_when_the_widgets_code_changes(tmp_path, monkeypatch):
    import widgets.bookext as bookext

    pages = {"text": "# Only words\n"}
    build(tmp_path, pages)

    def rebuild():
        status = io.StringIO()
        source = tmp_path / "src"
        app = Sphinx(
            str(source),
            str(source),
            str(tmp_path / "html"),
            str(tmp_path / "doctrees"),
            "html",
            status=status,
            warning=io.StringIO(),
        )
        app.build()
        return status.getvalue()

    read_a_page = re.compile(r"reading sources\.\.\. \S*\[\s*\d+%\]")
    assert not read_a_page.search(rebuild())
    monkeypatch.setattr(bookext, "widgets_fingerprint", lambda: "changed code")
    assert read_a_page.search(rebuild())


def test_icon_fonts_keep_only_the_glyphs_the_pages_use(built):
    from fontTools.ttLib import TTFont

    html_dir, _ = built
    fonts = html_dir / "_static" / "vendor" / "fontawesome" / "webfonts"
    solid = TTFont(fonts / "fa-solid-900.woff2")
    glyphs = set(solid.getBestCmap())
    assert 0xF0C9 in glyphs  # fa-bars: the theme's menu button on every page
    assert 0xF005 not in glyphs  # fa-star: used nowhere
    assert (fonts / "fa-solid-900.woff2").stat().st_size < 20_000


def test_icon_glyphs_come_from_classes_used_and_from_other_rules():
    from widgets.bookext.icons import stylesheet_glyphs

    css = (
        '.fa-bars:before,.fa-navicon:before{content:"\\f0c9"}'
        '.fa-star:before{content:"\\f005"}'
        ':root{--pst-icon-note:"\\f05a"}@media print{.x:after{content:"\\f107"}}'
    )
    by_class, always = stylesheet_glyphs(css)
    assert by_class["fa-bars"] == {0xF0C9} and by_class["fa-star"] == {0xF005}
    assert always == {0xF05A, 0xF107}


def test_stylesheets_lose_the_rules_of_icons_no_page_uses(built):
    from widgets.bookext.icons import prune_icon_rules

    css = (
        '.fa-bars:before,.fa-navicon:before{content:"\\f0c9"}'
        '@media print{.fa-star:before{content:"\\f005"}}.note{color:red}'
    )
    assert prune_icon_rules(css, {"fa-bars"}) == (
        '.fa-bars:before,.fa-navicon:before{content:"\\f0c9"}@media print{}.note{color:red}'
    )
    html_dir, _ = built
    theme_css = (html_dir / "_static" / "styles" / "pydata-sphinx-theme.css").read_text()
    assert ".fa-bars:before" in theme_css and ".fa-star:before" not in theme_css


BIG_Y = [round(0.001 * step, 3) for step in range(INLINE_LIMIT_BYTES // 4)]


def test_a_big_figure_s_json_leaves_its_page_for_a_script_of_its_own(tmp_path):
    html_dir, warnings = build(
        tmp_path,
        {
            "big": notebook_with_figure(alt="Many points.", y=BIG_Y),
            "small": notebook_with_figure(alt="Two points rising."),
        },
    )
    assert "plotly" not in warnings
    big_id, small_id = element_id("big", 1, 0), element_id("small", 1, 0)
    page = (html_dir / "big.html").read_text()
    assert len(page) < INLINE_LIMIT_BYTES + 30_000, "the figure's JSON is still in the page"
    placeholder = re.search(
        rf'<script type="application/json" id="{big_id}-data" data-src="([^"]+)"></script>', page
    )
    assert placeholder, "no placeholder naming the figure's script"
    src = placeholder.group(1)
    assert re.fullmatch(rf"{FIGURE_DIR}/{big_id}\.[0-9a-f]{{10}}\.js", src)
    script = (html_dir / src).read_text()
    # One string literal handed to the page, for JSON.parse.
    assert script.startswith(f'window.CoursePlotly.figureData.register("{big_id}", "{{')
    assert figure_payloads(html_dir / "big.html")[big_id]["data"][0]["y"] == BIG_Y
    # A small figure stays in its page: no extra request to draw it.
    small = (html_dir / "small.html").read_text()
    assert f'id="{small_id}-data">{{' in small and "data-src" not in small
    assert figure_payloads(html_dir / "small.html")[small_id]["data"][0]["y"] == [1, 2]


def test_a_changed_big_figure_gets_a_new_script_and_its_old_one_is_removed(tmp_path):
    html_dir, _ = build(tmp_path, {"big": notebook_with_figure(alt="Many points.", y=BIG_Y)})
    folder = html_dir / FIGURE_DIR
    (first,) = list(folder.glob("*.js"))
    changed = notebook_with_figure(alt="Many points.", y=[-value for value in BIG_Y])
    nbformat.write(changed, tmp_path / "src" / "big.ipynb")
    app = Sphinx(
        str(tmp_path / "src"),
        str(tmp_path / "src"),
        str(html_dir),
        str(tmp_path / "doctrees"),
        "html",
        status=None,
        warning=io.StringIO(),
    )
    app.build()
    (second,) = list(folder.glob("*.js"))
    assert second.name != first.name, "a changed figure kept its script's name (stale in caches)"
    assert second.name in (html_dir / "big.html").read_text()
    assert figure_payloads(html_dir / "big.html")[element_id("big", 1, 0)]["data"][0]["y"][1] == (
        -BIG_Y[1]
    )


def test_the_search_page_keeps_its_scripts_in_order_and_other_pages_skip_them(built):
    html_dir, _ = built
    search = (html_dir / "search.html").read_text()
    # searchtools.js runs at once and needs doctools.js first: neither may be deferred there.
    assert re.search(r'<script src="_static/doctools\.js[^"]*"></script>', search)
    assert search.index("doctools.js") < search.index("searchtools.js")
    assert "searchindex.js" in search
    text = (html_dir / "text.html").read_text()
    assert re.search(r'<script defer="defer" src="_static/doctools\.js', text)
    # The theme's search-as-you-type box is off: no other page needs the search index.
    for script in ("searchindex.js", "searchtools.js", "language_data.js"):
        assert script not in text


THEME_FONTS = (
    Path(pydata_sphinx_theme.__file__).parent
    / "theme"
    / "pydata_sphinx_theme"
    / "static"
    / "vendor"
    / "fontawesome"
    / "webfonts"
)


def _files(folder: Path) -> dict[str, bytes]:
    return {str(p.relative_to(folder)): p.read_bytes() for p in folder.rglob("*") if p.is_file()}


@pytest.mark.parametrize("name", ["fa-solid-900.woff2", "fa-solid-900.ttf", "fa-brands-400.ttf"])
def test_cutting_a_font_twice_at_different_times_gives_the_same_bytes(tmp_path, monkeypatch, name):
    from widgets.bookext.icons import subset_font

    copies = []
    # fontTools dates what it saves from SOURCE_DATE_EPOCH, else from the clock.
    for run, epoch in enumerate(("1800000000", "1801000000")):  # 11 days apart in 2027
        monkeypatch.setenv("SOURCE_DATE_EPOCH", epoch)
        copy = tmp_path / str(run) / name
        copy.parent.mkdir()
        shutil.copyfile(THEME_FONTS / name, copy)
        subset_font(copy, {0xF0C9, 0xF002, 0xF09B})
        copies.append(copy.read_bytes())
    assert copies[0] == copies[1]


def test_two_builds_at_different_times_write_identical_files(tmp_path, monkeypatch):
    """Every file the build and the extension write (fonts, scripts, search index, pages)."""
    pages = {
        "chart": notebook_with_figure(alt="Two points rising."),
        "big": notebook_with_figure(alt="Many points.", y=BIG_Y),
        "text": "# Only words\n\nNo figure here.\n",
    }
    sites = []
    for epoch in ("1800000000", "1801000000"):  # 11 days apart in 2027
        monkeypatch.setenv("SOURCE_DATE_EPOCH", epoch)
        shutil.rmtree(tmp_path / "book", ignore_errors=True)  # a clean build, as make book
        (tmp_path / "book").mkdir()
        html_dir, _ = build(tmp_path / "book", pages)
        # .buildinfo records the config; built twice in one process, the themes list their
        # template folders twice. `make book` builds once a process (.ci/run compares those).
        sites.append({k: v for k, v in _files(html_dir).items() if k != ".buildinfo"})
    assert sites[0].keys() == sites[1].keys()
    assert any(name.endswith(".woff2") for name in sites[0])
    assert any("course-figures" in name for name in sites[0])
    assert [name for name in sites[0] if sites[0][name] != sites[1][name]] == []
