"""Campaign pages: status from dates, sessions, the campaign list, editing and demo content."""

import io
import re
from datetime import date

import pytest
from django.core.exceptions import ValidationError
from django.core.management import call_command
from django.urls import reverse
from django.utils import translation
from freezegun import freeze_time
from wagtail.models import Page, PageViewRestriction
from wagtail.test.utils.form_data import inline_formset, nested_form_data, streamfield

from campaigns.models import (
    CampaignMaterial,
    CampaignPage,
    CampaignRelatedPage,
    CampaignStatus,
    CyberCell,
    ImpactFigures,
    OutreachSession,
)
from social.models import Channel, Delivery
from tests.campaign_factories import (
    CampaignIndexPageFactory,
    CampaignPageFactory,
    OutreachSessionFactory,
    count_queries,
    ist,
)
from tests.factories import AdvisoryPageFactory, AudienceFactory, DistrictFactory, ImageFactory


@pytest.fixture(autouse=True)
def english():
    """Addresses reversed in English, whatever language an earlier test left active."""
    with translation.override("en"):
        yield


@pytest.fixture
def campaign_index(home):
    return CampaignIndexPageFactory(parent=home, show_in_menus=True)


def campaign(index, **kwargs):
    kwargs.setdefault("start_date", date(2026, 3, 10))
    kwargs.setdefault("end_date", date(2026, 3, 20))
    return CampaignPageFactory(parent=index, **kwargs)


def positions(html, *needles):
    return [html.index(needle) for needle in needles]


# --- status ---------------------------------------------------------------------------
# A page made in memory reads its content type from the database (Wagtail's Page.__init__)
# unless a test before it left that in the process's memory: these ask for the database.


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("utc_moment", "status"),
    [
        ("2026-03-09 18:29:59", CampaignStatus.UPCOMING),  # 23:59:59 on the 9th in India
        ("2026-03-09 18:30:00", CampaignStatus.RUNNING),  # midnight of the first day
        ("2026-03-20 18:29:59", CampaignStatus.RUNNING),  # last second of the last day
        ("2026-03-20 18:30:00", CampaignStatus.ENDED),
    ],
)
def test_status_changes_at_midnight_in_india(utc_moment, status):
    page = CampaignPage(start_date=date(2026, 3, 10), end_date=date(2026, 3, 20))
    with freeze_time(utc_moment):
        assert page.current_status == status


@pytest.mark.django_db
def test_status_follows_the_time_zone_setting(settings):
    page = CampaignPage(start_date=date(2026, 3, 10), end_date=date(2026, 3, 20))
    with freeze_time("2026-03-09 20:00:00"):  # the 10th in India, still the 9th in London
        assert page.current_status == CampaignStatus.RUNNING
        settings.TIME_ZONE = "Europe/London"
        assert page.current_status == CampaignStatus.UPCOMING


@pytest.mark.django_db
def test_one_day_campaign_runs_all_that_day():
    page = CampaignPage(start_date=date(2026, 3, 10), end_date=date(2026, 3, 10))
    with freeze_time("2026-03-10 18:29:00"):
        assert page.current_status == CampaignStatus.RUNNING


def test_campaign_cannot_end_before_it_starts(campaign_index):
    page = CampaignPage(
        title="Backwards",
        slug="backwards",
        summary="x",
        start_date=date(2026, 3, 10),
        end_date=date(2026, 3, 9),
    )
    with pytest.raises(ValidationError) as error:
        page.full_clean()
    assert "end_date" in error.value.message_dict


# --- the campaign page ----------------------------------------------------------------


