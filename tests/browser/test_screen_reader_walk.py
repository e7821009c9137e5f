"""A screen-reader user's walk through the course's tools, with the keyboard only.

Each test opens one page and, like a blind reader with a keyboard, Tabs to
each control, checks what Chromium's accessibility tree says about it (role,
name, value, state), operates it with the keys a reader would use, and checks
what the figure's live region then says (``screen_reader.Reader``). The walks
cover the mileage explorer, the exercise gallery and its player, a self-check
question, a hidden solution, the warning-signs checker and a reference round
trip. Each prints its transcript and key counts (``pytest -s``), which the
Accessibility page's description of the tests relies on.
"""

from __future__ import annotations

import re

from book_site import assert_clean
from screen_reader import LiveRegion, Reader

from widgets.bookext.figure_speech import plain_text
from widgets.model.quizzes import load_quiz
from widgets.model.risk_scenarios import BOOK_DEFAULT_INCREASE, BOOK_INCREASES, book_reading
from widgets.warning_signs import QUESTIONS, assess

MILEAGE = "notebooks/mileage-load-and-injury-risk"
EXERCISES = "notebooks/exercises-for-runners-backs"
SELF_CARE = "notebooks/self-care-and-when-to-see-a-doctor"
START = "book/start-here"
GLYPHS = re.compile(r"[\u2190-\u2bff\ue000-\uf8ff]")  # arrows, shapes, symbols, icon fonts


def _report(reader: Reader, page: str, counts: dict) -> None:
    print(f"\n{page}: keys {counts}\n{reader.told()}")


def _skip_to_main(reader: Reader) -> int:
    """Tab to the skip link and follow it; the keys it took."""
    heard, count = reader.tab_to(lambda h: h.name == "Skip to main content")
    assert heard.role == "link"
    reader.press("Enter")
    return count + 1


def _downloads_done(page) -> None:
    """Wait for plotly.js if a figure near the screen has asked for it (lazy.js)."""
    page.wait_for_function(
        "() => !document.querySelector('script[src*=\"plotly.min.js\"]')"
        " || typeof Plotly !== 'undefined'",
        timeout=15000,
    )


def _one_sentence(text: str) -> bool:
    return text.endswith(".") and text.count(". ") == 0 and len(text) < 120


def _figure_names(reader: Reader) -> tuple[str, str]:
    """The names of the group and the figure around the focused control."""
    around = reader.ancestors()
    group = next(h for h in around if h.role == "group" and h.name)
    figure = next(h for h in around if h.role == "figure")
    return group.name, figure.name


def test_mileage_explorer_speaks_its_result(open_page):
    page = open_page(MILEAGE)
    reader = Reader(page)
    fid = page.eval_on_selector(".course-plotly[data-interactive=risk-explorer]", "d => d.id")
    region = LiveRegion(reader, f"#{fid}-status")  # watched before the figure draws
    assert region.politeness == "polite"
    counts = {"skip link": _skip_to_main(reader)}
    # The long-run check's form (with its Units drop-down) comes before the explorer.
    chooser, counts["Tab to the runner chooser"] = reader.tab_to(
        lambda h: h.role == "combobox" and h.name == "Runner"
    )
    assert (chooser.name, chooser.value) == ("Runner", "Recreational runner")
    assert chooser.states["expanded"] is False
    group, figure = _figure_names(reader)
    assert _one_sentence(group) and "chooser" in group and "slider" in group, group
    assert len(figure) < 120, figure
    assert region.said() == [], "drawing the figure made its live region speak"
    start = BOOK_INCREASES.index(BOOK_DEFAULT_INCREASE)
    assert plain_text(book_reading("Recreational runner", BOOK_DEFAULT_INCREASE)) in region.now()

    # Chooser, then slider: the order they are seen in.
    slider = reader.press("Tab")
    assert (slider.role, slider.name, slider.value) == ("slider", "Longest run", start)
    assert slider.valuetext == "+50 % longer than your recent longest run"
    slider = reader.press("ArrowRight")
    increase = BOOK_INCREASES[start + 1]
    assert slider.value == start + 1 and slider.valuetext.startswith(f"{increase:+d} % longer")
    expected = plain_text(book_reading("Recreational runner", increase))
    region.wait_for(f"said => said.includes({expected!r})")
    assert "times the rate" in expected and "95 % interval" in expected
    assert " longestrun" not in " ".join(region.now())

    # Back to the chooser: Space opens it without scrolling, arrows move, Enter chooses.
    chooser = reader.press("Shift+Tab")
    assert chooser.role == "combobox"
    scrolled = page.evaluate("scrollY")
    assert reader.press("Space").states["expanded"] is True
    assert page.evaluate("scrollY") == scrolled, "Space scrolled the page"
    moved = reader.press("ArrowDown")
    assert moved.value == "Recreational, injured before" and moved.states["expanded"] is True
    chosen = reader.press("Enter")
    assert chosen.states["expanded"] is False and chosen.value == "Recreational, injured before"
    expected = plain_text(book_reading("Recreational, injured before", increase))
    region.wait_for(f"said => said.includes({expected!r})")
    # Alt+Down and Enter open it too; Escape closes it and keeps the choice.
    assert reader.press("Alt+ArrowDown").states["expanded"] is True
    reader.press("Escape")
    assert reader.press("Enter").states["expanded"] is True
    closed = reader.press("Escape")
    assert closed.states["expanded"] is False and closed.value == "Recreational, injured before"
    counts["total"] = reader.keys
    _report(reader, MILEAGE, counts)
    assert_clean(page)


