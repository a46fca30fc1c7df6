"""PDFs made from HTML templates with WeasyPrint: tagged PDF/UA-1, A4, the page title as title, and the active
language as the document language (the templates set `<html lang dir>` from it; Dutch unless a translated page
renders).

The templates under templates/lessons/pdf/ carry their own print stylesheet and load nothing: the URL fetcher
refuses every URL except inline data, so a PDF never depends on (or leaks a request to) another server.
"""

from django.http import HttpResponse
from django.template.loader import render_to_string
from django.utils.http import content_disposition_header

PDF_VARIANT = "pdf/ua-1"  # tagged, with a structure tree, the document language and the title shown


def render_pdf(template_name, context, request=None):
    """The rendered template as PDF bytes."""
    # WeasyPrint takes about 1.4 s to import: only the processes that make a PDF pay for it, not every
    # manage.py command and test run.
    from weasyprint import HTML
    from weasyprint.urls import URLFetcher

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
