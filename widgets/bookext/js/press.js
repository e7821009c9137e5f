/* A mouse or touch press on a figure's button or slider paints at once.

   plotly answers a click on one of its buttons by redrawing the whole figure
   inside the click, and a slider step just before the next paint, so nothing
   changes on screen until that redraw is done: up to a second on a slow
   phone. plotly's own handler still marks the pressed button, folds the
   drop-down or moves the slider's grip at once; the redraw it asks for waits
   here until that has been painted. While a slider is held down only its
   latest step waits, drawn when the slider is let go, so letting go is not
   held up by a redraw either. A key pressed on a control waits the same way,
   until it is let go: the key's release is part of the same interaction. */
(function (course) {
  "use strict";

  var press = null; // the press being answered: { div, held }
  var running = false; // a command that waited is running: its own calls go straight through
  var figures = new WeakMap(); // div -> what waits for it

  function queueOf(div) {
    var queue = figures.get(div);
    if (!queue) {
      queue = { next: null, scheduled: false, unsettled: 0, waiters: [] };
      figures.set(div, queue);
    }
    return queue;
  }

  function settle(div) {
    var queue = queueOf(div);
    queue.unsettled -= 1;
    if (!queue.unsettled) {
      if (!course.figureState(div).busy) {
        delete div.dataset.restyling;
      }
      queue.waiters.splice(0).forEach(function (resolve) {
        resolve();
      });
    }
  }

  function run(div) {
    var queue = queueOf(div);
    var command = queue.next;
    if (!command || (press && press.div === div && press.held)) {
      return;
    }
    queue.next = null;
    var result;
    running = true;
    try {
      result = Promise.resolve(command.original.apply(null, [div].concat(command.args)));
    } catch (problem) {
      result = Promise.reject(problem);
    } finally {
      running = false;
    }
    result.then(command.resolve, command.reject);
    // An animation's promise waits for its last frame; the figure is the
    // reader's again once it has started.
    (command.name === "animate" ? Promise.resolve() : result).then(finished, finished);
    function finished() {
      settle(div);
    }
  }

  // Run the waiting command once the figure's current look has been painted.
  function schedule(div) {
    var queue = queueOf(div);
    if (!queue.next || queue.scheduled) {
      return;
    }
    queue.scheduled = true;
    course.schedule.afterPaint(function () {
      queue.scheduled = false;
      run(div);
    });
  }

  // Every plotly method a control calls comes here (adapter.routeCommands).
  function route(name, div, args, original) {
    if (running || !press || press.div !== div) {
      return original.apply(null, [div].concat(args));
    }
    // plotly has just marked the pressed control: its keys and ARIA follow at
    // once, and data-restyling says (to tests, too) that the figure will change.
    course.controlsRedrawn(div);
    div.dataset.restyling = "true";
    var queue = queueOf(div);
    return new Promise(function (resolve, reject) {
      if (queue.next) {
        queue.next.resolve(); // a later step of the same slider replaces it
        queue.unsettled -= 1;
      }
      queue.unsettled += 1;
      queue.next = { name: name, args: args, original: original, resolve: resolve,
                     reject: reject };
      if (!press.held) {
        schedule(div);
      }
    });
  }

  function figureOf(target) {
    var control = course.plotlyAdapter.controlOf(target);
    return control ? control.closest(".course-plotly") : null;
  }

  // A command plotly asks for in the frame after a press (a slider's step)
  // still belongs to that press; after that frame it is the figure's own.
  function end(ended) {
    requestAnimationFrame(function () {
      if (press === ended) {
        press = null;
      }
      schedule(ended.div);
    });
  }

  function begin(event, held) {
    var div = figureOf(event.target);
    if (!div || !course.plotlyAdapter.isLoaded()) {
      return;
    }
    course.plotlyAdapter.routeCommands(route);
    press = { div: div, held: held };
    if (!held) {
      end(press);
    }
  }

  function release() {
    if (press && press.held) {
      press.held = false;
      end(press);
    }
  }

  // Whether a redraw a press asked for is still waiting or running.
  function waiting(div) {
    var queue = figures.get(div);
    return Boolean(queue && queue.unsettled);
  }

  // A promise for when the redraws a press asked for are done, or null when
  // none is waiting: the reader's fitting (reader.js) runs after them.
  function settled(div) {
    if (!waiting(div)) {
      return null;
    }
    var queue = figures.get(div);
    return new Promise(function (resolve) {
      queue.waiters.push(function () {
        resolve();
      });
    });
  }

  // The keyboard (keyboard.js) names the new value at once; the drawing waits
  // until the key is let go, and a key held down (repeating) draws only its
  // last step. A keyup that never comes (focus left the window) is not waited
  // for longer than KEY_WAIT_MS.
  var KEY_WAIT_MS = 1000;
  var keyed = null; // { control, action, timer }

  function drawKeyed() {
    var done = keyed;
    keyed = null;
    if (done) {
      clearTimeout(done.timer);
      course.schedule.afterPaint(done.action);
    }
  }

  function afterKeyUp(control, action) {
    if (keyed && keyed.control !== control) {
      drawKeyed(); // another control's step is not dropped
    } else if (keyed) {
      clearTimeout(keyed.timer);
    }
    keyed = { control: control, action: action, timer: setTimeout(drawKeyed, KEY_WAIT_MS) };
  }

  var listening = { capture: true, passive: true };
  ["pointerdown", "mousedown", "touchstart"].forEach(function (name) {
    document.addEventListener(name, function (event) {
      begin(event, true);
    }, listening);
  });
  document.addEventListener("click", function (event) {
    begin(event, false);
  }, listening);
  ["pointerup", "pointercancel", "mouseup", "touchend", "touchcancel"].forEach(function (name) {
    window.addEventListener(name, release, listening);
  });
  window.addEventListener("keyup", drawKeyed, listening);
  window.addEventListener("blur", function () {
    release(); // let go outside the window
    drawKeyed();
  });

  course.press = { waiting: waiting, settled: settled, afterKeyUp: afterKeyUp };
})(window.CoursePlotly = window.CoursePlotly || {});
