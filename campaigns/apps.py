from django.apps import AppConfig


class CampaignsConfig(AppConfig):
    name = "campaigns"
    verbose_name = "Campaigns, cyber cells and impact"
    default_auto_field = "django.db.models.BigAutoField"
