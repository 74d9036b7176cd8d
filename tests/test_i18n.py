"""English, Hindi, Bengali and Urdu: <html lang dir>, the language switcher, translations."""

import re

import pytest
from wagtail.models import Locale

from advisories.models import AdvisoryPage
from tests.factories import AdvisoryPageFactory, ThreatCategoryFactory

pytestmark = pytest.mark.django_db

DIRECTIONS = {"en": "ltr", "hi": "ltr", "bn": "ltr", "ur": "rtl"}


def html_tag(html):
    return re.search(r"<html [^>]*>", html).group(0)


def translate(page, code, **fields):
    copy = page.copy_for_translation(Locale.objects.get(language_code=code))
    for name, value in fields.items():
        setattr(copy, name, value)
    copy.save_revision().publish()
    return copy


@pytest.fixture
def translated_advisory(advisory_index, advisory):
    """The advisory list and one advisory in every language."""
    for code in ("hi", "bn", "ur"):
        translate(advisory_index, code)
        translate(advisory, code, title=f"{code} title")
    return advisory


@pytest.mark.parametrize(("code", "direction"), DIRECTIONS.items())
def test_html_lang_and_dir_follow_the_language_on_every_kind_of_page(
    client, translated_advisory, code, direction
):
    prefix = "" if code == "en" else f"/{code}"
    advisory = translated_advisory.get_translation(Locale.objects.get(language_code=code))
    for url in (f"{prefix}/", advisory.url, f"{prefix}/search/?q=kyc", f"{prefix}/no-such-page/"):
        html = client.get(url).content.decode()
        assert html_tag(html).startswith(f'<html lang="{code}" dir="{direction}"'), url
        assert f'<meta property="og:locale" content="{code}_IN">' in html, url


def test_language_switcher_links_to_this_page_in_each_language(client, translated_advisory):
    html = client.get(translated_advisory.url).content.decode()
    switcher = html[html.index('<nav class="language-switcher"') :]
    switcher = switcher[: switcher.index("</nav>")]
    for code in ("hi", "bn", "ur"):
        translation = translated_advisory.get_translation(Locale.objects.get(language_code=code))
        assert f'href="{translation.url}" lang="{code}"' in switcher
    assert 'lang="ur" dir="rtl"' in switcher
    assert 'hreflang="en" aria-current="true">English</a>' in switcher


def test_without_a_translation_the_switcher_leads_to_that_languages_home(client, advisory):
    html = client.get(advisory.url).content.decode()
    assert 'href="/ur/" lang="ur" dir="rtl" hreflang="ur">اردو</a>' in html
    assert 'rel="alternate" hreflang="ur"' not in html


def test_translations_are_announced_as_alternates(client, translated_advisory):
    html = client.get(translated_advisory.url).content.decode()
    for code in ("en", "hi", "bn", "ur"):
        assert f'<link rel="alternate" hreflang="{code}" href="http://testserver' in html


def test_urdu_reader_sees_the_urdu_advisory_with_urdu_terms(client, advisory_index):
    ur = Locale.objects.get(language_code="ur")
    translate(advisory_index, "ur")
    category = ThreatCategoryFactory(name="KYC-update scam", slug="kyc")
    urdu_category = category.copy_for_translation(ur)
    urdu_category.name = "کے وائی سی اپڈیٹ فراڈ"
    urdu_category.save()
    page = AdvisoryPageFactory(parent=advisory_index)
    page.threat_categories = [category]
    page.save_revision().publish()
    urdu = translate(page, "ur", title="کے وائی سی کا جال")
    urdu.threat_categories = [urdu_category]
    urdu.save_revision().publish()

    html = client.get(urdu.url).content.decode()
    assert "کے وائی سی کا جال" in html
    assert "کے وائی سی اپڈیٹ فراڈ" in html
    index_html = client.get(urdu.get_parent().url + "?category=kyc").content.decode()
    assert "کے وائی سی کا جال" in index_html
    assert "not understood" not in index_html


def test_advisory_list_in_another_language_lists_only_that_languages_advisories(
    client, translated_advisory
):
    hindi_list = translated_advisory.get_parent().get_translation(
        Locale.objects.get(language_code="hi")
    )
    titles = [page.title for page in client.get(hindi_list.url).context["advisories"]]
    assert titles == ["hi title"]
    assert AdvisoryPage.objects.count() == 4


@pytest.mark.parametrize(
    ("code", "skip_link", "lost_money", "severity"),
    [
        ("hi", "मुख्य सामग्री पर जाएँ", "अगर आपके पैसे गए हैं", "अलर्ट: तुरंत कदम उठाएँ"),
        ("bn", "মূল বিষয়ে যান", "যদি টাকা খোয়া যায়", "জরুরি: এখনই ব্যবস্থা নিন"),
        ("ur", "اصل مواد پر جائیں", "اگر آپ کے پیسے گئے ہیں", "الرٹ: فوراً قدم اٹھائیں"),
    ],
)
def test_the_pages_own_words_are_in_the_readers_language(
    client, translated_advisory, code, skip_link, lost_money, severity
):
    translated_advisory.severity = 4
    translated_advisory.save()
    page = translated_advisory.get_translation(Locale.objects.get(language_code=code))
    page.severity = 4
    page.save()
    html = client.get(page.url).content.decode()
    assert f'<a class="skip-link" href="#main">{skip_link}</a>' in html
    assert lost_money in html
    assert severity in html
    assert "If you lost money" not in html


def test_phone_numbers_keep_their_order_in_urdu(client, home, help_settings):
    html = client.get("/ur/").content.decode()
    assert '<bdi dir="ltr">+91 90000 01930</bdi>' in html
