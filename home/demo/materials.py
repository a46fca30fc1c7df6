"""Printable material in the demo: the worksheets and role cards that activities list as materials.

Each is made as a PDF from the activity's own pupil-facing content (core/pdf.py, no presenter notes) and stored
as a Wagtail document, once: a document with the same title is reused. The lesson links them in a follow-up item
"Om te printen", so a teacher finds them on the public lesson page.
"""

import re
from dataclasses import dataclass

from django.core.files.base import ContentFile
from django.utils.html import format_html, format_html_join
from django.utils.text import slugify
from wagtail.documents import get_document_model

from core import pdf
from curriculum.richtext import paragraphs

PRINTABLE = re.compile(r"werkblad|rol(len)?(spel)?kaart|situatiekaart|scènekaart|grenskaart", re.IGNORECASE)


@dataclass
class PageTitle:
    title: str  # what the PDF template's <title> and running head read


def printable(lesson):
    """(activity, material name) for every worksheet or card that an activity of `lesson` lists."""
    return [
        (activity, material)
        for activity in lesson.activities
        if activity.kind == "activity"
        for material in activity.materials
        if PRINTABLE.search(material)
    ]


def material_document(lesson, activity, material):
    """The Wagtail document of one material, made when it does not exist yet; (document, created)."""
    documents = get_document_model()
    title = f"{material} – {lesson.title}"
    existing = documents.objects.filter(title=title).first()
    if existing:
        return existing, False
    context = {
        "page": PageTitle(material),
        "lesson_title": lesson.title,
        "activity_title": activity.title,
        "pupil_content": paragraphs(activity.pupil_content),
    }
    content = pdf.render_pdf("lessons/pdf/material.html", context)
    document = documents(title=title)
    document.file.save(f"{slugify(lesson.slug)}-{slugify(material)[:60]}.pdf", ContentFile(content), save=False)
    document.save()
    return document, True


def print_follow_up(documents):
    """A follow-up block that links the documents (Wagtail rich text document links), or None."""
    if not documents:
        return None
    items = format_html_join("", '<li><a linktype="document" id="{}">{}</a></li>', ((d.pk, d.title) for d in documents))
    text = format_html("<p>Werkbladen en kaarten voor deze les, als PDF:</p><ul>{}</ul>", items)
    return {"type": "follow_up", "value": {"title": "Om te printen", "text": str(text)}}
