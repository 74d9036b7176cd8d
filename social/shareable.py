"""The small interface a page implements to be posted by the publisher.

`social` knows no page type: any page that inherits ``Shareable`` and fills
in these methods can be composed, rendered as a share card, routed and sent.
Only ``get_share_summary`` must be written; the rest have defaults.
"""

from dataclasses import dataclass, field

from django.db import transaction
from django.utils.translation import gettext as _
from django.utils.translation import override


@dataclass(frozen=True)
class Routing:
    """What a channel's routing rules look at."""

    severity: int | None = None
    categories: frozenset[str] = field(default_factory=frozenset)  # slugs
    audiences: frozenset[str] = field(default_factory=frozenset)  # slugs
    districts: frozenset[str] = field(default_factory=frozenset)  # slugs


class Shareable:
    """Mixin for page models the publisher may post."""

    #: A date field an editor sets when the content changed materially; each new
    #: value posts the page once more, as an update (e.g. "updated_at").
    share_update_field = None

    def publish(self, revision, *args, **kwargs):
        """Publish and write the outbox rows (``page_published``) in one transaction.

        Wagtail's publish saves the page in autocommit; a failure while planning
        the posts would leave the page live with none. Here both or neither.
        """
        with transaction.atomic():
            return super().publish(revision, *args, **kwargs)

    def unpublish(self, *args, **kwargs):
        """Unpublish and write the removal rows (``page_unpublished``) together."""
        with transaction.atomic():
            return super().unpublish(*args, **kwargs)

    def get_share_title(self) -> str:
        return self.title

    def get_share_summary(self) -> str:
        """Plain text or HTML; the composer turns HTML into clean text."""
        raise NotImplementedError

    def get_share_url(self) -> str:
        return self.get_full_url()

    def get_share_image(self):
        """A Wagtail image or None."""
        return None

    def get_share_language(self) -> str:
        return self.locale.language_code

    def get_share_tags(self) -> list[str]:
        """Words to turn into hashtags, most important first."""
        return []

    def get_share_routing(self) -> Routing:
        return Routing()

    def get_share_severity_colour(self) -> str:
        return "#1d4ed8"

    def get_share_update_key(self) -> str | None:
        """Changes only when the content changes materially; each new key is posted once."""
        value = getattr(self, self.share_update_field) if self.share_update_field else None
        return value.isoformat() if value else None

    def get_share_unit_name(self) -> str:
        return self._share_help_settings().unit_name

    def get_share_help_line(self) -> str:
        """One line telling a victim what to do, in the page's language."""
        help_settings = self._share_help_settings()
        with override(self.get_share_language()):
            return _("Lost money? Call %(helpline)s at once.") % {
                "helpline": help_settings.national_helpline
            }

    def _share_help_settings(self):
        from awareness_site.models import HelpSettings

        site = self.get_site()
        return HelpSettings.for_site(site) if site else HelpSettings()
