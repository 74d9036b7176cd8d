"""Load the demo campaigns, directory and impact figures; only what is missing is created."""

from datetime import date, datetime, time, timedelta

from django.utils import timezone
from wagtail.models import Locale, Page

from awareness_site.models import Audience, District, HomePage

from .demo_content import (
    CAMPAIGNS,
    FIGURES,
    OFFICIAL_ACCOUNTS,
    OTHER_CELLS,
    PAGES,
    SARSUNA_FIGURES,
    UNITS,
    district_cells,
)
from .models import (
    AudienceIndexPage,
    CampaignIndexPage,
    CampaignPage,
    CampaignRelatedPage,
    CyberCell,
    DirectoryPage,
    ImpactFigures,
    ImpactPage,
    OfficialAccount,
    OutreachSession,
    Unit,
)

SESSION_START = time(10, 30)
SESSION_HOURS = 2


def load():
    en = Locale.objects.get(language_code="en")
    home = HomePage.objects.get(locale=en)
    campaign_index = ensure_page(home, CampaignIndexPage, "campaigns")
    for slug, model in (
        ("for-you", AudienceIndexPage),
        ("cyber-cells", DirectoryPage),
        ("impact", ImpactPage),
    ):
        ensure_page(home, model, slug)
    units = ensure_units()
    ensure_directory()
    ensure_accounts()
    for data in CAMPAIGNS:
        ensure_campaign(campaign_index, data, units, en)
    ensure_figures(units)


def ensure_page(home, model, slug):
    page = model.objects.child_of(home).first()
    if page is None:
        data = PAGES[slug]
        page = model(title=data["titles"]["en"], slug=slug, intro=data["intro"], show_in_menus=True)
        home.add_child(instance=page)
        page.save_revision().publish()
    ensure_translations(page, PAGES[slug]["titles"])
    return page


def ensure_translations(page, titles):
    for locale in Locale.objects.exclude(pk=page.locale_id):
        if page.has_translation(locale):
            continue
        translation = page.copy_for_translation(locale)
        translation.title = titles.get(locale.language_code, page.title)
        translation.save_revision().publish()


def ensure_units():
    for slug, name, zone, division in UNITS:
        Unit.objects.get_or_create(
            slug=slug, defaults={"name": name, "zone": zone, "division": division}
        )
    return {unit.slug: unit for unit in Unit.objects.all()}


def ensure_directory():
    en = Locale.objects.get(language_code="en")
    checked = timezone.localdate() - timedelta(days=12)
    for data in [*district_cells(), *OTHER_CELLS]:
        if CyberCell.objects.filter(name=data["name"]).exists():
            continue
        fields = {**data, "district": District.objects.get(slug=data["district"], locale=en)}
        cell = CyberCell(last_verified=checked, **fields)
        cell.full_clean()  # the demo's numbers pass the same checks as an editor's
        cell.save()


def ensure_accounts():
    for network, handle, url, owner in OFFICIAL_ACCOUNTS:
        OfficialAccount.objects.get_or_create(
            network=network, handle=handle, defaults={"url": url, "owner": owner}
        )


def _local(day_offset, today, hours=SESSION_HOURS):
    start = timezone.make_aware(datetime.combine(today + timedelta(days=day_offset), SESSION_START))
    return start, start + timedelta(hours=hours)


def _session(data, row, today, locale):
    offset, venue, address, district, audience, planned, actual, *unit = row
    starts_at, ends_at = _local(offset, today)
    return OutreachSession(
        starts_at=starts_at,
        ends_at=ends_at,
        venue=venue,
        address=address,
        district=District.objects.get(slug=district, locale=locale),
        audience=Audience.objects.get(slug=audience, locale=locale),
        led_by="Officers of " + data["unit_name"],
        open_to_public=data.get("open", False),
        planned_reach=planned,
        actual_reach=actual,
        reach_unit=unit[0] if unit else "people",
        report="Questions went on after the talk; printed cards handed out." if actual else "",
    )


def ensure_campaign(index, data, units, locale):
    if Page.objects.filter(slug=data["slug"], locale=locale).exists():
        return
    today = timezone.localdate()
    unit = units[data["unit"]]
    page = CampaignPage(
        title=data["title"],
        slug=data["slug"],
        summary=data["summary"],
        unit=unit,
        start_date=today + timedelta(days=data["days"][0]),
        end_date=today + timedelta(days=data["days"][1]),
        body=[
            {"type": "text", "value": f"<p>{data['body']}</p>"},
            {"type": "steps", "value": {"heading": "Remember", "steps": data["steps"]}},
        ],
    )
    page.audiences = list(Audience.objects.filter(slug__in=data["audiences"], locale=locale))
    page.districts = list(District.objects.filter(slug__in=data["districts"], locale=locale))
    rows = {**data, "unit_name": unit.name}
    page.sessions = [_session(rows, row, today, locale) for row in data["sessions"]]
    related = Page.objects.filter(slug__in=data["related"], locale=locale)
    page.related_pages = [CampaignRelatedPage(related=p) for p in related]
    index.add_child(instance=page)
    page.save_revision().publish()


def ensure_figures(units):
    for data in FIGURES:
        start, end = (date.fromisoformat(d) for d in data["period"])
        values = {k: v for k, v in data.items() if k not in ("unit", "period")}
        ImpactFigures.objects.get_or_create(
            unit=units[data["unit"]], period_start=start, period_end=end, defaults=values
        )
    unit = units[SARSUNA_FIGURES["unit"]]
    if not ImpactFigures.objects.filter(unit=unit).exists():
        today = timezone.localdate()
        first, last = SARSUNA_FIGURES["days"]
        ImpactFigures.objects.create(
            unit=unit,
            period_start=today + timedelta(days=first),
            period_end=today + timedelta(days=last),
            source=SARSUNA_FIGURES["source"],
        )
