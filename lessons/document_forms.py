"""A document's contents must match its extension (WAGTAILDOCS_DOCUMENT_FORM_BASE).

Wagtail checks a document's extension against WAGTAILDOCS_EXTENSIONS and its size against
WAGTAILDOCS_MAX_UPLOAD_SIZE, but not what is inside: an HTML page renamed to .mp4 or .txt would be accepted.
(Wagtail serves documents with `X-Content-Type-Options: nosniff` and a `default-src 'none'` CSP, so it could not
run script; it would still be a broken download for a teacher, or a page in disguise.) This form looks inside
every new upload, for every accepted extension:

- binary formats by their signature, read by the `filetype` library: PDF, MP4, WebM, and the office formats,
  which are zip archives with the parts of a text document or a presentation (and must open as a zip);
- WebVTT captions start with "WEBVTT" and are UTF-8 text;
- plain text is text (UTF-8 or Windows-1252, no NUL bytes) and not an HTML page.

An accepted extension without a check here is refused: a new entry in WAGTAILDOCS_EXTENSIONS needs its check first.
The form also keeps the one message that explains a refused file: after a file fails (too big, contents that do
not match), Wagtail's model check sees no file at all and added "File extension '' is not allowed" to it.
"""

import re
import zipfile

import filetype
from django.conf import settings
from django.core.exceptions import ValidationError
from wagtail.documents.forms import BaseDocumentForm

# What `filetype` may recognise a file as, per extension.
SIGNATURES = {
    "pdf": {"pdf"},
    "mp4": {"mp4", "m4v"},
    "webm": {"webm"},
    "docx": {"docx"},
    "pptx": {"pptx"},
    "odt": {"odt"},
}
ZIP_CONTAINERS = {"docx", "pptx", "odt"}
HEAD_BYTES = 8192  # enough for every signature filetype reads, including the first parts of an office zip
TEXT_BYTES = 1024 * 1024  # how much of a text file is read to decide that it is text
WEBVTT = re.compile(rb"^(\xef\xbb\xbf)?WEBVTT([ \t\r\n]|$)")
HTML = re.compile(
    r"<\s*(!doctype|html|head|body|script|iframe|frame|object|embed|svg|style|meta|link|form|img|base)\b",
    re.IGNORECASE,
)

MISMATCH = (
    "Dit bestand is geen echt .%(extension)s-bestand: de inhoud past niet bij de extensie. "
    "Sla het opnieuw op als .%(extension)s (bijvoorbeeld met 'Opslaan als' of 'Exporteren') en upload het dan."
)
NOT_TEXT = (
    "Dit .txt-bestand bevat geen gewone tekst. Upload alleen tekst, opgeslagen als 'Platte tekst' of 'Tekst (.txt)'."
)
HTML_TEXT = "Dit .txt-bestand is een webpagina (HTML), geen gewone tekst. Upload de tekst zelf, of maak er een PDF van."
NOT_WEBVTT = (
    "Dit is geen WebVTT-ondertitelbestand: de eerste regel moet 'WEBVTT' zijn. "
    "Exporteer de ondertiteling als WebVTT (.vtt) en upload die."
)
UNCHECKED = "Bestanden met de extensie .%(extension)s kunnen (nog) niet gecontroleerd worden en worden niet aangenomen."


def read(file, size):
    file.seek(0)
    data = file.read(size)
    file.seek(0)
    return data


def is_zip(file):
    try:
        with zipfile.ZipFile(file) as archive:
            return bool(archive.namelist())
    except (zipfile.BadZipFile, OSError, ValueError):
        return False
    finally:
        file.seek(0)


def as_text(data):
    """`data` as text, or None when it is not text."""
    if b"\x00" in data:
        return None
    for encoding in ("utf-8-sig", "cp1252"):
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    return None


def content_error(file, extension):
    """Why the contents of `file` are not a .`extension` file, as a ValidationError, or None when they are."""
    params = {"extension": extension}
    if extension not in settings.WAGTAILDOCS_EXTENSIONS:
        return None  # Wagtail's own extension check refuses it, with its own message
    if extension in SIGNATURES:
        kind = filetype.guess(read(file, HEAD_BYTES))
        if kind is None or kind.extension not in SIGNATURES[extension]:
            return ValidationError(MISMATCH, code="content_does_not_match_extension", params=params)
        if extension in ZIP_CONTAINERS and not is_zip(file):
            return ValidationError(MISMATCH, code="content_does_not_match_extension", params=params)
        return None
    if extension == "vtt":
        data = read(file, TEXT_BYTES)
        if not WEBVTT.match(data) or as_text(data) is None:
            return ValidationError(NOT_WEBVTT, code="not_webvtt")
        return None
    if extension == "txt":
        text = as_text(read(file, TEXT_BYTES))
        if text is None:
            return ValidationError(NOT_TEXT, code="not_text")
        if HTML.search(text):
            return ValidationError(HTML_TEXT, code="html_as_text")
        return None
    return ValidationError(UNCHECKED, code="unchecked_extension", params=params)


class CheckedDocumentForm(BaseDocumentForm):
    def clean_file(self):
        file = self.cleaned_data.get("file")
        if file and hasattr(file, "seek") and "file" in self.changed_data:
            extension = file.name.rsplit(".", 1)[-1].lower() if "." in file.name else ""
            error = content_error(file, extension)
            if error:
                raise error
        return file

    def _post_clean(self):
        refused = self.errors["file"].copy() if "file" in self.errors else None
        super()._post_clean()
        if refused:
            self.errors["file"] = refused
