"""PDFs made from HTML templates with WeasyPrint: tagged PDF/UA-1, in the page's language (Dutch unless the page is a
translation), A4, the page title as title.

The templates under templates/lessons/pdf/ carry their own print stylesheet and load nothing: the URL fetcher
refuses every URL except inline data, so a PDF never depends on (or leaks a request to) another server.
"""

from django.conf import settings
from django.http import HttpResponse
from django.template.loader import render_to_string
from django.utils import translation
from django.utils.http import content_disposition_header

from core import i18n

PDF_VARIANT = "pdf/ua-1"  # tagged, with a structure tree, the document language and the title shown


def render_pdf(template_name, context, request=None):
    """The rendered template as PDF bytes."""
    # WeasyPrint takes about 1.4 s to import: only the processes that make a PDF pay for it, not every
    # manage.py command and test run.
    from weasyprint import HTML
    from weasyprint.urls import URLFetcher

    # The document's language (/Lang, `<html lang>`) and its own words follow the page: a translated parent
    # guide gives a PDF in the parent's language, a Dutch page a Dutch PDF whatever the URL's language.
    locale = getattr(context.get("page"), "locale", None)
    language = locale.language_code if locale else settings.LANGUAGE_CODE
    context = {**context, "pdf_language": language, "pdf_direction": "rtl" if i18n.is_rtl(language) else "ltr"}
    with translation.override(language):
        html = render_to_string(template_name, context, request=request)
    base_url = request.build_absolute_uri("/") if request else None
    document = HTML(string=html, base_url=base_url, url_fetcher=URLFetcher(allowed_protocols={"data"}))
    return document.write_pdf(pdf_variant=PDF_VARIANT)


def pdf_response(document, filename):
    """Shown in the browser (inline), saved under `filename` when downloaded."""
    return HttpResponse(
        document,
        content_type="application/pdf",
        headers={"Content-Disposition": content_disposition_header(False, filename)},
    )
