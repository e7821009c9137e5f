"""Check your own files in the book: a file picker, read in the reader's browser.

The book has no Python, so the check runs as JavaScript (``course-log.js``,
joined from ``widgets/bookext/js/log-*.js`` with the rules generated from this
package) that gives the same JSON as the command line. The page holds only a
form and a small script (``course-log-picker.js``); the engine loads when the
reader picks files, so the page weighs what it did. Files never leave the
device. In JupyterLab the live explorer above does the same in Python.
"""

from __future__ import annotations

import html

from widgets.interactive import HtmlInteractive, HtmlOutput
from widgets.page_markers import LOG_PICKER as LOG_ATTR

ACCEPT = ".fit,.gpx,.tcx,.csv,.gz,.zip"
# The engine beside the picker script; the book adds "?v=" and its content hash
# (widgets.bookext.script.log_engine_url), so a browser never runs an old engine.
ENGINE = "course-log.js"
PRIVACY_PARAGRAPH = (
    "Your files are read by this page, on your device, and never leave it: nothing is "
    "uploaded or sent anywhere. Choosing files only makes the page fetch its own checking "
    "code. GPS positions are used only to measure distance, as on the command line. Nothing "
    "is stored unless you save it yourself, and Forget my data clears what is shown."
)
START_MESSAGE = "Choose files to check them. Nothing is read until you do."
IN_JUPYTERLAB = (
    "In JupyterLab, use the file box and the Upload files button of the figure above: "
    "Python reads your files there."
)


def picker_html(prefix: str = "course-log") -> str:
    """The form a reader picks files with, and the regions the result goes in.

    Parameters
    ----------
    prefix : str
        Start of every element id.

    Returns
    -------
    str
        The privacy paragraph, a file picker (drop files on it on a desktop),
        a km/mi choice, a progress bar, a ``role="status"`` region for the
        sentences, and room for the figure, the lists and the buttons.
    """
    units = "".join(
        f'<label class="course-log-unit"><input type="radio" name="{prefix}-unit" '
        f'value="{value}"{" checked" if value == "km" else ""}> {label}</label>'
        for value, label in (("km", "Kilometres"), ("mi", "Miles"))
    )
    return (
        f'<div class="course-log" {LOG_ATTR} id="{prefix}" data-engine="{ENGINE}">'
        f'<p class="course-log-privacy" id="{prefix}-privacy">'
        f"{html.escape(PRIVACY_PARAGRAPH)}</p>"
        f'<form class="course-log-form" aria-describedby="{prefix}-privacy">'
        f'<div class="course-log-drop">'
        f'<label class="course-log-pick" for="{prefix}-files">Choose files</label>'
        f'<input type="file" id="{prefix}-files" class="course-log-input" multiple '
        f'accept="{ACCEPT}">'
        f'<p class="course-log-hint">FIT, GPX, TCX or CSV files, several at once, or a zip '
        f"of them.</p>"
        f'<p class="course-log-hint course-log-drop-hint">Or drop them on this box.</p></div>'
        f'<fieldset class="course-log-units"><legend>Distances in</legend>{units}</fieldset>'
        f"</form>"
        f'<div class="course-log-progress" hidden><progress id="{prefix}-progress" max="1" '
        f'value="0" aria-label="Reading files"></progress> <span class="course-log-progress-text">'
        f"</span></div>"
        f'<div class="course-log-status" id="{prefix}-status" role="status" aria-live="polite">'
        f"<p>{html.escape(START_MESSAGE)}</p></div>"
        f'<div class="course-log-result" hidden></div>'
        f"<noscript><p>This check needs JavaScript. Without it, use the command line "
        f"below.</p></noscript></div>"
    )


def check_your_files() -> HtmlInteractive:
    """Pick your own FIT, GPX, TCX or CSV files and check them, privately, in the book.

    Returns
    -------
    HtmlInteractive
        The picker form in the book (``course-log-picker.js``); a line pointing
        to the live view in JupyterLab.
    """
    return HtmlInteractive(
        name="check-your-files",
        static_markup=picker_html,
        live_view=lambda: HtmlOutput(f"<p>{html.escape(IN_JUPYTERLAB)}</p>", IN_JUPYTERLAB),
        plain_text=START_MESSAGE,
        marker=LOG_ATTR,
    )
