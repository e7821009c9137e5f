"""Interactive: myth or evidence? A self-check on the popular article's claims."""

from __future__ import annotations

from widgets.figures.myths import myth_check_figure
from widgets.interactive import Interactive
from widgets.live.myths import myth_check_live_view
from widgets.model.myths import CATEGORIES, category_counts, load_myths
from widgets.text_alternative import html_table


def _table() -> str:
    rows = [
        [
            i + 1,
            m.claim,
            m.category_label,
            m.verdict,
            m.explanation,
            m.source_text.split(": ", 1)[1],
        ]
        for i, m in enumerate(load_myths())
    ]
    return html_table(
        ["Claim", "What the article says", "Verdict", "In short", "Why", "Sources"],
        rows,
        caption="The article's claims and what the evidence says",
    )


def myth_check() -> Interactive:
    """Check a popular article's claims: choose one, answer, then see the verdict and source.

    Returns
    -------
    Interactive
        Live ipywidgets in JupyterLab; in the book, the precomputed plotly
        figure with its caption and text alternative.
    """
    counts = category_counts()
    summary = ", ".join(f"{counts[key]} {label.lower()}" for key, label in CATEGORIES.items())
    return Interactive(
        name="myth-check",
        static_figure=myth_check_figure,
        live_view=myth_check_live_view,
        alt_text=(
            f"A self-check on {sum(counts.values())} claims from a popular article about running "
            "and back pain. Choose a claim, answer myth, partly true or supported, and the "
            f"verdict appears with its reason and source. Overall: {summary}."
        ),
        caption=(
            "Myth or evidence? Choose a claim from the list, then press your answer to see the "
            "verdict, the reason and the source. \u201cShow every verdict\u201d places all the "
            "claims on the scale. Verdicts follow the course's evidence review."
        ),
        text_alternative=_table(),
    )
