from django.utils.translation import get_language, get_language_bidi


def site_context(request):
    """Language and direction for <html lang dir>, from the active language."""
    return {
        "LANGUAGE_CODE": get_language(),
        "LANGUAGE_DIR": "rtl" if get_language_bidi() else "ltr",
    }
