/* Finger-sized controls: plotly's drop-down header and button rows are 33 px tall, and a
   slider without labels takes the finger on a rail only 25 px tall.

   Each gets a transparent hit area, inside its own group so plotly's click
   handler still receives the tap (or the drag), that makes it at least 44 px
   tall. It is the group's last child: drawn on top, and the face stays its
   first rect. The open list of a drop-down is left as plotly draws it (33 px
   a row, with no gap to spare between rows). Runs after every redraw
   (draw.js). */
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
    div.querySelectorAll(".updatemenu-header, .updatemenu-header-group .updatemenu-button")
      .forEach(function (control) {
        var face = control.querySelector("rect.updatemenu-item-rect");
        if (face) {
          hitArea(control, face);
        }
      });
    // A slider follows a finger anywhere on its rail's touch area; a slider with no
    // labels under it has only 25 px of it.
    div.querySelectorAll(".slider-group").forEach(function (group) {
      var rail = group.querySelector(":scope > rect.slider-rail-touch-rect");
      if (rail) {
        hitArea(group, rail);
      }
    });
  }

  course.touch = { enlarge: enlarge, MIN_PX: MIN_PX };
})(window.CoursePlotly = window.CoursePlotly || {});
