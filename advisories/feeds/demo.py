"""The demo Follow page, in every language; only what is missing is created.

No official social accounts are invented: editors add the unit's real ones.
"""

from wagtail.models import Locale

from awareness_site.demo import demo_key
from awareness_site.models import HomePage

from .models import FollowPage

FOLLOW_PAGE = {
    "en": (
        "Follow us",
        "Get our fraud advisories as soon as we publish them: in a feed reader, "
        "a news app or from our official accounts.",
    ),
    "hi": (
        "हमें फ़ॉलो करें",
        "हमारी धोखाधड़ी चेतावनियाँ प्रकाशित होते ही पाएँ: फ़ीड रीडर, समाचार ऐप या हमारे आधिकारिक खातों से।",
    ),
    "bn": (
        "আমাদের অনুসরণ করুন",
        "আমাদের প্রতারণা-সতর্কতা প্রকাশের সঙ্গে সঙ্গে পান: ফিড রিডার, সংবাদ অ্যাপ বা আমাদের অফিসিয়াল অ্যাকাউন্ট থেকে।",
    ),
    "ur": (
        "ہمیں فالو کریں",
        "ہماری دھوکا دہی کی وارننگز شائع ہوتے ہی حاصل کریں: فیڈ ریڈر، نیوز ایپ "
        "یا ہمارے سرکاری اکاؤنٹس سے۔",
    ),
}


def load():
    key = demo_key("page", "follow")
    english = ensure_follow_page(key)
    if english is None:
        return
    for locale in Locale.objects.exclude(pk=english.locale_id):
        if locale.language_code in FOLLOW_PAGE and not english.has_translation(locale):
            translation = english.copy_for_translation(locale)
            translation.title, translation.intro = FOLLOW_PAGE[locale.language_code]
            translation.save_revision().publish()


def ensure_follow_page(key):
    """The English Follow page: the existing one (even if an editor renamed it), or a new one."""
    en = Locale.objects.get(language_code="en")
    existing = FollowPage.objects.filter(locale=en).first()
    if existing is not None:
        return existing
    home = HomePage.objects.filter(locale=en).first()
    if home is None:
        return None
    title, intro = FOLLOW_PAGE["en"]
    page = FollowPage(title=title, slug="follow", intro=intro, show_in_menus=True)
    page.translation_key = key
    home.add_child(instance=page)
    page.save_revision().publish()
    return page
