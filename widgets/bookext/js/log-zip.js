/* The files inside a zip archive, read as widgets/training_log/zip_archive.py
   reads them with Python's zipfile: by the central directory, in name order,
   folders and hidden files left out, each file's CRC checked. Stored and
   deflated files are unpacked with the browser's own DecompressionStream. */
(function (log) {
  "use strict";

  var DAMAGED_ARCHIVE = "the zip file is damaged or cut off";
  var DAMAGED_MEMBER = "damaged in the zip file (it does not unpack)";
  var UNKNOWN_METHOD = "packed in the zip file in a way this reader does not know";
  // Code page 437, which zip files use for names not marked as UTF-8 (bytes 128 to 255).
  var CP437 = "ÇüéâäàåçêëèïîìÄÅÉæÆôöòûùÿÖÜ¢£¥₧ƒáíóúñÑªº¿⌐¬½¼¡«»░▒▓│┤╡╢╖╕╣║╗╝╜╛┐└┴┬├─┼╞╟╚╔╩╦╠═╬╧╨╤╥╙╘╒╓╫╪┘┌█▄▌▐▀" +
    "αßΓπΣσµτΦΘΩδ∞φε∩≡±≥≤⌠⌡÷≈°∙·√ⁿ²■\u00a0";
  var CRC_TABLE = (function () {
    var table = new Uint32Array(256);
    for (var n = 0; n < 256; n += 1) {
      var c = n;
      for (var k = 0; k < 8; k += 1) {
        c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
      }
      table[n] = c >>> 0;
    }
    return table;
  })();

  function crc32(bytes) {
    var crc = 0xffffffff;
    for (var i = 0; i < bytes.length; i += 1) {
      crc = CRC_TABLE[(crc ^ bytes[i]) & 0xff] ^ (crc >>> 8);
    }
    return (crc ^ 0xffffffff) >>> 0;
  }

  function isZip(name) {
    return name.toLowerCase().endsWith(".zip");
  }

  function hidden(member) {
    return member.split("/").some(function (part) { return part.charAt(0) === "." || part === "__MACOSX"; });
  }

  function decodeName(bytes, utf8) {
    if (utf8) {
      return new TextDecoder("utf-8").decode(bytes);
    }
    var out = "";
    for (var i = 0; i < bytes.length; i += 1) {
      out += bytes[i] < 128 ? String.fromCharCode(bytes[i]) : CP437.charAt(bytes[i] - 128);
    }
    return out;
  }

  function Broken() {}

  // The central directory: [{name, method, flags, crc, packed, size, offset}].
  function directory(bytes) {
    var view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    var end = -1;
    for (var i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 65535); i -= 1) {
      if (view.getUint32(i, true) === 0x06054b50) {
        end = i;
        break;
      }
    }
    if (end < 0) {
      throw new Broken();
    }
    var size = view.getUint32(end + 12, true);
    var offset = view.getUint32(end + 16, true);
    var concat = end - size - offset;  // bytes before the archive (a self-extracting one)
    if (concat < 0) {
      throw new Broken();
    }
    var entries = [];
    var pos = offset + concat;
    var stop = pos + size;
    while (pos < stop) {
      if (pos + 46 > bytes.length || view.getUint32(pos, true) !== 0x02014b50) {
        throw new Broken();
      }
      var nameLength = view.getUint16(pos + 28, true);
      var extra = view.getUint16(pos + 30, true);
      var comment = view.getUint16(pos + 32, true);
      var flags = view.getUint16(pos + 8, true);
      entries.push({
        name: decodeName(bytes.subarray(pos + 46, pos + 46 + nameLength), (flags & 0x800) !== 0),
        flags: flags,
        method: view.getUint16(pos + 10, true),
        crc: view.getUint32(pos + 16, true),
        packed: view.getUint32(pos + 20, true),
        size: view.getUint32(pos + 24, true),
        offset: view.getUint32(pos + 42, true) + concat,
      });
      pos += 46 + nameLength + extra + comment;
    }
    return entries;
  }

  async function unpack(bytes, entry) {
    var view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    var at = entry.offset;
    if (at + 30 > bytes.length || view.getUint32(at, true) !== 0x04034b50) {
      throw new Broken();
    }
    var start = at + 30 + view.getUint16(at + 26, true) + view.getUint16(at + 28, true);
    if (entry.flags & 0x1 || (entry.method !== 0 && entry.method !== 8)) {
      return UNKNOWN_METHOD;
    }
    if (start + entry.packed > bytes.length) {
      throw new Broken();
    }
    var packed = bytes.subarray(start, start + entry.packed);
    var data = packed;
    if (entry.method === 8) {
      try {
        var stream = new Blob([packed]).stream().pipeThrough(new DecompressionStream("deflate-raw"));
        data = new Uint8Array(await new Response(stream).arrayBuffer());
      } catch (_) {
        throw new Broken();
      }
    }
    if (data.length !== entry.size || crc32(data) !== entry.crc) {
      throw new Broken();
    }
    return data;
  }

  // [{name, bytes}] of the files in the archive; problems go into result.
  async function members(name, bytes, limitBytes, result) {
    var entries;
    try {
      entries = directory(bytes).filter(function (e) { return !e.name.endsWith("/"); });
    } catch (problem) {
      if (problem instanceof Broken || problem instanceof RangeError) {
        result.skipped.push(log.problem(name, DAMAGED_ARCHIVE));
        return [];
      }
      throw problem;
    }
    entries.sort(function (a, b) { return a.name < b.name ? -1 : a.name > b.name ? 1 : 0; });
    var files = [];
    var skippedHidden = 0;
    for (var i = 0; i < entries.length; i += 1) {
      var entry = entries[i];
      if (hidden(entry.name)) {
        skippedHidden += 1;
        continue;
      }
      var member = name + "/" + entry.name;
      if (entry.size > limitBytes) {
        result.skipped.push(log.problem(member, "larger than " + Math.floor(limitBytes / (1024 * 1024)) + " MB: not read"));
        continue;
      }
      try {
        var data = await unpack(bytes, entry);
        if (typeof data === "string") {
          result.skipped.push(log.problem(member, data));
        } else {
          files.push({ name: member, bytes: data });
        }
      } catch (problem) {
        if (!(problem instanceof Broken || problem instanceof RangeError)) {
          throw problem;
        }
        result.skipped.push(log.problem(member, DAMAGED_MEMBER));
      }
    }
    if (skippedHidden) {
      result.notes.push(log.problem(name, skippedHidden + " hidden files not read (names starting with a dot)"));
    }
    return files;
  }

  log.zip = { isZip: isZip, members: members };
})(window.CourseLog = window.CourseLog || {});
