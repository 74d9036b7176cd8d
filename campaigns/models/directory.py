"""The units, their cyber cells and stations, and the register of official accounts."""

from urllib.parse import quote, urlencode

from django.contrib.contenttypes.fields import GenericRelation
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.models import DraftStateMixin, RevisionMixin
from wagtail.search import index

from .. import phones
from ..fields import PhoneNumberField

DEFAULT_WHATSAPP_MESSAGE = "Hello, I need help with a cyber fraud."


class Unit(models.Model):
    """A police unit that runs campaigns and reports figures, e.g. a cyber police station
    or the district cyber cells of a zone together."""

    name = models.CharField(_("name"), max_length=150)
    slug = models.SlugField(_("slug"), max_length=100, unique=True)
    zone = models.CharField(_("zone or range"), max_length=100, blank=True)
    division = models.CharField(_("division"), max_length=100, blank=True)

    panels = [FieldPanel("name"), FieldPanel("slug"), FieldPanel("zone"), FieldPanel("division")]

    class Meta:
        ordering = ["name"]
        verbose_name = _("unit")
        verbose_name_plural = _("units")

    def __str__(self):
        return self.name


class CellKind(models.TextChoices):
    DISTRICT_CELL = "district-cell", _("District cyber cell")
    CYBER_STATION = "cyber-station", _("Cyber police station")
    POLICE_STATION = "police-station", _("Police station")
    HELP_DESK = "help-desk", _("WhatsApp help desk")


class CyberCellQuerySet(models.QuerySet):
    def public(self):
        return self.filter(live=True)

    def listing(self):
        return self.public().select_related("district").order_by("zone", "district__name", "name")

    def in_district(self, district):
        """Works for a district in any language: translations share a translation key."""
        return self.filter(district__translation_key=district.translation_key)


class CyberCell(DraftStateMixin, RevisionMixin, index.Indexed, models.Model):
    """An entry of the public directory: where to call, write or go for help."""

    name = models.CharField(_("name"), max_length=150)
    kind = models.CharField(_("kind"), max_length=20, choices=CellKind.choices)
    zone = models.CharField(_("zone or range"), max_length=100, blank=True)
    division = models.CharField(_("division"), max_length=100, blank=True)
    district = models.ForeignKey(
        "awareness_site.District",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("district"),
    )
    phone = PhoneNumberField(_("phone"), blank=True)
    whatsapp = PhoneNumberField(_("WhatsApp number"), blank=True)
    whatsapp_message = models.CharField(
        _("first WhatsApp message"),
        max_length=200,
        default=DEFAULT_WHATSAPP_MESSAGE,
        blank=True,
        help_text=_("Typed in for the person who taps the WhatsApp link; they can change it."),
    )
    email = models.EmailField(_("e-mail"), blank=True)
    address = models.CharField(_("address"), max_length=300, blank=True)
    hours = models.CharField(
        _("hours"), max_length=150, blank=True, help_text=_("e.g. Every day, 10:00 to 18:00")
    )
    map_url = models.URLField(
        _("map link"), blank=True, help_text=_("Leave empty to search the address on a map.")
    )
    last_verified = models.DateField(
        _("details last checked"), help_text=_("The day someone last called the numbers.")
    )
    _revisions = GenericRelation("wagtailcore.Revision", related_query_name="cyber_cell")

    objects = CyberCellQuerySet.as_manager()

    panels = [
        FieldPanel("name"),
        FieldPanel("kind"),
        MultiFieldPanel(
            [FieldPanel("zone"), FieldPanel("division"), FieldPanel("district")],
            heading=_("Unit"),
        ),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("phone"), FieldPanel("whatsapp")]),
                FieldPanel("whatsapp_message"),
                FieldPanel("email"),
            ],
            heading=_("Contact"),
        ),
        FieldPanel("address"),
        FieldPanel("hours"),
        FieldPanel("map_url"),
        FieldPanel("last_verified"),
    ]
    search_fields = [index.SearchField("name"), index.AutocompleteField("name")]

    class Meta:
        ordering = ["zone", "name"]
        verbose_name = _("cyber cell or station")
        verbose_name_plural = _("cyber cells and stations")

    def __str__(self):
        return self.name

    @property
    def revisions(self):
        return self._revisions

    @property
    def phone_display(self):
        return phones.display(self.phone)

    @property
    def whatsapp_display(self):
        return phones.display(self.whatsapp)

    @property
    def whatsapp_link(self):
        if not self.whatsapp:
            return ""
        link = f"https://wa.me/{phones.digits(self.whatsapp)}"
        return f"{link}?text={quote(self.whatsapp_message)}" if self.whatsapp_message else link

    @property
    def map_link(self):
        if self.map_url or not self.address:
            return self.map_url
        return "https://www.openstreetmap.org/search?" + urlencode({"query": self.address})


class Network(models.TextChoices):
    X = "x", "X (Twitter)"
    FACEBOOK = "facebook", "Facebook"
    INSTAGRAM = "instagram", "Instagram"
    YOUTUBE = "youtube", "YouTube"
    TELEGRAM = "telegram", "Telegram"
    WHATSAPP = "whatsapp", _("WhatsApp channel")
    MASTODON = "mastodon", "Mastodon"
    BLUESKY = "bluesky", "Bluesky"
    THREADS = "threads", "Threads"
    OTHER = "other", _("Other")


class OfficialAccount(DraftStateMixin, RevisionMixin, models.Model):
    """The register the public checks a handle against: an impostor is one not here."""

    network = models.CharField(_("network"), max_length=20, choices=Network.choices)
    handle = models.CharField(
        _("handle"), max_length=150, help_text=_("As it is shown, e.g. @CyberPSJammu")
    )
    url = models.URLField(_("address of the account"))
    owner = models.CharField(
        _("whose account"), max_length=150, help_text=_("e.g. Cyber Police Station Jammu")
    )
    _revisions = GenericRelation("wagtailcore.Revision", related_query_name="official_account")

    panels = [FieldPanel("network"), FieldPanel("handle"), FieldPanel("url"), FieldPanel("owner")]

    class Meta:
        ordering = ["network", "handle"]
        verbose_name = _("official social account")
        verbose_name_plural = _("official social accounts")

    def __str__(self):
        return f"{self.handle} ({self.get_network_display()})"

    @property
    def revisions(self):
        return self._revisions
