/* Python's ways with numbers, text and dates, for the training-log engine.

   The command line is Python; the book's check runs in the browser and must
   give the same JSON. These helpers do what Python does where JavaScript
   differs: rounding half to even on the exact value, "%g", repr() of a
   string, str.strip(), float(), splitlines(), and dates as whole days and
   times as whole microseconds (as datetime keeps them). */
(function (log) {
  "use strict";

  var US_PER_DAY = 86400e6;
  var MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
  var WEEKDAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"];
  var SPACE = "\\t\\n\\x0b\\x0c\\r\\x1c-\\x1f \\x85\\xa0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000";
  var STRIP = new RegExp("^[" + SPACE + "]+|[" + SPACE + "]+$", "g");
  var BREAKS = "\\r\\n|[\\n\\r\\x0b\\x0c\\x1c\\x1d\\x1e\\x85\\u2028\\u2029]";  // str.splitlines()
  var LINE_BREAK = new RegExp(BREAKS);
  var PLAIN_NUMBER = /^-?[0-9]+(?:\.[0-9]+)?$/;
  var FLOAT = /^[+-]?(?:(?:\d(?:_?\d)*)?\.?(?:\d(?:_?\d)*)?(?:[eE][+-]?\d(?:_?\d)*)?)$/;
  var NOT_PRINTABLE = /[\p{Cc}\p{Cf}\p{Cs}\p{Co}\p{Cn}\p{Zl}\p{Zp}\p{Zs}]/u;

  function PyError(kind, message) {
    this.kind = kind;  // "ValueError", "TypeError", ...
    this.message = message || "";
  }

  // f"{x:.{d}f}": the exact value rounded half to even.
  function fixed(x, d) {
    if (!Number.isFinite(x)) {
      return Number.isNaN(x) ? "nan" : x > 0 ? "inf" : "-inf";
    }
    var text = x.toFixed(d);
    var scaled = Math.abs(x) * Math.pow(10, d);
    if (Math.abs(scaled - Math.floor(scaled) - 0.5) > 1e-6) {
      return text;  // not near half way: toFixed already rounded as Python does
    }
    var exact = Math.abs(x).toFixed(100);
    var dot = exact.indexOf(".");
    if (/^50*$/.test(exact.slice(dot + 1 + d))) {
      var down = d ? exact.slice(0, dot + 1 + d) : exact.slice(0, dot);
      if (Number(down.charAt(down.length - 1)) % 2 === 0) {
        text = (x < 0 ? "-" : "") + down;
      }
    }
    return text;
  }

  function round(x, d) {
    return Number(fixed(x, d));
  }

  // f"{x:g}"
  function g(x) {
    if (x === 0) {
      return Object.is(x, -0) ? "-0" : "0";
    }
    var exponent = Number(Math.abs(x).toExponential(5).split("e")[1]);
    if (exponent < -4 || exponent >= 6) {
      var parts = x.toExponential(5).split("e");
      var mantissa = parts[0].replace(/\.?0+$/, "");
      var power = Number(parts[1]);
      return mantissa + "e" + (power < 0 ? "-" : "+") + (Math.abs(power) < 10 ? "0" : "") + Math.abs(power);
    }
    var text = fixed(x, 5 - exponent);
    return text.indexOf(".") >= 0 ? text.replace(/\.?0+$/, "") : text;
  }

  var NOT_SPACE = new RegExp("[^" + SPACE + "]");

  function strip(text) {
    return text.replace(STRIP, "");
  }

  // not text.strip(): blank in Python's sense, without copying a big file's text
  function isBlank(text) {
    return !NOT_SPACE.test(text);
  }

  // float(text), or a PyError("ValueError").
  function toFloat(text) {
    if (text === null || text === undefined) {
      throw new PyError("TypeError");
    }
    if (PLAIN_NUMBER.test(text)) {
      return Number(text);  // the common case, e.g. a GPS position
    }
    var value = strip(text);
    var word = value.toLowerCase().replace(/^[+-]/, "");
    if (word === "inf" || word === "infinity") {
      return value.charAt(0) === "-" ? -Infinity : Infinity;
    }
    if (word === "nan") {
      return NaN;
    }
    if (!FLOAT.test(value) || !/\d/.test(value.split(/[eE]/)[0])) {
      throw new PyError("ValueError", "could not convert string to float: " + repr(text));
    }
    return Number(value.replace(/_/g, ""));
  }

  // repr() of a str
  function repr(text) {
    var quote = text.indexOf("'") >= 0 && text.indexOf('"') < 0 ? '"' : "'";
    var out = quote;
    for (var character of text) {
      var code = character.codePointAt(0);
      if (character === quote || character === "\\") {
        out += "\\" + character;
      } else if (character === "\t") {
        out += "\\t";
      } else if (character === "\n") {
        out += "\\n";
      } else if (character === "\r") {
        out += "\\r";
      } else if (character !== " " && (code < 0x20 || code === 0x7f || NOT_PRINTABLE.test(character))) {
        var hex = code.toString(16);
        out += code < 0x100 ? "\\x" + ("0" + hex).slice(-2)
          : code < 0x10000 ? "\\u" + ("000" + hex).slice(-4) : "\\U" + ("0000000" + hex).slice(-8);
      } else {
        out += character;
      }
    }
    return out + quote;
  }

  function firstLine(text) {
    return text.split(LINE_BREAK)[0];
  }

  // Dates as days since 1970-01-01 (proleptic Gregorian, as Python's date).
  function daysFromCivil(y, m, d) {
    y -= m <= 2 ? 1 : 0;
    var era = Math.floor(y / 400);
    var yoe = y - era * 400;
    var doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
    var doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
    return era * 146097 + doe - 719468;
  }

  function civilFromDays(z) {
    z += 719468;
    var era = Math.floor(z / 146097);
    var doe = z - era * 146097;
    var yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
    var doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
    var mp = Math.floor((5 * doy + 2) / 153);
    var d = doy - Math.floor((153 * mp + 2) / 5) + 1;
    var m = mp + (mp < 10 ? 3 : -9);
    return [yoe + era * 400 + (m <= 2 ? 1 : 0), m, d];
  }

  function daysInMonth(y, m) {
    return [31, (y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0)) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1];
  }

  // datetime(y, m, d, H, M, S, us) as microseconds, checked as Python checks it.
  function datetimeUs(y, m, d, hh, mm, ss, us) {
    if (!(y >= 1 && y <= 9999) || !(m >= 1 && m <= 12) || !(d >= 1 && d <= daysInMonth(y, m)) ||
        !(hh >= 0 && hh < 24) || !(mm >= 0 && mm < 60) || !(ss >= 0 && ss < 60) || !(us >= 0 && us < 1e6)) {
      throw new PyError("ValueError", "out of range");
    }
    return daysFromCivil(y, m, d) * US_PER_DAY + ((hh * 60 + mm) * 60 + ss) * 1e6 + us;
  }

  function dayOf(us) {
    return Math.floor(us / US_PER_DAY);
  }

  function weekday(days) {
    return (((days + 3) % 7) + 7) % 7;  // Monday 0, as date.weekday()
  }

  function pad(n, width) {
    var text = String(Math.abs(n));
    while (text.length < width) {
      text = "0" + text;
    }
    return text;
  }

  function isoDate(days) {
    var c = civilFromDays(days);
    return pad(c[0], 4) + "-" + pad(c[1], 2) + "-" + pad(c[2], 2);
  }

  // datetime.isoformat() of a naive time in microseconds.
  function isoDateTime(us) {
    var days = dayOf(us);
    var rest = us - days * US_PER_DAY;
    var seconds = Math.floor(rest / 1e6);
    var micro = rest - seconds * 1e6;
    var text = isoDate(days) + "T" + pad(Math.floor(seconds / 3600), 2) + ":" +
      pad(Math.floor(seconds / 60) % 60, 2) + ":" + pad(seconds % 60, 2);
    return micro ? text + "." + pad(micro, 6) : text;
  }

  // strftime for the few patterns the reports use: %d %b %Y %a %H %M.
  function strftime(pattern, us) {
    var days = dayOf(us);
    var c = civilFromDays(days);
    var seconds = Math.floor((us - days * US_PER_DAY) / 1e6);
    return pattern.replace(/%([dbYaHM])/g, function (_, code) {
      return {
        d: pad(c[2], 2),
        b: MONTHS[c[1] - 1],
        Y: pad(c[0], 4),
        a: WEEKDAYS[weekday(days)],
        H: pad(Math.floor(seconds / 3600), 2),
        M: pad(Math.floor(seconds / 60) % 60, 2),
      }[code];
    });
  }

  log.py = {
    US_PER_DAY: US_PER_DAY,
    MONTHS: MONTHS,
    PyError: PyError,
    fixed: fixed,
    round: round,
    g: g,
    strip: strip,
    isBlank: isBlank,
    toFloat: toFloat,
    repr: repr,
    firstLine: firstLine,
    daysFromCivil: daysFromCivil,
    civilFromDays: civilFromDays,
    daysInMonth: daysInMonth,
    datetimeUs: datetimeUs,
    dayOf: dayOf,
    weekday: weekday,
    pad: pad,
    isoDate: isoDate,
    isoDateTime: isoDateTime,
    strftime: strftime,
  };
})(window.CourseLog = window.CourseLog || {});
