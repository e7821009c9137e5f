"""Interactive: check your own training log against the 30-day longest run."""

from __future__ import annotations

import html
from functools import lru_cache

from widgets.data import source_label
from widgets.figures.training_log import training_log_figure_for_book
from widgets.interactive import Interactive
from widgets.live.training_log import training_log_live_view
from widgets.model.risk_factors import SPIKE_BANDS
from widgets.text_alternative import html_table
from widgets.training_log import analyse, read_log, summary_sentences
from widgets.training_log.sample_log import SAMPLE_END, SAMPLE_FOLDER
from widgets.units import format_distance


@lru_cache(maxsize=1)
def sample_analysis():
    """Read and analyse the sample log shipped with the course, once per session.

    Returns
    -------
    result : ImportResult
        The runs and other sport read from the sample files.
    analysis : LogAnalysis
        Each run against the longest run of the 30 days before it, and the
        weekly totals; the book's figure and summary show these.
    """
    result = read_log([SAMPLE_FOLDER], today=SAMPLE_END)
    return result, analyse(result)


def _text_alternative(analysis) -> str:
    runs = html_table(
        ["Date", "Run", "Longest run of the 30 days before", "Change", "Group"],
        [
            [
                f"{c.activity.local_date:%d %b %Y}",
                format_distance(c.activity.distance_km),
                "" if c.ceiling_km is None else format_distance(c.ceiling_km),
                "" if c.increase_percent is None else f"{c.increase_percent:+.0f} %",
                c.label,
            ]
            for c in analysis.checks
        ],
        caption="Each run of the sample log against the longest run of the 30 days before it.",
    )
    weeks = html_table(
        ["Week starting", "Runs", "Distance", "Longest run", "Other sport (hours)"],
        [
            [
                f"{w.start:%d %b %Y}",
                w.runs,
                format_distance(w.run_km),
                format_distance(w.longest_km),
                f"{w.other_sport_hours:.1f}",
            ]
            for w in analysis.weeks
        ],
        caption="Weekly totals of the sample log.",
    )
    return runs + weeks


def _alt_text(analysis) -> str:
    counts = ", ".join(f"{band.label}: {n}" for band, n in zip(SPIKE_BANDS, analysis.band_counts))
    return (
        f"Timeline of {len(analysis.checks)} runs in a six-month sample log, one point per run "
        "by date and distance. Each point's colour and shape show how much longer it was than "
        "the longest run of the 30 days before, which is drawn as a grey step line, with a "
        f"dotted line 10 % above it. Runs per group: {counts}; "
        f"{analysis.not_compared} runs not compared. Buttons switch to weekly totals, drawn "
        "as bars with the longest run of each week as a mark."
    )


def training_log_explorer(path: str | None = None) -> Interactive:
    """Check each run of a log against the longest run of the 30 days before it.

    In the book it shows the course's sample log. In JupyterLab it reads
    ``path`` and offers a path box and an upload button for your own files.

    Parameters
    ----------
    path : str or None
        A training file (GPX, TCX, FIT or CSV export) or a folder of them, for
        the live view; ``None`` reads the sample log.

    Returns
    -------
    Interactive
        Live ipywidgets in JupyterLab; in the book, the precomputed plotly
        figure with its caption and text alternative.
    """
    _, analysis = sample_analysis()
    return Interactive(
        name="training-log",
        static_figure=lambda: training_log_figure_for_book(analysis),
        live_view=lambda: training_log_live_view(path),
        alt_text=_alt_text(analysis),
        caption=(
            "A made-up runner's six months (the course's sample log). Groups as in "
            f"{source_label('frandsen2025')}: each run against the runner's longest run of the 30 days before it. Runs in "
            "the log's first 30 days, or after 30 days without running, are not compared. "
            "The groups went with different rates of running-related injury (mostly of the "
            "legs) in groups of runners; they are not a personal chance and not about back "
            "pain."
        ),
        text_alternative=_text_alternative(analysis),
    )


class TrainingSummary:
    """The sample log's summary as a few paragraphs (book and JupyterLab).

    Parameters
    ----------
    sentences : Iterable[str]
        The summary, one sentence per paragraph.
    """

    def __init__(self, sentences):
        self.sentences = list(sentences)

    def _repr_html_(self) -> str:
        return "".join(f"<p>{html.escape(s)}</p>" for s in self.sentences)

    def __repr__(self) -> str:
        return "\n".join(self.sentences)


def training_log_summary() -> TrainingSummary:
    """Summarise the sample log in plain words, as the command line prints it.

    Returns
    -------
    TrainingSummary
        Shown as paragraphs in the book and in JupyterLab.
    """
    _, analysis = sample_analysis()
    return TrainingSummary(summary_sentences(analysis))
