"""Run wrk (Debian's package) and read its report."""

import re
import statistics
import subprocess
from dataclasses import dataclass, field
from pathlib import Path

DURATION = 15
CONNECTIONS = 16
UNITS = {"us": 0.001, "ms": 1.0, "s": 1000.0}
TAIL_SCRIPT = Path(__file__).with_name("latency.lua")


@dataclass
class Result:
    requests_per_second: float
    p50_ms: float
    p99_ms: float
    errors: int
    requests: int
    tail: list = field(default_factory=list)  # (percentile, ms), the 90th to the 99.9th

    @property
    def ok(self):
        return self.requests > 0


def measure(url, host="localhost", duration=DURATION, connections=CONNECTIONS, threads=2):
    command = ["wrk", f"-t{threads}", f"-c{connections}", f"-d{duration}s", "--latency"]
    command += ["-s", str(TAIL_SCRIPT), "-H", f"Host: {host}", url]
    output = subprocess.run(command, capture_output=True, text=True, check=True).stdout
    return parse(output)


def combine(results):
    """The rounds of one row as one: mean requests/s, median p50, the p99 of all their
    requests (from each round's tail; the worst round's p99 without one), all errors."""
    return Result(
        requests_per_second=statistics.mean(r.requests_per_second for r in results),
        p50_ms=statistics.median(r.p50_ms for r in results),
        p99_ms=merged_p99(results),
        errors=sum(r.errors for r in results),
        requests=sum(r.requests for r in results),
    )


def merged_p99(results):
    """The latency that 1% of all the rounds' requests exceed, to a tenth of a percent."""
    if not all(r.tail for r in results):
        return max(r.p99_ms for r in results)
    total = sum(r.requests for r in results)
    for ms in sorted({ms for r in results for _percentile, ms in r.tail}):
        slower = sum(r.requests * _share_slower(r.tail, ms) for r in results)
        if slower <= total * 0.01:
            return ms
    return max(r.p99_ms for r in results)


def _share_slower(tail, ms):
    """About what share of one round's requests took longer than ``ms``."""
    for percentile, value in tail:
        if value >= ms:
            return (100 - percentile) / 100
    return 0.0


def parse(output):
    return Result(
        requests_per_second=float(_find(r"Requests/sec:\s+([\d.]+)", output)),
        p50_ms=_latency("50%", output),
        p99_ms=_latency("99%", output),
        errors=_errors(output),
        requests=int(_find(r"(\d+) requests in", output)),
        tail=[
            (float(p), int(us) / 1000)
            for p, us in re.findall(r"^TAIL ([\d.]+) (\d+)$", output, re.MULTILINE)
        ],
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
