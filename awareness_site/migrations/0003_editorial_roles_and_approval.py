"""Editors, Moderators, Social managers and Administrators, and the Approval workflow.

See awareness_site/roles.py; model permissions are added after migrate by
awareness_site.signal_handlers.grant_role_permissions.
"""

from django.db import migrations

from awareness_site.roles import create_approval_workflow, create_roles


def forwards(apps, schema_editor):
    create_roles(apps)
    create_approval_workflow(apps)


class Migration(migrations.Migration):
    dependencies = [
        ("awareness_site", "0002_homepage_customimage_helpsettings_audience_and_more"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
        ("wagtailcore", "0098_apitoken"),
        ("wagtailimages", "0027_image_description"),
        ("wagtaildocs", "0014_alter_document_file_size"),
    ]

    operations = [migrations.RunPython(forwards, migrations.RunPython.noop)]
