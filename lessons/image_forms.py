"""Every image needs alt text: Wagtail's image `description` is required when an image is uploaded or edited.

Set as WAGTAILIMAGES_IMAGE_FORM_BASE, so it holds for the image library, the multiple upload (which asks for
the description before the image is saved) and the upload tab of the image chooser.
"""

from wagtail.images.forms import BaseImageForm

ALT_TEXT_HELP = (
    "Verplicht. Beschrijf in één zin wat er op de afbeelding te zien is, voor wie hem niet kan zien "
    "(bijvoorbeeld: 'Twee leerlingen praten op het schoolplein'). Niet: 'afbeelding van ...'."
)
ALT_TEXT_REQUIRED = "Vul een alt-tekst in: zonder beschrijving is de afbeelding niet toegankelijk."


class AltTextImageForm(BaseImageForm):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if "description" in self.fields:
            field = self.fields["description"]
            field.required = True
            field.label = "Alt-tekst (beschrijving)"
            field.help_text = ALT_TEXT_HELP
            field.error_messages["required"] = ALT_TEXT_REQUIRED
