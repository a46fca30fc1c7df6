import re
from html import unescape

from django.utils.html import escape, strip_tags


def paragraphs(*texts):
    """Plain text paragraphs as the HTML that rich-text fields store."""
    return "".join(f"<p>{escape(text)}</p>" for text in texts if text)


def plain_text(html):
    """Rich text as readable plain text: blocks separated by a space, entities decoded."""
    spaced = re.sub(r"</(p|li|h\d)>", r" </\1>", html or "")
    return re.sub(r"\s+", " ", unescape(strip_tags(spaced))).strip()
