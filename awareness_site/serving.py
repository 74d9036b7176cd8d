"""Serving a page from what the structure cache knows (``structure.py``).

Wagtail looks up, for each request, the site of the host
(``Site.find_for_request``), its settings (``BaseSiteSetting.for_request``)
and the page of the URL (``Page.route_for_request``), and keeps each answer on
the request. ``StructureMiddleware`` fills those places from the structure
cache before Wagtail looks, so serving a page reads only its own row. A URL
whose answer is not one plain page (a sub-URL of a routable page, a 404) is
routed by Wagtail every time.
"""

import copy

from django.apps import apps
from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.utils.translation import get_language
from wagtail.models import Page, Site
from wagtail.url_routing import RouteResult
from wagtail.views import serve as wagtail_serve

from . import compiled, structure


class StructureMiddleware:
    """The request's site, help numbers and page from the structure cache (last in MIDDLEWARE)."""

    site_settings_models = ("awareness_site.HelpSettings",)

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_view(self, request, view_func, view_args, view_kwargs):
        """Only for Wagtail's pages: other views keep answers of their own (feeds)."""
        if view_func is not wagtail_serve or not settings.STRUCTURE_CACHE_ENABLED:
            return None
        known = _known_site(request)  # shared by this process's requests: copied before use
        request._wagtail_site = copy.copy(known["site"])
        request._wagtail_cached_site_root_paths = list(known["root_paths"])
        for model, instance in known["settings"]:
            instance = copy.copy(instance)
            instance._request = request
            setattr(request, model.get_cache_attr_name(), instance)
        if request.method in ("GET", "HEAD") and known["site"]:
            _known_route(request, view_args[0] if view_args else view_kwargs.get("path", ""))
        return None


def _known_site(request):
    """The site answering this host and port, with its settings: one round trip."""
    host = request._get_raw_host()  # as Wagtail reads it; CommonMiddleware checked ALLOWED_HOSTS

    def build():
        site = Site._find_for_request(request)
        models = [apps.get_model(name) for name in StructureMiddleware.site_settings_models]
        instances = [(model, model.for_site(site)) for model in models] if site else []
        return {"site": site, "root_paths": Site.get_site_root_paths(), "settings": instances}

    return structure.remembered(request, "site", (host, request.get_port()), build)


def _known_route(request, path):
    """Tell Wagtail which page this URL is, when the structure cache knows it."""
    site = request._wagtail_site
    parts = (site.pk, get_language(), path)
    route = structure.remembered(request, "route", parts, lambda: _route_entry(request, path))
    if route is None or hasattr(request, "_wagtail_route_for_request"):
        return  # not one plain page, or just routed by Wagtail itself (to build the entry)
    pk, content_type_id, restricted = route
    model = ContentType.objects.get_for_id(content_type_id).model_class()
    page = _live_page(model, pk)
    if page is None:
        return  # gone since the entry was made: Wagtail routes it (and answers 404)
    page._router_saw_no_restrictions = not restricted
    request._wagtail_route_for_request = RouteResult(page)


def _live_page(model, pk):
    if model is None:  # its app is gone
        return None
    return compiled.live_page(model, pk)


def _route_entry(request, path):
    """Route as Wagtail does (the request is then served from it); keep what a plain page needs."""
    result = Page.route_for_request(request, path)
    if result is None or result.args or result.kwargs:
        return None
    page = result.page
    if not getattr(page, "_router_saw_no_restrictions", False):  # home, or a private section
        restricted = page.get_view_restrictions().exists()
        page._router_saw_no_restrictions = not restricted  # serving it now asks no more
    return (page.pk, page.content_type_id, not page._router_saw_no_restrictions)
