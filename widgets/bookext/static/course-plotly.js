/* Draw every course figure on the page from its embedded plotly JSON.

   Runs without a kernel: buttons, sliders and frames were precomputed from the
   course's Python model. This script also
   - makes plotly's own buttons and sliders usable with the keyboard,
   - recolours text and grid lines when the reader uses the dark theme,
   - wraps long titles and turns button rows into a drop-down on narrow screens,
   - keeps Play/Pause rows as buttons, and plays animations without transitions
     when the reader asks for reduced motion. */
(function () {
  "use strict";

  var CONFIG = {
    responsive: true,
    displaylogo: false,
    // No button that uploads the reader's figure to another host.
    modeBarButtonsToRemove: ["select2d", "lasso2d", "autoScale2d", "toggleSpikelines",
      "sendChartToCloud", "sendDataToCloud", "editInChartStudio"],
  };
  var NARROW_PX = 560;
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

  function menuCount(div, key) {
    return ((div.layout && div.layout[key]) || []).length;
  }

  /* ---- colours ------------------------------------------------------- */

  function themeUpdate(div) {
    var colour = COLOURS[themeName()];
    var update = {
      "font.color": colour.text,
      "title.font.color": colour.text,
      "legend.font.color": colour.text,
    };
    Object.keys(div.layout).forEach(function (key) {
      if (/^[xy]axis\d*$/.test(key)) {
        update[key + ".gridcolor"] = colour.grid;
        update[key + ".linecolor"] = colour.line;
        update[key + ".tickcolor"] = colour.line;
        update[key + ".zerolinecolor"] = colour.grid;
      }
    });
    Object.assign(update, annotationColours(div, colour));
    for (var m = 0; m < menuCount(div, "updatemenus"); m++) {
      update["updatemenus[" + m + "].font.color"] = MENU_TEXT;
      update["updatemenus[" + m + "].bgcolor"] = "#ffffff";
      update["updatemenus[" + m + "].bordercolor"] = "#767676";
    }
    for (var s = 0; s < menuCount(div, "sliders"); s++) {
      update["sliders[" + s + "].font.color"] = colour.text;
      update["sliders[" + s + "].currentvalue.font.color"] = colour.text;
      update["sliders[" + s + "].tickcolor"] = colour.line;
    }
    return update;
  }

  function luminance(colour) {
    var probe = document.createElement("span");
    probe.style.color = colour;
    document.body.appendChild(probe);
    var rgb = getComputedStyle(probe).color.match(/\d+(\.\d+)?/g) || [0, 0, 0];
    probe.remove();
    var channel = rgb.slice(0, 3).map(function (value) {
      var c = Number(value) / 255;
      return c <= 0.03928 ? c / 12.92 : Math.pow((c + 0.04) / 1.055, 2.4);
    });
    return 0.2126 * channel[0] + 0.7152 * channel[1] + 0.0722 * channel[2];
  }

  // Annotations drawn straight on the page (no box of their own) with dark
  // text would vanish on the dark theme: give them the theme's text colour,
  // and put their own colour back in the light theme.
  function annotationColours(div, colour) {
    var update = {};
    var dark = themeName() === "dark";
    div._courseAnnotationColours = div._courseAnnotationColours || {};
    var saved = div._courseAnnotationColours;
    (div.layout.annotations || []).forEach(function (note, a) {
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

  /* ---- narrow screens ------------------------------------------------ */

  function isNarrow(div) {
    return (div.clientWidth || NARROW_PX) < NARROW_PX;
  }

  // A row of buttons does not fit a phone: there the same buttons become a
  // drop-down. plotly cannot switch a menu's type in place, so it is set
  // before drawing, and the figure is drawn again when the width crosses over.
  // A row whose buttons all run an animation is a player (Play, Pause): it
  // stays a row of buttons, since a drop-down would hide Pause while playing.
  function isPlayer(menu) {
    return (menu.buttons || []).length > 0 && menu.buttons.every(function (button) {
      return button.method === "animate";
    });
  }

  function menusForWidth(layout, narrow) {
    (layout.updatemenus || []).forEach(function (menu) {
      if (menu._courseType === undefined) {
        menu._courseType = menu.type || "dropdown";
        menu._courseDirection = menu.direction || "down";
      }
      // A row with nothing chosen yet (active -1) would show a blank drop-down.
      var convert = narrow && menu._courseType === "buttons" && menu.active !== -1 &&
        !isPlayer(menu);
      menu.type = convert ? "dropdown" : menu._courseType;
      menu.direction = convert ? "down" : menu._courseDirection;
    });
  }

  function stripBreaks(text) {
    return String(text || "").replace(/<br\s*\/?>/gi, " ").replace(/\s+/g, " ").trim();
  }

  function wrapText(text, maxChars) {
    var lines = [];
    var line = "";
    stripBreaks(text).split(" ").forEach(function (word) {
      if (line && (line + " " + word).length > maxChars) {
        lines.push(line);
        line = word;
      } else {
        line = line ? line + " " + word : word;
      }
    });
    if (line) {
      lines.push(line);
    }
    return lines;
  }

  function layoutForWidth(div) {
    var width = div.clientWidth || NARROW_PX;
    var narrow = isNarrow(div);
    var title = (div.layout.title && div.layout.title.text) || "";
    var fontSize = narrow ? 15 : 17;
    var lines = wrapText(title, Math.max(20, Math.floor(width / (fontSize * 0.55))));
    var base = div._courseBaseTopMargin;
    // plotly cuts off multi-line titles anchored at the top, so the block of
    // lines is centred at a height worked out from its line count.
    var lineHeight = fontSize * 1.3;
    var height = div._fullLayout ? div._fullLayout.height : 450;
    return {
      "title.text": lines.join("<br>"),
      "title.font.size": fontSize,
      "title.yref": "container",
      "title.yanchor": "middle",
      "title.y": 1 - (8 + (lines.length * lineHeight) / 2) / height,
      "title.pad.t": 0,
      "margin.t": base + (lines.length - 1) * lineHeight,
    };
  }

  function changedOnly(div, update) {
    var changed = {};
    Object.keys(update).forEach(function (path) {
      var value = path.split(".").reduce(function (node, part) {
        if (node === undefined || node === null) {
          return undefined;
        }
        var match = part.match(/^(\w+)\[(\d+)\]$/);
        return match ? (node[match[1]] || [])[Number(match[2])] : node[part];
      }, div.layout);
      if (value !== update[path]) {
        changed[path] = update[path];
      }
    });
    return changed;
  }

  function restyleForReader(div) {
    if (div._courseBusy) {
      return Promise.resolve();
    }
    var update = changedOnly(div, Object.assign(themeUpdate(div), layoutForWidth(div)));
    if (!Object.keys(update).length) {
      return Promise.resolve();
    }
    div._courseBusy = true;
    div.dataset.restyling = "true";
    return Plotly.relayout(div, update).then(function () {
      div._courseBusy = false;
      delete div.dataset.restyling;
      makeControlsKeyboardFriendly(div);
    }, function () {
      div._courseBusy = false;
      delete div.dataset.restyling;
    });
  }

  /* ---- keyboard ------------------------------------------------------ */

  function onKeys(element, keys, action) {
    element.onkeydown = function (event) {
      if (keys.indexOf(event.key) >= 0) {
        event.preventDefault();
        action(event.key);
      }
    };
  }

  function applyStep(div, sliderIndex, stepIndex) {
    var slider = div.layout.sliders[sliderIndex];
    var step = slider.steps[stepIndex];
    var relayout = {};
    relayout["sliders[" + sliderIndex + "].active"] = stepIndex;
    var action = step.method && step.method !== "skip"
      ? Plotly[step.method].apply(null, [div].concat(step.args || []))
      : Promise.resolve();
    return Promise.resolve(action).then(function () {
      return Plotly.relayout(div, relayout);
    }).then(function () {
      div.emit("plotly_sliderchange", { slider: slider, step: step });
      restyleForReader(div);
      makeControlsKeyboardFriendly(div);
      var focused = sliderElement(div, sliderIndex);
      if (focused) {
        focused.focus();
      }
    });
  }

  function applyMenuButton(div, menuIndex, buttonIndex) {
    var menu = div.layout.updatemenus[menuIndex];
    var button = menu.buttons[buttonIndex];
    var relayout = {};
    relayout["updatemenus[" + menuIndex + "].active"] = buttonIndex;
    return Promise.resolve(Plotly[button.method].apply(null, [div].concat(button.args || [])))
      .catch(function (reason) {
        // Pause interrupts a running Play: plotly rejects Play's promise.
        if (reason !== undefined) {
          throw reason;
        }
      })
      .then(function () {
        return Plotly.relayout(div, relayout);
      })
      .then(function () {
        div.emit("plotly_buttonclicked", { menu: menu, button: button, active: buttonIndex });
        return restyleForReader(div);
      });
  }

  // plotly draws one header group per visible menu; its data says which menu.
  function menuHeader(div, menuIndex) {
    var headers = div.querySelectorAll(".updatemenu-header-group");
    for (var h = 0; h < headers.length; h++) {
      if (headers[h].__data__ && headers[h].__data__._index === menuIndex) {
        return headers[h];
      }
    }
    return null;
  }

  function sliderElement(div, sliderIndex) {
    var sliders = div.querySelectorAll(".slider-container");
    for (var s = 0; s < sliders.length; s++) {
      var data = sliders[s].__data__;
      var index = data && data._index !== undefined ? data._index : s;
      if (index === sliderIndex) {
        return sliders[s];
      }
    }
    return null;
  }

  function makeMenuKeyboardFriendly(div, menu, m) {
    var header = menuHeader(div, m);
    if (!header) {
      return;
    }
    if (menu.type === "dropdown") {
      // The drop-down's visible text is its name; the keys are described once
      // for the whole figure (see the figure's aria-label).
      // The name is the visible text; the arrow beside it is decoration.
      var chosen = menu.buttons[menu.active] || {};
      header.setAttribute("tabindex", "0");
      header.setAttribute("role", "button");
      header.setAttribute("aria-haspopup", "listbox");
      header.setAttribute("aria-label", String(chosen.label || ""));
      header.querySelectorAll(".updatemenu-header-arrow").forEach(function (arrow) {
        arrow.setAttribute("aria-hidden", "true");
      });
      onKeys(header, ["ArrowDown", "ArrowRight", "ArrowUp", "ArrowLeft"], function (key) {
        var forward = key === "ArrowDown" || key === "ArrowRight";
        var count = div.layout.updatemenus[m].buttons.length;
        var current = div.layout.updatemenus[m].active || 0;
        var next = (current + (forward ? 1 : -1) + count) % count;
        applyMenuButton(div, m, next).then(function () {
          var again = menuHeader(div, m);
          if (again) {
            again.focus();
          }
        });
      });
      return;
    }
    header.querySelectorAll(".updatemenu-button").forEach(function (element, b) {
      element.setAttribute("tabindex", "0");
      element.setAttribute("role", "button");
      element.setAttribute("aria-label", String(menu.buttons[b].label));
      element.setAttribute("aria-pressed", String((menu.active || 0) === b));
      onKeys(element, ["Enter", " "], function () {
        applyMenuButton(div, m, b).then(function () {
          var again = menuHeader(div, m);
          var target = again && again.querySelectorAll(".updatemenu-button")[b];
          if (target) {
            target.focus();
          }
        });
      });
    });
  }

  function makeSliderKeyboardFriendly(div, slider, s) {
    var element = sliderElement(div, s);
    if (!element) {
      return;
    }
    var active = slider.active || 0;
    var step = slider.steps[active] || {};
    element.setAttribute("tabindex", "0");
    element.setAttribute("role", "slider");
    element.setAttribute("aria-label", slider.name || "Slider");
    element.setAttribute("aria-valuemin", "0");
    element.setAttribute("aria-valuemax", String(slider.steps.length - 1));
    element.setAttribute("aria-valuenow", String(active));
    element.setAttribute("aria-valuetext", String(step.value || step.label || active));
    onKeys(element, ["ArrowRight", "ArrowUp", "ArrowLeft", "ArrowDown", "Home", "End"],
      function (key) {
        var current = div._fullLayout.sliders[s].active || 0;
        var last = slider.steps.length - 1;
        var next = { Home: 0, End: last }[key];
        if (next === undefined) {
          next = current + (key === "ArrowRight" || key === "ArrowUp" ? 1 : -1);
        }
        next = Math.max(0, Math.min(last, next));
        if (next !== current) {
          applyStep(div, s, next);
        }
      });
  }

  function makeControlsKeyboardFriendly(div) {
    var full = div._fullLayout || {};
    (full.updatemenus || []).forEach(function (menu, m) {
      if (menu.visible !== false) {
        makeMenuKeyboardFriendly(div, menu, m);
      }
    });
    (full.sliders || []).forEach(function (slider, s) {
      if (slider.visible !== false) {
        makeSliderKeyboardFriendly(div, slider, s);
      }
    });
  }

  /* ---- animation ----------------------------------------------------- */

  var reducedMotion = window.matchMedia &&
    window.matchMedia("(prefers-reduced-motion: reduce)").matches;

  // Readers who ask for reduced motion get no transitions between frames
  // (frames still change when they press Play; nothing ever plays by itself).
  function withoutTransitions(args) {
    (args || []).forEach(function (arg) {
      if (arg && typeof arg === "object" && !Array.isArray(arg) && arg.transition) {
        arg.transition = Object.assign({}, arg.transition, { duration: 0 });
      }
    });
  }

  function respectReducedMotion(figure) {
    if (!reducedMotion) {
      return;
    }
    var layout = figure.layout || {};
    (layout.updatemenus || []).forEach(function (menu) {
      (menu.buttons || []).forEach(function (button) {
        if (button.method === "animate") {
          withoutTransitions(button.args);
        }
      });
    });
    (layout.sliders || []).forEach(function (slider) {
      slider.transition = Object.assign({}, slider.transition, { duration: 0 });
      (slider.steps || []).forEach(function (step) {
        if (step.method === "animate") {
          withoutTransitions(step.args);
        }
      });
    });
  }

  // Pause stops a running Play, and plotly then rejects Play's promise with no
  // reason; that is not an error, so it is not reported as one.
  var lastInterruption = 0;
  window.addEventListener("unhandledrejection", function (event) {
    if (event.reason === undefined && Date.now() - lastInterruption < 2000) {
      event.preventDefault();
    }
  });

  /* ---- drawing ------------------------------------------------------- */

  function draw(div) {
    var source = document.getElementById(div.id + "-data");
    if (!source || typeof Plotly === "undefined") {
      return;
    }
    var figure = JSON.parse(source.textContent);
    respectReducedMotion(figure);
    var layout = figure.layout || {};
    layout.height = Number(div.dataset.height) || layout.height;
    div._courseBaseTopMargin = (layout.margin && layout.margin.t) || 80;
    div._courseNarrow = isNarrow(div);
    menusForWidth(layout, div._courseNarrow);
    Plotly.newPlot(div, figure.data, layout, CONFIG).then(function () {
      if (figure.frames && figure.frames.length) {
        return Plotly.addFrames(div, figure.frames);
      }
    }).then(function () {
      return restyleForReader(div);
    }).then(function () {
      makeControlsKeyboardFriendly(div);
      listen(div);
      div.dataset.rendered = "true";
    });
  }

  // plotly.newPlot drops a figure's event handlers, so this runs after every
  // (re)draw: controls that appear later (a menu shown by another) get keys too.
  function listen(div) {
    ["plotly_buttonclicked", "plotly_sliderchange", "plotly_animated"].forEach(function (name) {
      div.on(name, function () {
        restyleForReader(div).then(function () {
          makeControlsKeyboardFriendly(div);
        });
      });
    });
    div.on("plotly_afterplot", function () {
      makeControlsKeyboardFriendly(div);
    });
    div.on("plotly_sliderend", function () {
      makeControlsKeyboardFriendly(div);
    });
    div.on("plotly_animationinterrupted", function () {
      lastInterruption = Date.now();
    });
  }

  function redrawForWidth(div) {
    div._courseNarrow = isNarrow(div);
    var layout = div.layout;
    menusForWidth(layout, div._courseNarrow);
    var frames = (div._transitionData && div._transitionData._frames) || [];
    Plotly.newPlot(div, div.data, layout, CONFIG).then(function () {
      if (frames.length) {
        return Plotly.addFrames(div, frames);
      }
    }).then(function () {
      return restyleForReader(div);
    }).then(function () {
      makeControlsKeyboardFriendly(div);
      listen(div);
    });
  }

  function drawAll() {
    var figures = document.querySelectorAll(".course-plotly");
    figures.forEach(draw);
    new MutationObserver(function () {
      figures.forEach(function (div) {
        if (div.dataset.rendered === "true") {
          restyleForReader(div);
        }
      });
    }).observe(document.documentElement, { attributes: true, attributeFilter: ["data-theme"] });
    var pending = null;
    window.addEventListener("resize", function () {
      clearTimeout(pending);
      pending = setTimeout(function () {
        figures.forEach(function (div) {
          if (div.dataset.rendered !== "true") {
            return;
          }
          if (isNarrow(div) !== div._courseNarrow) {
            redrawForWidth(div);
          } else {
            restyleForReader(div);
          }
        });
      }, 150);
    });
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", drawAll);
  } else {
    drawAll();
  }
})();
