/* Finger-sized controls: plotly's drop-down header and button rows are 33 px tall, and a
   slider without labels takes the finger on a rail only 25 px tall.

   Each chooser gets a transparent hit area, inside its own group so plotly's
   click handler still receives the tap, that makes it at least 44 px tall. It
   is the group's last child: drawn on top, and the face stays its first rect.
   The open list of a drop-down is left as plotly draws it (33 px a row, with
   no gap to spare between rows). A slider's own touch rect is made 44 px
   tall. Runs after every redraw (draw.js). */
(function (course) {
  "use strict";

  var MIN_PX = 44;
  var SVG = "http://www.w3.org/2000/svg";

  // A transparent rect that makes ``face`` (a rect of ``group``) at least MIN_PX tall.
  function hitArea(group, face) {
    var height = Number(face.getAttribute("height")) || 0;
    var extra = Math.max(0, (MIN_PX - height) / 2);
    var hit = group.querySelector(":scope > rect.course-hit-area");
    if (!hit) {
      hit = document.createElementNS(SVG, "rect");
      hit.setAttribute("class", "course-hit-area");
      hit.setAttribute("fill", "transparent");
      hit.setAttribute("pointer-events", "all");
      group.appendChild(hit); // last: the face stays the first rect, as others expect
    }
    hit.setAttribute("x", face.getAttribute("x") || 0);
    hit.setAttribute("y", (Number(face.getAttribute("y")) || 0) - extra);
    hit.setAttribute("width", face.getAttribute("width") || 0);
    hit.setAttribute("height", height + 2 * extra);
  }

  function enlarge(div) {
    var adapter = course.plotlyAdapter;
    adapter.pressables(div).forEach(function (control) {
      var face = adapter.face(control);
      if (face) {
        hitArea(control, face);
      }
    });
    // A slider follows a finger anywhere on its rail's touch area, which plotly draws
    // only 25 px tall when no labels sit under it. That rect itself grows: plotly's drag
    // handlers are on it, and a rect laid over it would take the finger from them.
    adapter.sliderRails(div).forEach(function (rail) {
      var height = Number(rail.getAttribute("height")) || 0;
      if (height < MIN_PX) {
        rail.setAttribute("y", (Number(rail.getAttribute("y")) || 0) - (MIN_PX - height) / 2);
        rail.setAttribute("height", MIN_PX);
      }
    });
  }

  course.touch = { enlarge: enlarge, MIN_PX: MIN_PX };
})(window.CoursePlotly = window.CoursePlotly || {});
