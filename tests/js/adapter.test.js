/* adapter.js is the one file that touches plotly.js: its functions (Plotly.newPlot…),
   its events ("plotly_buttonclicked"…), the classes of the SVG it draws (".slider-group"…)
   and its internals (_fullLayout, __data__…). Every other script of the book asks adapter.js.

   The scan below fails when a plotly name appears in any other script, so a plotly.js
   update is checked in one file. The tests after it cover adapter.js's pure functions on
   stand-in figures; the browser tests call check() on every real figure. */
"use strict";

const fs = require("node:fs");
const path = require("node:path");
const test = require("node:test");
const assert = require("node:assert/strict");
const { JS_DIR, loadCourse } = require("./course.js");

const STATIC_DIR = path.join(JS_DIR, "..", "static");
const ADAPTER = "adapter.js";

// What only adapter.js may write, in its code ...
const IN_CODE = [
  [/\bPlotly\s*[.[]/, "a call of plotly's API (Plotly.x)"],
  [/typeof\s+Plotly\b/, "a test for plotly.js being loaded"],
  [/\b_full(Layout|Data)\b|_transitionData|_frameHash|__data__/, "a plotly internal"],
];
// ... and in its strings. Comments may name any of them: they are left out first.
const IN_STRINGS = [
  [/^plotly_\w+$/, "a plotly event name"],
  [
    /(^|[\s,>(])\w*\.(js-plotly-plot|main-svg|svg-container|plot-container|updatemenu|slider-|modebar|g-gtitle|annotation\b|cartesianlayer|draglayer|hoverlayer|infolayer|legend\b|xtick|ytick)/,
    "a selector of plotly's SVG",
  ],
];
const STRING = /"(?:[^"\\\n]|\\.)*"|'(?:[^'\\\n]|\\.)*'|`(?:[^`\\]|\\.)*`/g;

