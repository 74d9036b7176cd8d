"""``make bench``: the site against the machine's limit, in three layers.

Builds the site (bench/site.py), serves it with gunicorn twice (app cache off,
app cache on) and puts nginx (deploy/nginx.conf.template) in front of the
cached one; nginx also serves the advisory's HTML as a static file, with and
without keep-alive: the physical limit of this machine. wrk measures each for
15 s at 16 connections. Then it counts queries and bytes per page, times a
publish until each layer shows it, and writes bench/results.md.

Never part of ``make test``. Options: ``--rebuild`` (build the site again),
``--duration N`` (seconds per measurement), ``--only-site`` (skip the other
benchmarks).
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
from datetime import UTC, datetime
from pathlib import Path

import requests

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from bench import report as reporting  # noqa: E402
from bench import servers, site, wrk  # noqa: E402

RESULTS = REPO / "bench" / "results.md"
ORIGINAL_ENV = {}
UNCACHED, APP, FRONT = "uncached (app cache off)", "app cache (gunicorn)", "front cache (nginx)"


def main():
    parser = argparse.ArgumentParser(description="Benchmark the site (issue 8).")
    parser.add_argument("--rebuild", action="store_true")
    parser.add_argument("--duration", type=int, default=wrk.DURATION)
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
    duration = args.duration
    work = site.WORK
    shutil.rmtree(work / "nginx", ignore_errors=True)
    (work / "static-html").mkdir(parents=True, exist_ok=True)
    log = work / "gunicorn.log"
    uncached, uncached_port = servers.start_gunicorn({**environment, "PAGE_CACHE": "off"}, log)
    processes.append(uncached)
    cached, cached_port = servers.start_gunicorn({**environment, "PAGE_CACHE": "on"}, log)
    processes.append(cached)
    nginx = servers.Nginx(work / "nginx", cached_port, work / "static-html")
    processes.append(nginx.process)
    os.environ["FRONTEND_CACHE_PURGE_URL"] = f"http://127.0.0.1:{nginx.purge_port}"

    import django

    django.setup()
    from bench import measure_site

    measure_site.clear_cache()
    pages = measure_site.pages()
    host = measure_site.site_host()
    load_before = os.getloadavg()
    bases = {
        UNCACHED: f"http://127.0.0.1:{uncached_port}",
        APP: f"http://127.0.0.1:{cached_port}",
        FRONT: f"http://127.0.0.1:{nginx.port}",
    }
    advisory_html = requests.get(
        bases[UNCACHED] + pages["advisory"], headers={"Host": host}, timeout=30
    ).content
    (work / "static-html" / "advisory.html").write_bytes(advisory_html)
    static_note = _static_headers(advisory_html, bases[UNCACHED], host)

    result = reporting.Report(machine={})
    print(f"Measuring {len(pages)} pages x 3 layers + 2 static rows, {duration}s each ...")
    for name, port in (
        (reporting.STATIC_KEEPALIVE, nginx.keepalive_port),
        (reporting.STATIC_CLOSE, nginx.close_port),
    ):
        url = f"http://127.0.0.1:{port}/advisory.html"
        result.rows.append(reporting.Row(name, "advisory", _wrk(url, host, duration)))
    # Cached layers first: an uncached run leaves gunicorn busy with its backlog.
    for layer, static in (
        (FRONT, reporting.STATIC_KEEPALIVE),
        (APP, reporting.STATIC_CLOSE),
        (UNCACHED, reporting.STATIC_CLOSE),
    ):
        for page, path in pages.items():
            if path is None:
                result.rows.append(reporting.Row(layer, page, None, note="no such URL"))
                continue
            _warm(bases[layer] + path, host)
            measured = _wrk(bases[layer] + path, host, duration)
            result.rows.append(reporting.Row(layer, page, measured, static))
            _drain(bases[layer], host)
    load_after = os.getloadavg()
    result.pages = measure_site.page_costs(pages, host)
    result.visible = measure_site.publish_to_visible(pages["advisory"], host, bases)
    result.machine = _machine(database, redis, load_before, load_after, duration)
    result.notes.append(static_note)
    advisory_queries = next(q for p, _path, q, _size in result.pages if p == "advisory")
    if not args.only_site:
        result.notes.append("The feeds and publisher benchmarks follow:")
    text = reporting.markdown(result, advisory_queries)
    RESULTS.write_text(text)
    print(text)


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


def _drain(base, host):
    """Wait until the server has answered what wrk left queued."""
    time.sleep(1)
    requests.get(base + "/", headers={"Host": host}, timeout=120)


def _warm(url, host):
    for _ in range(3):
        requests.get(url, headers={"Host": host}, timeout=30)


def _machine(database, redis, load_before, load_after, duration):
    return {
        "date": datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC"),
        "machine": f"{os.cpu_count()} cores, {platform.machine()}, {platform.platform()}",
        "load average (1, 5, 15 min) before": " ".join(f"{v:.2f}" for v in load_before),
        "load average after": " ".join(f"{v:.2f}" for v in load_after),
        "database": database.split("://")[0] if "sqlite" in database else "PostgreSQL (local)",
        "cache": "Redis (local)" if redis else "files (FileBasedCache)",
        "gunicorn": f"{servers.gunicorn_workers()} sync workers",
        "nginx": "worker_processes auto, proxy_cache on disk",
        "wrk": f"2 threads, {wrk.CONNECTIONS} connections, {duration} s per row",
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
