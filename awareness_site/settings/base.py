"""Settings shared by every environment.

Optional integrations switch on when their environment variable is present:
DATABASE_URL (PostgreSQL), REDIS_URL (cache).
"""

import os
from datetime import timedelta
from pathlib import Path

import dj_database_url
from csp.constants import NONE, SELF
from django.utils.translation import gettext_lazy as _

PROJECT_DIR = Path(__file__).resolve().parent.parent
BASE_DIR = PROJECT_DIR.parent

INSTALLED_APPS = [
    "awareness_site",
    "advisories",
    "campaigns",
    "social",
    "wagtail.contrib.forms",
    "wagtail.contrib.redirects",
    "wagtail.contrib.settings",
    "wagtail.contrib.sitemaps",
    "wagtail.contrib.frontend_cache",
    "wagtail.contrib.simple_translation",
    "wagtail.locales",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    "django_filters",
    "django_tasks",
    "django_tasks_db",
    "axes",
    "csp",
    "django_otp",
    "django_otp.plugins.otp_totp",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
]

MIDDLEWARE = [
    # First: a cached page returns before anything else runs (awareness_site/cache.py).
    "awareness_site.cache.PageCacheMiddleware",
    "django.middleware.security.SecurityMiddleware",
    "awareness_site.middleware.ContentSecurityPolicyMiddleware",
    "awareness_site.middleware.PermissionsPolicyMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django_otp.middleware.OTPMiddleware",
    "awareness_site.twofactor.middleware.AdminTwoFactorMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    "axes.middleware.AxesMiddleware",
    # Last: the site and the page of a URL from the structure cache (awareness_site/serving.py).
    "awareness_site.serving.StructureMiddleware",
]

ROOT_URLCONF = "awareness_site.urls"
WSGI_APPLICATION = "awareness_site.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [PROJECT_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "wagtail.contrib.settings.context_processors.settings",
                "awareness_site.context_processors.site_context",
                "awareness_site.preferences.readable_text_context",
            ],
        },
    },
]

DATABASES = {
    "default": dj_database_url.config(
        default=f"sqlite:///{BASE_DIR / 'db.sqlite3'}", conn_max_age=60
    )
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # Writes from the server's threads and the worker wait their turn instead of
    # failing at once with "database is locked" (an editor's autosave racing a submit).
    DATABASES["default"].setdefault("OPTIONS", {}).update(
        {"transaction_mode": "IMMEDIATE", "timeout": 20}
    )
elif DATABASES["default"]["ENGINE"] == "django.db.backends.postgresql":
    # Page queries are short; PostgreSQL's JIT compiler (on for any query the planner
    # guesses costly) spends hundreds of milliseconds compiling what runs in one.
    DATABASES["default"].setdefault("OPTIONS", {}).setdefault("options", "-c jit=off")
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

AUTH_USER_MODEL = "awareness_site.User"
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# Internationalisation: English, Hindi, Bengali and Urdu (right to left).
LANGUAGE_CODE = "en"
LANGUAGES = [
    ("en", _("English")),
    ("hi", _("Hindi")),
    ("bn", _("Bengali")),
    ("ur", _("Urdu")),
]
WAGTAIL_I18N_ENABLED = True
WAGTAIL_CONTENT_LANGUAGES = LANGUAGES
LOCALE_PATHS = [PROJECT_DIR / "locale"]
USE_I18N = True
USE_TZ = True
TIME_ZONE = os.environ.get("SITE_TIME_ZONE", "Asia/Kolkata")

STATICFILES_FINDERS = [
    "django.contrib.staticfiles.finders.FileSystemFinder",
    "django.contrib.staticfiles.finders.AppDirectoriesFinder",
]
STATICFILES_DIRS = [PROJECT_DIR / "static"]
STATIC_ROOT = BASE_DIR / "staticfiles"
STATIC_URL = "/static/"
MEDIA_ROOT = BASE_DIR / "media"
MEDIA_URL = "/media/"
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}
DATA_UPLOAD_MAX_NUMBER_FIELDS = 10_000

# Cache: Redis when REDIS_URL names a server (production). Otherwise files under
# var/cache: unlike local memory, every process on the machine (web server and
# worker) sees the same entries, so a page the worker publishes is forgotten
# for the web server too.
if os.environ.get("REDIS_URL"):
    CACHES = {
        "default": {
            "BACKEND": "django_redis.cache.RedisCache",
            "LOCATION": os.environ["REDIS_URL"],
            "KEY_PREFIX": "awareness",
        }
    }
