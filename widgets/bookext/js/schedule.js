/* When to run work: after the browser has painted, or in a task of its own.

   Drawing (draw.js), lazy loading (lazy.js) and presses (press.js) all wait
   for the browser this way. The two helpers live here, below all of them,
   so that none of those scripts needs another just to wait. */
(function (course) {
  "use strict";

  // Let the browser paint and handle input before going on.
  function nextTask() {
    if (window.scheduler && typeof window.scheduler.yield === "function") {
      return window.scheduler.yield();
    }
    return new Promise(function (resolve) {
      setTimeout(resolve, 0);
    });
  }

  // Run ``callback`` once the current look of the page has been painted.
  function afterPaint(callback) {
    requestAnimationFrame(function () {
      setTimeout(callback, 0);
    });
  }

  course.schedule = { nextTask: nextTask, afterPaint: afterPaint };
})(window.CoursePlotly = window.CoursePlotly || {});
