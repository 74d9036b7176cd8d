"""Thin signal handlers of the site package, connected in AwarenessSiteConfig.ready()."""

from django.apps import apps as global_apps
from django.contrib.auth.management import create_permissions

from .roles import grant_model_permissions


def grant_role_permissions(sender, using="default", apps=global_apps, **kwargs):
    """After migrate: give the role groups their model permissions (adds, never removes).

    Django creates each app's permissions in that app's own post_migrate step;
    this runs at the site package's step, before most apps, so it makes them
    for every app first (create_permissions is idempotent).
    """
    for app_config in global_apps.get_app_configs():
        create_permissions(app_config, verbosity=0, using=using, apps=apps)
    grant_model_permissions(apps, using=using)
