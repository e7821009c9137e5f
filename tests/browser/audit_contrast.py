"""Contrast of the text plotly draws in SVG, which axe-core does not check.

Titles, axis labels, legends, annotations and the labels of plotly's buttons
and sliders: each text's colour is composed over what lies behind it (the
button, the annotation's box, the plot area or the paper, over the page) and
its WCAG contrast ratio is compared with AA (4.5:1, or 3:1 for large text).
"""

from __future__ import annotations

_SVG_TEXT_JS = """() => {
  const parse = c => {
    const m = (c || '').match(/rgba?\\(([^)]+)\\)/);
    if (!m) return null;
    const p = m[1].split(',').map(Number);
    return [p[0], p[1], p[2], p.length > 3 ? p[3] : 1];
  };
  const over = (top, bottom) => {
    const a = top[3];
    return [0, 1, 2].map(i => top[i] * a + bottom[i] * (1 - a)).concat([1]);
  };
  const pageBackground = el => {
    const layers = [];
    for (let n = el; n && n.nodeType === 1; n = n.parentElement) {
      const c = parse(getComputedStyle(n).backgroundColor);
      if (c && c[3] > 0) { layers.push(c); if (c[3] >= 1) break; }
    }
    let colour = [255, 255, 255, 1];
    for (const layer of layers.reverse()) colour = over(layer, colour);
    return colour;
  };
  const luminance = c => {
    const ch = c.slice(0, 3).map(v => { v /= 255; return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4); });
    return 0.2126 * ch[0] + 0.7152 * ch[1] + 0.0722 * ch[2];
  };
  const ratio = (a, b) => { const [x, y] = [luminance(a), luminance(b)].sort((p, q) => q - p); return (x + 0.05) / (y + 0.05); };
  const fillOf = el => {
    const style = getComputedStyle(el);
    const c = parse(style.fill);
    if (!c) return null;
    c[3] *= Number(style.fillOpacity || 1) * Number(style.opacity || 1);
    return c;
  };
  const out = [];
  document.querySelectorAll('.course-plotly').forEach(div => {
    const full = div._fullLayout;
    if (!full) return;
    const page = pageBackground(div);
    const paper = over(parse(full.paper_bgcolor) || [0, 0, 0, 0], page);
    const plotArea = over(parse(full.plot_bgcolor) || [0, 0, 0, 0], paper);
    const plotBox = (div.querySelector('.bglayer rect.bg') || div.querySelector('.plot')) ?.getBoundingClientRect();
    const selector = '.gtitle, .xtick text, .ytick text, .g-xtitle text, .g-ytitle text, ' +
      '.legendtext, .annotation-text, .updatemenu-button text, .updatemenu-header text, ' +
      '.slider-label, .slider-tick-label, .slider-current-value, text.g-gtitle';
    div.querySelectorAll(selector).forEach(text => {
      if (!text.textContent.trim() || text.getBBox().width === 0) return;
      const style = getComputedStyle(text);
      if (style.visibility === 'hidden' || style.display === 'none') return;
      let background = paper;
      const button = text.closest('.updatemenu-button, .updatemenu-header');
      const annotation = text.closest('.annotation');
      if (button) {
        const rect = button.querySelector('rect');
        const fill = rect && fillOf(rect);
        if (fill) background = over(fill, paper);
      } else if (annotation) {
        const bg = annotation.querySelector('rect.bg');
        const fill = bg && fillOf(bg);
        const box = text.getBoundingClientRect();
        const inPlot = plotBox && box.left >= plotBox.left && box.right <= plotBox.right &&
                       box.top >= plotBox.top && box.bottom <= plotBox.bottom;
        background = inPlot ? plotArea : paper;
        if (fill && fill[3] > 0) background = over(fill, background);
      }
      const colour = fillOf(text);
      if (!colour) return;
      const size = parseFloat(style.fontSize);
      const bold = Number(style.fontWeight) >= 700 || style.fontWeight === 'bold';
      const large = size >= 24 || (bold && size >= 18.66);
      const kind = button ? 'button' : annotation ? 'annotation' :
        (text.getAttribute('class') || text.parentNode.getAttribute('class') || 'text').split(' ')[0];
      out.push({figure: div.id, kind: kind, text: text.textContent.trim().slice(0, 60),
                colour: style.fill, background: 'rgb(' + background.slice(0, 3).map(Math.round).join(',') + ')',
                ratio: Math.round(ratio(over(colour, background), background) * 100) / 100,
                needed: large ? 3 : 4.5});
    });
  });
  return out;
}"""


def svg_text(page) -> list[dict]:
    """Every visible text in the page's figures, with its colours and contrast ratio."""
    return page.evaluate(_SVG_TEXT_JS)


def contrast_problems(result) -> list[str]:
    return [
        f"{t['figure']} {t['kind']} {t['text']!r}: {t['colour']} on {t['background']} "
        f"= {t['ratio']}:1, needs {t['needed']}:1"
        for t in result.svg_text
        if t["ratio"] < t["needed"]
    ]
