import gc
import os

from django.core.wsgi import get_wsgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "awareness_site.settings.dev")
django_application = get_wsgi_application()

from awareness_site.cache import CachedPageApp  # noqa: E402  (needs the settings loaded)

# A page this process served from the cache within the last second is answered
# again before Django builds a request (awareness_site/cache.py).
application = CachedPageApp(django_application)

# Everything loaded so far (Django, Wagtail, every model) lives as long as the process:
# keep it out of the collector's full passes, which otherwise scan those 200,000
# objects every few hundred requests and stall that request for ~90 ms. (What the
# first requests build is frozen later, by deploy/gunicorn.conf.py's post_request.)
gc.freeze()
