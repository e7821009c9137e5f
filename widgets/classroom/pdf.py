"""Print every chapter of the built book to PDF: ``make pdf``.

    python -m widgets.classroom.pdf [--html _build/html] [--out _build/pdf]

For each chapter in ``_toc.yml`` it writes ``OUT/student/<chapter>.pdf``
(solutions hidden), ``OUT/student-short/<chapter>.pdf`` (the same without the
figures' text descriptions and data tables, to print on less paper) and
``OUT/instructor/<chapter>.pdf`` (solutions shown, and the correct option of every
self-check question marked). Every link points at the published book (the
address set once in ``_config.yml``), never at the print server; the first page
prints that address, and each chapter ends with the list of the sources it cites.
Code output wraps at the margin. It serves the built book on 127.0.0.1, opens each
chapter in the system Chromium (``/usr/bin/chromium``; ``jupyter-book build
--builder pdfhtml`` would download a browser of its own) with print media at
the width of an A4 page, waits until every figure has drawn in its initial
state, hides the navigation and prints on A4.
"""

from __future__ import annotations

import argparse
import functools
import http.server
import sys
import threading
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
EDITIONS = ("student", "student-short", "instructor")
# A4 is 210 mm wide: 794 CSS pixels. With 15 mm margins the text column is about 680 px.
A4_VIEWPORT = {"width": 680, "height": 960}
MARGIN = {"top": "15mm", "bottom": "15mm", "left": "15mm", "right": "15mm"}
FIGURE_TIMEOUT_MS = 30_000

PRINT_CSS = """
@page { size: A4; }
.bd-header, .bd-header-article, .header-article, .bd-sidebar-primary, .bd-sidebar-secondary,
.bd-footer, .bd-footer-article, .bd-footer-content, .prev-next-area, .footer-article-items,
.skip-link, .search-button-field, .theme-switch-button, .modebar-container, .toggle-button,
#pst-back-to-top, .bd-search, .article-header-buttons,
#jb-print-toc { display: none !important; }
figure.course-figure, .course-quiz-question, .admonition, table { break-inside: avoid; }
h1, h2, h3 { break-after: avoid; }
.course-quiz-check, details.above-input { display: none !important; }
pre, .output pre, .cell_output pre { white-space: pre-wrap !important; overflow-wrap: anywhere;
  overflow: visible !important; max-height: none !important; }
.course-pdf-address { font-size: 0.85rem; border-bottom: 1px solid #999; padding-bottom: 0.3rem; }
.course-pdf-references li { margin-bottom: 0.3rem; }
"""
STUDENT_CSS = """
.solution, .course-quiz-answer { display: none !important; }
"""
SHORT_CSS = """
details.course-text-alternative { display: none !important; }
"""
INSTRUCTOR_CSS = """
.course-quiz-answer[data-right="true"] { display: block !important; margin-top: 0.25rem;
  border-left: 4px solid #009e73; padding-left: 0.5rem; }
.course-quiz-answer[data-right="true"]::before { content: "Answer: "; font-weight: 600; }
.course-quiz-correct { font-weight: 700; }
"""
EDITION_CSS = {
    "student": STUDENT_CSS,
    "student-short": STUDENT_CSS + SHORT_CSS,
    "instructor": INSTRUCTOR_CSS,
}
CORRECT_MARK = "(correct answer)"

