"""A scripted screen-reader user: the keyboard only, and what Chromium tells a screen reader.

``Reader(page)`` presses keys and reads, through the Chrome DevTools Protocol,
the accessibility tree Chromium builds for screen readers: the focused
element's role, name, value and states (expanded, pressed, checked), the
names of the groups around it, and the text of a live region. It counts every
key it presses, and keeps a transcript of what it heard, so a failing walk
says where it went wrong.

One gap in the protocol: it reports every ``aria-valuetext`` as empty, so a
slider's value text is read from the attribute itself.
"""

from __future__ import annotations

from dataclasses import dataclass, field

_FOCUSED = "document.activeElement"


@dataclass
class Heard:
    """What a screen reader is told about one element."""

    role: str
    name: str
    value: object = None
    states: dict = field(default_factory=dict)
    valuetext: str | None = None

    def __str__(self) -> str:
        words = [self.role, repr(self.name)]
        if self.valuetext:
            words.append(f"= {self.valuetext!r}")
        elif self.value not in (None, ""):
            words.append(f"= {self.value!r}")
        words += [f"{k}={v}" for k, v in sorted(self.states.items())]
        return " ".join(words)


STATES = ("expanded", "pressed", "checked", "focused", "live", "valuemin", "valuemax")


def _heard(node: dict) -> Heard:
    props = {p["name"]: p["value"].get("value") for p in node.get("properties", [])}
    return Heard(
        role=node.get("role", {}).get("value", ""),
        name=node.get("name", {}).get("value", ""),
        value=node.get("value", {}).get("value"),
        states={k: props[k] for k in STATES if k in props and k != "focused"},
    )


class Reader:
    """Keys in, accessibility tree out, for one page."""

    def __init__(self, page):
        self.page = page
        self.cdp = page.context.new_cdp_session(page)
        self.keys = 0
        self.transcript: list[str] = []

    # --- keys --------------------------------------------------------------------------

    # Focus on a figure that is still drawing: its first control takes focus once drawn.
    _SETTLED = """() => { const e = document.activeElement;
      return !(e && e.classList.contains('course-plotly') && e.dataset.rendered !== 'true'); }"""

    def press(self, key: str) -> Heard | None:
        """Press ``key`` (counted) and return what has focus then.

        Like a reader who hears "Interactive figure…" and waits, it waits while
        focus is on a figure that has not drawn yet.
        """
        self.page.keyboard.press(key)
        self.keys += 1
        heard = self.focused()
        if heard is not None and heard.role == "group":
            self.page.wait_for_function(self._SETTLED, timeout=15000)
            self.transcript.append(f"{key}: {heard} (drawing)")
            heard = self.focused()
        self.transcript.append(f"{key}: {heard}")
        return heard

    def follow(self, key: str, url) -> Heard | None:
        """Press ``key`` (counted) on a link and return what has focus once the new page loads.

        Reading the tree while the old page is torn down fails ("Cannot find context
        with specified id"), so nothing is read until the page at ``url`` has loaded.
        """
        with self.page.expect_navigation(url=url, wait_until="load"):
            self.page.keyboard.press(key)
        self.keys += 1
        heard = self.focused()
        self.transcript.append(f"{key}: {heard} (new page {self.page.url})")
        return heard

    def tab_to(self, wanted, limit: int = 250, key: str = "Tab") -> tuple[Heard, int]:
        """Press Tab until ``wanted(heard)`` is true; what has focus and how many presses.

        Focus must never fall back to the page itself on the way (a lost focus).
        """
        for count in range(1, limit + 1):
            heard = self.press(key)
            assert heard is not None and heard.role != "RootWebArea", (
                f"focus was lost after {count} presses of {key}:\n" + self.told()
            )
            if wanted(heard):
                return heard, count
        raise AssertionError(f"not reached in {limit} presses of {key}:\n" + self.told())

    # --- the accessibility tree --------------------------------------------------------

    def _object(self, expression: str) -> str | None:
        result = self.cdp.send("Runtime.evaluate", {"expression": expression})["result"]
        return result.get("objectId")

    def node(self, expression: str = _FOCUSED) -> Heard | None:
        """What a screen reader is told about the element ``expression`` evaluates to."""
        object_id = self._object(expression)
        if object_id is None:
            return None
        nodes = self.cdp.send(
            "Accessibility.getPartialAXTree", {"objectId": object_id, "fetchRelatives": False}
        )["nodes"]
        shown = [n for n in nodes if not n.get("ignored")]
        if not shown:
            return Heard(role="ignored", name="")
        heard = _heard(shown[0])
        if heard.role == "slider":
            heard.valuetext = self.page.evaluate(
                f"(() => {{ const e = {expression}; return e && e.getAttribute('aria-valuetext'); }})()"
            )
        return heard

    def focused(self) -> Heard | None:
        return self.node(_FOCUSED)

    def ancestors(self) -> list[Heard]:
        """The named groups and figures around the focused element, innermost first."""
        object_id = self._object(_FOCUSED)
        nodes = self.cdp.send(
            "Accessibility.getPartialAXTree", {"objectId": object_id, "fetchRelatives": True}
        )["nodes"]
        by_id = {n["nodeId"]: n for n in nodes}
        focused = next(n for n in nodes if n.get("backendDOMNodeId") and _is_focused(n))
        chain, parent = [], focused.get("parentId")
        while parent in by_id:
            node = by_id[parent]
            if not node.get("ignored"):
                chain.append(_heard(node))
            parent = node.get("parentId")
        return chain

    def text_of(self, selector: str) -> list[str]:
        """The texts a screen reader reads in the element ``selector`` (its static text)."""
        object_id = self._object(f"document.querySelector({selector!r})")
        assert object_id, f"no element {selector}"
        nodes = self.cdp.send(
            "Accessibility.queryAXTree", {"objectId": object_id, "role": "StaticText"}
        )["nodes"]
        return [n.get("name", {}).get("value", "") for n in nodes if not n.get("ignored")]

    def everything(self, roles: set[str]) -> list[Heard]:
        """Every element of the page with one of ``roles``, as a screen reader's list of them."""
        nodes = self.cdp.send("Accessibility.getFullAXTree")["nodes"]
        return [
            _heard(n)
            for n in nodes
            if not n.get("ignored") and n.get("role", {}).get("value") in roles
        ]

    def told(self) -> str:
        """The transcript so far, one key and what it reached per line."""
        return "\n".join(f"  {line}" for line in self.transcript)


