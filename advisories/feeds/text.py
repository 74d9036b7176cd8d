"""Text and times in the forms feeds need: XML-safe strings, RFC 822 and RFC 3339."""

import re
from datetime import UTC, datetime

from django.utils import timezone

# XML 1.0 forbids C0 controls other than tab, LF and CR, lone surrogates and
# U+FFFE/U+FFFF; DEL and the C1 controls are allowed but never meant as text.
# lxml (and so feedgen) raises on the forbidden ones instead of escaping them.
_NOT_TEXT = re.compile("[^\t\n\r\u0020-\u007e\u00a0-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")
_SPACES = re.compile(r"\s+")

# A page created in code without ever being published has no publication time.
UNKNOWN_TIME = datetime(2000, 1, 1, tzinfo=UTC)


def xml_safe(value):
    """The text with every character XML cannot carry removed."""
    return _NOT_TEXT.sub("", str(value or ""))


def one_line(value):
    """XML-safe text on one line, for titles and headlines."""
    return _SPACES.sub(" ", xml_safe(value)).strip()


def local_time(value):
    """An aware time in the site's time zone, to the second."""
    return timezone.localtime(value or UNKNOWN_TIME).replace(microsecond=0)


def rfc3339(value):
    """e.g. 2026-11-23T19:14:05+05:30: Atom, JSON Feed and CAP (which refuses 'Z')."""
    return local_time(value).isoformat()
