"""A document's contents must match its extension (WAGTAILDOCS_DOCUMENT_FORM_BASE).

Wagtail checks a document's extension against WAGTAILDOCS_EXTENSIONS and its size against
WAGTAILDOCS_MAX_UPLOAD_SIZE, but not what is inside: an HTML page renamed to .pdf would be accepted. (Wagtail
serves documents with `X-Content-Type-Options: nosniff` and a `default-src 'none'` CSP, so it could not run
script; it would still be a broken download for a teacher.) This form reads the first bytes of each new upload
and refuses a file whose contents do not start the way its format always does.

It also keeps the one message that explains a refused file: after a file fails (too big, contents that do not
match), Wagtail's model check sees no file at all and added "File extension '' is not allowed" to it.
"""

from django.core.exceptions import ValidationError
from wagtail.documents.forms import BaseDocumentForm

ZIP = b"PK\x03\x04"  # docx, pptx and odt are zip archives
SIGNATURES = {"pdf": b"%PDF-", "docx": ZIP, "pptx": ZIP, "odt": ZIP, "webm": b"\x1a\x45\xdf\xa3", "vtt": b"WEBVTT"}
MISMATCH = (
    "Dit bestand is geen echt .%(extension)s-bestand: de inhoud past niet bij de extensie. "
    "Sla het opnieuw op als .%(extension)s (bijvoorbeeld met 'Opslaan als' of 'Exporteren') en upload het dan."
)


class CheckedDocumentForm(BaseDocumentForm):
    def clean_file(self):
        file = self.cleaned_data.get("file")
        if file and hasattr(file, "seek") and "file" in self.changed_data:
            extension = file.name.rsplit(".", 1)[-1].lower() if "." in file.name else ""
            signature = SIGNATURES.get(extension)
            if signature:
                file.seek(0)
                head = file.read(len(signature))
                file.seek(0)
                if head != signature:
                    raise ValidationError(
                        MISMATCH, code="content_does_not_match_extension", params={"extension": extension}
                    )
        return file

    def _post_clean(self):
        refused = self.errors["file"].copy() if "file" in self.errors else None
        super()._post_clean()
        if refused:
            self.errors["file"] = refused
