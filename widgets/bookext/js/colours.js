/* Dark-mode recolouring: text, grid lines and annotations follow the theme. */
(function (course) {
  "use strict";

  var COLOURS = {
    light: { text: "#222222", grid: "#d9d9d9", line: "#555555" },
    dark: { text: "#e8e8e8", grid: "#4a4a4a", line: "#bbbbbb" },
  };
  // Buttons keep a light background in both themes: plotly highlights the
  // active button with a fixed light colour, so their text must stay dark.
  var MENU_TEXT = "#222222";

  function themeName() {
    return document.documentElement.dataset.theme === "dark" ? "dark" : "light";
  }

  // The browser resolves the colour (a name, hex, rgb()…); each costs a style
  // recalculation, so each colour is resolved once.
  var resolved = new Map();

  function rgbOf(colour) {
    if (!resolved.has(colour)) {
      var probe = document.createElement("span");
      probe.style.color = colour;
      document.body.appendChild(probe);
      var rgb = getComputedStyle(probe).color.match(/\d+(\.\d+)?/g) || [0, 0, 0];
      probe.remove();
      resolved.set(colour, rgb.slice(0, 3).map(Number));
    }
    return resolved.get(colour);
  }

  // WCAG 2.1 relative luminance of an [r, g, b] colour (each 0 to 255).
  function relativeLuminance(rgb) {
    var channel = rgb.map(function (value) {
      var c = value / 255;
      return c <= 0.03928 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
    });
    return 0.2126 * channel[0] + 0.7152 * channel[1] + 0.0722 * channel[2];
  }

  // WCAG 2.1 contrast ratio of two relative luminances, from 1 to 21.
  function luminanceRatio(a, b) {
    return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
  }

  // Relative luminance of any CSS colour.
  function luminance(colour) {
    return relativeLuminance(rgbOf(colour));
  }

  function contrastRatio(first, second) {
    return luminanceRatio(luminance(first), luminance(second));
  }

  function count(layout, key) {
    return (layout[key] || []).length;
  }

  // Annotations drawn straight on the page (no box of their own) with dark
  // text would vanish on the dark theme: give them the theme's text colour,
  // and put their own colour back in the light theme.
  function annotationColours(div, layout, colour) {
    var update = {};
    var dark = themeName() === "dark";
    var saved = course.figureState(div).annotationColours;
    (layout.annotations || []).forEach(function (note, a) {
      var key = a + ":" + note.text;
      var own = note.font && note.font.color;
      var onPage = !note.bgcolor || note.bgcolor === "rgba(0,0,0,0)";
      if (dark && own && onPage && own !== colour.text && luminance(own) < 0.2) {
        saved[key] = own;
        update["annotations[" + a + "].font.color"] = colour.text;
      } else if (!dark && saved[key] && own === COLOURS.dark.text) {
        update["annotations[" + a + "].font.color"] = saved[key];
      }
    });
    return update;
  }

  // The relayout that gives ``layout`` (the figure's or one about to be drawn)
  // the reader's theme.
  function themeUpdate(div, layout) {
    var colour = COLOURS[themeName()];
    var update = {
      "font.color": colour.text,
      "title.font.color": colour.text,
      "legend.font.color": colour.text,
    };
    Object.keys(layout).forEach(function (key) {
      if (/^[xy]axis\d*$/.test(key)) {
        update[key + ".gridcolor"] = colour.grid;
        update[key + ".linecolor"] = colour.line;
        update[key + ".tickcolor"] = colour.line;
        update[key + ".zerolinecolor"] = colour.grid;
      }
    });
    Object.assign(update, annotationColours(div, layout, colour));
    for (var m = 0; m < count(layout, "updatemenus"); m++) {
      update["updatemenus[" + m + "].font.color"] = MENU_TEXT;
      update["updatemenus[" + m + "].bgcolor"] = "#ffffff";
      update["updatemenus[" + m + "].bordercolor"] = "#767676";
    }
    for (var s = 0; s < count(layout, "sliders"); s++) {
      update["sliders[" + s + "].font.color"] = colour.text;
      update["sliders[" + s + "].currentvalue.font.color"] = colour.text;
      update["sliders[" + s + "].tickcolor"] = colour.line;
    }
    return update;
  }

  course.colours = {
    COLOURS: COLOURS,
    themeName: themeName,
    relativeLuminance: relativeLuminance,
    luminanceRatio: luminanceRatio,
    luminance: luminance,
    contrastRatio: contrastRatio,
    themeUpdate: themeUpdate,
  };
})(window.CoursePlotly = window.CoursePlotly || {});
