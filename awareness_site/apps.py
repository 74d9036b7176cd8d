from django.apps import AppConfig
from django.db.models.signals import post_migrate


class AwarenessSiteConfig(AppConfig):
    name = "awareness_site"
    verbose_name = "Site"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from . import signal_handlers
        from .twofactor import hooks  # noqa: F401 - registers the admin URLs

        post_migrate.connect(
            signal_handlers.grant_role_permissions,
            sender=self,
            dispatch_uid="awareness_site_grant_role_permissions",
        )
        from .cache_signals import register_signal_handlers as register_cache_handlers

        register_cache_handlers()
        from .stale_saves import register_signal_handlers as register_stale_save_guard

        register_stale_save_guard()
