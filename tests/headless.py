"""A minimal headless Chromium driver over the DevTools protocol on a pipe (no extra package).

Chromium started with ``--remote-debugging-pipe`` reads CDP commands from file descriptor 3 and
writes replies and events to descriptor 4, each message a JSON text ended by a NUL byte. The
browser runs with its network cut off (``--host-resolver-rules`` maps every host to nothing, the
proxy points nowhere, and ``Network.emulateNetworkConditions`` sets it offline), and every request
the page issues is recorded so a test can assert that there were none but ``file://`` and
``data:``. Used by tests/test_browser.py and bench/viz_5000.py.
"""

from __future__ import annotations

import base64
import json
import os
import shutil
import subprocess
import tempfile
import time
from pathlib import Path
from typing import Any

CHROMIUM = Path("/usr/bin/chromium")


class CdpError(RuntimeError):
    pass


class Chromium:
    """One headless Chromium with one page; use as a context manager."""

    def __init__(self, executable: Path = CHROMIUM, width: int = 1280, height: int = 800) -> None:
        self.executable = executable
        self.width, self.height = width, height
        self._id = 0
        self._buf = b""
        self.events: list[dict[str, Any]] = []
        self.requests: list[str] = []
        self.dialogs: list[str] = []
        self.console_errors: list[str] = []

    # --- process ------------------------------------------------------------------------------

    def __enter__(self) -> Chromium:
        self._profile = tempfile.mkdtemp(prefix="unkg-chromium-")
        to_child_r, self._to_child_w = os.pipe()
        self._from_child_r, from_child_w = os.pipe()

        def wire() -> None:  # runs in the child: put the pipe ends at descriptors 3 and 4
            a, b = os.dup(to_child_r), os.dup(from_child_w)
            os.dup2(a, 3)
            os.dup2(b, 4)

        args = [
            str(self.executable), "--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
            "--remote-debugging-pipe", f"--user-data-dir={self._profile}", "--no-first-run",
            "--no-default-browser-check", "--disable-extensions", "--disable-background-networking",
            "--disable-component-update", "--disable-sync", "--metrics-recording-only", "--mute-audio",
            "--host-resolver-rules=MAP * ~NOTFOUND", "--proxy-server=http://127.0.0.1:9",
            "--proxy-bypass-list=<-loopback>", f"--window-size={self.width},{self.height}",
            "--hide-scrollbars", "--force-device-scale-factor=1", "about:blank",
        ]
        # close_fds=False: descriptors 3 and 4 made in `wire` must survive; the pipe ends themselves
        # are close-on-exec (PEP 446), so nothing else leaks into the browser
        self.proc = subprocess.Popen(args, close_fds=False, preexec_fn=wire,  # noqa: PLW1509
                                     stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        os.close(to_child_r)
        os.close(from_child_w)
        targets = self.send("Target.getTargets")["targetInfos"]
        page = next(t for t in targets if t["type"] == "page")
        self.session = self.send("Target.attachToTarget", targetId=page["targetId"], flatten=True)["sessionId"]
        for domain in ("Page", "Runtime", "Network", "Log"):
            self.page(f"{domain}.enable")
        self.page("Network.emulateNetworkConditions", offline=True, latency=0, downloadThroughput=-1, uploadThroughput=-1)
        self.page("Emulation.setDeviceMetricsOverride", width=self.width, height=self.height, deviceScaleFactor=1, mobile=False)
        return self

    def __exit__(self, *exc: object) -> None:
        try:
            self.send("Browser.close", timeout=5)
        except Exception:  # the browser may already be gone
            pass
        try:
            self.proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait()
        for fd in (self._to_child_w, self._from_child_r):
            try:
                os.close(fd)
            except OSError:
                pass
        shutil.rmtree(self._profile, ignore_errors=True)

    # --- protocol -----------------------------------------------------------------------------

    def _read_message(self, deadline: float) -> dict[str, Any]:
        import select

        while b"\0" not in self._buf:
            left = deadline - time.monotonic()
            if left <= 0:
                raise TimeoutError("no message from Chromium")
            ready, _, _ = select.select([self._from_child_r], [], [], left)
            if ready:
                chunk = os.read(self._from_child_r, 1 << 20)
                if not chunk:
                    raise CdpError("Chromium closed the pipe")
                self._buf += chunk
        raw, _, self._buf = self._buf.partition(b"\0")
        return json.loads(raw)  # type: ignore[no-any-return]

    def _record(self, msg: dict[str, Any]) -> None:
        self.events.append(msg)
        method, params = msg.get("method"), msg.get("params", {})
        if method == "Network.requestWillBeSent":
            self.requests.append(params["request"]["url"])
        elif method == "Page.javascriptDialogOpening":
            self.dialogs.append(params.get("message", ""))
            self.page("Page.handleJavaScriptDialog", accept=True, wait=False)
        elif method == "Runtime.exceptionThrown":
            self.console_errors.append(json.dumps(params.get("exceptionDetails", {}))[:500])
        elif method == "Log.entryAdded" and params.get("entry", {}).get("level") == "error":
            self.console_errors.append(params["entry"].get("text", ""))

    def send(self, method: str, session: str | None = None, timeout: float = 60, wait: bool = True,
             **params: Any) -> dict[str, Any]:
        self._id += 1
        mid = self._id
        msg: dict[str, Any] = {"id": mid, "method": method, "params": params}
        if session:
            msg["sessionId"] = session
        os.write(self._to_child_w, json.dumps(msg).encode() + b"\0")
        if not wait:
            return {}
        deadline = time.monotonic() + timeout
        while True:
            reply = self._read_message(deadline)
            if reply.get("id") == mid:
                if "error" in reply:
                    raise CdpError(f"{method}: {reply['error']}")
                return reply.get("result", {})  # type: ignore[no-any-return]
            self._record(reply)

    def page(self, method: str, timeout: float = 60, wait: bool = True, **params: Any) -> dict[str, Any]:
        return self.send(method, session=self.session, timeout=timeout, wait=wait, **params)

    # --- helpers ------------------------------------------------------------------------------

    def evaluate(self, expression: str, timeout: float = 60) -> Any:
        res = self.page("Runtime.evaluate", expression=expression, returnByValue=True, awaitPromise=True, timeout=timeout)
        if "exceptionDetails" in res:
            raise CdpError(json.dumps(res["exceptionDetails"])[:500])
        return res["result"].get("value")

    def navigate(self, url: str, timeout: float = 60) -> None:
        self.page("Page.navigate", url=url, timeout=timeout)

    def wait_for(self, expression: str, timeout: float = 60, interval: float = 0.05) -> float:
        """Poll until ``expression`` is truthy; returns the seconds it took."""
        start = time.monotonic()
        while time.monotonic() - start < timeout:
            if self.evaluate(expression):
                return time.monotonic() - start
            time.sleep(interval)
        raise TimeoutError(f"timed out waiting for {expression}")

    def pump(self, seconds: float) -> None:
        """Let events arrive for a while (hover delays, timers)."""
        end = time.monotonic() + seconds
        while time.monotonic() < end:
            try:
                self._record(self._read_message(min(end, time.monotonic() + 0.05)))
            except TimeoutError:
                pass

    def mouse_move(self, x: float, y: float) -> None:
        self.page("Input.dispatchMouseEvent", type="mouseMoved", x=x, y=y)

    def screenshot(self, path: Path) -> None:
        data = self.page("Page.captureScreenshot", format="png")["data"]
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(base64.b64decode(data))
