"""make pdf: one PDF per chapter and edition, with its title, drawn figures and the right solutions."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
from pathlib import Path

import pytest
from book_site import REPO

from widgets.bookext.figure_data import figure_payloads
from widgets.classroom.pdf import EDITIONS, chapter_pages, print_chapters

PAGES = chapter_pages()
pytestmark = pytest.mark.skipif(
    shutil.which("pdftotext") is None or shutil.which("pdftoppm") is None,
    reason="needs poppler-utils (apt-get install poppler-utils)",
)


def pdf_text(path: Path, page: int | None = None) -> str:
    pages = ["-f", str(page), "-l", str(page)] if page else []
    return subprocess.run(
        ["pdftotext", "-layout", *pages, str(path), "-"], check=True, capture_output=True, text=True
    ).stdout


def page_count(path: Path) -> int:
    info = subprocess.run(["pdfinfo", str(path)], check=True, capture_output=True, text=True).stdout
    return int(re.search(r"^Pages:\s+(\d+)", info, flags=re.M).group(1))


DPI = 40


def word_top(path: Path, page: int, word: str) -> float:
    """Where ``word`` starts on ``page``, in points from the top."""
    html = subprocess.run(
        ["pdftotext", "-bbox", "-f", str(page), "-l", str(page), str(path), "-"],
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    match = re.search(rf'<word xMin="[\d.]+" yMin="([\d.]+)"[^>]*>{re.escape(word)}</word>', html)
    assert match, f"{word!r} not on page {page}"
    return float(match.group(1))


def ink_share(path: Path, page: int, top_pt: float, height_pt: float = 300) -> float:
    """The share of non-white pixels in a band of the page below ``top_pt``."""
    ppm = subprocess.run(
        ["pdftoppm", "-r", str(DPI), "-f", str(page), "-l", str(page), str(path)],
        check=True,
        capture_output=True,
    ).stdout
    header = re.match(rb"P6\s+(\d+)\s+(\d+)\s+255\s", ppm)
    width, height = int(header.group(1)), int(header.group(2))
    data = ppm[header.end() :]
    first = int(top_pt * DPI / 72) * width * 3
    last = min(height, int((top_pt + height_pt) * DPI / 72)) * width * 3
    band = data[first:last]
    return sum(1 for value in band if value < 235) / max(len(band), 1)


def plain(text: str) -> str:
    """Words with typographic quotes made straight, as the book's smart quotes print them."""
    text = text.translate(
        str.maketrans({"\u2018": "'", "\u2019": "'", "\u201c": '"', "\u201d": '"'})
    )
    return " ".join(text.split())


def chapter_title(docname: str) -> str:
    cells = json.loads((REPO / f"{docname}.ipynb").read_text(encoding="utf-8"))["cells"]
    return plain("".join(cells[0]["source"]).splitlines()[0].lstrip("# "))


def _words(text) -> str:
    if isinstance(text, dict):
        text = text.get("text", "")
    return " ".join(re.sub(r"<[^>]+>", " ", text or "").split())


def figure_texts(html: Path) -> list[tuple[str, list[str]]]:
    """Per figure: the first words of its title and its axis titles.

    Plotly writes these into the page's SVG when it draws the figure; the figure's
    JSON (in the page or in its own script) is never printed, so finding them in the PDF means the figure drew.
    """
    figures = []
    for figure in figure_payloads(html).values():
        layout = figure.get("layout", {})
        title = " ".join(_words(layout.get("title")).split()[:4])
        axes = [
            _words(value.get("title"))
            for key, value in layout.items()
            if re.fullmatch(r"[xy]axis\d*", key) and isinstance(value, dict)
        ]
        figures.append((title, [a.split()[0] for a in axes if a]))
    return figures


# Every chapter in the full editions; the short student edition (which only hides the text
# descriptions) for one chapter with figures, to keep the test run short.
FULL_EDITIONS = ("student", "instructor")
SHORT_PAGE = "notebooks/mileage-load-and-injury-risk"


@pytest.fixture(scope="module")
def printed(book_root, browser, tmp_path_factory):
    out = tmp_path_factory.mktemp("pdf")
    print_chapters(book_root, out, editions=FULL_EDITIONS, browser=browser)
    print_chapters(book_root, out, editions=("student-short",), pages=[SHORT_PAGE], browser=browser)
    return out


def test_one_pdf_per_chapter_and_edition(printed):
    assert set(EDITIONS) == {*FULL_EDITIONS, "student-short"}
    for edition in FULL_EDITIONS:
        assert sorted(p.stem for p in (printed / edition).glob("*.pdf")) == sorted(
            Path(d).name for d in PAGES
        )


def pdf_links(path: Path) -> list[str]:
    info = subprocess.run(
        ["pdfinfo", "-url", str(path)], check=True, capture_output=True, text=True
    )
    return [line.split()[-1] for line in info.stdout.splitlines()[1:] if line.strip()]


