/* A small strict XML reader for GPX and TCX files, in the browser and in Node.

   It gives elements as Python's ElementTree does ({tag, attrib, children,
   text}, tags as "{namespace}name") and refuses what expat refuses in such
   files: broken or cut-off markup, unknown entities, mismatched tags, text
   outside the root, characters XML does not allow. */
(function (log) {
  "use strict";

  function XmlError(message) {
    this.message = message;
  }

  var NAME = "[A-Za-z_:\\u00C0-\\uFFEF][-.0-9A-Za-z_:\\u00B7\\u00C0-\\uFFEF]*";
  var TAG_OPEN = new RegExp("<(" + NAME + ")", "y");
  var ATTRIBUTE = new RegExp("\\s+(" + NAME + ")\\s*=\\s*(\"[^<\"]*\"|'[^<']*')", "y");
  var TAG_END = /\s*(\/?)>/y;
  var CLOSE = new RegExp("</(" + NAME + ")\\s*>", "y");
  var NOT_XML = "[\\x00-\\x08\\x0b\\x0c\\x0e-\\x1f\\ufffe\\uffff]";  // characters XML 1.0 forbids
  var BAD_CHAR = new RegExp(NOT_XML);
  var ENTITIES = { lt: "<", gt: ">", amp: "&", quot: '"', apos: "'" };

  function decodeEntities(text) {
    if (text.indexOf("&") < 0) {
      return text;
    }
    return text.replace(/&([^;&]*);|&/g, function (_whole, name) {
      if (name === undefined) {
        throw new XmlError("not well-formed");
      }
      if (ENTITIES[name]) {
        return ENTITIES[name];
      }
      var number = /^#x([0-9a-fA-F]+)$/.exec(name) || /^#([0-9]+)$/.exec(name);
      if (number) {
        var code = parseInt(number[1], number[0].charAt(1) === "x" ? 16 : 10);
        if (code === 0 || code > 0x10ffff || (code < 0x20 && [9, 10, 13].indexOf(code) < 0)) {
          throw new XmlError("reference to invalid character number");
        }
        return String.fromCodePoint(code);
      }
      throw new XmlError("undefined entity");
    });
  }

  function resolve(name, scopes, isAttribute) {
    var colon = name.indexOf(":");
    var prefix = colon >= 0 ? name.slice(0, colon) : "";
    var local = colon >= 0 ? name.slice(colon + 1) : name;
    if (prefix === "xmlns" || (!prefix && isAttribute)) {
      return local === name ? name : name;
    }
    for (var i = scopes.length - 1; i >= 0; i -= 1) {
      if (scopes[i] !== null && Object.hasOwn(scopes[i], prefix)) {
        var uri = scopes[i][prefix];
        return uri ? "{" + uri + "}" + local : local;
      }
    }
    if (prefix === "xml") {
      return "{http://www.w3.org/XML/1998/namespace}" + local;
    }
    if (prefix) {
      throw new XmlError("unbound prefix");
    }
    return local;
  }

  function parse(text) {
    if (BAD_CHAR.test(text)) {
      throw new XmlError("not well-formed (invalid token)");
    }
    var pos = 0;
    var stack = [];
    var scopes = [null];
    var declared = 0;  // how many open elements declare a namespace
    var root = null;
    var length = text.length;

    // Text before an element's first child is its .text (as ElementTree);
    // text after a child (a "tail") is checked but not kept: no reader uses it.
    function addText(chunk) {
      var parent = stack[stack.length - 1];
      if (!parent) {
        if (/\S/.test(chunk)) {
          throw new XmlError(root ? "junk after document element" : "syntax error");
        }
        return;
      }
      var value = decodeEntities(chunk);
      if (!parent.children.length) {
        parent.text = (parent.text || "") + value;
      }
    }

    function skip(open, close, what) {
      var end = text.indexOf(close, pos + open.length);
      if (end < 0) {
        throw new XmlError("unclosed " + what);
      }
      var body = text.slice(pos + open.length, end);
      pos = end + close.length;
      return body;
    }

    while (pos < length) {
      var lt = text.indexOf("<", pos);
      if (lt < 0) {
        addText(text.slice(pos));
        break;
      }
      if (lt > pos) {
        addText(text.slice(pos, lt));
        pos = lt;
      }
      if (text.startsWith("<!--", pos)) {
        var comment = skip("<!--", "-->", "comment");
        if (comment.indexOf("--") >= 0) {
          throw new XmlError("not well-formed");
        }
      } else if (text.startsWith("<![CDATA[", pos)) {
        if (!stack.length) {
          throw new XmlError("syntax error");
        }
        var data = skip("<![CDATA[", "]]>", "CDATA section");
        var parent = stack[stack.length - 1];
        if (!parent.children.length) {
          parent.text = (parent.text || "") + data;
        }
      } else if (text.startsWith("<?", pos)) {
        skip("<?", "?>", "processing instruction");
      } else if (text.startsWith("<!DOCTYPE", pos)) {
        if (root || stack.length) {
          throw new XmlError("syntax error");
        }
        var close = text.indexOf(">", pos);
        var bracket = text.indexOf("[", pos);
        if (bracket >= 0 && bracket < close) {
          close = text.indexOf("]", bracket);
          close = close < 0 ? -1 : text.indexOf(">", close);
        }
        if (close < 0) {
          throw new XmlError("unclosed token");
        }
        pos = close + 1;
      } else if (text.charAt(pos + 1) === "/") {
        CLOSE.lastIndex = pos;
        var closing = CLOSE.exec(text);
        var open = stack.pop();
        if (!closing || !open || closing[1] !== open.rawTag) {
          throw new XmlError(closing ? "mismatched tag" : "not well-formed (invalid token)");
        }
        declared -= scopes.pop() === null ? 0 : 1;
        pos = CLOSE.lastIndex;
      } else {
        TAG_OPEN.lastIndex = pos;
        var opening = TAG_OPEN.exec(text);
        if (!opening) {
          throw new XmlError("not well-formed (invalid token)");
        }
        if (!stack.length && root) {
          throw new XmlError("junk after document element");
        }
        pos = TAG_OPEN.lastIndex;
        var raw = {};
        var names = [];
        for (;;) {
          ATTRIBUTE.lastIndex = pos;
          var attribute = ATTRIBUTE.exec(text);
          if (!attribute) {
            break;
          }
          if (Object.hasOwn(raw, attribute[1])) {
            throw new XmlError("duplicate attribute");
          }
          var value = decodeEntities(attribute[2].slice(1, -1));
          raw[attribute[1]] = /[\t\n\r]/.test(value) ? value.replace(/[\t\n\r]/g, " ") : value;
          names.push(attribute[1]);
          pos = ATTRIBUTE.lastIndex;
        }
        TAG_END.lastIndex = pos;
        var end = TAG_END.exec(text);
        if (!end) {
          throw new XmlError(pos >= length ? "unclosed token" : "not well-formed (invalid token)");
        }
        pos = TAG_END.lastIndex;
        var scope = null;  // most elements declare no namespace
        var attrib = {};
        for (var n = 0; n < names.length; n += 1) {
          var attributeName = names[n];
          if (attributeName === "xmlns" || attributeName.startsWith("xmlns:")) {
            scope = scope || {};
            scope[attributeName === "xmlns" ? "" : attributeName.slice(6)] = raw[attributeName];
          }
        }
        scopes.push(scope);
        declared += scope === null ? 0 : 1;
        for (var m = 0; m < names.length; m += 1) {
          var plain = names[m];
          if (plain !== "xmlns" && !plain.startsWith("xmlns:")) {
            attrib[plain.indexOf(":") < 0 ? plain : resolve(plain, scopes, true)] = raw[plain];
          }
        }
        var element = {
          tag: declared === 0 && opening[1].indexOf(":") < 0 ? opening[1] : resolve(opening[1], scopes, false),
          rawTag: opening[1],
          attrib: attrib,
          children: [],
          text: null,
        };
        if (stack.length) {
          stack[stack.length - 1].children.push(element);
        } else {
          root = element;
        }
        if (end[1]) {
          declared -= scopes.pop() === null ? 0 : 1;
        } else {
          stack.push(element);
        }
      }
    }
    if (stack.length || !root) {
      throw new XmlError(root ? "unclosed token" : "no element found");
    }
    return root;
  }

  log.xml = { parse: parse, XmlError: XmlError };
})(window.CourseLog = window.CourseLog || {});
