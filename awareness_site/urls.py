from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.urls import include, path
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.contrib.sitemaps.views import sitemap
from wagtail.documents import urls as wagtaildocs_urls

from advisories.feeds.seo import AllLanguagesSitemap, robots_txt
from awareness_site import preferences

urlpatterns = [
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    path("sitemap.xml", sitemap, {"sitemaps": {"pages": AllLanguagesSitemap}}, name="sitemap"),
    path("robots.txt", robots_txt, name="robots_txt"),
    path("preferences/readable-text/", preferences.readable_text, name="readable_text"),
    path("", include("social.urls")),
]

# Every public URL exists once per language: /… for English, /hi/…, /bn/…, /ur/….
urlpatterns += i18n_patterns(
    path("feeds/", include("advisories.feeds.urls")),
    path("", include("advisories.urls")),
    path("", include("campaigns.urls")),
    path("", include(wagtail_urls)),
    prefix_default_language=False,
)

if settings.DEBUG:
    from django.conf.urls.static import static

    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)
