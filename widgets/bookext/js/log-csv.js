/* CSV logs, read as widgets/training_log/csv_log.py reads them.

   splitRows follows Python's csv module (its "excel" dialect, lines split at
   "\n" as io.StringIO gives them), so a broken file breaks at the same row. */
(function (log) {
  "use strict";

  var py = log.py;
  var FIELD_LIMIT = 131072;

  function CsvError(message) {
    this.message = message;
  }

  // Python's csv.reader over io.StringIO(text) (the C parser's states): yields
  // rows, throws CsvError where Python raises csv.Error.
  function* splitRows(text, delimiter) {
    var lines = text.split(/(?<=\n)/);
    if (lines.length && lines[lines.length - 1] === "") {
      lines.pop();
    }
    var index = 0;
    var EOL = null;
    while (index < lines.length) {
      var row = [];
      var field = "";
      var hasField = false;
      var state = "start_record";
      var step = function (c) {
        if (state === "start_record") {
          if (c === EOL) {
            return;
          }
          if (c === "\n" || c === "\r") {
            state = "eat_crnl";
            return;
          }
          state = "start_field";
        }
        if (state === "start_field" || state === "in_field") {
          if (c === EOL || c === "\n" || c === "\r") {
            row.push(field);
            field = "";
            hasField = false;
            state = c === EOL ? "start_record" : "eat_crnl";
          } else if (state === "start_field" && c === '"') {
            state = "in_quoted";
          } else if (c === delimiter) {
            row.push(field);
            field = "";
            hasField = false;
            state = "start_field";
          } else {
            add(c);
            state = "in_field";
          }
        } else if (state === "in_quoted") {
          if (c === '"') {
            state = "quote_in_quoted";
          } else if (c !== EOL) {
            add(c);
          }
        } else if (state === "quote_in_quoted") {
          if (c === '"') {
            add(c);
            state = "in_quoted";
          } else if (c === delimiter) {
            row.push(field);
            field = "";
            hasField = false;
            state = "start_field";
          } else if (c === EOL || c === "\n" || c === "\r") {
            row.push(field);
            field = "";
            hasField = false;
            state = c === EOL ? "start_record" : "eat_crnl";
          } else {
            add(c);
            state = "in_field";
          }
        } else if (state === "eat_crnl") {
          if (c === EOL) {
            state = "start_record";
          } else if (c !== "\n" && c !== "\r") {
            throw new CsvError("new-line character seen in unquoted field - do you need to open " +
              "the file in universal-newline mode?");
          }
        }
      };
      var add = function (c) {
        if (field.length >= FIELD_LIMIT) {
          throw new CsvError("field larger than field limit (" + FIELD_LIMIT + ")");
        }
        field += c;
        hasField = true;
      };
      do {
        if (index >= lines.length) {
          if (hasField || field.length || state === "in_quoted") {
            row.push(field);
            yield row;
          }
          return;
        }
        var line = lines[index++];
        for (var i = 0; i < line.length; i += 1) {
          step(line[i]);
        }
        step(EOL);
      } while (state !== "start_record");
      yield row;
    }
  }

  function headerParts(header, rules) {
    var words_ = rules.csv.unit_words;
    var isUnit = function (w) { return Object.hasOwn(words_, w); };
    var text = py.strip(header).toLowerCase().replace(/_/g, " ").replace(/-/g, " ");
    var unit = "";
    var bracket = /[([]\s*([a-z]+)\s*[)\]]\s*$/.exec(text);
    if (bracket && isUnit(bracket[1])) {
      unit = words_[bracket[1]];
      text = text.slice(0, bracket.index);
    }
    var words = py.strip(text).split(/[\s]+/).filter(Boolean);
    if (!unit && words.length > 1 && isUnit(words[words.length - 1])) {
      unit = words_[words.pop()];
    }
    return [words.join(" "), unit];
  }

  function find(columns, names) {
    for (var i = 0; i < names.length; i += 1) {
      if (Object.hasOwn(columns, names[i])) {
        return [names[i], columns[names[i]][0], columns[names[i]][1]];
      }
    }
    return null;
  }

  function parseDate(text, rules) {
    var value = py.strip(text);
    try {
      var iso = value.endsWith("Z") ? value.slice(0, -1) + "+00:00" : value;
      var moment = log.dates.fromIsoFormat(iso);
      moment.timeKnown = /[0-9][T ][0-9]/.test(value);
      return moment;
    } catch (problem) {
      if (!(problem instanceof py.PyError)) {
        throw problem;
      }
    }
    for (var i = 0; i < rules.csv.date_formats.length; i += 1) {
      var format = rules.csv.date_formats[i];
      try {
        var parsed = log.dates.strptime(value, format.regex);
        parsed.timeKnown = format.has_time;
        return parsed;
      } catch (problem) {
        if (!(problem instanceof py.PyError)) {
          throw problem;
        }
      }
    }
    throw new py.PyError("ValueError", "the date " + py.repr(value) +
      " is not a date this reader knows (use for example 2025-05-10 or 2025-05-10 07:30)");
  }

  function parseNumber(text, decimalComma) {
    var value = py.strip(text).replace(/ /g, "");
    value = decimalComma ? value.replace(/\./g, "").replace(/,/g, ".") : value.replace(/,/g, "");
    var number = py.toFloat(value);
    if (!Number.isFinite(number)) {
      throw new py.PyError("ValueError", "not a finite number");
    }
    return number;
  }

  function parseDuration(text, unit, decimalComma) {
    var value = py.strip(text);
    if (value.indexOf(":") >= 0) {
      var parts = value.split(":").map(py.toFloat);
      if (parts.length > 3) {
        throw new py.PyError("ValueError");
      }
      return parts.reduce(function (seconds, part) { return seconds * 60 + part; }, 0);
    }
    var number = parseNumber(value, decimalComma);
    var factor = { s: 1, min: 60, h: 3600 }[unit];
    if (factor === undefined) {
      throw new py.PyError("KeyError");
    }
    return number * factor;
  }

  function columnsOf(header, name, delimiter, outcome, rules) {
    var csv = rules.csv;
    var columns = {};
    header.forEach(function (raw, index) {
      var parts = headerParts(raw, rules);
      if (!Object.hasOwn(columns, parts[0])) {
        columns[parts[0]] = [index, parts[1]];
      }
    });
    var date = find(columns, csv.date_columns);
    var distance = find(columns, csv.distance_columns);
    var pain = find(columns, csv.back_pain_columns);
    var legs = find(columns, csv.leg_symptom_columns);
    var diaryOnly = distance === null && (pain || legs);
    if (date === null || (distance === null && !diaryOnly)) {
      var missing = [["a date", date], ["a distance", distance]]
        .filter(function (w) { return w[1] === null; })
        .map(function (w) { return w[0]; }).join(" and ");
      var found = header.map(py.strip).join(", ") || "none";
      throw new log.Unreadable("no column for " + missing + " (found: " + found +
        "); a plain log needs the columns date,distance_km");
    }
    var sport = find(columns, csv.type_columns);
    var duration = find(columns, csv.duration_columns);
    var used = [date, distance, sport, duration, pain, legs]
      .filter(Boolean).map(function (c) { return c[1]; });
    var ignored = header.map(function (h, i) { return used.indexOf(i) < 0 ? py.strip(h) : ""; })
      .filter(Boolean);
    if (ignored.length) {
      outcome.notes.push(log.problem(name, "columns not used: " + ignored.join(", ")));
    }
    if (distance && !distance[2]) {
      outcome.notes.push(log.problem(name, "the column '" + py.strip(header[distance[1]]) +
        "' gives no unit: read as km (name it distance_mi if it is in miles)"));
    }
    var durationUnit = duration ? duration[2] : "";
    if (duration && !durationUnit) {
      durationUnit = duration[0] === "duration" ? "min" : "s";
    }
    return {
      date: date,
      distance: distance,
      sport: sport,
      duration: duration,
      pain: pain,
      legs: legs,
      kmPerUnit: csv.distance_factors[(distance && distance[2]) || "km"] || 1.0,
      durationUnit: durationUnit,
      decimalComma: delimiter === ";",
    };
  }

  function cell(row, column) {
    return column && column[1] < row.length ? py.strip(row[column[1]]) : "";
  }

  function diaryValues(row, source, cols, outcome, rules) {
    var pain = null;
    var legs = null;
    var raw = cell(row, cols.pain);
    if (raw) {
      var value = null;
      try {
        value = parseNumber(raw, cols.decimalComma);
      } catch (problem) {
        if (!(problem instanceof py.PyError)) {
          throw problem;
        }
      }
      var range = rules.csv.pain_range;
      if (value === null || !(value >= range[0] && value <= range[1])) {
        outcome.notes.push(log.problem(source, "the back pain score " + py.repr(raw) +
          " is not a number from 0 to 10: left out"));
      } else {
        pain = value;
      }
    }
    raw = cell(row, cols.legs);
    if (raw) {
      var word = raw.toLowerCase();
      if (rules.csv.yes_words.indexOf(word) >= 0 || rules.csv.no_words.indexOf(word) >= 0) {
        legs = rules.csv.yes_words.indexOf(word) >= 0;
      } else {
        outcome.notes.push(log.problem(source, "the leg symptoms " + py.repr(raw) +
          " are not yes or no: left out"));
      }
    }
    return [pain, legs];
  }

  function readRow(row, source, cols, outcome, rules) {
    var moment;
    try {
      moment = parseDate(cell(row, cols.date), rules);
    } catch (problem) {
      if (!(problem instanceof py.PyError)) {
        throw problem;
      }
      outcome.skipped.push(log.problem(source, cell(row, cols.date) ? problem.message : "no date"));
      return null;
    }
    var diary = diaryValues(row, source, cols, outcome, rules);
    if (diary[0] !== null || diary[1] !== null) {
      var local = moment.offsetUs === null ? moment.us : moment.us;
      outcome.diary.push({ date: py.dayOf(local), source: source, back_pain: diary[0], leg_symptoms: diary[1] });
    }
    var rawDistance = cell(row, cols.distance);
    if (!rawDistance) {
      if (diary[0] === null && diary[1] === null) {
        outcome.skipped.push(log.problem(source, "no distance given"));
      }
      return null;
    }
    var km;
    try {
      km = parseNumber(rawDistance, cols.decimalComma) * cols.kmPerUnit;
    } catch (problem) {
      if (!(problem instanceof py.PyError)) {
        throw problem;
      }
      outcome.skipped.push(log.problem(source, "the distance " + py.repr(rawDistance) + " is not a number"));
      return null;
    }
    var seconds = null;
    var rawDuration = cell(row, cols.duration);
    if (rawDuration) {
      try {
        seconds = parseDuration(rawDuration, cols.durationUnit, cols.decimalComma);
      } catch (problem) {
        if (!(problem instanceof py.PyError)) {
          throw problem;
        }
        outcome.notes.push(log.problem(source, "the time " + py.repr(rawDuration) + " is not a duration: left out"));
      }
    }
    var sport = cols.sport ? log.sportName(cell(row, cols.sport)) : "running";
    if (!sport) {
      sport = "running";
      outcome.notes.push(log.problem(source, "no activity type: counted as a run"));
    }
    return { moment: moment, km: km, seconds: seconds, sport: sport };
  }

  function readCsv(data, name, rules) {
    var outcome = log.fileOutcome();
    var decoded = log.decodeText(data);
    var text = decoded[0];
    if (decoded[1]) {
      outcome.notes.push(log.problem(name, "the file is not UTF-8: read as Latin-1"));
    }
    if (py.isBlank(text)) {
      throw new log.Unreadable("the file is empty");
    }
    var first = py.firstLine(text.slice(0, 4096));
    var delimiter = ",";
    [",", ";", "\t"].forEach(function (d) {
      if (first.split(d).length > first.split(delimiter).length) {
        delimiter = d;
      }
    });
    var rows = splitRows(text, delimiter);
    var header;
    try {
      var next = rows.next();
      if (next.done) {
        throw new CsvError("");
      }
      header = next.value;
    } catch (problem) {
      if (problem instanceof CsvError) {
        throw new log.Unreadable("the file has no header row");
      }
      throw problem;
    }
    var cols = columnsOf(header, name, delimiter, outcome, rules);
    var naive = 0;
    var line = 1;
    for (;;) {
      var item;
      try {
        item = rows.next();
      } catch (problem) {
        if (!(problem instanceof CsvError)) {
          throw problem;
        }
        outcome.skipped.push(log.problem(name + " from row " + (line + 1),
          "the rest of the file is not valid CSV (" + problem.message + ")"));
        break;
      }
      if (item.done) {
        break;
      }
      line += 1;
      var row = item.value;
      if (!row.some(function (c) { return py.strip(c); })) {
        continue;
      }
      var source = name + " row " + line;
      var read = readRow(row, source, cols, outcome, rules);
      if (read === null) {
        continue;
      }
      var activity = log.makeActivity(read.moment, {
        distance_km: read.km,
        duration_s: read.seconds,
        sport: read.sport,
        source: source,
        file: name,
        fmt: "CSV",
        time_known: read.moment.timeKnown,
      });
      naive += activity.zone_known ? 0 : 1;
      outcome.activities.push(activity);
    }
    if (naive) {
      outcome.notes.push(log.problem(name, naive + " times without a time zone were read as UTC " +
        "(give --timezone to read them as local time)"));
    }
    if (!outcome.activities.length && !outcome.skipped.length && !outcome.diary.length) {
      throw new log.Unreadable("the file has a header but no rows");
    }
    return outcome;
  }

  log.csv = { splitRows: splitRows, readCsv: readCsv, CsvError: CsvError };
})(window.CourseLog = window.CourseLog || {});
