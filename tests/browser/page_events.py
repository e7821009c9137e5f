"""What a page did while it was open: its errors and the requests that went wrong.

``record_events(page)`` listens to a Playwright page from before it loads and
collects console errors, uncaught exceptions, requests to any host other than
the local test server, and failed requests (no answer, or an HTTP error).
Every browser test that opens a book page uses it, through the ``open_page``
fixture or the page audit, so "a clean page" means the same everywhere.
"""

from __future__ import annotations

from dataclasses import dataclass, field

# What the page may load without leaving the machine.
LOCAL_PREFIXES = ("http://127.0.0.1", "data:", "blob:", "about:")


@dataclass
class PageEvents:
    """Console errors, requests to other hosts and failed requests, in the order they came."""

    console_errors: list[str] = field(default_factory=list)
    external_requests: list[str] = field(default_factory=list)
    failed_requests: list[str] = field(default_factory=list)

    def problems(self) -> list[str]:
        """Each event as a readable problem; empty when the page was clean."""
        return (
            [f"console error: {e}" for e in self.console_errors]
            + [f"request to another host: {u}" for u in self.external_requests]
            + [f"failed request: {u}" for u in self.failed_requests]
        )

    def _console(self, message) -> None:
        if message.type == "error":
            self.console_errors.append(message.text)

    def _request(self, request) -> None:
        if not request.url.startswith(LOCAL_PREFIXES):
            self.external_requests.append(request.url)

    def _failed(self, request) -> None:
        # A request the browser dropped because the page moved on (a link followed before the
        # favicon arrived) is not a fault of the page; a missing file still fails, by its
        # HTTP status in ``_response``, and so does any other network error.
        if request.failure != "net::ERR_ABORTED":
            self.failed_requests.append(f"{request.url} ({request.failure})")

    def _response(self, response) -> None:
        if response.status >= 400:
            self.failed_requests.append(f"{response.status} {response.url}")


def record_events(page) -> PageEvents:
    """Start recording ``page``'s events; call it before ``page.goto``."""
    events = PageEvents()
    page.on("console", events._console)
    page.on("pageerror", lambda error: events.console_errors.append(str(error)))
    page.on("request", events._request)
    page.on("requestfailed", events._failed)
    page.on("response", events._response)
    return events


def open_recorded(context, url: str):
    """Open ``url`` in a new page of ``context``, recording its events; returns the page.

    The events are on ``page.course_events``. Fails if the page itself does not load.
    """
    page = context.new_page()
    page.course_events = record_events(page)
    response = page.goto(url, wait_until="load")
    assert response is not None and response.ok, f"{url} did not load"
    return page
