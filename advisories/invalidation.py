"""The advisory pages that show another one, for the page cache (``PAGE_CACHE_LISTED_ON_PATHS``).

An advisory's related list, when its editor chose none, is the latest of the same
kind of fraud: publishing, editing, unpublishing or deleting one advisory changes
that list on the other advisories of its kind that show it
(``AdvisoryPage.showing_me_as_latest_of_kind``). The advisories an editor chose
are found by Wagtail's reference index (``invalidation.urls_showing``).
"""

from types import SimpleNamespace


def related_list_paths(page):
    """URL paths, from the site's root, of the advisories whose related list shows this one."""
    from .models import AdvisoryPage

    if not isinstance(page, AdvisoryPage):
        return []
    paths = []
    site_root_paths = SimpleNamespace()  # Wagtail keeps the sites' root paths on it, once
    for other in page.showing_me_as_latest_of_kind().only("url_path").order_by("path"):
        parts = other.get_url_parts(site_root_paths)
        if parts is not None and parts[2] is not None:
            paths += [parts[2].rstrip("/") + path for path in other.get_cached_paths()]
    return paths
