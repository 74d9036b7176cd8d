"""Outreach sessions as an iCalendar (RFC 5545) feed that schools and partners subscribe to.

Each session keeps its UID for as long as it exists, so an edited session updates the
event in a subscriber's calendar instead of adding a second one. Times carry the site's
time zone (TZID) with its VTIMEZONE definition.
"""

from datetime import UTC, timedelta

from django.conf import settings
from django.utils import timezone
from django.utils.text import slugify
from django.utils.translation import gettext as _
from icalendar import Calendar, Event, Timezone

PAST_DAYS = 365


def window_start(now=None):
    return (now or timezone.now()) - timedelta(days=PAST_DAYS)


def build_calendar(sessions, name, feed_id, request):
    site = slugify(settings.WAGTAIL_SITE_NAME)
    calendar = Calendar.new(
        name=name,
        prodid=f"-//{settings.WAGTAIL_SITE_NAME}//Outreach sessions//EN",
        uid=f"{feed_id}@{site}",
        url=request.build_absolute_uri(),
        refresh_interval=timedelta(hours=6),
    )
    calendar.add("x-wr-timezone", settings.TIME_ZONE)
    # Always there, so that even a feed without sessions has the component RFC 5545 asks for.
    calendar.add_component(Timezone.from_tzid(settings.TIME_ZONE))
    for session in sessions:
        calendar.add_component(session_event(session, request))
    calendar.add_missing_timezones()
    return calendar


def _local(value):
    return timezone.localtime(value, timezone.get_default_timezone())


def session_event(session, request):
    campaign = session.page
    url = request.build_absolute_uri(campaign.get_url(request))
    event = Event.new(
        uid=session.uid,
        stamp=_stamp(campaign),
        start=_local(session.starts_at),
        end=_local(session.ends_at),
        summary=f"{campaign.title}: {session.venue}",
        location=", ".join(part for part in (session.venue, session.address) if part),
        description=_description(session, url),
        url=url,
        categories=[session.audience.name] if session.audience else [],
    )
    return event


def _stamp(campaign):
    """When the session's details last changed: the campaign's last publication."""
    changed = campaign.last_published_at or campaign.latest_revision_created_at
    return (changed or timezone.now()).astimezone(UTC)


def _description(session, url):
    lines = [session.page.summary]
    if session.led_by:
        lines.append(_("Led by %(who)s.") % {"who": session.led_by})
    lines.append(
        _("Open to the public.") if session.open_to_public else _("For invited participants.")
    )
    lines.append(url)
    return "\n".join(lines)
