"""The small interface a page implements to be posted by the publisher.

`social` knows no page type: any page that inherits ``Shareable`` and fills
in these methods can be composed, rendered as a share card, routed and sent.
"""

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Routing:
    """What a channel's routing rules look at."""

    severity: int | None = None
    categories: frozenset[str] = field(default_factory=frozenset)  # slugs
    audiences: frozenset[str] = field(default_factory=frozenset)  # slugs
    districts: frozenset[str] = field(default_factory=frozenset)  # slugs


class Shareable:
    """Mixin for page models the publisher may post."""

    def get_share_title(self) -> str:
        return self.title

    def get_share_summary(self) -> str:
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