function withoutComments(source) {
  return source.replace(/\/\*[\s\S]*?\*\//g, "").replace(/(^|[^:"'\\])\/\/.*$/gm, "$1");
}

function plotlyNamesIn(source) {
  const code = withoutComments(source);
  const strings = (code.match(STRING) || []).map((literal) => literal.slice(1, -1));
  const found = IN_CODE.filter(([pattern]) => pattern.test(code.replace(STRING, '""')));
  for (const rule of IN_STRINGS) {
    if (strings.some((text) => rule[0].test(text))) {
      found.push(rule);
    }
  }
  return found.map(([, what]) => what);
}

function scripts() {
  const inDir = (dir) =>
    fs.readdirSync(dir).filter((name) => name.endsWith(".js")).map((name) => path.join(dir, name));
  return [...inDir(JS_DIR), ...inDir(STATIC_DIR)];
}

test("no script but adapter.js names plotly's functions, events, SVG classes or internals", () => {
  const found = {};
  for (const file of scripts()) {
    if (path.basename(file) === ADAPTER) {
      continue;
    }
    const names = plotlyNamesIn(fs.readFileSync(file, "utf8"));
    if (names.length) {
      found[path.relative(JS_DIR, file)] = names;
    }
  }
  assert.deepEqual(found, {}, "call course.plotlyAdapter instead");
});

test("the scan finds each kind of plotly name, and skips comments and the course's own names", () => {
  const caught = [
    'Plotly.relayout(div, {})',
    'Plotly[method].apply(null, args)',
    'if (typeof Plotly === "undefined") {}',
    "var full = div._fullLayout;",
    "var index = element.__data__._index;",
    'div.on("plotly_sliderchange", f);',
    'div.querySelectorAll(".slider-group > rect")',
    "div.querySelector('.updatemenu-header-group')",
    'div.querySelector(".js-plotly-plot")',
  ];
  for (const code of caught) {
    assert.ok(plotlyNamesIn(code).length, code);
  }
  const fine = [
    "/* Plotly.relayout redraws once */ var a = 1;",
    "// plotly_afterplot fires after a draw",
    "course.plotlyAdapter.on(div, \"afterPlot\", f);",
    'layout.updatemenus.forEach(f); update["sliders[0].active"] = 1;',
    'div.querySelector(".course-plotly-preview")',
    'var SVG = "http://www.w3.org/2000/svg";',
  ];
  for (const code of fine) {
    assert.deepEqual(plotlyNamesIn(code), [], code);
  }
});

const { plotlyAdapter: adapter } = loadCourse([ADAPTER]);

test("every event name the scripts use is plotly's, and a wrong one throws", () => {
  for (const [name, plotly] of Object.entries(adapter.EVENTS)) {
    assert.equal(adapter.eventName(name), plotly);
    assert.match(plotly, /^plotly_[a-z]+$/);
  }
  assert.throws(() => adapter.eventName("plotly_afterplot"), /no plotly event/);
  assert.throws(() => adapter.eventName("toString"), /no plotly event/);
  const heard = [];
  const div = { on: (name, handler) => heard.push([name, handler]), emit: (name, data) => heard.push([name, data]) };
  const handler = () => undefined;
  adapter.on(div, "sliderChange", handler);
  adapter.emit(div, "buttonClicked", { active: 2 });
  assert.deepEqual(heard, [
    ["plotly_sliderchange", handler],
    ["plotly_buttonclicked", { active: 2 }],
  ]);
});

test("the computed layout, its menus, sliders and height, with a fallback before a draw", () => {
  const drawn = { _fullLayout: { height: 420, updatemenus: [{}, {}], sliders: [{}] } };
  assert.equal(adapter.fullLayout(drawn), drawn._fullLayout);
  assert.equal(adapter.menus(drawn).length, 2);
  assert.equal(adapter.sliders(drawn).length, 1);
  assert.equal(adapter.height(drawn, 300), 420);
  const notDrawn = {};
  assert.equal(adapter.fullLayout(notDrawn), null);
  assert.deepEqual(adapter.menus(notDrawn), []);
  assert.deepEqual(adapter.sliders(notDrawn), []);
  assert.equal(adapter.height(notDrawn, 300), 300);
});

test("a control's index, and frames by position or name", () => {
  assert.equal(adapter.controlIndex({ __data__: { _index: 0 } }), 0);
  assert.equal(adapter.controlIndex({ __data__: {} }), null);
  assert.equal(adapter.controlIndex(null), null);
  const frames = [{ name: "a" }, { name: "b" }];
  const div = { _transitionData: { _frames: frames, _frameHash: { a: frames[0], b: frames[1] } } };
  assert.equal(adapter.frames(div), frames);
  assert.deepEqual(adapter.frames({}), []);
  assert.equal(adapter.frameNamed(div, "b"), frames[1]);
  assert.equal(adapter.frameNamed(div, "c"), null);
  assert.equal(adapter.frameNamed(div, null), null);
  assert.equal(adapter.frameNamed({}, "a"), null);
});

test("check() names what a drawn figure lacks, and nothing when all is well", () => {
  const none = () => [];
  const div = (full, extra = {}) => ({
    _fullLayout: full,
    layout: { updatemenus: [{}] },
    querySelectorAll: none,
    ...extra,
  });
  assert.deepEqual(adapter.check(div({ height: 400, updatemenus: [{}], sliders: [] })), []);
  assert.deepEqual(adapter.check({}), ["_fullLayout is missing"]);
  const problems = adapter.check(div({ height: "400", updatemenus: [], sliders: [] }), 3);
  assert.equal(problems.length, 3);
  assert.match(problems.join(" "), /height is not a number.*1 menus? .*0 frames, expected 3|height/);
});

test("plotly.js counts as loaded only once its global is there", () => {
  assert.equal(adapter.isLoaded(), typeof globalThis.Plotly !== "undefined");
  adapter.purge({ data: [] }); // nothing to purge before plotly.js loads: no error
});