def test_exercise_gallery_and_player_follow_the_picture(open_page):
    page = open_page(EXERCISES)
    reader = Reader(page)
    counts = {"skip link": _skip_to_main(reader)}
    chooser, counts["Tab to the exercise chooser"] = reader.tab_to(lambda h: h.role == "combobox")
    assert chooser.name == "Exercise" and chooser.value
    first = chooser.value
    group, _ = _figure_names(reader)
    assert _one_sentence(group) and "Play and Pause" in group, group
    fid = page.evaluate("document.activeElement.closest('.course-plotly').id")
    region = LiveRegion(reader, f"#{fid}-status")

    # Chooser, slider, Play, Pause: named without symbols, Play not pressed yet.
    slider = reader.press("Tab")
    assert slider.role == "slider" and slider.name == f"{first} frame"
    assert slider.value == 0 and slider.valuetext
    play = reader.press("Tab")
    assert (play.role, play.name, play.states.get("pressed")) == ("button", "Play", "false")
    pause = reader.press("Tab")
    assert (pause.role, pause.name) == ("button", "Pause") and "pressed" not in pause.states
    assert not GLYPHS.search(play.name + pause.name)

    # Another exercise: its title is spoken.
    for _ in range(3):
        reader.press("Shift+Tab")
    other = reader.press("ArrowDown")
    assert other.role == "combobox" and other.value != first
    region.wait_for(f"said => said.some(s => s.startsWith({other.value!r}))")
    assert _figure_names(reader)[1].startswith(other.value), "the figure kept its old name"
    slider = reader.press("Tab")
    assert slider.name == f"{other.value} frame" and slider.value == 0
    last_step = slider.states["valuemax"]

    # Play: pressed while it plays; each phase is spoken once as it starts. The test
    # notes the slider step of each whole picture shown, as plotly animates.
    page.evaluate(
        """id => { const d = document.getElementById(id); window.__shownStep = 0;
          d.on('plotly_animatingframe', e => {
            const slider = d.layout.sliders.find(s => s.visible !== false);
            const k = slider.steps.findIndex(s => s.args[0][0] === e.name);
            if (k >= 0) window.__shownStep = k;
          }); }""",
        fid,
    )
    play = reader.press("Tab")
    reader.press("Enter")
    page.wait_for_function(
        "() => document.activeElement.getAttribute('aria-pressed') === 'true'", timeout=5000
    )
    assert reader.focused().states["pressed"] == "true"
    region.wait_for("said => said.filter(s => s.includes(' — ')).length >= 2", timeout_ms=15000)
    # During Play the slider's value follows the picture, not only after Pause: while Play
    # is pressed, it comes to name the phase being spoken (slider steps are every other frame,
    # so the two agree once the next step's frame is shown).
    page.wait_for_function(
        """id => { const slider = document.querySelector(`#${id} [role=slider]`);
          const phase = document.querySelector(`#${id}-status [data-part=phase]`);
          const play = document.querySelector(`#${id} [data-course-play]`);
          return play.getAttribute('aria-pressed') === 'true' && phase &&
            Number(slider.getAttribute('aria-valuenow')) > 0 &&
            slider.getAttribute('aria-valuetext').startsWith(phase.textContent.split(' — ')[0]); }""",
        arg=fid,
        timeout=10000,
    )
    playing_at = reader.node(f"document.querySelector('#{fid} [role=slider]')")
    assert playing_at.value > 0 and playing_at.valuetext, playing_at
    pause = reader.press("Tab")
    reader.press("Enter")
    page.wait_for_function(
        "() => document.querySelector('[data-course-play]:not([hidden])') &&"
        " [...document.querySelectorAll('[data-course-play]')]"
        ".every(b => b.getAttribute('aria-pressed') === 'false')",
        timeout=5000,
    )
    phases = [s for s in region.said() if " — " in s]
    raw = page.evaluate("window.__saidByRegion").copy()
    assert all(a != b for a, b in zip(raw, raw[1:])), f"a phase was spoken twice: {raw}"
    assert len(phases) >= 2

    # After Pause the slider says the picture shown, and the next step follows it.
    slider = reader.press("Shift+Tab")
    slider = reader.press("Shift+Tab")
    assert slider.role == "slider"
    shown = page.evaluate("window.__shownStep")
    assert slider.value == shown and shown > 0, (slider.value, shown)
    # The phase spoken last, or the one before if Pause came on the frame that starts it
    # (slider steps are every other frame).
    labels = [phase.split(" — ")[0] for phase in phases[-2:]]
    assert any(slider.valuetext.startswith(label) for label in labels), (slider.valuetext, phases)
    if shown < last_step:
        assert reader.press("ArrowRight").value == shown + 1
    counts["total"] = reader.keys
    print(f"  phases spoken: {phases}")
    _report(reader, EXERCISES, counts)
    assert_clean(page)


