"""Demo logins: random passwords, kept in var/demo-logins.json (never committed)."""

import json
import os
import secrets

from django.conf import settings
from django.contrib.auth import get_user_model

LOGINS_FILE = settings.BASE_DIR / "var" / "demo-logins.json"


def read_logins():
    if not LOGINS_FILE.exists():
        return {}
    return json.loads(LOGINS_FILE.read_text())


def _write_logins(logins):
    LOGINS_FILE.parent.mkdir(exist_ok=True)
    LOGINS_FILE.write_text(json.dumps(logins, indent=2))
    os.chmod(LOGINS_FILE, 0o600)


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
