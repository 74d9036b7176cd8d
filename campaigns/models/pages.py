from django import forms
from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from wagtail.admin.panels import (
    FieldPanel,
    FieldRowPanel,
    InlinePanel,
    MultiFieldPanel,
    PageChooserPanel,
)
from wagtail.fields import StreamField
from wagtail.models import Orderable, Page
from wagtail.search import index

from advisories.models.mixins import ListingFields
from awareness_site.blocks import StepsBlock, common_blocks
from awareness_site.routing import KnownViewRestrictionsMixin
from awareness_site.validation import LinkSafetyMixin
from social.panels import social_panel
from social.shareable import Routing, Shareable

from .querysets import CampaignManager


class CampaignStatus(models.TextChoices):
    UPCOMING = "upcoming", _("Upcoming")
    RUNNING = "running", _("Running now")
    ENDED = "ended", _("Ended")


class CampaignPage(KnownViewRestrictionsMixin, LinkSafetyMixin, Shareable, ListingFields, Page):
    """An awareness campaign for one or more audiences, with its outreach sessions."""

    audiences = ParentalManyToManyField(
        "awareness_site.Audience", blank=True, verbose_name=_("audiences")
    )
    districts = ParentalManyToManyField(
        "awareness_site.District", blank=True, verbose_name=_("districts")
    )
    unit = models.ForeignKey(
        "campaigns.Unit",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="campaigns",
        verbose_name=_("run by"),
        help_text=_("The unit whose impact figures count this campaign's sessions."),
    )
    start_date = models.DateField(_("first day"))
    end_date = models.DateField(_("last day"))
    body = StreamField(
        [*common_blocks(), ("steps", StepsBlock())], blank=True, verbose_name=_("body")
    )

    objects = CampaignManager()

    content_panels = [
        *Page.content_panels,
        *ListingFields.listing_panels,
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("start_date"), FieldPanel("end_date")]),
                FieldPanel("unit"),
                FieldPanel("audiences", widget=forms.CheckboxSelectMultiple),
                FieldPanel("districts", widget=forms.CheckboxSelectMultiple),
            ],
            heading=_("When, who and where"),
        ),
        FieldPanel("body"),
        InlinePanel("sessions", heading=_("Outreach sessions"), label=_("Session")),
        InlinePanel("materials", heading=_("Posters and leaflets"), label=_("Material")),
        InlinePanel("related_pages", heading=_("Related advice"), label=_("Related page")),
    ]
    promote_panels = [*Page.promote_panels, social_panel()]
    search_fields = [
        *Page.search_fields,
        index.SearchField("summary"),
        index.SearchField("body"),
        index.AutocompleteField("title"),
        index.FilterField("locale_id"),
    ]
    parent_page_types = ["campaigns.CampaignIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("campaign")
        verbose_name_plural = _("campaigns")

    def clean(self):
        super().clean()
        if self.start_date and self.end_date and self.end_date < self.start_date:
            raise ValidationError({"end_date": _("The last day cannot be before the first.")})

    def status(self, today=None):
        """Upcoming, running or ended on ``today`` in the site's time zone (TIME_ZONE)."""
        today = today or timezone.localdate()
        if today < self.start_date:
            return CampaignStatus.UPCOMING
        if today > self.end_date:
            return CampaignStatus.ENDED
        return CampaignStatus.RUNNING

    @property
    def current_status(self):
        return self.status()

    def get_share_summary(self):
        return self.summary

    def get_share_image(self):
        return self.listing_image

    def get_share_tags(self):
        return [audience.name for audience in self.audiences.all()]

    def get_share_routing(self):
        return Routing(
            audiences=frozenset(a.slug for a in self.audiences.all()),
            districts=frozenset(d.slug for d in self.districts.all()),
        )

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        now = timezone.now()
        sessions = sorted(
            self.sessions.select_related("district", "audience"),
            key=lambda s: (s.starts_at, s.pk or 0),  # unsaved sessions in a preview have no pk
        )
        context["upcoming_sessions"] = [s for s in sessions if not s.is_over(now)]
        context["past_sessions"] = [s for s in reversed(sessions) if s.is_over(now)]
        context["materials"] = self.materials.select_related("image", "document")
        context["related"] = self.readable_related_pages()
        return context

    def readable_related_pages(self):
        """Related advisories and guidelines, in the editor's order; drafts and private
        pages left out."""
        ids = [link.related_id for link in self.related_pages.all()]
        readable = Page.objects.filter(pk__in=ids).live().public().specific()
        pages = {page.pk: page for page in readable}
        return [pages[pk] for pk in ids if pk in pages]


class CampaignMaterial(Orderable):
    """A poster (image) or leaflet (document) to print and hand out."""

    page = ParentalKey(CampaignPage, on_delete=models.CASCADE, related_name="materials")
    image = models.ForeignKey(
        "awareness_site.CustomImage",
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="+",
        verbose_name=_("poster or picture"),
    )
    document = models.ForeignKey(
        "wagtaildocs.Document",
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="+",
        verbose_name=_("leaflet or document"),
    )
    caption = models.CharField(_("caption"), max_length=200, blank=True)

    panels = [FieldPanel("image"), FieldPanel("document"), FieldPanel("caption")]

    def clean(self):
        super().clean()
        if bool(self.image_id) == bool(self.document_id):
            raise ValidationError(_("Choose either a picture or a document."))

    @property
    def title(self):
        return self.caption or (self.image or self.document).title


RELATED_PAGE_TYPES = ["advisories.AdvisoryPage", "advisories.GuidelinePage"]


class CampaignRelatedPage(Orderable):
    """An advisory or guideline the campaign hands out or builds on."""

    page = ParentalKey(CampaignPage, on_delete=models.CASCADE, related_name="related_pages")
    related = models.ForeignKey(
        "wagtailcore.Page", on_delete=models.CASCADE, related_name="+", verbose_name=_("page")
    )

    panels = [PageChooserPanel("related", RELATED_PAGE_TYPES)]

    def clean(self):
        super().clean()
        allowed = {name.split(".")[1].lower() for name in RELATED_PAGE_TYPES}
        if self.related_id and self.related.content_type.model not in allowed:
            raise ValidationError({"related": _("Choose an advisory or a guideline.")})
