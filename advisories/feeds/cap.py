"""CAP 1.2 (OASIS Common Alerting Protocol) documents for advisories."""

from django.utils.translation import gettext as _
from lxml import etree

from ..choices import Severity
from .text import one_line, rfc3339, xml_safe

CAP_NS = "urn:oasis:names:tc:emergency:cap:1.2"
CONTENT_TYPE = "application/cap+xml; charset=utf-8"
HEADLINE_LENGTH = 160  # CAP 1.2 asks for headlines of at most 160 characters

# (urgency, severity, certainty) for each advisory severity. Fraud threatens
# money, not life or health, so the top of the scale is Severe, never Extreme.
RESPONSE = {
    Severity.INFO: ("Future", "Minor", "Possible"),
    Severity.CAUTION: ("Expected", "Minor", "Likely"),
    Severity.WARNING: ("Expected", "Moderate", "Observed"),
    Severity.CRITICAL: ("Immediate", "Severe", "Observed"),
}


def advisory_info(page, help_settings):
    """The <info> block as ordered (element, value) pairs; a value may be nested pairs."""
    urgency, severity, certainty = RESPONSE[page.severity_level]
    info = [
        ("language", page.locale.language_code),
        ("category", "Security"),
        ("event", _event(page)),
        ("responseType", "Avoid"),
        ("urgency", urgency),
        ("severity", severity),
        ("certainty", certainty),
    ]
    audiences = ", ".join(one_line(a.name) for a in page.audiences.all())
    if audiences:
        info.append(("audience", audiences))
    info += [
        ("senderName", one_line(help_settings.unit_name)),
        ("headline", one_line(page.title)[:HEADLINE_LENGTH]),
        ("description", xml_safe(page.summary).strip()),
        ("instruction", instruction(page, help_settings)),
        ("web", page.get_full_url()),
        ("contact", _contact(help_settings)),
        ("area", [("areaDesc", _area(page, help_settings))]),
    ]
    return info


def _event(page):
    names = [one_line(c.name) for c in page.threat_categories.all()]
    return ", ".join(names) or _("Cyber fraud")


def instruction(page, help_settings):
    """The advisory's "what to do now" steps, numbered, then the lost-money step."""
    steps = [
        one_line(step)
        for block in page.body
        if block.block_type == "what_to_do"
        for step in block.value["steps"]
    ]
    steps.append(
        _("If you lost money, call %(helpline)s at once and report at %(portal)s.")
        % {
            "helpline": help_settings.national_helpline,
            "portal": help_settings.reporting_portal_url,
        }
    )
    return "\n".join(f"{number}. {step}" for number, step in enumerate(steps, 1))


def _contact(help_settings):
    parts = [_("Cyber-crime helpline %(number)s") % {"number": help_settings.national_helpline}]
    if help_settings.local_phone:
        parts.append(_("phone %(number)s") % {"number": help_settings.local_phone})
    if help_settings.local_whatsapp:
        parts.append(_("WhatsApp %(number)s") % {"number": help_settings.local_whatsapp})
    return one_line(f"{help_settings.unit_name}: {', '.join(parts)}")


def _area(page, help_settings):
    district = page.district
    if district is None:
        return one_line(_("All areas served by %(unit)s") % {"unit": help_settings.unit_name})
    return one_line(", ".join(filter(None, [district.name, district.state])))


def render_alert(alert, sender, info=None, note=""):
    """The CAP document for a CapAlert row (before or after it is saved) as a str."""
    root = etree.Element(f"{{{CAP_NS}}}alert", nsmap={None: CAP_NS})
    header = [
        ("identifier", alert.identifier),
        ("sender", sender),
        ("sent", rfc3339(alert.sent)),
        ("status", "Actual"),
        ("msgType", alert.msg_type),
        ("scope", "Public"),
        ("note", xml_safe(note)),
        ("references", alert.references),
        ("incidents", str(alert.advisory_guid)),
    ]
    _append(root, [(name, value) for name, value in header if value])
    if info:
        _append(etree.SubElement(root, f"{{{CAP_NS}}}info"), info)
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8", pretty_print=True).decode()


def _append(parent, pairs):
    for name, value in pairs:
        element = etree.SubElement(parent, f"{{{CAP_NS}}}{name}")
        if isinstance(value, list):
            _append(element, value)
        else:
            element.text = value
