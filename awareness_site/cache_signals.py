"""Cache signal handlers: pages and renditions in step with content; each delegates at once.

Pages: publish, unpublish, slug change, move and delete forget exactly the URLs
that show the page (``invalidation.forget_showing_on_commit``). Content shown on many pages
(help numbers, taxonomy, snippets, images, sites, privacy) forgets every page.
Any of these, and any save of a page that is more than a draft, also renews the
structure cache (``structure.py``).
"""

import copy

from django.apps import apps
from django.db.models.signals import post_delete, post_migrate, post_save, pre_delete
from wagtail.contrib.settings.models import BaseGenericSetting, BaseSiteSetting
from wagtail.models import DraftStateMixin, Locale, Page, PageViewRestriction, Site, get_page_models
from wagtail.signals import page_published, page_slug_changed, page_unpublished, post_page_move

from . import invalidation, renditions, structure
from .models import CustomImage
from .models.taxonomy import TaxonomyTerm


def forget_page_on_publish(sender, instance, **kwargs):
    if instance.live:  # a page only scheduled for later is not shown yet
        invalidation.forget_showing_on_commit(instance)
        renditions.generate_for_page_on_commit(instance)


def forget_page_on_unpublish(sender, instance, **kwargs):
    invalidation.forget_showing_on_commit(instance)


def forget_page_on_delete(sender, instance, **kwargs):
    if instance.live:
        invalidation.forget_showing_on_commit(instance)


def forget_old_address_on_slug_change(sender, instance, instance_before, **kwargs):
    if not instance_before.live:
        return
    if instance.get_children().live().exists():
        invalidation.forget_everything_on_commit()  # every page below moved too
    else:
        invalidation.forget_on_commit(invalidation.own_urls(instance_before))


def forget_both_places_on_move(sender, instance, url_path_before, parent_page_before, **kwargs):
    if not instance.live:
        return
    if url_path_before != instance.url_path and instance.get_children().live().exists():
        invalidation.forget_everything_on_commit()
        return
    before = invalidation.own_urls(copy.copy(instance), url_path=url_path_before)
    before += invalidation.own_urls(parent_page_before)
    before += invalidation.urls_showing(parent_page_before)
    invalidation.forget_showing_on_commit(instance, before)


def forget_everything_on_change(sender, instance=None, raw=False, **kwargs):
    if not raw:
        invalidation.forget_everything_on_commit()
        structure.forget_structure()


def renew_structure_on_page_save(sender, instance, raw=False, update_fields=None, **kwargs):
    """Not for a draft, a lock or a child count: readers see none of them."""
    if raw or (update_fields is not None and set(update_fields) <= structure.DRAFT_ONLY_FIELDS):
        return
    structure.forget_structure()


def renew_structure_on_change(sender, raw=False, **kwargs):
    if not raw:
        structure.forget_structure()


def generate_renditions_on_image_save(sender, instance, raw=False, **kwargs):
    if not raw:
        renditions.generate_for_image_on_commit(instance.pk)


def shown_everywhere_models():
    """Models whose rows appear on many pages: any change forgets every cached page."""
    kinds = (TaxonomyTerm, BaseSiteSetting, BaseGenericSetting, DraftStateMixin)
    models = [m for m in apps.get_models() if issubclass(m, kinds) and not issubclass(m, Page)]
    return [*models, Site, Locale, PageViewRestriction, CustomImage]


def register_signal_handlers():
    for model in get_page_models():
        page_published.connect(forget_page_on_publish, sender=model)
        page_unpublished.connect(forget_page_on_unpublish, sender=model)
        pre_delete.connect(forget_page_on_delete, sender=model)
        post_page_move.connect(forget_both_places_on_move, sender=model)
        page_slug_changed.connect(forget_old_address_on_slug_change, sender=model)
        post_save.connect(renew_structure_on_page_save, sender=model)
        post_delete.connect(renew_structure_on_change, sender=model)
        post_page_move.connect(renew_structure_on_change, sender=model)
    for model in shown_everywhere_models():
        post_save.connect(forget_everything_on_change, sender=model)
        post_delete.connect(forget_everything_on_change, sender=model)
    post_save.connect(generate_renditions_on_image_save, sender=CustomImage)
    # A data migration may change pages without a signal for the models above.
    post_migrate.connect(renew_structure_on_change, sender=apps.get_app_config("awareness_site"))
