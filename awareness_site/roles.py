"""The four editorial roles, what each may do, and the "Approval" workflow.

Page and collection permissions are granted on the root of the page tree and
of the collection tree, so every section (advisories, guidelines, campaigns, in
every language) inherits them, whenever demo content or an editor creates it.
Migration 0003 calls ``create_roles`` and ``create_approval_workflow`` with
the historical models; ``grant_model_permissions`` runs after every migrate
(a post_migrate handler), because Django makes model permissions only then and
apps added later (social, campaigns) bring new ones. Every function only adds
what is missing, so running it again changes nothing.
"""

from functools import reduce
from operator import or_

from django.db.models import Q

EDITORS = "Editors"
MODERATORS = "Moderators"
SOCIAL_MANAGERS = "Social managers"
ADMINISTRATORS = "Administrators"
ROLES = (EDITORS, MODERATORS, SOCIAL_MANAGERS, ADMINISTRATORS)

APPROVAL_WORKFLOW = "Approval"
APPROVAL_TASK = "Moderator approval"
APPROVAL_GROUPS = (MODERATORS, ADMINISTRATORS)

# Editors write and submit; only Moderators and Administrators publish,
# unpublish and schedule. Codenames on wagtailcore.Page, granted on the root.
PAGE_PERMISSIONS = {
    EDITORS: ("add_page", "change_page"),
    MODERATORS: ("add_page", "change_page", "publish_page", "lock_page", "unlock_page"),
    ADMINISTRATORS: (
        "add_page",
        "change_page",
        "publish_page",
        "bulk_delete_page",
        "lock_page",
        "unlock_page",
    ),
}

_MEDIA = ("add", "change", "choose")
COLLECTION_PERMISSIONS = {
    EDITORS: {"wagtailimages.image": _MEDIA, "wagtaildocs.document": _MEDIA},
    MODERATORS: {"wagtailimages.image": _MEDIA, "wagtaildocs.document": _MEDIA},
    ADMINISTRATORS: {
        "wagtailimages.image": (*_MEDIA, "delete"),
        "wagtaildocs.document": (*_MEDIA, "delete"),
    },
}

ALL = "*"
TAXONOMY = ("threatcategory", "audience", "district")
# (app label, model names or ALL, actions or ALL): ALL actions include custom
# permissions such as the outbox's retry and cancel.
MODEL_PERMISSIONS = {
    EDITORS: [
        ("wagtailadmin", ALL, ("access",)),
        ("awareness_site", TAXONOMY, ("view",)),
        ("advisories", ALL, ("view",)),
        ("campaigns", ALL, ("add", "change", "view")),
    ],
    MODERATORS: [
        ("wagtailadmin", ALL, ("access",)),
        ("awareness_site", TAXONOMY, ("add", "change", "view")),
        ("advisories", ALL, ("add", "change", "view")),
        ("campaigns", ALL, ("add", "change", "delete", "view")),
        ("social", ALL, ("view",)),
    ],
    SOCIAL_MANAGERS: [
        ("wagtailadmin", ALL, ("access",)),
        ("social", ALL, ALL),
    ],
    ADMINISTRATORS: [(ALL, ALL, ALL)],
}


def create_roles(apps):
    """The four groups, with their page and image/document permissions on the roots."""
    group_model = apps.get_model("auth", "Group")
    groups = {name: group_model.objects.get_or_create(name=name)[0] for name in ROLES}
    page_grants = {
        name: [("wagtailcore", "page", codename) for codename in codenames]
        for name, codenames in PAGE_PERMISSIONS.items()
    }
    collection_grants = {
        name: [
            (*label.split("."), f"{action}_{label.split('.')[1]}")
            for label, actions in grants.items()
            for action in actions
        ]
        for name, grants in COLLECTION_PERMISSIONS.items()
    }
    _grant_on_root(apps, groups, "Page", "GroupPagePermission", page_grants)
    _grant_on_root(apps, groups, "Collection", "GroupCollectionPermission", collection_grants)
    return groups


