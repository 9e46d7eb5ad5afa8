"""Driving the installed `extractor` command: in a subprocess, or on a pseudo-terminal."""

from __future__ import annotations

import json
import os
import pty
import select
import subprocess
import sys
import time
from pathlib import Path

EXTRACTOR = Path(sys.executable).parent / "extractor"  # the command the venv installed


def environment(**extra: str) -> dict[str, str]:
    """The environment of a user's shell: no CI, no colour switches, plus `extra`."""
    return {k: v for k, v in os.environ.items() if k not in ("CI", "NO_COLOR", "EXTRACTOR_PASSWORD")} | extra


def extractor(
    args: list[str], cwd: Path, umask: int | None = None, stdin: str = "", timeout: float = 300, **env: str
) -> subprocess.CompletedProcess:
    """`extractor ARGS` in `cwd`, standard input `stdin`; output captured as text."""

    def prepare() -> None:
        if umask is not None:
            os.umask(umask)

    return subprocess.run(
        [str(EXTRACTOR), *args],
        cwd=cwd,
        input=stdin,
        capture_output=True,
        text=True,
        env=environment(**env),
        timeout=timeout,
        preexec_fn=prepare,
    )


def one_line_error(result: subprocess.CompletedProcess) -> str:
    """The single stderr line of a command that failed cleanly (no traceback)."""
    lines = result.stderr.strip().splitlines()
    assert "Traceback" not in result.stderr and len(lines) == 1, result.stderr
    return lines[0]


def report_of(out: Path) -> dict:
    return json.loads((out / ".extractor-report.json").read_text(encoding="utf-8"))


def _own_terminal() -> None:
    """In the child: a session of its own whose controlling terminal is the pty (so Ctrl-C is SIGINT)."""
    import fcntl
    import termios

    os.setsid()
    fcntl.ioctl(0, termios.TIOCSCTTY, 0)


class Terminal:
    """A command on a pseudo-terminal: `expect` what it prints, `send` keys."""

    def __init__(self, args: list[str], cwd: Path, executable: Path = EXTRACTOR, **env: str):
        self.controller, terminal = pty.openpty()
        self.process = subprocess.Popen(
            [str(executable), *args],
            stdin=terminal,
            stdout=terminal,
            stderr=terminal,
            cwd=cwd,
            env=environment(TERM="xterm", COLUMNS="120", **env),
            preexec_fn=_own_terminal,
        )
        os.close(terminal)
        self.output = b""

    def _read(self, timeout: float) -> bool:
        ready, _, _ = select.select([self.controller], [], [], timeout)
        if not ready:
            return True
        try:
            chunk = os.read(self.controller, 65536)
        except OSError:  # the child closed the terminal
            return False
        self.output += chunk
        return bool(chunk)

    def expect(self, text: str, timeout: float = 60) -> None:
        deadline = time.monotonic() + timeout
        while text.encode() not in self.output:
            if time.monotonic() > deadline or not self._read(0.2):
                raise AssertionError(f"{text!r} not shown; output:\n{self.text}")

    def send(self, keys: str) -> None:
        os.write(self.controller, keys.encode())

    def finish(self, timeout: float = 60) -> int:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline and self._read(0.2):
            if self.process.poll() is not None and not select.select([self.controller], [], [], 0)[0]:
                break
        code = self.process.wait(timeout=max(1.0, deadline - time.monotonic()))
        os.close(self.controller)
        return code

    @property
    def text(self) -> str:
        return self.output.decode("utf-8", errors="replace")
