/* The only place that reads plotly.js internals.

   plotly's public API does not say which layout item an SVG group draws, what
   a drawn figure's computed layout is, which frames a figure holds or which
   classes its SVG has, and it offers no way to step in between a button or
   slider and the redraw it asks for. The course needs all of these, so they
   are done here and nowhere else: when a plotly.js update changes them, this
   file (and its browser tests, which call check() on every figure and press
   its controls with the mouse) is where it shows. */
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

  // One frame by its name (plotly keeps a hash of them), or null.
  function frameNamed(div, name) {
    var hash = div._transitionData && div._transitionData._frameHash;
    return (hash && name !== undefined && name !== null && hash[name]) || null;
  }

  // The SVG groups plotly draws: a header group per visible menu, a group per
  // visible slider, a button per entry of a row of buttons.
  var SELECTORS = {
    container: ".plot-container",
    menuHeader: ".updatemenu-header-group",
    menuButton: ".updatemenu-button",
    menuArrow: ".updatemenu-header-arrow",
    slider: ".slider-group",
    title: ".g-gtitle",
  };

  function menuHeaders(div) {
    return div.querySelectorAll(SELECTORS.menuHeader);
  }

  function sliderGroups(div) {
    return div.querySelectorAll(SELECTORS.slider);
  }

  function menuButtons(header) {
    return header.querySelectorAll(SELECTORS.menuButton);
  }

  function menuArrows(header) {
    return header.querySelectorAll(SELECTORS.menuArrow);
  }

  // The element plotly puts first in the figure's div when it draws.
  function plotContainer(div) {
    return div.querySelector(SELECTORS.container);
  }

  function titleElement(div) {
    return div.querySelector(SELECTORS.title);
  }

  // The SVG group of annotation ``index`` (plotly draws visible ones only).
  function annotationElement(div, index) {
    return div.querySelector(".annotation[data-index='" + index + "']");
  }

  // plotly's buttons and sliders call their method ("update", "animate"…)
  // through plotly's registry of API methods, not through window.Plotly.
  // Registering a method of the same name there (an "apiMethod" module) puts
  // route(name, div, args, original) between every control and its redraw;
  // ``original`` is the public Plotly function, which itself stays as it was.
  var COMMANDS = ["restyle", "relayout", "update", "animate"];
  var routed = false;

  function routeCommands(route) {
    if (routed) {
      return;
    }
    routed = true;
    Plotly.register(COMMANDS.map(function (name) {
      var original = Plotly[name];
      return {
        moduleType: "apiMethod",
        name: name,
        fn: function (div, ...args) {
          return route(name, div, args, original);
        },
      };
    }));
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
    menuHeaders(div).forEach(function (group) {
      if (controlIndex(group) === null) {
        problems.push("a menu's SVG group has no __data__._index");
      }
    });
    sliderGroups(div).forEach(function (group) {
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
    frameNamed: frameNamed,
    menuHeaders: menuHeaders,
    sliderGroups: sliderGroups,
    menuButtons: menuButtons,
    menuArrows: menuArrows,
    plotContainer: plotContainer,
    titleElement: titleElement,
    annotationElement: annotationElement,
    routeCommands: routeCommands,
    check: check,
  };
})(window.CoursePlotly = window.CoursePlotly || {});
