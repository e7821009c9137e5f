"""The warning signs on a page: the box that lists them and the checker that asks them.

Both are :class:`~widgets.interactive.HtmlInteractive`: the book shows their
markup (``widgets.figures.warning_signs_box`` and
``widgets.figures.warning_signs_checker``) and JupyterLab shows HTML or
ipywidgets (``widgets.live.warning_signs``). Every word comes from the one
data file, ``widgets/data/warning_signs.json``.
"""

from __future__ import annotations

from widgets.figures.warning_signs_box import WarningSignsBox
from widgets.figures.warning_signs_checker import checker_html
from widgets.interactive import HtmlInteractive, HtmlOutput
from widgets.live.warning_signs import warning_signs_checker_live_view
from widgets.model.warning_signs import LEVELS
from widgets.model.warning_signs_checker import NOTHING_TICKED
from widgets.page_markers import WARNING_SIGNS


def warning_signs_box(
    region: str | None = None, levels=LEVELS, title: str = "Get help now"
) -> HtmlInteractive:
    """List the warning signs for a region, most urgent first.

    Parameters
    ----------
    region : str or None
        One of the regions in the warning-signs data file (for example
        ``"lower"``); ``None`` lists every region's signs.
    levels : Iterable[str]
        The urgency levels to show, most urgent first.
    title : str
        The box's heading.

    Returns
    -------
    HtmlInteractive
        MyST Markdown in the book (its citations join the page's), HTML in JupyterLab.

    Raises
    ------
    ValueError
        If the region or a level is unknown, or no sign matches them.
    """
    box = WarningSignsBox(region, levels, title)
    return HtmlInteractive(
        name="warning-signs-box",
        static_markup=box.markdown,
        live_view=lambda: HtmlOutput(box.html(), box.plain_text()),
        plain_text=box.plain_text(),
        markup_type="text/markdown",
    )


def warning_signs_checker() -> HtmlInteractive:
    """Tick the warning signs you have; the result says how urgently to get help.

    Returns
    -------
    HtmlInteractive
        A form with a live result in the book (``course-warning-signs.js``),
        checkboxes in JupyterLab.
    """
    return HtmlInteractive(
        name="warning-signs-checker",
        static_markup=checker_html,
        live_view=warning_signs_checker_live_view,
        plain_text=NOTHING_TICKED,
        marker=WARNING_SIGNS,
    )
