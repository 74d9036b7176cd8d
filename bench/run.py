"""``make bench``: the site against the machine's limit, in three layers.

Builds the site (bench/site.py), serves it with gunicorn three times (nothing
cached; page caches off, so every page is built but the site's structure comes
from the structure cache, as between two publishes; app cache on) and puts
nginx (deploy/nginx.conf.template) in front of the cached one. nginx also
serves the advisory's HTML and the RSS feed's body as static files, with and
without keep-alive: the physical limit of this machine for bodies of each
size. wrk measures each for 15 s at 16 connections. Then it counts queries and
bytes per page, times a publish until each layer shows it, and writes
bench/results.md.

Each row is measured in five rounds of 3 s, every row once per round: a shared
machine that speeds up or slows down during the run then moves every row alike,
and each layer is compared with its static file measured within the same minutes.

Never part of ``make test``. Options: ``--rebuild`` (build the site again),
``--duration N`` (seconds per row, over all rounds), ``--rounds N``,
``--only-site`` (skip the other benchmarks).
"""

import argparse
import os
import platform
import re
import secrets
import shutil
import signal
import subprocess
import sys
import time
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

import requests

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from bench import report as reporting  # noqa: E402
from bench import servers, site, wrk  # noqa: E402

RESULTS = REPO / "bench" / "results.md"
ORIGINAL_ENV = {}
FRONT, APP = "front cache (nginx)", reporting.APP_LAYER
UNCACHED = reporting.UNCACHED_LAYER
COLD = "nothing cached (structure cache off too)"
ALONE = reporting.GUNICORN_ALONE
ROUNDS = 5
# The static copy of the same bytes each page is set against, by the page's name.
STATIC_COPY = {"RSS feed": "feed.rss"}
STATIC_HTML = "advisory.html"


def main():
    parser = argparse.ArgumentParser(description="Benchmark the site (issue 8).")
    parser.add_argument("--rebuild", action="store_true")
    parser.add_argument("--duration", type=int, default=wrk.DURATION)
    parser.add_argument("--rounds", type=int, default=ROUNDS)
    parser.add_argument("--only-site", action="store_true", help="skip bench/feeds.py etc.")
    args = parser.parse_args()
    database = site.database_url()
    redis = "redis://127.0.0.1:6379/3" if site.answers("127.0.0.1", 6379) else ""
    site.build(database, rebuild=args.rebuild)
    ORIGINAL_ENV.update(os.environ)
    environment = site.env(database, BENCH_CACHE=redis, BENCH_SECRET_KEY=secrets.token_hex(24))
    os.environ.update(environment)
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(143))  # stop the servers on the way out
    processes = []
    try:
        run(environment, processes, args, database, redis)
    finally:
        for process in processes:
            servers.stop(process)
    if not args.only_site:
        notes = _others()
        with RESULTS.open("a") as results:
            results.write("".join(f"- {note}\n" for note in notes))
        print("\n".join(notes))


def run(environment, processes, args, database, redis):
    work = site.WORK
    shutil.rmtree(work / "nginx", ignore_errors=True)
    (work / "static-html").mkdir(parents=True, exist_ok=True)
    log = work / "gunicorn.log"
    ports = {}
    for layer, extra in (
        (COLD, {"PAGE_CACHE": "off", "STRUCTURE_CACHE": "off"}),
        (UNCACHED, {"PAGE_CACHE": "off"}),
        (APP, {"PAGE_CACHE": "on"}),
    ):
        process, ports[layer] = servers.start_gunicorn({**environment, **extra}, log)
        processes.append(process)
    nginx = servers.Nginx(work / "nginx", ports[APP], work / "static-html")
    processes.append(nginx.process)
    os.environ["FRONTEND_CACHE_PURGE_URL"] = f"http://127.0.0.1:{nginx.purge_port}"

    import django

    django.setup()
    from bench import measure_site

    measure_site.clear_cache()
    pages = measure_site.pages()
    host = measure_site.site_host()
    load_before = os.getloadavg()
    bases = {layer: f"http://127.0.0.1:{port}" for layer, port in ports.items()}
    bases[FRONT] = f"http://127.0.0.1:{nginx.port}"
    static_note = _write_static_copies(pages, bases[UNCACHED], host, work / "static-html")
    ceiling = "bench.ceiling_app:application"
    alone, alone_port = servers.start_gunicorn(environment, log, app=ceiling)
    processes.append(alone)
    bases[ALONE] = f"http://127.0.0.1:{alone_port}"

    plan = _plan(pages, bases, nginx)
    measured = _measure(plan, host, args.duration, args.rounds)
    result = reporting.Report(machine={})
    for p, rounds in zip(plan, measured, strict=True):
        outcome = wrk.combine(rounds) if rounds else None
        note = "" if p.url else "no such URL"
        result.rows.append(reporting.Row(p.layer, p.page, outcome, p.static, note, rounds))
    load_after = os.getloadavg()
    result.pages = measure_site.page_costs(pages, host)
    sites = {layer: base for layer, base in bases.items() if layer != ALONE}
    result.visible = measure_site.publish_to_visible(pages["advisory"], host, sites)
    result.machine = _machine(database, redis, load_before, load_after, args)
    result.notes.append(static_note)
    if not args.only_site:
        result.notes.append("The feeds and publisher benchmarks follow:")
    text = reporting.markdown(result)
    RESULTS.write_text(text)
    print(text)


@dataclass
class Planned:
    layer: str
    page: str
    url: str | None
    static: str = ""  # the static row it is set against
    drain: bool = False  # wait for the server's backlog afterwards (an uncached layer)


