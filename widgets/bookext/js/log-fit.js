/* A small FIT decoder: the messages the check uses, read as fitdecode reads them.

   FIT is the binary format of sports watches. This walks every record of a
   file (header, definition and data messages, developer fields, the CRC at
   the end, chained files), with fitdecode's checks in fitdecode's order, so a
   damaged file gets the command line's reason. It keeps only the fields named
   in CourseLogRules.fit (session, activity, sport, record). Written for the
   course: the official SDK is 100 KB gzip under its own licence. */
(function (log) {
  "use strict";

  var CRC_TABLE = [0x0000, 0xCC01, 0xD801, 0x1400, 0xF001, 0x3C00, 0x2800, 0xE401,
    0xA001, 0x6C00, 0x7800, 0xB401, 0x5000, 0x9C01, 0x8801, 0x4400];

  function FitError(kind, message) {
    this.kind = kind;  // "header", "crc", "eof", "other"
    this.message = message;
  }

  function crcByte(crc, byte) {
    var tmp = CRC_TABLE[crc & 0xf];
    crc = (crc >> 4) & 0x0fff;
    crc = crc ^ tmp ^ CRC_TABLE[byte & 0xf];
    tmp = CRC_TABLE[crc & 0xf];
    crc = (crc >> 4) & 0x0fff;
    return crc ^ tmp ^ CRC_TABLE[(byte >> 4) & 0xf];
  }

  function parseError(offset, message) {
    var text = "FIT parsing error @ " + offset + (message ? ": " + message : "");
    return new FitError("other", text);
  }

  function readValue(view, at, fmt, little) {
    switch (fmt) {
      case "B": return view.getUint8(at);
      case "b": return view.getInt8(at);
      case "H": return view.getUint16(at, little);
      case "h": return view.getInt16(at, little);
      case "I": return view.getUint32(at, little);
      case "i": return view.getInt32(at, little);
      case "f": return view.getFloat32(at, little);
      case "d": return view.getFloat64(at, little);
      case "q": return view.getBigInt64(at, little);
      case "Q": return view.getBigUint64(at, little);
      default: return null;
    }
  }

  var INVALID = { enum: 0xff, sint8: 0x7f, uint8: 0xff, sint16: 0x7fff, uint16: 0xffff,
    sint32: 0x7fffffff, uint32: 0xffffffff, uint8z: 0, uint16z: 0, uint32z: 0 };

  function parseValue(value, type) {
    if (type.name === "float32" || type.name === "float64") {
      return Number.isNaN(value) ? null : value;
    }
    if (Object.hasOwn(INVALID, type.name)) {
      return value === INVALID[type.name] ? null : value;
    }
    if (typeof value === "bigint") {  // 64-bit: invalid is the largest value, or 0 for uint64z
      var invalid = { sint64: (1n << 63n) - 1n, uint64: (1n << 64n) - 1n, uint64z: 0n }[type.name];
      return value === invalid ? null : Number(value);
    }
    return value;
  }

  function isTimestampField(fd) {
    return fd.num === 253 && !fd.dev;
  }

  // A field holding several values (fitdecode gives a tuple): never one the check can use.
  var TUPLE = { tuple: true };

  // Calls onMessage(name, {field: value}) for every data message named in
  // ``wanted``, in file order, as fitdecode yields them: an error the caller
  // throws comes before any later decoding error, as in Python.
  function decode(bytes, wanted, onMessage) {
    var fit = log.rules.fit;
    var byteType = fit.base_types[fit.byte_type];
    var view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    var pos = 0;
    var crc = 0;
    var chunkOffset = 0;
    function take(size) {
      if (size <= 0) {
        throw new FitError("other", "size");
      }
      if (pos + size > bytes.length) {
        throw new FitError("eof", "expected " + size + " bytes, got " + (bytes.length - pos) + " @ " + pos);
      }
      for (var i = pos; i < pos + size; i += 1) {
        crc = crcByte(crc, bytes[i]);
      }
      var at = pos;
      pos += size;
      return at;
    }

    function definitionMessage(header, local, devTypes) {
      var f = take(5);
      var little = bytes[f + 1] === 0;
      var globalNum = view.getUint16(f + 2, little);
      var count = bytes[f + 4];
      var message = fit.messages[String(globalNum)];
      var fields = [];
      for (var k = 0; k < count; k += 1) {
        var d = take(3);
        var type = fit.base_types[String(bytes[d + 2])] || byteType;
        var size = bytes[d + 1];
        if (size % type.size !== 0) {
          throw parseError(chunkOffset, "invalid field size " + size + " in definition message @ " +
            chunkOffset + " for type " + type.name + " (expected a multiple of " + type.size + ")");
        }
        fields.push({ num: bytes[d], size: size, type: type,
          field: message ? message.fields[String(bytes[d])] : undefined });
      }
      if (header & 0x20) {
        var devCount = bytes[take(1)];
        for (var j = 0; j < devCount; j += 1) {
          var dd = take(3);
          var index = bytes[dd + 2];
          var number = bytes[dd];
          var where = "local_mesg_num: " + local + "; global_mesg_num: " + globalNum +
            "; chunk_offset: " + chunkOffset + ")";
          if (!Object.hasOwn(devTypes, index)) {
            throw parseError(chunkOffset, "dev_data_index " + index + " not defined (looking up for field " +
              number + "; " + where);
          }
          if (!Object.hasOwn(devTypes[index], number)) {
            throw parseError(chunkOffset, "no such field " + number + " for dev_data_index " + index + " (" + where);
          }
          fields.push({ num: number, size: bytes[dd + 1], type: devTypes[index][number], dev: true });
        }
      }
      return { message: message, little: little, fields: fields };
    }

    while (pos < bytes.length) {
      crc = 0;
      chunkOffset = pos;
      var definitions = {};
      var devTypes = {};
      var accumulator = 0;
      if (bytes.length - pos < 12) {
        take(bytes.length - pos);
        throw new FitError("header", "file truncated?");
      }
      var h = take(12);
      var headerSize = bytes[h];
      var magic = String.fromCharCode(bytes[h + 8], bytes[h + 9], bytes[h + 10], bytes[h + 11]);
      if (headerSize < 12 || magic !== ".FIT") {
        throw new FitError("header", "not a FIT file @ " + chunkOffset);
      }
      var bodySize = view.getUint32(h + 4, true);
      var extra = headerSize - 12;
      if (extra) {
        if (extra < 2) {
          throw new FitError("header", "unsupported FIT header");
        }
        var e = take(extra);
        if (extra !== 2) {
          throw new FitError("other", "unpack requires a buffer of 2 bytes");
        }
        var readCrc = view.getUint16(e, true);
        if (readCrc && readCrc !== headerCrcOf(bytes, h)) {
          throw new FitError("crc", "mismatching CRC in FIT header");
        }
      }
      var bodyEnd = pos + bodySize;
      while (pos < bodyEnd) {
        chunkOffset = pos;
        var header = bytes[take(1)];
        var compressed = (header & 0x80) !== 0;
        var local = compressed ? (header >> 5) & 0x3 : header & 0xf;
        if (!compressed && (header & 0x40)) {
          definitions[local] = definitionMessage(header, local, devTypes);
        } else {
          var definition = definitions[local];
          if (!definition) {
            throw parseError(chunkOffset, "local message " + local + " not defined");
          }
          var values = {};
          var raws = {};
          definition.fields.forEach(function (fd) {
            var n = Math.trunc(fd.size / fd.type.size);
            var at = take(fd.type.fmt === "s" ? fd.size : n * fd.type.size);
            if (!fd.field && !isTimestampField(fd)) {
              return;
            }
            var value = null;
            if (fd.type.fmt === "s" || fd.type.name === "byte" || n !== 1) {
              value = TUPLE;  // a string, bytes or several values: not a value the check reads
            } else {
              value = parseValue(readValue(view, at, fd.type.fmt, definition.little), fd.type);
            }
            if (isTimestampField(fd) && value !== null) {
              accumulator = value;
            }
            if (fd.field) {
              raws[fd.field.name] = value;
              values[fd.field.name] = render(fd.field, value);
            }
          });
          if (compressed) {
            var offset = header & 0x1f;
            var ts = offset + (accumulator - (accumulator % 32));
            if (offset < accumulator % 32) {
              ts += 32;
            }
            accumulator = ts;
            values.timestamp = ts;
          }
          var name = definition.message ? definition.message.name : "";
          if (name === "developer_data_id") {
            if (!("developer_data_index" in raws)) {
              throw parseError(chunkOffset, "'developer_data_index' (local_mesg_num: " + local +
                "; chunk_offset: " + chunkOffset + ")");
            }
            devTypes[raws.developer_data_index] = {};
          } else if (name === "field_description") {
            var index = raws.developer_data_index;
            if (index === undefined) {
              throw parseError(chunkOffset, "'developer_data_index' (local_mesg_num: " + local +
                "; chunk_offset: " + chunkOffset + ")");
            }
            if (index === null || !Object.hasOwn(devTypes, index)) {
              throw parseError(chunkOffset, "developer_data_index " + (index === null ? "None" : index) + " not defined");
            }
            var typeNum = raws.fit_base_type_id;
            var devType = typeNum === undefined || typeNum === null ? byteType : fit.base_types[String(typeNum)];
            if (!devType) {
              throw new FitError("other", String(typeNum));
            }
            devTypes[index][raws.field_definition_number === undefined ? null : raws.field_definition_number] = devType;
          }
          if (wanted.indexOf(name) >= 0) {
            onMessage(name, values);
          }
        }
        if (pos > bodyEnd) {
          throw new FitError("other", "AssertionError");
        }
      }
      var expected = crc;
      var footer = take(2);
      if (view.getUint16(footer, true) !== expected) {
        throw new FitError("crc", "mismatching CRC in FIT footer");
      }
    }
  }

  function headerCrcOf(bytes, at) {
    var crc = 0;
    for (var i = at; i < at + 12; i += 1) {
      crc = crcByte(crc, bytes[i]);
    }
    return crc;
  }

  function render(field, value) {
    if (value === null || value === TUPLE) {
      return value;
    }
    if (field.enum) {
      var names = log.rules.fit.enums[field.enum];
      if (Object.hasOwn(names, String(value))) {
        return names[String(value)];
      }
    }
    if (field.scale) {
      value = value / field.scale;
    }
    if (field.offset) {
      value = value - field.offset;
    }
    return value;
  }

  log.fit = { decode: decode, FitError: FitError, TUPLE: TUPLE };
})(window.CourseLog = window.CourseLog || {});
