"""Check your own files in the book: on a phone with a finger, on a desktop by dropping files.

The reader picks a CSV log with one big jump and a GPX run; the page must read
them on the device, name the jump's date and its 2.28 relative rate, save the
same JSON as the command line, switch to miles and forget everything, and send
nothing anywhere: after the page has loaded, the only requests are the
course's own scripts (GET, same host), and none at all once the check is shown.
"""

from __future__ import annotations

import contextlib
import io
import json
from datetime import datetime, timedelta, timezone
from urllib.parse import urlsplit

from book_site import DESKTOP, PHONE, assert_clean
from page_events import open_recorded

from widgets.bookext.script import log_engine_url
from widgets.training_log.__main__ import main
from widgets.training_log.file_writers import PlannedActivity, write_gpx

PAGE = "notebooks/check-your-own-training"
SPIKE_DAY = "2025-09-21"


def spike_log(folder):
    """A plain CSV of six weeks of 8 km long runs, then 20 km on SPIKE_DAY; and a GPX run."""
    rows = ["date,distance_km,duration_min,type"]
    first = datetime(2025, 8, 5, 7, 30)
    for week in range(7):
        for day, km in ((0, 6), (2, 7), (5, 8)):
            rows.append(
                f"{first + timedelta(days=7 * week + day):%Y-%m-%d %H:%M},{km},{km * 6},run"
            )
    rows.append(f"{SPIKE_DAY} 07:30,20,124,run")
    csv_path = folder / "my-log.csv"
    csv_path.write_text("\n".join(rows) + "\n")
    gpx_path = folder / "tuesday.gpx"
    start = datetime(2025, 9, 23, 17, 0, tzinfo=timezone.utc)
    write_gpx(gpx_path, PlannedActivity(start, 6.5, 2400.0), interval_s=10.0)
    return [csv_path, gpx_path]


def command_line_json(paths) -> dict:
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        main([*map(str, paths), "--json"])
    folder = str(paths[0].parent) + "/"
    return json.loads(out.getvalue().replace(folder, ""))


def _requests_after_load(page) -> list:
    seen = []
    page.on("request", lambda request: seen.append(request))
    return seen


def _wait_done(page):
    page.wait_for_function(
        "document.querySelector('[data-course-log]').dataset.state === 'done'", timeout=20000
    )


def test_phone_picks_a_spike_and_a_run_reads_2_28_and_saves_the_command_lines_json(
    browser, server, tmp_path
):
    files = spike_log(tmp_path)
    context = browser.new_context(
        viewport=PHONE, has_touch=True, is_mobile=True, device_scale_factor=2
    )
    try:
        page = open_recorded(context, server.url(PAGE))
        requests = _requests_after_load(page)
        assert page.evaluate("!window.CourseLog"), "the check loaded before files were picked"
        pick = page.locator(".course-log-pick")
        pick.scroll_into_view_if_needed()
        box = pick.bounding_box()
        assert box["height"] >= 44 and box["x"] + box["width"] <= PHONE["width"]
        with page.expect_file_chooser() as chooser:
            pick.tap()
        chooser.value.set_files([str(p) for p in files])
        _wait_done(page)

        status = page.locator(".course-log-status[role=status]").inner_text()
        assert "On 21 Sep 2025 you ran 20 km" in status
        assert "2.28 times the rate" in status
        page.wait_for_function(
            "document.querySelector('.course-log-figure .course-plotly').dataset.rendered === 'true'"
        )
        figure = page.locator(".course-log-figure .course-plotly").bounding_box()
        assert figure["x"] >= 0 and figure["x"] + figure["width"] <= PHONE["width"]
        assert page.evaluate("document.documentElement.scrollWidth") <= PHONE["width"]
        page.screenshot(path=str(tmp_path / "phone.png"))

        # blob: addresses are the page's own memory (the Web Workers' code), not requests.
        loaded = [(r.method, r.url) for r in requests if not r.url.startswith("blob:")]
        shown = len(requests)
        with page.expect_download() as download:
            page.get_by_role("button", name="Save as JSON").tap()
        saved = json.loads(open(download.value.path(), encoding="utf-8").read())
        expected = command_line_json(files)
        assert saved == expected

        page.get_by_role("button", name="Forget my data").tap()
        assert "Forgotten" in page.locator(".course-log-status").inner_text()
        assert page.locator(".course-log-result").is_hidden()
        assert page.evaluate("document.querySelector('.course-log-input').files.length") == 0

        # Private: only the course's own scripts were fetched (GET, this host), and
        # nothing at all after the check was shown (saving and forgetting are local).
        assert all(method == "GET" for method, _ in loaded), loaded
        host = urlsplit(page.url).netloc
        assert all(urlsplit(url).netloc == host for _, url in loaded), loaded
        assert all("/_static/" in url for _, url in loaded), loaded
        assert len(requests) == shown, [r.url for r in requests[shown:]]
        assert loaded, "the check's own scripts should have loaded on the pick"
        assert any(url.endswith(log_engine_url()) for _, url in loaded), "engine not versioned"
        assert_clean(page)
    finally:
        context.close()


