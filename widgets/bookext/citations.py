"""Links from each entry on the references page back to every place that cites it.

sphinxcontrib-bibtex links a citation to its entry, but not back. A reader who
follows a citation to check a source, or who reads the references page first,
needs the way back: each entry ends with "Cited in:" and one link per place,
grouped by page in reading order. A page's first link is named by the page
title; more places on the same page are numbered. Each link leads to the
citation's own id (``<span class="bibtex-citation" id="…">``), where
``course-page.js`` puts focus on the citation's link.
"""

from __future__ import annotations

import html
from collections import defaultdict
from functools import partial

from docutils import nodes


def _places(domain) -> dict[str, list[tuple[str, str]]]:
    """Every citation key's places: ``(docname, citation id)`` in the order they were read."""
    places: dict[str, list[tuple[str, str]]] = defaultdict(list)
    for ref in domain.citation_refs:
        for target in ref.targets:
            places[target.key].append((ref.docname, ref.citation_ref_id))
    return places


def _grouped(places: list[tuple[str, str]], order: list[str]) -> list[tuple[str, list[str]]]:
    """Places grouped by page, pages in ``order`` (reading order), ids in page order."""
    by_page: dict[str, list[str]] = defaultdict(list)
    for docname, ref_id in places:
        by_page[docname].append(ref_id)
    rank = {name: i for i, name in enumerate(order)}
    pages = sorted(by_page, key=lambda name: (rank.get(name, len(rank)), name))
    return [(name, by_page[name]) for name in pages]


def cited_in(places, order, title_of, uri_of) -> nodes.paragraph:
    """The "Cited in:" paragraph of one entry.

    Parameters
    ----------
    places : list of (str, str)
        ``(docname, citation id)`` of each place the entry is cited.
    order : list of str
        Docnames in reading order.
    title_of : callable
        Docname -> page title.
    uri_of : callable
        Docname -> relative URI of that page from the references page.

    Returns
    -------
    docutils.nodes.paragraph
        "Cited in: Page A, 2, 3; Page B." with a link per place (the
        numbers are raw HTML links, named "Page A, citation 2").
    """
    paragraph = nodes.paragraph(classes=["course-cited-in"])
    paragraph += nodes.Text("Cited in: ")
    for p, (docname, ids) in enumerate(_grouped(places, order)):
        if p:
            paragraph += nodes.Text("; ")
        title = title_of(docname)
        for n, ref_id in enumerate(ids, start=1):
            refuri = f"{uri_of(docname)}#{ref_id}"
            if n == 1:
                paragraph += nodes.reference("", title, internal=True, refuri=refuri)
                continue
            paragraph += nodes.Text(", ")
            # The number shows; the name says where it leads, and starts with the title.
            name = html.escape(f"{title}, citation {n}", quote=True)
            paragraph += nodes.raw(
                "",
                f'<a class="reference internal" href="{html.escape(refuri, quote=True)}" '
                f'aria-label="{name}">{n}</a>',
                format="html",
            )
    paragraph += nodes.Text(".")
    return paragraph


def add_back_links(app, doctree, docname) -> None:
    """On the page with the bibliography, end each entry with the places that cite it.

    Parameters
    ----------
    app : sphinx.application.Sphinx
        The Sphinx application (its builder writes the links' addresses).
    doctree : docutils.nodes.document
        The page, with its references resolved (Sphinx's ``doctree-resolved`` event).
    docname : str
        The page's name; only a page with bibliography entries changes.
    """
    env = app.env
    if "cite" not in env.domains or app.builder.format != "html":
        return  # no sphinxcontrib-bibtex, or not a web page
    domain = env.get_domain("cite")
    citations = {citation.citation_id: citation for citation in domain.citations}
    entries = [
        node
        for node in doctree.findall(nodes.citation)
        if node["ids"] and node["ids"][0] in citations
    ]
    if not entries:
        return
    places = _places(domain)
    order = _reading_order(env)
    title_of = partial(_title, env)
    uri_of = partial(app.builder.get_relative_uri, docname)
    for entry in entries:
        key = citations[entry["ids"][0]].key
        if places.get(key):
            entry += cited_in(places[key], order, title_of, uri_of)


def _title(env, name: str) -> str:
    title = env.titles.get(name)
    return title.astext() if title is not None else name


def _reading_order(env) -> list[str]:
    """Docnames as the table of contents lists them, from the root document.

    Pages outside the table of contents come after, alphabetically.
    """
    order: list[str] = []

    def walk(name: str) -> None:
        if name in order:
            return
        order.append(name)
        for child in env.toctree_includes.get(name, []):
            walk(child)

    walk(env.config.root_doc)
    return order + sorted(set(env.found_docs) - set(order))
