"""The ``unkg viz`` page in a real browser: headless Chromium, ``file://``, network cut off.

Checks that the graph renders (canvas drawn, node count as expected), that no request leaves the
file, that a node named with markup shows its name as text in the tooltip (no element created, no
dialog opened), and saves screenshots to tests/artifacts/ (git-ignored).

Needs Debian's Chromium (``apt-get install -y chromium``); skipped when /usr/bin/chromium is absent.
The driver is tests/headless.py (DevTools protocol over a pipe, standard library only).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from headless import CHROMIUM, Chromium

from kg.export.html import ViewOptions, write_view
from kg.pipeline import load_graph

pytestmark = pytest.mark.skipif(not CHROMIUM.exists(), reason="needs /usr/bin/chromium (apt-get install -y chromium)")

FIXTURE = Path(__file__).parent / "fixtures" / "network.trig"
ARTIFACTS = Path(__file__).parent / "artifacts"
XSS = "<img src=x onerror=alert(1)>"
MARKUP = "https://w3id.org/unkg/id/org/markup"

DRAWN = """(() => {
  const c = document.querySelector('#network canvas');
  const ctx = c.getContext('2d');
  const d = ctx.getImageData(0, 0, c.width, c.height).data;
  let painted = 0;
  for (let i = 3; i < d.length; i += 4) { if (d[i] !== 0) painted++; }
  return painted;
})()"""

WHERE = """(() => {
  const net = window.unkg.network;
  const p = net.canvasToDOM(net.getPosition(%s));
  const r = document.getElementById('network').getBoundingClientRect();
  return [r.left + p.x, r.top + p.y];
})()"""

TOOLTIP = """(() => {
  const t = document.querySelector('div.vis-tooltip');
  if (!t || t.style.visibility === 'hidden' || !t.textContent) return null;
  return {text: t.textContent, elements: Array.from(t.querySelectorAll('*')).map(e => e.tagName.toLowerCase())};
})()"""


@pytest.fixture(scope="module")
def browser():
    with Chromium() as c:
        yield c


@pytest.fixture(scope="module")
def page_url(tmp_path_factory) -> str:
    out = tmp_path_factory.mktemp("viz") / "membership.html"
    write_view(load_graph(FIXTURE), ViewOptions("membership"), out)
    return out.as_uri()


def test_graph_renders_offline(browser, page_url):
    browser.navigate(page_url)
    browser.wait_for("window.unkg && window.unkg.ready", timeout=30)
    assert browser.evaluate("window.unkg.nodeCount") == 7
    assert browser.evaluate("window.unkg.network.body.data.nodes.length") == 7
    assert browser.evaluate("document.body.dataset.nodeCount") == "7"
    assert browser.evaluate(DRAWN) > 1000, "the canvas is blank"
    assert [u for u in browser.requests if not u.startswith(("file:", "data:"))] == []
    assert browser.console_errors == []
    browser.screenshot(ARTIFACTS / "viz_membership.png")


def test_tooltip_shows_markup_as_text(browser, page_url):
    browser.navigate(page_url)
    browser.wait_for("window.unkg && window.unkg.ready", timeout=30)
    x, y = browser.evaluate(WHERE % f"'{MARKUP}'")
    browser.mouse_move(x - 40, y - 40)
    browser.mouse_move(x, y)
    browser.pump(0.2)
    browser.wait_for(TOOLTIP, timeout=10)
    tip = browser.evaluate(TOOLTIP)
    assert XSS in tip["text"]
    assert "<b>bold</b> & co" in tip["text"]  # the alias, as text
    assert "img" not in tip["elements"] and "b" not in tip["elements"]
    assert browser.evaluate("document.querySelectorAll('img').length") == 0
    assert browser.dialogs == []
    browser.screenshot(ARTIFACTS / "viz_tooltip.png")


def test_search_finds_a_node(browser, page_url):
    browser.navigate(page_url)
    browser.wait_for("window.unkg && window.unkg.ready", timeout=30)
    browser.evaluate("(() => { const s = document.getElementById('search'); s.value = 'ungis';"
                     " s.dispatchEvent(new Event('change')); })()")
    assert browser.evaluate("document.getElementById('search-status').textContent") == "1 match"
    assert browser.evaluate("window.unkg.network.getSelectedNodes()") == ["https://w3id.org/unkg/id/grouping/ungis"]
    assert "United Nations Group on the Information Society" in browser.evaluate("document.getElementById('details').textContent")
