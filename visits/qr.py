"""QR codes for a visit's public page, made with segno: SVG for screens, PNG for print, a data URI for PDFs."""

import io

import segno

BORDER = 4  # the quiet zone the QR standard asks for, in modules


def make(url):
    return segno.make(url, error="m")


def svg(url, title):
    buffer = io.BytesIO()
    make(url).save(buffer, kind="svg", scale=8, border=BORDER, title=title, xmldecl=False, svgns=True)
    return buffer.getvalue()


def png(url):
    buffer = io.BytesIO()
    make(url).save(buffer, kind="png", scale=12, border=BORDER)
    return buffer.getvalue()


def data_uri(url):
    """For WeasyPrint, which fetches nothing but data URIs (core/pdf.py)."""
    return make(url).svg_data_uri(scale=6, border=BORDER)
