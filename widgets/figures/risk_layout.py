"""Where the blocks of the relative-injury-rate figure go, in pixels.

From the top: the title, the caveat, the legend, the plot, and in the book
the slider and the reading. Plotly places legends, notes and sliders in paper
units, which stretch with the figure's height; laying the blocks out in
pixels keeps them apart at any height.
"""

from __future__ import annotations

from widgets.figures.style import paper_note

CAVEAT = (
    "Relative rate of running-related injury<br>(mostly lower limb). Not back pain."
    "<br>Not your personal chance."
)
# Vertical layout, in pixels below the top of the plotting area. The book's
# script may add lines to the title (and so to the top margin); the slack
# between the blocks absorbs that.
TOP_MARGIN_PX = 56
BOTTOM_MARGIN_PX = 10
CAVEAT_TOP_PX = 40
LEGEND_TOP_PX = 96
PLOT_TOP_PX = 146
PLOT_BOTTOM_PX = 446
SLIDER_TOP_PX = 520


class PixelGrid:
    """Places the figure's blocks (caveat, legend, plot, slider) in pixels.

    Plotly places menus, legends and notes in paper units (0 is the bottom of
    the plotting area, 1 its top), which move when the figure's height
    changes; the blocks are laid out in pixels below the top instead, and
    turned into paper units here.

    Parameters
    ----------
    height_px : int
        The figure's height, in pixels.
    top_margin_px : int
        Room above the plotting area for the title, in pixels.
    shift_px : int, default 0
        Moves every block down (negative: up, when there is no drop-down), in
        pixels.
    """

    def __init__(self, height_px: int, top_margin_px: int, shift_px: int = 0):
        self.height_px = height_px
        self.top_margin_px = top_margin_px
        self.shift_px = shift_px

    def y(self, px_from_top: float) -> float:
        """Paper units of a height given in pixels below the top of the plotting area.

        Parameters
        ----------
        px_from_top : float
            Distance below the top of the plotting area, in pixels.

        Returns
        -------
        float
            The same height in paper units.
        """
        paper_px = self.height_px - self.top_margin_px - BOTTOM_MARGIN_PX
        return 1.0 - (px_from_top + self.shift_px) / paper_px

    def caveat(self) -> dict:
        """What the numbers are not, written on the figure itself.

        Returns
        -------
        dict
            The caveat's annotation.
        """
        return paper_note(CAVEAT, self.y(CAVEAT_TOP_PX), {"size": 12}, name="caveat")

    def frame(self) -> dict:
        """Height, margins and legend.

        Returns
        -------
        dict
            Layout properties, for ``update_layout``.
        """
        return {
            "height": self.height_px,
            "margin": {"l": 10, "r": 10, "t": self.top_margin_px, "b": BOTTOM_MARGIN_PX},
            "legend": {
                "orientation": "h",
                "x": 0,
                "y": self.y(LEGEND_TOP_PX),
                "yanchor": "top",
                "font": {"size": 12},
            },
        }

    def plot_domain(self) -> tuple[float, float]:
        """Bottom and top of the plot, in paper units.

        Returns
        -------
        tuple of float
            The y axis's domain.
        """
        return (self.y(PLOT_BOTTOM_PX), self.y(PLOT_TOP_PX))
