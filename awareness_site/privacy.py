"""Private sections (pages with a view restriction, and all below them) in one query.

Wagtail's ``PageQuerySet.public()`` first reads every view restriction, then
filters: two queries wherever a list leaves private pages out. Here the same
rule is a subquery of the list's own query, so leaving private pages out costs
nothing extra. Like Wagtail's, it follows the tree, not aliases.
"""

from django.db.models import Exists, OuterRef, Subquery
from django.db.models.functions import Left, Length
from wagtail.models import Page, PageViewRestriction


def in_private_section(path_field="path"):
    """True for a row (a page) at or below a page that has a view restriction.

    The subquery starts from the restrictions (a handful) and looks each one's
    page up by key, so its cost does not grow with the number of pages.
    """
    restricted_path = Page.objects.filter(pk=OuterRef("page_id")).order_by().values("path")[:1]
    restricted_ancestor = PageViewRestriction.objects.annotate(
        section=Subquery(restricted_path)
    ).filter(section=Left(OuterRef(path_field), Length("section")))
    return Exists(restricted_ancestor)


class OneQueryPrivacyMixin:
    """For a ``PageQuerySet``: ``public()`` and ``private()`` without the extra query."""

    def public(self):
        return self.exclude(in_private_section())

    def not_public(self):
        return self.filter(in_private_section())

    private = not_public
