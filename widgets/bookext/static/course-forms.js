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

  /* ---- Should I run tomorrow? (widgets.model.run_tomorrow.should_i_run) ---- */

  // widgets.model.pain_monitor.decision_for, with the limits of the rule table.
  function painDecision(during, after, morning, usual) {
    var limits = rules.runTomorrow.limits;
    var excesses = [];
    if (during > limits.during) {
      excesses.push(during - limits.during);
    }
    if (after > limits.after) {
      excesses.push(after - limits.after);
    }
    // Back to the usual level, and never above the 5/10 limit (MORNING_LIMIT).
    var settled = Math.min(usual, limits.during);
    if (morning > settled) {
      excesses.push(morning - settled);
    }
    var big = excesses.some(function (excess) {
      return excess > limits.stepBackMargin;
    });
    if (excesses.length > 1 || big) {
      return "rest";
    }
    if (excesses.length) {
      return "step back";
    }
    if (during > Math.min(limits.during, usual + limits.startCeilingAboveUsual)) {
      return "hold";
    }
    return "progress";
  }

  // Where the minutes put a reader on the plan (widgets.model.walk_run_plan.rejoin's rule).
  function planPlace(minutes) {
    var steps = rules.runTomorrow.stepMinutes;
    if (minutes > steps[steps.length - 1]) {
      return "beyond";
    }
    var place = "none";
    steps.forEach(function (running, i) {
      if (running <= minutes) {
        place = String(i + 1);
      }
    });
    return place;
  }

  function planPart(minutesText, decision) {
    var table = rules.runTomorrow;
    var minutes = readNumber(minutesText);
    if (minutes.problem === "empty") {
      return table.messages.minutes_empty;
    }
    if (minutes.problem) {
      return fill(table.messages.minutes_text, { text: minutes.text });
    }
    if (minutes.value < 0 || minutes.value > table.limits.maxMinutes) {
      return fill(table.messages.minutes_range, { maximum: table.limits.maxMinutes });
    }
    return table.rejoin[planPlace(minutes.value)][decision];
  }

  function runAnswer(decision, minutesText) {
    var table = rules.runTomorrow;
    var level = table.levels[decision];
    return {
      ok: true,
      headline: table.levelNames[level] + ": " + table.actions[decision],
      level: level,
      decision: decision,
      parts: [["next_run", table.nextRuns[decision]], ["recheck", table.rechecks[decision]]]
        .concat(decision === "stop" ? [] : [["plan", planPart(minutesText, decision)]]),
    };
  }

  function shouldIRun(duringText, afterText, morningText, usualText, minutesText, legSymptoms) {
    var table = rules.runTomorrow;
    if (legSymptoms === true) {
      return runAnswer("stop", minutesText);
    }
    var texts = [["during", duringText], ["after", afterText], ["morning", morningText]];
    var blank = texts.every(function (pair) {
      return !String(pair[1]).trim();
    });
    if (blank) {
      return { ok: false, headline: table.messages.start, parts: [] };
    }
    texts.push(["usual", usualText]);
    var scores = {};
    for (var t = 0; t < texts.length; t++) {
      var key = texts[t][0];
      var typed = readNumber(texts[t][1]);
      var name = table.fields[key];
      if (typed.problem) {
        return { ok: false, headline: fill(table.messages[typed.problem], { field: name, text: typed.text }), parts: [] };
      }
      if (typed.value < table.limits.painMin || typed.value > table.limits.painMax) {
        return { ok: false, headline: fill(table.messages.range, { field: name, value: showNumber(typed.value) }), parts: [] };
      }
      scores[key] = typed.value;
    }
    return runAnswer(painDecision(scores.during, scores.after, scores.morning, scores.usual), minutesText);
  }

  // The answer as lines of text, as RunTomorrow.text gives them.
  function answerText(answer) {
    var names = rules.runTomorrow.partNames;
    return [answer.headline].concat(answer.parts.map(function (part) {
      return names[part[0]] + ": " + part[1];
    })).join("\n");
  }

  /* ---- The forms on the page ---- */

  var TOOLS = {
    "long-run": function (form) {
      return checkLongRun(form.elements.longest.value, form.elements.planned.value,
        form.elements.unit.value);
    },
    "run-tomorrow": function (form) {
      var e = form.elements;
      return shouldIRun(e.during.value, e.after.value, e.morning.value, e.usual.value,
        e.minutes.value, e.legs.checked);
    },
  };

  // An answer with parts (next run, check again...) is a headline and a list.
  function show(result, answer) {
    if (!answer.parts) {
      result.textContent = answer.text;
      return;
    }
    var headline = document.createElement("p");
    headline.className = "course-form-headline";
    headline.textContent = answer.headline;
    var nodes = [headline];
    if (answer.parts.length) {
      var list = document.createElement("ul");
      answer.parts.forEach(function (part) {
        var item = document.createElement("li");
        var name = document.createElement("strong");
        name.textContent = rules.runTomorrow.partNames[part[0]] + ":";
        item.append(name, " " + part[1]);
        list.appendChild(item);
      });
      nodes.push(list);
    }
    result.replaceChildren.apply(result, nodes);
  }

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
      show(result, answer);
      result.dataset.state = answer.ok ? "answer" : "message";
      result.dataset.level = answer.level || "";
      if (form.elements.unit) {
        box.querySelectorAll(".course-form-unit").forEach(function (span) {
          span.textContent = rules.longRunCheck.units[form.elements.unit.value].word;
        });
      }
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
    shouldIRun: shouldIRun,
    answerText: answerText,
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
