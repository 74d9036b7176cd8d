from django.contrib.contenttypes.fields import GenericRelation
from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.models import DraftStateMixin, RevisionMixin

# Figures that may be left empty to be counted from the unit's outreach sessions.
FROM_SESSIONS = ("sessions_held", "people_reached", "households_reached")


def _count(label, help_text=""):
    return models.PositiveIntegerField(label, null=True, blank=True, help_text=help_text)


class ImpactFiguresQuerySet(models.QuerySet):
    def public(self):
        return self.filter(live=True)

    def listing(self):
        return self.public().select_related("unit").order_by("unit__name", "period_start", "pk")

    def financial_years(self):
        """The financial years (April to March) the periods end in, as starting years."""
        ends = self.public().values_list("period_end", flat=True)
        return sorted({end.year if end.month >= 4 else end.year - 1 for end in ends})

    def in_financial_year(self, year):
        return self.filter(period_end__gte=f"{year}-04-01", period_end__lte=f"{year + 1}-03-31")


class ImpactFigures(DraftStateMixin, RevisionMixin, models.Model):
    """What a unit's work achieved over a period, as reported by the unit."""

    unit = models.ForeignKey(
        "campaigns.Unit", on_delete=models.PROTECT, related_name="figures", verbose_name=_("unit")
    )
    period_start = models.DateField(_("from"))
    period_end = models.DateField(_("to"))
    amount_on_hold = models.PositiveBigIntegerField(
        _("amount put on hold or lien marked (₹)"), default=0
    )
    amount_refunded = models.PositiveBigIntegerField(_("amount refunded to victims (₹)"), default=0)
    numbers_blocked = models.PositiveIntegerField(_("fraud calling numbers blocked"), default=0)
    handsets_blocked = models.PositiveIntegerField(_("handsets blocked"), default=0)
    sessions_held = _count(
        _("awareness sessions held"),
        _("Leave empty to count the sessions of this unit's campaigns in the period."),
    )
    people_reached = _count(
        _("people reached"), _("Leave empty to add up the sessions' actual reach.")
    )
    households_reached = _count(
        _("households reached"), _("Leave empty to add up the sessions' actual reach.")
    )
    source = models.CharField(
        _("source"), max_length=250, blank=True, help_text=_("e.g. Press note of 12 June 2024")
    )
    _revisions = GenericRelation("wagtailcore.Revision", related_query_name="impact_figures")

    objects = ImpactFiguresQuerySet.as_manager()

    panels = [
        FieldPanel("unit"),
        FieldRowPanel([FieldPanel("period_start"), FieldPanel("period_end")]),
        MultiFieldPanel(
            [
                FieldPanel("amount_on_hold"),
                FieldPanel("amount_refunded"),
                FieldRowPanel([FieldPanel("numbers_blocked"), FieldPanel("handsets_blocked")]),
            ],
            heading=_("Money and numbers"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("sessions_held"),
                FieldRowPanel([FieldPanel("people_reached"), FieldPanel("households_reached")]),
            ],
            heading=_("Awareness"),
        ),
        FieldPanel("source"),
    ]

    class Meta:
        verbose_name = _("impact figures")
        verbose_name_plural = _("impact figures")
        ordering = ["unit__name", "-period_end"]
        constraints = [
            models.UniqueConstraint(
                fields=["unit", "period_start", "period_end"], name="one_figure_set_per_period"
            )
        ]

    def __str__(self):
        return f"{self.unit}, {self.period_start:%b %Y} – {self.period_end:%b %Y}"

    @property
    def revisions(self):
        return self._revisions

    def clean(self):
        super().clean()
        if self.period_start and self.period_end and self.period_end < self.period_start:
            raise ValidationError({"period_end": _("The period cannot end before it starts.")})
