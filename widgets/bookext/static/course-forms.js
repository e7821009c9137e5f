/* The course's decision forms in the book: type numbers, read the answer.

   No rule is written here. The numbers, limits and sentences come from
   window.CourseRules (course-rules.js, generated from the Python models by
   widgets/bookext/rule_tables.py); this script only applies them, as the
   Python functions named beside each part do. A test runs both on the same
   inputs and requires the same answers. */
(function () {
  "use strict";

  var rules = window.CourseRules || {};

  /* ---- Reading and writing numbers (widgets.model.typed_numbers) ---- */

  function readNumber(text) {
    var cleaned = String(text).trim().replace(/,/g, ".");
    if (!cleaned) {
      return { value: null, problem: "empty", text: "" };
    }
    if (!new RegExp(rules.typedNumbers.pattern).test(cleaned)) {
      return { value: null, problem: "text", text: String(text).trim() };
    }
    var value = Number(cleaned);
    if (!Number.isFinite(value)) {
      return { value: null, problem: "text", text: String(text).trim() };
    }
    return { value: value, problem: "", text: String(text).trim() };
  }

  function roundHalfUp(value, decimals) {
    var scale = Math.pow(10, decimals || 0);
    return Math.floor(value * scale + 0.5) / scale;
  }

  function showNumber(value, decimals) {
    var places = decimals === undefined ? 1 : decimals;
    var text = roundHalfUp(value, places).toFixed(places);
    if (text.indexOf(".") !== -1) {
      text = text.replace(/0+$/, "").replace(/\.$/, "");
    }
    return text === "-0" ? "0" : text;
  }

  function fill(template, words) {
    return template.replace(/\{(\w+)\}/g, function (whole, key) {
      return Object.hasOwn(words, key) ? String(words[key]) : whole;
    });
  }

  /* ---- The long-run check (widgets.model.long_run_check.check_long_run) ---- */

  // widgets.model.risk_factors.increase_percent: rounded to 9 decimals, so 11 after 10 is 10 %.
  function increasePercent(recent, planned) {
    return Math.round((planned / recent - 1) * 100 * 1e9) / 1e9;
  }

  // widgets.model.risk_factors.spike_band: the first group whose edge the increase does not pass.
  function spikeBandIndex(increase) {
    var bands = rules.spikeBands;
    for (var i = 0; i < bands.length; i++) {
      if (bands[i].upToPercent === null || increase <= bands[i].upToPercent) {
        return i;
      }
    }
    return bands.length - 1;
  }

  function practicalSteps(longest, planned) {
    var table = rules.longRunCheck;
    var fraction = table.stepFraction;
    var steps = [];
    var current = longest;
    while (current * (1 + fraction) < planned - 1e-9) {
      var reach = current * (1 + fraction);
      var rounding = 0;
      for (var r = 0; r < table.stepRounding.length; r++) {
        if (current * fraction >= table.stepRounding[r] - 1e-9) {
          rounding = table.stepRounding[r];
          break;
        }
      }
      var step = rounding ? Math.floor(reach / rounding + 1e-9) * rounding : reach;
      current = step > current + 1e-9 ? step : reach;
      steps.push(current);
    }
    steps.push(planned);
    return steps;
  }

  function stepsPhrase(steps) {
    var shown = steps.map(function (step) {
      return showNumber(step);
    });
    if (shown.length > rules.longRunCheck.stepsListedInFull) {
      shown = shown.slice(0, 3).concat(["…"], shown.slice(-2));
    }
    return shown.slice(0, -1).join(", ").replace(", …,", " …") + ", then " + shown[shown.length - 1];
  }

  function fieldProblem(field, key, unit) {
    var table = rules.longRunCheck;
    var name = table.fields[key];
    if (field.problem) {
      return fill(table.messages[field.problem], { field: name, text: field.text });
    }
    if (field.value < 0) {
      return fill(table.messages.negative, { field: name });
    }
    var maximum = table.units[unit].max;
    if (field.value > maximum) {
      return fill(table.messages.too_far, {
        field: name,
        distance: showNumber(field.value),
        unit: table.units[unit].word,
        maximum: showNumber(maximum),
      });
    }
    return "";
  }

  function checkLongRun(longestText, plannedText, unit) {
    var table = rules.longRunCheck;
    var longest = readNumber(longestText);
    var planned = readNumber(plannedText);
    if (longest.problem === "empty" && planned.problem === "empty") {
      return { ok: false, text: table.messages.start };
    }
    var fields = [["longest", longest], ["planned", planned]];
    for (var f = 0; f < fields.length; f++) {
      var problem = fieldProblem(fields[f][1], fields[f][0], unit);
      if (problem) {
        return { ok: false, text: problem };
      }
    }
    var word = table.units[unit].word;
    if (longest.value === 0) {
      return { ok: false, text: table.messages.zero_longest };
    }
    if (longest.value < table.minLongest) {
      return {
        ok: false,
        text: fill(table.messages.too_short, { distance: showNumber(longest.value), unit: word }),
      };
    }
    if (planned.value === 0) {
      return { ok: false, text: table.messages.zero_planned };
    }
    var increase = increasePercent(longest.value, planned.value);
    var index = spikeBandIndex(increase);
    var band = rules.spikeBands[index];
    var words = {
      planned: showNumber(planned.value),
      longest: showNumber(longest.value),
      unit: word,
      percent: showNumber(roundHalfUp(increase), 0),
    };
    if (band.value === null) {
      var kind = increase <= 0 ? "shorter" : "within";
      return { ok: true, text: fill(table.answers[kind], words), band: index, steps: [planned.value] };
    }
    var steps = practicalSteps(longest.value, planned.value);
    words.count = steps.length;
    words.steps = stepsPhrase(steps);
    words.band = band.label;
    words.value = band.valueText;
    words.low = band.lowText;
    words.high = band.highText;
    return { ok: true, text: fill(table.answers.jump, words), band: index, steps: steps };
  }

  /* ---- The forms on the page ---- */

  var TOOLS = {
    "long-run": function (form) {
      return checkLongRun(form.elements.longest.value, form.elements.planned.value,
        form.elements.unit.value);
    },
  };

  // The phone keyboard's Next key (Enter) moves to the next field; on the last one it
  // closes the keyboard, so the answer below the fields is in view.
  function nextField(event) {
    if (event.key !== "Enter" || event.target.tagName !== "INPUT" || event.target.type === "checkbox") {
      return;
    }
    event.preventDefault();
    var fields = Array.prototype.filter.call(event.currentTarget.elements, function (el) {
      return el.tagName === "INPUT" && el.type !== "checkbox";
    });
    var next = fields[fields.indexOf(event.target) + 1];
    if (next) {
      next.focus();
    } else {
      event.target.blur();
      var result = event.currentTarget.parentNode.querySelector(".course-form-result");
      if (result) {
        result.scrollIntoView({ block: "nearest" });
      }
    }
  }

  function setUp(box) {
    var tool = TOOLS[box.dataset.courseForm];
    var form = box.querySelector("form");
    var result = box.querySelector(".course-form-result");
    if (!tool || !form || !result) {
      return;
    }
    function update() {
      var answer = tool(form);
      result.textContent = answer.text;
      result.dataset.state = answer.ok ? "answer" : "message";
      box.querySelectorAll(".course-form-unit").forEach(function (span) {
        span.textContent = form.elements.unit ? rules.longRunCheck.units[form.elements.unit.value].word : "";
      });
    }
    form.addEventListener("input", update);
    form.addEventListener("change", update);
    form.addEventListener("keydown", nextField);
    form.addEventListener("submit", function (event) {
      event.preventDefault();
    });
    update(); // fields the browser kept after going back
  }

  window.CourseForms = {
    readNumber: readNumber,
    showNumber: showNumber,
    checkLongRun: checkLongRun,
  };

  function start() {
    document.querySelectorAll("[data-course-form]").forEach(setUp);
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", start);
  } else {
    start();
  }
})();
