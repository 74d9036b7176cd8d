import os

from django.core.wsgi import get_wsgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "awareness_site.settings.dev")
django_application = get_wsgi_application()

from awareness_site.cache import CachedPageApp  # noqa: E402  (needs the settings loaded)

# A page this process served from the cache within the last second is answered
# again before Django builds a request (awareness_site/cache.py).
application = CachedPageApp(django_application)
