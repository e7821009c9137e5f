/* motion.js: which button rows are players, and no transitions for readers who ask for less motion. */
"use strict";

const test = require("node:test");
const assert = require("node:assert/strict");
const { loadCourse } = require("./course.js");

function figure() {
  return {
    layout: {
      updatemenus: [{ buttons: [
        { method: "animate", args: [null, { transition: { duration: 300 }, frame: { duration: 50 } }] },
        { method: "update", args: [{ visible: [true] }] },
      ] }],
      sliders: [{ transition: { duration: 200 }, steps: [
        { method: "animate", args: [["a"], { transition: { duration: 300 } }] },
      ] }],
    },
  };
}

test("a row whose buttons all animate is a player; any other row is not", () => {
  const { motion } = loadCourse(["motion.js"]);
  assert.equal(motion.isPlayer({ buttons: [{ method: "animate" }, { method: "animate" }] }), true);
  assert.equal(motion.isPlayer({ buttons: [{ method: "animate" }, { method: "update" }] }), false);
  assert.equal(motion.isPlayer({ buttons: [] }), false);
  assert.equal(motion.isPlayer({}), false);
});

test("readers who ask for reduced motion get frames without transitions", () => {
  const { motion } = loadCourse(["motion.js"], { reducedMotion: true });
  const shown = figure();
  motion.respectReducedMotion(shown);
  const [play, update] = shown.layout.updatemenus[0].buttons;
  assert.equal(play.args[1].transition.duration, 0);
  assert.equal(play.args[1].frame.duration, 50, "frames still change at their own pace");
  assert.deepEqual(update.args, [{ visible: [true] }]);
  assert.equal(shown.layout.sliders[0].transition.duration, 0);
  assert.equal(shown.layout.sliders[0].steps[0].args[1].transition.duration, 0);
});

test("other readers keep the transitions", () => {
  const { motion } = loadCourse(["motion.js"], { reducedMotion: false });
  const shown = figure();
  motion.respectReducedMotion(shown);
  assert.equal(shown.layout.updatemenus[0].buttons[0].args[1].transition.duration, 300);
  assert.equal(shown.layout.sliders[0].transition.duration, 200);
});
