"""Factories in wagtail-factories' shape for the project's models."""

import factory
import wagtail_factories
from django.utils import timezone
from wagtail.models import Locale

from advisories.models import AdvisoryIndexPage, AdvisoryPage, GuidelineIndexPage, GuidelinePage
from awareness_site.models import Audience, CustomImage, District, HomePage, ThreatCategory


class LocaleMixin(factory.django.DjangoModelFactory):
    locale = factory.LazyFunction(lambda: Locale.objects.get(language_code="en"))

    class Meta:
        abstract = True


class ThreatCategoryFactory(LocaleMixin):
    name = factory.Sequence(lambda n: f"Category {n}")
    slug = factory.Sequence(lambda n: f"category-{n}")

    class Meta:
        model = ThreatCategory


class AudienceFactory(LocaleMixin):
    name = factory.Sequence(lambda n: f"Audience {n}")
    slug = factory.Sequence(lambda n: f"audience-{n}")

    class Meta:
        model = Audience


class DistrictFactory(LocaleMixin):
    name = factory.Sequence(lambda n: f"District {n}")
    slug = factory.Sequence(lambda n: f"district-{n}")

    class Meta:
        model = District


class ImageFactory(wagtail_factories.ImageFactory):
    alt_text = "A test picture"

    class Meta:
        model = CustomImage


class HomePageFactory(wagtail_factories.PageFactory):
    title = "Home"
    intro = "Stay safe online."

    class Meta:
        model = HomePage


class AdvisoryIndexPageFactory(wagtail_factories.PageFactory):
    title = "Fraud advisories"
    slug = "advisories"

    class Meta:
        model = AdvisoryIndexPage


class GuidelineIndexPageFactory(wagtail_factories.PageFactory):
    title = "Guidelines"
    slug = "guidelines"

    class Meta:
        model = GuidelineIndexPage


class PublishedPageFactory(wagtail_factories.PageFactory):
    """A live page with the publication dates Wagtail gives a published page."""

    first_published_at = factory.LazyFunction(timezone.now)
    last_published_at = factory.SelfAttribute("first_published_at")

    class Meta:
        abstract = True


class AdvisoryPageFactory(PublishedPageFactory):
    title = factory.Sequence(lambda n: f"Advisory {n}")
    summary = "A short plain summary of the fraud."
    severity = 2

    class Meta:
        model = AdvisoryPage


class GuidelinePageFactory(PublishedPageFactory):
    title = factory.Sequence(lambda n: f"Guideline {n}")
    summary = "Do this, not that."

    class Meta:
        model = GuidelinePage


def list_block_data(values):
    """Form data of a ListBlock, for nested_form_data (Wagtail's streamfield() shape)."""
    data = {"count": str(len(values))}
    for index, value in enumerate(values):
        data[str(index)] = {"value": value, "deleted": "", "order": str(index), "id": ""}
    return data


def empty_inline_formsets(page_model):
    """Management data for every inline panel of a page type's admin form, all empty.

    Other apps add inline panels to a page type (the publisher adds its posting
    preferences), so the forms in tests ask the page type instead of listing them.
    """
    from wagtail.test.utils.form_data import inline_formset

    form_class = page_model.get_edit_handler().get_form_class()
    return {name: inline_formset([]) for name in form_class.formsets}
