"""Impact figures: sums by unit and period, reach from sessions, Indian digit grouping."""

from datetime import date

import pytest
from django.core.exceptions import ValidationError
from django.utils import translation
from freezegun import freeze_time
from wagtail.models import Locale

from campaigns.figures import held_sessions, summarise
from campaigns.indian_numbers import group, in_words
from campaigns.models import ImpactFigures
from tests.campaign_factories import (
    CampaignIndexPageFactory,
    CampaignPageFactory,
    ImpactFiguresFactory,
    ImpactPageFactory,
    OutreachSessionFactory,
    UnitFactory,
    count_queries,
    ist,
)

pytestmark = pytest.mark.usefixtures("frozen")


@pytest.fixture(autouse=True)
def english():
    """Addresses reversed in English, whatever language an earlier test left active."""
    with translation.override("en"):
        yield


@pytest.fixture
def frozen():
    with freeze_time("2026-03-15 06:00:00"):
        yield


@pytest.fixture
def impact_page(home):
    return ImpactPageFactory(parent=home, show_in_menus=True)


@pytest.fixture
def units(db):
    return {
        "cells": UnitFactory(name="District cyber cells of Jammu zone", slug="cells"),
        "station": UnitFactory(name="Cyber Police Station Jammu", slug="station"),
    }


@pytest.fixture
def seeded(units):
    """The zone's reported figures, the station's in two periods."""
    ImpactFiguresFactory(unit=units["cells"], amount_on_hold=68_34_619, amount_refunded=21_85_702)
    ImpactFiguresFactory(
        unit=units["station"],
        amount_on_hold=1_28_57_776,
        amount_refunded=49_49_374,
        numbers_blocked=439,
        handsets_blocked=411,
    )
    ImpactFiguresFactory(
        unit=units["station"],
        period_start=date(2025, 4, 1),
        period_end=date(2025, 9, 30),
        amount_on_hold=10_00_000,
        amount_refunded=2_50_000,
        numbers_blocked=61,
        handsets_blocked=9,
    )
    return units


@pytest.mark.parametrize(
    ("number", "grouped", "words"),
    [
        (0, "0", ""),
        (999, "999", ""),
        (1_500, "1,500", ""),
        (99_999, "99,999", ""),
        (1_00_000, "1,00,000", "1 lakh"),
        (21_85_702, "21,85,702", "21.86 lakh"),
        (68_34_619, "68,34,619", "68.35 lakh"),
        (99_99_999, "99,99,999", "1 crore"),
        (1_28_57_776, "1,28,57,776", "1.29 crore"),
        (1_96_92_395, "1,96,92,395", "1.97 crore"),
        (12_34_56_78_901, "12,34,56,78,901", "1,234.57 crore"),
    ],
)
def test_indian_digit_grouping_and_words(number, grouped, words):
    with translation.override("en"):
        assert (group(number), in_words(number)) == (grouped, words)


def test_page_sums_by_unit_and_period(client, impact_page, seeded):
    response = client.get(impact_page.url)
    assert response.status_code == 200
    html = response.content.decode()
    station = next(s for s in response.context["summaries"] if s.unit.slug == "station")
    assert station.totals.amount_on_hold == 1_38_57_776
    assert station.totals.numbers_blocked == 500
    assert len(station.rows) == 2
    grand = response.context["grand"]
    assert grand.amount_on_hold == 2_06_92_395
    assert grand.amount_refunded == 73_85_076
    for text in ("₹68,34,619", "68.35 lakh", "₹1,38,57,776", "1.39 crore", "₹2,06,92,395", "500"):
        assert text in html
    assert "Cyber Police Station Jammu, all periods" in html


def test_chart_is_svg_with_a_data_table_and_no_script(client, impact_page, seeded):
    html = client.get(impact_page.url).content.decode()
    assert '<svg class="impact-chart__svg"' in html
    assert 'role="img"' in html and "<title" in html
    assert html.count("<rect ") == 4  # two units, on hold and refunded
    assert "<table" in html and "<caption" in html and 'scope="row"' in html
    assert "<script" not in html
    assert 'style="' not in html


