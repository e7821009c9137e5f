/* Every page: keyboard focus where a reader expects it, and buttons named for what they do.

   - A link followed and then Back (the browser's button, Alt+Left): focus
     returns to that link, so a reader who checked a reference is back at the
     citation, not at the top of the page.
   - A link that leads to a citation (the references page links back to each
     place a source is cited) puts focus on that citation's link.
   - A solution's show/hide button is named for its exercise ("Show solution
     to Exercise 3"), and its visible text is the same words. */
(function () {
  "use strict";

  // The link followed from a page, kept for the tab's session (Sphinx's search
  // highlighting empties history.state as each page loads, so it cannot be kept there).
  var RETURN_KEY = "courseReturnLink:" + location.pathname;

  function links() {
    return Array.prototype.slice.call(document.querySelectorAll("a[href]"));
  }

  function stored() {
    try {
      var value = window.sessionStorage.getItem(RETURN_KEY);
      return value === null ? null : Number(value);
    } catch (_problem) {
      return null; // storage refused (a page opened from disk, a strict setting)
    }
  }

  // Before the browser leaves the page, remember the link followed.
  function rememberLink(event) {
    var link = event.target && event.target.closest && event.target.closest("a[href]");
    if (!link || (link.pathname === location.pathname && link.hash)) {
      return; // a link within the page keeps focus itself
    }
    try {
      window.sessionStorage.setItem(RETURN_KEY, String(links().indexOf(link)));
    } catch (_problem) {
      // Not kept: focus then stays where the browser puts it.
    }
  }

  function cameBack(event) {
    if (event && event.persisted) {
      return true;
    }
    var entries = window.performance && performance.getEntriesByType ?
      performance.getEntriesByType("navigation") : [];
    return Boolean(entries.length && entries[0].type === "back_forward");
  }

  function returnToLink(event) {
    var index = stored();
    if (index === null || index < 0 || !cameBack(event)) {
      return false;
    }
    var link = links()[index];
    if (link) {
      link.focus({ preventScroll: true });
    }
    return Boolean(link);
  }

  // A link to "#id12" on a chapter leads to citation id12: its first link takes focus.
  function focusCitation() {
    var id = decodeURIComponent(location.hash.slice(1));
    var target = id ? document.getElementById(id) : null;
    var link = target && target.classList.contains("bibtex-citation") &&
      target.querySelector("a[href]");
    if (link) {
      link.focus();
    }
  }

  // "Solution to Exercise 3" -> "Show solution to Exercise 3" / "Hide solution to Exercise 3".
  function nameToggle(button) {
    var item = document.getElementById(button.dataset.target || "");
    var title = item && item.querySelector(".admonition-title");
    if (!title) {
      return;
    }
    var copy = title.cloneNode(true);
    copy.querySelectorAll("button").forEach(function (inner) {
      inner.remove();
    });
    var topic = copy.textContent.replace(/\s+/g, " ").trim();
    if (!topic) {
      return;
    }
    topic = topic.charAt(0).toLowerCase() + topic.slice(1);
    button.querySelectorAll("svg").forEach(function (icon) {
      icon.setAttribute("aria-hidden", "true");
    });
    // The hint shows on wide screens (the theme's CSS draws it); the name is the same words.
    var sync = function () {
      var open = button.getAttribute("aria-expanded") === "true";
      var hint = (open ? "Hide " : "Show ") + topic;
      if (button.dataset.toggleHint !== hint) {
        button.dataset.toggleHint = hint;
      }
      if (button.getAttribute("aria-label") !== hint) {
        button.setAttribute("aria-label", hint);
      }
    };
    sync();
    new MutationObserver(sync).observe(button, {
      attributes: true,
      attributeFilter: ["aria-expanded", "data-toggle-hint"],
    });
  }

  function nameToggles() {
    document.querySelectorAll(".toggle-button[data-target]").forEach(nameToggle);
  }

  function start() {
    nameToggles();
    var back = returnToLink();
    // Again after the browser's own move to the address's #target, which resets focus.
    window.addEventListener("load", function () {
      requestAnimationFrame(function () {
        if (!back) {
          focusCitation();
        } else if (document.activeElement === document.body) {
          returnToLink();
        }
      });
    });
  }

  document.addEventListener("click", rememberLink, true);
  window.addEventListener("hashchange", focusCitation);
  window.addEventListener("pageshow", function (event) {
    if (event.persisted) {
      returnToLink(event);
    }
  });
  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", start);
  } else {
    start();
  }
})();
