"""Live views for JupyterLab: the exercise demo and the strength-plan builder.

The demo view has an exercise chooser, a tempo control, an ipywidgets Play
linked to the frame slider, the figure and the exercise's card beside it.
Python draws each frame from the same geometry the book's animation uses.
"""

from __future__ import annotations

import html
from collections.abc import Sequence

import ipywidgets
import plotly.graph_objects as go

from widgets.figures.exercise_cards import demo_card_html
from widgets.figures.exercise_demo import HEIGHT_PX, LEGEND
from widgets.figures.exercise_drawing import ANIMATED, FRAME_SECONDS, demo_geometry
from widgets.figures.exercise_drawing import base_traces as _base_traces
from widgets.figures.exercise_drawing import demo_axes as _axes
from widgets.figures.exercise_drawing import demo_title as _title
from widgets.figures.exercise_drawing import frame_traces as _frame_traces
from widgets.figures.strength_plan import plan_figure, plan_text_html
from widgets.figures.style import course_layout
from widgets.live.view import LiveView, replace_figure
from widgets.model.exercise_library import demo_exercise, load_exercises
from widgets.model.exercises import EQUIPMENT
from widgets.model.pain_monitor import LEG_SYMPTOM_ACTION, LEG_SYMPTOM_STOP_RULE
from widgets.model.strength_plan import build_plan

TEMPO_CHOICES = (0.5, 2.0)


def frame_interval_ms(tempo: float) -> int:
    """Work out the pause between pictures of the demo at a tempo.

    Parameters
    ----------
    tempo : float
        Playing speed; 1 is real time, 0.5 half speed, 2 double speed.

    Returns
    -------
    int
        Milliseconds between pictures, at least 10.

    Raises
    ------
    ValueError
        If ``tempo`` is not a number above 0.
    """
    if isinstance(tempo, bool) or not isinstance(tempo, (int, float)) or tempo <= 0:
        raise ValueError("The tempo must be a number above 0, for example 1 for real time.")
    return max(10, round(FRAME_SECONDS * 1000 / tempo))