def test_quiz_solution_and_checker_on_the_self_care_page(open_page):
    page = open_page(SELF_CARE)
    reader = Reader(page)
    counts = {"skip link": _skip_to_main(reader)}
    quiz = next(q for q in load_quiz(SELF_CARE.split("/")[1]).questions if q.kind == "choice")
    right = next(o for o in quiz.options if o.correct)

    # A self-check question: a radio group in a fieldset; Check gives spoken feedback.
    radio, counts["Tab to the first question"] = reader.tab_to(lambda h: h.role == "radio")
    assert radio.name == quiz.options[0].text
    for _ in quiz.options[1:]:
        radio = reader.press("ArrowDown")
        if radio.name == right.text:
            break
    assert radio.states.get("checked") == "true", radio
    check = reader.press("Tab")
    assert (check.role, check.name) == ("button", "Check")
    reader.press("Enter")
    feedback = f"#quiz-{SELF_CARE.split('/')[1]}-{quiz.id}-feedback"
    page.wait_for_function(f"() => document.querySelector({feedback!r}).textContent.trim()")
    said = " ".join(reader.text_of(feedback))
    assert said.startswith("Right."), said
    assert page.eval_on_selector(feedback, "e => e.getAttribute('aria-live')") == "polite"

    # A hidden solution: named for its exercise, the name is the visible text.
    toggle, counts["Tab on to the first solution"] = reader.tab_to(
        lambda h: h.role == "button" and h.name.startswith("Show solution to")
    )
    visible = page.evaluate(
        "() => getComputedStyle(document.activeElement, '::before').content.replace(/^\"|\"$/g, '')"
    )
    assert toggle.name == visible and re.fullmatch(r"Show solution to Exercise \d+", visible)
    assert toggle.states["expanded"] is False
    opened = reader.press("Enter")
    assert opened.states["expanded"] is True
    assert opened.name == toggle.name.replace("Show", "Hide", 1)

    # The warning-signs checker: full questions as names, a polite result.
    box, counts["Tab on to the checker"] = reader.tab_to(lambda h: h.role == "checkbox")
    assert box.name == QUESTIONS[0].text and box.states["checked"] == "false"
    ticked = reader.press("Space")
    assert ticked.states["checked"] == "true"
    expected = assess({QUESTIONS[0].key: True}).lines()
    said = reader.text_of(".course-warning-signs-checker-result")
    assert [line for line in said if line.strip()][:2] == expected[:2], said
    counts["total"] = reader.keys
    _report(reader, SELF_CARE, counts)
    assert_clean(page)


