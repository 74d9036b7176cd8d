"""Factories and helpers for the campaigns app's tests (campaigns, directory, impact)."""

from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

import factory
import wagtail_factories
from django.db import connection
from django.test.utils import CaptureQueriesContext

from campaigns.models import (
    AudienceIndexPage,
    CampaignIndexPage,
    CampaignPage,
    CyberCell,
    DirectoryPage,
    ImpactFigures,
    ImpactPage,
    OfficialAccount,
    OutreachSession,
    Unit,
)

IST = ZoneInfo("Asia/Kolkata")


def ist(*args):
    """An aware datetime in India Standard Time: ist(2026, 3, 10, 10, 30)."""
    return datetime(*args, tzinfo=IST)


class CampaignIndexPageFactory(wagtail_factories.PageFactory):
    title = "Awareness campaigns"
    slug = "campaigns"

    class Meta:
        model = CampaignIndexPage


class CampaignPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Campaign {n}")
    summary = "Talks on online fraud."
    start_date = date(2026, 3, 1)
    end_date = date(2026, 3, 31)

    class Meta:
        model = CampaignPage


class AudienceIndexPageFactory(wagtail_factories.PageFactory):
    title = "Advice for you"
    slug = "for-you"

    class Meta:
        model = AudienceIndexPage


class DirectoryPageFactory(wagtail_factories.PageFactory):
    title = "Find your cyber cell"
    slug = "cyber-cells"

    class Meta:
        model = DirectoryPage


class ImpactPageFactory(wagtail_factories.PageFactory):
    title = "Our work in numbers"
    slug = "impact"

    class Meta:
        model = ImpactPage


class OutreachSessionFactory(factory.django.DjangoModelFactory):
    starts_at = ist(2026, 3, 10, 10, 30)
    ends_at = factory.LazyAttribute(lambda s: s.starts_at + timedelta(hours=2))
    venue = factory.Sequence(lambda n: f"School hall {n}")
    address = "Gandhinagar, Jammu"

    class Meta:
        model = OutreachSession


class UnitFactory(factory.django.DjangoModelFactory):
    name = factory.Sequence(lambda n: f"Unit {n}")
    slug = factory.Sequence(lambda n: f"unit-{n}")

    class Meta:
        model = Unit


class CyberCellFactory(factory.django.DjangoModelFactory):
    name = factory.Sequence(lambda n: f"District Cyber Cell {n}")
    kind = "district-cell"
    zone = "Jammu zone"
    last_verified = date(2026, 3, 1)

    class Meta:
        model = CyberCell


class OfficialAccountFactory(factory.django.DjangoModelFactory):
    network = "x"
    handle = "@CyberPSJammu"
    url = "https://x.com/CyberPSJammu"
    owner = "Cyber Police Station Jammu"

    class Meta:
        model = OfficialAccount


class ImpactFiguresFactory(factory.django.DjangoModelFactory):
    unit = factory.SubFactory(UnitFactory)
    period_start = date(2024, 2, 1)
    period_end = date(2024, 7, 31)

    class Meta:
        model = ImpactFigures


def count_queries(client, url):
    """Queries of a warm request (caches filled by a first one)."""
    assert client.get(url).status_code == 200
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200
    return len(queries)