@freeze_time("2026-03-15 06:00:00")
def test_campaign_page_shows_status_and_sessions_in_time_order(client, campaign_index):
    page = campaign(campaign_index)
    # Editors' order is not time order; the public sees sessions by time.
    OutreachSessionFactory(
        page=page, sort_order=0, venue="Late hall", starts_at=ist(2026, 3, 19, 10)
    )
    OutreachSessionFactory(
        page=page, sort_order=1, venue="Soon hall", starts_at=ist(2026, 3, 16, 10)
    )
    OutreachSessionFactory(
        page=page, sort_order=2, venue="Old hall", starts_at=ist(2026, 3, 11, 10)
    )
    OutreachSessionFactory(
        page=page,
        sort_order=3,
        venue="Recent hall",
        starts_at=ist(2026, 3, 14, 10),
        actual_reach=120,
    )
    html = client.get(page.url).content.decode()
    assert "Running now" in html
    soon, late, recent, old = positions(html, "Soon hall", "Late hall", "Recent hall", "Old hall")
    assert soon < late < recent < old  # coming ones soonest first, then held ones latest first
    assert "Reached 120 people." in html
    assert "Monday 16 March 2026, 10:00" in html  # shown in India Standard Time


@freeze_time("2026-03-15 06:00:00")
def test_session_in_progress_is_still_coming(client, campaign_index):
    page = campaign(campaign_index)
    OutreachSessionFactory(page=page, venue="Now hall", starts_at=ist(2026, 3, 15, 10, 30))
    context = client.get(page.url).context
    assert [s.venue for s in context["upcoming_sessions"]] == ["Now hall"]


def test_session_must_end_after_it_starts(campaign_index):
    session = OutreachSession(
        page=campaign(campaign_index),
        venue="Hall",
        starts_at=ist(2026, 3, 10, 12),
        ends_at=ist(2026, 3, 10, 11),
    )
    with pytest.raises(ValidationError) as error:
        session.full_clean()
    assert "ends_at" in error.value.message_dict


def test_related_advice_leaves_out_drafts(client, campaign_index, advisory_index):
    page = campaign(campaign_index)
    live = AdvisoryPageFactory(parent=advisory_index, title="Live advice")
    draft = AdvisoryPageFactory(parent=advisory_index, title="Draft advice", live=False)
    for related in (draft, live):
        CampaignRelatedPage.objects.create(page=page, related=related)
    html = client.get(page.url).content.decode()
    assert "Live advice" in html
    assert "Draft advice" not in html


def test_material_is_a_picture_or_a_document(campaign_index):
    material = CampaignMaterial(page=campaign(campaign_index))
    with pytest.raises(ValidationError):
        material.clean()


def test_materials_are_shown_to_print(client, campaign_index):
    page = campaign(campaign_index)
    CampaignMaterial.objects.create(
        page=page, image=ImageFactory(title="Poster"), caption="A4 poster"
    )
    html = client.get(page.url).content.decode()
    assert "A4 poster" in html
    assert 'alt="A test picture"' in html


def test_campaign_is_shareable(campaign_index):
    audience, district = AudienceFactory(slug="ngos", name="NGOs"), DistrictFactory(slug="doda")
    page = campaign(campaign_index, summary="Training volunteers.")
    page.audiences.add(audience)
    page.districts.add(district)
    page.save()
    assert page.get_share_summary() == "Training volunteers."
    assert page.get_share_tags() == ["NGOs"]
    routing = page.get_share_routing()
    assert routing.audiences == {"ngos"} and routing.districts == {"doda"}
    assert page.get_share_url().endswith("/campaigns/" + page.slug + "/")


# --- the campaign list ----------------------------------------------------------------


@freeze_time("2026-03-15 06:00:00")
def test_list_puts_running_and_upcoming_first_then_past(client, campaign_index):
    campaign(
        campaign_index, title="Past one", start_date=date(2026, 1, 1), end_date=date(2026, 1, 31)
    )
    campaign(
        campaign_index, title="Later one", start_date=date(2026, 4, 1), end_date=date(2026, 4, 9)
    )
    campaign(campaign_index, title="Running one")
    campaign(
        campaign_index, title="Older one", start_date=date(2025, 1, 1), end_date=date(2025, 1, 2)
    )
    html = client.get(campaign_index.url).content.decode()
    running, later, past, older = positions(
        html, "Running one", "Later one", "Past one", "Older one"
    )
    assert running < later < past < older


