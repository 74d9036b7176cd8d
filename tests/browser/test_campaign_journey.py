"""Journey 3: an editor schedules a campaign with two outreach sessions; a moderator
approves it with the keyboard alone; the sessions appear on the campaign page, on
the audience page and in the iCalendar feed."""

import re
import secrets
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import icalendar
import pytest
from playwright.sync_api import expect

from .admin import add_child_page, approve_and_publish_by_keyboard, footer_action, log_in
from .helpers import DESKTOP, PHONE, screenshots

pytestmark = pytest.mark.browser

INDIA = ZoneInfo("Asia/Kolkata")


def _sessions(tag):
    day = datetime.now(INDIA).replace(hour=10, minute=30, second=0, microsecond=0)
    return [
        (day + timedelta(days=12), f"Community hall, Kathua ({tag})"),
        (day + timedelta(days=15, hours=4), f"Old-age home, Samba ({tag})"),
    ]


def _fill_session(page, number, starts, venue):
    """One session; its audience is left to the campaign's, as the form suggests."""
    page.get_by_role("button", name="Add session").click()
    row = f"#id_sessions-{number}"
    for field, when in (("starts_at", starts), ("ends_at", starts + timedelta(hours=2))):
        page.locator(f"{row}-{field}").fill(when.strftime("%Y-%m-%d %H:%M"))
        page.keyboard.press("Escape")  # close the date picker
    page.locator(f"{row}-venue").fill(venue)
    page.locator(f"{row}-open_to_public").check()


def test_editor_schedules_a_campaign_whose_sessions_reach_page_audience_and_calendar(
    new_page, site
):
    tag = secrets.token_hex(3)
    title = f"Safe banking for pensioners {tag}"
    sessions = _sessions(tag)
    editor = new_page(DESKTOP)
    log_in(editor, "editor", site.login("editor"))

    add_child_page(editor, "/campaigns/")
    editor.get_by_role("textbox", name="Title*").fill(title)
    editor.get_by_role("textbox", name="Summary*").fill(
        "Officers visit pensioners to show how bank frauds work and save the help numbers."
    )
    first_day = sessions[0][0].date() - timedelta(days=1)
    editor.get_by_label("First day*").fill(first_day.isoformat())
    editor.get_by_label("Last day*").fill((first_day + timedelta(days=10)).isoformat())
    editor.get_by_label("Senior citizens", exact=True).first.check()
    editor.get_by_label("Kathua", exact=True).check()
    for number, (starts, venue) in enumerate(sessions):
        _fill_session(editor, number, starts, venue)
    screenshots(editor, "journey3-editor-schedules")
    footer_action(editor, "Submit to Approval")
    expect(editor.locator(".messages")).to_contain_text("submitted for moderation")

    moderator = new_page(DESKTOP)
    log_in(moderator, "moderator", site.login("moderator"))
    approve_and_publish_by_keyboard(moderator, title)
    expect(moderator.get_by_role("row").filter(has_text=title)).to_contain_text(
        re.compile("live", re.IGNORECASE)
    )

    reader = new_page(PHONE)
    reader.goto("/campaigns/")
    with reader.expect_navigation():
        reader.get_by_role("link", name=title).first.click()
    expect(reader.get_by_role("heading", level=1)).to_have_text(title)
    for starts, venue in sessions:
        session = reader.locator("li.session").filter(has_text=venue)
        expect(session.locator("time").first).to_have_attribute("datetime", starts.isoformat())
    calendar_url = reader.get_by_role("link", name=re.compile("iCalendar")).get_attribute("href")
    screenshots(reader, "journey3-campaign")

    reader.goto("/for-you/")
    with reader.expect_navigation():
        reader.get_by_role("link", name="Senior citizens").click()
    upcoming = reader.locator(
        "section", has=reader.get_by_role("heading", name="Upcoming sessions")
    )
    for _starts, venue in sessions:
        expect(upcoming.locator("li.session").filter(has_text=venue)).to_have_count(1)
    screenshots(reader, "journey3-audience-senior-citizens")

    calendar = icalendar.Calendar.from_ical(reader.request.get(calendar_url).body())
    events = {
        str(event["LOCATION"]): event["DTSTART"].dt
        for event in calendar.walk("VEVENT")
        if tag in str(event.get("LOCATION", "")) or tag in str(event.get("SUMMARY", ""))
    }
    assert len(events) == 2, events
    for starts, venue in sessions:
        matching = [when for where, when in events.items() if venue in where]
        assert matching == [starts], (venue, events)
