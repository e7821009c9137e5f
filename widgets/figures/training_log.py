"""Figures: a runner's own log, each run against the longest run of the 30 days before.

``timeline_figure`` draws every run as a point coloured by its group (Frandsen
2025's groups, from the risk model) with the 30-day longest run as a line and
the 10 % limit of the reference group above it. ``weekly_figure`` draws weekly
distance. ``training_log_figure_for_book`` puts both in one figure with plotly
buttons. The analysis (``widgets.training_log``) computes every number; these
builders only draw them.

A long log is drawn as its recent part (``recent_part``): plotly draws each
point as an SVG element of its own, and a 2,000-run log took 5.8 s to draw on
a slow phone. The tables beside the figure keep every run and week.
"""

from __future__ import annotations

import dataclasses
from datetime import date, timedelta

import plotly.graph_objects as go

from widgets.data import source_label
from widgets.figures.controls import MENU_ROW_PX, figure_per_view
from widgets.figures.style import GRID_COLOUR, OKABE_ITO, course_layout, grid_axis
from widgets.figures.text_layout import HOVER_WRAP_CHARS, wrap_hover
from widgets.model.risk_factors import SPIKE_BANDS
from widgets.training_log.analysis import STEP_FRACTION, LogAnalysis, RunCheck
from widgets.units import from_km

# One colour and one marker shape per group, so the groups differ without colour too.
BAND_STYLES = (
    (OKABE_ITO["blue"], "circle"),
    (OKABE_ITO["orange"], "diamond"),
    (OKABE_ITO["vermillion"], "square"),
    (OKABE_ITO["reddish_purple"], "x"),
)
NOT_COMPARED_STYLE = ("#767676", "circle-open")
CEILING_COLOUR = "#767676"  # mid grey: visible on light and dark pages
LIMIT_COLOUR = OKABE_ITO["bluish_green"]
WEEK_COLOUR = OKABE_ITO["sky_blue"]
LONGEST_COLOUR = OKABE_ITO["vermillion"]
HEIGHT_PX = 560
VIEWS = {"runs": "Each run", "weeks": "Weekly totals"}
# The most a figure draws, so that a phone draws it in well under a second:
# the runs of the last year (at most 300 of them) and the last three years of weeks.
RUNS_WINDOW_DAYS = 365
MAX_RUNS_DRAWN = 300
MAX_WEEKS_DRAWN = 156
DEFAULT_VIEW = "runs"
RUNS_AXIS_TITLE = "Run distance ({unit})"
WEEKS_AXIS_TITLE = "Distance ({unit})"
# The pain diary, on a 0-10 axis of its own on the right of the runs.
PAIN_COLOUR = "#595959"  # dark grey: not one of the groups' colours
LEGS_COLOUR = OKABE_ITO["black"]
PAIN_NAME = "Back pain (0 to 10), from your diary"
LEGS_NAME = "Leg symptoms noted"
PAIN_AXIS = {
    "title": {"text": "Back pain (0 to 10)", "standoff": 8},
    "overlaying": "y",
    "side": "right",
    "range": [0, 10.5],
    "fixedrange": True,
    "showgrid": False,
    "zeroline": False,
    "tickvals": [0, 5, 10],
    "automargin": True,
}


def _band_legend(index: int) -> str:
    return {
        0: "Up to 10 % longer (reference)",
        1: "10 to 30 % longer",
        2: "30 to 100 % longer",
        3: "More than twice as long",
    }[index]


def _hover(check: RunCheck, unit: str) -> str:
    a = check.activity
    distance = f"{from_km(a.distance_km, unit):.1f} {unit}"
    lines = [f"{a.local_start:%a %d %b %Y}", f"Run: {distance}"]
    if check.band is None:
        lines.append(check.label.capitalize())
    else:
        lines.append(f"Longest of the 30 days before: {from_km(check.ceiling_km, unit):.1f} {unit}")
        lines.append(f"{check.increase_percent:+.0f} %: {check.band.label}")
        if check.band.estimate is not None:
            e = check.band.estimate
            lines.append(
                f"{source_label(e.source)}: {e.value:.2f} times the reference rate "
                f"({e.low:.2f} to {e.high:.2f})"
            )
    return wrap_hover("<br>".join(lines))


