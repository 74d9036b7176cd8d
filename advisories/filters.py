"""The filters of the advisory list: every combination, any input, no 500."""

from urllib.parse import urlencode

from django import forms
from django.core.validators import validate_slug
from django.utils.translation import gettext_lazy as _

from awareness_site.models import Audience, District, ThreatCategory

from .choices import Severity


class SlugChoiceField(forms.ModelChoiceField):
    """A taxonomy term chosen by its slug; anything that is not a slug never reaches SQL."""

    def __init__(self, queryset, **kwargs):
        super().__init__(queryset, to_field_name="slug", required=False, **kwargs)

    def to_python(self, value):
        if value in self.empty_values:
            return None
        try:
            validate_slug(value)
        except forms.ValidationError:
            raise forms.ValidationError(
                self.error_messages["invalid_choice"], code="invalid_choice"
            ) from None
        return super().to_python(value)


class AdvisoryFilterForm(forms.Form):
    """Bound to request.GET; invalid values are reported and ignored."""

    category = SlugChoiceField(ThreatCategory.objects.none(), label=_("Kind of fraud"))
    audience = SlugChoiceField(Audience.objects.none(), label=_("Who it affects"))
    severity = forms.TypedChoiceField(
        choices=[("", _("Any"))] + list(Severity.choices),
        coerce=int,
        required=False,
        label=_("Severity"),
    )
    district = SlugChoiceField(District.objects.none(), label=_("District"))

    def __init__(self, data, locale, **kwargs):
        super().__init__(data, **kwargs)
        self.fields["category"].queryset = ThreatCategory.objects.filter(locale=locale)
        self.fields["audience"].queryset = Audience.objects.filter(locale=locale)
        self.fields["district"].queryset = District.objects.filter(locale=locale)
        for name in ("category", "audience", "district"):
            self.fields[name].empty_label = _("Any")

    def apply(self, queryset):
        """Narrow the queryset by every valid filter; invalid ones are left out."""
        values = self.valid_values()
        if values.get("category"):
            queryset = queryset.for_category(values["category"])
        if values.get("audience"):
            queryset = queryset.for_audience(values["audience"])
        if values.get("severity"):
            queryset = queryset.filter(severity=values["severity"])
        if values.get("district"):
            queryset = queryset.filter(district=values["district"])
        # Each filter matches one term, so the joins cannot repeat a page: no DISTINCT.
        return queryset

    def valid_values(self):
        """The filters that were given and understood."""
        self.is_valid()
        return {
            name: value
            for name, value in self.cleaned_data.items()
            if value not in (None, "") and name not in self.errors
        }

    @property
    def ignored(self):
        """Labels of the filters whose value was not understood."""
        self.is_valid()
        return [str(self.fields[name].label) for name in self.errors if name in self.fields]

    def query_string(self):
        """The understood filters as a query string, for pagination links."""
        params = {}
        for name, value in self.valid_values().items():
            params[name] = value.slug if hasattr(value, "slug") else value
        return urlencode(params)
