/* What a figure says when it changes: a polite live region outside the SVG.

   The book writes a visually hidden region under each figure with controls
   (id FIGURE-status, aria-live polite; widgets/bookext/figure_speech.py). It
   holds the figure's result, one paragraph per part: the title, and each
   annotation whose name starts with "result". When a control changes a part,
   only that paragraph changes, so a screen reader says the new result and
   nothing else. The demo player (player.js) adds the phase and cue of the
   picture shown. The SVG copies of these texts are hidden from assistive
   technology: in SVG their lines run together ("longestrun"). */
(function (course) {
  "use strict";

  var adapter = course.plotlyAdapter;
  var RESULT = /^result\b/;
  var decoder = null; // made when first needed, so the script loads before the page

  // The text a reader sees, without markup: <br> is a space (the same rule as
  // plain_text() in widgets/bookext/figure_speech.py).
  function plain(text) {
    var withoutTags = String(text === undefined || text === null ? "" : text)
      .replace(/<br\s*\/?>/gi, " ").replace(/<[^>]*>/g, "");
    decoder = decoder || document.createElement("textarea");
    decoder.innerHTML = withoutTags;
    return decoder.value.replace(/\s+/g, " ").trim();
  }

  // A control's label as a screen reader should say it: without symbols such as ▶ or ❚❚.
  function spokenLabel(label) {
    return String(label === undefined || label === null ? "" : label)
      .replace(/[\p{So}\p{Co}]/gu, " ").replace(/\s+/g, " ").trim();
  }

  function titleText(layout) {
    var title = layout.title;
    return plain(title && typeof title === "object" ? title.text : title);
  }

  function isResult(note) {
    return RESULT.test(String((note && note.name) || ""));
  }

  // The result's parts as [key, text]; a hidden annotation's text is empty.
  function resultParts(div) {
    var layout = div.layout || {};
    var parts = [["title", titleText(layout)]];
    (layout.annotations || []).forEach(function (note, a) {
      if (isResult(note)) {
        parts.push(["annotation-" + a, note.visible === false ? "" : plain(note.text)]);
      }
    });
    return parts;
  }

  function region(div) {
    return document.getElementById(div.id + "-status");
  }

  // Put ``text`` in the region's part ``key``, if it says something new.
  function say(div, key, text) {
    var box = region(div);
    if (!box) {
      return;
    }
    var part = box.querySelector("[data-part='" + key + "']");
    if (!part) {
      part = document.createElement("p");
      part.dataset.part = key;
      part.textContent = text;
      box.appendChild(part); // one change, spoken once
    } else if (part.textContent !== text) {
      part.textContent = text;
    }
  }

  // The <figure>'s name is its title (plotly_output.py): another exercise chosen,
  // the figure is named for it, so a reader who comes back hears what is shown.
  function nameFigure(div) {
    var figure = div.closest("figure");
    var title = titleText(div.layout || {});
    if (figure && title && figure.getAttribute("aria-label") !== title) {
      figure.setAttribute("aria-label", title);
    }
  }

  // After a redraw: say what changed, name the figure, and hide the SVG copies of the result.
  function update(div) {
    if (!course.figureState(div).drawn) {
      return;
    }
    resultParts(div).forEach(function (part) {
      say(div, part[0], part[1]);
    });
    nameFigure(div);
    hideSvgCopies(div);
  }

  function hideSvgCopies(div) {
    var title = adapter.titleElement(div);
    if (title) {
      title.setAttribute("aria-hidden", "true");
    }
    ((div.layout || {}).annotations || []).forEach(function (note, a) {
      var element = isResult(note) && adapter.annotationElement(div, a);
      if (element) {
        element.setAttribute("aria-hidden", "true");
      }
    });
  }

  var CHANGES = ["update", "relayout", "restyle", "animated", "afterPlot"];

  function listen(div) {
    CHANGES.forEach(function (name) {
      course.plotlyAdapter.on(div, name, function () {
        update(div);
      });
    });
  }

  course.status = {
    plain: plain,
    spokenLabel: spokenLabel,
    say: say,
    update: update,
    listen: listen,
  };
})(window.CoursePlotly = window.CoursePlotly || {});
