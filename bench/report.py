"""The benchmark's table, for the terminal and bench/results.md, and the targets it is held to."""

import statistics
from dataclasses import dataclass, field

KEEPALIVE, CLOSE = "keep-alive", "keepalive_timeout 0"
HTML_FILE = "advisory.html"
UNCACHED_LAYER = "uncached (page caches off)"
APP_LAYER = "app cache (gunicorn)"
GUNICORN_ALONE = "gunicorn alone (bench/ceiling_app.py)"


def static_row(name, mode):
    """The layer name of a static file's row: ``static advisory.html, keep-alive``."""
    return f"static {name}, {mode}"


@dataclass
class Row:
    layer: str
    page: str
    result: object  # wrk.Result, or None when skipped
    static: str = ""  # the static row it is compared with
    note: str = ""
    rounds: list = field(default_factory=list)  # wrk.Result of each round, when measured so


@dataclass
class Report:
    machine: dict
    rows: list = field(default_factory=list)
    pages: list = field(default_factory=list)  # (page, path, queries x 2, bytes)
    visible: list = field(default_factory=list)  # (layer, seconds)
    notes: list = field(default_factory=list)

    def static_rps(self, name):
        row = self.static_for(name)
        return row.result.requests_per_second if row else 0.0

    def static_for(self, name):
        return next((r for r in self.rows if r.layer == name and r.result), None)

    def ratio(self, row, static=None):
        """Requests/s against the static row; measured in rounds, the median of each
        round's ratio (the two rows measured within the same minute)."""
        limit_row = self.static_for(static or row.static) if (static or row.static) else None
        if not row.result or limit_row is None or not limit_row.result.requests_per_second:
            return None
        pairs = list(zip(row.rounds, limit_row.rounds, strict=False))
        if pairs and len(pairs) == len(row.rounds):
            return statistics.median(
                mine.requests_per_second / limit.requests_per_second
                for mine, limit in pairs
                if limit.requests_per_second
            )
        return row.result.requests_per_second / limit_row.result.requests_per_second

    def find(self, layer, page):
        return next((r for r in self.rows if r.layer == layer and r.page == page), None)

    def ratio_to_html(self, row):
        """The row against the advisory HTML's static row, when its own copy is another file."""
        mode = row.static.rsplit(", ", 1)[-1] if row.static else ""
        html_row = static_row(HTML_FILE, mode)
        if not row.static or row.static == html_row:
            return None
        return self.ratio(row, static=html_row)


def _ratio_text(ratio):
    return "" if ratio is None else f"{ratio:.0%}"


def _against(report, row):
    if not row.static:
        return "limit"
    text = f"{_ratio_text(report.ratio(row))} of {row.static}"
    html = report.ratio_to_html(row)
    return text if html is None else f"{text} ({_ratio_text(html)} of the advisory HTML's)"


def table(report):
    lines = [
        "| layer | page | req/s | p50 ms | p99 ms | errors | vs static (matching row) |",
        "| --- | --- | ---: | ---: | ---: | ---: | --- |",
    ]
    for row in report.rows:
        if row.result is None:
            lines.append(f"| {row.layer} | {row.page} | skipped | | | | {row.note} |")
            continue
        r = row.result
        against = _against(report, row)
        lines.append(
            f"| {row.layer} | {row.page} | {r.requests_per_second:,.0f} | {r.p50_ms:.2f} "
            f"| {r.p99_ms:.2f} | {r.errors} | {against} |"
        )
    return lines


def against_gunicorn_alone(report):
    """The app cache against the most gunicorn serves at all on this machine."""
    alone = report.static_for(GUNICORN_ALONE)
    if alone is None:
        return []
    ratios = [
        f"{row.page} {_ratio_text(report.ratio(row, static=GUNICORN_ALONE))}"
        for row in report.rows
        if row.layer == APP_LAYER and row.result
    ]
    return [
        "gunicorn alone, a WSGI application that only returns the advisory's bytes, is",
        f"{_ratio_text(report.ratio(alone))} of the static file without keep-alive: the most"
        " any answer through gunicorn can reach here.",
        f"The app cache serves {', '.join(ratios)} of what gunicorn alone serves.",
    ]


def page_table(report):
    lines = [
        "| page | path | queries, first request after a change | queries, then | bytes |",
        "| --- | --- | ---: | ---: | ---: |",
    ]
    for page, path, after_change, then, size in report.pages:
        lines.append(f"| {page} | `{path}` | {after_change} | {then} | {size:,} |")
    return lines


def targets(report):
    """Each target of issue 8, met or missed, in words."""
    checks = []
    uncached = report.find(UNCACHED_LAYER, "advisory")
    if uncached and uncached.result:
        p99 = uncached.result.p99_ms
        checks.append((f"uncached advisory p99 {p99:.1f} ms < 100 ms", p99 < 100))
    for page, _path, after_change, then, _size in report.pages:
        if page == "advisory":
            text = f"uncached advisory {after_change} queries after a change ({then} then) <= 10"
            checks.append((text, after_change <= 10))
    for row in report.rows:
        ratio = report.ratio(row)
        if row.layer.startswith("app cache") and ratio is not None:
            checks.append((f"app cache, {row.page}: {ratio:.0%} of static >= 25%", ratio >= 0.25))
        if row.layer.startswith("front cache") and ratio is not None:
            checks.append((f"front cache, {row.page}: {ratio:.0%} of static >= 80%", ratio >= 0.8))
    errors = sum(r.result.errors for r in report.rows if r.result)
    checks.append((f"errors: {errors}", errors == 0))
    return [f"- {'met' if ok else 'MISSED'}: {text}" for text, ok in checks]


def markdown(report):
    machine = report.machine
    lines = [
        "# Benchmark results",
        "",
        'Written by `make bench` (bench/run.py); see README, "Speed under a surge".',
        "",
        *[f"- {key}: {value}" for key, value in machine.items()],
        "",
        "## Requests",
        "",
        *table(report),
        "",
        "Each layer is set against the static row that treats connections the way it",
        "does: gunicorn's sync workers close every connection (keepalive_timeout 0 row);",
        "nginx keeps them open for its own cache (keep-alive row). Each page is set against",
        "a static file of its own size: the advisory's HTML for the HTML pages (10-14 KB),",
        "the feed's own body for the RSS feed (about 40 KB: wrk reads four times the bytes).",
        "The uncached layer builds every page; the site's structure (the page of a URL,",
        "menu, language links, links between advisories, help numbers) comes from the",
        "structure cache, as it does between two publishes. The last layer has that off",
        "too: every request as if an editor had just published.",
        "Each row was measured in rounds, every row once per round; req/s is the mean of",
        "the rounds, p50 their median, p99 that of all their requests, each ratio the median",
        "of the rounds' ratios (a shared machine's speed drifts within minutes).",
        "",
        *against_gunicorn_alone(report),
        "",
        "## Pages",
        "",
        *page_table(report),
        "",
        "## From publish to visible",
        "",
        "| layer | seconds after publish() started |",
        "| --- | ---: |",
        *[f"| {layer} | {seconds:.3f} |" for layer, seconds in report.visible],
        "",
        "## Targets (issue 8)",
        "",
        *targets(report),
    ]
    if report.notes:
        lines += ["", "## Notes", "", *[f"- {note}" for note in report.notes]]
    return "\n".join(lines) + "\n"
