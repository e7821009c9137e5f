/* Load the book's browser scripts (widgets/bookext/js/) into Node for unit tests.

   Each script adds itself to window.CoursePlotly, as in the browser. Only what
   a script touches while it loads needs a stand-in (window.matchMedia and
   addEventListener, for motion.js); tests give the rest (document, a figure's
   div) themselves. Every test file runs in a process of its own, so the
   globals set here do not leak from one file to another. */
"use strict";

const fs = require("node:fs");
const path = require("node:path");
const vm = require("node:vm");

const JS_DIR = path.join(__dirname, "..", "..", "widgets", "bookext", "js");
const SCRIPT_PY = path.join(__dirname, "..", "..", "widgets", "bookext", "script.py");

// The order widgets/bookext/script.py joins the scripts in: course-plotly.js from its
// MODULES, or with ``list = "LOG_MODULES"`` the training-log check, course-log.js.
function moduleOrder(list = "MODULES") {
  const source = fs.readFileSync(SCRIPT_PY, "utf8");
  const block = source.match(new RegExp(`^${list} = \\(([\\s\\S]*?)^\\)`, "m"));
  return [...block[1].matchAll(/"([\w-]+\.js)"/g)].map((m) => m[1]);
}

function scriptSource(name) {
  return fs.readFileSync(path.join(JS_DIR, name), "utf8");
}

// Run ``names`` in order and return window.CoursePlotly. ``options.reducedMotion``
// sets the reader's motion preference that motion.js reads as it loads.
function loadCourse(names, options = {}) {
  const listeners = [];
  globalThis.window = {
    matchMedia: (query) => ({ matches: Boolean(options.reducedMotion) && /reduce/.test(query) }),
    addEventListener: (type, listener) => listeners.push({ type, listener }),
  };
  for (const name of names) {
    vm.runInThisContext(scriptSource(name), { filename: path.join(JS_DIR, name) });
  }
  return globalThis.window.CoursePlotly;
}

// A stand-in for the page's <html> element, with the reader's theme.
function setTheme(theme) {
  globalThis.document = { documentElement: { dataset: theme ? { theme } : {} } };
}

module.exports = { JS_DIR, moduleOrder, scriptSource, loadCourse, setTheme };
