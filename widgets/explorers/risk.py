"""Interactive: how a run longer than your recent longest relates to injury rates."""

from __future__ import annotations

from widgets.data import source_label
from widgets.figures.risk import risk_figure_for_book
from widgets.interactive import Interactive
from widgets.live.risk import risk_live_view
from widgets.model.risk_factors import SPIKE_BANDS
from widgets.model.risk_scenarios import BOOK_INCREASES, BOOK_PROFILES, BOOK_WEEKLY_KM, book_result
from widgets.text_alternative import html_table
from widgets.units import format_distance


def _risk_table() -> str:
    rows = []
    for profile in BOOK_PROFILES:
        for increase in BOOK_INCREASES:
            result = book_result(profile, increase)
            # Sources by author and year ("Frandsen 2025"), as the caption names them.
            sources = sorted({source_label(f.source) for f in result.factors if f.source})
            rows.append(
                [
                    profile,
                    f"{increase:+d} % ({format_distance(result.planned_longest_km)})",
                    f"{result.estimate:.2f}",
                    f"{result.low:.2f}–{result.high:.2f}",
                    ", ".join(sources) or "reference",
                ]
            )
    return html_table(
        [
            "Runner",
            "Longest run vs last 30 days",
            "Relative injury rate",
            "95 % interval",
            "Sources",
        ],
        rows,
        caption=(
            "Relative rate of running-related injury (mostly lower limb) compared with "
            "a recreational runner repeating last month's training. Not back pain and "
            "not a personal chance."
        ),
    )


def _alt_text() -> str:
    levels = ", ".join(
        f"{band.label}: {band.estimate.value:.2f} times"
        for band in SPIKE_BANDS
        if band.estimate is not None
    )
    return (
        "Step chart of the relative rate of running-related injury (mostly lower limb, not back "
        "pain, not a personal chance) against how much longer the planned longest run is than "
        "the longest run of the last 30 days. Up to 10 % longer is the reference (1 times). "
        f"Then {levels}. The steps do not rise smoothly. A shaded band shows each 95 % "
        "interval and a diamond marks the chosen plan. A drop-down chooses the runner (novice "
        "or recreational, with or without an earlier injury); a slider moves the longest run."
    )


def risk_explorer() -> Interactive:
    """Show how a run longer than your recent longest relates to running-injury rates.

    Returns
    -------
    Interactive
        Live ipywidgets in JupyterLab; in the book, the precomputed plotly
        figure with its caption and text alternative.
    """
    return Interactive(
        name="risk-explorer",
        static_figure=risk_figure_for_book,
        live_view=risk_live_view,
        alt_text=_alt_text(),
        caption=(
            "Relative rate of running-related injury (mostly of the legs) compared with a "
            "recreational runner repeating last month's training; not back pain, not your "
            f"personal chance. Sources: single longer runs, {source_label('frandsen2025')}; "
            f"earlier injury, {source_label('malisoux2015')}; novices, this course's ratio of "
            f"two injury rates in {source_label('videbaek2015')}. "
            "Multiplying factors is this course's assumption, not a study finding. In the "
            "book, the week stays at "
            f"{format_distance(BOOK_WEEKLY_KM, decimals=0)} with no other sport; in the "
            "notebook you can change every input."
        ),
        text_alternative=_risk_table(),
    )
