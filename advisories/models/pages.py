import uuid

from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Count, F, OuterRef, Q, Subquery
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel, PageChooserPanel
from wagtail.fields import StreamField
from wagtail.models import Orderable, Page, Site
from wagtail.search import index

from awareness_site import structure
from awareness_site.routing import KnownViewRestrictionsMixin
from awareness_site.structure import PageLink
from awareness_site.validation import LinkSafetyMixin
from social.panels import social_panel
from social.shareable import Routing, Shareable

from ..blocks import advisory_body_blocks, guideline_body_blocks
from ..choices import SEVERITY_COLOURS, ContactMethod, Impersonation, Severity
from ..fields import MultipleChoiceField
from .mixins import ListingFields, TaxonomyFields
from .querysets import AdvisoryManager, GuidelineManager

RELATED_SHOWN = 3  # the latest of the same kind, when the editor chose none
RELATED_CHOSEN_MAX = 20  # the editor's choice shown, at most


class AdvisoryPage(
    KnownViewRestrictionsMixin, LinkSafetyMixin, Shareable, TaxonomyFields, ListingFields, Page
):
    """A fraud advisory: what the scam is, who it targets and what to do."""

    severity = models.PositiveSmallIntegerField(
        _("severity"), choices=Severity.choices, default=Severity.CAUTION
    )
    contact_methods = MultipleChoiceField(
        _("how the fraud reaches people"), choices_enum=ContactMethod
    )
    impersonates = MultipleChoiceField(
        _("who the fraudsters pretend to be"), choices_enum=Impersonation
    )
    district = models.ForeignKey(
        "awareness_site.District",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("district"),
        help_text=_("Leave empty when the advisory concerns everyone."),
    )
    body = StreamField(advisory_body_blocks(), blank=True, verbose_name=_("body"))
    updated_at = models.DateTimeField(
        _("advice last updated"),
        null=True,
        blank=True,
        help_text=_("Set when the advice itself changed, not for a typo fix."),
    )
    superseded_by = models.ForeignKey(
        "advisories.AdvisoryPage",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="supersedes",
        verbose_name=_("superseded by"),
    )
    guid = models.UUIDField(default=uuid.uuid4, editable=False, unique=True)

    objects = AdvisoryManager()
    share_update_field = "updated_at"  # a new date posts the advisory again as an update
    serve_select_related = ["district", "listing_image"]  # shown on the page: no extra query

    content_panels = [
        *Page.content_panels,
        *ListingFields.listing_panels,
        MultiFieldPanel(
            [
                FieldPanel("severity"),
                FieldPanel("contact_methods"),
                FieldPanel("impersonates"),
                FieldPanel("district"),
            ],
            heading=_("The fraud"),
        ),
        *TaxonomyFields.taxonomy_panels,
        FieldPanel("body"),
        MultiFieldPanel(
            [
                FieldPanel("updated_at"),
                PageChooserPanel("superseded_by", "advisories.AdvisoryPage"),
                InlinePanel("related_advisories", label=_("Related advisory")),
            ],
            heading=_("History and related advisories"),
        ),
    ]
    promote_panels = [*Page.promote_panels, social_panel()]
    search_fields = [
        *Page.search_fields,
        index.SearchField("summary"),
        index.SearchField("body"),
        index.FilterField("severity"),
        index.RelatedFields("threat_categories", [index.SearchField("name")]),
    ]
    exclude_fields_in_copy = ["guid"]
    parent_page_types = ["advisories.AdvisoryIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("advisory")
        verbose_name_plural = _("advisories")

    @property
    def severity_level(self):
        return Severity(self.severity)

    def get_share_summary(self):
        return self.summary

    def get_share_image(self):
        return self.listing_image

    def get_share_tags(self):
        return [c.name for c in self.threat_categories.all()]

    def get_share_routing(self):
        return Routing(
            severity=self.severity,
            categories=frozenset(c.slug for c in self.threat_categories.all()),
            audiences=frozenset(a.slug for a in self.audiences.all()),
            districts=frozenset([self.district.slug] if self.district_id else []),
        )

    def get_share_severity_colour(self):
        return SEVERITY_COLOURS[self.severity_level]

    def clean(self):
        super().clean()
        if self.superseded_by_id and self.superseded_by_id == self.pk:
            raise ValidationError({"superseded_by": _("An advisory cannot replace itself.")})
        if self.updated_at and self.updated_at > timezone.now():
            raise ValidationError({"updated_at": _("The advice cannot be updated in the future.")})

    def was_updated(self):
        """True when the advice changed after it was first published."""
        first = self.first_published_at
        return bool(self.updated_at and (first is None or self.updated_at > first))

    def linked_advisories(self, categories, limit=RELATED_SHOWN):
        """The readable replacement and related advisories, fetched together.

        Related are the advisories the editor chose, in their order (at most
        RELATED_CHOSEN_MAX); without one readable, the latest of the same kind of
        fraud in the same language. A preview uses this (its links are in memory);
        the public page uses ``stored_linked_advisories``, which agrees in one query.
        """
        chosen = [link.advisory_id for link in self.related_advisories.all()]
        readable = AdvisoryPage.objects.readable().exclude(pk=self.pk).select_related("locale")
        wanted = [pk for pk in (self.superseded_by_id, *chosen) if pk]
        pages = readable.in_bulk(wanted) if wanted else {}
        related = [pages[pk] for pk in chosen if pk in pages][:RELATED_CHOSEN_MAX]
        if not related and categories:
            same_kind = readable.filter(
                locale_id=self.locale_id, pk__in=_tagged_with(c.pk for c in categories)
            )
            related = list(same_kind.order_by("-first_published_at", "-pk")[:limit])
        return pages.get(self.superseded_by_id), related

    def stored_linked_advisories(self, limit=RELATED_SHOWN):
        """``linked_advisories`` of the stored page, in one query (the public page's way)."""
        readable = AdvisoryPage.objects.readable().exclude(pk=self.pk)
        choices = RelatedAdvisory.objects.filter(page_id=self.pk)
        mine = _categories_through().objects.filter(advisorypage_id=self.pk)
        latest_same_kind = (
            AdvisoryPage.objects.live()
            .exclude(pk=self.pk)
            .filter(locale_id=self.locale_id, pk__in=_tagged_with(mine.values("threatcategory_id")))
            .order_by("-first_published_at", "-pk")
            .values("pk")[:limit]
        )
        # Each part picks a few ids by index; only those page rows are read.
        # (Each part of a UNION must be unsliced on SQLite: the sliced list goes in an IN.)
        same_kind = AdvisoryPage.objects.filter(pk__in=latest_same_kind).order_by().values("pk")
        wanted = choices.order_by().values("advisory_id").union(same_kind, all=True)
        if self.superseded_by_id:
            replaced_by = AdvisoryPage.objects.filter(pk=self.superseded_by_id).order_by()
            wanted = wanted.union(replaced_by.values("pk"), all=True)
        chosen_order = choices.filter(advisory_id=OuterRef("pk")).values("sort_order")[:1]
        rows = list(
            readable.filter(pk__in=wanted)
            .select_related("locale")
            .annotate(chosen_order=Subquery(chosen_order))
            .order_by(F("chosen_order").asc(nulls_last=True), "-first_published_at", "-pk")
        )
        replacement = next((row for row in rows if row.pk == self.superseded_by_id), None)
        related = [row for row in rows if row.chosen_order is not None][:RELATED_CHOSEN_MAX]
        if not related:
            related = [row for row in rows if row is not replacement][:limit]
        return replacement, related

    def showing_me_as_latest_of_kind(self, limit=RELATED_SHOWN):
        """The live advisories whose related list (the latest of the same kind) may show this one.

        ``stored_linked_advisories`` in reverse, for the page cache: this advisory is
        among another's ``limit`` latest of the same kind only through a kind of fraud
        in which at most ``limit`` others are newer (the other may be one of them).
        Every advisory of such a kind, in this language, that shows the latest of its
        kind (it has no readable choice of its own) is returned: a new advisory
        is on all of them, an old one usually on none. Which kinds it had before an
        edit is not known here (a page that showed it under a kind it has left keeps
        a working link, under the old kind, until the page cache's lifetime ends).
        """
        if self.first_published_at is None:
            return AdvisoryPage.objects.none()
        others = AdvisoryPage.objects.live().filter(locale_id=self.locale_id).exclude(pk=self.pk)
        newer = others.filter(
            Q(first_published_at__gt=self.first_published_at)
            | Q(first_published_at=self.first_published_at, pk__gt=self.pk)
        )
        through = _categories_through()
        mine = list(
            through.objects.filter(advisorypage_id=self.pk).values_list(
                "threatcategory_id", flat=True
            )
        )
        newer_per_kind = dict(  # one query, whatever the number of kinds
            through.objects.filter(
                threatcategory_id__in=mine, advisorypage_id__in=newer.values("pk")
            )
            .values_list("threatcategory_id")
            .annotate(newer=Count("advisorypage_id"))
        )
        kinds = [kind for kind in mine if newer_per_kind.get(kind, 0) <= limit]
        if not kinds:
            return AdvisoryPage.objects.none()
        chose_their_own = RelatedAdvisory.objects.filter(
            advisory__in=AdvisoryPage.objects.readable()
        ).values("page_id")
        return others.filter(pk__in=_tagged_with(kinds)).exclude(pk__in=chose_their_own)

    def shown_with(self, request):
        """What the page shows of other rows: ``(replacement, related, kinds, audiences)``.

        The replacement and related advisories as links (``PageLink``), the
        kinds of fraud and audiences as names. A preview reads the page in
        memory; the public page reads the stored page's once per change of the
        site (the structure cache): they change only when a page or a term is
        saved, published, unpublished or moved, and each of those renews it.
        """
        if getattr(request, "is_preview", False):
            return self._shown_with(request, self.linked_advisories)
        site = Site.find_for_request(request)
        return structure.remembered(
            request,
            "advisory-shown-with",
            (site.pk if site else None, self.pk),
            lambda: self._shown_with(request, lambda _kinds: self.stored_linked_advisories()),
        )

    def _shown_with(self, request, linked_advisories):
        categories = list(self.threat_categories.all())
        replacement, related = linked_advisories(categories)
        return (
            PageLink.to(replacement, request) if replacement else None,
            [PageLink.to(page, request) for page in related],
            [category.name for category in categories],
            [audience.name for audience in self.audiences.all()],
        )

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        replacement, related, categories, audiences = self.shown_with(request)
        context.update(
            categories=categories,
            audiences=audiences,
            replacement=replacement,
            related=related,
            contact_method_labels=labels(ContactMethod, self.contact_methods),
            impersonation_labels=labels(Impersonation, self.impersonates),
        )
        return context


def _categories_through():
    return AdvisoryPage._meta.get_field("threat_categories").remote_field.through


def _tagged_with(category_ids):
    """Advisory ids having any of these categories (a subquery: no duplicate rows)."""
    through = _categories_through()
    if not isinstance(category_ids, models.QuerySet):
        category_ids = list(category_ids)
    return through.objects.filter(threatcategory_id__in=category_ids).values("advisorypage_id")


def labels(choices, values):
    """The public wording of stored choice values; unknown values are skipped."""
    return [choices(value).label for value in values or [] if value in choices.values]


class RelatedAdvisory(Orderable):
    page = ParentalKey(AdvisoryPage, on_delete=models.CASCADE, related_name="related_advisories")
    advisory = models.ForeignKey(
        AdvisoryPage, on_delete=models.CASCADE, related_name="+", verbose_name=_("advisory")
    )

    panels = [PageChooserPanel("advisory", "advisories.AdvisoryPage")]


class GuidelinePage(
    KnownViewRestrictionsMixin, LinkSafetyMixin, TaxonomyFields, ListingFields, Page
):
    """Safe-browsing guidance as do and don't checklists, made to be printed."""

    body = StreamField(guideline_body_blocks(), blank=True, verbose_name=_("body"))

    objects = GuidelineManager()

    content_panels = [
        *Page.content_panels,
        *ListingFields.listing_panels,
        *TaxonomyFields.taxonomy_panels,
        FieldPanel("body"),
    ]
    search_fields = [
        *Page.search_fields,
        index.SearchField("summary"),
        index.SearchField("body"),
        index.RelatedFields("threat_categories", [index.SearchField("name")]),
    ]
    parent_page_types = ["advisories.GuidelineIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("safe-browsing guideline")
        verbose_name_plural = _("safe-browsing guidelines")
