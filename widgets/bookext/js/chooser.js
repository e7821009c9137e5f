/* plotly's drop-downs as native <select> elements, for the keyboard and screen readers.

   plotly draws a drop-down as SVG that only a mouse can open. Each visible
   drop-down gets a <select> laid over its header: the browser and screen
   readers know it as a combo box, with its name (the menu's name), its value
   (the option shown) and whether it is open; Enter, Space and Alt+Down open
   it, the arrows move, Enter chooses and Escape closes; Space never scrolls
   the page. The mouse still reaches plotly's own drop-down under it (the
   <select> lets pointer events through), so what a mouse user sees is
   unchanged. The <select>s sit in a box before plotly's drawing, so Tab
   reaches a figure's choosers before its slider and its Play and Pause.
   What a choice does is keyboard.js's: sync(div, onChoose) calls
   onChoose(menuIndex, optionIndex, select, byKey) when the value changes. */
(function (course) {
  "use strict";

  var adapter = course.plotlyAdapter;
  var PHONE_MIN_PX = 44; // a chooser's height on a narrow screen (a finger's width)

  // The box of choosers, first in the figure's div (plotly's newPlot puts its
  // drawing first again, so the box is moved back in front of it).
  function choosersBox(div) {
    var box = div.querySelector(":scope > .course-choosers");
    if (!box) {
      box = document.createElement("div");
      box.className = "course-choosers";
    }
    var drawing = adapter.plotContainer(div);
    if (drawing && box.nextElementSibling !== drawing) {
      var focused = box.contains(document.activeElement) ? document.activeElement : null;
      div.insertBefore(box, drawing);
      if (focused) {
        focused.focus({ preventScroll: true });
      }
    }
    return box;
  }

  function labels(menu) {
    return (menu.buttons || []).map(function (button) {
      return course.status.spokenLabel(button.label);
    });
  }

  function fill(select, menu) {
    var wanted = labels(menu);
    var have = Array.prototype.map.call(select.options, function (option) {
      return option.textContent;
    });
    if (wanted.join("\n") !== have.join("\n")) {
      select.textContent = "";
      wanted.forEach(function (label) {
        var option = document.createElement("option");
        option.textContent = label;
        select.appendChild(option);
      });
    }
  }

  // Over plotly's header, and at least PHONE_MIN_PX tall on a narrow screen.
  function place(select, header, div) {
    var outer = div.getBoundingClientRect();
    var box = header.getBoundingClientRect();
    var height = box.height;
    if (course.narrow.isNarrow(div)) {
      height = Math.max(height, PHONE_MIN_PX);
    }
    var top = Math.max(0, Math.min(box.top - outer.top - (height - box.height) / 2,
                                   outer.height - height));
    select.style.left = Math.round(box.left - outer.left) + "px";
    select.style.top = Math.round(top) + "px";
    select.style.width = Math.round(box.width) + "px";
    select.style.height = Math.round(height) + "px";
  }

  function create(m, onChoose) {
    var select = document.createElement("select");
    select.className = "course-chooser";
    select.dataset.menu = String(m);
    select.addEventListener("keydown", function () {
      select.dataset.keyDown = "true";
    });
    select.addEventListener("keyup", function () {
      delete select.dataset.keyDown;
    });
    select.addEventListener("blur", function () {
      delete select.dataset.keyDown;
    });
    select.addEventListener("change", function () {
      onChoose(m, select.selectedIndex, select, Boolean(select.dataset.keyDown));
    });
    return select;
  }

  // Give each visible drop-down of a drawn figure its <select>, and hide the rest.
  function sync(div, onChoose) {
    var box = choosersBox(div);
    var headers = {};
    adapter.menuHeaders(div).forEach(function (header) {
      headers[adapter.controlIndex(header)] = header;
    });
    adapter.menus(div).forEach(function (menu, m) {
      var select = box.querySelector("select[data-menu='" + m + "']");
      var header = menu.type === "dropdown" && menu.visible !== false ? headers[m] : null;
      if (!header) {
        if (select) {
          select.hidden = true;
        }
        return;
      }
      if (!select) {
        select = create(m, onChoose);
        var after = Array.prototype.find.call(box.children, function (other) {
          return Number(other.dataset.menu) > m;
        });
        box.insertBefore(select, after || null);
      }
      select.setAttribute("aria-label", String(menu.name || "Choose"));
      fill(select, menu);
      select.hidden = false;
      if (!select.dataset.keyDown) {
        select.selectedIndex = menu.active === undefined ? 0 : menu.active;
      }
      place(select, header, div);
      // plotly's own header stays for the mouse, out of the keyboard's way.
      header.removeAttribute("tabindex");
      header.removeAttribute("role");
      header.removeAttribute("aria-label");
      header.setAttribute("aria-hidden", "true");
    });
    // Drop-downs that are gone (a redraw for a wider screen made a row of buttons again).
    Array.prototype.forEach.call(box.querySelectorAll("select"), function (select) {
      var menu = adapter.menus(div)[Number(select.dataset.menu)];
      if (!menu || menu.type !== "dropdown") {
        select.hidden = true;
      }
    });
  }

  course.chooser = { sync: sync, PHONE_MIN_PX: PHONE_MIN_PX };
})(window.CoursePlotly = window.CoursePlotly || {});
