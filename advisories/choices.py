"""Fixed vocabularies of the advisory record."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class Severity(models.IntegerChoices):
    """An ordered scale; public wording and colours pass WCAG AA with white text."""

    INFO = 1, _("Be aware")
    CAUTION = 2, _("Be careful")
    WARNING = 3, _("Warning: active scam")
    CRITICAL = 4, _("Alert: act now")

    @property
    def colour(self):
        return SEVERITY_COLOURS[self]

    @property
    def css_class(self):
        return f"severity-{self.name.lower()}"


# Each has at least 4.5:1 contrast against white text.
SEVERITY_COLOURS = {
    Severity.INFO: "#1d4ed8",  # blue 7.0:1
    Severity.CAUTION: "#8a4b00",  # amber-brown 6.1:1
    Severity.WARNING: "#b91c1c",  # red 6.5:1
    Severity.CRITICAL: "#6b0f1a",  # dark red 11.6:1
}


class ContactMethod(models.TextChoices):
    PHONE_CALL = "phone", _("Phone call")
    SMS = "sms", _("SMS")
    WHATSAPP = "whatsapp", _("WhatsApp")
    APP = "app", _("Mobile app")
    WEBSITE = "website", _("Website or link")
    SOCIAL_MEDIA = "social", _("Social media")
    EMAIL = "email", _("E-mail")
    IN_PERSON = "in_person", _("In person")


class Impersonation(models.TextChoices):
    BANK = "bank", _("Bank")
    COURIER = "courier", _("Courier or customs")
    POLICE = "police", _("Police or investigating agency")
    TELECOM = "telecom", _("Telecom company")
    EMPLOYER = "employer", _("Employer or recruiter")
    GOVERNMENT = "government", _("Government department")
    CUSTOMER_CARE = "customer_care", _("Customer care of a company")
    BUYER_SELLER = "buyer_seller", _("Buyer or seller online")
    LENDER = "lender", _("Loan company")
    RELATIVE = "relative", _("Relative or friend")
    INVESTMENT = "investment", _("Investment adviser or trading group")


class IndicatorKind(models.TextChoices):
    PHONE = "phone", _("Phone number")
    UPI = "upi", _("UPI ID")
    URL = "url", _("Web address")
    EMAIL = "email", _("E-mail address")
    OTHER = "other", _("Other")
