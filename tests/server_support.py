"""Starting real servers (nginx, gunicorn) for tests: free ports, waiting for them, their files."""

import importlib.util
import socket
import time


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def wait_for_port(port, process, what, timeout=10, log=None):
    """Return once ``process`` listens on ``port``; say why not (with its log) otherwise."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"{what} stopped at start{_tail(log)}")
        try:
            socket.create_connection(("127.0.0.1", port), timeout=1).close()
            return
        except OSError:
            time.sleep(0.05)
    raise RuntimeError(f"{what} did not listen on {port} within {timeout} s{_tail(log)}")


def _tail(log):
    return f":\n{log.read_text()}" if log is not None and log.exists() else ""


def load_module(path):
    """A Python file that is not in a package (deploy/*.py), loaded as a module."""
    spec = importlib.util.spec_from_file_location(path.stem.replace(".", "_"), path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module
