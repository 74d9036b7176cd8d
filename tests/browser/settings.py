"""Settings for the site that the browser tests serve on 127.0.0.1.

The test settings, plus a folder of its own (``BROWSER_SITE_DIR``) for media and
the demo logins, media files served by Django, and static files found in place.
"""

import os
from pathlib import Path

from awareness_site.settings.test import *  # noqa: F403

SITE_DIR = Path(os.environ["BROWSER_SITE_DIR"])
# awareness_site.logins keeps the demo logins under BASE_DIR/var: keep them out of the tree.
BASE_DIR = SITE_DIR
MEDIA_ROOT = SITE_DIR / "media"
STATIC_ROOT = SITE_DIR / "static"  # empty: WhiteNoise finds the files in place
ROOT_URLCONF = "tests.browser.urls"
WHITENOISE_USE_FINDERS = True
WAGTAILADMIN_BASE_URL = os.environ.get("BROWSER_SITE_URL", "http://127.0.0.1")