def test_desktop_drop_switches_to_miles_and_forgets(open_page, tmp_path):
    files = spike_log(tmp_path)
    page = open_page(PAGE, viewport=DESKTOP)
    requests = _requests_after_load(page)
    payload = [{"name": p.name, "text": p.read_text()} for p in files]
    page.locator(".course-log-drop").scroll_into_view_if_needed()
    page.evaluate(
        """files => {
            const transfer = new DataTransfer();
            files.forEach(f => transfer.items.add(new File([f.text], f.name)));
            const drop = document.querySelector('.course-log-drop');
            drop.dispatchEvent(new DragEvent('dragover', {dataTransfer: transfer, bubbles: true,
                                                          cancelable: true}));
            drop.dispatchEvent(new DragEvent('drop', {dataTransfer: transfer, bubbles: true,
                                                      cancelable: true}));
        }""",
        payload,
    )
    _wait_done(page)
    status = page.locator(".course-log-status")
    assert "20 km (12.4 mi)" in status.inner_text()

    page.get_by_label("Miles").check()
    page.wait_for_function(
        "document.querySelector('.course-log-status').textContent.includes('12.4 mi (20 km)')"
    )
    page.wait_for_function(
        """() => { const d = document.querySelector('.course-log-figure .course-plotly');
                   return d && d.dataset.rendered === 'true'
                     && d.layout.yaxis.title.text === 'Run distance (mi)'; }"""
    )
    page.screenshot(path=str(tmp_path / "desktop.png"), full_page=False)
    before = len(requests)
    page.get_by_role("button", name="Forget my data").click()
    assert page.locator(".course-log-figure").count() == 0
    assert "Forgotten" in status.inner_text()
    assert not [r for r in requests if r.method != "GET"]
    assert len(requests) == before
    assert_clean(page)


def test_bad_files_get_the_command_lines_reasons_and_a_50_mb_file_a_refusal(open_page):
    page = open_page(PAGE, viewport=PHONE)
    # The files are made in the page (a 50 MB file would take a minute to hand over).
    page.evaluate(
        """() => {
            const transfer = new DataTransfer();
            const add = (parts, name) => transfer.items.add(new File(parts, name));
            add(["<gpx><trk>"], "cut.gpx");
            add([new Uint8Array([0xff, 0xd8])], "photo.jpg");
            add([new Uint8Array(50 * 1024 * 1024).fill(48)], "huge.csv");
            add(["date,distance_km\\n2025-05-10,5\\n"], "log.csv");
            const input = document.querySelector('.course-log-input');
            input.files = transfer.files;
            input.dispatchEvent(new Event('change', {bubbles: true}));
        }"""
    )
    _wait_done(page)
    page.locator("details.course-log-list summary", has_text="Skipped").click()
    skipped = page.locator("details.course-log-list").first.inner_text()
    assert "cut.gpx: not valid GPX: the XML is broken or cut off" in skipped
    assert "photo.jpg: not a FIT, GPX, TCX or CSV file" in skipped
    assert "huge.csv: larger than 25 MB" in skipped
    assert "1 run from 10 May 2025" in page.locator(".course-log-status").inner_text()
    assert_clean(page)