else:
    CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.filebased.FileBasedCache",
            "LOCATION": str(BASE_DIR / "var" / "cache"),
            "OPTIONS": {"MAX_ENTRIES": 20_000},
        }
    }

# Whole pages for anonymous readers, shared by every process (awareness_site/cache.py,
# README "Speed under a surge"). Pages are forgotten on publish; the lifetimes are
# a safety net. PAGE_CACHE=off switches it off (the benchmark's "uncached" layer).
PAGE_CACHE_ENABLED = os.environ.get("PAGE_CACHE", "on") != "off"
PAGE_CACHE_ALIAS = "default"
PAGE_CACHE_SECONDS = 60 * 60
PAGE_CACHE_LOCAL_SECONDS = 1  # a hit kept in the process's memory; other processes lag <= 1 s
PAGE_CACHE_BROWSER_SECONDS = 60
PAGE_CACHE_SHARED_SECONDS = 10 * 60  # front cache (nginx, CDN), also purged on publish
PAGE_CACHE_NOT_FOUND_SECONDS = 60
PAGE_CACHE_VIEWS = [
    "wagtail_serve",
    "campaigns:directory",
    "feeds:advisories",
    "feeds:category",
    "feeds:audience",
    "feeds:district",
    "feeds:cap_index",
    "feeds:cap_advisory",
]
# Request properties a page's HTML depends on besides its URL (one value each).
PAGE_CACHE_KEY_FUNCTIONS = ["awareness_site.preferences.readable_text_variant"]
# page -> more URL paths that show it (awareness_site/invalidation.py).
PAGE_CACHE_DEPENDENT_PATHS = [
    "advisories.feeds.cache.feed_paths_for_page",
    "awareness_site.invalidation.audience_page_paths",
]
# page -> URL paths that list it among many others: forgotten in the app cache, left to
# expire in the front cache (refreshing thousands through the site would hold its workers).
PAGE_CACHE_LISTED_ON_PATHS = ["advisories.invalidation.related_list_paths"]

# What pages show of the site's structure (site, routes, menu, language links, links
# between advisories), kept until the site changes (awareness_site/structure.py).
# On whether the page cache is on or off; the lifetime is a safety net.
STRUCTURE_CACHE_ENABLED = os.environ.get("STRUCTURE_CACHE", "on") != "off"
STRUCTURE_CACHE_ALIAS = "default"
STRUCTURE_CACHE_SECONDS = 60 * 60

# Front cache: nginx proxy_cache refreshed on publish (deploy/README.md).
WAGTAILFRONTENDCACHE_LANGUAGES = []  # each translation is its own page, purged on its own
if os.environ.get("FRONTEND_CACHE_PURGE_URL"):
    WAGTAILFRONTENDCACHE = {
        "nginx": {
            "BACKEND": "awareness_site.frontend_cache.NginxRefreshBackend",
            "LOCATION": os.environ["FRONTEND_CACHE_PURGE_URL"],
            "VARIANTS": ["", "readable_text=1"],  # awareness_site/preferences.py
        }
    }
# Hashed static files are cached for ten years ("immutable"); the rest for a day.
WHITENOISE_MAX_AGE = 24 * 60 * 60

# Background tasks: Wagtail sends its own work (search and reference index,
# image focal points) to the "default" backend too, so every queue a @task
# uses is listed here.
TASK_QUEUES = ["default", "social"]
TASKS = {
    "default": {
        "BACKEND": "django_tasks_db.DatabaseBackend",
        "QUEUES": TASK_QUEUES,
    }
}

