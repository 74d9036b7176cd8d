"""Demo logins: random passwords, kept in var/demo-logins.json (never committed)."""

import json
import os
import secrets
from pathlib import Path

from django.conf import settings
from django.contrib.auth import get_user_model


def logins_file():
    """Read at call time, so that tests can keep the file out of the tree (BASE_DIR)."""
    return Path(settings.BASE_DIR) / "var" / "demo-logins.json"


def read_logins():
    path = logins_file()
    if not path.exists():
        return {}
    return json.loads(path.read_text())


def _write_logins(logins):
    path = logins_file()
    path.parent.mkdir(exist_ok=True)
    path.write_text(json.dumps(logins, indent=2))
    os.chmod(path, 0o600)


def ensure_user(username, *, role, groups=(), superuser=False, email=""):
    """Create the user with a random password once; later runs change nothing."""
    user_model = get_user_model()
    logins = read_logins()
    user = user_model.objects.filter(username=username).first()
    if user is None:
        password = secrets.token_urlsafe(12)
        user = user_model.objects.create_user(
            username=username,
            password=password,
            email=email,
            is_staff=True,
            is_superuser=superuser,
        )
        logins[username] = {"password": password, "role": role}
        _write_logins(logins)
    for group in groups:
        user.groups.add(group)
    return user
