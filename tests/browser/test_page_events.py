"""What counts as a failed request: a page that drops a request as it moves on is not broken."""

from __future__ import annotations

from types import SimpleNamespace

from page_events import PageEvents


def failed(url: str, failure: str) -> PageEvents:
    events = PageEvents()
    events._failed(SimpleNamespace(url=url, failure=failure))
    return events


def test_a_request_dropped_because_the_page_moved_on_is_not_a_problem():
    assert failed("http://127.0.0.1/_static/favicon.svg", "net::ERR_ABORTED").problems() == []


def test_any_other_network_failure_is_a_problem_with_its_reason():
    problems = failed("http://127.0.0.1/x.js", "net::ERR_CONNECTION_REFUSED").problems()
    assert problems == ["failed request: http://127.0.0.1/x.js (net::ERR_CONNECTION_REFUSED)"]


def test_an_http_error_is_still_a_problem():
    events = PageEvents()
    events._response(SimpleNamespace(status=404, url="http://127.0.0.1/missing.png"))
    assert events.problems() == ["failed request: 404 http://127.0.0.1/missing.png"]
