"""Shared, translatable taxonomy: threat categories, audiences, districts."""

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.models import TranslatableMixin
from wagtail.search import index

from ..contrast import AA_NORMAL_TEXT, contrast_ratio


class TaxonomyQuerySet(models.QuerySet):
    def in_locale(self, locale):
        return self.filter(locale=locale)


class TaxonomyTerm(TranslatableMixin, index.Indexed, models.Model):
    name = models.CharField(_("name"), max_length=100)
    slug = models.SlugField(
        _("slug"), max_length=100, help_text=_("Used in web addresses and feed names.")
    )
    description = models.CharField(_("short description"), max_length=255, blank=True)

    objects = TaxonomyQuerySet.as_manager()

    panels = [FieldPanel("name"), FieldPanel("slug"), FieldPanel("description")]
    search_fields = [index.SearchField("name"), index.AutocompleteField("name")]

    class Meta(TranslatableMixin.Meta):
        abstract = True
        ordering = ["name"]

    def __str__(self):
        return self.name


class ThreatCategory(TaxonomyTerm):
    """A kind of fraud, e.g. KYC-update scam or fake loan app."""

    colour = models.CharField(
        _("colour"),
        max_length=7,
        default="#1d4ed8",
        help_text=_("A dark colour (hex) that white text can sit on."),
    )
    panels = [*TaxonomyTerm.panels, FieldPanel("colour")]

    class Meta(TaxonomyTerm.Meta):
        verbose_name = _("threat category")
        verbose_name_plural = _("threat categories")
        unique_together = [("translation_key", "locale"), ("slug", "locale")]

    def clean(self):
        super().clean()
        try:
            ratio = contrast_ratio("#ffffff", self.colour)
        except ValueError:
            raise ValidationError({"colour": _("Write the colour as #rrggbb.")}) from None
        if ratio < AA_NORMAL_TEXT:
            message = _(
                "White text on this colour has a contrast of %(ratio).1f:1; "
                "choose a darker colour (at least 4.5:1)."
            )
            raise ValidationError({"colour": message % {"ratio": ratio}})


class Audience(TaxonomyTerm):
    """A group of people the unit speaks to, e.g. senior citizens."""

    class Meta(TaxonomyTerm.Meta):
        verbose_name = _("audience")
        verbose_name_plural = _("audiences")
        unique_together = [("translation_key", "locale"), ("slug", "locale")]


class District(TaxonomyTerm):
    """A police district or region an advisory, campaign or cell belongs to."""

    state = models.CharField(_("state or union territory"), max_length=100, blank=True)
    panels = [*TaxonomyTerm.panels, FieldPanel("state")]

    class Meta(TaxonomyTerm.Meta):
        verbose_name = _("district")
        verbose_name_plural = _("districts")
        unique_together = [("translation_key", "locale"), ("slug", "locale")]
