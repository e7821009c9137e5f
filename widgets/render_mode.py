"""Decide whether an interactive is shown live (ipywidgets) or static (book).

The book build runs every notebook in a fresh kernel. The Sphinx extension sets
``STATIC_BOOK_ENV`` before those kernels start, and they inherit it. Without it,
a kernel would create ipywidgets whose saved state is several megabytes per page
and needs a widget library from another host to show.
"""

import os

STATIC_BOOK_ENV = "RUNNING_BACK_PAIN_STATIC_BOOK"


def is_static_book() -> bool:
    """Tell whether the book build is executing this notebook.

    Returns
    -------
    bool
        True when ``STATIC_BOOK_ENV`` is ``"1"``: interactives then show their
        precomputed plotly figure instead of ipywidgets.
    """
    return os.environ.get(STATIC_BOOK_ENV, "") == "1"
