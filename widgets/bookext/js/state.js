/* Per-figure state, kept off the DOM: a WeakMap from the figure's div.

   The data-rendered and data-restyling attributes stay on the div because
   the page's CSS and the tests read them; everything else lives here. */
(function (course) {
  "use strict";

  var figures = new WeakMap();

  course.figureState = function (div) {
    var state = figures.get(div);
    if (!state) {
      state = {
        drawing: null,           // the promise of its first drawing, once started
        drawn: false,            // plotly has drawn it
        busy: false,             // a relayout for the reader is running
        narrow: null,            // drawn for a narrow screen
        baseTopMargin: 80,       // the figure's own top margin, before title wrapping
        menuTypes: [],           // each menu's own type and direction
        annotationColours: {},   // annotation colours replaced in the dark theme
        frameCount: 0,           // frames the figure was built with
        playing: false,          // its demo plays (player.js)
        playRequested: false,    // Play was pressed; the demo plays from the next frame
        shownStep: null,         // [slider, step] of the frame last shown by an animation
      };
      figures.set(div, state);
    }
    return state;
  };

  // Scripts that redraw a figure's controls (press.js, reader.js) tell the script that
  // dresses them for the keyboard (keyboard.js) through this list, so neither needs the
  // other and the scripts have no circle. Listeners run at once, in order.
  var redrawnListeners = [];
  course.onControlsRedrawn = function (listener) {
    redrawnListeners.push(listener);
  };
  course.controlsRedrawn = function (div) {
    redrawnListeners.forEach(function (listener) {
      listener(div);
    });
  };
})(window.CoursePlotly = window.CoursePlotly || {});
