"""A Wagtail frontend-cache backend for nginx's proxy_cache without ngx_cache_purge.

Debian's nginx has no PURGE. deploy/nginx.conf gives it a second server, on
loopback only, that shares the cache zone and key with the public one and
always bypasses the cache (``proxy_cache_bypass 1``): a GET through it fetches
the page afresh from the site and stores the answer in place of the old entry.
So a "purge" here is a refresh, and the next reader gets the new page from
nginx at once. A page that was unpublished answers 404, which is stored (for
PAGE_CACHE_NOT_FOUND_SECONDS) in place of the old page.

Settings: ``LOCATION`` is that loopback server (``FRONTEND_CACHE_PURGE_URL``,
e.g. ``http://127.0.0.1:8081``), ``TIMEOUT`` in seconds (default 10), and
``VARIANTS``: the Cookie headers of the cached variants of a page (the
readable-text option makes one), each refreshed for page URLs (those ending
in "/"; feeds have one variant); default ``[""]``. ``WORKERS`` refreshes run
at once (default 4), in the order given: the changed page comes first.
"""

import logging
from concurrent.futures import ThreadPoolExecutor
from urllib.parse import urlsplit, urlunsplit

import requests
from wagtail.contrib.frontend_cache.backends.base import BaseBackend

logger = logging.getLogger("wagtail.frontendcache")
USER_AGENT = "cyber-suraksha-cache-refresh"


class NginxRefreshBackend(BaseBackend):
    def __init__(self, params):
        params = dict(params)
        location = urlsplit(params.pop("LOCATION"))
        self.scheme, self.netloc = location.scheme, location.netloc
        self.timeout = params.pop("TIMEOUT", 10)
        self.variants = params.pop("VARIANTS", [""])
        self.workers = params.pop("WORKERS", 4)
        super().__init__(params)

    def purge(self, url):
        for cookie in self._variants(url):
            self._refresh(url, cookie)

    def purge_batch(self, urls):
        jobs = [(url, cookie) for url in urls for cookie in self._variants(url)]
        with ThreadPoolExecutor(max_workers=self.workers) as pool:
            list(pool.map(lambda job: self._refresh(*job), jobs))

    def _variants(self, url):
        return self.variants if urlsplit(url).path.endswith("/") else [""]

    def _refresh(self, url, cookie):
        page = urlsplit(url)
        target = urlunsplit((self.scheme, self.netloc, page.path or "/", page.query, ""))
        headers = {"Host": page.netloc, "User-Agent": USER_AGENT}
        if cookie:
            headers["Cookie"] = cookie
        try:
            response = requests.get(target, headers=headers, timeout=self.timeout)
        except requests.RequestException as error:
            logger.error("Could not refresh %s in nginx: %s", url, error)
            return
        # A 404 is the refreshed answer for a page that went away.
        if response.status_code >= 400 and response.status_code != 404:
            logger.error("Could not refresh %s in nginx: HTTP %d", url, response.status_code)
