/* colours.js: WCAG contrast, and the relayout that gives a figure the reader's theme. */
"use strict";

const test = require("node:test");
const assert = require("node:assert/strict");
const { loadCourse, setTheme } = require("./course.js");

const course = loadCourse(["state.js", "colours.js"]);
const { relativeLuminance, luminanceRatio, COLOURS } = course.colours;

function rgb(hex) {
  return [1, 3, 5].map((at) => parseInt(hex.slice(at, at + 2), 16));
}

function contrast(first, second) {
  return luminanceRatio(relativeLuminance(rgb(first)), relativeLuminance(rgb(second)));
}

test("relative luminance runs from 0 for black to 1 for white, as WCAG 2.1 defines it", () => {
  assert.equal(relativeLuminance([0, 0, 0]), 0);
  assert.equal(relativeLuminance([255, 255, 255]), 1);
  // The sRGB channel curve: linear below 0.03928, a power of 2.4 above.
  assert.equal(relativeLuminance([10, 10, 10]), 10 / 255 / 12.92);
  assert.ok(Math.abs(relativeLuminance([128, 128, 128]) - ((128 / 255 + 0.055) / 1.055) ** 2.4) < 1e-12);
  // Green counts most, blue least.
  assert.ok(relativeLuminance([0, 255, 0]) > relativeLuminance([255, 0, 0]));
  assert.ok(relativeLuminance([255, 0, 0]) > relativeLuminance([0, 0, 255]));
});

test("contrast ratios match WCAG's known values and do not depend on the order", () => {
  assert.equal(contrast("#000000", "#ffffff"), 21);
  assert.equal(contrast("#ffffff", "#000000"), 21);
  assert.equal(contrast("#767676", "#767676"), 1);
  // #767676 is the lightest grey that passes AA (4.5) on white.
  assert.equal(Math.round(contrast("#767676", "#ffffff") * 100) / 100, 4.54);
  assert.ok(contrast("#777777", "#ffffff") < 4.5);
});

// The book theme's page backgrounds (pydata-sphinx-theme: white, and its "foundation black").
const PAGE = { light: "#ffffff", dark: "#14181e" };

test("the themes' text colours pass AA on their pages, and menu text on the menus' white", () => {
  assert.ok(contrast(COLOURS.light.text, PAGE.light) >= 4.5);
  assert.ok(contrast(COLOURS.dark.text, PAGE.dark) >= 4.5);
  setTheme("dark");
  const menuText = course.colours.themeUpdate({}, { updatemenus: [{}] })["updatemenus[0].font.color"];
  assert.ok(contrast(menuText, "#ffffff") >= 4.5);
});

test("the theme update colours every axis, menu and slider of the figure", () => {
  setTheme("dark");
  const layout = { xaxis: {}, yaxis2: {}, updatemenus: [{}], sliders: [{}, {}], notanaxis: {} };
  const update = course.colours.themeUpdate({}, layout);
  assert.equal(update["font.color"], COLOURS.dark.text);
  assert.equal(update["xaxis.gridcolor"], COLOURS.dark.grid);
  assert.equal(update["yaxis2.linecolor"], COLOURS.dark.line);
  assert.equal(update["updatemenus[0].bgcolor"], "#ffffff", "buttons keep a light background");
  assert.equal(update["sliders[1].font.color"], COLOURS.dark.text);
  assert.ok(!Object.keys(update).some((key) => key.startsWith("notanaxis")));
  setTheme("light");
  assert.equal(course.colours.themeUpdate({}, layout)["xaxis.gridcolor"], COLOURS.light.grid);
  setTheme(undefined);
  assert.equal(course.colours.themeName(), "light", "no theme set means the light theme");
});
