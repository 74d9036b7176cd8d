"""The feeds a Follow page offers, grouped, as absolute addresses readers can copy."""

from django.apps import apps
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from .scopes import FORMATS, KINDS, FeedScope

GROUP_TITLES = {
    "category": gettext_lazy("By kind of fraud"),
    "audience": gettext_lazy("By who it affects"),
    "district": gettext_lazy("By district"),
}


def feed_choices(request, locale):
    """[{title, feeds: [{name, rss, atom, json}]}] for the page's language."""
    groups = [{"title": _("Everything"), "feeds": [_feed(request, FeedScope(locale))]}]
    for kind, (model, _field) in KINDS.items():
        feeds = [
            _feed(request, FeedScope(locale, kind, term))
            for term in model.objects.filter(locale=locale)
        ]
        if feeds:
            groups.append({"title": GROUP_TITLES[kind], "feeds": feeds})
    return groups


def cap_index_url(request):
    return request.build_absolute_uri(reverse("feeds:cap_index"))


def _feed(request, scope):
    name = scope.term.name if scope.term is not None else _("All advisories")
    urls = {fmt: request.build_absolute_uri(scope.feed_path(fmt)) for fmt in FORMATS}
    return {"name": name, **urls}


def official_accounts(page):
    """The accounts entered on the page, then the published register's (Snippets →
    Official social accounts, the one the number check uses), each address once.

    The register belongs to the campaigns app, which builds on this one: it is read
    through the app registry, not imported.
    """
    accounts = [_account(account) for account in page.accounts.all()]
    try:
        register = apps.get_model("campaigns", "OfficialAccount")
    except LookupError:
        register = None
    if register is not None:
        live = register.objects.filter(live=True).order_by("owner", "network", "handle")
        accounts += [_account(account, owner=account.owner) for account in live]
    unique = {}
    for account in accounts:
        unique.setdefault(account["url"].rstrip("/").lower(), account)
    return list(unique.values())


def _account(account, owner=""):
    return {
        "network": account.get_network_display(),
        "handle": account.handle,
        "url": account.url,
        "owner": owner,
    }
