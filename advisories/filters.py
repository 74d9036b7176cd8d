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


class TermChoiceField(forms.ChoiceField):
    """A taxonomy term chosen by its slug, among terms loaded once per request.

    The choices are plain strings, so any input is checked without a query and
    the same list renders the options.
    """

    def __init__(self, **kwargs):
        super().__init__(required=False, **kwargs)
        self.terms = {}

    def set_terms(self, terms):
        self.terms = {term.slug: term for term in terms}
        self.choices = [("", _("Any")), *((term.slug, term.name) for term in terms)]

    def clean(self, value):
        return self.terms.get(super().clean(value))


class AdvisoryFilterForm(forms.Form):
    """Bound to request.GET; invalid values are reported and ignored."""

    category = TermChoiceField(label=_("Kind of fraud"))
    audience = TermChoiceField(label=_("Who it affects"))
    severity = forms.TypedChoiceField(
        choices=[("", _("Any")), *Severity.choices],
        coerce=int,
        required=False,
        label=_("Severity"),
    )
    district = TermChoiceField(label=_("District"))

    term_models = {"category": ThreatCategory, "audience": Audience, "district": District}

    def __init__(self, data, terms, **kwargs):
        """``terms``: the vocabularies, from ``terms_in``."""
        super().__init__(data, **kwargs)
        for name in self.term_models:
            self.fields[name].set_terms(terms[name])

    @classmethod
    def terms_in(cls, locale_id):
        """Every term that can filter the list, by field name."""
        return {
            name: list(model.objects.filter(locale_id=locale_id))
            for name, model in cls.term_models.items()
        }

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
