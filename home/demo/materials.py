"""Printable material in the demo: the worksheets and role cards that activities list as materials.

Each is made as a PDF (core/pdf.py, no presenter notes) from what its content file lists (schema.Printable): cards
to cut out, several per A4 with cut lines, or a worksheet with its questions, answer lines and perhaps a drawing.
It is stored as a Wagtail document, once: a document with the same title is reused. The lesson links them in a
follow-up item "Om te printen", so a teacher finds them on the public lesson page.
"""

import base64
from dataclasses import dataclass

from django.core.files.base import ContentFile
from django.template.loader import render_to_string
from django.utils.html import format_html, format_html_join
from django.utils.text import slugify
from wagtail.documents import get_document_model

from core import pdf

FILL_IN_ROWS = 7  # a worksheet with columns: empty rows that fill the rest of one A4


@dataclass
class PageTitle:
    title: str  # what the PDF template's <title> and running head read


def printable(lesson):
    """(activity, schema.Printable) for every worksheet or set of cards that an activity of `lesson` lists."""
    return [
        (activity, material)
        for activity in lesson.activities
        if activity.kind == "activity"
        for material in activity.materials
        if not isinstance(material, str)
    ]


def figure_src(figure):
    """The drawing (SVG) as a data URL for an <img>, whose alt text WeasyPrint writes into the tagged PDF."""
    svg = render_to_string(f"lessons/pdf/figures/{figure.motif}.svg")
    return "data:image/svg+xml;base64," + base64.b64encode(svg.encode()).decode()


def material_document(lesson, activity, material):
    """The Wagtail document of one material, made when it does not exist yet; (document, created)."""
    documents = get_document_model()
    title = f"{material.name} – {lesson.title}"
    existing = documents.objects.filter(title=title).first()
    if existing:
        return existing, False
    content = pdf.render_pdf("lessons/pdf/material.html", material_context(lesson, activity, material))
    document = documents(title=title)
    document.file.save(f"{slugify(lesson.slug)}-{slugify(material.name)[:60]}.pdf", ContentFile(content), save=False)
    document.save()
    return document, True


def material_context(lesson, activity, material):
    """What lessons/pdf/material.html shows of one material."""
    figure = material.figure
    return {
        "lesson_title": lesson.title,
        "activity_title": activity.title,
        "page": PageTitle(material.name),
        "material": material,
        "figure": {"src": figure_src(figure), "alt": figure.alt} if figure else None,
        "empty_rows": range(FILL_IN_ROWS if material.columns else 0),
    }


def print_follow_up(documents):
    """A follow-up block that links the documents (Wagtail rich text document links), or None."""
    if not documents:
        return None
    items = format_html_join("", '<li><a linktype="document" id="{}">{}</a></li>', ((d.pk, d.title) for d in documents))
    text = format_html("<p>Werkbladen en kaarten voor deze les, als PDF:</p><ul>{}</ul>", items)
    return {"type": "follow_up", "value": {"title": "Om te printen", "text": str(text)}}
