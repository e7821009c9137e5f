"""Text of the myth self-check's panels: the claim above the chart, the verdict below.

Plotly never wraps text, so each panel is broken into lines short enough for
a phone screen. The figure (``widgets.figures.myths``) places these panels and
the book's menus swap them.
"""

from __future__ import annotations

from widgets.figures.style import OKABE_ITO
from widgets.figures.text_layout import wrap
from widgets.model.myths import Myth, feedback

CATEGORY_COLOURS = {
    "myth": OKABE_ITO["vermillion"],
    "partly": OKABE_ITO["orange"],
    "supported": OKABE_ITO["bluish_green"],
}
WRAP_CHARS = 40
# Bold text is wider; the claim's quotation marks add a little too.
CLAIM_HEADING_WRAP_CHARS = 34
CLAIM_WRAP_CHARS = 38
PROMPT = "Choose your answer above.<br>The verdict and its source appear here."


def row_label(index: int, myth: Myth) -> str:
    """A claim's numbered short name, as the drop-down and hover text show it.

    Parameters
    ----------
    index : int
        The claim's position in the data file, from 0.
    myth : Myth
        The claim.

    Returns
    -------
    str
        For example "1. Running causes back pain".
    """
    return f"{index + 1}. {myth.short}"


def claim_text(index: int, myth: Myth) -> str:
    """The claim as the article put it, for the panel above the chart.

    Parameters
    ----------
    index : int
        The claim's position in the data file, from 0.
    myth : Myth
        The claim.

    Returns
    -------
    str
        A bold numbered heading, then the article's words in quotation marks.
    """
    heading = wrap(f"Claim {index + 1}: {myth.short}", CLAIM_HEADING_WRAP_CHARS)
    return (
        "<br>".join(f"<b>{line}</b>" for line in heading.split("<br>"))
        + "<br>"
        + wrap(f"The article says: \u201c{myth.claim}\u201d", CLAIM_WRAP_CHARS)
    )


def verdict_text(myth: Myth, answer: str | None) -> str:
    """The verdict panel once the reader has answered.

    Parameters
    ----------
    myth : Myth
        The claim.
    answer : str or None
        The reader's answer (a key of ``widgets.model.myths.CATEGORIES``), or
        None to reveal the verdict with no feedback.

    Returns
    -------
    str
        Feedback on the answer, the verdict in its category's colour, the
        reason and the source, with ``<br>`` between lines.
    """
    colour = CATEGORY_COLOURS[myth.category]
    lines = [] if answer is None else [wrap(feedback(myth, answer), WRAP_CHARS)]
    lines.append(f"<b><span style='color:{colour}'>Verdict: {myth.verdict}</span></b>")
    lines.append(wrap(myth.explanation, WRAP_CHARS))
    lines.append(f"<i>{wrap(myth.source_text, WRAP_CHARS)}</i>")
    return "<br>".join(lines)
