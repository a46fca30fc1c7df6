"""The parent guide as a PDF holds what its text refers to: the law section with each fact's source."""

import io

import pytest
from pypdf import PdfReader

from tests.factories import LegalFactFactory, ParentGuidePageFactory, publish

pytestmark = pytest.mark.django_db


def pdf_text(content):
    return " ".join(" ".join(page.extract_text() for page in PdfReader(io.BytesIO(content)).pages).split())


def test_the_guide_pdf_has_the_law_section_with_sources(client, theme):
    fact = LegalFactFactory(statement="Vanaf 12 jaar kan de politie iemand aanhouden.", article="artikel 486")
    guide = publish(ParentGuidePageFactory(parent=theme, legal_facts=[("fact", {"fact": fact})]))
    text = pdf_text(client.get(guide.pdf_url).content)
    assert "Wat zegt de wet?" in text and "Dit vertellen we uw kind in de les:" in text
    assert fact.statement in text and "artikel 486 Wetboek van Strafrecht" in text


def test_the_guide_pdf_only_answers_reading_methods(client, theme):
    guide = publish(ParentGuidePageFactory(parent=theme))
    response = client.post(guide.pdf_url)
    assert response.status_code == 405 and response["Allow"] == "GET, HEAD"
