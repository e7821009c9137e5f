/* Lazy drawing: plotly.js loads, and a figure draws, only when the reader needs it.

   A figure is drawn when it comes near the viewport, when keyboard focus
   reaches it, when an in-page link targets it, and (all of them) when the
   page is printed. Figures are drawn one at a time, with a pause for the
   browser between them, so the page stays responsive while they draw. */
(function (course) {
  "use strict";

  var NEAR = "400px 0px";  // start drawing this far before a figure scrolls into view
  var queue = [];
  var running = false;
  var plotlyLoading = null;

  function loadPlotly() {
    if (course.plotlyAdapter.isLoaded()) {
      return Promise.resolve();
    }
    if (!plotlyLoading) {
      plotlyLoading = new Promise(function (resolve, reject) {
        var script = document.createElement("script");
        script.src = course.PLOTLY_SRC;
        script.onload = resolve;
        script.onerror = function () {
          plotlyLoading = null;
          reject(new Error("plotly.js did not load from " + course.PLOTLY_SRC));
        };
        document.head.appendChild(script);
      });
    }
    return plotlyLoading;
  }

  function pump() {
    if (running) {
      return;
    }
    running = true;
    function step() {
      var div = queue.shift();
      if (!div) {
        running = false;
        return undefined;
      }
      return course.draw.draw(div).then(course.schedule.nextTask, function (problem) {
        console.error(problem);
      }).then(step);
    }
    loadPlotly().then(step, function (problem) {
      running = false;
      console.error(problem);
    });
  }

  // Queue a figure for drawing; ``first`` puts it ahead of the others. Its
  // data starts loading now, alongside plotly.js and the figures before it.
  function request(div, first) {
    if (course.figureState(div).drawing) {
      return;
    }
    course.figureData.load(div).catch(function () {
      return null;  // drawing loads it again, and reports a failure
    });
    var queued = queue.indexOf(div);
    if (queued >= 0 && first) {
      queue.splice(queued, 1);
    }
    if (queued < 0 || first) {
      queue[first ? "unshift" : "push"](div);
    }
    pump();
  }

  function figureOf(element) {
    var figure = element && element.closest && element.closest("figure.course-figure");
    return figure ? figure.querySelector(".course-plotly") : null;
  }

  function drawTarget(hash) {
    var id = decodeURIComponent(String(hash || "").slice(1));
    var div = id ? figureOf(document.getElementById(id)) : null;
    if (div) {
      request(div, true);
    }
  }

  // Printing draws at once what it can: plotly draws its SVG synchronously,
  // so a figure drawn in beforeprint is on the printed page. Without plotly
  // or the figure's data yet, a figure shows its text description and data
  // on paper instead (and draws for a later print).
  var openedForPrint = [];

  function forPrint(figures) {
    figures.forEach(function (div) {
      if (course.plotlyAdapter.isLoaded() && course.figureData.ready(div) !== null) {
        course.draw.draw(div);
      } else {
        request(div);
        var details = div.closest("figure").querySelector("details.course-text-alternative");
        if (details && !details.open) {
          details.open = true;
          openedForPrint.push(details);
        }
      }
    });
  }

  function afterPrint() {
    openedForPrint.splice(0).forEach(function (details) {
      details.open = false;
    });
  }

  function watch(figures) {
    if ("IntersectionObserver" in window) {
      var observer = new IntersectionObserver(function (entries) {
        entries.forEach(function (entry) {
          if (entry.isIntersecting) {
            observer.unobserve(entry.target);
            request(entry.target);
          }
        });
      }, { rootMargin: NEAR });
      figures.forEach(function (div) {
        observer.observe(div);
      });
    } else {
      figures.forEach(function (div) {
        request(div);
      });
    }
    figures.forEach(function (div) {
      // Until it is drawn the figure is a tab stop itself, so the keyboard
      // cannot skip its (not yet drawn) controls; Tab pressed on it before
      // they are drawn waits for them (draw.js then focuses the first one).
      if (!course.figureState(div).drawing) {
        div.setAttribute("tabindex", "0");
      }
      div.addEventListener("keydown", function (event) {
        if (event.key === "Tab" && !event.shiftKey && event.target === div &&
            !course.figureState(div).drawn) {
          event.preventDefault();
          request(div, true);
        }
      });
      div.closest("figure").addEventListener("focusin", function () {
        request(div, true);
      });
    });
    drawTarget(location.hash);
    window.addEventListener("hashchange", function () {
      drawTarget(location.hash);
    });
    document.addEventListener("click", function (event) {
      var link = event.target.closest && event.target.closest("a[href*='#']");
      if (link && link.pathname === location.pathname) {
        drawTarget(link.hash);
      }
    });
    window.addEventListener("beforeprint", function () {
      forPrint(figures);
    });
    window.addEventListener("afterprint", afterPrint);
    var printing = window.matchMedia && window.matchMedia("print");
    if (printing && printing.matches) {
      forPrint(figures);  // opened as print (a PDF printer emulates print media from the start)
    }
    if (printing && printing.addEventListener) {
      printing.addEventListener("change", function (event) {
        if (event.matches) {
          forPrint(figures);
        }
      });
    }
  }

  course.lazy = {
    watch: watch,
    request: request,
    loadPlotly: loadPlotly,
  };
})(window.CoursePlotly = window.CoursePlotly || {});
