from django.apps import AppConfig


class AdvisoriesConfig(AppConfig):
    name = "advisories"
    verbose_name = "Advisories and guidelines"
    default_auto_field = "django.db.models.BigAutoField"
