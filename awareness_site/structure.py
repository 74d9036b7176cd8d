"""What pages show of the site's structure, worked out once per change of it.

Every public page asks the same questions before it shows its own content:
which site and help numbers answer this host, which page this URL is, what
the menu holds, where this page is in the other languages, which advisories
it links to. Answered from the database on each request they cost most of an
uncached page (two thirds of its time on the benchmark's machine), yet the
answers only change when an editor changes the site.

So each answer is kept in the shared cache (Redis, or files on one machine:
the page cache's) under the *structure generation*. Any change that can alter
one (a page saved, published, unpublished, moved or deleted; a site, locale,
view restriction, setting, taxonomy term, snippet or image) writes a new
generation at once and again when its transaction commits, so every process
sees it on its next request; an entry is used only under the generation read
before it was worked out, so one made from data read before a commit is
never used after it.

This is not a page cache: the page's own row, categories, audiences and body
are read and rendered on every request, and it is on when the page cache is
off. ``STRUCTURE_CACHE_ENABLED = False`` works everything out per request.
"""

import hashlib
import secrets
from typing import NamedTuple

from django.conf import settings
from django.core.cache import caches
from django.db import transaction

GENERATION_KEY = "structure:generation"
VERSION = 1  # of what the entries hold: a deploy that changes it starts afresh
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


def remembered(request, name, parts, build):
    """``build()``'s answer under the current structure generation, kept for the next request.

    ``parts`` (plain values: ids, language codes, paths) tell answers apart.
    The generation is read once per request, with the first answer. A ``None``
    answer is not kept.
    """
    if not settings.STRUCTURE_CACHE_ENABLED:
        return build()
    key = _key(name, parts)
    generation = getattr(request, "_structure_generation", None)
    if generation is None:
        found = _store().get_many([GENERATION_KEY, key])
        generation = found.get(GENERATION_KEY) or new_generation(only_if_none=True)
        request._structure_generation = generation
        entry = found.get(key)
    else:
        entry = _store().get(key)
    if entry is not None and entry[0] == generation:
        return entry[1]
    value = build()
    if value is not None:
        _store().set(key, (generation, value), settings.STRUCTURE_CACHE_SECONDS)
    return value


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
