/* Keyboard and ARIA for plotly's own buttons and sliders.

   plotly draws its controls as SVG that only the mouse can use. Here each one
   becomes focusable, gets a role and a name, and answers the keys a reader
   would try: Enter or Space on a button; arrows, Home and End on a slider,
   whose value says what it means ("+50 % longer than your recent longest
   run"). Drop-downs become native <select>s (chooser.js); a player's Play and
   Pause follow player.js; a slider's value follows the frames a demo plays. */
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
    return Promise.resolve(adapter.call(div, method, args))
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
      return adapter.relayout(div, marker);
    });
  }

  // plotly draws one header group per visible menu and one group per visible
  // slider; the group's data says which control it draws.
  function controlGroup(groups, index) {
    for (var g = 0; g < groups.length; g++) {
      if (adapter.controlIndex(groups[g]) === index) {
        return groups[g];
      }
    }
    return null;
  }

  function menuHeader(div, menuIndex) {
    return controlGroup(adapter.menuHeaders(div), menuIndex);
  }

  function sliderElement(div, sliderIndex) {
    return controlGroup(adapter.sliderGroups(div), sliderIndex);
  }

  // A step's value as words: the value (or label) and the unit the slider shows after it.
  function stepText(slider, stepIndex) {
    var step = slider.steps[stepIndex] || {};
    var value = step.value !== undefined && step.value !== "" ? step.value : step.label;
    var suffix = (slider.currentvalue && slider.currentvalue.suffix) || "";
    var text = String(value === undefined || value === "" ? stepIndex + 1 : value) + suffix;
    return text.replace(/\s+/g, " ").trim();
  }

  function announceStep(element, slider, stepIndex) {
    element.setAttribute("aria-valuenow", String(stepIndex));
    element.setAttribute("aria-valuetext", stepText(slider, stepIndex));
  }

  // The visible slider step that shows frame ``name``: [slider index, step index].
  function stepOf(div, name) {
    var sliders = (div.layout && div.layout.sliders) || [];
    for (var s = 0; s < sliders.length; s++) {
      if (sliders[s].visible === false) {
        continue;
      }
      var steps = sliders[s].steps || [];
      for (var k = 0; k < steps.length; k++) {
        var names = (steps[k].args || [])[0];
        if (steps[k].method === "animate" && Array.isArray(names) && names[0] === name) {
          return [s, k];
        }
      }
    }
    return null;
  }

  // Frames that play move the slider's grip: its value follows the picture shown.
  function showFrame(div, name) {
    var step = stepOf(div, name);
    if (!step) {
      return;
    }
    course.figureState(div).shownStep = step;
    var slider = div.layout.sliders[step[0]];
    var element = sliderElement(div, step[0]);
    if (element) {
      announceStep(element, slider, step[1]);
    }
  }

  // Once per figure (draw.js): the slider follows the frames as they play. A
  // button or a slider moved by hand sets the step itself, which the layout says.
  // plotly also reports its own grip moving with the frames (interaction false):
  // that is the frame shown, not a hand, so the step noted stays.
  function listen(div) {
    adapter.on(div, "animatingFrame", function (event) {
      showFrame(div, event && event.name);
    });
    adapter.on(div, "buttonClicked", function (event) {
      if (!(event && event.menu && course.motion.isPlayer(event.menu))) {
        course.figureState(div).shownStep = null;
      }
    });
    adapter.on(div, "sliderChange", function (event) {
      if (!event || event.interaction !== false) {
        course.figureState(div).shownStep = null;
      }
    });
  }

  function applyStep(div, sliderIndex, stepIndex) {
    var slider = div.layout.sliders[sliderIndex];
    var step = slider.steps[stepIndex];
    return callAndMark(div, step.method, step.args, "sliders[" + sliderIndex + "].active",
                       stepIndex).then(function () {
      adapter.emit(div, "sliderChange", { slider: slider, step: step });
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
    course.figureState(div).shownStep = null; // the button sets the sliders' steps itself
    return callAndMark(div, button.method, button.args, "updatemenus[" + menuIndex + "].active",
                       buttonIndex).then(function () {
      adapter.emit(div, "buttonClicked", { menu: menu, button: button, active: buttonIndex });
      return course.reader.restyle(div);
    });
  }

  function enhanceButtons(div, header, menu, m) {
    if (course.motion.isPlayer(menu)) {
      enhancePlayer(div, header, menu, m);
      return;
    }
    adapter.menuButtons(header).forEach(function (element, b) {
      element.setAttribute("tabindex", "0");
      element.setAttribute("role", "button");
      element.setAttribute("aria-label", course.status.spokenLabel(menu.buttons[b].label));
      element.setAttribute("aria-pressed", String((menu.active || 0) === b));
      onKeys(element, ["Enter", " "], function () {
        adapter.menuButtons(header).forEach(function (other, o) {
          other.setAttribute("aria-pressed", String(o === b));
        });
        course.press.afterKeyUp(element, function () {
          applyMenuButton(div, m, b).then(function () {
            var again = menuHeader(div, m);
            var target = again && adapter.menuButtons(again)[b];
            if (target) {
              target.focus();
            }
          });
        });
      });
    });
  }

  // Play is a toggle button, pressed while the demo plays; Pause is a plain
  // button. Neither is marked active: plotly would mark the last one pressed.
  function enhancePlayer(div, header, menu, m) {
    adapter.menuButtons(header).forEach(function (element, b) {
      var button = menu.buttons[b];
      element.setAttribute("tabindex", "0");
      element.setAttribute("role", "button");
      element.setAttribute("aria-label", course.status.spokenLabel(button.label));
      if (course.player.isPlay(button)) {
        element.dataset.coursePlay = "true";
        element.setAttribute("aria-pressed", String(course.player.playing(div)));
      } else {
        element.removeAttribute("aria-pressed");
      }
      onKeys(element, ["Enter", " "], function () {
        var own = div.layout.updatemenus[m].buttons[b];
        if (course.player.isPlay(own)) {
          course.player.requestPlay(div);
        } else {
          course.figureState(div).playRequested = false;
        }
        course.press.afterKeyUp(element, function () {
          call(div, own.method, own.args);
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
    // The picture shown: plotly moves its own grip as frames play, but its
    // layout may not say so yet (player.js notes the frame shown).
    var shown = course.figureState(div).shownStep;
    announceStep(element, slider, shown && shown[0] === s ? shown[1] : slider.active || 0);
    onKeys(element, ["ArrowRight", "ArrowUp", "ArrowLeft", "ArrowDown", "Home", "End", " "],
      function (key) {
        if (key === " ") {
          return; // Space does nothing on a slider, and does not scroll the page either
        }
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
      if (menu.type !== "dropdown") {
        enhanceButtons(div, header, menu, m);
      }
    });
    adapter.sliders(div).forEach(function (slider, s) {
      if (slider.visible !== false) {
        enhanceSlider(div, slider, s);
      }
    });
    course.chooser.sync(div, function (m, index, select, byKey) {
      chooseOption(div, m, index, select, byKey);
    });
  }

  // A choice made with a chooser's keys waits for the key's release (press.js);
  // one made otherwise (a screen reader sets the value) is drawn after a paint.
  function chooseOption(div, m, index, select, byKey) {
    var apply = function () {
      applyMenuButton(div, m, index);
    };
    if (byKey) {
      course.press.afterKeyUp(select, apply);
    } else {
      course.schedule.afterPaint(apply);
    }
  }

  // The first control a keyboard reaches in a drawn figure, if any.
  function firstControl(div) {
    return div.querySelector("select.course-chooser:not([hidden]), [tabindex='0']");
  }

  // press.js and reader.js redraw a figure's controls and say so (state.js), rather than
  // call enhance, so neither needs this script: no circle between the scripts.
  course.onControlsRedrawn(enhance);

  course.keyboard = {
    enhance: enhance,
    firstControl: firstControl,
    listen: listen,
  };
})(window.CoursePlotly = window.CoursePlotly || {});
