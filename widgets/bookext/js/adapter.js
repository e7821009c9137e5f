/* The only place that reads plotly.js internals.

   plotly's public API does not say which layout item an SVG group draws, what
   a drawn figure's computed layout is, or which frames a figure holds. The
   course needs all three, so they are read here and nowhere else: when a
   plotly.js update changes them, this file (and its browser test, which calls
   check() on every figure) is where it shows. */
(function (course) {
  "use strict";

  // The layout plotly computed when it drew the figure (defaults filled in).
  function fullLayout(div) {
    return div._fullLayout || null;
  }

  function menus(div) {
    return (fullLayout(div) || {}).updatemenus || [];
  }

  function sliders(div) {
    return (fullLayout(div) || {}).sliders || [];
  }

  function height(div, fallback) {
    var full = fullLayout(div);
    return full && full.height ? full.height : fallback;
  }

  // plotly binds each menu or slider to its SVG group with d3; the bound
  // item's _index is that control's index in layout.updatemenus or sliders.
  function controlIndex(element) {
    var data = element && element.__data__;
    return data && data._index !== undefined ? data._index : null;
  }

  // The frames added with Plotly.addFrames (animations, precomputed steps).
  function frames(div) {
    return (div._transitionData && div._transitionData._frames) || [];
  }

  // What no longer works as expected on a drawn figure (empty: all is well).
  function check(div, expectedFrames) {
    var problems = [];
    var full = fullLayout(div);
    if (!full) {
      return ["_fullLayout is missing"];
    }
    if (typeof full.height !== "number") {
      problems.push("_fullLayout.height is not a number");
    }
    if (!Array.isArray(full.updatemenus) || !Array.isArray(full.sliders)) {
      problems.push("_fullLayout.updatemenus or .sliders is not a list");
    }
    var menuCount = ((div.layout || {}).updatemenus || []).length;
    if (menus(div).length !== menuCount) {
      problems.push("_fullLayout.updatemenus has " + menus(div).length + " menus, layout " +
                    menuCount);
    }
    div.querySelectorAll(".updatemenu-header-group").forEach(function (group) {
      if (controlIndex(group) === null) {
        problems.push("a menu's SVG group has no __data__._index");
      }
    });
    div.querySelectorAll(".slider-group").forEach(function (group) {
      if (controlIndex(group) === null) {
        problems.push("a slider's SVG group has no __data__._index");
      }
    });
    if (expectedFrames !== undefined && frames(div).length !== expectedFrames) {
      problems.push("_transitionData._frames has " + frames(div).length + " frames, expected " +
                    expectedFrames);
    }
    return problems;
  }

  course.plotlyAdapter = {
    fullLayout: fullLayout,
    menus: menus,
    sliders: sliders,
    height: height,
    controlIndex: controlIndex,
    frames: frames,
    check: check,
  };
})(window.CoursePlotly = window.CoursePlotly || {});
