"""The demo's worksheets and cards: PDFs made from what the content file lists for each material (cards to cut
out, or a worksheet with its questions and perhaps a drawing), stored as documents, linked from the lesson in a
follow-up item. Behaviour is tested with small materials built here; the demo catalogue is checked once (`demo`)."""

import io
import re
from types import SimpleNamespace

import pytest
from django.template.loader import render_to_string
from pypdf import PdfReader
from wagtail.documents import get_document_model

from core import pdf
from home.demo import materials
from home.demo.schema import Printable

pytestmark = pytest.mark.django_db

CARDS = Printable(
    name="Rolkaarten",
    intro="Lees alleen je eigen kaart.",
    cards=[
        {"title": "De omstander", "text": "Je ziet een filmpje in de groepsapp."},
        {"title": "De mentor", "text": "Een leerling vertelt je iets in vertrouwen."},
        {"text": "Een kaart zonder titel."},
    ],
)
WORKSHEET = Printable(
    name="Werkblad met poppetje",
    questions=["Waar voel je boosheid als eerste?", "Wat doe je dan?"],
    figure={"motif": "poppetje", "alt": "Een poppetje om in te kleuren."},
)


def lesson_with(*listed):
    activity = SimpleNamespace(
        kind="activity",
        title="Oefenen",
        pupil_content="Wat de klas op het scherm ziet.",
        presenter_notes="Alleen voor de presentator bedoeld.",
        materials=list(listed),
    )
    return SimpleNamespace(title="Groepsdruk (onderbouw)", slug="groepsdruk", activities=[activity]), activity


def pdf_text(content):
    return " ".join(" ".join(page.extract_text().split()) for page in PdfReader(io.BytesIO(content)).pages)


def rendered(material):
    lesson, activity = lesson_with(material)
    context = materials.material_context(lesson, activity, material)
    return render_to_string("lessons/pdf/material.html", context), pdf.render_pdf("lessons/pdf/material.html", context)


def alt_texts(content):
    """Every /Alt in the PDF's structure tree: what a screen reader reads for a figure."""
    found, todo = [], [PdfReader(io.BytesIO(content)).trailer["/Root"]["/StructTreeRoot"]]
    while todo:
        node = todo.pop()
        node = node.get_object() if hasattr(node, "get_object") else node
        if isinstance(node, list):
            todo.extend(node)
        elif hasattr(node, "get"):
            if "/Alt" in node:
                found.append(str(node["/Alt"]))
            if "/K" in node:
                todo.append(node["/K"])
    return found


def test_cards_are_printed_as_cut_out_cards_with_their_text():
    html, content = rendered(CARDS)
    text = pdf_text(content)
    for card in CARDS.cards:
        assert card.text in text
    assert "De omstander" in text and "De mentor" in text and "Kaart 3 van 3" in text
    assert "Knip de kaarten uit langs de stippellijnen" in text
    assert html.count('<div class="card">') == 3
    assert 'class="write-line"' not in html  # cards have no answer lines
    assert "Alleen voor de presentator" not in text


def test_a_worksheet_lists_its_questions_in_order_with_answer_lines_and_the_figure():
    html, content = rendered(WORKSHEET)
    text = pdf_text(content)
    assert text.index("Waar voel je boosheid als eerste?") < text.index("Wat doe je dan?")
    assert html.count('class="write-line"') == 3 * len(WORKSHEET.questions)
    assert re.search(r'<img src="data:image/svg\+xml;base64,[^"]+" alt="Een poppetje om in te kleuren\.">', html)
    assert "Een poppetje om in te kleuren." in alt_texts(content)  # tagged (PDF/UA), not just in the HTML


def test_a_worksheet_with_columns_is_a_table_to_fill_in():
    worksheet = Printable(name="Werkblad met twee kolommen", columns=["Wat je ziet", "Wat er daarna gebeurt"])
    html, content = rendered(worksheet)
    text = pdf_text(content)
    assert text.index("Wat je ziet") < text.index("Wat er daarna gebeurt")
    assert html.count('<th scope="col">') == 2
    assert html.count("<td></td>") == 2 * materials.FILL_IN_ROWS


def test_a_material_is_cards_questions_or_columns():
    one_of = "precies één daarvan"
    with pytest.raises(ValueError, match=one_of):
        Printable(name="Leeg")
    with pytest.raises(ValueError, match=one_of):
        Printable(name="Allebei", cards=[{"text": "Een kaart."}], questions=["Een vraag?"])
    with pytest.raises(ValueError, match="minstens twee"):
        Printable(name="Eén kolom", columns=["Alleen links"])
    with pytest.raises(ValueError, match="tekening"):
        Printable(name="Kaarten", cards=[{"text": "Een kaart."}], figure=WORKSHEET.figure)


def test_the_printable_materials_are_the_ones_that_list_their_content():
    lesson, _activity = lesson_with(CARDS, "Digibord", WORKSHEET, "Pennen")
    assert [material for _activity, material in materials.printable(lesson)] == [CARDS, WORKSHEET]


def test_a_material_becomes_a_document_once():
    lesson, activity = lesson_with(CARDS)
    document, created = materials.material_document(lesson, activity, CARDS)
    assert created and document.file.name.endswith(".pdf")
    assert document.title == "Rolkaarten – Groepsdruk (onderbouw)"
    with document.file.open("rb") as file:
        assert "Een leerling vertelt je iets in vertrouwen." in pdf_text(file.read())
    assert materials.material_document(lesson, activity, CARDS) == (document, False)


def test_the_follow_up_links_the_documents():
    lesson, activity = lesson_with(CARDS, WORKSHEET)
    documents = [materials.material_document(lesson, activity, material)[0] for material in (CARDS, WORKSHEET)]
    block = materials.print_follow_up(documents)
    assert block["value"]["title"] == "Om te printen"
    assert f'<a linktype="document" id="{documents[0].pk}">' in block["value"]["text"]
    assert materials.print_follow_up([]) is None


def test_every_demo_material_prints_what_its_file_lists_and_no_two_print_the_same(demo):
    """Reads the documents the demo load printed, rather than printing each material a second time."""
    from home.demo.content import read_content
    from home.demo.schema import Vocabulary

    documents = get_document_model().objects
    bodies = {}
    for theme in read_content(Vocabulary()).themes:
        for lesson in theme.lessons:
            for activity, material in materials.printable(lesson):
                document = documents.get(title=f"{material.name} – {lesson.title}")
                with document.file.open("rb") as file:
                    text = pdf_text(file.read())
                listed = [material.intro, *material.questions, *material.columns]
                listed += [part for card in material.cards for part in (card.title, card.text)]
                missing = [part for part in listed if part and " ".join(part.split()) not in text]
                assert not missing, f"{lesson.slug}, {material.name}: {missing}"
                # what is left without the names around it: the material's own content
                body = text.replace(material.name, "").replace(lesson.title, "").replace(activity.title, "")
                bodies.setdefault(body, []).append(f"{lesson.slug}: {material.name}")
    assert bodies, "the demo has worksheets and cards"
    assert [names for names in bodies.values() if len(names) > 1] == []
