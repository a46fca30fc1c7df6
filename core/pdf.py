"""PDFs made from HTML templates with WeasyPrint: tagged PDF/UA-1, A4, the page title as title, and the active
language as the document language (the templates set `<html lang dir>` from it; Dutch unless a translated page
renders).

The templates under templates/lessons/pdf/ carry their own print stylesheet and load nothing: the URL fetcher
refuses every URL except inline data, so a PDF never depends on (or leaks a request to) another server.
"""

import logging
import threading
import time

from django.conf import settings
from django.http import HttpResponse
from django.template.loader import render_to_string
from django.utils import translation
from django.utils.http import content_disposition_header

from core import i18n

PDF_VARIANT = "pdf/ua-1"  # tagged, with a structure tree, the document language and the title shown
WARM_UP_HTML = '<html lang="nl"><head><title>Opwarmen</title></head><body><p>Opwarmen: één pagina.</p></body></html>'

logger = logging.getLogger(__name__)


def in_the_pages_language(context):
    """(language, context with `pdf_language` and `pdf_direction`): a PDF's language (/Lang, `<html lang dir>`) and
    its own words follow the page: a translated parent guide gives a PDF in the parent's language, a Dutch page a
    Dutch PDF whatever the URL's language."""
    locale = getattr(context.get("page"), "locale", None)
    language = locale.language_code if locale else settings.LANGUAGE_CODE
    return language, {**context, "pdf_language": language, "pdf_direction": "rtl" if i18n.is_rtl(language) else "ltr"}


def render_pdf(template_name, context, request=None):
    """The rendered template as PDF bytes."""
    # WeasyPrint takes about 1.4 s to import: only the processes that make a PDF pay for it, not every
    # manage.py command and test run.
    from weasyprint import HTML
    from weasyprint.urls import URLFetcher

    language, context = in_the_pages_language(context)
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


def render_pdf_response(request, template_name, context, filename):
    """The template rendered as a PDF response: what Django's `render()` is for HTML."""
    return pdf_response(render_pdf(template_name, context, request), filename)


def warm_up():
    """Render one small PDF, so that the first medewerker's lesson plan does not pay for WeasyPrint's import and
    its first layout (fonts, Pango, the PDF/UA machinery): 5 to 8 seconds on a busy machine. Returns seconds."""
    started = time.perf_counter()
    from weasyprint import HTML  # the import is most of the cost, so it is timed too

    HTML(string=WARM_UP_HTML).write_pdf(pdf_variant=PDF_VARIANT)
    return time.perf_counter() - started


def warm_up_in_background():
    """Warm up in a thread of this process: the app server answers meanwhile (a PDF asked for in those seconds
    waits for the import to finish, as it would have anyway). Called by gunicorn.conf.py in each worker, never
    in tests or management commands."""

    def run():
        try:
            seconds = warm_up()
        except Exception:  # a broken PDF stack shows on the first PDF with its own error; never stop the worker
            logger.warning("PDF warm-up failed", exc_info=True)
        else:
            logger.info("PDF warm-up done in %.2f s", seconds)

    thread = threading.Thread(target=run, name="pdf-warm-up", daemon=True)
    thread.start()
    return thread
