"""Every accepted document type is checked on its contents, not only its extension; refusals are Dutch.

The files are made here: real (minimal) files of each type, and files that lie about their type, among them an
HTML page under every accepted extension. Uploaded through the Wagtail admin, one file at a time and with the
multiple uploader.
"""

import io
import zipfile

import pytest
from django.contrib.auth import get_user_model
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from wagtail.documents import get_document_model

pytestmark = pytest.mark.django_db

HTML = b"<!DOCTYPE html><html><body><script>alert(document.cookie)</script></body></html>"


def zipped(*entries):
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, content in entries:
            archive.writestr(name, content)
    return buffer.getvalue()


OOXML = (("[Content_Types].xml", "<Types/>"), ("_rels/.rels", "<Relationships/>"))
DOCX = zipped(*OOXML, ("word/document.xml", "<w:document/>"))
PPTX = zipped(*OOXML, ("ppt/presentation.xml", "<p:presentation/>"))
ODT = zipped(("mimetype", "application/vnd.oasis.opendocument.text"), ("content.xml", "<office/>"))
MP4 = b"\x00\x00\x00\x18ftypmp42\x00\x00\x00\x00mp42isom" + b"\x00\x00\x00\x08free" + bytes(64)
WEBM = bytes.fromhex("1a45dfa3 9f 4286 81 01 42f7 81 01 42f2 81 04 42f3 81 08 4282 84") + b"webm" + bytes(64)
VTT = b"WEBVTT\n\n00:00.000 --> 00:02.000\nWat zou jij doen?\n"
PDF = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n%%EOF\n"

GENUINE = {
    "werkblad.pdf": PDF,
    "video.mp4": MP4,
    "video.webm": WEBM,
    "ondertiteling.vtt": VTT,
    "ondertiteling-bom.vtt": b"\xef\xbb\xbf" + VTT,
    "tips.txt": "Praat thuis over de les. Één vraag per keer.\n".encode(),
    "tips-windows.txt": "Één vraag, één antwoord: café.\r\n".encode("cp1252"),
    "tips-met-pijl.txt": b"Groep 7 < groep 8, en 3 > 2.\n",
    "werkblad.docx": DOCX,
    "presentatie.pptx": PPTX,
    "werkblad.odt": ODT,
}
LYING = {
    # name: (content, words the message must contain)
    **{f"pagina.{ext}": (HTML, "geen echt") for ext in ("pdf", "mp4", "webm", "docx", "pptx", "odt")},
    "pagina.txt": (HTML, "webpagina (HTML)"),
    "pagina.vtt": (HTML, "geen WebVTT"),
    "script.txt": (b"Hallo <script src=//x.example/a.js></script>", "webpagina (HTML)"),
    "svg.txt": (b'<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"/>', "webpagina (HTML)"),
    "afbeelding.txt": (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "geen gewone tekst"),
    "webm-als.mp4": (WEBM, "geen echt .mp4"),
    "mp4-als.webm": (MP4, "geen echt .webm"),
    "zip-als.docx": (zipped(("a.txt", "x")), "geen echt .docx"),
    "docx-als.pptx": (DOCX, "geen echt .pptx"),
    "pptx-als.docx": (PPTX, "geen echt .docx"),
    "afgebroken.docx": (DOCX[: DOCX.rindex(b"PK\x01\x02")], "geen echt .docx"),  # no central directory
    "webvtt-ergens.vtt": (b"Ondertiteling\nWEBVTT\n", "geen WebVTT"),
    "webvttx.vtt": (b"WEBVTTX\n", "geen WebVTT"),
    "leeg.mp4": (b"\x00" * 32, "geen echt .mp4"),
}


@pytest.fixture
def admin_client(client, db):
    client.force_login(get_user_model().objects.create_superuser("beheer-upload", password="x"))
    return client


def upload(client, name, content):
    before = get_document_model().objects.count()
    response = client.post(reverse("wagtaildocs:add"), {"title": name, "file": SimpleUploadedFile(name, content)})
    assert response.status_code in (200, 302), response.status_code
    assert get_document_model().objects.count() == before + (response.status_code == 302)
    return response


@pytest.mark.parametrize("name", GENUINE)
def test_a_genuine_file_of_every_accepted_type_is_accepted(admin_client, name):
    response = upload(admin_client, name, GENUINE[name])
    assert response.status_code == 302, response.context["form"].errors


def test_every_accepted_extension_has_a_genuine_file_here(settings):
    assert {name.rsplit(".", 1)[1] for name in GENUINE} == set(settings.WAGTAILDOCS_EXTENSIONS)


@pytest.mark.parametrize("name", LYING)
def test_a_file_that_lies_about_its_type_is_refused_with_one_dutch_message(admin_client, name):
    content, words = LYING[name]
    response = upload(admin_client, name, content)
    assert response.status_code == 200, "the file was accepted"
    errors = response.context["form"].errors["file"]
    assert len(errors) == 1 and words in errors[0]
    assert "not allowed" not in errors[0] and "niet toegestaan" not in errors[0]


def test_html_under_every_accepted_extension_is_refused(admin_client, settings):
    for extension in settings.WAGTAILDOCS_EXTENSIONS:
        assert upload(admin_client, f"pagina.{extension}", HTML).status_code == 200, extension


def test_the_multiple_uploader_checks_the_contents_too(admin_client):
    response = admin_client.post(
        reverse("wagtaildocs:add_multiple"), {"files[]": SimpleUploadedFile("video.mp4", HTML)}
    )
    assert response.status_code == 200
    assert response.json()["success"] is False
    assert "geen echt .mp4" in response.content.decode()
    assert not get_document_model().objects.exists()


def test_an_extension_outside_the_list_keeps_wagtails_own_message(admin_client):
    errors = upload(admin_client, "programma.exe", b"MZ\x90\x00").context["form"].errors["file"]
    assert len(errors) == 1 and "exe" in errors[0]
