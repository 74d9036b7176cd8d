"""The site under test: its own database, prepared once, served by gunicorn on 127.0.0.1.

A real server process, as in production, rather than a thread inside pytest: the
browser loads pages, styles and images in parallel, and the server keeps its own
database connections. On PostgreSQL (``DATABASE_URL=postgres://…``) the site gets a
database of its own next to the test database; otherwise a SQLite file.
"""

import json
import os
import subprocess
import sys
import time
import urllib.error
import urllib.request
from dataclasses import dataclass, field
from pathlib import Path

import dj_database_url

from tests.server_support import free_port

REPO = Path(__file__).resolve().parents[2]
START_TIMEOUT = 60
# The shipped settings (deploy/gunicorn.conf.py), but one worker process, so the page
# cache it keeps in memory is the one that publishing clears, with threads for the browser.
GUNICORN_OPTIONS = [
    *("-c", str(REPO / "deploy" / "gunicorn.conf.py")),
    *("--workers", "1", "--threads", "4", "--worker-class", "gthread", "--timeout", "120"),
    *("--access-logfile", "-", "--no-control-socket"),
]


@dataclass
class SiteServer:
    folder: Path
    port: int = field(default_factory=free_port)
    process: subprocess.Popen | None = None
    database: "Database | None" = None

    @property
    def url(self):
        return f"http://127.0.0.1:{self.port}"

    @property
    def log_path(self):
        return self.folder / "server.log"

    def env(self):
        return {
            **os.environ,
            "DJANGO_SETTINGS_MODULE": "tests.browser.settings",
            "BROWSER_SITE_DIR": str(self.folder),
            "BROWSER_SITE_URL": self.url,
            "DATABASE_URL": self.database.url,
            "PYTHONUNBUFFERED": "1",
        }

    def start(self):
        (self.folder / "static").mkdir(exist_ok=True)
        self.database = Database.for_environment(self.folder)
        self.database.create()
        with self.log_path.open("ab") as log:
            self._prepare(log)
            self.process = subprocess.Popen(
                [sys.executable, "-m", "gunicorn", "awareness_site.wsgi:application"]
                + ["--bind", f"127.0.0.1:{self.port}", *GUNICORN_OPTIONS],
                cwd=REPO,
                env=self.env(),
                stdout=log,
                stderr=subprocess.STDOUT,
            )
        self._wait_until_up()

    def _prepare(self, log):
        result = subprocess.run(
            [sys.executable, "-m", "tests.browser.prepare"],
            cwd=REPO,
            env=self.env(),
            stdout=log,
            stderr=subprocess.STDOUT,
            check=False,
        )
        if result.returncode:
            raise RuntimeError(f"Preparing the site failed:\n{self.log_tail()}")

    def _wait_until_up(self):
        deadline = time.monotonic() + START_TIMEOUT
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(f"The server stopped at start:\n{self.log_tail()}")
            try:
                urllib.request.urlopen(self.url + "/", timeout=5).close()
            except urllib.error.HTTPError:
                return  # it answers; what it answers is for the tests to judge
            except OSError:
                time.sleep(0.25)
            else:
                return
        raise RuntimeError(f"The server did not answer in {START_TIMEOUT}s:\n{self.log_tail()}")

    def login(self, username):
        """The demo login's password, made at random when the demo content was loaded."""
        logins = json.loads((self.folder / "var" / "demo-logins.json").read_text())
        return logins[username]["password"]

    def log_tail(self, lines=60):
        if not self.log_path.exists():
            return ""
        return "\n".join(self.log_path.read_text(errors="replace").splitlines()[-lines:])

    def log_text(self):
        return self.log_path.read_text(errors="replace")

    def stop(self):
        if self.process and self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=15)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
        if self.database:
            self.database.drop()


@dataclass
class Database:
    url: str
    admin_url: str | None = None
    name: str | None = None

    @classmethod
    def for_environment(cls, folder):
        configured = os.environ.get("DATABASE_URL", "")
        if not configured.startswith(("postgres://", "postgresql://")):
            return cls(url=f"sqlite:///{folder / 'site.sqlite3'}")
        base = dj_database_url.parse(configured)["NAME"]
        name = f"test_{base}_browser_{os.getpid()}"
        prefix, _slash, _name = configured.rpartition("/")
        return cls(url=f"{prefix}/{name}", admin_url=f"{prefix}/postgres", name=name)

    def create(self):
        if self.name:
            self._execute(f'DROP DATABASE IF EXISTS "{self.name}"')
            self._execute(f'CREATE DATABASE "{self.name}"')

    def drop(self):
        if self.name:
            self._execute(f'DROP DATABASE IF EXISTS "{self.name}" WITH (FORCE)')

    def _execute(self, sql):
        import psycopg

        with psycopg.connect(self.admin_url, autocommit=True) as connection:
            connection.execute(sql)
