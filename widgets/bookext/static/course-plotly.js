/* Draw every course figure on the page from its embedded plotly JSON.
   Runs without a kernel: buttons, sliders and frames were precomputed. */
(function () {
  "use strict";
  var CONFIG = {
    responsive: true,
    displaylogo: false,
    modeBarButtonsToRemove: ["select2d", "lasso2d", "autoScale2d", "toggleSpikelines"],
  };

  function draw(div) {
    var source = document.getElementById(div.id + "-data");
    if (!source || typeof Plotly === "undefined") {
      return;
    }
    var figure = JSON.parse(source.textContent);
    var layout = figure.layout || {};
    layout.height = Number(div.dataset.height) || layout.height;
    Plotly.newPlot(div, figure.data, layout, CONFIG).then(function () {
      if (figure.frames && figure.frames.length) {
        return Plotly.addFrames(div, figure.frames);
      }
    }).then(function () {
      div.dataset.rendered = "true";
    });
  }

  function drawAll() {
    document.querySelectorAll(".course-plotly").forEach(draw);
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", drawAll);
  } else {
    drawAll();
  }
})();
