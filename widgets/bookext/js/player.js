/* A demo's player: Play says whether the demo plays, and the spoken phase
   follows the picture shown.

   A player is a row of buttons that all animate (motion.isPlayer): Play runs
   the frames, Pause animates to no frame at all. Play (the button keyboard.js
   marks data-course-play) is aria-pressed only while frames play. A frame
   that starts a phase puts its phase and cue ("Hold 8 s — Keep your back
   level") in the figure's live region (status.js), once. The phase and cue
   are the text of the frame's text trace: its first line is the phase, the
   rest the cue. The slider's value follows the frames in keyboard.js. */
(function (course) {
  "use strict";

  var adapter = course.plotlyAdapter;

  function isPause(button) {
    var first = ((button && button.args) || [])[0];
    return Array.isArray(first) && first.length === 1 && first[0] === null;
  }

  function isPlay(button) {
    return Boolean(button) && button.method === "animate" && !isPause(button);
  }

  function playing(div) {
    return Boolean(course.figureState(div).playing);
  }

  function setPlaying(div, on) {
    course.figureState(div).playing = on;
    div.querySelectorAll("[data-course-play]").forEach(function (element) {
      element.setAttribute("aria-pressed", String(on));
    });
  }

  // Play was asked for: it plays from the first frame plotly shows next.
  function requestPlay(div) {
    course.figureState(div).playRequested = true;
  }

  // "<b>Hold 8 s</b><br>Keep your back level" -> "Hold 8 s — Keep your back level".
  function phaseSentence(text) {
    var lines = String(text).split(/<br\s*\/?>/i).map(course.status.plain).filter(Boolean);
    if (!lines.length) {
      return "";
    }
    var rest = lines.slice(1).join(" ");
    return rest ? lines[0] + " — " + rest : lines[0];
  }

  // The text a frame gives the figure's text trace, or "" if it keeps the last one.
  function phaseOf(div, frame) {
    var data = (frame && frame.data) || [];
    var traces = (frame && frame.traces) || data.map(function (_, i) {
      return i;
    });
    for (var i = 0; i < data.length; i++) {
      var trace = (div.data || [])[traces[i]] || {};
      var text = data[i] && data[i].text;
      if (String(trace.mode || "") === "text" && text !== undefined && text !== null) {
        return phaseSentence(Array.isArray(text) ? text[0] : text);
      }
    }
    return "";
  }

  function onFrame(div, event) {
    var state = course.figureState(div);
    if (state.playRequested) {
      state.playRequested = false;
      setPlaying(div, true);
    }
    var name = event && event.name;
    var frame = (event && event.frame) || course.plotlyAdapter.frameNamed(div, name);
    var phase = phaseOf(div, frame);
    if (phase) {
      course.status.say(div, "phase", phase);
    }
  }

  function listen(div) {
    adapter.on(div, "animatingFrame", function (event) {
      onFrame(div, event);
    });
    adapter.on(div, "animating", function () {
      if (course.figureState(div).playRequested) {
        setPlaying(div, true);
      }
    });
    adapter.on(div, "animationInterrupted", function () {
      if (!course.figureState(div).playRequested) {
        setPlaying(div, false);
      }
    });
    adapter.on(div, "animated", function () {
      course.figureState(div).playRequested = false;
      setPlaying(div, false);
    });
    // A click on plotly's own Play or Pause.
    adapter.on(div, "buttonClicked", function (event) {
      if (event && event.menu && course.motion.isPlayer(event.menu)) {
        course.figureState(div).playRequested = isPlay(event.button);
      }
    });
  }

  course.player = {
    isPause: isPause,
    isPlay: isPlay,
    playing: playing,
    requestPlay: requestPlay,
    phaseSentence: phaseSentence,
    listen: listen,
  };
})(window.CoursePlotly = window.CoursePlotly || {});
