"""The interactives chapters call, one module per topic.

Each public function returns an :class:`~widgets.interactive.Interactive`:
live ipywidgets in JupyterLab, a precomputed plotly figure in the book.
"""
