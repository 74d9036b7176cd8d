"""What pages show of the site's structure, worked out once per change of it.

Every public page asks the same questions before it shows its own content:
which site and help numbers answer this host, which page this URL is, what
the menu holds, where this page is in the other languages, which advisories
it links to and the names of its kinds of fraud and audiences, how many
advisories a list holds. Answered from the database on
each request they cost most of an uncached page (two thirds of its time on
the benchmark's machine), yet the answers only change when an editor changes
the site.

So each answer is kept in the shared cache (Redis, or files on one machine:
the page cache's) under the *structure generation*, and in the memory of each
process that has used it; a request reads only the generation from the shared
cache, and then finds its answers in the process's memory. Any change that can alter
one (a page saved, published, unpublished, moved or deleted; a site, locale,
view restriction, setting, taxonomy term, snippet or image) writes a new
generation at once and again when its transaction commits, so every process
sees it on its next request; an entry is used only under the generation read
before it was worked out, so one made from data read before a commit is
never used after it.

This is not a page cache: the page's own row and body are read and rendered
on every request, and it is on when the page cache is off.
``STRUCTURE_CACHE_ENABLED = False`` works everything out per request.
"""

import hashlib
import secrets
from typing import NamedTuple

from django.conf import settings
from django.core.cache import caches
from django.db import transaction

GENERATION_KEY = "structure:generation"
VERSION = 1  # of what the entries hold: a deploy that changes it starts afresh
LOCAL_ENTRIES = 4096
_local = {}  # key -> (generation, answer) this process has read or built
# Page saves that change only the editor's draft, lock or bookkeeping: no reader sees them.
DRAFT_ONLY_FIELDS = frozenset(
    {
        "comments",
        "draft_title",
        "has_unpublished_changes",
        "latest_revision",
        "latest_revision_created_at",
        "locked",
        "locked_at",
        "locked_by",
        "numchild",
    }
)


class PageLink(NamedTuple):
    """A page as another page links to it: all a menu or a list of links needs."""

    pk: int
    title: str
    url: str

    @classmethod
    def to(cls, page, request):
        return cls(page.pk, page.title, page.get_url(request))


def _store():
    return caches[settings.STRUCTURE_CACHE_ALIAS]


def _key(name, parts):
    digest = hashlib.sha256(repr(parts).encode()).hexdigest()[:32]
    return f"structure:{VERSION}:{name}:{digest}"


def remembered(request, name, parts, build, keep_none=False):
    """``build()``'s answer under the current structure generation, kept for the next request.

    ``parts`` (plain values: ids, language codes, paths) tell answers apart. The
    generation is read from the shared cache once per request; an answer this
    process already has for it is used as it is (callers must not change it),
    any other is read from the shared cache, or built and kept there. A ``None``
    answer is kept only with ``keep_none`` (a URL that is no page is not: any
    reader can make up such URLs).
    """
    if not settings.STRUCTURE_CACHE_ENABLED:
        return build()
    key = _key(name, parts)
    generation = _generation(request)
    local = _local.get(key)
    if local is not None and local[0] == generation:
        return local[1]
    entry = _store().get(key)
    if entry is None or entry[0] != generation:
        value = build()
        if value is None and not keep_none:
            return None
        entry = (generation, value)
        _store().set(key, entry, settings.STRUCTURE_CACHE_SECONDS)
    if len(_local) >= LOCAL_ENTRIES:
        _local.clear()
    _local[key] = entry
    return entry[1]


def _generation(request):
    generation = getattr(request, "_structure_generation", None)
    if generation is None:
        generation = _store().get(GENERATION_KEY) or new_generation(only_if_none=True)
        request._structure_generation = generation
    return generation


def new_generation(only_if_none=False):
    """Start a new generation (``only_if_none``: only if there is none yet); return it."""
    store = _store()
    if only_if_none:
        store.add(GENERATION_KEY, secrets.token_hex(8), None)
        return store.get(GENERATION_KEY)
    generation = secrets.token_hex(8)
    store.set(GENERATION_KEY, generation, None)
    return generation


def forget_structure():
    """Every kept answer is worked out again: now, and once more when the transaction commits.

    Now, so this process (and a test inside its transaction) sees the change at
    once; on commit, because another process may have read the old rows after
    the first new generation and kept them under it.
    """
    if not settings.STRUCTURE_CACHE_ENABLED:
        return
    new_generation()
    transaction.on_commit(new_generation)
