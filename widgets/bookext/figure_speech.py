"""What an interactive figure says to a screen reader, and how its keys are described.

A figure with controls gets a one-sentence name for its controls (read when
focus enters it), a polite live region outside the drawing that holds its
result (``js/status.js`` rewrites a part when a control changes it), and a
note in its text description on the keys that work. The long description
stays in the text description.
"""

from __future__ import annotations

import html
import re


def plain_text(text) -> str:
    """Return plotly text as a reader sees it: no markup, ``<br>`` as a space, one line.

    The same rule as ``plain()`` in ``js/status.js``, which rewrites the
    figure's spoken result in the browser: the two must agree, or a figure
    would announce an unchanged result when it draws.

    Parameters
    ----------
    text : str or None
        Plotly text, which may hold ``<br>``, ``<b>`` and character entities.

    Returns
    -------
    str
        The text without markup; empty for None.
    """
    text = re.sub(r"<br\s*/?>", " ", "" if text is None else str(text), flags=re.IGNORECASE)
    return re.sub(r"\s+", " ", html.unescape(re.sub(r"<[^>]*>", "", text))).strip()


def plain_title(layout: dict) -> str:
    """Return a figure's title as plain text.

    Parameters
    ----------
    layout : dict
        The figure's plotly layout; its title may hold ``<br>`` and ``<b>``.

    Returns
    -------
    str
        The title without markup, on one line; empty if it has none.
    """
    title = layout.get("title") or {}
    return plain_text(title.get("text", "") if isinstance(title, dict) else title)


RESULT_NAME = re.compile(r"^result\b")


def result_parts(layout: dict) -> list[tuple[str, str]]:
    """Return what a figure with controls says when they change, part by part.

    The title, then each annotation whose ``name`` starts with ``result``
    (hidden ones as empty text). ``js/status.js`` keeps the same parts in the
    figure's live region and rewrites a part when a control changes it.

    Parameters
    ----------
    layout : dict
        The figure's plotly layout.

    Returns
    -------
    list of (str, str)
        ``(key, text)`` pairs: ``("title", …)``, then ``("annotation-N", …)``.
    """
    parts = [("title", plain_title(layout))]
    for index, note in enumerate(layout.get("annotations") or []):
        if RESULT_NAME.match(str(note.get("name") or "")):
            shown = note.get("visible", True) is not False
            parts.append((f"annotation-{index}", plain_text(note.get("text")) if shown else ""))
    return parts


def status_html(figure_id: str, layout: dict) -> str:
    """Write a figure's live region: its result, read aloud when a control changes it.

    Visually hidden: the figure itself shows the same text. It sits outside the
    drawing, where the words are spaced as written.

    Parameters
    ----------
    figure_id : str
        The figure's HTML id; the region's is ``{figure_id}-status``.
    layout : dict
        The figure's plotly layout (see ``result_parts``).

    Returns
    -------
    str
        A ``<div aria-live="polite">`` with one paragraph per part.
    """
    paragraphs = "".join(
        f'<p data-part="{key}">{html.escape(text)}</p>' for key, text in result_parts(layout)
    )
    return (
        f'<div class="course-figure-status visually-hidden" id="{figure_id}-status" '
        f'aria-live="polite">{paragraphs}</div>'
    )


def _visible(items) -> list[dict]:
    return [item for item in items or [] if item.get("visible", True) is not False]


def _is_player(menu: dict) -> bool:
    buttons = menu.get("buttons") or []
    return bool(buttons) and all(button.get("method") == "animate" for button in buttons)


def _count(number: int, noun: str) -> str:
    words = {1: "a", 2: "two", 3: "three", 4: "four"}
    return f"{words.get(number, str(number))} {noun}{'' if number == 1 else 's'}"


def _join(items: list[str]) -> str:
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + " and " + items[-1]


def control_kinds(layout: dict) -> dict[str, int]:
    """Count the controls a figure shows when it is first drawn, by kind.

    Parameters
    ----------
    layout : dict
        The figure's plotly layout.

    Returns
    -------
    dict of str to int
        How many ``chooser`` (drop-downs), ``buttons`` (rows of buttons),
        ``player`` (Play and Pause rows) and ``slider`` it shows.
    """
    menus = _visible(layout.get("updatemenus"))
    players = [menu for menu in menus if menu.get("type") == "buttons" and _is_player(menu)]
    return {
        "chooser": sum(1 for menu in menus if menu.get("type", "dropdown") == "dropdown"),
        "buttons": sum(1 for menu in menus if menu.get("type") == "buttons") - len(players),
        "player": len(players),
        "slider": len(_visible(layout.get("sliders"))),
    }


def group_label(layout: dict) -> str:
    """Name an interactive figure's controls in one sentence, read when focus enters it.

    Parameters
    ----------
    layout : dict
        The figure's plotly layout.

    Returns
    -------
    str
        E.g. "Interactive figure with a chooser and a slider."
    """
    kinds = control_kinds(layout)
    names = {
        "chooser": _count(kinds["chooser"], "chooser"),
        "buttons": "buttons" if kinds["buttons"] else "",
        "player": "Play and Pause" if kinds["player"] else "",
        "slider": _count(kinds["slider"], "slider"),
    }
    parts = [names[kind] for kind in ("chooser", "buttons", "player", "slider") if kinds[kind]]
    return f"Interactive figure with {_join(parts)}." if parts else "Interactive figure."


def keyboard_note(layout: dict) -> str:
    """Say how the figure's controls work from the keyboard: what really works.

    Parameters
    ----------
    layout : dict
        The figure's plotly layout.

    Returns
    -------
    str
        Sentences for the figure's text description; empty without controls.
    """
    kinds = control_kinds(layout)
    sentences = []
    if kinds["chooser"]:
        sentences.append(
            "Open a chooser with Enter, Space or Alt and Down arrow, move with the arrow "
            "keys and choose with Enter; Escape closes it."
        )
    if kinds["buttons"] or kinds["player"]:
        sentences.append("Press a button with Enter or Space.")
    if kinds["slider"]:
        sentences.append("Move a slider with the arrow keys, Home and End.")
    if not sentences:
        return ""
    return "With the keyboard, Tab reaches each control. " + " ".join(sentences)
