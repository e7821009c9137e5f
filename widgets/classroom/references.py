"""Citations as the book prints them, for notebooks that leave the book.

The book cites with sphinxcontrib-bibtex in author-year style ("Clark et al.,
2014") and lists entries in its ``plain`` style. A notebook opened in JupyterLab
has no Sphinx, so the class export writes the same labels and the same entries
with pybtex, the library sphinxcontrib-bibtex is built on.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from widgets.data.published import bibliography_path


@lru_cache(maxsize=4)
def _bibliography(path: str):
    from pybtex.database import parse_file

    return parse_file(path)


def bibliography(path: Path | None = None):
    """Read the course's bibliography.

    Parameters
    ----------
    path : pathlib.Path or None
        A ``.bib`` file; ``None`` reads the course's own.

    Returns
    -------
    pybtex.database.BibliographyData
        The parsed entries, by key.
    """
    return _bibliography(str(path or bibliography_path()))


@lru_cache(maxsize=1)
def _backends():
    """pybtex's plain-text and Markdown writers, made once (finding a plugin scans every package)."""
    from pybtex.backends.markdown import Backend as Markdown
    from pybtex.backends.plaintext import Backend as Plain
    from pybtex.plugin import find_plugin

    return Plain(), Markdown(), find_plugin("pybtex.style.formatting", "plain")()


@lru_cache(maxsize=1024)
def _plain(latex: str) -> str:
    from pybtex.richtext import Text

    return Text.from_latex(latex).render(_backends()[0])


@lru_cache(maxsize=1024)
def author_year(key: str, path: Path | None = None) -> tuple[str, str]:
    """Give a source's authors and year as the book's author-year citations show them.

    Parameters
    ----------
    key : str
        A bibliography key, such as ``"clark2014"``.
    path : pathlib.Path or None
        The ``.bib`` file; ``None`` reads the course's own.

    Returns
    -------
    tuple of str
        ``("Clark et al.", "2014")``: one author's surname, two joined by "and",
        or the first and "et al." for three or more.

    Raises
    ------
    KeyError
        If the key is not in the bibliography.
    """
    entry = bibliography(path).entries[key]
    people = entry.persons.get("author") or entry.persons.get("editor") or []
    names = [_plain(" ".join(p.prelast_names + p.last_names)) for p in people]
    others = bool(names) and names[-1].lower() == "others"
    names = [n for n in names if n.lower() != "others"]
    if not names:
        who = _plain(entry.fields.get("organization", entry.fields.get("title", key)))
    elif len(names) > 2 or others:
        who = f"{names[0]} et al."
    elif len(names) == 2:
        who = f"{names[0]} and {names[1]}"
    else:
        who = names[0]
    return who, _plain(entry.fields.get("year", "n.d."))


def cite_parenthetical(keys: list[str], path: Path | None = None) -> str:
    """Write ``{cite:p}`` as text: "(Cavanagh and Lafortune, 1980; Clark et al., 2014)".

    Parameters
    ----------
    keys : list of str
        Bibliography keys, in the order cited.
    path : pathlib.Path or None
        The ``.bib`` file; ``None`` reads the course's own.

    Returns
    -------
    str
        The citation in parentheses.
    """
    return "(" + "; ".join(", ".join(author_year(k, path)) for k in keys) + ")"


def cite_textual(keys: list[str], path: Path | None = None) -> str:
    """Write ``{cite:t}`` as text: "Steffens et al. (2016)".

    Parameters
    ----------
    keys : list of str
        Bibliography keys, in the order cited.
    path : pathlib.Path or None
        The ``.bib`` file; ``None`` reads the course's own.

    Returns
    -------
    str
        Each source's authors with its year in parentheses, joined by "and".
    """
    return " and ".join("{} ({})".format(*author_year(k, path)) for k in keys)


def reference_list(keys, path: Path | None = None) -> list[str]:
    """Write full references in the book's ``plain`` style, as Markdown.

    Parameters
    ----------
    keys : Iterable[str]
        The bibliography keys to list (repeats are listed once).
    path : pathlib.Path or None
        The ``.bib`` file; ``None`` reads the course's own.

    Returns
    -------
    list of str
        One Markdown line per source, sorted as the book sorts them.
    """
    data = bibliography(path)
    entries = [data.entries[k] for k in dict.fromkeys(keys)]
    _, markdown, style = _backends()
    return [
        " ".join(f.text.render(markdown).split()) for f in style.format_entries(style.sort(entries))
    ]
