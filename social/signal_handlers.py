"""Thin handlers: publishing writes outbox rows, unpublishing cancels or deletes posts."""

from wagtail.models import get_page_models
from wagtail.signals import page_published, page_unpublished

from .planning import plan_published, plan_unpublished
from .shareable import Shareable


def enqueue_posts_on_publish(sender, instance, revision=None, **kwargs):
    # page_published also fires for a page only scheduled: plan_published checks live.
    plan_published(instance, revision)


def cancel_or_delete_posts_on_unpublish(sender, instance, **kwargs):
    plan_unpublished(instance)


def register_signal_handlers():
    for model in get_page_models():
        if issubclass(model, Shareable):
            page_published.connect(enqueue_posts_on_publish, sender=model)
            page_unpublished.connect(cancel_or_delete_posts_on_unpublish, sender=model)