def _plan(pages, bases, nginx):
    """Every row, in the order each round measures them (cached layers first)."""
    plan = []
    for name in sorted({STATIC_HTML, *STATIC_COPY.values()}):
        for mode, port in (
            (reporting.KEEPALIVE, nginx.keepalive_port),
            (reporting.CLOSE, nginx.close_port),
        ):
            url = f"http://127.0.0.1:{port}/{name}"
            plan.append(Planned(reporting.static_row(name, mode), name, url))
    html_close = reporting.static_row(STATIC_HTML, reporting.CLOSE)
    plan.append(Planned(ALONE, "advisory's bytes", bases[ALONE] + "/", html_close))
    for layer, mode in (
        (FRONT, reporting.KEEPALIVE),
        (APP, reporting.CLOSE),
        (UNCACHED, reporting.CLOSE),
        (COLD, reporting.CLOSE),
    ):
        for page, path in pages.items():
            url = bases[layer] + path if path else None
            static = reporting.static_row(STATIC_COPY.get(page, STATIC_HTML), mode)
            plan.append(Planned(layer, page, url, static, drain=layer in (UNCACHED, COLD)))
    return plan


def _measure(plan, host, duration, rounds):
    """Each planned row's results, one per round of ``duration / rounds`` seconds."""
    seconds = max(1, round(duration / rounds))
    runs = [[] for _ in plan]
    for number in range(1, rounds + 1):
        print(f"Round {number} of {rounds}: {len(plan)} rows, {seconds} s each", flush=True)
        for planned, results in zip(plan, runs, strict=True):
            if planned.url is None:
                continue
            _warm(planned.url, host)
            results.append(_wrk(planned.url, host, seconds))
            last = results[-1]
            print(
                f"    {planned.layer}, {planned.page}: {last.requests_per_second:,.0f} req/s,"
                f" p50 {last.p50_ms:.2f} ms, p99 {last.p99_ms:.2f} ms, {last.errors} errors",
                flush=True,
            )
            if planned.drain:
                _drain(planned.url, host)
    return runs


def _write_static_copies(pages, base, host, folder):
    """The bytes of the advisory and the feed, for nginx to serve as files; a note on
    how long browsers may keep the stylesheet the HTML links to."""
    copies = {STATIC_HTML: pages["advisory"], **{f: pages[p] for p, f in STATIC_COPY.items()}}
    html = b""
    for name, path in copies.items():
        if path is None:
            continue
        body = requests.get(base + path, headers={"Host": host}, timeout=30).content
        (folder / name).write_bytes(body)
        html = body if name == STATIC_HTML else html
    return _static_headers(html, base, host)


def _wrk(url, host, duration):
    print(f"  wrk {url}", flush=True)
    return wrk.measure(url, host=host, duration=duration)


def _static_headers(html, base, host):
    """How long browsers may keep a hashed stylesheet (WhiteNoise)."""
    found = re.search(rb'href="(/static/[^"]+\.[0-9a-f]{12}\.css)"', html)
    if not found:
        return "No hashed stylesheet found in the advisory's HTML."
    path = found.group(1).decode()
    response = requests.get(base + path, headers={"Host": host}, timeout=30)
    return f"`{path}`: Cache-Control `{response.headers.get('Cache-Control')}`."


def _drain(url, host):
    """Wait until the server has answered what wrk left queued."""
    time.sleep(1)
    requests.get(url, headers={"Host": host}, timeout=120)


def _warm(url, host):
    for _ in range(3):
        requests.get(url, headers={"Host": host}, timeout=30)


def _machine(database, redis, load_before, load_after, args):
    return {
        "date": datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC"),
        "machine": f"{os.cpu_count()} cores, {platform.machine()}, {platform.platform()}",
        "load average (1, 5, 15 min) before": " ".join(f"{v:.2f}" for v in load_before),
        "load average after": " ".join(f"{v:.2f}" for v in load_after),
        "database": database.split("://")[0] if "sqlite" in database else "PostgreSQL (local)",
        "cache": "Redis (local)" if redis else "files (FileBasedCache)",
        "gunicorn": (
            f"{servers.gunicorn_workers()} sync workers (one per core) per layer,"
            " deploy/gunicorn.conf.py"
        ),
        "nginx": "worker_processes auto, proxy_cache on disk",
        "wrk": (
            f"2 threads, {wrk.CONNECTIONS} connections, {args.duration} s per row"
            f" in {args.rounds} interleaved rounds"
        ),
        "site": f"demo content + {site.ADVISORIES:,} generated advisories",
    }


def _others():
    """bench/feeds.py (feeds) and bench/publisher.py (social publisher), when present.

    Each runs as its own process (its main()), after this benchmark's servers
    stopped, with the environment ``make bench`` was given; each writes its own
    results file.
    """
    notes = []
    for name in ("feeds", "publisher"):
        script = REPO / "bench" / f"{name}.py"
        if not script.exists():
            notes.append(f"bench/{name}.py is not present: not run.")
            continue
        started = time.monotonic()
        done = subprocess.run(
            [sys.executable, str(script)], cwd=REPO, env=ORIGINAL_ENV, check=False
        )
        seconds = time.monotonic() - started
        outcome = "ran" if done.returncode == 0 else f"failed (exit {done.returncode})"
        notes.append(f"bench/{name}.py {outcome} in {seconds:.0f} s; see its own results file.")
    return notes


if __name__ == "__main__":
    main()
