from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting


@register_setting(icon="help")
class HelpSettings(BaseSiteSetting):
    """The help numbers shown on every page, and the unit that runs the site."""

    unit_name = models.CharField(_("unit name"), max_length=150, default="Cyber Police")
    national_helpline = models.CharField(
        _("national cyber-crime helpline"), max_length=20, default="1930"
    )
    reporting_portal_url = models.URLField(
        _("national reporting portal"), default="https://cybercrime.gov.in"
    )
    local_whatsapp = models.CharField(
        _("local WhatsApp help number"),
        max_length=20,
        blank=True,
        help_text=_("In international form, e.g. +91 98300 12345."),
    )
    local_phone = models.CharField(_("local phone number"), max_length=20, blank=True)
    emergency_number = models.CharField(_("police emergency"), max_length=10, default="112")

    panels = [
        FieldPanel("unit_name"),
        MultiFieldPanel(
            [
                FieldPanel("national_helpline"),
                FieldPanel("reporting_portal_url"),
                FieldPanel("emergency_number"),
            ],
            heading=_("National help"),
        ),
        MultiFieldPanel(
            [FieldPanel("local_whatsapp"), FieldPanel("local_phone")],
            heading=_("Local help"),
        ),
    ]

    class Meta:
        verbose_name = _("help numbers")

    @property
    def whatsapp_link(self):
        digits = "".join(ch for ch in self.local_whatsapp if ch.isdigit())
        return f"https://wa.me/{digits}" if digits else ""

    @property
    def phone_link(self):
        digits = "".join(ch for ch in self.local_phone if ch.isdigit() or ch == "+")
        return f"tel:{digits}" if digits else ""