class ExerciseDemoView(ipywidgets.VBox):
    """Chooser, tempo, Play and frame slider above the demo, with the card beside it.

    Parameters
    ----------
    exercise_id : str or None
        The exercise shown first, by its id in the exercise library; ``None``
        starts with the first one offered.
    demo_ids : sequence of str or None
        The demos the chooser offers, such as ``"glute_bridge.easier"`` for an
        easier version; ``None`` offers every exercise's standard demo.
    """

    def __init__(self, exercise_id: str | None = None, demo_ids: Sequence[str] | None = None):
        ids = list(demo_ids or [e.id for e in load_exercises()])
        names = {i: demo_exercise(i).name for i in ids}
        self.chooser = ipywidgets.Dropdown(
            options=[(names[i], i) for i in ids],
            value=exercise_id or ids[0],
            description="Exercise",
        )
        self.tempo = ipywidgets.FloatSlider(
            value=1.0,
            min=TEMPO_CHOICES[0],
            max=TEMPO_CHOICES[1],
            step=0.25,
            description="Tempo",
            readout_format=".2f",
            continuous_update=False,
        )
        self.play = ipywidgets.Play(
            value=0,
            min=0,
            max=1,
            step=1,
            interval=frame_interval_ms(1.0),
            description="Play",
            show_repeat=True,
        )
        self.frame = ipywidgets.IntSlider(
            value=0, min=0, max=1, description="Picture", continuous_update=True
        )
        ipywidgets.jslink((self.play, "value"), (self.frame, "value"))
        self.figure = go.FigureWidget(self._demo_figure(self.chooser.value))
        self.card = ipywidgets.HTML(
            layout=ipywidgets.Layout(
                flex="0 1 26em", min_width="16em", max_height="520px", overflow="auto"
            )
        )
        self.message = ipywidgets.HTML()
        controls = ipywidgets.HBox(
            [self.chooser, self.tempo, self.play, self.frame],
            layout=ipywidgets.Layout(flex_flow="row wrap"),
        )
        drawing = ipywidgets.Box(
            [self.figure], layout=ipywidgets.Layout(flex="1 1 560px", min_width="320px")
        )
        body = ipywidgets.HBox(
            [drawing, self.card],
            layout=ipywidgets.Layout(flex_flow="row wrap", align_items="flex-start"),
        )
        super().__init__([controls, self.message, body])
        self.chooser.observe(self._on_exercise, names="value")
        self.tempo.observe(self._on_tempo, names="value")
        self.frame.observe(self._on_frame, names="value")
        self._load(self.chooser.value)

    def _demo_figure(self, exercise_id: str) -> go.Figure:
        self.geometry = demo_geometry(exercise_id)
        layout = course_layout(
            _title(self.geometry.exercise),
            height=HEIGHT_PX - 60,
            margin={"l": 10, "r": 10, "t": 60, "b": 10},
        )
        layout.update(
            _axes(self.geometry),
            dragmode=False,
            legend={
                **LEGEND,
                "orientation": "h",
                "x": 0,
                "xanchor": "left",
                "y": 1.0,
                "yanchor": "bottom",
            },
            meta={"alt": self.geometry.exercise.demo.movement},
        )
        return go.Figure([go.Scatter(t) for t in _base_traces(self.geometry)], layout)

    def _load(self, exercise_id: str) -> None:
        # Traces are added outside a batch update (see replace_figure).
        replace_figure(self.figure, self._demo_figure(exercise_id))
        self.play.value = 0
        self.play.max = self.frame.max = len(self.geometry.frames) - 1
        self.card.value = demo_card_html(self.geometry.exercise)
        self._on_frame(None)

    def show_frame(self, index: int) -> None:
        """Draw one picture of the current exercise's repetition.

        Parameters
        ----------
        index : int
            The picture's position in the repetition, from 0.
        """
        frame = self.geometry.frames[index]
        with self.figure.batch_update():
            for position, values in zip(ANIMATED, _frame_traces(self.geometry, frame)):
                self.figure.data[position].update(values)

    def _on_exercise(self, change) -> None:
        self._load(change.new)

    def _on_tempo(self, change) -> None:
        try:
            self.play.interval = frame_interval_ms(change.new)
            self.message.value = ""
        except ValueError as problem:
            self.message.value = f'<p role="alert">{html.escape(str(problem))}</p>'

    def _on_frame(self, _change) -> None:
        self.show_frame(min(self.frame.value, len(self.geometry.frames) - 1))


def exercise_demo_live_view(
    exercise_id: str | None = None, demo_ids: Sequence[str] | None = None
) -> ExerciseDemoView:
    """Show an exercise's demo with Play, a tempo control and the exercise's card.

    Parameters
    ----------
    exercise_id : str or None
        The exercise shown first, by its id; ``None`` starts with the first.
    demo_ids : sequence of str or None
        The demos offered; ``None`` offers every exercise's standard demo.

    Returns
    -------
    ExerciseDemoView
        The live demo; its drop-down changes the exercise.
    """
    return ExerciseDemoView(exercise_id, demo_ids)


def _plan_figure(
    runs_per_week, minutes_per_session, sessions_per_week, back_pain, equipment, weeks
):
    return plan_figure(
        build_plan(
            runs_per_week, minutes_per_session, sessions_per_week, back_pain, equipment, weeks
        )
    )


def _plan_summary(
    runs_per_week, minutes_per_session, sessions_per_week, back_pain, equipment, weeks
) -> str:
    return build_plan(
        runs_per_week, minutes_per_session, sessions_per_week, back_pain, equipment, weeks
    ).summary


NO_PLAN_TEXT = "No plan until the input above is fixed"
WEEKS_NOT_USED = (
    "Weeks is not used with leg symptoms: the plan lasts only until you are checked, "
    "which should be within a few days."
)
PLAN_NOTES_AT_MOST = 4


