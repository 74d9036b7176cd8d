"""Feed URLs, mounted at feeds/ inside i18n_patterns: /feeds/… English, /ur/feeds/… Urdu."""

from django.urls import path, register_converter

from . import views


class FeedFormatConverter:
    regex = "rss|atom|json"

    def to_python(self, value):
        return value

    def to_url(self, value):
        return value


register_converter(FeedFormatConverter, "feedformat")

app_name = "feeds"
urlpatterns = [
    path("advisories.<feedformat:fmt>", views.advisory_feed, name="advisories"),
    path(
        "category/<slug:slug>.<feedformat:fmt>",
        views.advisory_feed,
        {"kind": "category"},
        name="category",
    ),
    path(
        "audience/<slug:slug>.<feedformat:fmt>",
        views.advisory_feed,
        {"kind": "audience"},
        name="audience",
    ),
    path(
        "district/<slug:slug>.<feedformat:fmt>",
        views.advisory_feed,
        {"kind": "district"},
        name="district",
    ),
    path("cap/index.atom", views.cap_index, name="cap_index"),
    path("cap/<uuid:guid>.xml", views.cap_advisory, name="cap_advisory"),
    path("cap/messages/<uuid:message_id>.xml", views.cap_message, name="cap_message"),
]
