"""What every feed format says about an advisory, computed once per build."""

import mimetypes
from collections import defaultdict
from dataclasses import dataclass
from datetime import datetime
from urllib.parse import urljoin

from django.db.models import Prefetch

from awareness_site.models import CustomRendition

from ..models import AdvisoryPage
from .text import UNKNOWN_TIME, one_line, xml_safe

# The same crop as the page's og:image, so feed readers and social previews agree.
SHARE_IMAGE_SPEC = "fill-1200x630"


@dataclass(frozen=True)
class Category:
    term: str
    label: str
    scheme: str = ""


@dataclass(frozen=True)
class FeedImage:
    url: str
    mime_type: str
    length: int
    width: int
    height: int
    alt: str


@dataclass(frozen=True)
class FeedItem:
    guid: str
    title: str
    summary: str
    url: str
    published: datetime
    updated: datetime
    language: str
    author: str
    categories: tuple[Category, ...] = ()
    image: FeedImage | None = None
    link_type: str = "text/html"


def with_share_images(queryset):
    """Prefetch the share-image renditions so a feed costs the same whatever its size."""
    renditions = CustomRendition.objects.filter(filter_spec=SHARE_IMAGE_SPEC)
    return queryset.prefetch_related(
        Prefetch("listing_image__renditions", renditions, to_attr="prefetched_renditions")
    )


def guid_for(page):
    """Never changes when the advisory is edited, renamed or moved."""
    return f"urn:uuid:{page.guid}"


def term_labels(pages):
    """{page id: [(kind, slug, name)]} of threat categories and audiences, in two queries.

    Plain rows, not modelcluster's prefetch, which costs more than the rest of the build.
    """
    ids = [page.pk for page in pages]
    labels = defaultdict(list)
    for kind, name in (("category", "threat_categories"), ("audience", "audiences")):
        field = AdvisoryPage._meta.get_field(name)
        page_id, term = f"{field.m2m_field_name()}_id", field.m2m_reverse_field_name()
        rows = (
            field.remote_field.through.objects.filter(**{f"{page_id}__in": ids})
            .order_by(f"{term}__name", f"{term}__pk")
            .values_list(page_id, f"{term}__slug", f"{term}__name")
        )
        for page_id, slug, label in rows:
            labels[page_id].append((kind, slug, label))
    return labels


def advisory_item(page, *, request=None, base_url, author, terms, category_schemes):
    published = page.first_published_at or page.last_published_at or UNKNOWN_TIME
    updated = max(published, page.updated_at or published)
    return FeedItem(
        guid=guid_for(page),
        title=one_line(page.title),
        summary=xml_safe(page.summary).strip(),
        url=page.get_full_url(request),
        published=published,
        updated=updated,
        language=page.locale.language_code,
        author=one_line(author),
        categories=tuple(
            Category(term=slug, label=one_line(label), scheme=category_schemes.get(kind, ""))
            for kind, slug, label in terms
        ),
        image=share_image(page.listing_image, base_url),
    )


def share_image(image, base_url):
    if image is None:
        return None
    rendition = image.get_rendition(SHARE_IMAGE_SPEC)
    mime_type = mimetypes.guess_type(rendition.file.name)[0] or "image/jpeg"
    return FeedImage(
        url=urljoin(base_url, rendition.url),
        mime_type=mime_type,
        length=_file_size(rendition),
        width=rendition.width,
        height=rendition.height,
        alt=one_line(image.alt_text or image.title),
    )


def _file_size(rendition):
    try:
        return rendition.file.size
    except OSError:  # the file went missing from storage: RSS allows 0 for unknown
        return 0
