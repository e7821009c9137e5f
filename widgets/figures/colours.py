"""The course's colours: the Okabe-Ito palette and the colour of each warning level.

Plain constants (no plotly), so the HTML boxes, the live checker and the book's
stylesheet share them. The stylesheet's level colours are written from
:data:`WARNING_LEVEL_COLOURS` when the book is built (``widgets.bookext``), and
``tests/test_one_home.py`` checks the copy in ``course.css``.
"""

from __future__ import annotations

# Okabe & Ito's palette, distinguishable with the common kinds of colour blindness.
OKABE_ITO = {
    "orange": "#E69F00",
    "sky_blue": "#56B4E9",
    "bluish_green": "#009E73",
    "yellow": "#F0E442",
    "blue": "#0072B2",
    "vermillion": "#D55E00",
    "reddish_purple": "#CC79A7",
    "black": "#000000",
}
# The border of a warning-signs box or a checker result, by urgency (widgets.model.warning_signs_checker).
WARNING_LEVEL_COLOURS = {
    "emergency": OKABE_ITO["vermillion"],
    "urgent": OKABE_ITO["orange"],
    "soon": OKABE_ITO["blue"],
    "self_care": OKABE_ITO["bluish_green"],
}
CSS_BEGIN = "/* BEGIN level colours: written from widgets/figures/colours.py; do not edit */"
CSS_END = "/* END level colours */"


def level_colours_css() -> str:
    """The stylesheet rules that colour a checker result by its level.

    Returns
    -------
    str
        CSS rules, between the ``CSS_BEGIN`` and ``CSS_END`` comments.
    """
    rules = [CSS_BEGIN]
    # The plain result first; a result with a data-level overrides it.
    for level, colour in sorted(WARNING_LEVEL_COLOURS.items(), key=lambda i: i[0] != "self_care"):
        selector = (
            ".course-warning-signs-checker-result"
            if level == "self_care"
            else f'.course-warning-signs-checker-result[data-level="{level}"]'
        )
        rules.append(f"{selector} {{ border-left-color: {colour}; }}")
    rules.append(CSS_END)
    return "\n".join(rules)


def with_level_colours(css: str) -> str:
    """``css`` with its level-colours block written afresh from :data:`WARNING_LEVEL_COLOURS`.

    Parameters
    ----------
    css : str
        A stylesheet holding one block from ``CSS_BEGIN`` to ``CSS_END``.

    Returns
    -------
    str
        The stylesheet with that block replaced.
    """
    start = css.index(CSS_BEGIN)
    end = css.index(CSS_END, start) + len(CSS_END)
    return css[:start] + level_colours_css() + css[end:]
