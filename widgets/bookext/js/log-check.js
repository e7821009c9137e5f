/* The check itself: read the files, count each activity once, compare each run
   with the longest run of the 30 days before it, and say it in words and as
   data (widgets/training_log/importer.py, analysis.py, wording.py, report.py).

   CourseLog.check(files, {today, unit, progress}) returns the same JSON as
   ``python -m widgets.training_log --json``. */
(function (log) {
  "use strict";

  var py = log.py;
  var FORMATS = { ".fit": "FIT", ".gpx": "GPX", ".tcx": "TCX", ".csv": "CSV" };

  // Distances ----------------------------------------------------------------------

  function number(value, decimals) {
    var text = py.fixed(value, decimals);
    if (text.indexOf(".") >= 0) {
      text = text.replace(/0+$/, "").replace(/\.$/, "");
    }
    return text === "-0" ? "0" : text;
  }

  function formatDistance(km, unit, decimals) {
    unit = unit || "km";
    decimals = decimals === undefined ? 1 : decimals;
    var kmText = number(km, decimals) + " km";
    var miText = number(km / log.rules.km_per_mile, decimals) + " mi";
    return unit === "km" ? kmText + " (" + miText + ")" : miText + " (" + kmText + ")";
  }

  function day(days) {
    var c = py.civilFromDays(days);
    return c[2] + " " + py.MONTHS[c[1] - 1] + " " + py.pad(c[0], 4);
  }

  // Reading -------------------------------------------------------------------------

  function kind(name) {
    var lower = name.toLowerCase();
    if (lower.endsWith(".gz")) {
      lower = lower.slice(0, -3);
    }
    var slash = lower.lastIndexOf("/");
    var base = lower.slice(slash + 1);
    var dot = base.lastIndexOf(".");
    var extension = dot > 0 ? base.slice(dot) : "";
    return FORMATS[extension] || null;
  }

  async function gunzip(bytes) {
    try {
      var stream = new Blob([bytes]).stream().pipeThrough(new DecompressionStream("gzip"));
      return new Uint8Array(await new Response(stream).arrayBuffer());
    } catch (_) {
      throw new log.Unreadable("the compressed (.gz) file is damaged or cut off");
    }
  }

  async function readFile(file) {
    var format = kind(file.name);
    var limit = log.rules.browser_max_file_mb;
    if (log.zip.isZip(file.name)) {
      return [null, "larger than " + limit + " MB: not read here (the command line reads bigger files)"];
    }
    if (format === null) {
      return [null, "not a FIT, GPX, TCX or CSV file"];
    }
    try {
      if ((file.size === undefined ? file.bytes.length : file.size) > limit * 1024 * 1024) {
        throw new log.Unreadable("larger than " + limit + " MB: not read here (the command line reads bigger files)");
      }
      var data = file.name.toLowerCase().endsWith(".gz") ? await gunzip(file.bytes) : file.bytes;
      if (!data.length) {
        throw new log.Unreadable("the file is empty");
      }
      var reader = { FIT: log.devices.readFit, GPX: log.devices.readGpx, TCX: log.devices.readTcx,
        CSV: function (d, n) { return log.csv.readCsv(d, n, log.rules); } }[format];
      return [reader(data, file.name), ""];
    } catch (problem) {
      if (problem instanceof log.Unreadable) {
        return [null, problem.reason];
      }
      if (problem instanceof log.devices.Unexpected) {
        return [null, "could not be read: an unexpected problem (" + problem.kind + ")"];
      }
      if (problem instanceof RangeError) {
        return [null, "could not be read (RecursionError)"];
      }
      if (typeof console !== "undefined") {
        console.warn(problem);
      }
      return [null, "could not be read: an unexpected problem (" + (problem && problem.name || "Error") + ")"];
    }
  }

  function checkActivity(a, today) {
    var rules = log.rules;
    if (a.local_date > today + 1) {
      return "dated " + py.isoDate(a.local_date) + ", after today: check the date or the device's clock";
    }
    if (a.distance_km < 0) {
      return "a negative distance";
    }
    var hours = (a.duration_s || 0) / 3600.0;
    if (hours > rules.max_duration_hours) {
      return "longer than " + py.g(rules.max_duration_hours) + " hours (" + py.fixed(hours, 1) +
        " h): probably a watch left running";
    }
    if (a.duration_s !== null && a.duration_s < 0) {
      return "a negative duration";
    }
    if (!a.is_run) {
      return "";
    }
    if (a.distance_km === 0) {
      return "a run with zero distance: nothing to compare";
    }
    if (a.distance_km > rules.max_single_run_km) {
      return "a run of " + formatDistance(a.distance_km, "km", 0) + " is more than anyone runs in one go";
    }
    if (a.duration_s) {
      var speed = a.distance_km / (a.duration_s / 3600.0);
      if (speed > rules.max_run_speed_kmh) {
        return "faster than " + py.g(rules.max_run_speed_kmh) + " km/h (" + py.fixed(speed, 1) +
          " km/h): probably not a run (a ride, or a GPS error)";
      }
    }
    return "";
  }

  function same(a, b) {
    var rules = log.rules;
    if (a.is_run !== b.is_run) {
      return false;
    }
    var tolerance = Math.max(rules.same_distance_km, rules.same_distance_fraction * Math.max(a.distance_km, b.distance_km));
    if (Math.abs(a.distance_km - b.distance_km) > tolerance) {
      return false;
    }
    if (!(a.time_known && b.time_known)) {
      return a.file !== b.file && a.local_date === b.local_date;
    }
    if (Math.abs((a.start - b.start) / 1e6) <= rules.same_start_s) {
      return true;
    }
    if (a.zone_known && b.zone_known) {
      return false;
    }
    return Math.abs((a.local_start - b.local_start) / 1e6) <= rules.same_start_s;
  }

  function countOnce(activities, result) {
    var preference = log.rules.format_preference;
    var ordered = activities.slice().sort(function (a, b) {
      var pa = preference[a.fmt] === undefined ? 9 : preference[a.fmt];
      var pb = preference[b.fmt] === undefined ? 9 : preference[b.fmt];
      return pa - pb || a.start - b.start;
    });
    var byDay = {};
    var kept = [];
    ordered.forEach(function (activity) {
      var match = null;
      for (var offset = -1; offset <= 1 && !match; offset += 1) {
        var others = byDay[activity.local_date + offset] || [];
        for (var i = 0; i < others.length; i += 1) {
          if (same(activity, others[i])) {
            match = others[i];
            break;
          }
        }
      }
      if (match) {
        result.duplicates.push(log.problem(activity.source,
          "same start time and distance as another record: counted once", match.source));
        return;
      }
      (byDay[activity.local_date] = byDay[activity.local_date] || []).push(activity);
      kept.push(activity);
    });
    return kept.sort(function (a, b) { return a.start - b.start; });
  }

  // files: [{name, bytes}]; today: days since 1970-01-01; progress(done, total, name);
  // reader(file) -> promise of readFile's answer, for reading in parallel (the page's
  // Web Workers); the answers are used in the files' order, as on the command line.
  async function readLog(picked, today, progress, readerFor) {
    var result = { activities: [], files_read: [], skipped: [], notes: [], duplicates: [], diary: [] };
    var found = [];
    var files = await openZips(picked, result);
    var reader = readerFor ? readerFor(files.length) : null;
    var reads = reader ? files.map(reader) : null;
    for (var i = 0; i < files.length; i += 1) {
      var read = reads ? await reads[i] : await readFile(files[i]);
      var outcome = read[0];
      if (outcome === null) {
        result.skipped.push(log.problem(files[i].name, read[1]));
      } else {
        result.files_read.push(files[i].name);
        result.skipped.push.apply(result.skipped, outcome.skipped);
        result.notes.push.apply(result.notes, outcome.notes);
        result.diary.push.apply(result.diary, outcome.diary);
        outcome.activities.forEach(function (activity) {
          var reason = checkActivity(activity, today);
          if (reason) {
            result.skipped.push(log.problem(activity.source, reason));
          } else {
            found.push(activity);
          }
        });
      }
      if (progress) {
        await progress(i + 1, files.length, files[i].name);
      }
    }
    if (reader && reader.stop) {
      reader.stop();
    }
    result.activities = countOnce(found, result);
    result.diary.sort(function (a, b) { return a.date - b.date; });
    return result;
  }

  // Each zip archive replaced by the files in it, as the command line does.
  async function openZips(files, result) {
    var opened = [];
    var limit = log.rules.browser_max_file_mb * 1024 * 1024;
    for (var i = 0; i < files.length; i += 1) {
      var file = files[i];
      var size = file.size === undefined ? file.bytes.length : file.size;
      if (!log.zip.isZip(file.name) || size > limit) {
        opened.push(file);  // a zip too big to read gets its reason in readFile
      } else {
        opened = opened.concat(await log.zip.members(file.name, file.bytes, limit, result));
      }
    }
    return opened;
  }

  // Analysis ------------------------------------------------------------------------

  function increasePercent(recent, planned) {
    if (recent === 0) {
      return planned > 0 ? Infinity : 0.0;
    }
    return py.round((planned / recent - 1.0) * 100.0, 9);
  }

  function spikeBand(increase) {
    var bands = log.rules.bands;
    for (var i = 0; i < bands.length; i += 1) {
      if (bands[i].up_to_percent === null || increase <= bands[i].up_to_percent) {
        return i;
      }
    }
    return bands.length - 1;
  }

  function checkRuns(runs, logStart) {
    var windowS = log.rules.window_days * 86400.0;
    var starts = runs.map(function (r) { return r.start / 1e6; });
    var first = logStart / 1e6;
    var begin = 0;
    return runs.map(function (run, index) {
      while (starts[begin] < starts[index] - windowS) {
        begin += 1;
      }
      if (starts[index] - windowS < first) {
        return { activity: run, ceiling: null, increase: null, band: null, status: "log_start" };
      }
      if (begin === index) {
        return { activity: run, ceiling: null, increase: null, band: null, status: "restart" };
      }
      var ceiling = -Infinity;
      for (var i = begin; i < index; i += 1) {
        ceiling = Math.max(ceiling, runs[i].distance_km);
      }
      var increase = increasePercent(ceiling, run.distance_km);
      return { activity: run, ceiling: ceiling, increase: increase, band: spikeBand(increase), status: "compared" };
    });
  }

  function monday(days) {
    return days - py.weekday(days);
  }

  function weeklyTotals(runs, others) {
    var everything = runs.concat(others);
    if (!everything.length) {
      return [];
    }
    var dates = everything.map(function (a) { return a.local_date; });
    var first = monday(Math.min.apply(null, dates));
    var last = monday(Math.max.apply(null, dates));
    var weeks = [];
    for (var w = 0; w <= (last - first) / 7; w += 1) {
      weeks.push({ start: first + 7 * w, runs: 0, run_km: 0, longest_km: 0, other_sport_hours: 0 });
    }
    runs.forEach(function (run) {
      var week = weeks[(monday(run.local_date) - first) / 7];
      week.runs += 1;
      week.run_km += run.distance_km;
      week.longest_km = Math.max(week.longest_km, run.distance_km);
    });
    others.forEach(function (other) {
      weeks[(monday(other.local_date) - first) / 7].other_sport_hours += (other.duration_s || 0.0) / 3600.0;
    });
    return weeks;
  }

  function analyse(result) {
    var runs = result.activities.filter(function (a) { return a.is_run; });
    var others = result.activities.filter(function (a) { return !a.is_run; });
    var logStart = result.activities.length ? result.activities[0].start : null;
    var checks = runs.length ? checkRuns(runs, logStart) : [];
    var seconds = others.reduce(function (sum, o) { return sum + (o.duration_s || 0.0); }, 0);
    var counts = log.rules.bands.map(function () { return 0; });
    checks.forEach(function (c) {
      if (c.band !== null) {
        counts[c.band] += 1;
      }
    });
    return {
      checks: checks,
      weeks: weeklyTotals(runs, others),
      other_sport_hours: seconds / 3600.0,
      other_sport_count: others.length,
      diary: result.diary,
      band_counts: counts,
      not_compared: checks.filter(function (c) { return c.band === null; }).length,
      total_km: checks.reduce(function (sum, c) { return sum + c.activity.distance_km; }, 0),
    };
  }

  function spikes(analysis, limit, sinceDays) {
    var found = analysis.checks.filter(function (c) { return c.band !== null && c.band !== 0; });
    if (sinceDays !== undefined && analysis.checks.length) {
      var last = analysis.checks[analysis.checks.length - 1].activity.local_date;
      found = found.filter(function (c) { return last - c.activity.local_date < sinceDays; });
    }
    found.sort(function (a, b) { return b.increase - a.increase || a.activity.start - b.activity.start; });
    return limit === undefined ? found : found.slice(0, limit);
  }

  function stepsWithinTenPercent(ceiling, target) {
    var fraction = log.rules.step_fraction;
    if (ceiling <= 0 || target <= ceiling * (1 + fraction)) {
      return [target];
    }
    var steps = [];
    var current = ceiling;
    while (current * (1 + fraction) < target - 1e-9) {
      current = current * (1 + fraction);
      steps.push(current);
    }
    steps.push(target);
    return steps;
  }

  // Words ---------------------------------------------------------------------------

  function runsPhrase(count) {
    return count === 1 ? count + " run" : count + " runs";
  }

  function bandLabel(check) {
    return check.band === null ? log.rules.not_compared[check.status] : log.rules.bands[check.band].label;
  }

  function bandSentence(check, unit) {
    var band = log.rules.bands[check.band];
    var e = band.estimate;
    return "On " + day(check.activity.local_date) + " you ran " + formatDistance(check.activity.distance_km, unit) +
      ", " + py.fixed(check.increase, 0) + " % longer than your longest run of the 30 days before (" +
      formatDistance(check.ceiling, unit) + "). In one large study (Frandsen 2025), runs " + band.label +
      " went with " + py.fixed(e.value, 2) + " times the rate of running-related injury (mostly in the legs) " +
      "of runs no more than 10 % longer (95 % interval " + py.fixed(e.low, 2) + " to " + py.fixed(e.high, 2) + ").";
  }

  function progressionSentence(check, unit) {
    var steps = stepsWithinTenPercent(check.ceiling, check.activity.distance_km);
    var shown = steps.map(function (s) { return formatDistance(s, unit).split(" (")[0]; }).join(", ");
    return "To reach " + formatDistance(check.activity.distance_km, unit) + " from " + formatDistance(check.ceiling, unit) +
      " with each long run within 10 % of the longest of the 30 days before, the long runs could have been " +
      shown + ": " + steps.length + " steps, for example one every week or two. This stays in the large " +
      "study's reference group, but no study has tested it as a plan, and a trial of the weekly 10 % rule " +
      "found no fewer injuries.";
  }

  function comparisonSentences(analysis, compared) {
    var sentences = [];
    if (compared) {
      var parts = log.rules.bands.map(function (band, i) {
        var n = analysis.band_counts[i];
        return n + " " + (n === 1 ? "was" : "were") + " " + band.label;
      });
      sentences.push("Compared with the longest run of the 30 days before, of " + compared + " runs " + parts.join("; ") + ".");
    }
    if (analysis.not_compared) {
      sentences.push(runsPhrase(analysis.not_compared) + " could not be compared: they were in the log's first 30 " +
        "days or came after 30 days without running.");
    }
    return sentences;
  }

  function jumpSentences(analysis, unit, compared) {
    var rules = log.rules;
    var recent = spikes(analysis, rules.recent_spikes_shown, rules.recent_days);
    var shown = recent.length ? recent : spikes(analysis, rules.recent_spikes_shown);
    var weeks = Math.floor(rules.recent_days / 7);
    if (!shown.length) {
      return compared ? ["No run was more than 10 % longer than your longest run of the 30 days before it."] : [];
    }
    var when = recent.length ? "in the last " + weeks + " weeks of the log"
      : "earlier in the log (none in its last " + weeks + " weeks)";
    return ["Your biggest jumps " + when + ":"]
      .concat(shown.map(function (c) { return bandSentence(c, unit); }))
      .concat([progressionSentence(shown[0], unit)]);
  }

  function diarySentences(analysis) {
    var diary = analysis.diary;
    if (!diary.length) {
      return [];
    }
    var n = diary.length;
    var sentences = ["Your pain diary: " + n + " " + (n === 1 ? "entry" : "entries") + " from " + day(diary[0].date) +
      " to " + day(diary[n - 1].date) + "."];
    var scored = diary.filter(function (e) { return e.back_pain !== null; });
    if (scored.length) {
      var low = Math.min.apply(null, scored.map(function (e) { return e.back_pain; }));
      var high = scored.reduce(function (best, e) { return e.back_pain > best.back_pain ? e : best; });
      sentences.push("Back pain was scored " + scored.length + " " + (scored.length === 1 ? "time" : "times") +
        ", from " + py.g(low) + " to " + py.g(high.back_pain) + " out of 10; the highest was on " + day(high.date) + ".");
    }
    var legs = [];
    diary.forEach(function (e) {
      if (e.leg_symptoms && legs.indexOf(e.date) < 0) {
        legs.push(e.date);
      }
    });
    legs.sort(function (a, b) { return a - b; });
    if (legs.length) {
      sentences.push("You noted leg symptoms on " + legs.length + " " + (legs.length === 1 ? "day" : "days") + ": " +
        legs.map(day).join(", ") + ".");
      sentences.push(log.rules.leg_symptom_stop_rule);
    }
    sentences.push(log.rules.diary_caveat);
    return sentences;
  }

  function summarySentences(analysis, unit) {
    var checks = analysis.checks;
    if (!checks.length) {
      return ["No runs were read, so there is nothing to compare."].concat(diarySentences(analysis));
    }
    var compared = checks.length - analysis.not_compared;
    var sentences = [runsPhrase(checks.length) + " from " + day(checks[0].activity.local_date) + " to " +
      day(checks[checks.length - 1].activity.local_date) + ", " + formatDistance(analysis.total_km, unit, 0) + " in all."]
      .concat(comparisonSentences(analysis, compared))
      .concat(jumpSentences(analysis, unit, compared));
    if (analysis.other_sport_count) {
      var weeks = Math.max(analysis.weeks.length, 1);
      var count = analysis.other_sport_count;
      sentences.push("Other sport: " + count + " " + (count === 1 ? "activity" : "activities") + ", " +
        py.fixed(analysis.other_sport_hours, 1) + " hours, about " + py.fixed(analysis.other_sport_hours / weeks, 1) +
        " hours a week. They are kept apart from your runs.");
    }
    sentences = sentences.concat(diarySentences(analysis));
    sentences.push("Each rate above is " + log.rules.reading_caveat + ". It comes from a study of groups of " +
      "runners and shows what went with more injuries, not what caused them.");
    return sentences;
  }

  // Data (the --json schema) --------------------------------------------------------

  function mi(km) {
    return py.round(km / log.rules.km_per_mile, 3);
  }

  function rate(estimate) {
    return estimate ? { value: estimate.value, low: estimate.low, high: estimate.high } : { value: 1.0, low: 1.0, high: 1.0 };
  }

  function isoUtc(us) {
    return py.isoDateTime(us) + "+00:00";
  }

  function asData(result, analysis, unit) {
    var rules = log.rules;
    return {
      schema: rules.schema,
      units: unit,
      privacy: rules.privacy,
      files_read: result.files_read.slice(),
      skipped: result.skipped.map(function (p) { return { source: p.source, reason: p.reason }; }),
      notes: result.notes.map(function (p) { return { source: p.source, note: p.reason }; }),
      counted_once: result.duplicates.map(function (p) { return { source: p.source, same_as: p.same_as, reason: p.reason }; }),
      runs: analysis.checks.map(function (c) {
        var a = c.activity;
        return {
          start_utc: isoUtc(a.start),
          local_date: py.isoDate(a.local_date),
          time_known: a.time_known,
          distance_km: py.round(a.distance_km, 3),
          distance_mi: mi(a.distance_km),
          duration_min: a.duration_s === null ? null : py.round(a.duration_s / 60.0, 2),
          sport: a.sport,
          source: a.source,
          longest_previous_30_days_km: c.ceiling === null ? null : py.round(c.ceiling, 3),
          increase_percent: c.increase === null ? null : py.round(c.increase, 2),
          band_index: c.band,
          band: bandLabel(c),
          status: c.status,
          relative_rate: c.band === null ? null : rate(rules.bands[c.band].estimate),
        };
      }),
      other_sport: { activities: analysis.other_sport_count, hours: py.round(analysis.other_sport_hours, 2) },
      bands: rules.bands.map(function (band, i) {
        return {
          index: i,
          label: band.label,
          above_percent: band.above_percent,
          up_to_percent: band.up_to_percent,
          runs: analysis.band_counts[i],
          relative_rate: rate(band.estimate),
          source: "frandsen2025",
        };
      }),
      weeks: analysis.weeks.map(function (w) {
        return {
          week_start: py.isoDate(w.start),
          runs: w.runs,
          distance_km: py.round(w.run_km, 3),
          distance_mi: mi(w.run_km),
          longest_km: py.round(w.longest_km, 3),
          other_sport_hours: py.round(w.other_sport_hours, 2),
        };
      }),
      diary: analysis.diary.map(function (e) {
        return { date: py.isoDate(e.date), source: e.source, back_pain: e.back_pain, leg_symptoms: e.leg_symptoms };
      }),
      summary: summarySentences(analysis, unit),
      about: rules.about,
    };
  }

  // files: [{name, bytes: Uint8Array}]; options: {today: "YYYY-MM-DD", unit, progress}
  async function check(files, options) {
    options = options || {};
    var today = options.today;
    if (typeof today === "string") {
      var parts = today.split("-").map(Number);
      today = py.daysFromCivil(parts[0], parts[1], parts[2]);
    } else if (today === undefined) {
      var now = new Date();
      today = py.daysFromCivil(now.getFullYear(), now.getMonth() + 1, now.getDate());
    }
    var result = await readLog(files, today, options.progress, options.readerFor);
    var analysis = analyse(result);
    return { result: result, analysis: analysis, data: asData(result, analysis, options.unit || "km") };
  }

  log.formatDistance = formatDistance;
  log.day = day;
  log.bandLabel = bandLabel;
  log.asData = asData;
  log.summarySentences = summarySentences;
  log.check = check;
  log.readFileNow = readFile;
  // In a Web Worker (log-page.js): read one file and post the answer back.
  log.readFileFromWorker = function (message) {
    readFile(message.file).then(function (read) {
      self.postMessage({ id: message.id, read: read });
    });
  };
})(window.CourseLog = window.CourseLog || {});
