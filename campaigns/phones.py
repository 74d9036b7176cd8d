"""Phone numbers: read in any common format, stored in E.164, shown as people write them.

Numbers without a country code are read as Indian. A number that cannot be a
real one is refused with the reason, in words an editor can act on.
"""

import phonenumbers
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from phonenumbers import NumberParseException, PhoneNumberFormat, PhoneNumberType
from phonenumbers import ValidationResult as Possible

DEFAULT_REGION = "IN"

PARSE_REASONS = {
    NumberParseException.INVALID_COUNTRY_CODE: _("The country code is not one that exists."),
    NumberParseException.NOT_A_NUMBER: _("This does not look like a phone number."),
    NumberParseException.TOO_SHORT_AFTER_IDD: _("Too few digits after the international prefix."),
    NumberParseException.TOO_SHORT_NSN: _("Too few digits for a phone number."),
    NumberParseException.TOO_LONG: _("Too many digits for a phone number."),
}
POSSIBLE_REASONS = {
    Possible.INVALID_COUNTRY_CODE: _("The country code is not one that exists."),
    Possible.TOO_SHORT: _(
        "Too few digits: an Indian mobile number has 10 digits, a landline its STD code "
        "and the number."
    ),
    Possible.TOO_LONG: _("Too many digits for a number in that country."),
    Possible.INVALID_LENGTH: _("The number of digits is wrong for that country."),
    Possible.IS_POSSIBLE_LOCAL_ONLY: _("Add the STD code: this can only be dialled locally."),
}
NO_SUCH_RANGE = _(
    "No phone number starts like this: check the digits, and give a landline its STD code."
)


def parse(value):
    """A valid ``PhoneNumber`` from text in any common format, or ValidationError(reason)."""
    text = str(value or "").strip()
    if text.startswith("00"):
        text = "+" + text[2:]
    try:
        number = phonenumbers.parse(text, DEFAULT_REGION)
    except NumberParseException as error:
        raise ValidationError(PARSE_REASONS.get(error.error_type, NO_SUCH_RANGE)) from error
    possible = phonenumbers.is_possible_number_with_reason(number)
    if possible != Possible.IS_POSSIBLE:
        raise ValidationError(POSSIBLE_REASONS.get(possible, NO_SUCH_RANGE))
    if not phonenumbers.is_valid_number(number):
        raise ValidationError(NO_SUCH_RANGE)
    return number


def to_e164(value):
    """'+919000010101' from '090000 10101', '+91-90000-10101', '0091 9000010101'..."""
    return phonenumbers.format_number(parse(value), PhoneNumberFormat.E164)


def try_e164(value):
    """Like ``to_e164`` but '' for anything that is not a valid number."""
    try:
        return to_e164(value)
    except ValidationError:
        return ""


def display(e164):
    """How people in India write it: '90000 10101' for a mobile, '0191 200 0001' for a
    landline; numbers abroad in international form."""
    if not e164:
        return ""
    try:
        number = phonenumbers.parse(e164, DEFAULT_REGION)
    except NumberParseException:
        return e164
    if phonenumbers.region_code_for_number(number) != DEFAULT_REGION:
        return phonenumbers.format_number(number, PhoneNumberFormat.INTERNATIONAL)
    national = phonenumbers.format_number(number, PhoneNumberFormat.NATIONAL)
    if phonenumbers.number_type(number) == PhoneNumberType.MOBILE:
        return national.lstrip("0")
    return national


def digits(e164):
    return "".join(ch for ch in e164 if ch.isdigit())
