/* The only place that touches plotly.js: its functions, its events, its SVG and its internals.

   plotly's public API does not say which layout item an SVG group draws, what
   a drawn figure's computed layout is, which frames a figure holds or which
   classes its SVG has, and it offers no way to step in between a button or
   slider and the redraw it asks for. The course needs all of these, so they
   are done here and nowhere else: when a plotly.js update changes them, this
   file (and its browser tests, which call check() on every figure and press
   its controls with the mouse) is where it shows. The other scripts call
   plotly's public functions and name its events through this file too, so one
   file says everything the course expects of plotly.js
   (tests/js/adapter.test.js fails on a plotly name anywhere else). */
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
    // Anything a press on a button or slider lands in.
    control: ".updatemenu-button, .updatemenu-dropdown-button, .updatemenu-header-group, " +
      ".slider-group",
    // What a finger presses: a drop-down's header, or a button of a row.
    pressable: ".updatemenu-header, .updatemenu-header-group .updatemenu-button",
    face: "rect.updatemenu-item-rect",
    sliderRail: ".slider-group > rect.slider-rail-touch-rect",
  };

  // The control (button, drop-down or slider) an element of the page belongs to, or null.
  function controlOf(element) {
    return element && element.closest ? element.closest(SELECTORS.control) : null;
  }

  // The groups a finger presses to choose: each drop-down's header and each button of a row.
  function pressables(div) {
    return div.querySelectorAll(SELECTORS.pressable);
  }

  // The visible rect of one of those groups (its first rect), or null.
  function face(group) {
    return group.querySelector(SELECTORS.face);
  }

  // Each slider's touch area: the rect plotly's drag handlers are on.
  function sliderRails(div) {
    return div.querySelectorAll(SELECTORS.sliderRail);
  }

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

  // plotly's public functions. plotly.js loads late (lazy.js): until it has,
  // isLoaded() is false and nothing may be drawn.
  function isLoaded() {
    return typeof Plotly !== "undefined";
  }

  function newPlot(div, data, layout, config) {
    return Plotly.newPlot(div, data, layout, config);
  }

  function addFrames(div, frames) {
    return Plotly.addFrames(div, frames);
  }

  function relayout(div, update) {
    return Plotly.relayout(div, update);
  }

  // A control's own method ("update", "relayout", "restyle", "animate") with its args.
  function call(div, method, args) {
    return Plotly[method].apply(null, [div].concat(args || []));
  }

  // Forget a drawn figure: its listeners, its data and its SVG.
  function purge(div) {
    if (isLoaded() && div.data) {
      Plotly.purge(div);
    }
  }

  // plotly's events, by the names the course's scripts use.
  var EVENTS = {
    afterPlot: "plotly_afterplot",
    animated: "plotly_animated",
    animating: "plotly_animating",
    animatingFrame: "plotly_animatingframe",
    animationInterrupted: "plotly_animationinterrupted",
    buttonClicked: "plotly_buttonclicked",
    relayout: "plotly_relayout",
    restyle: "plotly_restyle",
    sliderChange: "plotly_sliderchange",
    sliderEnd: "plotly_sliderend",
    update: "plotly_update",
  };

  // plotly's name for one of EVENTS; a name not there is a mistake, not a silent no-op.
  function eventName(name) {
    if (!Object.hasOwn(EVENTS, name)) {
      throw new Error("no plotly event is called " + name);
    }
    return EVENTS[name];
  }

  function on(div, name, handler) {
    div.on(eventName(name), handler);
  }

  function emit(div, name, data) {
    div.emit(eventName(name), data);
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
    isLoaded: isLoaded,
    newPlot: newPlot,
    addFrames: addFrames,
    relayout: relayout,
    call: call,
    purge: purge,
    EVENTS: EVENTS,
    eventName: eventName,
    on: on,
    emit: emit,
    controlOf: controlOf,
    pressables: pressables,
    face: face,
    sliderRails: sliderRails,
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
