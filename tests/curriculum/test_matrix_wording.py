"""The leerlijn matrix in Dutch: its filter says "Omgeving", every cell names its duration, and long Dutch words
break at a syllable (with a hyphen), not anywhere."""

import re
from html import unescape

import pytest

from core.dutch import SOFT_HYPHEN, hyphenate
from home.demo.content import read_content
from home.demo.schema import Vocabulary
from lessons.models import LessonPage

pytestmark = pytest.mark.django_db


def visible_text(html):
    html = re.sub(r"<(script|style)\b.*?</\1>", "", html, flags=re.S)
    return unescape(re.sub(r"<[^>]+>", " ", html)).replace(SOFT_HYPHEN, "")


def test_the_setting_filter_is_dutch(client, catalogue):
    html = client.get(catalogue.leerlijn.url).content.decode()
    assert '<label for="f-setting">Omgeving</label>' in html
    assert ">Alle omgevingen<" in html
    assert not re.search(r"\bsettings?\b", visible_text(html), re.I)


def test_unknown_setting_is_named_in_dutch(client, catalogue):
    html = unescape(client.get(catalogue.leerlijn.url, {"setting": "ruimte"}).content.decode())
    assert "Omgeving ‘ruimte’ bestaat niet; we tonen alle omgevingen." in html


def test_every_cell_shows_the_duration_whatever_the_lesson_is_called(client, catalogue):
    # a lesson with a title of its own (as Klassendialoog's "Wat is veiligheid? Les 1") and one named after its theme
    LessonPage.objects.filter(pk=catalogue.lesson_mbo.pk).update(title="Wat is veiligheid? Les 1", duration=55)
    LessonPage.objects.filter(pk=catalogue.lesson.pk).update(duration=50)
    html = client.get(catalogue.leerlijn.url).content.decode()
    cells = re.findall(r'<a class="matrix__lesson".*?</a>', html, re.S)
    assert len(cells) >= 2
    assert all(re.search(r'<span class="matrix__duration">\d+ min</span>', cell) for cell in cells), cells
    assert any("veiligheid?" in cell and ">55 min<" in cell for cell in cells)
    assert any(">50 min<" in cell for cell in cells)


def test_goal_badges_carry_dutch_syllable_breaks(client, catalogue):
    html = client.get(catalogue.leerlijn.url).content.decode()
    assert f"lings{SOFT_HYPHEN}per{SOFT_HYPHEN}spec{SOFT_HYPHEN}tief" in hyphenate("Handelingsperspectief")
    matrix = html[html.index('<table class="matrix">') : html.index("</table>")]
    badge = r'<span class="badge badge--\w+"><span class="visually-hidden">[^<]*</span>([^<]*)</span>'
    badges = re.findall(badge, matrix)
    assert badges
    long_words = [word for badge in badges for word in re.findall(r"[\w\u00ad]{10,}", unescape(badge))]
    assert long_words and all(SOFT_HYPHEN in word for word in long_words), long_words


def test_hyphenate_leaves_short_words_and_markup_alone():
    assert hyphenate("Les van 50 min") == "Les van 50 min"
    assert hyphenate("Bewustwording").replace(SOFT_HYPHEN, "") == "Bewustwording"


def test_every_theme_is_spelled_one_way_in_the_demo():
    """A page that names its theme (e.g. the parent guide, "Gesprekshulp voor ouders: ...") spells it as the theme
    does; the brochure's list of voorlichtingen decides ("Online fraude en cybercriminaliteit", not "... & ...")."""
    content = read_content(Vocabulary())

    def normalised(text):
        return re.sub(r"\s+", " ", text.replace("&", "en")).strip().casefold()

    mismatches = []
    for theme in content.themes:
        pages = [*theme.lessons, *([theme.parent_guide] if theme.parent_guide else []), *theme.professional_guides]
        for page in pages:
            for part in re.split(r":\s*|\s*\(", page.title):
                if normalised(part) == normalised(theme.title) and part.strip() != theme.title:
                    mismatches.append((theme.title, page.title))
    assert not mismatches
    fraud = next(theme for theme in content.themes if theme.slug == "online-fraude-en-cybercriminaliteit")
    assert fraud.title == "Online fraude en cybercriminaliteit"