def test_reach_left_empty_is_counted_from_held_sessions(client, impact_page, units):
    unit = units["station"]
    index = CampaignIndexPageFactory(parent=impact_page.get_parent())
    campaign = CampaignPageFactory(parent=index, unit=unit)
    for day, reach, kind in [(1, 300, "households"), (5, 450, "households"), (9, 120, "people")]:
        OutreachSessionFactory(
            page=campaign, starts_at=ist(2026, 3, day, 10), actual_reach=reach, reach_unit=kind
        )
    OutreachSessionFactory(page=campaign, starts_at=ist(2026, 3, 20, 10), actual_reach=999)  # later
    OutreachSessionFactory(page=campaign, starts_at=ist(2026, 2, 1, 10), actual_reach=999)  # before
    draft = CampaignPageFactory(parent=index, unit=unit, live=False)
    OutreachSessionFactory(page=draft, starts_at=ist(2026, 3, 2, 10), actual_reach=999)
    ImpactFiguresFactory(unit=unit, period_start=date(2026, 3, 1), period_end=date(2026, 3, 31))
    ImpactFiguresFactory(
        unit=unit,
        period_start=date(2026, 2, 1),
        period_end=date(2026, 2, 28),
        people_reached=50,
        sessions_held=3,
    )

    response = client.get(impact_page.url)
    rows = response.context["summaries"][0].rows
    march, february = sorted(rows, key=lambda r: r.figures.period_start, reverse=True)
    assert (march.totals.sessions_held, march.totals.households_reached) == (3, 750)
    assert march.totals.people_reached == 120
    assert set(march.from_sessions) == {"sessions_held", "people_reached", "households_reached"}
    # figures the editor typed win over the sessions; empty ones are still counted
    assert (february.totals.people_reached, february.totals.sessions_held) == (50, 3)
    assert february.totals.households_reached == 0
    assert "Counted from the outreach sessions" in response.content.decode()


def test_translated_campaign_is_not_counted_twice(units, home):
    unit = units["station"]
    index = CampaignIndexPageFactory(parent=home)
    campaign = CampaignPageFactory(parent=index, unit=unit)
    OutreachSessionFactory(page=campaign, starts_at=ist(2026, 3, 2, 10), actual_reach=40)
    index.copy_for_translation(Locale.objects.get(language_code="hi")).save_revision().publish()
    translated = campaign.copy_for_translation(Locale.objects.get(language_code="hi"))
    translated.save_revision().publish()
    figures = ImpactFiguresFactory(
        unit=unit, period_start=date(2026, 3, 1), period_end=date(2026, 3, 31)
    )
    summaries, grand = summarise([figures], held_sessions([unit.pk]))
    assert (grand.sessions_held, grand.people_reached) == (1, 40)


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ({"unit": "cells"}, 68_34_619),
        ({"year": "2025"}, 10_00_000),
        ({"year": "2024", "unit": "station"}, 1_28_57_776),
        ({"unit": "nobody"}, 2_06_92_395),
        ({"year": "1066"}, 2_06_92_395),
        ({"year": "twenty"}, 2_06_92_395),
        ({"year": ["2024", "x"], "unit": "\x00"}, 2_06_92_395),
    ],
)
def test_filters_narrow_the_sums_and_bad_ones_are_ignored(
    client, impact_page, seeded, query, expected
):
    response = client.get(impact_page.url, query)
    assert response.status_code == 200
    assert response.context["grand"].amount_on_hold == expected


def test_ignored_filter_is_reported(client, impact_page, seeded):
    assert "were ignored" in client.get(impact_page.url, {"year": "abc"}).content.decode()


def test_draft_figures_are_not_published(client, impact_page, seeded, units):
    ImpactFiguresFactory(
        unit=units["cells"], period_start=date(2025, 1, 1), amount_on_hold=5_00_00_000, live=False
    )
    assert client.get(impact_page.url).context["grand"].amount_on_hold == 2_06_92_395


def test_no_figures_yet(client, impact_page):
    html = client.get(impact_page.url).content.decode()
    assert "No figures have been published" in html


def test_period_cannot_end_before_it_starts(units):
    figures = ImpactFigures(
        unit=units["cells"], period_start=date(2024, 7, 1), period_end=date(2024, 6, 1)
    )
    with pytest.raises(ValidationError) as error:
        figures.full_clean()
    assert "period_end" in error.value.message_dict


def test_impact_page_queries_do_not_grow(client, impact_page, seeded, django_assert_num_queries):
    index = CampaignIndexPageFactory(parent=impact_page.get_parent())
    baseline = count_queries(client, impact_page.url)
    for n in range(5):
        unit = UnitFactory()
        ImpactFiguresFactory(unit=unit, period_start=date(2026, 3, 1), period_end=date(2026, 3, 31))
        campaign = CampaignPageFactory(parent=index, unit=unit)
        OutreachSessionFactory(page=campaign, starts_at=ist(2026, 3, n + 1, 10), actual_reach=10)
    client.get(impact_page.url)
    with django_assert_num_queries(baseline):
        client.get(impact_page.url)
