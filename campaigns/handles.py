"""Social handles in the many forms people paste them, reduced to one comparable form.

'@CyberPSJammu', 'cyberpsjammu', 'https://x.com/CyberPSJammu/' and
'twitter.com/cyberpsjammu?lang=en' are all 'cyberpsjammu'. A Mastodon account
keeps its server: '@suraksha@police.social' and 'https://police.social/@suraksha'
are both 'suraksha@police.social'.
"""

import re
from difflib import SequenceMatcher
from urllib.parse import urlsplit

# Sites whose profile address is https://site/<handle> (or /@handle, /c/handle...).
PROFILE_HOSTS = {
    "x.com",
    "twitter.com",
    "facebook.com",
    "fb.com",
    "m.facebook.com",
    "instagram.com",
    "youtube.com",
    "m.youtube.com",
    "t.me",
    "telegram.me",
    "threads.net",
    "threads.com",
    "whatsapp.com",
}
PATH_PREFIXES = {"c", "user", "channel", "profile", "s"}
LOOKS_LIKE_URL = re.compile(r"^(https?://|www\.|[\w-]+(\.[\w-]+)+/)", re.IGNORECASE)


def normalise_handle(text):
    text = (text or "").strip()
    if LOOKS_LIKE_URL.match(text):
        return _handle_from_url(text)
    return text.lstrip("@").strip().lower()


def _handle_from_url(text):
    parts = urlsplit(text if "://" in text else f"https://{text}")
    host = parts.netloc.lower().removeprefix("www.")
    segments = [s for s in parts.path.split("/") if s]
    if segments and segments[0].lower() in PATH_PREFIXES and len(segments) > 1:
        segments = segments[1:]
    if not segments:
        return ""
    handle = segments[0].lower()
    if handle.startswith("@") and host not in PROFILE_HOSTS and host != "bsky.app":
        return f"{handle[1:]}@{host}"  # a Mastodon (fediverse) profile
    return handle.lstrip("@")


def squash(handle):
    """Letters and digits only: 'cyber_ps.jammu' and 'CyberPSJammu' squash alike."""
    return re.sub(r"[\W_]+", "", handle.lower())


def looks_alike(candidate, official):
    """An impostor's handle: close to an official one but not the same."""
    if candidate == official:
        return False
    a, b = squash(candidate), squash(official)
    return a == b or SequenceMatcher(None, a, b).ratio() >= 0.85
