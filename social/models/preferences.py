"""What an editor chose for one page: channels left out, text replaced, posting off."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel
from wagtail.models import Orderable


class PostingPreference(Orderable):
    """Saved with the page's revisions, so it goes live when the page does."""

    page = ParentalKey(
        "wagtailcore.Page", on_delete=models.CASCADE, related_name="social_preferences"
    )
    channel = models.ForeignKey(
        "social.Channel",
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="+",
        verbose_name=_("channel"),
        help_text=_("Leave empty to mean every channel."),
    )
    post = models.BooleanField(
        _("post"),
        default=True,
        help_text=_("Untick to leave this channel out (or, with no channel, to post nowhere)."),
    )
    text = models.TextField(
        _("text for this channel"),
        blank=True,
        help_text=_("Replaces the composed text; the link is added if the text lacks it."),
    )

    panels = [FieldPanel("channel"), FieldPanel("post"), FieldPanel("text")]

    class Meta(Orderable.Meta):
        verbose_name = _("social posting choice")
        verbose_name_plural = _("social posting choices")
