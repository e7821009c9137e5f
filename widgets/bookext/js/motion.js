/* Animations: no transitions for readers who ask for reduced motion, and a
   Pause that interrupts Play is not reported as an error. */
(function (course) {
  "use strict";

  var reducedMotion = window.matchMedia &&
    window.matchMedia("(prefers-reduced-motion: reduce)").matches;
  var lastInterruption = 0;

  function withoutTransitions(args) {
    (args || []).forEach(function (arg) {
      if (arg && typeof arg === "object" && !Array.isArray(arg) && arg.transition) {
        arg.transition = Object.assign({}, arg.transition, { duration: 0 });
      }
    });
  }

  // Readers who ask for reduced motion get no transitions between frames
  // (frames still change when they press Play; nothing ever plays by itself).
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

  // A row whose buttons all run an animation is a player (Play, Pause).
  function isPlayer(menu) {
    return (menu.buttons || []).length > 0 && menu.buttons.every(function (button) {
      return button.method === "animate";
    });
  }

  function noteInterruption() {
    lastInterruption = Date.now();
  }

  // Pause stops a running Play, and plotly then rejects Play's promise with no
  // reason; that is not an error, so it is not reported as one.
  window.addEventListener("unhandledrejection", function (event) {
    if (event.reason === undefined && Date.now() - lastInterruption < 2000) {
      event.preventDefault();
    }
  });

  course.motion = {
    respectReducedMotion: respectReducedMotion,
    isPlayer: isPlayer,
    noteInterruption: noteInterruption,
  };
})(window.CoursePlotly = window.CoursePlotly || {});
