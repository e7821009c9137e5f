/* The book's scripts as a whole: every one is joined into course-plotly.js, they all load
   in that order, and they do not lean on each other in circles.

   A script uses another when it reads ``course.<name>`` that the other defines. Circles
   work today only because each use happens late, at call time; they make the scripts hard
   to read and to move to ES modules. schedule.js broke lazy <-> draw and press -> lazy;
   state.js's list of "controls redrawn" listeners broke keyboard -> press -> keyboard and
   keyboard -> reader -> keyboard. KNOWN_CIRCLES is empty: a new circle fails here. */
"use strict";

const fs = require("node:fs");
const test = require("node:test");
const assert = require("node:assert/strict");
const { JS_DIR, moduleOrder, scriptSource, loadCourse } = require("./course.js");

const KNOWN_CIRCLES = [];

// Script -> the names on ``course`` it defines, and the scripts it uses.
function uses() {
  const names = moduleOrder();
  const definedBy = {};
  for (const name of names) {
    for (const m of scriptSource(name).matchAll(/course\.(\w+)\s*=[^=]/g)) {
      definedBy[m[1]] = name;
    }
  }
  const graph = {};
  for (const name of names) {
    const used = new Set();
    for (const m of scriptSource(name).matchAll(/course\.(\w+)/g)) {
      const owner = definedBy[m[1]];
      if (owner && owner !== name) {
        used.add(owner);
      }
    }
    graph[name] = [...used].sort();
  }
  return graph;
}

// Groups of scripts that reach each other (Tarjan's strongly connected components), sorted.
function circles(graph) {
  let index = 0;
  const order = {};
  const low = {};
  const stack = [];
  const found = [];
  function visit(node) {
    order[node] = low[node] = index++;
    stack.push(node);
    for (const next of graph[node]) {
      if (!(next in order)) {
        visit(next);
        low[node] = Math.min(low[node], low[next]);
      } else if (stack.includes(next)) {
        low[node] = Math.min(low[node], order[next]);
      }
    }
    if (low[node] === order[node]) {
      const group = [];
      let member;
      do {
        member = stack.pop();
        group.push(member);
      } while (member !== node);
      if (group.length > 1) {
        found.push(group.sort());
      }
    }
  }
  for (const node of Object.keys(graph)) {
    if (!(node in order)) {
      visit(node);
    }
  }
  return found.sort();
}

test("every script in widgets/bookext/js is joined into course-plotly.js or course-log.js", () => {
  const files = fs.readdirSync(JS_DIR).filter((name) => name.endsWith(".js")).sort();
  assert.deepEqual([...moduleOrder(), ...moduleOrder("LOG_MODULES")].sort(), files);
});

test("every script loads in the joined order, and main.js last", () => {
  globalThis.document = {
    readyState: "complete",
    querySelectorAll: () => [],
    addEventListener: () => undefined,
  };
  const course = loadCourse(moduleOrder());
  for (const name of ["plotlyAdapter", "figureState", "schedule", "figureData", "colours",
    "motion", "narrow", "reader", "keyboard", "press", "draw", "lazy"]) {
    assert.ok(course[name], `course.${name} is defined`);
  }
  assert.equal(moduleOrder().at(-1), "main.js");
});

test("no circle between scripts other than the one known", () => {
  assert.deepEqual(circles(uses()), KNOWN_CIRCLES,
    "a new circle between scripts, or a known one gone (then delete it from KNOWN_CIRCLES)");
});

test("waiting for the browser needs only schedule.js", () => {
  const graph = uses();
  assert.deepEqual(graph["schedule.js"], []);
  assert.ok(!graph["draw.js"].includes("lazy.js"), "draw.js no longer uses lazy.js");
  assert.ok(!graph["press.js"].includes("lazy.js"), "press.js no longer uses lazy.js");
});

test("the circle finder finds circles", () => {
  const graph = { "a.js": ["b.js"], "b.js": ["c.js"], "c.js": ["a.js"], "d.js": ["a.js"] };
  assert.deepEqual(circles(graph), [["a.js", "b.js", "c.js"]]);
  assert.deepEqual(circles({ "a.js": ["b.js"], "b.js": [] }), []);
});
