"""Finding the page for a URL in two queries, whatever its depth.

Wagtail's ``Page.route`` walks the tree one level at a time, with two queries
per level (the child, then its specific row), and serving a page then asks
twice more for view restrictions on it and its ancestors. ``HomePage.route``
uses ``route_below`` instead: one query fetches every page on the URL's way
down (by slug and depth, then matched on ``url_path``), marked private or
not, and one fetches the target's specific row. Wherever a page on the way
routes URLs of its own (a ``RoutablePageMixin`` page, or a URL that matches
no page) the walk hands over to that page's own ``route``, so Wagtail's
behaviour is kept.

``serving.StructureMiddleware`` goes further for the requests that follow:
it keeps the page of a URL in the structure cache, so serving reads only the
page's own row.
"""

import functools

from wagtail.models import Page, PageViewRestriction

from .privacy import in_private_section


class KnownViewRestrictionsMixin:
    """For page models: no query for view restrictions when the router saw there are none."""

    def get_view_restrictions(self):
        if getattr(self, "_router_saw_no_restrictions", False):
            return _no_restrictions()
        return super().get_view_restrictions()


@functools.cache
def _no_restrictions():
    """An empty queryset already evaluated: iterating it (Wagtail does, on every
    page served) compiles nothing. Its methods return new querysets, so sharing it is safe."""
    none = PageViewRestriction.objects.none()
    len(none)
    return none


def _routes_itself(model):
    return model is None or getattr(model, "route", None) is not Page.route


def route_below(home, request, path_components):
    """The route result for ``path_components`` below ``home`` (a specific page)."""
    ways = [
        home.url_path + "/".join(path_components[:n]) + "/"
        for n in range(1, len(path_components) + 1)
    ]
    if not ways:
        return Page.route(home, request, [])
    below = Page.objects.filter(
        slug__in=set(path_components),  # indexed; url_path is not
        depth__gt=home.depth,
        depth__lte=home.depth + len(path_components),
        path__startswith=home.path,
    )
    found = below.annotate(in_private_section=in_private_section())
    by_way = {page.url_path: page for page in found if page.url_path in ways}
    parent, aliased = home, home.alias_of_id is not None
    for depth, way in enumerate(ways):
        page = by_way.get(way)
        if page is None or page.path[: -page.steplen] != parent.path:
            # No such child: the parent decides (its own sub-URLs, or a 404); home
            # with Wagtail's own walk, as this function is its route.
            rest = path_components[depth:]
            if parent is home:
                return Page.route(home, request, rest)
            return _specific(parent).route(request, rest)
        page._cached_parent_obj = parent
        aliased = aliased or page.alias_of_id is not None
        remaining = path_components[depth + 1 :]
        if remaining and not _routes_itself(page.specific_class):
            parent = page
            continue
        target = _specific_for_serving(page)
        target._cached_parent_obj = parent
        target._router_saw_no_restrictions = not (aliased or page.in_private_section)
        return target.route(request, remaining)


def _specific_for_serving(page):
    """The page's specific row, with the relations its template shows joined in.

    A page model names them in ``serve_select_related`` (foreign keys only).
    """
    model = page.specific_class
    if model is None or not getattr(model, "serve_select_related", ()):
        return page.specific
    return for_serving(model).get(pk=page.pk)


def for_serving(model):
    """The model's pages with the relations their template shows (``serve_select_related``)."""
    return model._default_manager.select_related(*getattr(model, "serve_select_related", ()))


def _specific(page):
    return page if type(page) is not Page else page.specific
