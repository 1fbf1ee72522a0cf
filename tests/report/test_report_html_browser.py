"""The HTML report in a real browser: headless Chromium opens it as a reader would.

Chromium is driven over the DevTools protocol on ``--remote-debugging-pipe``
(file descriptors 3 and 4, NUL-terminated JSON), standard library only. The
test asserts what a person would see: a page that rendered (a screenshot that
is not blank), no console errors (CSP violations included), every finding in
the DOM once scripts ran, working filters and ``j``/``k`` keys, and a page
that still shows every finding with scripts disabled.

Set ``HEROES_UPDATE_SCREENSHOT=1`` to rewrite ``docs/sample-report.png``.
"""

from __future__ import annotations

import base64
import fcntl
import json
import os
import select
import shutil
import struct
import subprocess
import zlib
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from heroes_i18ncheck import check_files
from heroes_i18ncheck.report.html import render

REPO = Path(__file__).resolve().parents[2]
SAMPLE = REPO / "samples" / "heroes-02"
PDF_DATA = REPO / "tests" / "data" / "report_html"
SCREENSHOT = REPO / "docs" / "sample-report.png"
BROWSERS = ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable", "chrome")
CHROMIUM = next((found for name in BROWSERS if (found := shutil.which(name))), None)
TIMEOUT = 20.0

pytestmark = pytest.mark.skipif(CHROMIUM is None, reason="no chromium binary on PATH (apt-get install chromium)")


class DevTools:
    """A headless Chromium and one page of it, spoken to over the DevTools pipe."""

    def __init__(self, profile: Path) -> None:
        to_browser_r, self._to_browser = os.pipe()
        self._from_browser, from_browser_w = os.pipe()

        def wire_pipe() -> None:  # the browser reads commands on fd 3 and answers on fd 4
            # Move both ends above 4 first: either may already be fd 3 or 4, and dup2 onto itself keeps close-on-exec.
            reader = fcntl.fcntl(to_browser_r, fcntl.F_DUPFD, 10)
            writer = fcntl.fcntl(from_browser_w, fcntl.F_DUPFD, 10)
            os.dup2(reader, 3)
            os.dup2(writer, 4)

        self.process = subprocess.Popen(
            [
                str(CHROMIUM), "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-extensions", "--hide-scrollbars", f"--user-data-dir={profile}",
                "--remote-debugging-pipe", "about:blank",
            ],
            stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
            close_fds=False, preexec_fn=wire_pipe,
        )
        os.close(to_browser_r)
        os.close(from_browser_w)
        self._buffer = b""
        self._next_id = 0
        self.events: list[dict[str, Any]] = []
        pages = [t["targetId"] for t in self.call("Target.getTargets")["targetInfos"] if t["type"] == "page"]
        target = pages[0] if pages else self.call("Target.createTarget", url="about:blank")["targetId"]
        self.session = self.call("Target.attachToTarget", targetId=target, flatten=True)["sessionId"]
        for domain in ("Page", "Runtime", "Log"):
            self.page_call(f"{domain}.enable")

    def call(self, method: str, session: str | None = None, **params: Any) -> dict[str, Any]:
        """Send one command and wait for its answer, keeping the events that arrive meanwhile."""
        self._next_id += 1
        message = {"id": self._next_id, "method": method, "params": params}
        if session:
            message["sessionId"] = session
        os.write(self._to_browser, json.dumps(message).encode() + b"\0")
        for reply in self._messages():
            if reply.get("id") == self._next_id:
                if "error" in reply:
                    raise RuntimeError(f"{method}: {reply['error']}")
                return reply["result"]
            self.events.append(reply)
        raise RuntimeError(f"{method}: the browser closed the pipe")

    def page_call(self, method: str, **params: Any) -> dict[str, Any]:
        return self.call(method, self.session, **params)

    def wait_for(self, event: str) -> None:
        if any(e.get("method") == event for e in self.events):
            return
        for message in self._messages():
            self.events.append(message)
            if message.get("method") == event:
                return

    def evaluate(self, expression: str) -> Any:
        result = self.page_call("Runtime.evaluate", expression=expression, returnByValue=True)
        assert "exceptionDetails" not in result, result["exceptionDetails"]
        return result["result"].get("value")

    def open(self, url: str) -> None:
        self.events.clear()
        self.page_call("Page.navigate", url=url)
        self.wait_for("Page.loadEventFired")

    def console_errors(self) -> list[str]:
        """Errors the page reported: console.error, uncaught exceptions, CSP and loading errors."""
        found = []
        for event in self.events:
            method, params = event.get("method"), event.get("params", {})
            if method == "Runtime.consoleAPICalled" and params["type"] in ("error", "assert"):
                found.append(json.dumps(params["args"]))
            elif method == "Runtime.exceptionThrown":
                found.append(json.dumps(params["exceptionDetails"]))
            elif method == "Log.entryAdded" and params["entry"]["level"] == "error":
                found.append(params["entry"]["text"])
        return found

    def close(self) -> None:
        try:
            self.call("Browser.close")
        except (RuntimeError, OSError):
            pass  # already gone: nothing left to close politely
        try:
            self.process.wait(timeout=5)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()
        os.close(self._to_browser)
        os.close(self._from_browser)

    def _messages(self) -> Iterator[dict[str, Any]]:
        """Messages from the browser as they come; ``TimeoutError`` if it stays silent ``TIMEOUT`` seconds."""
        while True:
            while b"\0" in self._buffer:
                raw, self._buffer = self._buffer.split(b"\0", 1)
                yield json.loads(raw)
            if not select.select([self._from_browser], [], [], TIMEOUT)[0]:
                raise TimeoutError(f"chromium sent nothing for {TIMEOUT} s")
            chunk = os.read(self._from_browser, 1 << 20)
            if not chunk:
                return
            self._buffer += chunk


