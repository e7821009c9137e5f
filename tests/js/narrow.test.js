/* narrow.js: the line-breaking rule it shares with widgets/figures/text_layout.py, and
   the drop-downs that replace button rows on a phone.

   The examples are the Python rule's own (tests/test_text_layout.py, which also runs both
   on a thousand texts and compares every line). */
"use strict";

const test = require("node:test");
const assert = require("node:assert/strict");
const { loadCourse } = require("./course.js");

const course = loadCourse(["state.js", "motion.js", "narrow.js"]);
const wrap = (text, width, indent) => course.narrow.wrapText(text, width, indent).join("<br>");

test("breaks where the Python rule breaks", () => {
  assert.equal(wrap("about 6 % of their height", 7), "about<br>6 % of<br>their<br>height");
  assert.equal(wrap("one<br>two", 20), "one two");
  assert.equal(wrap("a b c", 3, "  "), "a b<br>  c");
  assert.equal(wrap("go extraordinarily far", 6), "go<br>extraordinarily<br>far");
  assert.equal(wrap("long-distance runs", 8), "long-distance<br>runs");
});

test("blank text gives no lines", () => {
  for (const text of ["", "   ", "<br>", "\t\n", null, undefined]) {
    assert.deepEqual(course.narrow.wrapText(text, 10), []);
  }
});

test("a number keeps its unit, and an emoji counts as one character", () => {
  assert.deepEqual(course.narrow.wrapText("up 30 km a week", 5), ["up", "30 km", "a", "week"]);
  assert.deepEqual(course.narrow.wrapText("1.5 times", 3), ["1.5 times"]);
  assert.deepEqual(course.narrow.wrapText("🏃 ab", 4), ["🏃 ab"]);
});

// A seeded generator, so a failure can be reproduced.
function random(seed) {
  let state = seed;
  return () => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state / 2147483648;
  };
}

const WORDS = ["back", "pain", "10", "%", "km", "times", "<br>", "longest-run", "1.5", "MPa",
  "kmh", "Videbæk", "extraordinarily", "a"];
const UNIT = /^(%|mm|km|mi|kg|MPa|BW|times)$/;

test("every line fits, no word is lost, and no number is parted from its unit", () => {
  const next = random(13);
  const pick = (list) => list[Math.floor(next() * list.length)];
  for (let run = 0; run < 300; run++) {
    const text = Array.from({ length: Math.floor(next() * 30) }, () => pick(WORDS)).join(" ");
    const width = 1 + Math.floor(next() * 50);
    const indent = pick(["", "  "]);
    const lines = course.narrow.wrapText(text, width, indent);
    const words = (line, index) => (index ? line.slice(indent.length) : line).split(" ");
    lines.forEach((line, index) => {
      // Only one word, or one number with its unit, may be longer than the line.
      const own = words(line, index);
      const oneToken = own.length === 1 || (own.length === 2 && /[0-9]$/.test(own[0]) &&
        UNIT.test(own[1]));
      assert.ok(Array.from(line).length <= width || oneToken, `${JSON.stringify(line)} > ${width}`);
      if (index) {
        assert.ok(line.startsWith(indent), "later lines start with the indent");
        const last = lines[index - 1].split(" ").pop();
        const first = words(line, index)[0];
        assert.ok(!(/[0-9]$/.test(last) && UNIT.test(first)), `${last} | ${first}`);
      }
    });
    const expected = text.replace(/<br>/g, " ").split(/\s+/).filter(Boolean);
    assert.deepEqual(lines.flatMap((line, index) => words(line, index)), expected);
  }
});

test("on a phone a row of buttons becomes a drop-down, and comes back on a wide screen", () => {
  const div = {};
  const buttons = { type: "buttons", direction: "right", active: 0, buttons: [{ method: "update" }] };
  const player = { type: "buttons", buttons: [{ method: "animate" }, { method: "animate" }] };
  const unchosen = { type: "buttons", active: -1, buttons: [{ method: "update" }] };
  const layout = { updatemenus: [buttons, player, unchosen] };
  course.narrow.menusForWidth(div, layout, true);
  assert.deepEqual([buttons.type, buttons.direction], ["dropdown", "down"]);
  assert.equal(player.type, "buttons", "Play and Pause stay side by side");
  assert.equal(unchosen.type, "buttons", "a row with nothing chosen would show a blank drop-down");
  course.narrow.menusForWidth(div, layout, false);
  assert.deepEqual([buttons.type, buttons.direction], ["buttons", "right"]);
});

test("a figure narrower than 560 px is narrow", () => {
  assert.equal(course.narrow.isNarrow({ clientWidth: 390 }), true);
  assert.equal(course.narrow.isNarrow({ clientWidth: 800 }), false);
  assert.equal(course.narrow.isNarrow({ clientWidth: 0 }), false, "not laid out yet: not narrow");
});