def _grant_on_root(apps, groups, tree, through, grants):
    root = apps.get_model("wagtailcore", tree).objects.filter(depth=1).first()
    if root is None:
        return
    link = apps.get_model("wagtailcore", through)
    for name, permissions in grants.items():
        for app_label, model, codename in permissions:
            permission = _permission(apps, app_label, model, codename)
            link.objects.get_or_create(
                group=groups[name], permission=permission, **{tree.lower(): root}
            )


def _permission(apps, app_label, model, codename):
    content_type_model = apps.get_model("contenttypes", "ContentType")
    permission_model = apps.get_model("auth", "Permission")
    content_type = content_type_model.objects.get_or_create(app_label=app_label, model=model)[0]
    return permission_model.objects.get_or_create(
        content_type=content_type,
        codename=codename,
        defaults={"name": f"Can {codename.replace('_', ' ')}"},
    )[0]


def create_approval_workflow(apps):
    """One moderator approval for every page, assigned at the root of the tree.

    Wagtail's own default ("Moderators approval" on the root) is replaced and
    switched off once nothing uses it.
    """
    content_type = apps.get_model("contenttypes", "ContentType").objects.get_or_create(
        app_label="wagtailcore", model="groupapprovaltask"
    )[0]
    task_model = apps.get_model("wagtailcore", "GroupApprovalTask")
    task = task_model.objects.filter(name=APPROVAL_TASK).first() or task_model.objects.create(
        name=APPROVAL_TASK, content_type=content_type, active=True
    )
    task.groups.add(*apps.get_model("auth", "Group").objects.filter(name__in=APPROVAL_GROUPS))
    workflow_model = apps.get_model("wagtailcore", "Workflow")
    workflow = workflow_model.objects.get_or_create(name=APPROVAL_WORKFLOW)[0]
    apps.get_model("wagtailcore", "WorkflowTask").objects.get_or_create(
        workflow=workflow, task=task, defaults={"sort_order": 0}
    )
    _assign_to_root(apps, workflow)
    unused = workflow_model.objects.exclude(pk=workflow.pk).filter(
        name="Moderators approval", workflow_pages__isnull=True
    )
    workflow_model.objects.filter(pk__in=list(unused.values_list("pk", flat=True))).update(
        active=False
    )
    return workflow


def _assign_to_root(apps, workflow):
    """Put the workflow on the root page, unless an administrator chose another one."""
    root = apps.get_model("wagtailcore", "Page").objects.filter(depth=1).first()
    if root is None:
        return
    link_model = apps.get_model("wagtailcore", "WorkflowPage")
    link = link_model.objects.filter(page=root).select_related("workflow").first()
    if link is None:
        link_model.objects.create(page=root, workflow=workflow)
    elif link.workflow.name == "Moderators approval":
        link.workflow = workflow
        link.save()


def grant_model_permissions(apps, using="default"):
    """Add each existing role group's model permissions; never removes any."""
    group_model = apps.get_model("auth", "Group")
    permission_model = apps.get_model("auth", "Permission")
    for name, rules in MODEL_PERMISSIONS.items():
        group = group_model.objects.using(using).filter(name=name).first()
        if group is None:
            continue
        wanted = permission_model.objects.using(using).filter(_rules_q(rules))
        group.permissions.add(*wanted.exclude(group=group))


def _rules_q(rules):
    """One query for all the rules; a rule of ALL, ALL, ALL matches every permission."""
    query = None
    for app_label, models, actions in rules:
        rule = Q()
        if app_label != ALL:
            rule &= Q(content_type__app_label=app_label)
        if models != ALL:
            rule &= Q(content_type__model__in=models)
        if actions != ALL:
            rule &= reduce(or_, [Q(codename__startswith=f"{action}_") for action in actions])
        if not rule:
            return Q()
        query = rule if query is None else query | rule
    return query
