/* status.js and player.js: the words a screen reader is given for a control and a demo's phase. */
"use strict";

const test = require("node:test");
const assert = require("node:assert/strict");
const { loadCourse } = require("./course.js");

// plain() decodes entities with a <textarea>; this stand-in decodes the few the course uses.
globalThis.document = {
  createElement: () => {
    const box = { value: "" };
    Object.defineProperty(box, "innerHTML", {
      set(html) {
        box.value = html.replace(/&amp;/g, "&").replace(/&lt;/g, "<").replace(/&gt;/g, ">");
      },
    });
    return box;
  },
};

const course = loadCourse(["status.js", "player.js"]);

test("a control's name has no symbols or icon glyphs, only its words", () => {
  assert.equal(course.status.spokenLabel("▶ Play"), "Play");
  assert.equal(course.status.spokenLabel("❚❚ Pause"), "Pause");
  assert.equal(course.status.spokenLabel("\uf07c  Open"), "Open");
  assert.equal(course.status.spokenLabel("Cat–camel"), "Cat–camel");
  assert.equal(course.status.spokenLabel(undefined), "");
});

test("text drawn on lines is read with spaces between them, without markup", () => {
  assert.equal(course.status.plain("longest<br>run &amp; rate of<br />running"),
    "longest run & rate of running");
  assert.equal(course.status.plain(null), "");
});

test("a phase and its cue become one sentence", () => {
  assert.equal(course.player.phaseSentence("<b>Hold 8 s</b><br>Keep your back level"),
    "Hold 8 s — Keep your back level");
  assert.equal(course.player.phaseSentence("<b>Reach</b>"), "Reach");
  assert.equal(course.player.phaseSentence(""), "");
});

test("Play is the animate button with frames; Pause animates to no frame", () => {
  const play = { method: "animate", args: [null, {}] };
  const pause = { method: "animate", args: [[null], { mode: "immediate" }] };
  assert.equal(course.player.isPlay(play), true);
  assert.equal(course.player.isPause(pause), true);
  assert.equal(course.player.isPlay(pause), false);
  assert.equal(course.player.isPlay({ method: "update", args: [] }), false);
});
