"""The demo's theme illustrations: drawn with Pillow, stored as Wagtail images with alt text, shown on the theme."""

import pytest
from PIL import Image

from home.demo.images import MOTIFS, SIZE, theme_image
from home.demo.schema import ThemeImage
from tests.factories import ThemePageFactory, publish

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("motif", MOTIFS)
def test_every_motif_is_drawn_and_stored_once_with_its_alt_text(motif):
    data = ThemeImage(motif=motif, alt="Vijf jongeren bij elkaar en één apart.")
    image, created = theme_image(f"thema-{motif}", data)
    assert created and image.description == data.alt and (image.width, image.height) == SIZE
    with image.file.open("rb") as file:
        assert Image.open(file).format == "PNG"
    assert theme_image(f"thema-{motif}", data) == (image, False)


def test_the_theme_page_shows_the_image_with_its_alt_text(client, site):
    image, _ = theme_image("groep", ThemeImage(motif="groep", alt="Vijf jongeren bij elkaar en één apart."))
    theme = publish(ThemePageFactory(parent=site[1], slug="groep", image=image))
    html = client.get(theme.url).content.decode()
    assert 'alt="Vijf jongeren bij elkaar en één apart."' in html and 'class="theme-image"' in html
