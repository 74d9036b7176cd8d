"""Render deploy/nginx.conf.template: ``python deploy/render_nginx.py > nginx.conf``.

The defaults are a production server's (they give deploy/nginx.conf); the
tests and the benchmark pass loopback ports and temporary directories.
"""

import argparse
import re
from pathlib import Path

TEMPLATE = Path(__file__).with_name("nginx.conf.template")
PRODUCTION = {
    "WORKERS": "auto",
    "RUN_DIR": "/run/cyber-suraksha",
    "LOG_DIR": "/var/log/nginx",
    "ACCESS_LOG": "/var/log/nginx/cyber-suraksha.access.log",
    "CACHE_DIR": "/var/cache/nginx/cyber-suraksha",
    "UPSTREAM": "127.0.0.1:8000",
    "LISTEN": "80",
    "SERVER_NAME": "_",
    "PUBLIC_SCHEME": "https",
    "SESSION_COOKIE": "sessionid",
    "PURGE_LISTEN": "127.0.0.1:8081",
    "EXTRA_SERVERS": "",
}


def render(**values):
    """The template with every @NAME@ filled; a name left unfilled is an error."""
    values = {**PRODUCTION, **values}
    text = TEMPLATE.read_text()
    for name, value in values.items():
        text = text.replace(f"@{name}@", str(value))
    left = re.findall(r"@[A-Z_]+@", text)
    if left:
        raise ValueError(f"Unfilled values in the nginx template: {sorted(set(left))}")
    return text


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    for name, default in PRODUCTION.items():
        parser.add_argument("--" + name.lower().replace("_", "-"), default=default)
    args = parser.parse_args()
    print(render(**{name: getattr(args, name.lower()) for name in PRODUCTION}), end="")


if __name__ == "__main__":
    main()
