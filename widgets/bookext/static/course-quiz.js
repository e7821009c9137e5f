/* Self-check questions in the book: show the feedback for the chosen answer.

   The page already holds every feedback text (hidden); this script only picks
   the one that matches the answer and copies it into the question's feedback
   region, which screen readers announce. Works with mouse and keyboard:
   Tab to the options, arrow keys to choose, Enter or the Check button. */
(function () {
  "use strict";

  function show(form, key) {
    var region = form.querySelector(".course-quiz-feedback");
    var source = key === null ? null : document.getElementById(form.id + "-fb-" + key);
    form.classList.remove("course-quiz-right", "course-quiz-wrong");
    if (!source) {
      region.textContent = form.dataset.kind === "numeric"
        ? "Type a number first." : "Choose an answer first.";
      return;
    }
    region.innerHTML = source.innerHTML;
    form.classList.add(source.dataset.right === "true" ? "course-quiz-right" : "course-quiz-wrong");
  }

  // The same rule as widgets.model.quizzes.Question.is_right: within the tolerance,
  // or the answer rounded to the decimals the reader gave (7.3 for 7.29).
  var MAX_DECIMALS = 6;

  function roundHalfUp(value, places) {
    var factor = Math.pow(10, places);
    return Math.floor(value * factor + 0.5) / factor;
  }

  function decimalsShown(value) {
    for (var places = 0; places <= MAX_DECIMALS; places += 1) {
      if (Math.abs(value - roundHalfUp(value, places)) < 1e-9) return places;
    }
    return MAX_DECIMALS;
  }

  function isRight(value, answer, tolerance, roundTo) {
    if (Math.abs(value - answer) <= tolerance + 1e-9) return true;
    var places = decimalsShown(value);
    return places >= roundTo && Math.abs(roundHalfUp(answer, places) - value) < 1e-9;
  }

  function answerKey(form) {
    if (form.dataset.kind === "numeric") {
      var input = form.querySelector("input[type=number]");
      var raw = input.value.trim().replace(",", ".");
      if (raw === "" || Number.isNaN(Number(raw))) return null;
      var answer = Number(form.dataset.answer);
      var tolerance = Number(form.dataset.tolerance) || 0;
      var roundTo = Number(form.dataset.roundTo) || 0;
      return isRight(Number(raw), answer, tolerance, roundTo) ? "right" : "wrong";
    }
    var chosen = form.querySelector("input[type=radio]:checked");
    return chosen ? chosen.value : null;
  }

  function setUp(form) {
    form.addEventListener("submit", function (event) {
      event.preventDefault();
      show(form, answerKey(form));
    });
    // Choosing another option clears the old feedback, so it never describes the wrong answer.
    form.addEventListener("change", function () {
      var region = form.querySelector(".course-quiz-feedback");
      if (region.textContent) {
        region.textContent = "";
        form.classList.remove("course-quiz-right", "course-quiz-wrong");
      }
    });
  }

  function init() {
    document.querySelectorAll("form.course-quiz-question").forEach(setUp);
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", init);
  } else {
    init();
  }
})();