# Runs in the page before it prints. Links: every link into the served book is
# rewritten to the published address; citations then point at the reference list
# this script adds at the end of the chapter, copied from the book's references page.
PREPARE_JS = """async ({site, published, page, instructor, mark}) => {
  const toPublished = (href) => {
    const url = new URL(href, location.href);
    return url.href.startsWith(site) ? published + url.href.slice(site.length) : url.href;
  };
  const article = document.querySelector('article') || document.body;
  const citations = [...article.querySelectorAll('a[href*="references.html#"]')];
  for (const a of document.querySelectorAll('a[href]')) {
    a.setAttribute('href', toPublished(a.getAttribute('href')));
  }
  const note = document.createElement('p');
  note.className = 'course-pdf-address';
  note.textContent = 'Running and Back Pain, online at ' + published +
    ' . This chapter online: ' + published + page;
  const title = article.querySelector('h1');
  (title ? title.parentNode : article).insertBefore(note, title ? title.nextSibling : article.firstChild);
  const ids = [...new Set(citations.map(a => new URL(a.href).hash.slice(1)))];
  if (ids.length) {
    const refsUrl = new URL(citations[0].getAttribute('href').split('#')[0]
      .replace(published, site)).href;
    const html = await (await fetch(refsUrl)).text();
    const refs = new DOMParser().parseFromString(html, 'text/html');
    const entries = [...refs.querySelectorAll('div.citation')].filter(d => ids.includes(d.id));
    const heading = [...article.querySelectorAll('h2')]
      .find(h => h.textContent.replace(/[#\\s]+$/, '').trim() === 'References');
    const section = document.createElement('section');
    section.className = 'course-pdf-references';
    if (!heading) section.innerHTML = '<h2>References</h2>';
    const list = document.createElement('ul');
    for (const entry of entries) {
      const item = document.createElement('li');
      item.id = 'pdf-ref-' + entry.id;
      item.innerHTML = (entry.querySelector('p') || entry).innerHTML;
      list.appendChild(item);
    }
    section.appendChild(list);
    (heading ? heading.parentNode : article).appendChild(section);
    for (const a of citations) {
      const id = new URL(a.href).hash.slice(1);
      if (entries.some(e => e.id === id)) a.setAttribute('href', '#pdf-ref-' + id);
    }
  }
  if (instructor) {
    for (const right of document.querySelectorAll(
        '.course-quiz-question[data-kind="choice"] .course-quiz-answer[data-right="true"]')) {
      const input = document.getElementById(right.id.replace('-fb-', '-'));
      const label = input && document.querySelector('label[for="' + input.id + '"]');
      if (!label) continue;
      input.checked = true;
      label.classList.add('course-quiz-correct');
      label.textContent = '\u2713 ' + label.textContent + ' ' + mark;
    }
    for (const form of document.querySelectorAll('.course-quiz-question[data-kind="numeric"]')) {
      const input = form.querySelector('input[type="number"]');
      if (!input) continue;
      input.value = form.dataset.answer;
      const label = form.querySelector('label[for="' + input.id + '"]');
      if (label) {
        label.classList.add('course-quiz-correct');
        // The rounding a reader may give also counts (course-quiz.js): say so, as 7.3 for 7.29.
        const answer = Number(form.dataset.answer);
        const decimals = (String(answer).split('.')[1] || '').length;
        const roundTo = Number(form.dataset.roundTo) || 0;
        const rounded = decimals > roundTo ? ', or ' + answer.toFixed(roundTo) + ' rounded' : '';
        label.textContent = 'Correct answer: ' + form.dataset.answer + ' (accepted within \u00b1' +
          form.dataset.tolerance + rounded + ') ' + mark;
      }
    }
  }
  return ids.length;
}"""


def chapter_pages(repo: Path = REPO) -> list[str]:
    """List the chapter pages of the book in reading order.

    Parameters
    ----------
    repo : pathlib.Path
        The repository's root folder, which holds ``_toc.yml``.

    Returns
    -------
    list of str
        The docnames of the notebooks in ``_toc.yml``.
    """
    from widgets.bookext.toc import toc_docnames

    return [name for name in toc_docnames(repo / "_toc.yml") if (repo / f"{name}.ipynb").exists()]


class QuietHandler(http.server.SimpleHTTPRequestHandler):
    """Serve files only under the class's ``prefix``; any other path is a 404. Logs nothing."""

    prefix = "/"

    def translate_path(self, path):
        """Map a URL path under ``prefix`` to a file of the served folder.

        Parameters
        ----------
        path : str
            The path part of the requested URL, e.g. ``/course/index.html``.

        Returns
        -------
        str
            The file to send; outside ``prefix``, one that does not exist (a 404).
        """
        if not path.startswith(self.prefix):
            return str(Path(self.directory) / "__outside_the_site__")
        return super().translate_path("/" + path[len(self.prefix) :])

    def log_message(self, *args):
        """Log nothing, so the output stays one line per PDF.

        Parameters
        ----------
        *args : object
            The format string and values ``http.server`` would log.
        """


class LocalSite:
    """The built book served on 127.0.0.1 on a free port, for as long as the block runs.

    Parameters
    ----------
    root : pathlib.Path
        The built book's HTML folder (``_build/html``).
    prefix : str
        The URL path the book is served under: ``"/"``, or a sub-path such as
        ``"/course/"`` to serve it as a static host like GitHub Pages would.
    handler : type
        The request handler, ``QuietHandler`` or a subclass of it.
    """

    def __init__(self, root: Path, prefix: str = "/", handler: type = QuietHandler):
        handler_class = type("Handler", (handler,), {"prefix": prefix})
        bound = functools.partial(handler_class, directory=str(root))
        self.prefix = prefix
        self.server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), bound)
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    def __enter__(self):
        self.thread.start()
        return self

    @property
    def base_url(self) -> str:
        """Give the book's address.

        Returns
        -------
        str
            ``http://127.0.0.1:PORT`` and the prefix, ending in ``/``.
        """
        return f"http://127.0.0.1:{self.server.server_port}{self.prefix}"

    def url(self, docname: str) -> str:
        """Give the address of a page of the served book.

        Parameters
        ----------
        docname : str
            The page's docname, for example ``"notebooks/preventing-back-pain"``.

        Returns
        -------
        str
            The page's ``http://127.0.0.1:<port>/<prefix>/...html`` address.
        """
        return f"{self.base_url}{docname}.html"

    def __exit__(self, *exc):
        self.server.shutdown()
        self.server.server_close()


