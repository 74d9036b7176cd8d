"""The processes the benchmark measures: gunicorn (cache off, cache on) and one nginx.

nginx is deploy/nginx.conf.template rendered with loopback ports, plus two
servers for the static rows: the advisory's HTML as a file, with keep-alive and
with ``keepalive_timeout 0``.
"""

import importlib.util
import socket
import subprocess
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
NGINX = "/usr/sbin/nginx"

STATIC_SERVERS = """
    server {{
        listen 127.0.0.1:{keepalive_port};
        root {root};
    }}
    server {{
        listen 127.0.0.1:{close_port};
        keepalive_timeout 0;
        root {root};
    }}
"""


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def wait_for(port, process, timeout=60):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"A server stopped at start (exit {process.returncode})")
        try:
            socket.create_connection(("127.0.0.1", port), timeout=1).close()
            return
        except OSError:
            time.sleep(0.1)
    raise RuntimeError(f"Nothing listens on port {port} after {timeout}s")


GUNICORN_CONFIG = REPO / "deploy" / "gunicorn.conf.py"


def gunicorn_workers():
    """How many sync workers deploy/gunicorn.conf.py starts (one per core)."""
    return _load(GUNICORN_CONFIG).workers


def start_gunicorn(environment, log_path, app="awareness_site.wsgi:application"):
    """gunicorn as deployed (deploy/gunicorn.conf.py), on a free port of 127.0.0.1."""
    port = free_port()
    command = [sys.executable, "-m", "gunicorn", "-c", str(GUNICORN_CONFIG), app]
    command += ["--bind", f"127.0.0.1:{port}", "--no-control-socket"]
    with open(log_path, "ab") as log:
        process = subprocess.Popen(
            command, cwd=REPO, env=environment, stdout=log, stderr=subprocess.STDOUT
        )
    wait_for(port, process)
    return process, port


def _load(path):
    spec = importlib.util.spec_from_file_location(path.stem.replace(".", "_"), path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _render_nginx(**values):
    return _load(REPO / "deploy" / "render_nginx.py").render(**values)


class Nginx:
    def __init__(self, folder, upstream_port, static_root):
        self.folder = folder
        self.port, self.purge_port = free_port(), free_port()
        self.keepalive_port, self.close_port = free_port(), free_port()
        for name in ("run", "log", "cache"):
            (folder / name).mkdir(parents=True, exist_ok=True, mode=0o755)
        extra = STATIC_SERVERS.format(
            keepalive_port=self.keepalive_port, close_port=self.close_port, root=static_root
        )
        config = _render_nginx(
            RUN_DIR=folder / "run",
            LOG_DIR=folder / "log",
            ACCESS_LOG="off",
            CACHE_DIR=folder / "cache",
            UPSTREAM=f"127.0.0.1:{upstream_port}",
            LISTEN=f"127.0.0.1:{self.port}",
            PURGE_LISTEN=f"127.0.0.1:{self.purge_port}",
            PUBLIC_SCHEME="http",
            EXTRA_SERVERS=extra,
        )
        (folder / "nginx.conf").write_text(config)
        command = [NGINX, "-c", str(folder / "nginx.conf"), "-p", str(folder), "-g", "daemon off;"]
        self.process = subprocess.Popen(command)
        for port in (self.port, self.purge_port, self.keepalive_port, self.close_port):
            wait_for(port, self.process)


def stop(process):
    if process is None or process.poll() is not None:
        return
    process.terminate()
    try:
        process.wait(timeout=20)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait()
