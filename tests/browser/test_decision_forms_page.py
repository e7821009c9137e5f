"""The decision forms in the built book: the browser gives the Python model's answers.

``course-forms.js`` applies the rule tables generated from the Python models
(``widgets.bookext.rule_tables``). Here it is run on a grid of typed inputs,
good and bad, in km and miles, and every answer must equal the Python one,
word for word. Then the form is used as a reader would: typing, and the
phone keyboard's Next key.
"""

from __future__ import annotations

import itertools
import random

from book_site import PHONE, assert_clean
from page_events import open_recorded

from widgets.model.long_run_check import check_long_run

PAGE = "notebooks/mileage-load-and-injury-risk"
FORM = "#course-long-run"
TYPED = [
    "",
    " ",
    "ten",
    "1.2.3",
    "-1",
    "0",
    "0,5",
    "0.99",
    "1",
    "3",
    "3.3",
    "5",
    "7.5",
    "9.09",
    "10",
    "11",
    "12",
    "12,5",
    "13.2",
    "15",
    "16",
    "20",
    "20.5",
    "42.2",
    "100",
    "248.5",
    "248.6",
    "400",
    "400.1",
    "1e3",
]


def _grid() -> list[tuple[str, str, str]]:
    cases = [(a, b, unit) for a, b in itertools.product(TYPED, TYPED) for unit in ("km", "mi")]
    rng = random.Random(20)  # fixed: the same cases every run
    for _ in range(400):
        longest = round(rng.uniform(1, 60), rng.choice((0, 1, 2)))
        planned = round(longest * rng.uniform(0.5, 3.5), rng.choice((0, 1, 2)))
        cases.append((str(longest), str(planned), rng.choice(("km", "mi"))))
    return cases


def test_the_browser_and_python_give_the_same_answer_for_every_input(open_page):
    page = open_page(PAGE)
    page.wait_for_function("window.CourseForms && window.CourseRules")
    cases = _grid()
    browser_answers = page.evaluate(
        "cases => cases.map(([a, b, u]) => window.CourseForms.checkLongRun(a, b, u))", cases
    )
    mismatches = []
    for (longest, planned, unit), answer in zip(cases, browser_answers):
        expected = check_long_run(longest, planned, unit)
        if (answer["ok"], answer["text"]) != (expected.ok, expected.text):
            mismatches.append(f"{longest!r} -> {planned!r} {unit}: {answer['text']!r}")
        elif expected.ok and answer["steps"] != list(expected.steps):
            mismatches.append(f"{longest!r} -> {planned!r} {unit}: steps {answer['steps']}")
    assert mismatches == [], f"{len(mismatches)} of {len(cases)} differ:\n" + "\n".join(
        mismatches[:20]
    )
    assert_clean(page)


def test_typing_on_a_phone_gives_the_answer_in_the_status_region(browser, server):
    context = browser.new_context(viewport=PHONE, has_touch=True, is_mobile=True)
    try:
        page = open_recorded(context, server.url(PAGE) + "#mileage-long-run-check")
        result = page.locator(f"{FORM} [role=status]")
        page.locator(f"{FORM} input[name=longest]").tap()
        page.keyboard.type("12")
        page.keyboard.press("Enter")  # the keyboard's Next key
        assert page.evaluate("document.activeElement.name") == "planned"
        page.keyboard.type("16")
        page.keyboard.press("Enter")  # Done: the keyboard closes
        assert page.evaluate("document.activeElement.tagName") != "INPUT"
        assert result.inner_text() == check_long_run("12", "16").text
        page.locator(f"{FORM} select[name=unit]").select_option("mi")
        assert result.inner_text() == check_long_run("12", "16", "mi").text
        assert page.locator(f"{FORM} .course-form-unit").first.inner_text() == "miles"
        page.locator(f"{FORM} input[name=planned]").fill("sixteen")
        assert result.inner_text().startswith("“sixteen” is not a number")
        assert result.get_attribute("data-state") == "message"
        assert_clean(page)
    finally:
        context.close()
