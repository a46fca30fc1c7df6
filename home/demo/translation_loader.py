"""Loads the translators' files through wagtail-localize, as a translator's PO file would be imported.

For each translated page: its TranslationSource (the Dutch page's segments), a Translation into the language, a PO
file whose msgids are the Dutch segments and whose msgstrs are the translated texts (paired with the Dutch file
field by field), `import_po` and `save_target(publish=True)`. The translation editor then shows every segment as
translated and in sync, and an export gives the translator the same PO back. The source's sync date is set to the
file's `translated_on`: the date the site names in "a translation of the Dutch text of <date>".

Idempotent: a translation whose texts are all in place already is left alone.
"""

import html
import re
from datetime import datetime, time

from django.conf import settings
from django.utils import timezone
from wagtail.models import Locale
from wagtail_localize.models import Translation, TranslationSource

from curriculum.models import ThemePage
from home.demo import translation_files
from home.models import StandardPage
from lessons.models import HelpResource, ParentGuidePage, ParentIndexPage

TOOL_NAME = "load_demo"


def plain(text):
    """A segment's text as the files write it: no markup, entities read, whitespace as single spaces."""
    return " ".join(html.unescape(re.sub(r"<[^>]+>", "", text)).split())


def paired(dutch, translated):
    """{Dutch text: translation} for equal-shaped values: strings, lists of strings, (nested) lists of pairs."""
    pairs = {}
    if isinstance(dutch, str):
        if dutch and translated:
            pairs[plain(dutch)] = translated
    else:
        for dutch_item, translated_item in zip(dutch, translated, strict=True):
            pairs |= paired(dutch_item, translated_item)
    return pairs


def guide_pairs(dutch, translated):
    return paired(
        [dutch.title, dutch.intro, *dutch.learned.model_dump().values(), dutch.conversation_starters,
         dutch.what_you_can_do, dutch.meeting],
        [translated.title, translated.intro, *translated.learned.model_dump().values(),
         translated.conversation_starters, translated.what_you_can_do, translated.meeting],
    )  # fmt: skip


def page_pairs(dutch, translated):
    def texts(page):
        return [page.title, page.intro, [[section.heading, section.paragraphs] for section in page.sections]]

    return paired(texts(dutch), texts(translated))


class TranslationLoader:
    def __init__(self, report, out=print):
        self.report = report
        self.out = out

    def load(self, languages, dutch, home):
        """Every language's files (translation_files.LanguageFiles), for the Dutch `home` and its pages."""
        for files in languages:
            locale = Locale.objects.get(language_code=files.language)
            if files.site:
                self.load_site(files.site, dutch.site, home, locale)
            if files.help:
                self.load_help(files.help, dutch.help_resources, locale)
            for theme, translation in files.guides:
                if guide := self.guide_of(home, theme):
                    pairs = guide_pairs(theme.parent_guide, translation.parent_guide)
                    self.translate(guide, locale, pairs, translation.translated_on)
            for page_data, translation in files.pages:
                if page := StandardPage.objects.child_of(home).filter(slug=page_data.slug).first():
                    pairs = page_pairs(page_data, translation)
                    self.translate(page, locale, pairs, translation.translated_on, rich=("body.",))
            self.out(f"Vertalingen ({files.language}): {len(files.guides)} gesprekshulpen, {len(files.pages)} pagina's")

    def load_site(self, site, dutch, home, locale):
        """The home page first (every other translation goes below it), then the parents' index."""

        def texts(home):
            return [home.title, home.intro, [[entry.audience, entry.text] for entry in home.audience_entries]]

        pairs = paired(texts(dutch.home), texts(site.home))
        self.translate(home, locale, pairs, site.translated_on)
        parents = ParentIndexPage.objects.child_of(home).first()
        if site.parents and parents:
            pairs = paired([dutch.parents.title, dutch.parents.intro], [site.parents.title, site.parents.intro])
            self.translate(parents, locale, pairs, site.translated_on)

    def load_help(self, translation, dutch_resources, locale):
        """The help resources' `when` texts (snippets: their names, numbers and websites stay the Dutch ones)."""
        dutch_when = {resource.slug: resource.when for resource in dutch_resources}
        resources = HelpResource.objects.filter(locale__language_code=settings.LANGUAGE_CODE)
        for item in translation.resources:
            if resource := resources.filter(slug=item.slug).first():
                self.translate(
                    resource, locale, paired([dutch_when[item.slug]], [item.when]), translation.translated_on
                )

    @staticmethod
    def guide_of(home, theme):
        theme_page = ThemePage.objects.descendant_of(home).filter(slug=theme.slug).first()
        if theme_page is None:
            return None
        return ParentGuidePage.objects.child_of(theme_page).filter(slug=theme.parent_guide.slug).first()

    def translate(self, page, locale, pairs, translated_on, rich=()):
        """Fills the Translation of `page` into `locale` with `pairs` ({Dutch text: translated text}) as a PO file
        and publishes it, unless it holds them already. `rich`: context paths (prefixes) of rich text, whose
        translations are escaped as HTML."""
        source, _created = TranslationSource.get_or_create_from_instance(page)
        translation, created = Translation.objects.get_or_create(source=source, target_locale=locale)
        po = translation.export_po()
        changed = False
        for entry in po:
            # The slug stays the Dutch one (/en/leerlijn/<thema>/ouders/ mirrors the Dutch URL), as a translation.
            text = entry.msgid if entry.msgctxt == "slug" else pairs.get(plain(entry.msgid))
            if entry.obsolete or text is None:
                continue
            if entry.msgctxt.startswith(rich):
                text = html.escape(text, quote=False)
            if entry.msgstr != text:
                entry.msgstr = text
                changed = True
        target = page.get_translation_or_none(locale)
        if changed or target is None or not target.live or getattr(target, "alias_of_id", None):
            translation.import_po(po, tool_name=TOOL_NAME)
            # What save_target(publish=True) does, but publishing now: it publishes when the transaction commits,
            # and a translated home published after its children were added below it would lose them (the
            # revision carries the page's child count of its own time).
            source.create_or_update_translation(locale, publish=False, fallback=True, copy_parent_pages=True)
            source.get_translated_instance(locale).get_latest_revision().publish(log_action=False)
            self.report.add(f"vertaling ({locale.language_code}): {page}")
        synced = timezone.make_aware(datetime.combine(translated_on, time(12)))
        if source.last_updated_at != synced:
            TranslationSource.objects.filter(pk=source.pk).update(last_updated_at=synced)


def read(dutch, dutch_dir):
    """The translation files in `dutch_dir`/translations/, checked: (languages, problems)."""
    return translation_files.read_translations(dutch, dutch_dir=dutch_dir)