def test_a_reference_and_back_keeps_the_reader_s_place(open_page):
    page = open_page(START)
    reader = Reader(page)
    counts = {"skip link": _skip_to_main(reader)}
    cite, counts["Tab to the first citation"] = reader.tab_to(
        lambda h: h.role == "link" and bool(re.search(r"\b(19|20)\d\d$", h.name))
    )
    href = page.evaluate("document.activeElement.getAttribute('href')")
    _downloads_done(page)  # leaving mid-download would count as a failed request
    reader.follow("Enter", re.compile(r"references\.html#"))
    target = href.split("#")[1]

    # The references are a list; the entry lists where it is cited, this page first.
    assert page.evaluate("document.querySelector('.citation-list').getAttribute('role')") == "list"
    entries = page.evaluate("document.querySelectorAll('.citation-list > [role=listitem]').length")
    assert entries == page.evaluate("document.querySelectorAll('.citation').length") > 50
    back_links = page.evaluate(
        "id => [...document.getElementById(id).querySelectorAll('.course-cited-in a')]"
        ".map(a => a.getAttribute('href'))",
        target,
    )
    assert any(link.startswith("start-here.html#") for link in back_links), back_links
    link, counts["Tab to the entry's link back"] = reader.tab_to(
        lambda h: (
            h.role == "link"
            and h.name == "Start here"
            and page.evaluate("!!document.activeElement.closest('.course-cited-in')")
        ),
        limit=8,
    )

    # Back (the browser's button): focus is on the citation followed, not the page's top.
    page.go_back(wait_until="load")
    page.wait_for_url(re.compile(r"start-here\.html"), wait_until="load")
    page.wait_for_function("() => document.activeElement !== document.body", timeout=5000)
    _downloads_done(page)
    back = reader.focused()
    assert (back.role, back.name) == ("link", cite.name), back
    assert page.evaluate("document.activeElement.getAttribute('href')") == href

    # Forward again, then the entry's link back: focus lands on the citation itself.
    page.go_forward(wait_until="load")
    page.wait_for_url(re.compile(r"references\.html#"), wait_until="load")
    focus_back = page.locator(f"#{target} .course-cited-in a", has_text="Start here").first
    focus_back.focus()
    reader.follow("Enter", re.compile(r"start-here\.html#"))
    page.wait_for_function("() => document.activeElement.closest('.bibtex-citation')")
    arrived = reader.focused()
    assert arrived.role == "link" and re.search(r"\d{4}$", arrived.name), arrived
    counts["total"] = reader.keys
    _report(reader, START, counts)
    _downloads_done(page)  # closing mid-download would count as a failure
    assert_clean(page)


NAMED_ROLES = {"link", "button", "combobox", "slider", "checkbox", "radio", "DisclosureTriangle"}


def test_the_page_s_own_controls_show_focus_and_say_plain_names(open_page):
    page = open_page(START)
    reader = Reader(page)
    counts = {"skip link": _skip_to_main(reader)}

    # The header's toolbar (sidebar, source repositories, download...): a ring on each.
    rings = []
    while True:
        heard = reader.press("Tab")
        if not page.evaluate("!!document.activeElement.closest('.bd-header-article')"):
            break
        style = page.evaluate(
            "() => { const s = getComputedStyle(document.activeElement);"
            " return [s.outlineStyle, parseFloat(s.outlineWidth)]; }"
        )
        rings.append((heard.name, style))
    assert len(rings) >= 3, rings
    assert all(s != "none" and w >= 2 for _, (s, w) in rings), rings
    counts["toolbar buttons"] = len(rings)

    # Every control's name: no icon glyphs; one search button on the page.
    controls = reader.everything(NAMED_ROLES)
    assert len(controls) > 30
    glyphs = [str(c) for c in controls if GLYPHS.search(c.name)]
    assert glyphs == [], glyphs
    searches = [c for c in controls if c.role == "button" and c.name.startswith("Search")]
    assert len(searches) == 1, searches

    # The chapter list under "What the course covers" is a level below it.
    levels = page.evaluate(
        """() => [...document.querySelectorAll('main h2, main [role=heading]')]
             .map(h => [[...h.childNodes].filter(n => !n.classList?.contains('headerlink'))
                    .map(n => n.textContent).join('').trim(),
                  Number(h.getAttribute('aria-level') || 2)])"""
    )
    covers = next(i for i, (text, _) in enumerate(levels) if text == "What the course covers")
    assert levels[covers + 1] == ["Chapters", 3], levels
    _report(reader, START, counts)
    assert_clean(page)
