"""Phone numbers in content text become `tel:` links, so a parent or teacher on a phone can call with one tap.

One function for every template (the `tel_links` filter in core/templatetags/phone_tags.py): it only touches text
between tags, never attribute values or text that already sits inside a link.
"""

import re

from django.utils.html import conditional_escape
from django.utils.safestring import mark_safe

# Dutch numbers as content writes them: 0800-2000, 0900-0101, 088 123 4567, 020-123 45 67, 06-12345678,
# +31 20 123 4567, and the short numbers 112, 113 and 116 111 (never any other bare number: "groep 113" is rare,
# "12 jaar" is not).
PHONE = re.compile(
    r"(?<![\w+\-/.,])"
    r"(?:"
    r"\+31[ -]?(?:\(0\))?[1-9](?:[ -]?\d){8}"  # international
    r"|0[1-9]\d{0,2}[ -]?\d{3,4}(?:[ -]?\d{2,4})?(?:[ -]?\d{2})?"  # 0800-2000, 088 123 4567, 020-123 45 67
    r"|116 ?111|11[23]"  # short numbers
    r")"
    r"(?![\w\-/.,]\d|\d|[\w-])"
)
TAG = re.compile(r"(<[^>]*>)")
LINK_OPEN = re.compile(r"^<a[\s>]", re.IGNORECASE)
LINK_CLOSE = re.compile(r"^</a\s*>", re.IGNORECASE)


def tel_href(number):
    return "tel:" + re.sub(r"[^\d+]", "", number)


def link_numbers(text):
    return PHONE.sub(lambda match: f'<a href="{tel_href(match.group())}">{match.group()}</a>', text)


def tel_links(value):
    """`value` (plain text, which is escaped, or safe HTML) with every phone number outside a link made a link."""
    html = str(conditional_escape(value if value is not None else ""))
    parts, inside_link = [], 0
    for part in TAG.split(html):
        if part.startswith("<"):
            if LINK_OPEN.match(part):
                inside_link += 1
            elif LINK_CLOSE.match(part):
                inside_link = max(inside_link - 1, 0)
            parts.append(part)
        else:
            parts.append(part if inside_link else link_numbers(part))
    return mark_safe("".join(parts))
