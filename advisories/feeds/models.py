"""The CAP alert history of advisories, and the Follow page."""

import uuid
from datetime import timedelta

from django.db import models
from django.db.models import Exists, OuterRef, Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, InlinePanel
from wagtail.models import Orderable, Page
from wagtail.search import index

from awareness_site.routing import KnownViewRestrictionsMixin

from .text import rfc3339

# A Cancel stays in the alert index this long, so aggregators see it.
CANCEL_LISTED_FOR = timedelta(days=7)


class MessageType(models.TextChoices):
    ALERT = "Alert", _("Alert")
    UPDATE = "Update", _("Update")
    CANCEL = "Cancel", _("Cancel")


class CapAlertQuerySet(models.QuerySet):
    def for_advisory(self, guid):
        return self.filter(advisory_guid=guid).order_by("-pk")

    def latest_per_advisory(self):
        newer = self.model.objects.filter(
            advisory_guid=OuterRef("advisory_guid"), pk__gt=OuterRef("pk")
        )
        return self.filter(~Exists(newer))

    def visible(self):
        """Cancels, and alerts whose advisory is still live and public: nothing else leaks."""
        from advisories.models import AdvisoryPage

        readable = AdvisoryPage.objects.readable().filter(guid=OuterRef("advisory_guid"))
        return self.filter(Q(msg_type=MessageType.CANCEL) | Q(Exists(readable)))

    def current(self, language_code):
        """What the alert index lists: the last word on each advisory, recent cancels included."""
        recent = Q(sent__gte=timezone.now() - CANCEL_LISTED_FOR)
        return (
            self.latest_per_advisory()
            .visible()
            .filter(language_code=language_code)
            .filter(~Q(msg_type=MessageType.CANCEL) | recent)
            .order_by("-sent", "-pk")
        )


class CapAlert(models.Model):
    """One CAP 1.2 message as it was sent; messages are never changed, only followed."""

    message_id = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    advisory_guid = models.UUIDField(_("advisory"), db_index=True)
    language_code = models.CharField(max_length=20)
    msg_type = models.CharField(_("message type"), max_length=6, choices=MessageType.choices)
    sent = models.DateTimeField(_("sent"))
    headline = models.CharField(_("headline"), max_length=255)
    references = models.TextField(blank=True)
    digest = models.CharField(max_length=64, blank=True)
    document = models.TextField()

    objects = CapAlertQuerySet.as_manager()

    class Meta:
        verbose_name = _("CAP alert")
        verbose_name_plural = _("CAP alerts")
        ordering = ["-sent", "-pk"]

    def __str__(self):
        return f"{self.msg_type}: {self.headline}"

    @property
    def identifier(self):
        return f"urn:uuid:{self.message_id}"

    @property
    def sent_text(self):
        return rfc3339(self.sent)


class SocialNetwork(models.TextChoices):
    X = "x", "X (Twitter)"
    FACEBOOK = "facebook", "Facebook"
    INSTAGRAM = "instagram", "Instagram"
    YOUTUBE = "youtube", "YouTube"
    MASTODON = "mastodon", "Mastodon"
    BLUESKY = "bluesky", "Bluesky"
    TELEGRAM = "telegram", "Telegram"
    WHATSAPP = "whatsapp", _("WhatsApp channel")
    OTHER = "other", _("Other")


class FollowPage(KnownViewRestrictionsMixin, Page):
    """Plain words on how to follow the unit: feeds, alerts and its official accounts."""

    intro = models.CharField(_("introduction"), max_length=300, blank=True)

    content_panels = [
        *Page.content_panels,
        FieldPanel("intro"),
        InlinePanel(
            "accounts",
            label=_("Official social account"),
            help_text=_(
                "The unit's own accounts. Published accounts in Snippets → Official social "
                "accounts are listed too."
            ),
        ),
    ]
    search_fields = [*Page.search_fields, index.SearchField("intro")]
    parent_page_types = ["awareness_site.HomePage"]
    subpage_types = []
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("follow page")

    def get_context(self, request, *args, **kwargs):
        from .follow import cap_index_url, feed_choices, official_accounts

        context = super().get_context(request, *args, **kwargs)
        context["feed_groups"] = feed_choices(request, self.locale)
        context["cap_index_url"] = cap_index_url(request)
        context["accounts"] = official_accounts(self)
        return context


class OfficialAccount(Orderable):
    """An account the unit really runs; only what editors enter here is listed."""

    page = ParentalKey(FollowPage, on_delete=models.CASCADE, related_name="accounts")
    network = models.CharField(_("network"), max_length=20, choices=SocialNetwork.choices)
    handle = models.CharField(_("name or handle"), max_length=100)
    url = models.URLField(_("web address"))

    panels = [FieldPanel("network"), FieldPanel("handle"), FieldPanel("url")]

    def __str__(self):
        return f"{self.get_network_display()}: {self.handle}"
