/* The chapter's figure of a log, built in the browser from a reader's own files.

   The same figure as widgets/figures/training_log.py draws for the sample
   log (each run by its group, the 30-day longest and 10 % above it, weekly
   totals behind a button, the pain diary on a 0-10 axis), with its styles and
   layout from CourseLogRules.figure; a test compares the two. A long log is
   drawn as its recent part, as in Python: plotly draws each point as an SVG
   element of its own, too slow for a phone at 2,000 runs. */
(function (log) {
  "use strict";

  var py = log.py;

  function clone(value) {
    return JSON.parse(JSON.stringify(value));
  }

  function fromKm(km, unit) {
    return unit === "mi" ? km / log.rules.km_per_mile : km;
  }

  function capitalize(text) {
    return text.charAt(0).toUpperCase() + text.slice(1).toLowerCase();
  }

  function signed(value) {
    var text = py.fixed(value, 0);
    return text.charAt(0) === "-" ? text : "+" + text;
  }

  // wrap_hover() in widgets/figures/text_layout.py: each line of a tap-for-details box is
  // broken at spaces to fit a phone, a number and its unit kept together (the rule of wrap()).
  function wrapLine(text, maxChars) {
    var joined = String(text).split(/[ \t\n\r\f\v]+/).filter(Boolean).join(" ")
      .replace(/([0-9]) (%|mm|km|mi|kg|MPa|BW|times)(?![A-Za-z0-9_])/g, "$1\u00a0$2");
    var lines = [];
    var line = "";
    joined.split(" ").filter(Boolean).forEach(function (word) {
      if (line && Array.from(line).length + 1 + Array.from(word).length > maxChars) {
        lines.push(line);
        line = word;
      } else {
        line = line ? line + " " + word : word;
      }
    });
    if (line) {
      lines.push(line);
    }
    return lines.join("<br>").replace(/\u00a0/g, " ");
  }

  function wrapHover(lines) {
    var width = log.rules.figure.hover_wrap_chars;
    return lines.map(function (line) { return wrapLine(line, width); }).join("<br>");
  }

  function hover(check, unit) {
    var a = check.activity;
    var lines = [py.strftime("%a %d %b %Y", a.local_start), "Run: " + py.fixed(fromKm(a.distance_km, unit), 1) + " " + unit];
    if (check.band === null) {
      lines.push(capitalize(log.bandLabel(check)));
    } else {
      var band = log.rules.bands[check.band];
      lines.push("Longest of the 30 days before: " + py.fixed(fromKm(check.ceiling, unit), 1) + " " + unit);
      lines.push(signed(check.increase) + " %: " + band.label);
      if (band.estimate) {
        var e = band.estimate;
        lines.push("Frandsen 2025: " + py.fixed(e.value, 2) + " times the reference rate (" +
          py.fixed(e.low, 2) + " to " + py.fixed(e.high, 2) + ")");
      }
    }
    return wrapHover(lines);
  }

  // The part of the log the figure draws, as recent_part() in Python:
  // {analysis, since (days, or null when nothing is left out), latestWeeks}.
  function recentPart(analysis) {
    var style = log.rules.figure;
    var checks = analysis.checks;
    var weeks = analysis.weeks.slice(-style.max_weeks_drawn);
    var latestWeeks = analysis.weeks.length > style.max_weeks_drawn;
    if (!checks.length) {
      return { analysis: Object.assign({}, analysis, { weeks: weeks }), since: null, latestWeeks: latestWeeks };
    }
    var last = Math.max.apply(null, checks.map(function (c) { return c.activity.local_start; }));
    var start = last - style.runs_window_days * py.US_PER_DAY;
    var recent = checks.filter(function (c) { return c.activity.local_start >= start; }).slice(-style.max_runs_drawn);
    var since = recent.length < checks.length ? Math.floor(recent[0].activity.local_start / py.US_PER_DAY) : null;
    var diary = since === null ? analysis.diary : analysis.diary.filter(function (e) { return e.date >= since; });
    var counts = log.rules.bands.map(function (_, i) {
      return recent.filter(function (c) { return c.band === i; }).length;
    });
    var part = Object.assign({}, analysis, { checks: recent, weeks: weeks, diary: diary, band_counts: counts,
      not_compared: recent.filter(function (c) { return c.band === null; }).length });
    return { analysis: part, since: since, latestWeeks: latestWeeks };
  }

  function timelineTitle(analysis, since) {
    var compared = analysis.checks.length - analysis.not_compared;
    var above = analysis.band_counts.slice(1).reduce(function (s, n) { return s + n; }, 0);
    if (!analysis.checks.length) {
      return "No runs to show";
    }
    if (compared === 0) {
      return "Too few weeks in the log to compare runs";
    }
    var title = above === 0 ?
      "None of " + compared + " runs was more than 10 % longer than the 30 days before" :
      above + " of " + compared + " runs were over 10 % longer than the 30 days before";
    if (since !== null) {
      title = "Since " + py.strftime("%d %b %Y", since * py.US_PER_DAY) + ": " + title.charAt(0).toLowerCase() + title.slice(1);
    }
    return title;
  }

  function weeklyTitle(analysis, unit, latest) {
    if (!analysis.weeks.length) {
      return "No weeks to show";
    }
    var total = analysis.weeks.reduce(function (s, w) { return s + w.run_km; }, 0);
    var average = fromKm(total / analysis.weeks.length, unit);
    return "About " + py.fixed(average, 0) + " " + unit + " a week over " + (latest ? "the last " : "") + analysis.weeks.length + " weeks";
  }

  function runTraces(analysis, unit) {
    var style = log.rules.figure;
    var compared = analysis.checks.filter(function (c) { return c.ceiling !== null; });
    var dates = compared.map(function (c) { return py.isoDateTime(c.activity.local_start); });
    var traces = [
      { type: "scatter", x: dates, y: compared.map(function (c) { return fromKm(c.ceiling, unit); }), mode: "lines",
        line: { color: style.ceiling_colour, shape: "hv", width: 1.5 }, name: "Longest run of the 30 days before",
        hoverinfo: "skip", connectgaps: false },
      { type: "scatter", x: dates, y: compared.map(function (c) { return fromKm(c.ceiling * (1 + log.rules.step_fraction), unit); }),
        mode: "lines", line: { color: style.limit_colour, shape: "hv", width: 1.5, dash: "dot" }, name: "10 % above it",
        hoverinfo: "skip" },
    ];
    function points(checks, name, marker) {
      return { type: "scatter", x: checks.map(function (c) { return py.isoDateTime(c.activity.local_start); }),
        y: checks.map(function (c) { return fromKm(c.activity.distance_km, unit); }), mode: "markers", name: name,
        marker: marker, hovertext: checks.map(function (c) { return hover(c, unit); }), hoverinfo: "text" };
    }
    style.band_styles.forEach(function (bandStyle, index) {
      var marker = { color: bandStyle[0], symbol: bandStyle[1], size: index ? 9 : 7, line: { color: bandStyle[0], width: 1.5 } };
      traces.push(points(analysis.checks.filter(function (c) { return c.band === index; }), style.band_legends[index], marker));
    });
    var other = style.not_compared_style;
    traces.push(points(analysis.checks.filter(function (c) { return c.band === null; }), "Not compared",
      { color: other[0], symbol: other[1], size: 7 }));
    if (analysis.diary.length) {
      var scored = analysis.diary.filter(function (e) { return e.back_pain !== null; });
      var legs = analysis.diary.filter(function (e) { return e.leg_symptoms; });
      var when = function (e) { return py.strftime("%a %d %b %Y", e.date * py.US_PER_DAY); };
      traces.push({ type: "scatter", x: scored.map(function (e) { return py.isoDate(e.date); }),
        y: scored.map(function (e) { return e.back_pain; }), mode: "markers", yaxis: "y2", name: style.pain_name,
        marker: { color: style.pain_colour, symbol: "triangle-up", size: 8 },
        hovertext: scored.map(function (e) { return when(e) + "<br>Back pain: " + py.g(e.back_pain) + "/10"; }), hoverinfo: "text" });
      traces.push({ type: "scatter", x: legs.map(function (e) { return py.isoDate(e.date); }),
        y: legs.map(function () { return 10; }), mode: "markers", yaxis: "y2", name: style.legs_name,
        marker: { color: style.legs_colour, symbol: "star", size: 11 },
        hovertext: legs.map(function (e) { return when(e) + "<br>Leg symptoms noted: they mean stop (see the summary)"; }),
        hoverinfo: "text" });
    }
    return traces;
  }

  function weekTraces(analysis, unit) {
    var style = log.rules.figure;
    var weeks = analysis.weeks;
    var starts = weeks.map(function (w) { return py.isoDate(w.start); });
    var text = weeks.map(function (w) {
      return "Week of " + py.strftime("%d %b %Y", w.start * py.US_PER_DAY) + "<br>" + w.runs + " runs, " +
        py.fixed(fromKm(w.run_km, unit), 1) + " " + unit + "<br>Longest: " + py.fixed(fromKm(w.longest_km, unit), 1) +
        " " + unit + "<br>Other sport: " + py.fixed(w.other_sport_hours, 1) + " h";
    });
    return [
      { type: "bar", x: starts, y: weeks.map(function (w) { return fromKm(w.run_km, unit); }), name: "Weekly distance",
        marker: { color: style.week_colour }, hovertext: text, hoverinfo: "text" },
      { type: "scatter", x: starts, y: weeks.map(function (w) { return fromKm(w.longest_km, unit); }), mode: "markers",
        name: "Longest run of the week", marker: { color: style.longest_colour, symbol: "line-ew-open", size: 14,
          line: { width: 2.5, color: style.longest_colour } }, hovertext: text, hoverinfo: "text" },
    ];
  }

  function patch(title, axisTitle, diaryVisible) {
    var p = { "title.text": title, annotations: [], "xaxis.title.text": "", "xaxis.autorange": true,
      "yaxis.title.text": axisTitle, "yaxis.autorange": true };
    if (diaryVisible !== null) {
      p["yaxis2.visible"] = diaryVisible;
    }
    return p;
  }

  // The book's figure of an analysed log: {data, layout}, in km or miles.
  function figure(checked, unit) {
    var part = recentPart(checked.analysis);
    var analysis = part.analysis;
    var style = log.rules.figure;
    var runs = runTraces(analysis, unit);
    var weeks = weekTraces(analysis, unit);
    var diary = analysis.diary.length > 0;
    var runsAxis = style.runs_axis_title.replace("{unit}", unit);
    var weeksAxis = style.weeks_axis_title.replace("{unit}", unit);
    var layout = clone(style.layout);
    layout.title.text = timelineTitle(analysis, part.since);
    layout.yaxis.title.text = runsAxis;
    if (diary) {
      layout.yaxis2 = Object.assign(clone(style.pain_axis), { visible: true });
    }
    var owner = runs.map(function () { return "runs"; }).concat(weeks.map(function () { return "weeks"; }));
    var data = runs.concat(weeks).map(function (trace, i) {
      trace.visible = owner[i] === style.default_view;
      return trace;
    });
    var menu = clone(style.menu);
    menu.buttons[0].args = [{ visible: owner.map(function (o) { return o === "runs"; }) },
      patch(layout.title.text, runsAxis, diary ? true : null)];
    menu.buttons[1].args = [{ visible: owner.map(function (o) { return o === "weeks"; }) },
      patch(weeklyTitle(analysis, unit, part.latestWeeks), weeksAxis, diary ? false : null)];
    layout.updatemenus = [menu];
    return { data: data, layout: layout };
  }

  log.figure = figure;
  log.figureSince = function (checked) {
    return recentPart(checked.analysis).since;
  };
  log.fromKm = fromKm;
})(window.CourseLog = window.CourseLog || {});
