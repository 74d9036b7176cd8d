"""JSON Feed 1.1 (https://jsonfeed.org/version/1.1) with the same items as RSS and Atom."""

import json

from .text import rfc3339

VERSION = "https://jsonfeed.org/version/1.1"
CONTENT_TYPE = "application/feed+json; charset=utf-8"


def render(meta, items):
    document = {
        "version": VERSION,
        "title": meta.title,
        "home_page_url": meta.html_url,
        "feed_url": meta.self_url,
        "description": meta.description,
        "language": meta.language,
        "authors": [{"name": meta.author, "url": meta.html_url}],
        "items": [_item(item) for item in items],
    }
    return json.dumps(document, ensure_ascii=False, indent=1).encode()


def _item(item):
    data = {
        "id": item.guid,
        "url": item.url,
        "title": item.title,
        "summary": item.summary,
        "content_text": item.summary,
        "date_published": rfc3339(item.published),
        "date_modified": rfc3339(item.updated),
        "authors": [{"name": item.author}],
        "tags": [category.label for category in item.categories],
        "language": item.language,
    }
    if item.image is not None:
        data["image"] = item.image.url
        data["attachments"] = [
            {
                "url": item.image.url,
                "mime_type": item.image.mime_type,
                "title": item.image.alt,
                **({"size_in_bytes": item.image.length} if item.image.length else {}),
            }
        ]
    return data
