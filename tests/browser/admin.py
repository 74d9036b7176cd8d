"""What an editor and a moderator do in Wagtail's admin, step by step, as they would."""

import io
import random
import re

from playwright.sync_api import expect

from .keyboard import press_enter_and_wait, tab_to


def log_in(page, username, password):
    """Sign in by typing, as a keyboard user would."""
    page.goto("/admin/login/")
    page.get_by_label("Username").focus()
    page.keyboard.type(username)
    page.keyboard.press("Tab")
    page.keyboard.type(password)
    with page.expect_navigation():
        page.keyboard.press("Enter")
    expect(page.get_by_role("heading", name=re.compile("Cyber Suraksha|Dashboard"))).to_be_visible()


def add_child_page(page, public_url):
    """From a public page, the Wagtail user bar's "Add a child page"."""
    page.goto(public_url)
    page.locator("wagtail-userbar").get_by_role("button").first.click()
    page.locator("wagtail-userbar").get_by_role("menuitem", name="Add a child page").click()
    expect(page.get_by_role("button", name="Save draft")).to_be_visible()


def photo_bytes(width=1600, height=1000):
    """A new JPEG each time, so the image library never reports a duplicate."""
    from PIL import Image, ImageDraw

    image = Image.new("RGB", (width, height), (11, 61, 145))
    draw = ImageDraw.Draw(image)
    for _ in range(40):
        x, y = random.randrange(width), random.randrange(height)
        colour = tuple(random.randrange(256) for _ in range(3))
        draw.rectangle([x, y, x + 120, y + 80], fill=colour)
    buffer = io.BytesIO()
    image.save(buffer, "JPEG", quality=85)
    return buffer.getvalue()


def upload_image(page, button_name, title, alt_text):
    """Choose an image by uploading a new one in the chooser's Upload tab."""
    page.get_by_role("button", name=button_name).first.click()
    modal = page.locator(".modal")
    modal.get_by_role("tab", name="Upload").click()
    modal.locator("input[type=file]").set_input_files(
        {"name": "screenshot.jpg", "mimeType": "image/jpeg", "buffer": photo_bytes()}
    )
    modal.get_by_label("Title").fill(title)
    modal.get_by_label(re.compile("Alternative text")).fill(alt_text)
    modal.get_by_role("button", name="Upload").click()
    expect(modal).to_be_hidden()


def add_steps_block(page, block_label, heading, steps, index=0):
    """Insert a block of steps in the body StreamField and type each step."""
    body = page.locator("[data-contentpath='body']")
    body.get_by_title("Insert a block").last.click()
    page.get_by_role("option", name=block_label).click()
    body.locator(f"input[name='body-{index}-value-heading']").fill(heading)
    for number, step in enumerate(steps):
        if number:
            body.locator("[data-contentpath='steps'] button[title='Add']").last.click()
        body.locator(f"input[name='body-{index}-value-steps-{number}-value']").fill(step)


AUTOSAVE_INTERVAL_MS = 500  # Wagtail's default WAGTAIL_AUTOSAVE_INTERVAL


def settle_autosave(page):
    """Wait until Wagtail's autosave has nothing in flight.

    The editor autosaves half a second after a change; on a new page the first
    autosave creates it. An action pressed while that request is still running
    posts to the "add page" form a second time (a slug clash or, on PostgreSQL, a
    clash of tree paths), so a person would wait for "Saved" as this does.
    """
    indicator = page.locator("#w-autosave-indicator")
    if not indicator.count():
        return
    page.wait_for_timeout(AUTOSAVE_INTERVAL_MS * 2)
    expect(indicator).not_to_have_attribute("data-w-autosave-state-value", "saving", timeout=30_000)


def footer_action(page, name):
    """Press an action of the editor's footer, opening "More actions" first if needed."""
    settle_autosave(page)
    action = page.locator("footer").get_by_role("button", name=name, exact=True)
    if not action.is_visible():
        page.locator("footer").get_by_role("button", name="More actions").click()
    with page.expect_navigation():
        action.click()


def approve_and_publish_by_keyboard(page, title):
    """From the dashboard's "Awaiting your review" to "Approve and Publish", keys only."""
    tab_to(page, lambda focus: focus["tag"] == "a" and focus["text"] == title)
    press_enter_and_wait(page)
    tab_to(page, lambda focus: focus["text"] == "More actions", limit=600)
    page.keyboard.press("Enter")
    tab_to(page, lambda focus: focus["text"] == "Approve and Publish")
    press_enter_and_wait(page)
    # A workflow action goes back to the explorer; a plain save stays on the editor.
    # (A page still a draft after an approval was this editor's autosave racing the
    # approval's commit: awareness_site/stale_saves.py refuses that save now.)
    expect(page, "the approval was taken as a plain save").to_have_url(
        re.compile(r"/admin/pages/\d+/$")
    )
