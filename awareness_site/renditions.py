"""Responsive renditions made once, in a task, when an image is saved or a page published.

A reader's request then only looks a rendition up (Wagtail keeps them in the
cache too); it never resizes a picture while a crowd waits. The specs are the
ones the templates, the Open Graph tags and the feeds ask for, plus the widths
of a ``srcset`` (``{% picture image format-webp width-{400,800,1200} %}``).
"""

import logging

from django.db import transaction
from django.db.models import ForeignKey
from django_tasks import task
from wagtail.fields import StreamField
from wagtail.images import get_image_model

logger = logging.getLogger(__name__)

RESPONSIVE_WIDTHS = (400, 800, 1200)
RENDITION_SPECS = (
    *(f"width-{width}|format-webp" for width in RESPONSIVE_WIDTHS),
    "fill-1200x630",  # Open Graph and feed share image
)


@task()
def generate_renditions_task(image_id):
    """Make every rendition the site shows of one image; missing ones only."""
    image = get_image_model().objects.filter(pk=image_id).first()
    if image is None:
        return
    try:
        image.get_renditions(*RENDITION_SPECS)
    except OSError:  # includes Wagtail's SourceImageIOError
        logger.warning("Could not make renditions of image %s: its file is unreadable", image_id)


def generate_for_image_on_commit(image_id):
    transaction.on_commit(lambda: generate_renditions_task.enqueue(image_id))


def generate_for_page_on_commit(page):
    for image_id in image_ids_of(page.specific):
        generate_for_image_on_commit(image_id)


def image_ids_of(page):
    """The images a page shows: its image fields and the images in its StreamFields."""
    image_model = get_image_model()
    ids = set()
    for field in page._meta.get_fields():
        if isinstance(field, ForeignKey) and field.related_model is image_model:
            ids.add(getattr(page, field.attname))
        elif isinstance(field, StreamField):
            ids.update(_stream_image_ids(field, getattr(page, field.name), image_model))
    ids.discard(None)
    return sorted(ids)


def _stream_image_ids(field, value, image_model):
    return {
        int(object_id)
        for model, object_id, _path, _content_path in field.extract_references(value)
        if issubclass(model, image_model) and object_id
    }
