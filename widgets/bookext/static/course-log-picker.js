/* "Check your own files": the picker. Until the reader picks files (with the
   button, or by dropping them on it), the page loads nothing else; then this
   loads the check (course-log.js, beside this script) and hands it the files.
   The files are read on the device and never sent anywhere. */
(function () {
  "use strict";

  var loading = null;
  var self = document.currentScript;

  function engine(container) {
    if (window.CourseLog && window.CourseLog.page) {
      return Promise.resolve(window.CourseLog);
    }
    if (!loading) {
      loading = new Promise(function (resolve, reject) {
        var script = document.createElement("script");
        script.src = new URL(container.dataset.engine, self ? self.src : document.baseURI).href;
        script.onload = function () {
          window.CourseLog.engineUrl = script.src;  // for the Web Workers that read files
          resolve(window.CourseLog);
        };
        script.onerror = function () {
          loading = null;
          reject(new Error("the check did not load"));
        };
        document.head.appendChild(script);
      });
    }
    return loading;
  }

  function say(container, text) {
    var p = document.createElement("p");
    p.textContent = text;
    container.querySelector(".course-log-status").replaceChildren(p);
  }

  function pick(container, files) {
    if (!files.length) {
      return;
    }
    say(container, "Loading the check…");
    engine(container).then(function (log) {
      log.page.run(container, files);
    }, function () {
      say(container, "The check could not load. Reload the page, or use the command line below.");
    });
  }

  function setUp(container) {
    var input = container.querySelector(".course-log-input");
    var drop = container.querySelector(".course-log-drop");
    input.addEventListener("change", function () {
      pick(container, Array.prototype.slice.call(input.files));
    });
    ["dragenter", "dragover"].forEach(function (name) {
      drop.addEventListener(name, function (event) {
        event.preventDefault();
        drop.classList.add("course-log-dragging");
      });
    });
    ["dragleave", "drop"].forEach(function (name) {
      drop.addEventListener(name, function () {
        drop.classList.remove("course-log-dragging");
      });
    });
    drop.addEventListener("drop", function (event) {
      event.preventDefault();
      pick(container, Array.prototype.slice.call(event.dataTransfer.files));
    });
    container.querySelector("form").addEventListener("submit", function (event) {
      event.preventDefault();
    });
  }

  function start() {
    document.querySelectorAll("[data-course-log]").forEach(setUp);
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", start);
  } else {
    start();
  }
})();
