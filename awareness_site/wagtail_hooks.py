"""The taxonomy in the admin (one menu group with a searchable list per snippet), and the
editor's guard against a save that read the page before it was published (stale_saves.py)."""

from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from .models import Audience, District, ThreatCategory
from .stale_saves import PageViewSet, mark_read_for_editing


class TaxonomyViewSet(SnippetViewSet):
    list_display = ["name", "slug", "description"]
    list_per_page = 50
    search_fields = ["name", "slug", "description"]
    search_backend_name = None  # Small tables: the database's own LIKE finds partial words.
    copy_view_enabled = False


class ThreatCategoryViewSet(TaxonomyViewSet):
    model = ThreatCategory
    icon = "warning"
    list_display = ["name", "slug", "colour", "description"]


class AudienceViewSet(TaxonomyViewSet):
    model = Audience
    icon = "group"


class DistrictViewSet(TaxonomyViewSet):
    model = District
    icon = "site"
    list_display = ["name", "state", "slug"]
    search_fields = ["name", "slug", "state"]


class TaxonomyViewSetGroup(SnippetViewSetGroup):
    items = (ThreatCategoryViewSet, AudienceViewSet, DistrictViewSet)
    menu_label = _("Taxonomy")
    menu_icon = "tag"
    menu_order = 300


register_snippet(TaxonomyViewSetGroup)

hooks.register("before_edit_page", mark_read_for_editing)


@hooks.register("register_admin_viewset")
def register_page_viewset():
    """After Wagtail's own (order -1): every page type without a viewset of its own."""
    return PageViewSet()
