/* Exercise demos on a phone: a box only as tall as the drawing needs.

   A demo keeps one metre as long across as up (its y axis is anchored to x),
   so on a narrow screen a figure lying down would leave much of its box
   empty. A figure that asks for it (layout.meta.fit is "drawing") gets a
   height that fits its drawing there, never taller than its own height; on a
   wide screen it keeps its own height.
   The gallery's drop-down changes the drawing's ranges, and the height
   follows when the reader restyles the figure after the press. */
(function (course) {
  "use strict";

  var SLACK_PX = 8;

  function span(range) {
    return Array.isArray(range) && range.length === 2 ? Math.abs(range[1] - range[0]) : 0;
  }

  // {height: px} when the figure should change height, else {}.
  function heightUpdate(div, layout, topMargin) {
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
      var margin = layout.margin || {};
      var top = topMargin === undefined ? margin.t || 0 : topMargin;
      var width = (div.clientWidth || course.narrow.NARROW_PX) - (margin.l || 0) - (margin.r || 0);
      wanted = Math.min(wanted, Math.round(top + (margin.b || 0) + (width * up) / across + SLACK_PX));
    }
    return wanted !== layout.height ? { height: wanted } : {};
  }

  course.fit = { heightUpdate: heightUpdate };
})(window.CoursePlotly = window.CoursePlotly || {});
