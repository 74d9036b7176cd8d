"""One demo login per role, with a random password (printed by `make run`)."""

from django.apps import apps as global_apps
from django.contrib.auth.models import Group

from .logins import ensure_user
from .roles import (
    ADMINISTRATORS,
    EDITORS,
    MODERATORS,
    ROLES,
    SOCIAL_MANAGERS,
    create_approval_workflow,
    create_roles,
    grant_model_permissions,
)

DEMO_USERS = [
    ("editor", "Editor", EDITORS),
    ("moderator", "Moderator", MODERATORS),
    ("social", "Social manager", SOCIAL_MANAGERS),
]


def load():
    ensure_roles()
    groups = {group.name: group for group in Group.objects.filter(name__in=ROLES)}
    for username, role, group in DEMO_USERS:
        ensure_user(username, role=role, groups=[groups[group]], email=f"{username}@example.org")
    ensure_user("admin", role="Administrator", superuser=True, groups=[groups[ADMINISTRATORS]])


def ensure_roles():
    """Recreate the role groups only when one is missing (e.g. after a flush)."""
    if Group.objects.filter(name__in=ROLES).count() == len(ROLES):
        return
    create_roles(global_apps)
    create_approval_workflow(global_apps)
    grant_model_permissions(global_apps)
