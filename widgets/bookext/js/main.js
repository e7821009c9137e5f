/* Start: watch the page's figures, and follow the reader's theme and window width. */
(function (course) {
  "use strict";

  function start() {
    var figures = Array.prototype.slice.call(document.querySelectorAll(".course-plotly"));
    if (!figures.length) {
      return;
    }
    course.lazy.watch(figures);
    new MutationObserver(function () {
      figures.forEach(function (div) {
        course.reader.restyle(div);
      });
    }).observe(document.documentElement, { attributes: true, attributeFilter: ["data-theme"] });
    var pending = null;
    window.addEventListener("resize", function () {
      clearTimeout(pending);
      pending = setTimeout(function () {
        figures.forEach(function (div) {
          var state = course.figureState(div);
          if (!state.drawn) {
            return;
          }
          if (course.narrow.isNarrow(div) !== state.narrow) {
            course.draw.redrawForWidth(div);
          } else {
            course.reader.restyle(div);
          }
        });
      }, 150);
    });
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", start);
  } else {
    start();
  }
})(window.CoursePlotly = window.CoursePlotly || {});
