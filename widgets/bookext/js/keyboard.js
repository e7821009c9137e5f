/* Keyboard and ARIA for plotly's own buttons, drop-downs and sliders.

   plotly draws its controls as SVG that only the mouse can use. Here each one
   becomes focusable, gets a role and a name, and answers the keys a reader
   would try: Enter or Space on a button, arrows on a drop-down, arrows, Home
   and End on a slider. */
(function (course) {
  "use strict";

  var adapter = course.plotlyAdapter;

  function onKeys(element, keys, action) {
    element.onkeydown = function (event) {
      if (keys.indexOf(event.key) >= 0) {
        event.preventDefault();
        action(event.key);
      }
    };
  }

  function call(div, method, args) {
    if (!method || method === "skip") {
      return Promise.resolve();
    }
    return Promise.resolve(Plotly[method].apply(null, [div].concat(args || [])))
      .catch(function (reason) {
        // Pause interrupts a running Play: plotly rejects Play's promise.
        if (reason !== undefined) {
          throw reason;
        }
      });
  }

  // Run a control's method and mark the control active (``path``: e.g.
  // "sliders[0].active"). For update and relayout both go in one plotly call,
  // so the figure is redrawn once, not twice.
  function callAndMark(div, method, args, path, index) {
    var marker = {};
    marker[path] = index;
    var own = (args || []).slice();
    if (method === "update") {
      own[0] = own[0] || {};
      own[1] = Object.assign({}, own[1] || {}, marker);
      return call(div, method, own);
    }
    if (method === "relayout" && own[0] && typeof own[0] === "object") {
      own[0] = Object.assign({}, own[0], marker);
      return call(div, method, own);
    }
    return call(div, method, own).then(function () {
      return Plotly.relayout(div, marker);
    });
  }

  // plotly draws one header group per visible menu and one group per visible
  // slider; the group's data says which control it draws.
  function controlGroup(div, selector, index) {
    var groups = div.querySelectorAll(selector);
    for (var g = 0; g < groups.length; g++) {
      if (adapter.controlIndex(groups[g]) === index) {
        return groups[g];
      }
    }
    return null;
  }

  function menuHeader(div, menuIndex) {
    return controlGroup(div, ".updatemenu-header-group", menuIndex);
  }

  function sliderElement(div, sliderIndex) {
    return controlGroup(div, ".slider-group", sliderIndex);
  }

  function announceStep(element, slider, stepIndex) {
    var step = slider.steps[stepIndex] || {};
    element.setAttribute("aria-valuenow", String(stepIndex));
    element.setAttribute("aria-valuetext", String(step.value || step.label || stepIndex));
  }

  function applyStep(div, sliderIndex, stepIndex) {
    var slider = div.layout.sliders[sliderIndex];
    var step = slider.steps[stepIndex];
    return callAndMark(div, step.method, step.args, "sliders[" + sliderIndex + "].active",
                       stepIndex).then(function () {
      div.emit("plotly_sliderchange", { slider: slider, step: step });
      enhance(div);
      var focused = sliderElement(div, sliderIndex);
      if (focused) {
        focused.focus();
      }
    });
  }

  function applyMenuButton(div, menuIndex, buttonIndex) {
    var menu = div.layout.updatemenus[menuIndex];
    var button = menu.buttons[buttonIndex];
    return callAndMark(div, button.method, button.args, "updatemenus[" + menuIndex + "].active",
                       buttonIndex).then(function () {
      div.emit("plotly_buttonclicked", { menu: menu, button: button, active: buttonIndex });
      return course.reader.restyle(div);
    });
  }

  function enhanceDropdown(div, header, menu, m) {
    // The drop-down's name is the option it shows; the keys are described
    // once for the whole figure (see the figure's aria-label), and the arrow
    // beside the name is decoration.
    var chosen = menu.buttons[menu.active] || {};
    header.setAttribute("tabindex", "0");
    header.setAttribute("role", "button");
    header.setAttribute("aria-haspopup", "listbox");
    header.setAttribute("aria-label", String(chosen.label || ""));
    header.querySelectorAll(".updatemenu-header-arrow").forEach(function (arrow) {
      arrow.setAttribute("aria-hidden", "true");
    });
    onKeys(header, ["ArrowDown", "ArrowRight", "ArrowUp", "ArrowLeft"], function (key) {
      var forward = key === "ArrowDown" || key === "ArrowRight";
      var count = div.layout.updatemenus[m].buttons.length;
      // From the choice named last: a key held down steps on before the figure follows.
      var current = menu.buttons.findIndex(function (button) {
        return String(button.label || "") === header.getAttribute("aria-label");
      });
      if (current < 0) {
        current = div.layout.updatemenus[m].active || 0;
      }
      var next = (current + (forward ? 1 : -1) + count) % count;
      // Name the new choice at once; the figure follows when the key is let go.
      header.setAttribute("aria-label", String(menu.buttons[next].label || ""));
      course.press.afterKeyUp(header, function () {
        applyMenuButton(div, m, next).then(function () {
          var again = menuHeader(div, m);
          if (again) {
            again.focus();
          }
        });
      });
    });
  }

  function enhanceButtons(div, header, menu, m) {
    header.querySelectorAll(".updatemenu-button").forEach(function (element, b) {
      element.setAttribute("tabindex", "0");
      element.setAttribute("role", "button");
      element.setAttribute("aria-label", String(menu.buttons[b].label));
      element.setAttribute("aria-pressed", String((menu.active || 0) === b));
      onKeys(element, ["Enter", " "], function () {
        header.querySelectorAll(".updatemenu-button").forEach(function (other, o) {
          other.setAttribute("aria-pressed", String(o === b));
        });
        course.press.afterKeyUp(element, function () {
          applyMenuButton(div, m, b).then(function () {
            var again = menuHeader(div, m);
            var target = again && again.querySelectorAll(".updatemenu-button")[b];
            if (target) {
              target.focus();
            }
          });
        });
      });
    });
  }

  function enhanceSlider(div, slider, s) {
    var element = sliderElement(div, s);
    if (!element) {
      return;
    }
    element.setAttribute("tabindex", "0");
    element.setAttribute("role", "slider");
    element.setAttribute("aria-label", slider.name || "Slider");
    element.setAttribute("aria-valuemin", "0");
    element.setAttribute("aria-valuemax", String(slider.steps.length - 1));
    announceStep(element, slider, slider.active || 0);
    onKeys(element, ["ArrowRight", "ArrowUp", "ArrowLeft", "ArrowDown", "Home", "End"],
      function (key) {
        // From the step named last: a key held down steps on before the figure follows.
        var current = Number(element.getAttribute("aria-valuenow"));
        var last = slider.steps.length - 1;
        var next = { Home: 0, End: last }[key];
        if (next === undefined) {
          next = current + (key === "ArrowRight" || key === "ArrowUp" ? 1 : -1);
        }
        next = Math.max(0, Math.min(last, next));
        if (next !== current) {
          // Say the new value at once; the figure follows when the key is
          // let go, so neither the press nor the release waits for plotly's redraw.
          announceStep(element, slider, next);
          course.press.afterKeyUp(element, function () {
            applyStep(div, s, next);
          });
        }
      });
  }

  // Give every visible control of a drawn figure its keys, role and name.
  function enhance(div) {
    adapter.menus(div).forEach(function (menu, m) {
      if (menu.visible === false) {
        return;
      }
      var header = menuHeader(div, m);
      if (!header) {
        return;
      }
      if (menu.type === "dropdown") {
        enhanceDropdown(div, header, menu, m);
      } else {
        enhanceButtons(div, header, menu, m);
      }
    });
    adapter.sliders(div).forEach(function (slider, s) {
      if (slider.visible !== false) {
        enhanceSlider(div, slider, s);
      }
    });
  }

  // The first control a keyboard reaches in a drawn figure, if any.
  function firstControl(div) {
    return div.querySelector("[tabindex='0']");
  }

  course.keyboard = { enhance: enhance, firstControl: firstControl };
})(window.CoursePlotly = window.CoursePlotly || {});
