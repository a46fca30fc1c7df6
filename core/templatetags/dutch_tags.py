from django import template

from core.dutch import hyphenate as insert_soft_hyphens

register = template.Library()


@register.filter
def hyphenate(value):
    """`{{ label|hyphenate }}`: long Dutch words break at a syllable, with a hyphen, in narrow boxes (core/dutch.py)."""
    return insert_soft_hyphens(value)