def png_pixels(data: bytes) -> tuple[int, int, int, bytes]:
    """Width, height, bytes per pixel and the unfiltered pixel rows of an 8-bit RGB/RGBA PNG."""
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    at, idat, header = 8, b"", b""
    while at < len(data):
        length, kind = struct.unpack(">I4s", data[at : at + 8])
        body = data[at + 8 : at + 8 + length]
        header = body if kind == b"IHDR" else header
        idat += body if kind == b"IDAT" else b""
        at += 12 + length
    width, height, depth, color = struct.unpack(">IIBB", header[:10])
    assert depth == 8 and color in (2, 6), (depth, color)
    bpp = 3 if color == 2 else 4
    raw, stride = zlib.decompress(idat), width * bpp
    out, previous = bytearray(), bytearray(stride)
    for y in range(height):
        kind, row = raw[y * (stride + 1)], bytearray(raw[y * (stride + 1) + 1 : (y + 1) * (stride + 1)])
        for x in range(stride):
            left = row[x - bpp] if x >= bpp else 0
            up, corner = previous[x], (previous[x - bpp] if x >= bpp else 0)
            if kind == 1:
                row[x] = (row[x] + left) & 255
            elif kind == 2:
                row[x] = (row[x] + up) & 255
            elif kind == 3:
                row[x] = (row[x] + (left + up) // 2) & 255
            elif kind == 4:
                p = left + up - corner
                pa, pb, pc = abs(p - left), abs(p - up), abs(p - corner)
                row[x] = (row[x] + (left if pa <= pb and pa <= pc else up if pb <= pc else corner)) & 255
        out += row
        previous = row
    return width, height, bpp, bytes(out)


def luminance_spread(png: bytes) -> tuple[float, float]:
    """The share of pixels darker than near-white, and the standard deviation of luminance."""
    width, height, bpp, pixels = png_pixels(png)
    values = [
        (299 * pixels[i] + 587 * pixels[i + 1] + 114 * pixels[i + 2]) // 1000 for i in range(0, len(pixels), bpp)
    ]
    mean = sum(values) / len(values)
    spread = (sum((v - mean) ** 2 for v in values) / len(values)) ** 0.5
    return sum(1 for v in values if v < 235) / len(values), spread


@pytest.fixture(scope="module")
def browser(tmp_path_factory: pytest.TempPathFactory) -> Iterator[DevTools]:
    tools = DevTools(tmp_path_factory.mktemp("chromium-profile"))
    tools.page_call("Emulation.setDeviceMetricsOverride", width=1280, height=2100, deviceScaleFactor=1, mobile=False)
    yield tools
    tools.close()


@pytest.fixture(autouse=True)
def in_repository(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(REPO)


def write_report(folder: Path, paths: list[Path]) -> tuple[Path, int]:
    """The report of ``paths``, named relative to the repository as a user there would type them."""
    report = check_files([str(p.relative_to(REPO)) for p in paths])
    assert report.errors == ()
    page = folder / "report.html"
    page.write_text(render(report), encoding="utf-8")
    return page, len(report.findings)


def test_sample_report_renders_with_no_console_errors(browser: DevTools, tmp_path: Path) -> None:
    page, expected = write_report(tmp_path, [SAMPLE])
    browser.open(page.as_uri())
    shot = base64.b64decode(browser.page_call("Page.captureScreenshot", format="png")["data"])
    small = base64.b64decode(
        browser.page_call(
            "Page.captureScreenshot", format="png", clip={"x": 0, "y": 0, "width": 1280, "height": 2100, "scale": 0.25}
        )["data"]
    )
    if os.environ.get("HEROES_UPDATE_SCREENSHOT"):
        SCREENSHOT.parent.mkdir(exist_ok=True)
        SCREENSHOT.write_bytes(shot)
    inked, spread = luminance_spread(small)
    assert browser.console_errors() == []
    assert expected >= 1
    assert browser.evaluate("document.querySelectorAll('article.finding').length") == expected
    assert browser.evaluate("document.getElementById('filters').hidden") is False
    assert browser.evaluate("document.getElementById('shown-count').textContent") == (
        f"{expected} of {expected} findings shown"
    )
    assert 0.02 < inked < 0.9 and spread > 20, (inked, spread)


def test_filters_and_keys_work_in_the_browser(browser: DevTools, tmp_path: Path) -> None:
    page, expected = write_report(tmp_path, [SAMPLE])
    browser.open(page.as_uri())
    for key in ("j", "j"):
        browser.page_call("Input.dispatchKeyEvent", type="keyDown", key=key, text=key)
        browser.page_call("Input.dispatchKeyEvent", type="keyUp", key=key)
    focused = "document.activeElement.id"
    assert browser.evaluate(focused) == ("f2" if expected > 1 else "f1")
    browser.evaluate("document.querySelector(\"#filters input[name='severity'][value='error']\").click()")
    errors = browser.evaluate("document.querySelectorAll('article.finding[data-severity=error]').length")
    shown = browser.evaluate("[...document.querySelectorAll('article.finding')].filter(f => !f.hidden).length")
    assert errors >= 1 and shown == expected - errors
    browser.evaluate("document.getElementById('only-findings').click()")
    visible_rows = browser.evaluate(
        "[...document.querySelectorAll('.pair[data-findings]')].filter(r => !r.hidden).length"
    )
    assert visible_rows == browser.evaluate(
        "new Set([...document.querySelectorAll('article.finding:not([hidden])')].map(f => f.closest('.pair'))).size"
    )
    assert browser.console_errors() == []


def test_pdf_report_shows_its_page_crops(browser: DevTools, tmp_path: Path) -> None:
    page, expected = write_report(tmp_path, [PDF_DATA / "en.pdf", PDF_DATA / "lt.pdf"])
    browser.open(page.as_uri())
    assert browser.console_errors() == []
    assert browser.evaluate("document.querySelectorAll('article.finding').length") == expected
    images = browser.evaluate("[...document.images].map(i => [i.complete, i.naturalWidth])")
    assert len(images) == 2 * expected
    assert all(complete and width > 0 for complete, width in images), images


def test_hostile_pdf_text_runs_no_script(browser: DevTools, tmp_path: Path) -> None:
    page, expected = write_report(tmp_path, [PDF_DATA / "hostile-en.pdf", PDF_DATA / "hostile-lt.pdf"])
    browser.open(page.as_uri())
    assert browser.console_errors() == []
    assert browser.evaluate("document.scripts.length") == 1
    assert browser.evaluate("document.querySelectorAll('img:not([src^=\"data:image/png;base64,\"]), b').length") == 0
    assert "<script>alert(" in browser.evaluate("document.body.innerText")
    assert browser.evaluate("document.querySelectorAll('article.finding').length") == expected


def test_without_scripts_every_finding_is_shown(browser: DevTools, tmp_path: Path) -> None:
    page, expected = write_report(tmp_path, [SAMPLE])
    browser.page_call("Emulation.setScriptExecutionDisabled", value=True)
    try:
        browser.open(page.as_uri())
        shown = browser.evaluate(
            "[...document.querySelectorAll('article.finding')].filter(f => f.getClientRects().length > 0).length"
        )
        assert shown == expected
        assert browser.evaluate("document.getElementById('filters').hidden") is True
    finally:
        browser.page_call("Emulation.setScriptExecutionDisabled", value=False)