@pytest.mark.parametrize("docname", PAGES)
def test_links_go_to_the_published_book_and_the_first_page_prints_it(printed, docname):
    from widgets.data.published import book_url

    for edition in FULL_EDITIONS:
        pdf = printed / edition / f"{Path(docname).name}.pdf"
        links = pdf_links(pdf)
        assert links, f"{edition}: no links at all"
        assert not [u for u in links if "127.0.0.1" in u or "localhost" in u]
        assert all(u.startswith(("https://", "mailto:")) for u in links), links
        assert any(u.startswith(book_url()) for u in links)
        first = " ".join(pdf_text(pdf, 1).split())
        assert f"online at {book_url()}" in first
        assert f"{book_url()}{docname}.html" in first.replace(" ", "")[:2000] or (
            f"{docname}.html" in first.replace(" ", "")
        )


@pytest.mark.parametrize("docname", PAGES)
def test_each_chapter_ends_with_the_sources_it_cites(printed, book_root, docname):
    html = (book_root / f"{docname}.html").read_text(encoding="utf-8")
    cited = set(re.findall(r'href="[^"]*references\.html#(id\d+)"', html))
    assert cited
    references = (book_root / "book" / "references.html").read_text(encoding="utf-8")
    text = plain(pdf_text(printed / "student" / f"{Path(docname).name}.pdf"))
    tail = text[text.rindex("References") :]
    for ident in cited:
        entry = re.search(
            rf'<div class="citation" id="{ident}"[^>]*>.*?<p>(.*?)</p>', references, re.S
        )
        words = plain(re.sub(r"<[^>]+>", "", entry.group(1))).split()[:4]
        assert " ".join(words) in tail, f"{ident}: {' '.join(words)!r} not in the list"


def test_the_instructor_edition_marks_every_correct_option(printed):
    from widgets.classroom.pdf import CORRECT_MARK
    from widgets.model.quizzes import load_quiz

    for docname in PAGES:
        stem = Path(docname).name
        quiz = load_quiz(stem)
        text = plain(pdf_text(printed / "instructor" / f"{stem}.pdf"))
        student = plain(pdf_text(printed / "student" / f"{stem}.pdf"))
        assert CORRECT_MARK not in student
        assert text.count(CORRECT_MARK) == len(quiz.questions), stem
        for question in quiz.questions:
            if question.kind == "choice":
                right = plain(question.options[question.correct_index].text)
                assert f"{right} {CORRECT_MARK}" in text, (stem, question.id)
            else:
                assert f"Correct answer: {question.answer!r}" in text, (stem, question.id)
                if question.roundings:  # the coarsest rounding a reader may give counts too
                    assert f"or {question.roundings[0]:g} rounded) {CORRECT_MARK}" in text, stem


def test_code_output_wraps_at_the_margin(printed):
    """The mileage exercise prints long lines; every word of them is on the page."""
    text = plain(pdf_text(printed / "instructor" / "mileage-load-and-injury-risk.pdf"))
    assert "not back pain, not a personal chance" in text


def test_the_short_edition_leaves_out_the_text_descriptions(printed):
    name = Path(SHORT_PAGE).name
    full = printed / "student" / f"{name}.pdf"
    short = printed / "student-short" / f"{name}.pdf"
    assert "Text description and data" in plain(pdf_text(full))
    assert "Text description and data" not in plain(pdf_text(short))
    assert page_count(short) < page_count(full)


@pytest.mark.parametrize("docname", PAGES)
def test_pdf_has_the_title_and_drawn_figures(printed, book_root, docname):
    figures = figure_texts(book_root / f"{docname}.html")
    titles = [title for title, _ in figures if title]
    for edition in FULL_EDITIONS:
        pdf = printed / edition / f"{Path(docname).name}.pdf"
        text = plain(pdf_text(pdf))
        assert chapter_title(docname) in text
        # No navigation: no search box, skip link or list of the page's contents.
        assert "Search Ctrl" not in text and "Skip to main content" not in text
        assert not text.startswith(f"{chapter_title(docname)} Contents")
        for title, axes in figures:
            title = plain(title)
            assert title in text, f"{edition}: figure titled {title!r} not drawn in the PDF"
            assert all(plain(axis) in text for axis in axes), (
                f"{edition}: axes of {title!r} not drawn"
            )
        if titles:
            pages = pdf_text(pdf).split("\f")  # pdftotext ends each page with a form feed
            assert len(pages) - 1 == page_count(pdf)
            page = 1 + next(i for i, words in enumerate(pages) if plain(titles[0]) in plain(words))
            share = ink_share(pdf, page, word_top(pdf, page, titles[0].split()[0]))
            # The drawn text above proves plotly drew; this checks the figure area is not blank
            # (a sparse figure, such as a stick figure on white, inks about 4 % of the band).
            assert share > 0.02, f"{edition}: page {page} shows no drawn figure ({share:.1%})"


@pytest.mark.parametrize("docname", PAGES)
def test_solutions_only_in_the_instructor_edition(printed, docname):
    name = Path(docname).name
    instructor = " ".join(pdf_text(printed / "instructor" / f"{name}.pdf").split())
    student = " ".join(pdf_text(printed / "student" / f"{name}.pdf").split())
    assert "Exercise" in student and "Exercise" in instructor
    assert "Solution to" in instructor and "Solution to" not in student
    assert "Answer:" in instructor and "Answer:" not in student


def test_the_figure_check_has_figures_to_check(book_root):
    assert any(figure_texts(book_root / f"{docname}.html") for docname in PAGES)