def recent_part(analysis: LogAnalysis) -> tuple[LogAnalysis, date | None]:
    """The part of a log the figures draw: all of it, or its recent part if it is long.

    Parameters
    ----------
    analysis : LogAnalysis
        The analysed log.

    Returns
    -------
    LogAnalysis
        The runs of the ``RUNS_WINDOW_DAYS`` days up to the last run (at most
        the last ``MAX_RUNS_DRAWN``), the diary from the first of them on, and
        the last ``MAX_WEEKS_DRAWN`` weeks. The counts of the whole log stay
        with ``analysis``.
    datetime.date or None
        The date of the first run drawn when older runs are left out, else None.
    """
    checks = analysis.checks
    if not checks:
        return dataclasses.replace(analysis, weeks=analysis.weeks[-MAX_WEEKS_DRAWN:]), None
    last = max(c.activity.local_start for c in checks)
    start = last - timedelta(days=RUNS_WINDOW_DAYS)
    recent = tuple(c for c in checks if c.activity.local_start >= start)[-MAX_RUNS_DRAWN:]
    since = recent[0].activity.local_start.date() if len(recent) < len(checks) else None
    diary = analysis.diary if since is None else tuple(e for e in analysis.diary if e.date >= since)
    part = dataclasses.replace(
        analysis, checks=recent, weeks=analysis.weeks[-MAX_WEEKS_DRAWN:], diary=diary
    )
    return part, since


def timeline_title(analysis: LogAnalysis, since: date | None = None) -> str:
    """A title that states what the log shows.

    Parameters
    ----------
    analysis : LogAnalysis
        The analysed log (or the part of it drawn).
    since : datetime.date, optional
        The first day drawn, when the figure leaves older runs out.

    Returns
    -------
    str
        How many of the compared runs were more than 10 % longer than the
        longest run of the 30 days before, or why none could be compared.
    """
    compared = len(analysis.checks) - analysis.not_compared
    above = sum(analysis.band_counts[1:])
    if not analysis.checks:
        return "No runs to show"
    if compared == 0:
        return "Too few weeks in the log to compare runs"
    if above == 0:
        title = f"None of {compared} runs was more than 10 % longer than the 30 days before"
    else:
        title = f"{above} of {compared} runs were over 10 % longer than the 30 days before"
    if since is not None:
        title = f"Since {since:%d %b %Y}: {title[0].lower()}{title[1:]}"
    return title


def _ceiling_lines(analysis: LogAnalysis, unit: str) -> list[go.Scatter]:
    """The longest run of the 30 days before each run, and 10 % above it."""
    compared = [c for c in analysis.checks if c.ceiling_km is not None]
    dates = [c.activity.local_start for c in compared]
    return [
        go.Scatter(
            x=dates,
            y=[from_km(c.ceiling_km, unit) for c in compared],
            mode="lines",
            line={"color": CEILING_COLOUR, "shape": "hv", "width": 1.5},
            name="Longest run of the 30 days before",
            hoverinfo="skip",
            connectgaps=False,
        ),
        go.Scatter(
            x=dates,
            y=[from_km(c.ceiling_km * (1 + STEP_FRACTION), unit) for c in compared],
            mode="lines",
            line={"color": LIMIT_COLOUR, "shape": "hv", "width": 1.5, "dash": "dot"},
            name="10 % above it",
            hoverinfo="skip",
        ),
    ]


def _runs(checks: list[RunCheck], unit: str, name: str, marker: dict) -> go.Scatter:
    """Runs as points by date and distance."""
    return go.Scatter(
        x=[c.activity.local_start for c in checks],
        y=[from_km(c.activity.distance_km, unit) for c in checks],
        mode="markers",
        name=name,
        marker=marker,
        hovertext=[_hover(c, unit) for c in checks],
        hoverinfo="text",
    )


def _runs_by_group(analysis: LogAnalysis, unit: str) -> list[go.Scatter]:
    """One trace per group of Frandsen 2025, then the runs that could not be compared."""
    traces = []
    for index in range(len(SPIKE_BANDS)):
        colour, symbol = BAND_STYLES[index]
        marker = {
            "color": colour,
            "symbol": symbol,
            "size": 9 if index else 7,
            "line": {"color": colour, "width": 1.5},
        }
        members = [c for c in analysis.checks if c.band_index == index]
        traces.append(_runs(members, unit, _band_legend(index), marker))
    colour, symbol = NOT_COMPARED_STYLE
    others = [c for c in analysis.checks if c.band_index is None]
    marker = {"color": colour, "symbol": symbol, "size": 7}
    traces.append(_runs(others, unit, "Not compared", marker))
    return traces


