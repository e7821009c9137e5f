"""Live view: check your own training log in JupyterLab.

A path box (a file or a folder on this computer) and an upload button feed the
importer; a km/mi toggle and a view toggle redraw the figure. What was skipped
and why, and the summary, are shown under the figure. Files are read by the
kernel on this computer only; nothing is sent anywhere.
"""

from __future__ import annotations

import html

import ipywidgets
import plotly.graph_objects as go

from widgets.figures.training_log import DEFAULT_VIEW, VIEWS, training_log_figure
from widgets.live.view import replace_figure
from widgets.training_log import analyse, read_log, summary_sentences
from widgets.training_log.report import privacy_notice
from widgets.training_log.sample_log import SAMPLE_FOLDER
from widgets.training_log.wording import runs_phrase

UPLOAD_TYPES = ".fit,.gpx,.tcx,.csv,.gz"


def _problem_list(title: str, problems, open_list: bool = False) -> str:
    if not problems:
        return ""
    items = "".join(
        f"<li>{html.escape(p.source)}: {html.escape(p.reason)}"
        + (f" (kept: {html.escape(p.same_as)})" if p.same_as else "")
        + "</li>"
        for p in problems
    )
    opened = " open" if open_list else ""
    return (
        f"<details{opened}><summary>{html.escape(title)} ({len(problems)})</summary>"
        f"<ul>{items}</ul></details>"
    )


class TrainingLogLiveView(ipywidgets.VBox):
    """Read a log from a path or an upload, then show the figure and the summary.

    Parameters
    ----------
    path : str or None
        A training file (GPX, TCX, FIT or CSV) or a folder of them read first;
        ``None`` reads the course's sample log.
    """

    def __init__(self, path: str | None = None):
        self.path = ipywidgets.Text(
            value=str(path or SAMPLE_FOLDER),
            description="File or folder",
            placeholder="for example ~/Downloads/export",
            style={"description_width": "8em"},
            continuous_update=False,
            layout=ipywidgets.Layout(width="40em", max_width="100%"),
        )
        self.read_button = ipywidgets.Button(
            description="Read", button_style="primary", tooltip="Read the file or folder in the box"
        )
        self.upload = ipywidgets.FileUpload(
            accept=UPLOAD_TYPES, multiple=True, description="Upload files"
        )
        self.unit = ipywidgets.ToggleButtons(
            options=[("km", "km"), ("miles", "mi")],
            value="km",
            description="Units",
            style={"button_width": "5em"},
        )
        self.view = ipywidgets.ToggleButtons(
            options=[(t, k) for k, t in VIEWS.items()],
            value=DEFAULT_VIEW,
            description="Show",
            style={"button_width": "auto"},
        )
        self.privacy = ipywidgets.HTML(f"<p><small>{html.escape(privacy_notice())}</small></p>")
        self.message = ipywidgets.HTML()
        self.figure = go.FigureWidget()
        self.summary = ipywidgets.HTML()
        self.analysis = None
        self.result = None
        row = ipywidgets.Layout(flex_flow="row wrap")
        super().__init__(
            [
                ipywidgets.HBox([self.path, self.read_button], layout=row),
                ipywidgets.HBox([self.upload], layout=row),
                self.privacy,
                ipywidgets.HBox([self.unit, self.view], layout=row),
                self.message,
                self.figure,
                self.summary,
            ]
        )
        self.read_button.on_click(lambda _button: self.read_path())
        self.path.observe(lambda _change: self.read_path(), names="value")
        self.upload.observe(lambda _change: self.read_uploads(), names="value")
        self.unit.observe(lambda _change: self.redraw(), names="value")
        self.view.observe(lambda _change: self.redraw(), names="value")
        self.read_path()

    def read_path(self) -> None:
        """Read the file or folder named in the path box."""
        from pathlib import Path

        text = self.path.value.strip()
        if not text:
            self._show_error("Type the path of a file or folder, or upload files.")
            return
        self._load([str(Path(text).expanduser())])

    def read_uploads(self) -> None:
        """Read the uploaded files (kept in this kernel's memory only)."""
        files = [(item["name"], bytes(item["content"])) for item in self.upload.value]
        if files:
            self._load(files)

    def _load(self, sources) -> None:
        self.message.value = "<p>Reading…</p>"
        result = read_log(sources)
        self.result, self.analysis = result, analyse(result)
        files = len(result.files_read)
        parts = [
            f"<p>Read {files} {'file' if files == 1 else 'files'}: "
            f"{runs_phrase(len(result.runs))} and {len(result.other_sport)} other "
            "activities.</p>"
        ]
        if not result.usable:
            parts.insert(
                0,
                '<p role="alert" style="color:#B34700;font-weight:600">'
                "Nothing usable was read. The reasons are below.</p>",
            )
        parts += [
            _problem_list("Skipped", result.skipped, open_list=not result.usable),
            _problem_list("Counted once", result.duplicates),
            _problem_list("Notes", result.notes),
        ]
        self.message.value = "".join(parts)
        self.redraw()

    def redraw(self) -> None:
        """Redraw the figure and the summary for the current units and view."""
        if self.analysis is None:
            return
        replace_figure(
            self.figure, training_log_figure(self.analysis, self.view.value, self.unit.value)
        )
        sentences = summary_sentences(self.analysis, self.unit.value)
        self.summary.value = "".join(f"<p>{html.escape(s)}</p>" for s in sentences)

    def _show_error(self, text: str) -> None:
        self.message.value = (
            f'<p role="alert" style="color:#B34700;font-weight:600">{html.escape(text)}</p>'
        )


def training_log_live_view(path: str | None = None) -> TrainingLogLiveView:
    """Check your own training files against the 30-day longest run.

    Parameters
    ----------
    path : str or None
        A training file (GPX, TCX, FIT or CSV) or a folder of them read first;
        ``None`` reads the course's sample log.

    Returns
    -------
    TrainingLogLiveView
        A path box, an upload button, the figure and the summary.
    """
    return TrainingLogLiveView(path)
