/* Draw one figure from its plotly JSON (data.js), and draw it again for a new width.

   Works for any figure plotly's basic bundle can draw, with or without
   buttons, sliders and animation frames. Each step runs in its own task, so
   the browser can paint and answer the reader in between. */
(function (course) {
  "use strict";

  var CONFIG = {
    responsive: true,
    displaylogo: false,
    // No button that uploads the reader's figure to another host.
    modeBarButtonsToRemove: ["select2d", "lasso2d", "autoScale2d", "toggleSpikelines",
      "sendChartToCloud", "sendDataToCloud", "editInChartStudio"],
  };
  var adapter = course.plotlyAdapter;
  var REDRAW_EVENTS = ["buttonClicked", "sliderChange", "animated"];

  // After plotly (re)draws its controls: keys and names (keyboard.js), finger sizes (touch.js).
  function controlsDrawn(div) {
    course.keyboard.enhance(div);
    course.touch.enlarge(div);
  }

  function listen(div) {
    REDRAW_EVENTS.forEach(function (name) {
      adapter.on(div, name, function () {
        course.reader.restyle(div);
      });
    });
    ["afterPlot", "sliderEnd"].forEach(function (name) {
      adapter.on(div, name, function () {
        controlsDrawn(div);
      });
    });
    adapter.on(div, "animationInterrupted", course.motion.noteInterruption);
    course.status.listen(div);
    course.player.listen(div);
    course.keyboard.listen(div);
  }

  function plot(div, data, layout, frames) {
    var state = course.figureState(div);
    state.narrow = course.narrow.isNarrow(div);
    course.narrow.menusForWidth(div, layout, state.narrow);
    course.reader.prepare(div, layout);
    // newPlot removes every listener (plotly's Plots.purge): listen again each time.
    return adapter.newPlot(div, data, layout, CONFIG).then(function () {
      listen(div);
      if (frames.length) {
        return course.schedule.nextTask().then(function () {
          return adapter.addFrames(div, frames);
        });
      }
    });
  }

  // A figure that had keyboard focus before it was drawn hands it to its
  // first control (or keeps it, no longer a tab stop of its own).
  function settleFocus(div) {
    var focused = document.activeElement === div;
    div.setAttribute("tabindex", "-1");
    var control = focused && course.keyboard.firstControl(div);
    if (control) {
      control.focus();
    }
  }

  // Draws at once (plotly draws its SVG synchronously) when plotly.js and the
  // figure's data are both on the page; otherwise after its data has loaded.
  function draw(div) {
    var state = course.figureState(div);
    if (state.drawing) {
      return state.drawing;
    }
    if (!document.getElementById(div.id + "-data") || !adapter.isLoaded()) {
      return Promise.resolve();
    }
    var text = course.figureData.ready(div);
    if (text === null) {
      return course.figureData.load(div).then(function () {
        return draw(div);
      });
    }
    var figure = JSON.parse(text);
    course.motion.respectReducedMotion(figure);
    var layout = figure.layout || {};
    layout.height = Number(div.dataset.height) || layout.height;
    state.baseTopMargin = (layout.margin && layout.margin.t) || 80;
    state.frameCount = (figure.frames || []).length;
    var preview = div.querySelector(".course-plotly-preview");
    if (preview) {
      preview.remove();
    }
    state.drawing = plot(div, figure.data, layout, figure.frames || []).then(function () {
      state.drawn = true;
      controlsDrawn(div);
      course.status.update(div);
      div.dataset.rendered = "true";
      settleFocus(div);
    });
    return state.drawing;
  }

  // plotly cannot change a menu's type in place: draw again, keeping frames.
  function redrawForWidth(div) {
    var frames = adapter.frames(div).slice();
    return plot(div, div.data, div.layout, frames).then(function () {
      controlsDrawn(div);
    });
  }

  course.draw = { draw: draw, redrawForWidth: redrawForWidth };
})(window.CoursePlotly = window.CoursePlotly || {});
