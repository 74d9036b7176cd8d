"""Signal handlers of the site package; each is thin and delegates at once."""

from .roles import grant_model_permissions


def grant_role_permissions(sender, apps=None, using="default", **kwargs):
    """After every migrate, role groups get the model permissions of new models too."""
    if apps is None:
        from django.apps import apps
    grant_model_permissions(apps, using=using)
