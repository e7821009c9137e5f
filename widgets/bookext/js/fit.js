/* Exercise demos on a phone: a box only as tall as the drawing needs.

   A demo keeps one metre as long across as up (its y axis is anchored to x),
   so on a narrow screen a figure lying down would leave much of its box
   empty. A figure that asks for it (layout.meta.fit is "drawing") has a box
   that the stylesheet fits to its drawing on a narrow screen, before it draws
   (course.css); plotly then draws it at that height. The gallery's drop-down
   changes the drawing: its new shape goes to the stylesheet, and the height
   follows when the reader restyles the figure after the press. */
(function (course) {
  "use strict";

  function span(range) {
    return Array.isArray(range) && range.length === 2 ? Math.abs(range[1] - range[0]) : 0;
  }

  // {height: px} when the figure should change height, else {}.
  function heightUpdate(div, layout) {
    var xaxis = layout.xaxis || {};
    var yaxis = layout.yaxis || {};
    var across = span(xaxis.range);
    var up = span(yaxis.range);
    if ((layout.meta || {}).fit !== "drawing" || yaxis.scaleanchor !== "x" || !across || !up) {
      return {};
    }
    var state = course.figureState(div);
    if (!state.ownHeight) {
      state.ownHeight = Number(div.dataset.height) || layout.height;
    }
    var wanted = state.ownHeight;
    if (course.narrow.isNarrow(div)) {
      div.style.setProperty("--fit-rise", String(up / across));
      wanted = Math.round(div.getBoundingClientRect().height) || wanted;
    }
    return wanted !== layout.height ? { height: wanted } : {};
  }

  course.fit = { heightUpdate: heightUpdate };
})(window.CoursePlotly = window.CoursePlotly || {});
