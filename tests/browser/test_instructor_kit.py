"""Self-check questions and exercise solutions in the built book, mouse and keyboard."""

from __future__ import annotations

import pytest
from book_site import DESKTOP, PHONE, assert_clean, toc_docnames
from page_events import open_recorded

from widgets.model.quizzes import load_quiz, quiz_stems, round_half_up

QUIZ_PAGES = [name for name in toc_docnames() if name.split("/")[-1] in quiz_stems()]


@pytest.fixture(scope="module")
def chapter(browser, server):
    """Open a chapter once for this module's tests: ``chapter("notebooks/...")``.

    The quiz and the solutions are separate parts of the page, so the tests of
    one do not change what the tests of the other see.
    """
    context = browser.new_context(viewport=DESKTOP)
    pages = {}

    def _open(docname: str):
        if docname not in pages:
            pages[docname] = open_recorded(context, server.url(docname))
        return pages[docname]

    yield _open
    context.close()


def _feedback(page, stem, question):
    return page.locator(f"#quiz-{stem}-{question.id}-feedback")


@pytest.mark.parametrize("docname", QUIZ_PAGES)
def test_every_answer_gives_its_own_feedback(chapter, docname):
    stem = docname.split("/")[-1]
    page = chapter(docname)
    quiz = load_quiz(stem)
    assert page.locator(f'[data-course-quiz="{stem}"] form').count() == len(quiz.questions)
    for question in quiz.questions:
        form = page.locator(f"#quiz-{stem}-{question.id}")
        feedback = _feedback(page, stem, question)
        assert feedback.inner_text() == ""
        assert feedback.get_attribute("aria-live") == "polite"
        if question.kind == "choice":
            for index, option in enumerate(question.options):
                form.locator(f"label[for='quiz-{stem}-{question.id}-{index}']").click()
                form.get_by_role("button", name="Check").click()
                text = feedback.inner_text()
                assert option.feedback in text and question.citation in text, text
        else:
            box = form.locator("input[type=number]")
            # The answer as given, and as a reader would round it, all count (as in Python).
            for value in (question.answer, *question.roundings):
                box.fill(f"{value:g}")
                form.get_by_role("button", name="Check").click()
                assert question.feedback_correct in feedback.inner_text(), value
            if question.round_to > 0:  # rounded further than the question allows
                coarse = round_half_up(question.answer, question.round_to - 1)
                assert not question.is_right(coarse)
                box.fill(f"{coarse:g}")
                form.get_by_role("button", name="Check").click()
                assert question.feedback_wrong in feedback.inner_text(), coarse
            box.fill(repr(question.answer + 10 * question.tolerance + 1))
            form.get_by_role("button", name="Check").click()
            assert question.feedback_wrong in feedback.inner_text()
    assert_clean(page)


@pytest.mark.parametrize("docname", QUIZ_PAGES[:1])
def test_a_question_works_with_the_keyboard_alone(open_page, docname):
    stem = docname.split("/")[-1]
    page = open_page(docname, viewport=PHONE)
    question = next(q for q in load_quiz(stem).questions if q.kind == "choice")
    page.locator(f"#quiz-{stem}-{question.id}-0").focus()
    page.keyboard.press("Space")  # choose the first option
    page.keyboard.press("ArrowDown")  # move to, and choose, the second
    page.keyboard.press("Tab")
    focused = page.evaluate("document.activeElement.textContent")
    assert focused == "Check"
    page.keyboard.press("Enter")
    assert question.options[1].feedback in _feedback(page, stem, question).inner_text()
    # Without an answer, the reader is told to choose one.
    other = next(q for q in load_quiz(stem).questions if q.kind == "choice" and q.id != question.id)
    page.locator(f"#quiz-{stem}-{other.id} button").focus()
    page.keyboard.press("Enter")
    assert "Choose an answer first" in _feedback(page, stem, other).inner_text()
    assert_clean(page)


@pytest.mark.parametrize("docname", QUIZ_PAGES)
def test_a_solution_is_hidden_until_opened(chapter, docname):
    page = chapter(docname)
    solutions = page.locator(".solution")
    assert solutions.count() >= 2
    first = solutions.first
    body = first.locator(".admonition-title ~ *").first
    assert not body.is_visible()
    first.locator("button.toggle-button").focus()
    page.keyboard.press("Enter")
    body.wait_for(state="visible", timeout=5000)
    assert body.is_visible()
    # Exercises are numbered and their solutions link back to them.
    assert page.locator(".exercise").first.inner_text().startswith("Exercise")
    assert first.locator("a[href^='#']").count() >= 1
    assert_clean(page)


def test_pages_without_questions_do_not_load_the_quiz_script(open_page):
    page = open_page("book/start-here")
    assert page.locator("script[src*='course-quiz.js']").count() == 0
    assert_clean(page)