@freeze_time("2026-03-15 06:00:00")
def test_list_shows_upcoming_sessions_of_all_campaigns_soonest_first(client, campaign_index):
    first, second = campaign(campaign_index), campaign(campaign_index)
    OutreachSessionFactory(page=first, venue="Hall B", starts_at=ist(2026, 3, 18, 10))
    OutreachSessionFactory(page=second, venue="Hall A", starts_at=ist(2026, 3, 16, 10))
    OutreachSessionFactory(page=second, venue="Hall past", starts_at=ist(2026, 3, 12, 10))
    sessions = client.get(campaign_index.url).context["upcoming_sessions"]
    assert [s.venue for s in sessions] == ["Hall A", "Hall B"]


@freeze_time("2026-03-15 06:00:00")
def test_list_filters_by_audience_and_district(client, campaign_index):
    students, elderly = AudienceFactory(slug="students"), AudienceFactory(slug="elderly")
    samba, doda = DistrictFactory(slug="samba"), DistrictFactory(slug="doda")
    school = campaign(campaign_index, title="School talks")
    school.audiences.add(students)
    school.districts.add(samba)
    school.save()
    homes = campaign(campaign_index, title="Home visits")
    homes.audiences.add(elderly)
    homes.districts.add(doda)
    homes.save()
    OutreachSessionFactory(page=school, venue="School hall", starts_at=ist(2026, 3, 17, 10))
    OutreachSessionFactory(
        page=homes, venue="Samba home", district=samba, starts_at=ist(2026, 3, 18, 10)
    )

    by_audience = client.get(campaign_index.url, {"audience": "students"}).context
    assert [c.title for c in by_audience["current_campaigns"]] == ["School talks"]
    assert [s.venue for s in by_audience["upcoming_sessions"]] == ["School hall"]

    by_district = client.get(campaign_index.url, {"district": "samba"}).context
    assert [c.title for c in by_district["current_campaigns"]] == ["School talks"]
    # a session's own district counts, even when its campaign is for elsewhere
    assert [s.venue for s in by_district["upcoming_sessions"]] == ["School hall", "Samba home"]

    both = client.get(campaign_index.url, {"audience": "elderly", "district": "samba"}).context
    assert both["current_campaigns"] == []
    assert [s.venue for s in both["upcoming_sessions"]] == ["Samba home"]


@pytest.mark.parametrize(
    "query",
    [
        {"audience": "no-such-audience"},
        {"district": "x" * 500},
        {"audience": "<script>", "district": "'; DROP TABLE--"},
        {"audience": ["a", "b"], "page": "-1"},
        {"page": "999999"},
        {"district": "\x00"},
    ],
)
def test_bad_filters_are_ignored_never_a_server_error(client, campaign_index, query):
    campaign(campaign_index, title="Still listed", end_date=date(2099, 1, 1))
    response = client.get(campaign_index.url, query)
    assert response.status_code == 200
    assert "Still listed" in response.content.decode()


def test_unknown_filter_value_is_reported(client, campaign_index):
    html = client.get(campaign_index.url, {"audience": "martians"}).content.decode()
    assert "were ignored" in html


def test_drafts_and_private_campaigns_stay_out_of_the_list(client, campaign_index):
    far = date(2099, 1, 1)
    draft = campaign(campaign_index, title="Secret draft", live=False, end_date=far)
    private = campaign(campaign_index, title="Private plan", end_date=far)
    PageViewRestriction.objects.create(page=private, restriction_type="login")
    for page in (draft, private):
        OutreachSessionFactory(
            page=page, venue=f"Venue of {page.title}", starts_at=ist(2099, 1, 1, 9)
        )
    html = client.get(campaign_index.url).content.decode()
    for text in ("Secret draft", "Private plan", "Venue of Secret draft", "Venue of Private plan"):
        assert text not in html


