/* A figure's plotly JSON: inline on the page, or in a script of its own loaded when needed.

   A big figure's page holds only a placeholder,
   <script type="application/json" id="ID-data" data-src="…/ID.HASH.js">,
   and the named script calls register(ID, "<JSON text>"). It is added as a
   script element, which works for a book opened from disk, where fetch()
   does not. widgets/bookext/figure_data.py writes both. */
(function (course) {
  "use strict";

  var texts = new Map();  // figure id -> its JSON text, once its script has run
  var loading = {};       // figure id -> promise of that text

  function source(div) {
    return document.getElementById(div.id + "-data");
  }

  function register(id, text) {
    texts.set(id, text);
  }

  // The figure's JSON text if the page has it now, else null.
  function ready(div) {
    var element = source(div);
    if (!element) {
      return null;
    }
    if (!element.dataset.src) {
      return element.textContent;
    }
    return texts.has(div.id) ? texts.get(div.id) : null;
  }

  // A promise of the figure's JSON text, loading its script once if need be.
  function load(div) {
    var text = ready(div);
    var element = source(div);
    if (text !== null || !element) {
      return Promise.resolve(text);
    }
    if (!loading[div.id]) {
      loading[div.id] = new Promise(function (resolve, reject) {
        var script = document.createElement("script");
        script.src = element.dataset.src;
        script.onload = function () {
          var got = ready(div);
          if (got === null) {
            delete loading[div.id];
            reject(new Error(element.dataset.src + " did not register " + div.id));
          } else {
            resolve(got);
          }
        };
        script.onerror = function () {
          delete loading[div.id];  // a later request tries again
          reject(new Error("the data of figure " + div.id + " did not load from " + script.src));
        };
        document.head.appendChild(script);
      });
    }
    return loading[div.id];
  }

  course.figureData = { register: register, ready: ready, load: load };
})(window.CoursePlotly = window.CoursePlotly || {});
