/* The chapter's "Check your own files": read the picked files here, then show
   the figure, the sentences (in the role="status" region), what was skipped and
   why, and buttons to save the result or forget it. course-log-picker.js loads
   this when the reader picks files. Nothing is sent anywhere: the files are
   read with File.arrayBuffer() and the result is saved with a local download. */
(function (log) {
  "use strict";

  var py = log.py;
  var states = new WeakMap();  // container -> {checked, unit, drawn}: dropped by Forget my data
  var figures = 0;

  function el(tag, text, className) {
    var node = document.createElement(tag);
    if (text) {
      node.textContent = text;
    }
    if (className) {
      node.className = className;
    }
    return node;
  }

  function unitOf(container) {
    var chosen = container.querySelector("input[type=radio]:checked");
    return chosen ? chosen.value : "km";
  }

  function nextTask() {
    return new Promise(function (resolve) {
      setTimeout(resolve, 0);
    });
  }

  function setProgress(container, done, total) {
    var box = container.querySelector(".course-log-progress");
    box.hidden = done >= total;
    var bar = box.querySelector("progress");
    bar.max = Math.max(total, 1);
    bar.value = done;
    box.querySelector(".course-log-progress-text").textContent = "Reading files: " + done + " of " + total;
  }

  function setStatus(container, paragraphs, className) {
    var region = container.querySelector(".course-log-status");
    region.replaceChildren.apply(region, paragraphs.map(function (text) { return el("p", text); }));
    region.className = "course-log-status" + (className ? " " + className : "");
  }

  function readLine(data, analysis) {
    var files = data.files_read.length;
    var runs = analysis.checks.length;
    return "Read " + files + " " + (files === 1 ? "file" : "files") + ": " + runs + " " + (runs === 1 ? "run" : "runs") +
      " and " + analysis.other_sport_count + " other activities (" + py.fixed(analysis.other_sport_hours, 1) +
      " hours of other sport).";
  }

  function problemList(title, items, describe) {
    if (!items.length) {
      return null;
    }
    var details = el("details", null, "course-log-list");
    details.appendChild(el("summary", title + " (" + items.length + ")"));
    var list = el("ul");
    items.forEach(function (item) {
      list.appendChild(el("li", describe(item)));
    });
    details.appendChild(list);
    return details;
  }

  function table(caption, head, rows) {
    var t = el("table");
    t.appendChild(el("caption", caption));
    var tr = el("tr");
    head.forEach(function (h) {
      var th = el("th", h);
      th.scope = "col";
      tr.appendChild(th);
    });
    var thead = el("thead");
    thead.appendChild(tr);
    t.appendChild(thead);
    var body = el("tbody");
    rows.forEach(function (row) {
      var r = el("tr");
      row.forEach(function (cell) {
        r.appendChild(el("td", String(cell)));
      });
      body.appendChild(r);
    });
    t.appendChild(body);
    return t;
  }

  function figureElement(checked, unit) {
    var analysis = checked.analysis;
    var id = "course-log-figure-" + (figures += 1);
    var spec = log.figure(checked, unit);
    var figure = el("figure", null, "course-figure course-log-figure");
    var counts = log.rules.bands.map(function (band, i) { return band.label + ": " + analysis.band_counts[i]; }).join(", ");
    // A long log is drawn from a recent day on (log-figure.js); the tables keep every run.
    var since = log.figureSince(checked);
    var from = since === null ? "" : " since " + py.strftime("%d %b %Y", since * py.US_PER_DAY);
    var div = el("div", null, "course-plotly");
    div.id = id;
    div.setAttribute("role", "group");
    div.setAttribute("aria-label", "Interactive figure. Your runs" + from + ", one point per run by date and distance, " +
      "coloured and shaped by how much longer each was than the longest run of the 30 days before. Runs per group " +
      "in the whole log: " + counts + "; " + analysis.not_compared + " not compared. Buttons switch to weekly totals.");
    var height = spec.layout.height;
    div.style.height = height + "px";
    div.dataset.height = height;
    var data = el("script");
    data.type = "application/json";
    data.id = id + "-data";
    data.textContent = JSON.stringify(spec);
    var caption = el("figcaption", "Your own log, checked on this device. Groups as in Frandsen 2025: each run against " +
      "your longest run of the 30 days before it. They went with different rates of running-related injury (mostly of " +
      "the legs) in groups of runners; they are not your personal chance and not about back pain." +
      (since === null ? "" : " Your log is long, so the figure shows your runs since " +
        py.strftime("%d %b %Y", since * py.US_PER_DAY) + " and your last " + log.rules.figure.max_weeks_drawn +
        " weeks; the tables below have every run and week."));
    var details = el("details", null, "course-text-alternative");
    details.appendChild(el("summary", "Text description and data"));
    details.appendChild(table("Each run against the longest run of the 30 days before it.",
      ["Date", "Run", "Longest run of the 30 days before", "Change", "Group"],
      analysis.checks.map(function (c) {
        return [py.strftime("%d %b %Y", c.activity.local_start), log.formatDistance(c.activity.distance_km, unit),
          c.ceiling === null ? "" : log.formatDistance(c.ceiling, unit),
          c.increase === null ? "" : (c.increase >= 0 ? "+" : "") + py.fixed(c.increase, 0) + " %", log.bandLabel(c)];
      })));
    details.appendChild(table("Weekly totals.", ["Week starting", "Runs", "Distance", "Longest run"],
      analysis.weeks.map(function (w) {
        return [py.strftime("%d %b %Y", w.start * py.US_PER_DAY), w.runs, log.formatDistance(w.run_km, unit),
          log.formatDistance(w.longest_km, unit)];
      })));
    if (analysis.diary.length) {
      details.appendChild(table("Your pain diary, as written.", ["Date", "Back pain (0 to 10)", "Leg symptoms"],
        analysis.diary.map(function (e) {
          return [py.strftime("%d %b %Y", e.date * py.US_PER_DAY), e.back_pain === null ? "" : py.g(e.back_pain),
            e.leg_symptoms === null ? "" : e.leg_symptoms ? "yes" : "no"];
        })));
    }
    figure.append(div, data, caption, details);
    return figure;
  }

  function draw(figure) {
    var course = window.CoursePlotly;
    var div = figure.querySelector(".course-plotly");
    if (!course || !course.lazy) {
      return Promise.resolve();
    }
    return course.lazy.loadPlotly().then(function () {
      return course.draw.draw(div);
    });
  }

  function csvCell(value) {
    var text = value === null || value === undefined ? "" : String(value);
    return /[",\n\r]/.test(text) ? '"' + text.replace(/"/g, '""') + '"' : text;
  }

  function asCsv(data) {
    var head = ["date", "distance_km", "distance_mi", "duration_min", "sport", "longest_previous_30_days_km",
      "increase_percent", "band", "relative_rate", "source"];
    var lines = [head.join(",")];
    data.runs.forEach(function (r) {
      lines.push([r.local_date, r.distance_km, r.distance_mi, r.duration_min, r.sport, r.longest_previous_30_days_km,
        r.increase_percent, r.band, r.relative_rate ? r.relative_rate.value : "", r.source].map(csvCell).join(","));
    });
    return lines.join("\n") + "\n";
  }

  // A download made on this device: a Blob URL, never a request to a host.
  function save(text, name, type) {
    var url = URL.createObjectURL(new Blob([text], { type: type }));
    var link = el("a");
    link.href = url;
    link.download = name;
    document.body.appendChild(link);
    link.click();
    link.remove();
    setTimeout(function () {
      URL.revokeObjectURL(url);
    }, 1000);
  }

  // A drawn figure's data and listeners go with it (course-plotly.js, on this page too).
  function forgetFigure(div) {
    var course = window.CoursePlotly;
    if (course && course.plotlyAdapter) {
      course.plotlyAdapter.purge(div);
    }
  }

  function forget(container) {
    var result = container.querySelector(".course-log-result");
    result.querySelectorAll(".course-plotly").forEach(forgetFigure);
    result.replaceChildren();
    result.hidden = true;
    states.delete(container);
    container.querySelector(".course-log-input").value = "";
    setProgress(container, 1, 1);
    setStatus(container, ["Forgotten: nothing from your files is kept on this page. Choose files to check them again."]);
    container.querySelector(".course-log-pick").focus();
  }

  function render(container) {
    var state = states.get(container);
    if (!state) {
      return Promise.resolve();
    }
    var unit = unitOf(container);
    var data = log.asData(state.checked.result, state.checked.analysis, unit);
    state.data = data;
    var legs = state.checked.analysis.diary.some(function (e) { return e.leg_symptoms; });
    setStatus(container, [readLine(data, state.checked.analysis)].concat(data.summary), legs ? "course-log-stop" : "");
    var result = container.querySelector(".course-log-result");
    result.querySelectorAll(".course-plotly").forEach(forgetFigure);
    var parts = [];
    if (state.checked.analysis.checks.length) {
      parts.push(figureElement(state.checked, unit));
    }
    [
      problemList("Skipped", data.skipped, function (p) { return p.source + ": " + p.reason; }),
      problemList("Counted once", data.counted_once, function (p) { return p.source + ": " + p.reason + " (kept: " + p.same_as + ")"; }),
      problemList("Notes", data.notes, function (p) { return p.source + ": " + p.note; }),
    ].forEach(function (part) {
      if (part) {
        parts.push(part);
      }
    });
    var actions = el("div", null, "course-log-actions");
    var buttons = [
      ["Save as JSON", function () { save(JSON.stringify(state.data, null, 1) + "\n", "training-check.json", "application/json"); }],
      ["Save as CSV", function () { save(asCsv(state.data), "training-check.csv", "text/csv"); }],
      ["Forget my data", function () { forget(container); }],
    ];
    buttons.forEach(function (b) {
      var button = el("button", b[0], "course-log-button");
      button.type = "button";
      button.addEventListener("click", b[1]);
      actions.appendChild(button);
    });
    parts.push(actions);
    result.replaceChildren.apply(result, parts);
    result.hidden = false;
    container.dataset.state = "shown";  // the sentences are on the page; the figure draws next
    var figure = result.querySelector(".course-log-figure");
    return figure ? draw(figure) : Promise.resolve();
  }

  // Files are read in Web Workers (one per core, at most 4) so the page keeps
  // answering while a big import is read; the answers are merged in order.
  var WORKER_CODE = "self.window = self; importScripts(ENGINE);\n" +
    "self.onmessage = function (e) { self.CourseLog.readFileFromWorker(e.data); };";

  function workerReader(count) {
    var engine = log.engineUrl;
    if (typeof Worker === "undefined" || !engine || count < 2) {
      return null;
    }
    var size = Math.max(1, Math.min(navigator.hardwareConcurrency || 2, 4, count));
    var url = URL.createObjectURL(new Blob([WORKER_CODE.replace("ENGINE", JSON.stringify(engine))],
      { type: "text/javascript" }));
    var workers = [];
    var queue = [];
    var failed = false;
    function fallBack(job) {
      job.resolve(log.readFileNow(job.file));
    }
    function send(worker) {
      var job = queue.shift();
      worker.job = job || null;
      if (job) {
        worker.postMessage({ id: 0, file: job.file });  // copied, not moved: kept for a fallback
      }
    }
    function onMessage(event) {
      var worker = event.target;
      worker.job.resolve(event.data.read);
      send(worker);
    }
    // A worker that cannot start (a book opened from disk): read on the page instead.
    function onError(event) {
      event.preventDefault();
      failed = true;
      var worker = event.target;
      if (worker.job) {
        fallBack(worker.job);
        worker.job = null;
      }
      queue.splice(0).forEach(fallBack);
    }
    for (var w = 0; w < size; w += 1) {
      var worker = new Worker(url);
      worker.job = null;
      worker.onmessage = onMessage;
      worker.onerror = onError;
      workers.push(worker);
    }
    var reader = function (file) {
      return new Promise(function (resolve) {
        var job = { file: { name: file.name, size: file.size, bytes: file.bytes }, resolve: resolve };
        if (failed) {
          fallBack(job);
          return;
        }
        queue.push(job);
        var idle = workers.find(function (one) { return one.job === null; });
        if (idle) {
          send(idle);
        }
      });
    };
    reader.stop = function () {
      workers.forEach(function (one) { one.terminate(); });
      URL.revokeObjectURL(url);
    };
    return reader;
  }

  function items(files, limitBytes) {
    return Promise.all(files.map(function (file) {
      if (file.size > limitBytes) {
        return { name: file.name, size: file.size, bytes: new Uint8Array(0) };
      }
      return file.arrayBuffer().then(function (buffer) {
        return { name: file.name, size: file.size, bytes: new Uint8Array(buffer) };
      });
    }));
  }

  // Read the picked files (a FileList or array of File) and show the result.
  function run(container, files) {
    var list = Array.prototype.slice.call(files);
    container.dataset.state = "reading";
    setProgress(container, 0, list.length);
    setStatus(container, ["Reading " + list.length + " " + (list.length === 1 ? "file" : "files") + " on this device."]);
    var started = Date.now();
    // plotly.js downloads while the files are read, ready for the figure.
    var course = window.CoursePlotly;
    if (course && course.lazy) {
      course.lazy.loadPlotly().catch(function () { return null; });
    }
    return items(list, log.rules.browser_max_file_mb * 1024 * 1024).then(function (picked) {
      return log.check(picked, {
        unit: unitOf(container),
        readerFor: workerReader,
        progress: function (done, total) {
          setProgress(container, done, total);
          return nextTask();
        },
      });
    }).then(function (checked) {
      container.dataset.checkSeconds = ((Date.now() - started) / 1000).toFixed(2);
      container.dataset.state = "checked";
      states.set(container, { checked: checked });
      return render(container);
    }).then(function () {
      container.dataset.state = "done";
      container.dataset.seconds = ((Date.now() - started) / 1000).toFixed(2);
    }, function (problem) {
      container.dataset.state = "failed";
      setProgress(container, 1, 1);
      setStatus(container, ["The files could not be checked here (" + (problem && problem.message || problem) +
        "). Try the command line below."]);
    });
  }

  function watchUnits(container) {
    if (container.dataset.unitsWatched) {
      return;
    }
    container.dataset.unitsWatched = "true";
    container.querySelectorAll("input[type=radio]").forEach(function (radio) {
      radio.addEventListener("change", function () {
        render(container);
      });
    });
  }

  log.page = {
    run: function (container, files) {
      watchUnits(container);
      return run(container, files);
    },
    asCsv: asCsv,
  };
})(window.CourseLog = window.CourseLog || {});
