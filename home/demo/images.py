"""Illustrations for the demo's theme pages, drawn with Pillow (no downloads) and stored as Wagtail images with
their alt text (the image's description) from the theme's content file. Made once: an image with the same title
is reused."""

import io
import math

from django.core.files.images import ImageFile
from PIL import Image, ImageDraw
from wagtail.images import get_image_model

SIZE = (1200, 630)
TEAL, LIGHT, ACCENT, WHITE = (0, 77, 85), (224, 242, 241), (245, 158, 11), (255, 255, 255)


def person(draw, x, y, scale, colour):
    draw.ellipse((x - 22 * scale, y - 90 * scale, x + 22 * scale, y - 46 * scale), fill=colour)
    draw.rounded_rectangle((x - 36 * scale, y - 40 * scale, x + 36 * scale, y + 60 * scale), 30 * scale, fill=colour)


def group(draw):
    """Five people together and one a step apart, turned to face them: choosing your own way in a group."""
    for i, x in enumerate((260, 380, 500, 620, 740)):
        person(draw, x, 360 + (i % 2) * 20, 1.6, TEAL)
    person(draw, 980, 380, 1.6, ACCENT)


def phone(draw):
    """A phone with three message bubbles: what you send can travel on."""
    draw.rounded_rectangle((470, 80, 730, 560), 36, fill=TEAL)
    draw.rounded_rectangle((490, 130, 710, 510), 12, fill=WHITE)
    for i, (x0, x1, colour) in enumerate(((505, 650, LIGHT), (560, 695, ACCENT), (505, 680, LIGHT))):
        draw.rounded_rectangle((x0, 160 + i * 110, x1, 240 + i * 110), 20, fill=colour)


def card(draw):
    """A bank card with a padlock beside it: your pass and your codes are yours alone."""
    draw.rounded_rectangle((260, 170, 760, 470), 30, fill=TEAL)
    draw.rectangle((260, 230, 760, 280), fill=(0, 40, 45))
    draw.rounded_rectangle((310, 330, 390, 390), 8, fill=ACCENT)
    draw.arc((850, 150, 1010, 330), 180, 360, fill=TEAL, width=28)
    draw.rounded_rectangle((830, 250, 1030, 450), 24, fill=ACCENT)


def fireworks(draw):
    """Three bursts over a low skyline: celebrating new year safely."""
    for cx, cy, colour in ((330, 200, ACCENT), (640, 150, TEAL), (930, 230, ACCENT)):
        for k in range(12):
            angle = k * math.pi / 6
            draw.line((cx, cy, cx + 110 * math.cos(angle), cy + 110 * math.sin(angle)), fill=colour, width=12)
    for i, height in enumerate((120, 180, 90, 150, 200, 110, 160, 130)):
        draw.rectangle((i * 150, SIZE[1] - height, i * 150 + 140, SIZE[1]), fill=TEAL)


MOTIFS = {"groep": group, "telefoon": phone, "bankpas": card, "vuurwerk": fireworks}


def draw_motif(motif):
    """PNG bytes of the motif on a light background."""
    picture = Image.new("RGB", SIZE, LIGHT)
    MOTIFS[motif](ImageDraw.Draw(picture))
    out = io.BytesIO()
    picture.save(out, format="PNG", optimize=True)
    return out.getvalue()


def theme_image(theme_slug, data):
    """The Wagtail image for a theme's `image` entry in its content file; (image, created)."""
    images = get_image_model()
    title = f"Illustratie {theme_slug}"
    existing = images.objects.filter(title=title).first()
    if existing:
        return existing, False
    image = images(title=title, description=data.alt)
    image.file = ImageFile(io.BytesIO(draw_motif(data.motif)), name=f"{theme_slug}.png")
    image.save()
    return image, True
