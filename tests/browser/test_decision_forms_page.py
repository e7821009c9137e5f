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
from widgets.model.run_tomorrow import should_i_run

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


RUN_PAGE = "notebooks/running-with-back-pain"
RUN_FORM = "#course-run-tomorrow"
MINUTES = ["", "0", "7.9", "8", "12", "20", "28", "30", "30.5", "300", "301", "-1", "ten"]


def test_should_i_run_tomorrow_gives_the_model_s_answer_for_every_whole_score(open_page):
    """Every whole score 0 to 10 (14,641) gives the same decision; then the whole answer, word
    for word, for decimals, bad input, minutes and leg symptoms."""
    page = open_page(RUN_PAGE)
    page.wait_for_function("window.CourseForms && window.CourseRules")
    grid = [
        (str(d), str(a), str(m), str(u), "", False)
        for d, a, m, u in itertools.product(range(11), repeat=4)
    ]
    # The browser builds the same grid itself, in the same order: 14,641 cases cross the
    # page boundary as one string, not one by one.
    decisions = page.evaluate(
        """() => { const out = [];
            for (let d = 0; d <= 10; d++) for (let a = 0; a <= 10; a++)
              for (let m = 0; m <= 10; m++) for (let u = 0; u <= 10; u++)
                out.push(window.CourseForms.shouldIRun(`${d}`, `${a}`, `${m}`, `${u}`, "", false)
                  .decision);
            return out.join("|"); }"""
    ).split("|")
    assert len(decisions) == len(grid)
    wrong = [
        f"{case[:4]}: {decision}"
        for case, decision in zip(grid, decisions)
        if decision != should_i_run(*case[:4]).decision
    ]
    assert wrong == [], f"{len(wrong)} of {len(grid)} decisions differ:\n" + "\n".join(wrong[:10])
    rng = random.Random(18)  # fixed: the same cases every run
    cases = [grid[rng.randrange(len(grid))] for _ in range(100)]
    for _ in range(300):
        scores = [str(round(rng.uniform(0, 10), 1)) for _ in range(4)]
        cases.append((*scores, rng.choice(MINUTES), rng.random() < 0.1))
    bad = ["", " ", "x", "-1", "10.5", "11", "5,5", "0"]
    cases += [(b, "1", "1", "0", "", False) for b in bad]
    cases += [("1", "1", "1", b, "", False) for b in bad]
    cases += [("1", "1", "0", "0", m, legs) for m in MINUTES for legs in (False, True)]
    cases += [(d, "1", "0", "0", m, False) for d in ("3", "6", "8") for m in MINUTES]
    answers = page.evaluate(
        """cases => cases.map(c => {
            const a = window.CourseForms.shouldIRun(...c);
            return [a.ok, window.CourseForms.answerText(a)];
        })""",
        cases,
    )
    mismatches = []
    for case, (ok, text) in zip(cases, answers):
        expected = should_i_run(*case[:5], leg_symptoms=case[5])
        if (ok, text) != (expected.ok, expected.text):
            mismatches.append(f"{case}: {text!r}")
    assert mismatches == [], f"{len(mismatches)} of {len(cases)} differ:\n" + "\n".join(
        mismatches[:10]
    )
    assert_clean(page)
