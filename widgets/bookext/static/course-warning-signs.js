/* The warning-signs checker: tick boxes, and the result region says what to do.

   The questions, levels and wording come from the course's warning-signs data
   file (embedded as JSON by widgets/figures/warning_signs_checker.py). The most
   urgent level ticked wins, as in widgets.model.warning_signs_checker.assess. */
(function () {
  "use strict";

  function el(tag, text, className) {
    var node = document.createElement(tag);
    if (text) { node.textContent = text; }
    if (className) { node.className = className; }
    return node;
  }

  // With nothing ticked the page already shows the result, with its links to read
  // next (written by widgets/figures/warning_signs_checker.py): keep a copy to put back.
  function nothingTicked(region) {
    return Array.prototype.map.call(region.childNodes, function (node) {
      return node.cloneNode(true);
    });
  }

  function update(checker, data, noneNodes) {
    var ticked = Array.prototype.filter.call(
      checker.querySelectorAll("input[type=checkbox]"), function (box) { return box.checked; });
    var keys = ticked.map(function (box) { return box.name; });
    keys.sort(function (a, b) {
      return data.levels.indexOf(data.signs[a].level) - data.levels.indexOf(data.signs[b].level);
    });
    var region = checker.querySelector(".course-warning-signs-checker-result");
    var parts = [];
    if (!keys.length) {
      parts = noneNodes.map(function (node) { return node.cloneNode(true); });
      region.dataset.level = "self_care";
    } else {
      var level = data.signs[keys[0]].level;
      var label = el("p", "", "course-warning-signs-checker-label");
      label.appendChild(el("strong", data.labels[level]));
      parts.push(label, el("p", data.messages[level]));
      var list = el("ul");
      keys.forEach(function (key) { list.appendChild(el("li", data.signs[key].line)); });
      parts.push(list);
      region.dataset.level = level;
    }
    region.replaceChildren.apply(region, parts);
    // The answer sticks to the bottom of the screen (course.css): focus scrolls clear of it.
    document.documentElement.style.setProperty("--course-warning-signs-cover", region.offsetHeight + "px");
  }

  function printList(checker) {
    var details = checker.querySelector("details.course-warning-signs-checker-list");
    if (details) { details.open = true; }
    document.documentElement.classList.add("course-print-warning-signs");
    window.print();
    document.documentElement.classList.remove("course-print-warning-signs");
  }

  function setUp(checker) {
    var data = JSON.parse(checker.querySelector(".course-warning-signs-checker-data").textContent);
    var form = checker.querySelector("form");
    var noneNodes = nothingTicked(checker.querySelector(".course-warning-signs-checker-result"));
    form.addEventListener("change", function () { update(checker, data, noneNodes); });
    // A reset clears the boxes after this event: update once it has happened.
    form.addEventListener("reset", function () {
      window.setTimeout(function () { update(checker, data, noneNodes); }, 0);
    });
    form.addEventListener("submit", function (event) { event.preventDefault(); });
    var button = checker.querySelector(".course-warning-signs-checker-print");
    if (button) { button.addEventListener("click", function () { printList(checker); }); }
    update(checker, data, noneNodes);  // boxes the browser kept ticked after going back
  }

  function start() {
    document.querySelectorAll("[data-course-warning-signs]").forEach(setUp);
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", start);
  } else {
    start();
  }
})();
