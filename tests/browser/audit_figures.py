"""Every figure has a name, a caption and a text alternative; images have alt text.

Course figures (plotly, drawn by the book extension) need a name (``aria-label``),
a caption, a ``<figure>`` around them, a *Text description and data* section
with a table or a sentence, and no toolbar button that uploads the figure to
another host. Other figures need alt text and a caption.
"""

from __future__ import annotations

UPLOADING_BUTTONS = ("Share chart", "Edit in Chart Studio", "Edit chart")  # plotly modebar

_FIGURES_JS = """() => {
  const text = el => el ? el.innerText.trim() : '';
  const plotly = [...document.querySelectorAll('.course-plotly')].map(div => {
    const fig = div.closest('figure');
    const alt = fig && fig.querySelector('details.course-text-alternative');
    return {kind: 'plotly', id: div.id, role: div.getAttribute('role') || '',
            name: (div.getAttribute('aria-label') || '').trim(),
            caption: text(fig && fig.querySelector('figcaption')),
            in_figure: !!fig,
            alternative: alt ? {summary: text(alt.querySelector('summary')),
                                text: alt.textContent.trim().slice(0, 4000),
                                tables: alt.querySelectorAll('table').length} : null,
            modebar: [...div.querySelectorAll('.modebar-btn')].map(b =>
                       b.getAttribute('data-title') || b.getAttribute('aria-label') || '')};
  });
  const others = [...document.querySelectorAll('article figure')]
    .filter(fig => !fig.querySelector('.course-plotly'))
    .map(fig => {
      const media = fig.querySelector('img, svg, video, canvas, iframe');
      return {kind: 'figure', id: fig.id || '', caption: text(fig.querySelector('figcaption')),
              name: media ? (media.getAttribute('alt') || media.getAttribute('aria-label') ||
                             media.getAttribute('title') || '').trim() : '',
              media: media ? media.tagName.toLowerCase() : ''};
    });
  return plotly.concat(others);
}"""

_IMAGES_JS = """() => [...document.querySelectorAll('main img, article img')].map(img => ({
  src: img.getAttribute('src'), alt: img.getAttribute('alt'),
  hidden: img.getAttribute('aria-hidden') === 'true' || img.getAttribute('role') === 'presentation',
}))"""


def figures(page) -> list[dict]:
    """Each figure's kind, id, name, caption, text alternative and modebar buttons."""
    return page.evaluate(_FIGURES_JS)


def images(page) -> list[dict]:
    """Each image in the page's text: its source, alt text and whether it is hidden."""
    return page.evaluate(_IMAGES_JS)


def figure_problems(result) -> list[str]:
    problems = []
    for f in result.figures:
        label = f"{f['kind']} {f['id'] or '(no id)'}"
        if len(f["name"]) < 10:
            problems.append(f"{label}: no alt text or aria-label ({f['name']!r})")
        if len(f["caption"]) < 10:
            problems.append(f"{label}: no caption")
        if f["kind"] != "plotly":
            continue
        alt = f["alternative"]
        if not f["in_figure"]:
            problems.append(f"{label}: not inside a <figure>")
        if f["role"] == "img" and f["modebar"]:
            problems.append(f"{label}: role=img hides its controls from assistive technology")
        if alt is None:
            problems.append(f"{label}: no <details> text alternative")
        elif not alt["tables"] and len(alt["text"]) - len(alt["summary"]) < 40:
            problems.append(f"{label}: the text alternative has no table and no sentence")
    for image in result.images:
        if image["alt"] is None and not image["hidden"]:
            problems.append(f"img {image['src']}: no alt attribute")
    return problems


def upload_problems(result) -> list[str]:
    offered = sorted(
        {
            title
            for f in result.figures
            for title in f.get("modebar", [])
            if title.startswith(UPLOADING_BUTTONS)
        }
    )
    return [
        f"the figure toolbar offers {title!r}, which sends the reader's figure to another "
        "host; remove it from the plotly config"
        for title in offered
    ]
