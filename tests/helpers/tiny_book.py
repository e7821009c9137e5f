"""Build a small Sphinx book with the course's extension, in a temporary folder.

``build(tmp_path, {"page": "# Text", "chart": notebook_with_figure("alt")})``
returns the HTML folder and the build's warnings. Notebooks are not executed:
give them outputs, as ``notebook_with_figure`` does.
"""

from __future__ import annotations

import io

import nbformat
from sphinx.application import Sphinx

from widgets.interactive import PLOTLY_MIME

CONF = """
extensions = ["myst_nb", "sphinx_thebe", "widgets.bookext"]
html_theme = "sphinx_book_theme"
nb_execution_mode = "off"
thebe_config = {"always_load": False}
exclude_patterns = ["_build"]
"""


def notebook_with_figure(alt: str, y=(1, 2)) -> nbformat.NotebookNode:
    notebook = nbformat.v4.new_notebook()
    notebook.metadata["kernelspec"] = {
        "name": "python3",
        "display_name": "Python 3",
        "language": "python",
    }
    cell = nbformat.v4.new_code_cell("figure()")
    cell.outputs = [
        nbformat.v4.new_output(
            "display_data",
            data={
                PLOTLY_MIME: {
                    "data": [{"type": "scatter", "y": list(y)}],
                    "layout": {"title": {"text": "</script> is escaped"}},
                },
                "text/plain": "a figure",
            },
            metadata={
                PLOTLY_MIME: {
                    "alt": alt,
                    "caption": "Source: a test.",
                    "text_alternative": "<table><tr><td>1</td></tr></table>",
                }
            },
        )
    ]
    notebook.cells = [nbformat.v4.new_markdown_cell("# Figures"), cell]
    return notebook


def build(tmp_path, pages: dict[str, object], conf_extra: str = ""):
    source = tmp_path / "src"
    source.mkdir()
    (source / "conf.py").write_text(CONF + conf_extra)
    toctree = "\n".join(pages)
    (source / "index.md").write_text(f"# Home\n\n```{{toctree}}\n{toctree}\n```\n")
    for name, content in pages.items():
        if isinstance(content, str):
            (source / f"{name}.md").write_text(content)
        else:
            nbformat.write(content, source / f"{name}.ipynb")
    warnings = io.StringIO()
    app = Sphinx(
        str(source),
        str(source),
        str(tmp_path / "html"),
        str(tmp_path / "doctrees"),
        "html",
        status=None,
        warning=warnings,
        freshenv=True,
    )
    app.build()
    return tmp_path / "html", warnings.getvalue()