def _diary_traces(analysis: LogAnalysis) -> list[go.Scatter]:
    """The pain diary as written: back pain scores, and the days with leg symptoms."""
    scored = [e for e in analysis.diary if e.back_pain is not None]
    legs = [e for e in analysis.diary if e.leg_symptoms]
    return [
        go.Scatter(
            x=[e.date.isoformat() for e in scored],
            y=[e.back_pain for e in scored],
            mode="markers",
            yaxis="y2",
            name=PAIN_NAME,
            marker={"color": PAIN_COLOUR, "symbol": "triangle-up", "size": 8},
            hovertext=[f"{e.date:%a %d %b %Y}<br>Back pain: {e.back_pain:g}/10" for e in scored],
            hoverinfo="text",
        ),
        go.Scatter(
            x=[e.date.isoformat() for e in legs],
            y=[10] * len(legs),
            mode="markers",
            yaxis="y2",
            name=LEGS_NAME,
            marker={"color": LEGS_COLOUR, "symbol": "star", "size": 11},
            hovertext=[
                f"{e.date:%a %d %b %Y}<br>Leg symptoms noted: they mean stop (see the summary)"
                for e in legs
            ],
            hoverinfo="text",
        ),
    ]


def timeline_figure(analysis: LogAnalysis, unit: str = "km") -> go.Figure:
    """Each run as a point by date and distance, coloured by its group.

    The grey step line is the longest run of the 30 days before each run; the
    dotted green line is 10 % above it, the top of the reference group. A pain
    diary, if the log has one, is drawn as written on a 0-10 axis on the right.

    Parameters
    ----------
    analysis : LogAnalysis
        The analysed log.
    unit : {"km", "mi"}, default "km"
        Unit of the distances drawn.

    Returns
    -------
    plotly.graph_objects.Figure
        The two lines and one trace per group, for the runs of the log's
        recent part (``recent_part``).
    """
    analysis, since = recent_part(analysis)
    figure = go.Figure(layout=course_layout(timeline_title(analysis, since)))
    figure.add_traces(_ceiling_lines(analysis, unit) + _runs_by_group(analysis, unit))
    _axes(figure, RUNS_AXIS_TITLE.format(unit=unit))
    if analysis.diary:
        figure.add_traces(_diary_traces(analysis))
        figure.update_layout(yaxis2={**PAIN_AXIS, "visible": True})
    return figure


def weekly_title(analysis: LogAnalysis, unit: str = "km", latest: bool = False) -> str:
    """A title that states the log's average weekly distance.

    Parameters
    ----------
    analysis : LogAnalysis
        The analysed log (or the part of it drawn).
    unit : {"km", "mi"}, default "km"
        Unit of the distance in the title.
    latest : bool, default False
        True when the weeks drawn are the last of a longer log.

    Returns
    -------
    str
        The average distance a week and over how many weeks.
    """
    if not analysis.weeks:
        return "No weeks to show"
    average = from_km(sum(w.run_km for w in analysis.weeks) / len(analysis.weeks), unit)
    over = "the last " if latest else ""
    return f"About {average:.0f} {unit} a week over {over}{len(analysis.weeks)} weeks"


def weekly_figure(analysis: LogAnalysis, unit: str = "km") -> go.Figure:
    """Weekly running distance as bars, with the week's longest run as a point.

    Parameters
    ----------
    analysis : LogAnalysis
        The analysed log.
    unit : {"km", "mi"}, default "km"
        Unit of the distances drawn.

    Returns
    -------
    plotly.graph_objects.Figure
        A bar per week and a mark at each week's longest run, for the last
        ``MAX_WEEKS_DRAWN`` weeks.
    """
    latest = len(analysis.weeks) > MAX_WEEKS_DRAWN
    analysis = recent_part(analysis)[0]
    figure = go.Figure(layout=course_layout(weekly_title(analysis, unit, latest)))
    weeks = analysis.weeks
    starts = [w.start.isoformat() for w in weeks]
    hover = [
        f"Week of {w.start:%d %b %Y}<br>{w.runs} runs, "
        f"{from_km(w.run_km, unit):.1f} {unit}<br>Longest: "
        f"{from_km(w.longest_km, unit):.1f} {unit}<br>Other sport: "
        f"{w.other_sport_hours:.1f} h"
        for w in weeks
    ]
    figure.add_trace(
        go.Bar(
            x=starts,
            y=[from_km(w.run_km, unit) for w in weeks],
            name="Weekly distance",
            marker={"color": WEEK_COLOUR},
            hovertext=hover,
            hoverinfo="text",
        )
    )
    figure.add_trace(
        go.Scatter(
            x=starts,
            y=[from_km(w.longest_km, unit) for w in weeks],
            mode="markers",
            name="Longest run of the week",
            marker={
                "color": LONGEST_COLOUR,
                "symbol": "line-ew-open",
                "size": 14,
                "line": {"width": 2.5, "color": LONGEST_COLOUR},
            },
            hovertext=hover,
            hoverinfo="text",
        )
    )
    _axes(figure, WEEKS_AXIS_TITLE.format(unit=unit))
    figure.update_layout(bargap=0.15)
    if analysis.diary:
        figure.update_layout(yaxis2={**PAIN_AXIS, "visible": False})
    return figure


