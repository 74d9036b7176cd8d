"""Journey 2: an editor writes an advisory with steps and an image, previews it and
submits it; a moderator approves and publishes it; it reaches the site, the RSS feed
and, exactly once, the console channel."""

import re
import secrets

import feedparser
import pytest
from playwright.sync_api import expect

from .admin import add_child_page, add_steps_block, footer_action, log_in, upload_image
from .helpers import DESKTOP, PHONE, screenshots

pytestmark = pytest.mark.browser

STEPS = [
    "Do not open the link in the message.",
    "Call your electricity office on the number printed on your bill.",
]


def test_editor_writes_moderator_publishes_and_it_reaches_site_feed_and_one_post(new_page, site):
    title = f"Fake electricity disconnection SMS {secrets.token_hex(3)}"
    slug = re.sub(r"[^a-z0-9]+", "-", title.lower()).strip("-")
    editor = new_page(DESKTOP)
    log_in(editor, "editor", site.login("editor"))

    add_child_page(editor, "/advisories/")
    editor.get_by_role("textbox", name="Title*").fill(title)
    editor.get_by_role("textbox", name="Summary*").fill(
        "An SMS says your power will be cut tonight unless you call a number. It is a scam."
    )
    editor.get_by_role("combobox", name="Severity*").select_option(label="Warning: active scam")
    editor.get_by_label("SMS", exact=True).check()
    editor.get_by_label("Senior citizens", exact=True).check()
    upload_image(
        editor, "Choose an image", "Fake power-cut SMS", "A fake SMS threatening a power cut"
    )
    add_steps_block(editor, "What to do now", "Do this now", STEPS)
    screenshots(editor, "journey2-editor-writes")

    editor.get_by_role("button", name="Toggle preview").click()
    preview = editor.frame_locator("#w-preview-iframe")
    expect(preview.get_by_role("heading", level=1)).to_have_text(title)
    expect(preview.get_by_text(STEPS[1])).to_be_visible()
    screenshots(editor, "journey2-preview")

    footer_action(editor, "Submit to Approval")
    expect(editor.locator(".messages")).to_contain_text("submitted for moderation")

    early_reader = new_page(PHONE)  # nothing is public before approval
    assert early_reader.goto(f"/advisories/{slug}/").status == 404

    moderator = new_page(DESKTOP)
    log_in(moderator, "moderator", site.login("moderator"))
    review = moderator.get_by_role("row").filter(has_text=title)
    with moderator.expect_navigation():
        review.get_by_role("link", name=title).click()
    footer_action(moderator, "Approve and Publish")
    expect(moderator.get_by_role("row").filter(has_text=title)).to_contain_text(
        re.compile("live", re.IGNORECASE)
    )

    reader = new_page(PHONE)
    reader.goto("/advisories/")
    with reader.expect_navigation():
        reader.get_by_role("link", name=title).click()
    expect(reader.get_by_role("heading", level=1)).to_have_text(title)
    for step in STEPS:
        expect(reader.locator("main li").filter(has_text=step)).to_have_count(1)
    lead = reader.locator("main img").first
    expect(lead).to_have_attribute("alt", "A fake SMS threatening a power cut")
    expect(lead).to_have_attribute("srcset", re.compile(r"\d+w"))
    # A phone gets the small WebP rendition, not the editor's 1600 px upload.
    assert re.search(r"\.width-400\.format-webp\.webp$", lead.evaluate("img => img.currentSrc"))
    screenshots(reader, "journey2-published-advisory")

    feed = feedparser.parse(reader.request.get("/feeds/advisories.rss").body())
    entries = [entry for entry in feed.entries if entry.title == title]
    assert len(entries) == 1
    assert entries[0].link.endswith(f"/advisories/{slug}/")

    posts = [text for text in console_posts(site.log_text()) if f"/advisories/{slug}/" in text]
    assert len(posts) == 1, posts
    assert title in posts[0]


def console_posts(log):
    """The texts the console channel posted, as it wrote them to the server's log."""
    pattern = r"Console channel \S+ would post \(outbox row \d+\):\n(.*?)\n\[image: "
    return re.findall(pattern, log, flags=re.DOTALL)