def leg_symptom_safety_html() -> str:
    """What to do with leg symptoms, shown even while no plan can be built.

    Returns
    -------
    str
        The action, then the stop rule, as HTML paragraphs.
    """
    return (
        f"<p><strong>{html.escape(LEG_SYMPTOM_ACTION)}</strong></p>"
        f"<p>{html.escape(LEG_SYMPTOM_STOP_RULE)}</p>"
    )


def no_plan_figure() -> go.Figure:
    """An empty figure that says why no plan shows: drawn in place of a stale plan.

    Returns
    -------
    plotly.graph_objects.Figure
        No traces, hidden axes, and the reason as its one visible note.
    """
    figure = go.Figure(layout=course_layout(""))
    figure.update_layout(
        height=160,
        xaxis={"visible": False},
        yaxis={"visible": False},
        # JupyterLab keeps a plan's notes unless each is written over: the
        # message takes the first note's place and blanks take the others'.
        annotations=[{"text": NO_PLAN_TEXT, "showarrow": False, "font": {"size": 16}}]
        + [{"text": "", "showarrow": False, "visible": False}] * PLAN_NOTES_AT_MOST,
        shapes=[],
        xaxis2={"visible": False},
        yaxis2={"visible": False},
        meta={"alt": NO_PLAN_TEXT + "."},
    )
    return figure


class StrengthPlanView(LiveView):
    """Inputs of ``build_plan``, the week-by-week figure, its summary and a printable table."""

    def __init__(self):
        style = {"description_width": "14em"}
        controls = {
            "runs_per_week": ipywidgets.IntText(value=3, description="Runs a week", style=style),
            "minutes_per_session": ipywidgets.IntText(
                value=30, description="Minutes a session", style=style
            ),
            "sessions_per_week": ipywidgets.IntText(
                value=2, description="Strength sessions a week", style=style
            ),
            "back_pain": ipywidgets.ToggleButtons(
                options=[
                    ("No back pain", "none"),
                    ("Mild back pain", "mild"),
                    ("Recovering", "recovering"),
                    ("Leg symptoms", "leg_symptoms"),
                ],
                value="none",
                description="Back pain",
            ),
            "equipment": ipywidgets.SelectMultiple(
                options=list(EQUIPMENT), value=(), description="Equipment", rows=3
            ),
            "weeks": ipywidgets.IntSlider(value=8, min=4, max=16, description="Weeks"),
        }
        self.table = ipywidgets.HTML()
        self.weeks_note = ipywidgets.HTML()
        super().__init__(
            controls,
            _plan_figure,
            _plan_summary,
            alt_text="Bar chart of sets per week by version, and walking minutes a day.",
        )
        self.children = (*self.children[:1], self.weeks_note, *self.children[1:], self.table)
        self._show_weeks_in_use()

    def _show_weeks_in_use(self) -> None:
        """Grey out the Weeks slider for leg symptoms: that plan lasts only until the check."""
        holding = self.controls["back_pain"].value == "leg_symptoms"
        self.controls["weeks"].disabled = holding
        self.weeks_note.value = (
            f"<p><strong>{html.escape(LEG_SYMPTOM_ACTION)}</strong> {html.escape(WEEKS_NOT_USED)}</p>"
            if holding
            else ""
        )

    def refresh(self) -> None:
        """Redraw the figure, sentence and printable table; on bad input clear all three.

        After a bad input only the message stands: a plan left on screen under it
        would be the plan for the inputs before, which nobody should follow.
        """
        super().refresh()
        if getattr(self, "table", None) is None:
            return
        self._show_weeks_in_use()
        try:
            self.table.value = plan_text_html(build_plan(**self.values()))
        except ValueError:
            # With leg symptoms, what to do does not wait for a valid plan.
            holding = self.controls["back_pain"].value == "leg_symptoms"
            self.table.value = leg_symptom_safety_html() if holding else ""
            self.sentence.value = ""
            replace_figure(self.figure, no_plan_figure())


def strength_plan_live_view() -> StrengthPlanView:
    """Build a strength plan from your own runs, time, back pain, equipment and weeks.

    Returns
    -------
    StrengthPlanView
        The plan's controls, figure, summary and table.
    """
    return StrengthPlanView()
