from django import template

from core.phone import tel_links as link_phone_numbers

register = template.Library()


@register.filter(is_safe=True)
def tel_links(value):
    """`{{ text|richtext|tel_links }}`: phone numbers in content text as tel: links (core/phone.py)."""
    return link_phone_numbers(value)
