"""Advisories as feeds: RSS 2.0, Atom, JSON Feed 1.1 and CAP 1.2 alerts.

Only live, public advisories reach a feed. Bodies are cached per language and
invalidated when an advisory is published, unpublished, moved or deleted
(see ``cache.py``); CAP alert history is kept in ``CapAlert`` (``models.py``).
"""