@freeze_time("2026-03-15 06:00:00")
def test_list_queries_do_not_grow_with_campaigns_and_sessions(
    client, campaign_index, django_assert_num_queries
):
    audience, district = AudienceFactory(slug="students"), DistrictFactory(slug="samba")

    def add_campaigns(count):
        """As many past campaigns as current ones, each current one with two sessions."""
        for n in range(count):
            past = campaign(
                campaign_index, start_date=date(2025, 1, n + 1), end_date=date(2025, 2, 1)
            )
            current = campaign(campaign_index, end_date=date(2026, 4, n + 1))
            for page in (past, current):
                page.audiences.add(audience)
                page.districts.add(district)
                page.save()
            for day in (16, 17):
                OutreachSessionFactory(
                    page=current,
                    starts_at=ist(2026, 3, day, 10),
                    audience=audience,
                    district=district,
                )

    add_campaigns(1)
    url = campaign_index.url + "?audience=students"
    baseline = count_queries(client, url)
    add_campaigns(5)
    client.get(url)
    with django_assert_num_queries(baseline):
        client.get(url)


# --- editing --------------------------------------------------------------------------


def campaign_form(audience, sessions=(), social_preferences=(), slug="town-hall-talks"):
    return nested_form_data(
        {
            "title": "Town hall talks",
            "slug": slug,
            "summary": "Talks for everyone.",
            "start_date": "2026-03-10",
            "end_date": "2026-03-20",
            "audiences": [audience.pk],
            "body": streamfield([]),
            "sessions": inline_formset(list(sessions)),
            "materials": inline_formset([]),
            "related_pages": inline_formset([]),
            "social_preferences": inline_formset(list(social_preferences)),
            "action-publish": "publish",
        }
    )


def test_editor_can_create_a_campaign_with_sessions(admin_client, campaign_index):
    audience = AudienceFactory()
    url = reverse("wagtailadmin_pages:add", args=("campaigns", "campaignpage", campaign_index.pk))
    session = {
        "starts_at": "2026-03-12 10:30",
        "ends_at": "2026-03-12 12:00",
        "venue": "Town hall",
        "address": "",
        "district": "",
        "audience": "",
        "led_by": "SI Sharma",
        "planned_reach": "100",
        "reach_unit": "people",
        "actual_reach": "",
        "report": "",
    }
    response = admin_client.post(url, campaign_form(audience, sessions=[session]))
    assert response.status_code == 302, response.context["form"].errors
    page = CampaignPage.objects.get(slug="town-hall-talks")
    assert page.live
    session = page.sessions.get()
    assert session.starts_at == ist(2026, 3, 12, 10, 30)  # typed in India Standard Time


def test_editor_chooses_where_a_campaign_is_posted(admin_client, campaign_index):
    """Campaigns are posted like advisories, and their edit screen has the same choices."""
    console = Channel.objects.create(name="console", network="console")
    add = reverse("wagtailadmin_pages:add", args=("campaigns", "campaignpage", campaign_index.pk))
    audience = AudienceFactory()
    nowhere = {"channel": "", "post": "", "text": ""}
    for slug, choices in (("posted", []), ("not-posted", [nowhere])):
        form = campaign_form(audience, social_preferences=choices, slug=slug)
        response = admin_client.post(add, form)
        assert response.status_code == 302, response.context["form"].errors
    posted, not_posted = (CampaignPage.objects.get(slug=s) for s in ("posted", "not-posted"))
    assert posted.live and not_posted.live
    assert list(Delivery.objects.filter(page_id=posted.pk).values_list("channel", flat=True)) == [
        console.pk
    ]
    assert not Delivery.objects.filter(page_id=not_posted.pk).exists()
    edit = admin_client.get(reverse("wagtailadmin_pages:edit", args=[posted.pk])).content.decode()
    assert "Social posts" in edit
    assert "Posting choice" in edit


