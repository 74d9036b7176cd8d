from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.urls import include, path
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.documents import urls as wagtaildocs_urls

from awareness_site import preferences

urlpatterns = [
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    path("preferences/readable-text/", preferences.readable_text, name="readable_text"),
    path("", include("social.urls")),
]

# Every public URL exists once per language: /… for English, /hi/…, /bn/…, /ur/….
urlpatterns += i18n_patterns(
    path("", include("advisories.urls")),
    path("", include("campaigns.urls")),
    path("", include(wagtail_urls)),
    prefix_default_language=False,
)

if settings.DEBUG:
    from django.conf.urls.static import static

    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)
