"""'Is this number really ours?': a phone number, e-mail address or handle against the
directory, the help numbers and the register of official accounts."""

import re
from dataclasses import dataclass, field
from urllib.parse import parse_qs, urlsplit

from django.core.exceptions import ValidationError
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from advisories.feeds.models import FollowPage
from advisories.feeds.models import OfficialAccount as FollowedAccount

from . import phones
from .handles import looks_alike, normalise_handle
from .models.directory import CyberCell, OfficialAccount

EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
PHONE_LIKE = re.compile(r"^[+\d\s().\-/]+$")
WHATSAPP_LINK = re.compile(r"^(https?://)?(www\.)?(wa\.me|api\.whatsapp\.com)/", re.IGNORECASE)
SHORT_CODE_DIGITS = 6


@dataclass
class Match:
    label: str
    detail: str = ""
    url: str = ""


@dataclass
class CheckResult:
    kind: str  # "phone", "email" or "handle"
    shown_as: str  # the input, normalised, as it was looked up
    matches: list[Match] = field(default_factory=list)
    lookalikes: list[Match] = field(default_factory=list)
    problem: str = ""  # why the input cannot belong to anyone, e.g. a number too short

    @property
    def is_ours(self):
        return bool(self.matches)


def check(text, help_settings):
    text = text.strip()
    if WHATSAPP_LINK.match(text):
        return check_phone(_number_from_whatsapp_link(text), help_settings)
    if EMAIL.match(text):
        result = check_email(text)
        fediverse = (
            None if result.is_ours else check_handle(text, help_settings)
        )  # user@server.social
        return fediverse if fediverse and fediverse.is_ours else result
    if PHONE_LIKE.match(text) and sum(ch.isdigit() for ch in text) >= 3:
        return check_phone(text, help_settings)
    return check_handle(text, help_settings)


def _number_from_whatsapp_link(text):
    parts = urlsplit(text if "://" in text else f"https://{text}")
    number = parts.path.strip("/") or parse_qs(parts.query).get("phone", [""])[0]
    return "+" + phones.digits(number) if phones.digits(number) else text


def help_numbers(help_settings):
    """(label, number as typed) of the numbers shown in the help box."""
    return [
        (_("National cyber-crime helpline"), help_settings.national_helpline),
        (_("Police emergency number"), help_settings.emergency_number),
        (_("Local WhatsApp help number"), help_settings.local_whatsapp),
        (_("Local phone number"), help_settings.local_phone),
    ]


def check_phone(text, help_settings):
    typed_digits = phones.digits(text)
    if len(typed_digits) <= SHORT_CODE_DIGITS and not text.strip().startswith("+"):
        matches = [
            Match(label)
            for label, number in help_numbers(help_settings)
            if number and phones.digits(number) == typed_digits
        ]
        return CheckResult("phone", typed_digits, matches)
    try:
        e164 = phones.to_e164(text)
    except ValidationError as error:
        return CheckResult("phone", text, problem=error.messages[0])
    matches = [
        Match(label)
        for label, number in help_numbers(help_settings)
        if phones.try_e164(number) == e164
    ]
    for cell in CyberCell.objects.public().filter(Q(phone=e164) | Q(whatsapp=e164)):
        how = [str(_("phone"))] if cell.phone == e164 else []
        how += [str(_("WhatsApp"))] if cell.whatsapp == e164 else []
        matches.append(Match(cell.name, " / ".join(how)))
    return CheckResult("phone", phones.display(e164), matches)


def check_email(text):
    address = text.lower()
    cells = CyberCell.objects.public().exclude(email="")
    matches = [Match(cell.name) for cell in cells if cell.email.lower() == address]
    local = address.split("@")[0]
    lookalikes = [
        Match(cell.email, cell.name, f"mailto:{cell.email}")
        for cell in cells
        if not matches and cell.email.lower().split("@")[0] == local
    ]
    return CheckResult("email", address, matches, lookalikes)


@dataclass(frozen=True)
class Account:
    handle: str
    url: str
    owner: str
    network: str

    def keys(self):
        """The forms in which people may type it: '@Handle', its web address."""
        return {key for key in (normalise_handle(self.handle), normalise_handle(self.url)) if key}

    def as_match(self):
        detail = _("%(owner)s on %(network)s") % {"owner": self.owner, "network": self.network}
        return Match(self.handle, detail, self.url)


def official_accounts(help_settings):
    """The register of official accounts, and those the live Follow page lists."""
    accounts = [
        Account(a.handle, a.url, a.owner, a.get_network_display())
        for a in OfficialAccount.objects.filter(live=True)
    ]
    listed = FollowedAccount.objects.filter(page__in=FollowPage.objects.live().public())
    accounts += [
        Account(a.handle, a.url, help_settings.unit_name, a.get_network_display()) for a in listed
    ]
    unique = {}
    for account in accounts:  # the Follow page's translations list the same accounts
        unique.setdefault(frozenset(account.keys()), account)
    return list(unique.values())


def check_handle(text, help_settings):
    handle = normalise_handle(text)
    result = CheckResult("handle", f"@{handle}" if handle else text)
    if not handle:
        result.problem = str(_("This is not a phone number, e-mail address or handle we can read."))
        return result
    for account in official_accounts(help_settings):
        keys = account.keys()
        if handle in keys:
            result.matches.append(account.as_match())
        elif any(looks_alike(handle, key) for key in keys):
            result.lookalikes.append(account.as_match())
    if result.matches:
        result.lookalikes = []
    return result
