"""A page read with its SQL compiled once (awareness_site/compiled.py) is the page the ORM reads."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from advisories.models import AdvisoryPage, GuidelinePage
from awareness_site.compiled import live_page
from awareness_site.routing import for_serving
from tests.factories import (
    AdvisoryPageFactory,
    DistrictFactory,
    GuidelinePageFactory,
    ImageFactory,
)

pytestmark = pytest.mark.django_db


def same_fields(page, other):
    for field in type(page)._meta.concrete_fields:
        assert getattr(page, field.attname) == getattr(other, field.attname), field.name


def test_a_page_and_what_it_joins_come_in_one_query_as_the_orm_reads_them(advisory_index):
    district = DistrictFactory(name="Howrah")
    image = ImageFactory(title="Fake KYC SMS screenshot")
    advisory = AdvisoryPageFactory(parent=advisory_index, district=district, listing_image=image)
    expected = for_serving(AdvisoryPage).get(pk=advisory.pk, live=True)
    with CaptureQueriesContext(connection) as queries:
        page = live_page(AdvisoryPage, advisory.pk)
        assert (page.district.name, page.listing_image.title) == ("Howrah", image.title)
    assert len(queries) == 1
    assert type(page) is AdvisoryPage and not page._state.adding
    same_fields(page, expected)
    same_fields(page.listing_image, image)
    assert page.first_published_at.tzinfo is not None  # the database's converters ran
    assert page.url == advisory.url


def test_every_call_reads_the_row_again(advisory_index):
    advisory = AdvisoryPageFactory(parent=advisory_index, title="Fake KYC update SMS")
    assert live_page(AdvisoryPage, advisory.pk).title == "Fake KYC update SMS"
    AdvisoryPage.objects.filter(pk=advisory.pk).update(title="Fake electricity bill SMS")
    assert live_page(AdvisoryPage, advisory.pk).title == "Fake electricity bill SMS"
    other = AdvisoryPageFactory(parent=advisory_index, title="Digital arrest call")
    assert live_page(AdvisoryPage, other.pk).title == "Digital arrest call"


def test_a_page_without_its_optional_relations_joins_nothing(advisory_index):
    advisory = AdvisoryPageFactory(parent=advisory_index)
    with CaptureQueriesContext(connection) as queries:
        page = live_page(AdvisoryPage, advisory.pk)
        assert page.district is None and page.listing_image is None
    assert len(queries) == 1


def test_an_unpublished_or_missing_page_is_none(advisory_index):
    advisory = AdvisoryPageFactory(parent=advisory_index)
    advisory.unpublish()
    assert live_page(AdvisoryPage, advisory.pk) is None
    assert live_page(AdvisoryPage, advisory.pk + 1000) is None


def test_a_page_model_that_joins_nothing_is_read_as_well(guideline_index):
    guideline = GuidelinePageFactory(parent=guideline_index, title="Check a link before you tap")
    page = live_page(GuidelinePage, guideline.pk)
    same_fields(page, GuidelinePage.objects.get(pk=guideline.pk))
