"""The channel form: secrets as environment variable names, routing as choices."""

from django import forms
from django.conf import settings
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.models import get_page_models

from .channels import backend_class
from .models import ENV_NAME, Channel
from .shareable import Shareable


def parse_pairs(text, check_value=None):
    pairs = {}
    for number, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        key, sep, value = line.partition("=")
        key, value = key.strip(), value.strip()
        if not sep or not key or not value:
            raise ValidationError(_("Line %(n)s: write KEY=VALUE.") % {"n": number})
        if check_value:
            check_value(key, value)
        pairs[key] = value
    return pairs


def env_name(key, value):
    try:
        ENV_NAME(value)
    except ValidationError:
        raise ValidationError(
            _(
                "%(key)s: give the NAME of an environment variable (like MASTODON_TOKEN), "
                "never the secret itself."
            )
            % {"key": key}
        ) from None


def severity_choices():
    """The severity scale of the shareable page types that have one."""
    for model in get_page_models():
        if issubclass(model, Shareable):
            try:
                return list(model._meta.get_field("severity").choices)
            except Exception:  # noqa: S112 - this page type has no severity
                continue
    return []


def term_choices(model_name):
    from django.apps import apps

    model = apps.get_model("awareness_site", model_name)
    seen = {}
    for slug, name in model.objects.order_by("name").values_list("slug", "name"):
        seen.setdefault(slug, name)
    return sorted(seen.items(), key=lambda item: item[1])


class PairsField(forms.CharField):
    widget = forms.Textarea(attrs={"rows": 3})

    def __init__(self, *args, check_value=None, **kwargs):
        super().__init__(*args, required=False, **kwargs)
        self.check_value = check_value

    def prepare_value(self, value):
        if isinstance(value, dict):
            return "\n".join(f"{k}={v}" for k, v in value.items())
        return value

    def clean(self, value):
        return parse_pairs(super().clean(value) or "", self.check_value)


class ChannelForm(WagtailAdminModelForm):
    base_url = forms.URLField(
        required=False,
        assume_scheme="https",
        label=_("API base URL"),
        help_text=_("Leave empty for the network's own server; set it for a self-hosted one."),
    )
    secret_env = PairsField(
        label=_("Secrets from environment variables"),
        check_value=env_name,
        help_text=_(
            "One per line, KEY=ENVIRONMENT_VARIABLE, e.g. access_token=MASTODON_TOKEN. "
            "The worker reads the value when it posts; it is never stored here."
        ),
    )
    options = PairsField(
        label=_("Options"),
        help_text=_(
            "One per line, e.g. handle=cyberpolice.bsky.social, chat_id=@alerts, timeout=10."
        ),
    )
    severities = forms.TypedMultipleChoiceField(
        coerce=int,
        required=False,
        widget=forms.CheckboxSelectMultiple,
        label=_("Only these severities"),
    )
    categories = forms.MultipleChoiceField(
        required=False, widget=forms.CheckboxSelectMultiple, label=_("Only these threat categories")
    )
    audiences = forms.MultipleChoiceField(
        required=False, widget=forms.CheckboxSelectMultiple, label=_("Only these audiences")
    )
    districts = forms.MultipleChoiceField(
        required=False,
        widget=forms.CheckboxSelectMultiple,
        label=_("Only these districts"),
        help_text=_("A district's own account: tick its district. The zone's account: none."),
    )
    languages = forms.MultipleChoiceField(
        required=False, widget=forms.CheckboxSelectMultiple, label=_("Only these languages")
    )

    class Meta:
        model = Channel
        fields = [
            "name",
            "network",
            "base_url",
            "enabled",
            "secret_env",
            "options",
            "severities",
            "categories",
            "audiences",
            "districts",
            "languages",
            "rate_per_minute",
            "daily_quota",
            "delete_on_unpublish",
            "credentials_expire_at",
        ]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["severities"].choices = severity_choices()
        self.fields["categories"].choices = term_choices("ThreatCategory")
        self.fields["audiences"].choices = term_choices("Audience")
        self.fields["districts"].choices = term_choices("District")
        self.fields["languages"].choices = list(settings.LANGUAGES)

    def clean(self):
        data = super().clean()
        network, secrets = data.get("network"), data.get("secret_env") or {}
        if network:
            missing = sorted(set(backend_class(network).secrets) - set(secrets))
            if missing:
                self.add_error("secret_env", _("This network needs: %s.") % ", ".join(missing))
        return data

    def save(self, commit=True):
        if self.instance.enabled and "enabled" in self.changed_data:
            self.instance.clear_flag()  # enabled again by a manager: the flag is dealt with
        return super().save(commit)
