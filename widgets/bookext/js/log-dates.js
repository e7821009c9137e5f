/* Dates and times as Python reads them: datetime.fromisoformat and strptime.

   A parsed time is {us, offsetUs}: the clock time in microseconds (as if UTC)
   and the offset from UTC in microseconds, or null when the text gave none.
   strptime's regular expressions come from Python itself (CourseLogRules). */
(function (log) {
  "use strict";

  var py = log.py;
  var DIGITS = /^[0-9]+$/;

  function digits(text, count) {
    var part = text.slice(0, count);
    if (part.length !== count || !DIGITS.test(part)) {
      throw new py.PyError("ValueError");
    }
    return Number(part);
  }

  function separatorAt(s) {
    if (s.length === 7) {
      return 7;
    }
    if (s[4] === "-") {
      if (s[5] === "W") {
        if (s.length > 8 && s[8] === "-") {
          if (s.length === 9) {
            throw new py.PyError("ValueError");
          }
          return s.length > 10 && /[0-9]/.test(s[10]) ? 8 : 10;
        }
        return 8;
      }
      return 10;
    }
    if (s[4] === "W") {
      var i = 7;
      while (i < s.length && /[0-9]/.test(s[i])) {
        i += 1;
      }
      if (i < 9) {
        return i;
      }
      return i % 2 === 0 ? 7 : 8;
    }
    return 8;
  }

  function isoWeekDate(year, week, day) {
    var jan4 = py.daysFromCivil(year, 1, 4);
    var week1Monday = jan4 - py.weekday(jan4);
    if (week < 1 || week > 53 || day < 1 || day > 7) {
      throw new py.PyError("ValueError");
    }
    if (week === 53) {
      var jan1 = py.weekday(py.daysFromCivil(year, 1, 1));
      var leap = py.daysInMonth(year, 2) === 29;
      if (!(jan1 === 3 || (jan1 === 2 && leap))) {
        throw new py.PyError("ValueError");
      }
    }
    return py.civilFromDays(week1Monday + (week - 1) * 7 + (day - 1));
  }

  function isoDatePart(d) {
    var year = digits(d, 4);
    var sep = d[4] === "-";
    var pos = 4 + (sep ? 1 : 0);
    if (d[pos] === "W") {
      var week = digits(d.slice(pos + 1), 2);
      pos += 3;
      var day = 1;
      if (d.length > pos) {
        if ((d[pos] === "-") !== sep) {
          throw new py.PyError("ValueError");
        }
        pos += sep ? 1 : 0;
        day = digits(d.slice(pos), 1);
        if (d.length > pos + 1) {
          throw new py.PyError("ValueError");
        }
      }
      return isoWeekDate(year, week, day);
    }
    var month = digits(d.slice(pos), 2);
    pos += 2;
    if ((d[pos] === "-") !== sep) {
      throw new py.PyError("ValueError");
    }
    pos += sep ? 1 : 0;
    var dayOfMonth = digits(d.slice(pos), 2);
    if (d.length !== pos + 2) {
      throw new py.PyError("ValueError");
    }
    return [year, month, dayOfMonth];
  }

  // HH[:MM[:SS[.ffffff]]] or HHMMSS; returns [h, m, s, us].
  function clockPart(t) {
    if (!t.length) {
      throw new py.PyError("ValueError");
    }
    var values = [0, 0, 0, 0];
    var pos = 0;
    var sep = null;
    for (var i = 0; i < 3; i += 1) {
      values[i] = digits(t.slice(pos), 2);
      pos += 2;
      if (pos >= t.length) {
        return values;
      }
      var c = t[pos];
      if (i === 0) {
        sep = c === ":";
      }
      if (sep && c === ":" && i < 2) {
        pos += 1;
        continue;
      }
      if ((c === "." || c === ",") && i === 2) {
        pos += 1;
        break;
      }
      if (!sep && /[0-9]/.test(c) && i < 2) {
        continue;
      }
      throw new py.PyError("ValueError");
    }
    var rest = t.slice(pos);
    if (!rest.length || !DIGITS.test(rest)) {
      throw new py.PyError("ValueError");
    }
    var used = rest.slice(0, 6);
    values[3] = Number(used) * Math.pow(10, 6 - used.length);
    return values;
  }

  function fromIsoFormat(s) {
    if (s.length < 7) {
      throw new py.PyError("ValueError");
    }
    var at = separatorAt(s);
    var date = isoDatePart(s.slice(0, at));
    var t = s.slice(at + 1);
    if (at < s.length && !t.length) {
      throw new py.PyError("ValueError");
    }
    var clock = [0, 0, 0, 0];
    var offset = null;
    if (t.length) {
      var tz = t.search(/[Z+-]/);
      clock = clockPart(tz < 0 ? t : t.slice(0, tz));
      if (tz >= 0) {
        var zone = t.slice(tz + 1);
        if (t[tz] === "Z") {
          if (zone.length) {
            throw new py.PyError("ValueError");
          }
          offset = 0;
        } else {
          if ([0, 1, 3].indexOf(zone.length) >= 0) {
            throw new py.PyError("ValueError");
          }
          var z = clockPart(zone);
          offset = (t[tz] === "-" ? -1 : 1) * (((z[0] * 60 + z[1]) * 60 + z[2]) * 1e6 + z[3]);
          if (Math.abs(offset) >= py.US_PER_DAY) {
            throw new py.PyError("ValueError");
          }
        }
      }
    }
    return {
      us: py.datetimeUs(date[0], date[1], date[2], clock[0], clock[1], clock[2], clock[3]),
      offsetUs: offset,
    };
  }

  var compiled = {};

  // datetime.strptime(text, format) for a format whose regex Python wrote.
  function strptime(text, regex) {
    var pattern = compiled[regex] || (compiled[regex] = new RegExp("^(?:" + regex + ")", "i"));
    var found = pattern.exec(text);
    if (!found || found[0].length !== text.length) {
      throw new py.PyError("ValueError");
    }
    var g = found.groups;
    var month = 1;
    if (g.m !== undefined) {
      month = Number(g.m);
    } else if (g.b !== undefined || g.B !== undefined) {
      month = py.MONTHS.map(function (m) { return m.toLowerCase(); })
        .indexOf((g.b || g.B).slice(0, 3).toLowerCase()) + 1;
    }
    var hour = g.H !== undefined ? Number(g.H) : 0;
    if (g.I !== undefined) {
      hour = Number(g.I);
      var pm = g.p.toLowerCase() === "pm";
      hour = pm ? (hour === 12 ? 12 : hour + 12) : (hour === 12 ? 0 : hour);
    }
    var micro = g.f !== undefined ? Number((g.f + "000000").slice(0, 6)) : 0;
    var offset = null;
    if (g.z !== undefined) {
      offset = zoneOffset(g.z);
    }
    return {
      us: py.datetimeUs(Number(g.Y), month, Number(g.d), hour, Number(g.M || 0), Number(g.S || 0), micro),
      offsetUs: offset,
    };
  }

  // %z as _strptime reads it.
  function zoneOffset(z) {
    if (z === "z") {
      throw new py.PyError("ValueError");
    }
    if (z === "Z") {
      return 0;
    }
    if (z[3] === ":") {
      z = z.slice(0, 3) + z.slice(4);
      if (z.length > 5) {
        if (z[5] !== ":") {
          throw new py.PyError("ValueError");
        }
        z = z.slice(0, 5) + z.slice(6);
      }
    }
    var hours = Number(z.slice(1, 3));
    var minutes = Number(z.slice(3, 5));
    var seconds = Number(z.slice(5, 7) || 0);
    var fraction = z.slice(8) ? Number((z.slice(8) + "000000").slice(0, 6)) : 0;
    var offset = ((hours * 60 + minutes) * 60 + seconds) * 1e6 + fraction;
    offset = z[0] === "-" ? -offset : offset;
    if (Math.abs(offset) >= py.US_PER_DAY) {
      throw new py.PyError("ValueError");
    }
    return offset;
  }

  log.dates = { fromIsoFormat: fromIsoFormat, strptime: strptime };
})(window.CourseLog = window.CourseLog || {});
