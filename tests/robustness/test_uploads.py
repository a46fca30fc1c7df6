"""Hostile uploads through the real Wagtail admin, as a superuser: refused with a clear message, never a 500.

Images: Wagtail checks the extension (WAGTAILIMAGES_EXTENSIONS: no SVG), that the contents are an image of that
format, the file size (WAGTAILIMAGES_MAX_UPLOAD_SIZE) and the pixel count (WAGTAILIMAGES_MAX_IMAGE_PIXELS) from
the header, before decoding anything. Documents: the extension (WAGTAILDOCS_EXTENSIONS), the size
(WAGTAILDOCS_MAX_UPLOAD_SIZE) and, added here, that the contents match the extension
(lessons/document_forms.py). The files are made in the test; the largest is 50 MB of zeros.
"""

import struct
import zlib

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from wagtail.documents import get_document_model
from wagtail.images import get_image_model

pytestmark = pytest.mark.django_db

MB = 1024 * 1024
SVG_WITH_SCRIPT = b'<svg xmlns="http://www.w3.org/2000/svg"><script>alert(document.cookie)</script></svg>'
HTML = b"<!DOCTYPE html><html><body><script>alert(document.cookie)</script></body></html>"


def chunk(kind, data):
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)


def png(width, height, rows=None):
    """A grayscale PNG; `rows` (an iterable of row bytes) defaults to one black row, so a large header with a
    tiny body is a file that claims far more pixels than it holds."""
    compressor = zlib.compressobj(9)
    body = b"".join(compressor.compress(b"\x00" + row) for row in (rows if rows is not None else [bytes(width)]))
    header = struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", body + compressor.flush()) + chunk(b"IEND", b"")
    )


def zeros_png(size):
    """A real decompression bomb: size × size black pixels (100 MB decoded at 10,000), ~100 KB on disk."""
    row = bytes(size)
    return png(size, size, (row for _ in range(size)))


JPEG = (
    b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00\xff\xdb\x00C\x00"
    + bytes(range(1, 65))
    + b"\xff\xc0\x00\x0b\x08\x00\x01\x00\x01\x01\x01\x11\x00\xff\xc4\x00\x14\x00\x01"
    + bytes(16)
    + b"\x00\xff\xda\x00\x08\x01\x01\x00\x00?\x00\x00\xff\xd9"
)


@pytest.fixture
def admin_client(client, users):
    client.force_login(users["admin"])
    return client


def upload_image(client, name, content):
    before = get_image_model().objects.count()
    response = client.post(
        reverse("wagtailimages:add"),
        {"title": name, "description": "Een testafbeelding.", "file": SimpleUploadedFile(name, content)},
    )
    assert response.status_code < 500
    assert get_image_model().objects.count() == before + (response.status_code == 302)
    return response


def upload_document(client, name, content):
    before = get_document_model().objects.count()
    response = client.post(reverse("wagtaildocs:add"), {"title": name, "file": SimpleUploadedFile(name, content)})
    assert response.status_code < 500
    assert get_document_model().objects.count() == before + (response.status_code == 302)
    return response


def file_errors(response):
    assert response.status_code == 200, "the upload was accepted"
    return " ".join(response.context["form"].errors["file"])


def test_a_plain_image_and_document_are_accepted(admin_client):
    assert upload_image(admin_client, "klein.png", png(4, 4)).status_code == 302
    assert upload_document(admin_client, "werkblad.pdf", b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n%%EOF\n").status_code == 302


@pytest.mark.parametrize("content", [png(100_000, 100_000), zeros_png(10_000)], ids=["header-claims", "zeros"])
def test_a_decompression_bomb_is_refused_for_its_pixels(admin_client, content):
    assert len(content) < 200_000
    message = file_errors(upload_image(admin_client, "bom.png", content))
    assert "40000000" in message  # names the maximum number of pixels


def test_an_svg_with_a_script_is_refused_as_image_and_as_document(admin_client):
    message = file_errors(upload_image(admin_client, "logo.svg", SVG_WITH_SCRIPT))
    assert "PNG" in message and "SVG" not in message  # lists the formats that are supported
    message = file_errors(upload_document(admin_client, "logo.svg", SVG_WITH_SCRIPT))
    assert "svg" in message and "pdf" in message


@pytest.mark.parametrize(("name", "content"), [("foto.png", HTML), ("foto.png", JPEG)], ids=["html", "jpeg"])
def test_an_image_whose_extension_lies_is_refused(admin_client, name, content):
    assert file_errors(upload_image(admin_client, name, content))


def test_a_document_whose_extension_lies_is_refused(admin_client):
    message = file_errors(upload_document(admin_client, "lesplan.pdf", HTML))
    assert "geen echt .pdf-bestand" in message and "niet toegestaan" not in message  # one clear message
    message = file_errors(upload_document(admin_client, "dia's.pptx", b"%PDF-1.4 not a presentation"))
    assert "geen echt .pptx-bestand" in message


def test_fifty_megabytes_are_refused_as_image_and_as_document(admin_client):
    big_png = png(4, 4) + bytes(50 * MB)  # a valid image followed by 50 MB
    message = file_errors(upload_image(admin_client, "groot.png", big_png))
    assert "50,0" in message or "50.0" in message
    del big_png
    message = file_errors(upload_document(admin_client, "groot.pdf", b"%PDF-1.4\n" + bytes(50 * MB)))
    assert ("50,0" in message or "50.0" in message) and "niet toegestaan" not in message


def test_the_multiple_uploader_refuses_with_a_message_too(admin_client):
    response = admin_client.post(
        reverse("wagtailimages:add_multiple"), {"files[]": SimpleUploadedFile("bom.png", png(100_000, 100_000))}
    )
    assert response.status_code == 200 and response.json()["success"] is False
    assert "40000000" in response.json()["error_message"]
    response = admin_client.post(
        reverse("wagtaildocs:add_multiple"), {"files[]": SimpleUploadedFile("lesplan.pdf", HTML)}
    )
    assert response.status_code == 200 and response.json()["success"] is False
    assert "geen echt .pdf-bestand" in response.json()["error_message"]
