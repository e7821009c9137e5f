"""The book reserves each figure's own height, so nothing shifts when it draws.

Every interactive a chapter notebook calls is built here as the book builds
it; the height the page reserves (``style`` and ``data-height``) must be the
height plotly draws (``layout.height``), which the figure builder sets.
"""

import ast
import json
import re
import typing
from pathlib import Path

import plotly.graph_objects as go
import pytest

import widgets
from widgets.bookext.plotly_output import figure_html
from widgets.interactive import PLOTLY_MIME, Interactive
from widgets.render_mode import STATIC_BOOK_ENV

NOTEBOOKS = Path(__file__).resolve().parents[1] / "notebooks"


def returns_interactive(name: str) -> bool:
    return typing.get_type_hints(getattr(widgets, name)).get("return") is Interactive


def notebook_calls() -> list[str]:
    """Each call of an exported interactive in a notebook, as source text."""
    calls = set()
    for path in sorted(NOTEBOOKS.glob("*.ipynb")):
        for cell in json.loads(path.read_text(encoding="utf-8"))["cells"]:
            if cell["cell_type"] != "code":
                continue
            source = "".join(cell["source"])
            for node in ast.walk(ast.parse(source)):
                if (
                    isinstance(node, ast.Call)
                    and isinstance(node.func, ast.Name)
                    and node.func.id in widgets.__all__
                    and returns_interactive(node.func.id)
                ):
                    calls.add(ast.unparse(node))
    return sorted(calls)


CALLS = notebook_calls()


def build(call: str):
    node = ast.parse(call, mode="eval").body
    args = [ast.literal_eval(a) for a in node.args]
    kwargs = {k.arg: ast.literal_eval(k.value) for k in node.keywords}
    return getattr(widgets, node.func.id)(*args, **kwargs)


def test_the_notebooks_call_the_interactives():
    names = {call.split("(")[0] for call in CALLS}
    assert {"risk_explorer", "body_map", "exercise_demo", "training_log_explorer"} <= names


@pytest.mark.parametrize("call", CALLS)
def test_the_book_reserves_the_height_the_figure_draws_at(call, monkeypatch):
    item = build(call)
    monkeypatch.setenv(STATIC_BOOK_ENV, "1")
    data, metadata = item._repr_mimebundle_()
    figure = data[PLOTLY_MIME]
    drawn = figure["layout"]["height"]
    page = figure_html(figure, metadata[PLOTLY_MIME], "figure-id")
    reserved = re.search(r'style="height:(\d+)px[^"]*" data-height="(\d+)"', page)
    assert reserved, page[:300]
    assert int(reserved.group(1)) == int(reserved.group(2)) == drawn


def test_a_figure_without_a_height_is_refused():
    item = Interactive("no-height", go.Figure, lambda: None, "alt", "caption")
    with pytest.raises(ValueError, match="no layout height"):
        item.static_bundle()
