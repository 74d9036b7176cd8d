"""The benchmark's table, for the terminal and bench/results.md, and the targets it is held to."""

from dataclasses import dataclass, field

STATIC_KEEPALIVE = "static file, keep-alive"
STATIC_CLOSE = "static file, keepalive_timeout 0"


@dataclass
class Row:
    layer: str
    page: str
    result: object  # wrk.Result, or None when skipped
    static: str = ""  # the static row it is compared with
    note: str = ""


@dataclass
class Report:
    machine: dict
    rows: list = field(default_factory=list)
    pages: list = field(default_factory=list)  # (page, path, queries, html bytes)
    visible: list = field(default_factory=list)  # (layer, seconds)
    notes: list = field(default_factory=list)

    def static_rps(self, name):
        for row in self.rows:
            if row.layer == name and row.result:
                return row.result.requests_per_second
        return 0.0

    def ratio(self, row):
        limit = self.static_rps(row.static) if row.static else 0.0
        if not row.result or not limit:
            return None
        return row.result.requests_per_second / limit

    def find(self, layer, page):
        return next((r for r in self.rows if r.layer == layer and r.page == page), None)


def _ratio_text(ratio):
    return "" if ratio is None else f"{ratio:.0%}"


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
        against = f"{_ratio_text(report.ratio(row))} of {row.static}" if row.static else "limit"
        lines.append(
            f"| {row.layer} | {row.page} | {r.requests_per_second:,.0f} | {r.p50_ms:.2f} "
            f"| {r.p99_ms:.2f} | {r.errors} | {against} |"
        )
    return lines


def page_table(report):
    lines = ["| page | path | queries (uncached) | HTML bytes |", "| --- | --- | ---: | ---: |"]
    for page, path, queries, size in report.pages:
        lines.append(f"| {page} | `{path}` | {queries} | {size:,} |")
    return lines


def targets(report, advisory_queries):
    """Each target of issue 8, met or missed, in words."""
    checks = []
    uncached = report.find("uncached (app cache off)", "advisory")
    if uncached and uncached.result:
        p99 = uncached.result.p99_ms
        checks.append((f"uncached advisory p99 {p99:.1f} ms < 100 ms", p99 < 100))
    checks.append((f"uncached advisory {advisory_queries} queries <= 10", advisory_queries <= 10))
    for row in report.rows:
        ratio = report.ratio(row)
        if row.layer.startswith("app cache") and ratio is not None:
            checks.append((f"app cache, {row.page}: {ratio:.0%} of static >= 25%", ratio >= 0.25))
        if row.layer.startswith("front cache") and ratio is not None:
            checks.append((f"front cache, {row.page}: {ratio:.0%} of static >= 80%", ratio >= 0.8))
    errors = sum(r.result.errors for r in report.rows if r.result)
    checks.append((f"errors: {errors}", errors == 0))
    return [f"- {'met' if ok else 'MISSED'}: {text}" for text, ok in checks]


def markdown(report, advisory_queries):
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
        "nginx keeps them open for its own cache (keep-alive row).",
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
        *targets(report, advisory_queries),
    ]
    if report.notes:
        lines += ["", "## Notes", "", *[f"- {note}" for note in report.notes]]
    return "\n".join(lines) + "\n"