def _axes(figure: go.Figure, y_title: str) -> None:
    figure.update_layout(
        xaxis={
            "title": {"text": ""},
            "gridcolor": GRID_COLOUR,
            "automargin": True,
            "fixedrange": True,
            "type": "date",
            # A year of runs gets ticks every six months, not every three: a
            # phone's narrow figure would tilt five dates into the legend.
            "nticks": 4,
        },
        yaxis=grid_axis({"text": y_title, "standoff": 8}, rangemode="tozero", automargin=True),
        legend={"orientation": "h", "x": 0, "y": -0.1, "yanchor": "top"},
        margin={"l": 10, "r": 10, "t": 70, "b": 10},
        height=HEIGHT_PX,
        hovermode="closest",
    )


def training_log_figure(
    analysis: LogAnalysis, view: str = DEFAULT_VIEW, unit: str = "km"
) -> go.Figure:
    """One view of the log: each run, or weekly totals.

    Parameters
    ----------
    analysis : LogAnalysis
        The analysed log.
    view : {"runs", "weeks"}, default "runs"
        "runs" for the timeline of runs, "weeks" for weekly totals.
    unit : {"km", "mi"}, default "km"
        Unit of the distances drawn.

    Returns
    -------
    plotly.graph_objects.Figure
        The chosen view's figure.
    """
    if view not in VIEWS:
        raise ValueError(f"Choose a view: {', '.join(VIEWS)}.")
    builder = timeline_figure if view == "runs" else weekly_figure
    return builder(analysis, unit)


def training_log_figure_for_book(analysis: LogAnalysis, unit: str = "km") -> go.Figure:
    """Both views in one figure; plotly buttons switch between them.

    Parameters
    ----------
    analysis : LogAnalysis
        The analysed log.
    unit : {"km", "mi"}, default "km"
        Unit of the distances drawn.

    Returns
    -------
    plotly.graph_objects.Figure
        The timeline of runs, with a button for each view.
    """
    figure = figure_per_view(
        VIEWS, DEFAULT_VIEW, lambda view: training_log_figure(analysis, view, unit)
    )
    # The row of buttons gets room of its own; the plot keeps the live view's height.
    figure.update_layout(height=HEIGHT_PX + MENU_ROW_PX)
    return figure


def browser_figure_rules() -> dict:
    """The figure's styles and layout for the browser's copy of these builders.

    The book's "Check your own training" draws a reader's own log in the
    browser (``widgets/bookext/js/log-figure.js``) with these, so it matches
    :func:`training_log_figure_for_book`; a test compares the two.

    Returns
    -------
    dict
        Colours, marker shapes, trace names, axis titles, the menu row's
        height and the layout of a book figure without data.
    """
    from widgets.training_log.analysis import LogAnalysis

    empty = training_log_figure_for_book(LogAnalysis((), (), 0.0, 0))
    layout = empty.to_plotly_json()["layout"]
    layout.pop("updatemenus")
    return {
        "band_styles": [list(style) for style in BAND_STYLES],
        "band_legends": [_band_legend(i) for i in range(len(SPIKE_BANDS))],
        "not_compared_style": list(NOT_COMPARED_STYLE),
        "hover_wrap_chars": HOVER_WRAP_CHARS,
        "ceiling_colour": CEILING_COLOUR,
        "limit_colour": LIMIT_COLOUR,
        "week_colour": WEEK_COLOUR,
        "longest_colour": LONGEST_COLOUR,
        "pain_colour": PAIN_COLOUR,
        "legs_colour": LEGS_COLOUR,
        "pain_name": PAIN_NAME,
        "legs_name": LEGS_NAME,
        "pain_axis": PAIN_AXIS,
        "views": VIEWS,
        "default_view": DEFAULT_VIEW,
        "runs_window_days": RUNS_WINDOW_DAYS,
        "max_runs_drawn": MAX_RUNS_DRAWN,
        "max_weeks_drawn": MAX_WEEKS_DRAWN,
        "runs_axis_title": RUNS_AXIS_TITLE,
        "weeks_axis_title": WEEKS_AXIS_TITLE,
        "layout": layout,
        "menu": empty.layout.updatemenus[0].to_plotly_json(),
    }
