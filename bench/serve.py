"""Serving for measurements: gunicorn on 127.0.0.1 with its workers' peak memory, and bounded load from a second
process (wrk when installed, else bench/load.py). Nothing here talks to anything but 127.0.0.1."""

import contextlib
import json
import os
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
VENV_BIN = Path(sys.executable).parent

WRK_REPORT = """
local paths = {%(paths)s}
local i = 0
request = function()
  i = i %% #paths + 1
  return wrk.format("GET", paths[i])
end
done = function(summary, latency, requests)
  local e = summary.errors
  io.write(string.format(
    '\\nRESULT {"requests": %%d, "duration_s": %%.3f, "bytes": %%d, "errors": {"connect": %%d, "read": %%d, ' ..
    '"write": %%d, "status": %%d, "timeout": %%d}, "latency_ms": {"p50": %%.2f, "p90": %%.2f, "p99": %%.2f, ' ..
    '"max": %%.2f, "mean": %%.2f}}\\n',
    summary.requests, summary.duration / 1e6, summary.bytes, e.connect, e.read, e.write, e.status, e.timeout,
    latency:percentile(50) / 1e3, latency:percentile(90) / 1e3, latency:percentile(99) / 1e3,
    latency.max / 1e3, latency.mean / 1e3))
end
"""


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def site_env(database_url, **extra):
    """The environment for a server process: the dev settings without debug, on the given database."""
    env = {k: v for k, v in os.environ.items() if k not in ("DJANGO_ALLOW_ASYNC_UNSAFE",)}
    env |= {
        "DJANGO_SETTINGS_MODULE": "config.settings.dev",
        "DEBUG": "0",
        "DATABASE_URL": database_url,
        "ALLOWED_HOSTS": "127.0.0.1,localhost",
        "PYTHONPATH": str(ROOT),
    }
    return env | extra


class Gunicorn:
    """`workers` sync workers on 127.0.0.1, as production runs it (without TLS in front)."""

    def __init__(self, env, workers=2, timeout=60):
        self.env, self.workers, self.timeout = env, workers, timeout
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.process = None
        self.log_path = Path(tempfile.gettempdir()) / f"halt-gunicorn-{self.port}.log"

    def __enter__(self):
        command = [
            str(VENV_BIN / "gunicorn"),
            "config.wsgi:application",
            f"--workers={self.workers}",
            f"--bind=127.0.0.1:{self.port}",
            f"--timeout={self.timeout}",
            "--no-control-socket",
        ]
        with open(self.log_path, "wb") as log:
            self.process = subprocess.Popen(command, cwd=ROOT, env=self.env, stdout=log, stderr=subprocess.STDOUT)
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(f"gunicorn exited: see {self.log_path}")
            try:
                urllib.request.urlopen(self.url + "/robots.txt", timeout=5)
                if len(self.worker_pids()) == self.workers:
                    return self
            except (OSError, urllib.error.URLError):
                pass
            time.sleep(0.3)
        raise RuntimeError(f"gunicorn did not answer within a minute: see {self.log_path}")

    def __exit__(self, *exc):
        if self.process and self.process.poll() is None:
            self.process.send_signal(signal.SIGTERM)
            try:
                self.process.wait(timeout=30)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()

    def worker_pids(self):
        children = Path(f"/proc/{self.process.pid}/task/{self.process.pid}/children")
        try:
            return [int(pid) for pid in children.read_text().split()]
        except OSError:
            return []

    def peak_memory_mb(self):
        """Peak resident memory (VmHWM) of each worker, in MB."""
        peaks = {}
        for pid in self.worker_pids():
            try:
                for line in Path(f"/proc/{pid}/status").read_text().splitlines():
                    if line.startswith("VmHWM:"):
                        peaks[pid] = round(int(line.split()[1]) / 1024, 1)
            except OSError:
                pass
        return peaks

    def warm(self, paths, rounds=2):
        for _ in range(rounds):
            for path in paths:
                with contextlib.suppress(urllib.error.HTTPError):
                    urllib.request.urlopen(self.url + path, timeout=120).read()


def wrk_available():
    return shutil.which("wrk") is not None


def run_wrk(url, paths, connections, seconds, threads=2, timeout_s=30):
    """Bounded load with wrk: `connections` open connections for `seconds`, cycling through `paths`."""
    with tempfile.NamedTemporaryFile("w", suffix=".lua", delete=False) as script:
        script.write(WRK_REPORT % {"paths": ", ".join(json.dumps(p) for p in paths)})
    command = [
        "wrk",
        f"--threads={min(threads, connections)}",
        f"--connections={connections}",
        f"--duration={seconds}s",
        f"--timeout={timeout_s}s",
        f"--script={script.name}",
        url,
    ]
    output = subprocess.run(command, capture_output=True, text=True, timeout=seconds + 120, check=True).stdout
    os.unlink(script.name)
    result = json.loads(output.split("RESULT ", 1)[1])
    result["tool"] = "wrk"
    result["connections"] = connections
    result["requests_per_s"] = round(result["requests"] / result["duration_s"], 1)
    result["error_count"] = sum(result["errors"].values())
    return result


def run_python_load(url, paths, connections, seconds, timeout_s=30, timeline=False):
    """The same with bench/load.py in a second process (when wrk is missing, and for timelines)."""
    with tempfile.NamedTemporaryFile("w", suffix=".json", delete=False) as spec:
        json.dump({"url": url, "paths": paths}, spec)
    command = [
        sys.executable,
        str(ROOT / "bench" / "load.py"),
        spec.name,
        f"--connections={connections}",
        f"--seconds={seconds}",
        f"--timeout={timeout_s}",
    ]
    if timeline:
        command.append("--timeline")
    output = subprocess.run(command, capture_output=True, text=True, timeout=seconds + 120, check=True).stdout
    os.unlink(spec.name)
    return json.loads(output)
