import pytest
from django.template import Context, Template
from django.template.loader import render_to_string
from django.utils.safestring import mark_safe

from core.phone import tel_links
from tests.factories import HelpResourceFactory


@pytest.mark.parametrize(
    "text, href",
    [
        ("Bel Veilig Thuis: 0800-2000.", "tel:08002000"),
        ("De Kindertelefoon (0800-0432) is gratis.", "tel:08000432"),
        ("Informatielijn 0900-0101 (lokaal tarief)", "tel:09000101"),
        ("Bel 113 of chat via de site.", "tel:113"),
        ("Bij direct gevaar: 112", "tel:112"),
        ("Kindertelefoon ook op 116 111.", "tel:116111"),
        ("Halt: 088 123 4567", "tel:0881234567"),
        ("Bureau 020-123 45 67 op werkdagen", "tel:0201234567"),
        ("Mobiel 06-12345678", "tel:0612345678"),
        ("Internationaal +31 20 123 4567", "tel:+31201234567"),
    ],
)
def test_dutch_numbers_become_links(text, href):
    html = tel_links(text)
    assert f'<a href="{href}">' in html


@pytest.mark.parametrize(
    "text",
    [
        "Vanaf 12 jaar kan de politie een jongere naar Halt sturen.",
        "In 2026 deden 200.000 jongeren mee.",
        "Postcode 1234 AB, huisnummer 113a",
        "Les 3 duurt 50 minuten, groep 7-8.",
        "Een boete van 1130 euro.",
    ],
)
def test_other_numbers_stay_text(text):
    assert "<a " not in tel_links(text)


def test_plain_text_is_escaped_first():
    assert tel_links("<b>0800-2000</b>") == '&lt;b&gt;<a href="tel:08002000">0800-2000</a>&lt;/b&gt;'


def test_existing_links_and_attributes_are_left_alone():
    html = mark_safe('<p><a href="tel:113">Bel 113</a> of <span title="0800-2000">Veilig Thuis</span> 0800-2000</p>')
    assert tel_links(html) == (
        '<p><a href="tel:113">Bel 113</a> of <span title="0800-2000">Veilig Thuis</span> '
        '<a href="tel:08002000">0800-2000</a></p>'
    )


def test_filter_in_a_template():
    rendered = Template("{% load phone_tags %}{{ text|tel_links }}").render(Context({"text": "Bel 0800-7000 & zwijg"}))
    assert rendered == 'Bel <a href="tel:08007000">0800-7000</a> &amp; zwijg'


@pytest.mark.django_db
@pytest.mark.parametrize("template", ["includes/help_resource.html", "lessons/pdf/help_resource.html"])
def test_numbers_in_a_help_resources_text_are_links_too(template):
    resource = HelpResourceFactory(phone="112", when="Bel 112 bij spoed. Zonder spoed: bel 0900-8844.")
    html = render_to_string(template, {"resource": resource})
    assert '<a href="tel:09008844">0900-8844</a>' in html
