"""Run wrk (Debian's package) and read its report."""

import re
import statistics
import subprocess
from dataclasses import dataclass

DURATION = 15
CONNECTIONS = 16
UNITS = {"us": 0.001, "ms": 1.0, "s": 1000.0}


@dataclass
class Result:
    requests_per_second: float
    p50_ms: float
    p99_ms: float
    errors: int
    requests: int

    @property
    def ok(self):
        return self.requests > 0


def measure(url, host="localhost", duration=DURATION, connections=CONNECTIONS, threads=2):
    command = ["wrk", f"-t{threads}", f"-c{connections}", f"-d{duration}s", "--latency"]
    command += ["-H", f"Host: {host}", url]
    output = subprocess.run(command, capture_output=True, text=True, check=True).stdout
    return parse(output)


def combine(results):
    """The rounds of one row as one: mean requests/s, median p50, the worst p99, all errors."""
    return Result(
        requests_per_second=statistics.mean(r.requests_per_second for r in results),
        p50_ms=statistics.median(r.p50_ms for r in results),
        p99_ms=max(r.p99_ms for r in results),
        errors=sum(r.errors for r in results),
        requests=sum(r.requests for r in results),
    )


def parse(output):
    return Result(
        requests_per_second=float(_find(r"Requests/sec:\s+([\d.]+)", output)),
        p50_ms=_latency("50%", output),
        p99_ms=_latency("99%", output),
        errors=_errors(output),
        requests=int(_find(r"(\d+) requests in", output)),
    )


def _find(pattern, text, default="0"):
    match = re.search(pattern, text)
    return match.group(1) if match else default


def _latency(percentile, text):
    match = re.search(rf"^\s+{percentile}\s+([\d.]+)(us|ms|s)\s*$", text, re.MULTILINE)
    return float(match.group(1)) * UNITS[match.group(2)] if match else 0.0


def _errors(text):
    """Socket errors (connect, read, write, timeout) and non-2xx/3xx answers."""
    socket_errors = re.search(r"connect (\d+), read (\d+), write (\d+), timeout (\d+)", text)
    total = sum(int(n) for n in socket_errors.groups()) if socket_errors else 0
    return total + int(_find(r"Non-2xx or 3xx responses:\s+(\d+)", text))
