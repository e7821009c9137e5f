/* Fit a figure to its reader: the theme's colours and the screen's width.

   Before the first draw the changes go straight into the layout (one draw,
   not a draw and a relayout); afterwards they are one Plotly.relayout of
   only what differs. */
(function (course) {
  "use strict";

  function parts(path) {
    return path.split(".").map(function (part) {
      var match = part.match(/^(\w+)\[(\d+)\]$/);
      return match ? [match[1], Number(match[2])] : [part];
    });
  }

  function valueAt(layout, path) {
    var node = layout;
    var steps = [].concat.apply([], parts(path));
    for (var i = 0; i < steps.length; i++) {
      if (node === undefined || node === null) {
        return undefined;
      }
      node = node[steps[i]];
    }
    return node;
  }

  // Set a relayout path ("title.font.size", "annotations[2].font.color") in a layout.
  function setValue(layout, path, value) {
    var steps = [].concat.apply([], parts(path));
    var node = layout;
    for (var i = 0; i < steps.length - 1; i++) {
      var next = node[steps[i]];
      if (typeof next === "string" && steps[i + 1] === "text") {
        next = { text: next };  // a title given as a plain string
      } else if (next === undefined || next === null || typeof next !== "object") {
        next = typeof steps[i + 1] === "number" ? [] : {};
      }
      node[steps[i]] = next;
      node = next;
    }
    node[steps[steps.length - 1]] = value;
  }

  // What ``layout`` needs to change for this reader (empty when nothing).
  function readerUpdate(div, layout) {
    var width = course.narrow.widthUpdate(div, layout);
    var fit = course.fit.heightUpdate(div, layout);
    if (fit.height !== undefined) {
      // The title is placed by the figure's height: place it for the new one.
      width = course.narrow.widthUpdate(div, Object.assign({}, layout, { height: fit.height }));
    }
    var wanted = Object.assign(course.colours.themeUpdate(div, layout), width, fit);
    var changed = {};
    Object.keys(wanted).forEach(function (path) {
      if (valueAt(layout, path) !== wanted[path]) {
        changed[path] = wanted[path];
      }
    });
    return changed;
  }

  // The layout part of a button's or slider step's arguments, if any.
  function layoutArgument(item) {
    var args = item.args || [];
    var index = { update: 1, relayout: 0 }[item.method];
    var arg = index === undefined ? null : args[index];
    return arg && typeof arg === "object" && !Array.isArray(arg) ? arg : null;
  }

  // Buttons and slider steps that set the title carry it already fitted to
  // this width, so using them redraws the figure once, not a second time to
  // wrap the title.
  function fitControlTitles(div, layout) {
    var items = [];
    (layout.updatemenus || []).forEach(function (menu) {
      items = items.concat(menu.buttons || []);
    });
    (layout.sliders || []).forEach(function (slider) {
      items = items.concat(slider.steps || []);
    });
    items.forEach(function (item) {
      var arg = layoutArgument(item);
      if (arg && typeof arg["title.text"] === "string") {
        Object.assign(arg, course.narrow.widthUpdate(div, {
          title: { text: arg["title.text"] }, height: layout.height }));
      }
    });
  }

  function prepare(div, layout) {
    var update = readerUpdate(div, layout);
    Object.keys(update).forEach(function (path) {
      setValue(layout, path, update[path]);
    });
    fitControlTitles(div, layout);
    return layout;
  }

  function restyle(div) {
    var state = course.figureState(div);
    if (state.busy || !state.drawn) {
      return Promise.resolve();
    }
    // A press's redraw is still to come (press.js): fit the figure after it.
    var waiting = course.press.settled(div);
    if (waiting) {
      return waiting.then(function () {
        return restyle(div);
      });
    }
    fitControlTitles(div, div.layout);
    var update = readerUpdate(div, div.layout);
    if (!Object.keys(update).length) {
      return Promise.resolve();
    }
    state.busy = true;
    div.dataset.restyling = "true";
    function done() {
      state.busy = false;
      if (!course.press.waiting(div)) {
        delete div.dataset.restyling;
      }
    }
    return course.plotlyAdapter.relayout(div, update).then(function () {
      done();
      course.controlsRedrawn(div);
    }, done);
  }

  course.reader = { readerUpdate: readerUpdate, prepare: prepare, restyle: restyle,
                    setValue: setValue };
})(window.CoursePlotly = window.CoursePlotly || {});
