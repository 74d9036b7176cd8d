"""The "Social posts" panel on a shareable page's edit screen."""

from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import InlinePanel, MultiFieldPanel, Panel


class SocialPreviewPanel(Panel):
    """Read only: what each channel will post, counted against its limit, and what it did."""

    class BoundPanel(Panel.BoundPanel):
        template_name = "social/panels/preview.html"

        def get_context_data(self, parent_context=None):
            from .previews import preview_context  # imported late: page models import this module

            context = super().get_context_data(parent_context)
            context.update(preview_context(self.instance))
            return context


def social_panel():
    return MultiFieldPanel(
        [
            SocialPreviewPanel(),
            InlinePanel(
                "social_preferences",
                label=_("Posting choice"),
                help_text=_(
                    "Leave a channel out, replace its text, or add a choice with no channel "
                    "and “post” unticked to post this page nowhere."
                ),
            ),
        ],
        heading=_("Social posts"),
    )
