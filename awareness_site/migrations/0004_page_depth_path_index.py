"""An index on Wagtail's page table for "the children of this page".

Wagtail asks for a page's children as ``depth = N AND path LIKE 'prefix%'``;
with only the path indexed, that reads every page below (10,000 advisories
under their list) to keep the few at the next depth. (depth, path) finds them
directly: the menu, the home page's sections and routing use it.
"""

from django.db import migrations

INDEX = "awareness_page_depth_path"


def create_index(apps, schema_editor):
    # PostgreSQL needs the pattern operator class for LIKE 'prefix%' under any collation.
    path = "path varchar_pattern_ops" if schema_editor.connection.vendor == "postgresql" else "path"
    schema_editor.execute(
        f"CREATE INDEX IF NOT EXISTS {INDEX} ON wagtailcore_page (depth, {path})"
    )


def drop_index(apps, schema_editor):
    schema_editor.execute(f"DROP INDEX IF EXISTS {INDEX}")


class Migration(migrations.Migration):
    dependencies = [
        ("awareness_site", "0003_editorial_roles_and_approval"),
        ("wagtailcore", "0001_initial"),
    ]

    operations = [migrations.RunPython(create_index, drop_index, elidable=False)]
