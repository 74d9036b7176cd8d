"""Build the browser tests' site: schema, demo content, the site's address, two logins.

Run with the browser settings: ``python -m tests.browser.prepare`` (the ``site``
fixture does). Passwords come from the environment, made fresh for each run.
"""

import os
from urllib.parse import urlsplit

import django

LOGINS = {
    # username: (group, environment variable holding the password)
    "browser-editor": ("Editors", "BROWSER_EDITOR_PASSWORD"),
    "browser-moderator": ("Moderators", "BROWSER_MODERATOR_PASSWORD"),
}


def main():
    django.setup()
    from django.core.management import call_command

    call_command("migrate", interactive=False, verbosity=0)
    call_command("load_demo_content", verbosity=0)
    set_site_address(urlsplit(os.environ["BROWSER_SITE_URL"]))
    for username, (group, variable) in LOGINS.items():
        create_login(username, group, os.environ[variable])


def set_site_address(url):
    """Full URLs in feeds, calendars and posts point at the server under test."""
    from wagtail.models import Site

    Site.objects.filter(is_default_site=True).update(hostname=url.hostname, port=url.port)


def create_login(username, group_name, password):
    from django.contrib.auth import get_user_model
    from django.contrib.auth.models import Group

    user, _created = get_user_model().objects.get_or_create(
        username=username, defaults={"email": f"{username}@example.org"}
    )
    user.set_password(password)
    user.save()
    group = Group.objects.filter(name=group_name).first()
    if group is not None:
        user.groups.add(group)


if __name__ == "__main__":
    main()
