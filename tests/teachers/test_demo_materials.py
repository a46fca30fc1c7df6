"""The demo's worksheets and role cards: PDFs made from the activity's pupil content, stored as documents, linked
from the lesson in a follow-up item."""

import io

import pytest
from pypdf import PdfReader

from home.demo import materials
from home.demo.content import read_content
from home.demo.schema import Vocabulary

pytestmark = pytest.mark.django_db


@pytest.fixture(scope="module")
def lessons():
    return {lesson.slug: lesson for theme in read_content(Vocabulary()).themes for lesson in theme.lessons}


def test_worksheets_and_cards_are_found_among_the_materials(lessons):
    found = [material for lesson in lessons.values() for _activity, material in materials.printable(lesson)]
    assert "Werkblad Mijn oudejaarsplan" in found and "Rolkaarten" in found
    assert "Pennen" not in found and "Digibord" not in found


def test_a_material_becomes_a_document_with_the_pupil_content_only_once(lessons):
    lesson = next(lesson for lesson in lessons.values() if materials.printable(lesson))
    activity, material = materials.printable(lesson)[0]
    document, created = materials.material_document(lesson, activity, material)
    assert created and document.file.name.endswith(".pdf")
    with document.file.open("rb") as file:
        text = " ".join(page.extract_text() for page in PdfReader(io.BytesIO(file.read())).pages)
    assert material in text and lesson.title in text
    first_words = " ".join(activity.pupil_content.split()[:4])
    assert first_words in " ".join(text.split())
    if activity.presenter_notes.strip():
        assert " ".join(activity.presenter_notes.split()[:6]) not in " ".join(text.split())
    assert materials.material_document(lesson, activity, material) == (document, False)


def test_the_follow_up_links_the_documents(lessons):
    lesson = next(lesson for lesson in lessons.values() if materials.printable(lesson))
    documents = [materials.material_document(lesson, *pair)[0] for pair in materials.printable(lesson)]
    block = materials.print_follow_up(documents)
    assert block["value"]["title"] == "Om te printen"
    assert f'<a linktype="document" id="{documents[0].pk}">' in block["value"]["text"]
    assert materials.print_follow_up([]) is None