def _is_focused(node: dict) -> bool:
    return any(
        p["name"] == "focused" and p["value"].get("value") for p in node.get("properties", [])
    )


class LiveRegion:
    """What a live region says: the texts it gains, in order, as a screen reader gets them."""

    _WATCH = """([selector, key]) => {
      const region = document.querySelector(selector);
      window[key] = [];
      // What changed: a part's new text, or a part (or text) added to the region.
      const texts = r => r.type === 'characterData' ? [r.target.parentElement]
        : r.target === region ? [...r.addedNodes] : [r.target];
      new MutationObserver(records => {
        for (const r of records) {
          for (const node of texts(r)) {
            const text = node ? node.textContent.trim() : '';
            if (text) window[key].push(text);
          }
        }
      }).observe(region, {subtree: true, childList: true, characterData: true});
      return region.getAttribute('aria-live') || region.getAttribute('role');
    }"""

    def __init__(self, reader: Reader, selector: str, key: str = "__saidByRegion"):
        self.reader, self.selector, self.key = reader, selector, key
        self.politeness = reader.page.evaluate(self._WATCH, [selector, key])

    def said(self) -> list[str]:
        """Every text the region gained since it was watched, consecutive repeats merged."""
        texts = self.reader.page.evaluate(f"window[{self.key!r}]")
        return [t for i, t in enumerate(texts) if i == 0 or t != texts[i - 1]]

    def wait_for(self, predicate_js: str, timeout_ms: int = 10000) -> None:
        """Wait until the region's texts match ``predicate_js`` (a JS function of the list)."""
        self.reader.page.wait_for_function(
            f"() => ({predicate_js})(window[{self.key!r}] || [])", timeout=timeout_ms
        )

    def now(self) -> list[str]:
        """What the region holds now, as Chromium's accessibility tree reads it."""
        return self.reader.text_of(self.selector)