# --- demo content ---------------------------------------------------------------------


def test_demo_content_has_campaigns_with_past_and_upcoming_sessions(db):
    call_command("load_demo_content", stdout=io.StringIO())
    counts = (
        CampaignPage.objects.count(),
        OutreachSession.objects.count(),
        CyberCell.objects.count(),
    )
    call_command("load_demo_content", stdout=io.StringIO())
    assert counts == (
        CampaignPage.objects.count(),
        OutreachSession.objects.count(),
        CyberCell.objects.count(),
    )
    from django.utils import timezone

    now = timezone.now()
    for slug in (
        "cyber-safety-in-schools-and-colleges",
        "cyber-hygiene-for-hospitals",
        "frauds-against-retired-personnel",
        "cyber-safety-for-armed-forces",
        "old-age-homes-no-otp",
        "working-with-ngos",
    ):
        sessions = OutreachSession.objects.filter(page__slug=slug)
        assert sessions.filter(starts_at__lt=now).exists(), slug
        assert sessions.filter(starts_at__gt=now).exists(), slug
    assert CyberCell.objects.filter(kind="district-cell", zone="Jammu zone").count() == 10
    assert ImpactFigures.objects.filter(amount_on_hold=68_34_619).exists()
    menu = Page.objects.filter(show_in_menus=True, locale__language_code="en")
    assert {"campaigns", "for-you", "cyber-cells", "impact"} <= set(
        menu.values_list("slug", flat=True)
    )
    assert re.fullmatch(r"\+9190000\d{5}", CyberCell.objects.get(name__endswith="Samba").whatsapp)


def test_page_tree_rules(page_tests):
    from awareness_site.models import HomePage
    from campaigns.models import AudienceIndexPage, CampaignIndexPage, DirectoryPage, ImpactPage

    page_tests.assertAllowedParentPageTypes(CampaignPage, {CampaignIndexPage})
    page_tests.assertAllowedSubpageTypes(CampaignIndexPage, {CampaignPage})
    for model in (CampaignIndexPage, AudienceIndexPage, DirectoryPage, ImpactPage):
        page_tests.assertAllowedParentPageTypes(model, {HomePage})
    for model in (CampaignPage, AudienceIndexPage, DirectoryPage, ImpactPage):
        page_tests.assertAllowedSubpageTypes(model, set())


def test_editor_can_create_the_section_pages(page_tests, home):
    from campaigns.models import AudienceIndexPage, CampaignIndexPage, DirectoryPage, ImpactPage

    for model, slug in [
        (CampaignIndexPage, "campaigns"),
        (AudienceIndexPage, "for-you"),
        (DirectoryPage, "cyber-cells"),
        (ImpactPage, "impact"),
    ]:
        data = nested_form_data({"title": slug.title(), "slug": slug, "intro": "Hello."})
        page_tests.assertCanCreate(home, model, data)
        page = model.objects.get(slug=slug)
        page.save_revision().publish()
        page_tests.assertPageIsRenderable(page)


@freeze_time("2026-03-15 06:00:00")
def test_preview_shows_sessions_not_yet_saved(campaign_index, rf, admin_user):
    page = campaign(campaign_index)
    OutreachSessionFactory(page=page, venue="Saved hall", starts_at=ist(2026, 3, 16, 10))
    sessions = list(page.sessions.all())
    same_time = {"starts_at": ist(2026, 3, 16, 10), "ends_at": ist(2026, 3, 16, 11)}
    sessions.append(OutreachSession(venue="Unsaved hall", **same_time))
    page.sessions = sessions
    request = rf.get("/")
    request.user = admin_user
    response = page.make_preview_request(request)
    html = response.rendered_content
    assert "Saved hall" in html and "Unsaved hall" in html
