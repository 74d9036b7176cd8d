"""Renditions are made once, in a task, when an image is saved or a page published.

A reader's request must not resize pictures: after a publish, rendering the page
creates no rendition. (The test settings run tasks inline.)
"""

import pytest
from django.core.cache import caches

from awareness_site.models import CustomRendition
from awareness_site.renditions import RENDITION_SPECS, image_ids_of
from tests.factories import AdvisoryPageFactory, ImageFactory

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def no_cached_renditions():
    """Wagtail keeps renditions in the cache; ids come back in a new test's database."""
    caches["default"].clear()


def specs_of(image):
    return set(CustomRendition.objects.filter(image=image).values_list("filter_spec", flat=True))


def test_saving_an_image_makes_every_rendition_the_site_shows(
    django_capture_on_commit_callbacks,
):
    with django_capture_on_commit_callbacks(execute=True):
        image = ImageFactory()
    assert specs_of(image) == set(RENDITION_SPECS)


def test_publishing_a_page_makes_its_image_renditions(
    advisory_index, django_capture_on_commit_callbacks
):
    image = ImageFactory()
    CustomRendition.objects.filter(image=image).delete()
    page = AdvisoryPageFactory(parent=advisory_index, listing_image=image)
    with django_capture_on_commit_callbacks(execute=True):
        page.save_revision().publish()
    assert specs_of(image) == set(RENDITION_SPECS)


def test_reading_a_published_page_makes_no_rendition(
    client, advisory_index, django_capture_on_commit_callbacks
):
    image = ImageFactory()
    page = AdvisoryPageFactory(parent=advisory_index, listing_image=image)
    with django_capture_on_commit_callbacks(execute=True):
        page.save_revision().publish()
    made = CustomRendition.objects.count()
    response = client.get(page.url)
    assert response.status_code == 200
    assert CustomRendition.objects.count() == made
    lead = CustomRendition.objects.get(image=image, filter_spec="width-800|format-webp")
    assert lead.url.encode() in response.content


def test_images_in_the_body_count_as_the_page_s_images(advisory_index):
    listing, in_body = ImageFactory(), ImageFactory()
    page = AdvisoryPageFactory(parent=advisory_index, listing_image=listing)
    page.body = [("image", {"image": in_body, "caption": "A fake SMS"})]
    assert image_ids_of(page) == sorted([listing.pk, in_body.pk])


def test_an_unreadable_image_file_does_not_break_the_task(
    caplog, django_capture_on_commit_callbacks
):
    image = ImageFactory()
    image.file.storage.delete(image.file.name)
    CustomRendition.objects.filter(image=image).delete()
    with django_capture_on_commit_callbacks(execute=True):
        image.save()
    assert specs_of(image) == set()
    assert "unreadable" in caplog.text
