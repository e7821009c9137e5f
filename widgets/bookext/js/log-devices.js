/* The files a watch or an app writes: FIT, GPX and TCX, read as
   widgets/training_log/device_files.py reads them (with fitdecode, gpxpy and
   tcxreader). GPS positions measure a distance and are dropped at once. */
(function (log) {
  "use strict";

  var py = log.py;
  var GARMIN = "{http://www.garmin.com/xmlschemas/TrainingCenterDatabase/v2}";

  // An unexpected problem, reported as the command line reports one.
  function Unexpected(kind) {
    this.kind = kind;
  }

  // FIT ---------------------------------------------------------------------------

  function fitFrames(data, wanted, onMessage) {
    try {
      log.fit.decode(data, wanted, onMessage);
    } catch (problem) {
      if (!(problem instanceof log.fit.FitError)) {
        throw problem;
      }
      if (problem.kind === "header") {
        throw new log.Unreadable("not a FIT file (its header is not a FIT header)");
      }
      if (problem.kind === "crc") {
        throw new log.Unreadable("the file is damaged (its checksum does not match)");
      }
      if (problem.kind === "eof") {
        throw new log.Unreadable("the file is cut off (it ends before its last message)");
      }
      throw new log.Unreadable("the file could not be decoded as FIT (" + problem.message.slice(0, 120) + ")");
    }
  }

  function fitTime(raw) {
    return { us: (log.rules.fit.epoch_s + raw) * 1e6, offsetUs: 0 };
  }

  function fitFromRecords(data, sportHint) {
    var times = [];
    var distances = [];
    var lat = [];
    var lon = [];
    fitFrames(data, ["record"], function (_name, v) {
      if (v.timestamp !== undefined && v.timestamp !== null) {
        times.push(v.timestamp);
      }
      if (v.distance !== undefined && v.distance !== null) {
        distances.push(v.distance);
      }
      if (v.position_lat != null && v.position_long != null) {
        if (v.position_lat === TUPLE || v.position_long === TUPLE) {
          throw new Unexpected("TypeError");
        }
        lat.push(v.position_lat * 180.0 / 2147483648);
        lon.push(v.position_long * 180.0 / 2147483648);
      }
    });
    if (!times.length) {
      throw new log.Unreadable("the file holds no activity (no session and no records)");
    }
    if (times.concat(distances).indexOf(TUPLE) >= 0) {
      throw new Unexpected("TypeError");
    }
    return {
      start_time: times[0],
      sport: sportHint,
      total_distance: distances.length ? Math.max.apply(null, distances) : log.pathLength(lat, lon),
      total_timer_time: times[times.length - 1] - times[0],
    };
  }

  var TUPLE = log.fit.TUPLE;

  function truthy(value) {
    return value !== null && value !== undefined && value !== 0 && value !== "";
  }

  function fitSport(session, hint) {
    var raw = truthy(session.sport) ? session.sport : hint;
    var sport = log.sportName(String(truthy(raw) ? raw : ""));
    if ((sport === "" || sport === "generic") && ["treadmill", "street", "trail"].indexOf(session.sub_sport) >= 0) {
      sport = "running";
    }
    return sport || "unknown";
  }

  function readFit(data, name) {
    var sessions = [];
    var offset = null;
    var hint = "";
    fitFrames(data, ["session", "activity", "sport"], function (name, v) {
      if (name === "session") {
        sessions.push(v);
      } else if (name === "activity") {
        if (v.local_timestamp !== undefined && v.local_timestamp !== null && truthy(v.timestamp)) {
          if (v.local_timestamp === TUPLE || v.timestamp === TUPLE) {
            throw new Unexpected("TypeError");
          }
          if (typeof v.local_timestamp === "string") {
            throw new Unexpected("ValueError");
          }
          offset = (v.local_timestamp - v.timestamp) * 1e6;
        }
      } else {
        hint = v.sport === TUPLE ? "(...)" : String(truthy(v.sport) ? v.sport : "");
      }
    });
    var outcome = log.fileOutcome();
    if (!sessions.length) {
      sessions = [fitFromRecords(data, hint)];
      outcome.notes.push(log.problem(name, "no summary in the file: distance and time measured from its records"));
    }
    sessions.forEach(function (session, i) {
      var raw = truthy(session.start_time) ? session.start_time : session.timestamp;
      if (raw === null || raw === undefined) {
        outcome.skipped.push(log.problem(name, "a session has no start time"));
        return;
      }
      var duration0 = truthy(session.total_timer_time) ? session.total_timer_time : session.total_elapsed_time;
      if (raw === TUPLE || session.total_distance === TUPLE || duration0 === TUPLE) {
        throw new Unexpected("TypeError");
      }
      var duration = truthy(session.total_timer_time) ? session.total_timer_time : session.total_elapsed_time;
      var metres = truthy(session.total_distance) ? session.total_distance : 0.0;
      outcome.activities.push(log.makeActivity(fitTime(raw), {
        distance_km: metres / 1000.0,
        duration_s: truthy(duration) ? duration : null,
        sport: fitSport(session, hint),
        source: sessions.length === 1 ? name : name + " session " + (i + 1),
        file: name,
        fmt: "FIT",
      }, offset));
    });
    return outcome;
  }

  // GPX ---------------------------------------------------------------------------

  var GPX_TIME = /^([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})[T ]([0-9]{1,2}):([0-9]{1,2}):([0-9]{1,2})(\.[0-9]{1,15})?(Z|[+\-\u2212][0-9]{2}:?(?:[0-9]{2})?)?\n?$/;
  var GPX_FLOATS = ["ele", "magvar", "geoidheight", "hdop", "vdop", "pdop", "ageofdgpsdata", "course", "speed"];
  var GPX_INTS = ["sat", "dgpsid"];
  var GPX_FIXES = ["none", "2d", "3d", "dgps", "pps"];

  function child(node, tag) {
    for (var i = 0; i < node.children.length; i += 1) {
      if (node.children[i].tag === tag) {
        return node.children[i];
      }
    }
    return null;
  }

  function children(node, tag) {
    return node.children.filter(function (c) { return c.tag === tag; });
  }

  function gpxFloat(text) {
    if (text === null) {
      return null;
    }
    try {
      return py.toFloat(text);
    } catch (_) {
      throw new log.Unreadable("not valid GPX: a value in the file is damaged or of the wrong kind");
    }
  }

  function gpxTime(text) {
    var m = text ? GPX_TIME.exec(text) : null;
    if (!m) {
      return null;
    }
    var micro = m[7] ? Number((m[7].slice(1, 7) + "000000").slice(0, 6)) : 0;
    var us;
    try {
      us = py.datetimeUs(Number(m[1]), Number(m[2]), Number(m[3]), Number(m[4]), Number(m[5]), Number(m[6]), micro);
    } catch (_) {
      return null;
    }
    var offset = null;
    if (m[8]) {
      var s = m[8];
      offset = 0;
      if (s.length >= 2) {
        var sign = s[0] === "-" || s[0] === "\u2212" ? -1 : 1;
        if (s[0] === "-" || s[0] === "\u2212" || s[0] === "+") {
          s = s.slice(1);
        }
        var hour = /^[0-9]{2}$/.test(s.slice(0, 2)) ? Number(s.slice(0, 2)) : 0;
        var minute = s.length >= 4 && /^[0-9]{2}$/.test(s.slice(-2)) ? Number(s.slice(-2)) : 0;
        offset = sign * (hour * 60 + minute) * 60e6;
      }
    }
    return { us: us, offsetUs: offset };
  }

  function checkPoint(point) {
    if (point.attrib.lat === undefined || point.attrib.lon === undefined) {
      throw new log.Unreadable("not valid GPX: a value in the file is damaged or of the wrong kind");
    }
    point.lat = gpxFloat(point.attrib.lat);
    point.lon = gpxFloat(point.attrib.lon);
    GPX_FLOATS.forEach(function (tag) {
      var node = child(point, tag);
      if (node && node.text !== null) {
        gpxFloat(node.text);
      }
    });
    GPX_INTS.forEach(function (tag) {
      var node = child(point, tag);
      if (node && node.text !== null && !/^[+-]?[0-9](_?[0-9])*$/.test(py.strip(node.text))) {
        throw new log.Unreadable("not valid GPX: a value in the file is damaged or of the wrong kind");
      }
    });
    var fix = child(point, "fix");
    if (fix && fix.text !== null && GPX_FIXES.indexOf(fix.text) < 0) {
      throw new log.Unreadable("not valid GPX: a value in the file is damaged or of the wrong kind");
    }
  }

  function parseGpx(data) {
    var text = log.decodeText(data)[0];
    if (py.isBlank(text)) {
      throw new log.Unreadable("the file is empty");
    }
    text = text.replace(/\sxmlns=(['"])[^'"]+\1/, "");
    var root;
    try {
      root = log.xml.parse(text);
    } catch (problem) {
      if (problem instanceof log.xml.XmlError) {
        throw new log.Unreadable("not valid GPX: the XML is broken or cut off");
      }
      throw problem;
    }
    children(root, "wpt").forEach(checkPoint);
    children(root, "rte").forEach(function (route) {
      children(route, "rtept").forEach(checkPoint);
    });
    children(root, "trk").forEach(function (track) {
      var number = child(track, "number");
      if (number && number.text !== null && !/^[+-]?[0-9](_?[0-9])*$/.test(py.strip(number.text))) {
        throw new log.Unreadable("not valid GPX: a value in the file is damaged or of the wrong kind");
      }
      children(track, "trkseg").forEach(function (segment) {
        children(segment, "trkpt").forEach(checkPoint);
      });
    });
    return root;
  }

  function trackLengthAndTimes(track) {
    var metres = 0;
    var first = null;
    var last = null;
    children(track, "trkseg").forEach(function (segment) {
      var points = children(segment, "trkpt");
      metres += log.pathLength(points.map(function (p) { return p.lat; }), points.map(function (p) { return p.lon; }));
      // The first and last times that read (gpxpy reads every one; others are None).
      var timeOf = function (point) {
        var time = child(point, "time");
        return time ? gpxTime(time.text) : null;
      };
      var firstHere = null;
      var lastHere = null;
      var i;
      for (i = 0; i < points.length && firstHere === null; i += 1) {
        firstHere = timeOf(points[i]);
      }
      for (var j = points.length - 1; j >= i && lastHere === null; j -= 1) {
        lastHere = timeOf(points[j]);
      }
      if (firstHere !== null) {
        first = first === null ? firstHere : first;
        last = lastHere === null ? firstHere : lastHere;
      }
    });
    return [metres, first, last];
  }

  function readGpx(data, name) {
    var root = parseGpx(data);
    var tracks = children(root, "trk");
    if (!tracks.length) {
      throw new log.Unreadable("the file holds no track (no recorded activity)");
    }
    var outcome = log.fileOutcome();
    tracks.forEach(function (track, i) {
      var source = tracks.length === 1 ? name : name + " track " + (i + 1);
      var measured = trackLengthAndTimes(track);
      var first = measured[1];
      var last = measured[2];
      if (first === null) {
        outcome.skipped.push(log.problem(source, "the track has no times, so it cannot be placed in the log"));
        return;
      }
      if ((first.offsetUs === null) !== (last.offsetUs === null)) {
        throw new Unexpected("TypeError");
      }
      var seconds = ((last.us - (last.offsetUs || 0)) - (first.us - (first.offsetUs || 0))) / 1e6;
      var typeNode = child(track, "type");
      var rawType = typeNode && typeNode.text !== null ? typeNode.text : "";
      outcome.activities.push(log.makeActivity(first, {
        distance_km: measured[0] / 1000.0,
        duration_s: seconds || null,
        sport: log.sportName(rawType) || "running",
        source: source,
        file: name,
        fmt: "GPX",
      }));
      if (!rawType) {
        outcome.notes.push(log.problem(source, "no activity type in the file: counted as a run"));
      }
    });
    return outcome;
  }

  // TCX ---------------------------------------------------------------------------

  function tcxFloat(node) {
    try {
      return py.toFloat(node.text);
    } catch (_) {
      return null;
    }
  }

  function tcxTime(text) {
    var formats = log.rules.tcx_time_formats;
    for (var i = 0; i < formats.length; i += 1) {
      try {
        return log.dates.strptime(text || "", formats[i]);
      } catch (_) {
        // try the next pattern
      }
    }
    throw new log.Unreadable("not valid TCX: a value in the file is damaged or of the wrong kind");
  }

  // Bytes as expat reads them: UTF-8, or Latin-1 when the file declares it.
  function xmlBytesToText(data) {
    var head = String.fromCharCode.apply(null, data.subarray(0, 200));
    if (/^\s*<\?xml[^>]*encoding\s*=\s*["'](iso-8859-1|latin-?1|us-ascii)["']/i.test(head)) {
      return log.latin1(data);
    }
    try {
      var text = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true }).decode(data);
      return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
    } catch (_) {
      throw new log.xml.XmlError("not well-formed (invalid token)");
    }
  }

  function damaged() {
    return new log.Unreadable("not valid TCX: a value in the file is damaged or of the wrong kind");
  }

  function pyInt(text) {
    if (text === null || !/^[+-]?[0-9](_?[0-9])*$/.test(py.strip(text))) {
      throw damaged();
    }
  }

  function readTcx(data, name) {
    if (data.every(function (b) { return b === 32 || (b >= 9 && b <= 13); })) {
      throw new log.Unreadable("the file is empty");
    }
    var root;
    try {
      root = log.xml.parse(xmlBytesToText(data));
    } catch (problem) {
      if (problem instanceof log.xml.XmlError) {
        throw new log.Unreadable("not valid TCX: the XML is broken or cut off");
      }
      throw problem;
    }
    var distance = 0;
    var sport = null;
    var points = [];
    var laps = [];
    root.children.forEach(function (node) {
      if (node.tag !== GARMIN + "Activities") {
        return;
      }
      node.children.forEach(function (activity) {
        if (activity.tag !== GARMIN + "Activity") {
          return;
        }
        if (activity.attrib.Sport === undefined) {
          throw new log.Unreadable("not valid TCX: a value in the file is damaged or of the wrong kind");
        }
        sport = activity.attrib.Sport;
        activity.children.forEach(function (lap) {
          if (lap.tag !== GARMIN + "Lap") {
            return;
          }
          var lapDistance = 0;
          var lapPoints = [];
          lap.children.forEach(function (item) {
            if (item.tag === GARMIN + "Calories" || item.tag === GARMIN + "DistanceMeters") {
              var value;
              try {
                value = py.toFloat(item.text);
              } catch (_) {
                throw damaged();
              }
              if (item.tag === GARMIN + "DistanceMeters") {
                lapDistance += value;
              } else if (!Number.isFinite(value)) {
                throw damaged();  // int(round(nan)) fails
              }
            } else if (item.tag === GARMIN + "Extensions") {
              item.children.forEach(function (extension) {
                if (extension.tag !== "{http://www.garmin.com/xmlschemas/ActivityExtension/v2}LX") {
                  return;
                }
                extension.children.forEach(function (lx) {
                  if (lx.text === null) {
                    throw damaged();
                  }
                  if (lx.text.indexOf(".") >= 0) {
                    try {
                      py.toFloat(lx.text);
                    } catch (_) {
                      throw damaged();
                    }
                  } else {
                    pyInt(lx.text);
                  }
                });
              });
            } else if (item.tag === GARMIN + "Track") {
              item.children.forEach(function (tp) {
                if (tp.tag !== GARMIN + "Trackpoint") {
                  return;
                }
                var point = { time: null, distance: null };
                tp.children.forEach(function (field) {
                  if (field.tag === GARMIN + "Time") {
                    point.time = tcxTime(field.text);
                  } else if (field.tag === GARMIN + "DistanceMeters") {
                    point.distance = tcxFloat(field);
                  }
                });
                lapPoints.push(point);
              });
            }
          });
          distance += lapDistance;
          if (lapPoints.length) {
            points = points.concat(lapPoints);
            laps.push(lapPoints);
          }
        });
      });
    });
    if (points.length <= 2) {
      throw new log.Unreadable("the file holds no track points with times");
    }
    var first = points[0].time;
    var last = points[points.length - 1].time;
    [points].concat(laps).forEach(function (list) {
      if (list.length > 2) {
        var a = list[0].time;
        var b = list[list.length - 1].time;
        if (a === null || b === null || (a.offsetUs === null) !== (b.offsetUs === null)) {
          throw damaged();  // tcxreader subtracts the times: a TypeError
        }
      }
    });
    var duration = Math.abs(((first.us - (first.offsetUs || 0)) - (last.us - (last.offsetUs || 0))) / 1e6);
    var metres = distance;
    if (!metres) {
      var found = points.map(function (p) { return p.distance; }).filter(function (d) { return d !== null; });
      metres = found.length ? Math.max.apply(null, found) : 0.0;
    }
    var start = first.offsetUs === null ? { us: first.us, offsetUs: 0 } : first;
    var name2 = log.sportName(sport) || "unknown";
    return {
      activities: [log.makeActivity(start, {
        distance_km: metres / 1000.0,
        duration_s: duration || null,
        sport: name2 === "biking" ? "cycling" : name2,
        source: name,
        file: name,
        fmt: "TCX",
      })],
      skipped: [],
      notes: [],
      diary: [],
    };
  }

  log.devices = { readFit: readFit, readGpx: readGpx, readTcx: readTcx, Unexpected: Unexpected };
})(window.CourseLog = window.CourseLog || {});
