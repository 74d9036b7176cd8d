from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone
from django.utils.text import slugify
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.models import Orderable

from .querysets import OutreachSessionQuerySet


class ReachUnit(models.TextChoices):
    PEOPLE = "people", _("people")
    HOUSEHOLDS = "households", _("households")


class OutreachSession(Orderable):
    """One visit of a campaign: a school assembly, a hospital talk, a door-to-door round."""

    page = ParentalKey("campaigns.CampaignPage", on_delete=models.CASCADE, related_name="sessions")
    starts_at = models.DateTimeField(_("starts"))
    ends_at = models.DateTimeField(_("ends"))
    venue = models.CharField(_("venue"), max_length=200)
    address = models.CharField(_("address"), max_length=300, blank=True)
    district = models.ForeignKey(
        "awareness_site.District",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("district"),
        help_text=_("Leave empty to use the campaign's districts."),
    )
    audience = models.ForeignKey(
        "awareness_site.Audience",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("audience"),
        help_text=_("Leave empty to use the campaign's audiences."),
    )
    led_by = models.CharField(_("led by"), max_length=200, blank=True)
    open_to_public = models.BooleanField(_("the public may attend"), default=False)
    planned_reach = models.PositiveIntegerField(_("planned reach"), null=True, blank=True)
    reach_unit = models.CharField(
        _("reach counted in"), max_length=12, choices=ReachUnit.choices, default=ReachUnit.PEOPLE
    )
    actual_reach = models.PositiveIntegerField(
        _("actual reach"),
        null=True,
        blank=True,
        help_text=_("Fill in after the session; it counts towards the impact figures."),
    )
    report = models.TextField(_("short report"), max_length=1000, blank=True)

    objects = OutreachSessionQuerySet.as_manager()

    panels = [
        FieldRowPanel([FieldPanel("starts_at"), FieldPanel("ends_at")]),
        FieldPanel("venue"),
        FieldPanel("address"),
        FieldRowPanel([FieldPanel("district"), FieldPanel("audience")]),
        FieldPanel("led_by"),
        FieldPanel("open_to_public"),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("planned_reach"), FieldPanel("reach_unit")]),
                FieldPanel("actual_reach"),
                FieldPanel("report"),
            ],
            heading=_("Reach and report"),
        ),
    ]

    class Meta(Orderable.Meta):
        verbose_name = _("outreach session")
        verbose_name_plural = _("outreach sessions")
        indexes = [models.Index(fields=["starts_at"])]

    def __str__(self):
        return f"{self.venue}, {timezone.localtime(self.starts_at):%d %b %Y %H:%M}"

    def clean(self):
        super().clean()
        if self.starts_at and self.ends_at and self.ends_at <= self.starts_at:
            raise ValidationError({"ends_at": _("The session must end after it starts.")})

    @property
    def uid(self):
        """Stable across edits and republishing: calendars update the event, not add one."""
        return f"outreach-session-{self.pk}@{slugify(settings.WAGTAIL_SITE_NAME)}"

    def is_over(self, now=None):
        return self.ends_at < (now or timezone.now())
