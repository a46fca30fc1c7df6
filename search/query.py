"""Cleaning what visitors type, and showing where it matched."""

import re

from django.utils.html import escape
from django.utils.safestring import mark_safe

MAX_QUERY_LENGTH = 200
# Letters (any script), digits and apostrophes survive; everything else (quotes, *, parentheses, hyphens,
# control characters) becomes a space, so no input can reach the full-text engine as query syntax.
UNSAFE = re.compile(r"[^\w']+", re.UNICODE)
OPERATORS = {"and", "or", "not", "near"}


def clean_query(raw):
    text = UNSAFE.sub(" ", (raw or "")[: MAX_QUERY_LENGTH * 4]).replace("_", " ")
    words = [word.strip("'") for word in text.split()]
    words = [word for word in words if word and word.lower() not in OPERATORS]
    return " ".join(words)[:MAX_QUERY_LENGTH].strip()


def highlight(text, query, width=220):
    """An excerpt of `text` around the first query word, with every query word in <mark>."""
    words = [re.escape(word) for word in query.split() if len(word) > 1]
    if not text:
        return ""
    if not words:
        return escape(text[:width])
    pattern = re.compile(r"(" + "|".join(words) + r")", re.IGNORECASE)
    first = pattern.search(text)
    start = max(0, first.start() - width // 3) if first else 0
    excerpt = text[start : start + width]
    prefix, suffix = ("… " if start else ""), (" …" if start + width < len(text) else "")
    marked = pattern.sub(lambda m: f"\0{m.group(0)}\1", excerpt)
    return mark_safe(prefix + escape(marked).replace("\0", "<mark>").replace("\1", "</mark>") + suffix)