# Wagtail
WAGTAIL_SITE_NAME = "Cyber Suraksha"
WAGTAILIMAGES_IMAGE_MODEL = "awareness_site.CustomImage"
WAGTAILADMIN_BASE_URL = os.environ.get("WAGTAILADMIN_BASE_URL", "http://127.0.0.1:8000")
WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "wagtail.search.backends.database"}}
WAGTAILDOCS_EXTENSIONS = ["pdf", "docx", "odt", "pptx", "txt", "csv", "xlsx"]
WAGTAILDOCS_MAX_UPLOAD_SIZE = 10 * 1024 * 1024
WAGTAILIMAGES_EXTENSIONS = ["gif", "jpg", "jpeg", "png", "webp"]
WAGTAILIMAGES_MAX_UPLOAD_SIZE = 10 * 1024 * 1024
WAGTAILIMAGES_MAX_IMAGE_PIXELS = 40_000_000
WAGTAIL_ENABLE_UPDATE_CHECK = False
WAGTAILEMBEDS_RESPONSIVE_HTML = True

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": "INFO"},
    "loggers": {
        "django": {"handlers": ["console"], "level": "INFO", "propagate": False},
        "wagtail": {"handlers": ["console"], "level": "WARNING", "propagate": False},
    },
}

# Security (docs/security.md). Production adds HSTS and secure-only cookies.
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",  # admin login throttling
    "django.contrib.auth.backends.ModelBackend",
]
AXES_FAILURE_LIMIT = 5
AXES_COOLOFF_TIME = timedelta(minutes=15)
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_RESET_ON_SUCCESS = True
AXES_LOCKOUT_TEMPLATE = "security/locked_out.html"
# The client's address for throttling: REMOTE_ADDR, or behind TRUSTED_PROXY_COUNT
# proxies the hop the outermost one added to X-Forwarded-For (never a value the
# client chose). production.py trusts one proxy unless told otherwise.
TRUSTED_PROXY_COUNT = int(os.environ.get("TRUSTED_PROXY_COUNT", "0"))
AXES_CLIENT_IP_CALLABLE = "awareness_site.security.client_ip"

# Two-factor login for the admin is optional per user unless this is set.
ADMIN_TWO_FACTOR_REQUIRED = os.environ.get("ADMIN_TWO_FACTOR_REQUIRED", "") == "true"
OTP_TOTP_ISSUER = "Cyber Suraksha"

SESSION_COOKIE_HTTPONLY = True
SESSION_COOKIE_SAMESITE = "Lax"
SESSION_COOKIE_AGE = 12 * 60 * 60
CSRF_COOKIE_HTTPONLY = True
CSRF_COOKIE_SAMESITE = "Lax"
LANGUAGE_COOKIE_HTTPONLY = True
LANGUAGE_COOKIE_SAMESITE = "Lax"
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"
PERMISSIONS_POLICY = (
    "accelerometer=(), autoplay=(), camera=(), display-capture=(), geolocation=(), "
    "gyroscope=(), magnetometer=(), microphone=(), payment=(), usb=(), browsing-topics=()"
)

# The public site: everything from this origin, nothing inline, no frames.
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": [SELF],
        "script-src": [SELF],
        "style-src": [SELF],
        "img-src": [SELF],
        "font-src": [SELF],
        "connect-src": [SELF],
        "media-src": [SELF],
        "frame-src": [NONE],
        "object-src": [NONE],
        "base-uri": [SELF],
        "form-action": [SELF],
        "frame-ancestors": [NONE],
    }
}
# Wagtail's admin still writes inline scripts and styles; its looser policy
# applies under /admin/ only, and it still loads nothing from other sites.
ADMIN_CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        **CONTENT_SECURITY_POLICY["DIRECTIVES"],
        "script-src": [SELF, "'unsafe-inline'"],
        "style-src": [SELF, "'unsafe-inline'"],
        "img-src": [SELF, "data:", "blob:"],
        "font-src": [SELF, "data:"],
        "frame-src": [SELF],
        "frame-ancestors": [SELF],
    }
}
WAGTAIL_GRAVATAR_PROVIDER_URL = None  # no admin e-mail hashes sent to a third party

# Uploads: documents are always served through Wagtail's view, which checks
# privacy, adds nosniff and a "default-src 'none'" policy, and sends anything
# but PDF as an attachment.
WAGTAILDOCS_SERVE_METHOD = "serve_view"
WAGTAILDOCS_INLINE_CONTENT_TYPES = ["application/pdf"]
WAGTAILDOCS_CONTENT_TYPES = {
    "pdf": "application/pdf",
    "txt": "text/plain",
    "csv": "text/csv",
    "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    "pptx": "application/vnd.openxmlformats-officedocument.presentationml.presentation",
    "odt": "application/vnd.oasis.opendocument.text",
}
WAGTAILDOCS_DOCUMENT_FORM_BASE = "awareness_site.uploads.DocumentForm"
