from django import forms
from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, MultiFieldPanel


class TaxonomyFields(models.Model):
    """Who a page is for and what fraud it is about."""

    threat_categories = ParentalManyToManyField(
        "awareness_site.ThreatCategory", blank=True, verbose_name=_("threat categories")
    )
    audiences = ParentalManyToManyField(
        "awareness_site.Audience", blank=True, verbose_name=_("audiences")
    )

    taxonomy_panels = [
        MultiFieldPanel(
            [
                FieldPanel("threat_categories", widget=forms.CheckboxSelectMultiple),
                FieldPanel("audiences", widget=forms.CheckboxSelectMultiple),
            ],
            heading=_("Who and what it is about"),
        )
    ]

    class Meta:
        abstract = True


class ListingFields(models.Model):
    """The plain summary and image used by listings, feeds, posts and share cards."""

    summary = models.CharField(
        _("summary"),
        max_length=280,
        help_text=_("Plain text, at most 280 characters. Shown in lists, feeds and social posts."),
    )
    listing_image = models.ForeignKey(
        "awareness_site.CustomImage",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("image"),
        help_text=_("Shown at the top, in feeds and on social posts."),
    )

    listing_panels = [FieldPanel("summary"), FieldPanel("listing_image")]
    og_type = "article"  # Open Graph: advisories and guidelines are articles.

    class Meta:
        abstract = True
