from django.apps import AppConfig


class AwarenessSiteConfig(AppConfig):
    name = "awareness_site"
    verbose_name = "Site"
    default_auto_field = "django.db.models.BigAutoField"
