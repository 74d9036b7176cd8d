"""The admin: the directory, the register of official accounts and the impact figures."""

from django.utils.translation import gettext_lazy as _
from wagtail.admin.filters import WagtailFilterSet
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from .models import CyberCell, ImpactFigures, OfficialAccount, Unit


class CyberCellFilterSet(WagtailFilterSet):
    class Meta:
        model = CyberCell
        fields = ["kind", "district", "live"]


class CyberCellViewSet(SnippetViewSet):
    model = CyberCell
    icon = "site"
    menu_label = _("Cyber cells and stations")
    list_display = ["name", "kind", "district", "phone", "whatsapp", "last_verified"]
    list_export = ["name", "kind", "zone", "division", "district", "phone", "whatsapp", "email"]
    filterset_class = CyberCellFilterSet
    search_fields = ["name"]


class OfficialAccountViewSet(SnippetViewSet):
    model = OfficialAccount
    icon = "user"
    menu_label = _("Official social accounts")
    list_display = ["handle", "network", "owner"]
    list_filter = ["network"]


class UnitViewSet(SnippetViewSet):
    model = Unit
    icon = "group"
    list_display = ["name", "zone", "division"]


class ImpactFiguresViewSet(SnippetViewSet):
    model = ImpactFigures
    icon = "table"
    list_display = ["unit", "period_start", "period_end", "amount_on_hold", "amount_refunded"]
    list_filter = ["unit"]


class DirectoryGroup(SnippetViewSetGroup):
    menu_label = _("Cells and impact")
    menu_icon = "site"
    menu_order = 250
    items = (CyberCellViewSet, OfficialAccountViewSet, UnitViewSet, ImpactFiguresViewSet)


register_snippet(DirectoryGroup)
