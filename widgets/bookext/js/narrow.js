/* Narrow-screen layout: wrapped titles, and button rows become drop-downs. */
(function (course) {
  "use strict";

  var NARROW_PX = 560;

  function isNarrow(div) {
    return (div.clientWidth || NARROW_PX) < NARROW_PX;
  }

  // A row of buttons does not fit a phone: there the same buttons become a
  // drop-down. plotly cannot switch a menu's type in place, so it is set
  // before drawing, and the figure is drawn again when the width crosses over.
  function menusForWidth(div, layout, narrow) {
    var own = course.figureState(div).menuTypes;
    (layout.updatemenus || []).forEach(function (menu, m) {
      if (!own[m]) {
        own[m] = { type: menu.type || "dropdown", direction: menu.direction || "down" };
      }
      // A row with nothing chosen yet (active -1) would show a blank drop-down,
      // and a player (Play, Pause) stays a row: a drop-down would hide Pause while playing.
      var convert = narrow && own[m].type === "buttons" && menu.active !== -1 &&
        !course.motion.isPlayer(menu);
      menu.type = convert ? "dropdown" : own[m].type;
      menu.direction = convert ? "down" : own[m].direction;
    });
  }

  // The same rule as wrap() in widgets/figures/text_layout.py (a test runs
  // both): <br> counts as a space, lines break only at spaces, a number and
  // its unit stay together, a long word gets a line of its own, and a line
  // holds at most maxChars characters, counting the indent of later lines.
  function wrapText(text, maxChars, indent) {
    var later = indent || "";
    var joined = String(text || "").replace(/<br[ \t\n\r\f\v]*\/?>/gi, " ")
      .split(/[ \t\n\r\f\v]+/).filter(Boolean).join(" ")
      .replace(/([0-9]) (%|mm|km|mi|kg|MPa|BW|times)(?![A-Za-z0-9_])/g, "$1\u00a0$2");
    var length = function (s) {
      return Array.from(s).length;
    };
    var lines = [];
    var line = "";
    joined.split(" ").filter(Boolean).forEach(function (word) {
      if (line && length(line) + 1 + length(word) > maxChars) {
        lines.push(line);
        line = later + word;
      } else {
        line = line ? line + " " + word : word;
      }
    });
    if (line) {
      lines.push(line);
    }
    return lines.map(function (each) {
      return each.replace(/\u00a0/g, " ");
    });
  }

  // The relayout that fits the title of ``layout`` to the figure's width.
  function widthUpdate(div, layout) {
    var width = div.clientWidth || NARROW_PX;
    var fontSize = isNarrow(div) ? 15 : 17;
    var title = (layout.title && layout.title.text) || "";
    var lines = wrapText(title, Math.max(20, Math.floor(width / (fontSize * 0.55))));
    // plotly cuts off multi-line titles anchored at the top, so the block of
    // lines is centred at a height worked out from its line count.
    var lineHeight = fontSize * 1.3;
    var height = layout.height || course.plotlyAdapter.height(div, 450);
    return {
      "title.text": lines.join("<br>"),
      "title.font.size": fontSize,
      "title.yref": "container",
      "title.yanchor": "middle",
      "title.y": 1 - (8 + (lines.length * lineHeight) / 2) / height,
      "title.pad.t": 0,
      "margin.t": course.figureState(div).baseTopMargin + (lines.length - 1) * lineHeight,
    };
  }

  course.narrow = {
    NARROW_PX: NARROW_PX,
    isNarrow: isNarrow,
    menusForWidth: menusForWidth,
    wrapText: wrapText,
    widthUpdate: widthUpdate,
  };
})(window.CoursePlotly = window.CoursePlotly || {});
