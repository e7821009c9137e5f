"""Leave the plumbing code of ``hide-input`` cells out of the book.

myst-nb shows a ``hide-input`` cell's code behind a "Show code cell source"
bar. Readers of the book have no use for it (it is the one call that draws a
figure), and on a phone every bar is one more thing to scroll past and tap by
mistake. This transform drops the code of those cells from the HTML, as
``remove-input`` would, before myst-nb wraps it. The notebooks keep the tag
and the code, so JupyterLab still shows the code folded.
"""

from __future__ import annotations

from docutils import nodes
from sphinx.transforms.post_transforms import SphinxPostTransform


class RemoveHiddenCodeSources(SphinxPostTransform):
    """Drop the source of every code cell whose only hidden part is its input."""

    default_priority = 198  # before myst-nb's HideInputCells (199) wraps it in a bar
    formats = ("html",)

    def run(self, **kwargs) -> None:
        """Remove each ``hide-input`` cell's source node and its hide mode.

        Parameters
        ----------
        **kwargs
            Unused; Sphinx passes the transform's options.
        """
        for cell in list(self.document.findall(nodes.container)):
            if cell.get("nb_element") != "cell_code" or cell.get("hide_mode") != "input":
                continue
            if cell.children and cell.children[0].get("nb_element") == "cell_code_source":
                cell.remove(cell.children[0])
            del cell["hide_mode"]
