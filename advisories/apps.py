from django.apps import AppConfig


class AdvisoriesConfig(AppConfig):
    name = "advisories"
    verbose_name = "Advisories and guidelines"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from .feeds.signal_handlers import register_signal_handlers

        register_signal_handlers()