def print_page(
    browser, url: str, target: Path, edition: str, site: str = "", published: str = ""
) -> list[str]:
    """Print one page of the book to a PDF on A4, once every figure has drawn.

    Parameters
    ----------
    browser : playwright.sync_api.Browser
        A running Chromium.
    url : str
        The page's address on the local server.
    target : pathlib.Path
        The PDF file to write; its folder is created.
    edition : str
        "student" hides solutions and answers, "student-short" also the figures'
        text descriptions; "instructor" shows solutions and marks correct options.
    site : str
        The served book's address (``http://127.0.0.1:PORT/``); links under it are
        rewritten to ``published``.
    published : str
        The published book's address; empty keeps the links as they are.

    Returns
    -------
    list of str
        The console errors and page errors seen; empty when all went well.
    """
    context = browser.new_context(viewport=A4_VIEWPORT, color_scheme="light")
    page = context.new_page()
    errors: list[str] = []
    page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
    page.on("pageerror", lambda e: errors.append(str(e)))
    # Only the book itself: nothing is fetched from another host.
    page.route(
        "**/*",
        lambda route: (
            route.continue_()
            if route.request.url.startswith(("http://127.0.0.1", "data:", "blob:"))
            else route.abort()
        ),
    )
    page.emulate_media(media="print", color_scheme="light")
    try:
        page.goto(url, wait_until="load")
        page.add_style_tag(content=PRINT_CSS + EDITION_CSS[edition])
        if site and published:
            page.evaluate(
                PREPARE_JS,
                {
                    "site": site,
                    "published": published,
                    "page": url[len(site) :],
                    "instructor": edition == "instructor",
                    "mark": CORRECT_MARK,
                },
            )
        if edition == "instructor":
            page.evaluate("""() => document.querySelectorAll('.solution.toggle-hidden')
                .forEach(el => el.classList.remove('toggle-hidden'))""")
        page.wait_for_function(
            """() => [...document.querySelectorAll('.course-plotly')]
                .every(div => div.dataset.rendered === 'true' && div.querySelector('.main-svg'))""",
            timeout=FIGURE_TIMEOUT_MS,
        )
        page.evaluate("document.fonts.ready")
        target.parent.mkdir(parents=True, exist_ok=True)
        page.pdf(
            path=str(target),
            format="A4",
            margin=MARGIN,
            print_background=True,
            prefer_css_page_size=True,
        )
    finally:
        context.close()
    return errors


def print_chapters(
    html: Path,
    out: Path,
    repo: Path = REPO,
    editions=EDITIONS,
    pages: list[str] | None = None,
    browser=None,
) -> list[Path]:
    """Write one PDF per chapter and edition.

    Parameters
    ----------
    html : pathlib.Path
        The built book's HTML folder.
    out : pathlib.Path
        Where to write ``<edition>/<chapter>.pdf``.
    repo : pathlib.Path
        The repository's root folder, which holds ``_toc.yml``.
    editions : Iterable[str]
        The editions to print: any of "student", "student-short" and "instructor".
    pages : list of str or None
        The docnames to print; ``None`` prints every chapter.
    browser : playwright.sync_api.Browser or None
        A running Chromium to reuse; ``None`` starts the system Chromium.

    Returns
    -------
    list of pathlib.Path
        The PDF files written.

    Raises
    ------
    FileNotFoundError
        If ``html`` holds no built book.
    RuntimeError
        If a page logs console errors while it is printed.
    """
    html = Path(html)
    if not (html / "index.html").exists():
        raise FileNotFoundError(f"no built book in {html}: run make book first")
    pages = pages or chapter_pages(repo)
    if browser is None:
        from playwright.sync_api import sync_playwright

        with sync_playwright() as playwright:
            own = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
            try:
                return print_chapters(html, out, repo, editions, pages, browser=own)
            finally:
                own.close()
    from widgets.data.published import book_url

    published = book_url()
    written = []
    with LocalSite(html) as site:
        for docname in pages:
            for edition in editions:
                target = Path(out) / edition / f"{Path(docname).name}.pdf"
                errors = print_page(
                    browser, site.url(docname), target, edition, site.base_url, published
                )
                if errors:
                    raise RuntimeError(f"{docname}: console errors while printing: {errors}")
                written.append(target)
                print(f"{edition}: {target}")
    return written


def main(argv: list[str] | None = None) -> int:
    """Run the command line.

    Parameters
    ----------
    argv : list of str or None
        The arguments after the program's name; ``None`` reads ``sys.argv``.

    Returns
    -------
    int
        The exit status: 0 when every file was written.
    """
    parser = argparse.ArgumentParser(
        prog="python -m widgets.classroom.pdf", description=__doc__.split("\n")[0]
    )
    parser.add_argument(
        "--html",
        type=Path,
        default=REPO / "_build" / "html",
        help="the built book (default: _build/html)",
    )
    parser.add_argument(
        "--out",
        type=Path,
        default=REPO / "_build" / "pdf",
        help="where to write the PDFs (default: _build/pdf)",
    )
    args = parser.parse_args(argv)
    try:
        print_chapters(args.html, args.out)
    except (FileNotFoundError, RuntimeError) as problem:
        print(f"error: {problem}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
