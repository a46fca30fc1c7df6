"""The translators' files (content/translations/<lang>/, see content/README.md): their shape, checked with pydantic,
and their fit with the Dutch files they translate. No database: `load_demo --check` runs it as it is.

A translation holds only translated text; everything else (slugs, lessons, facts, help) comes from the Dutch file
of the same name. Lists must have as many items as the Dutch list, in its order, because the loader pairs every
Dutch text with its translation by position.
"""

from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from django.conf import settings

from home.demo import schema
from home.demo.content import CONTENT_DIR, Reader, numbered_files
from home.demo.schema import Content, Goals, Slug, Text


def translated_languages():
    """The content languages a translation may be written in: every site language but Dutch."""
    return [code for code, _name in settings.WAGTAIL_CONTENT_LANGUAGES if code != settings.LANGUAGE_CODE]


class Translated(Content):
    translated_on: date


class GuideText(Content):
    title: Text
    intro: Text
    learned: Goals
    conversation_starters: list[Text]
    what_you_can_do: list[Text]
    meeting: str = ""


class ThemeTranslation(Translated):
    parent_guide: GuideText


class EntryText(Content):
    audience: Text
    text: Text


class HomeText(Content):
    title: Text
    intro: Text
    audience_entries: list[EntryText] = []


class ParentsText(Content):
    title: Text
    intro: Text


class SiteTranslation(Translated):
    home: HomeText
    parents: ParentsText | None = None


class PageTranslation(Translated):
    slug: Slug
    title: Text
    intro: Text
    sections: list[schema.Section]


class HelpText(Content):
    slug: Slug
    when: Text


class HelpTranslation(Translated):
    resources: list[HelpText]


class FactText(Content):
    slug: Slug
    statement: Text


class FactsTranslation(Translated):
    facts: list[FactText]


@dataclass
class LanguageFiles:
    """One language's translations, each with the Dutch item it translates."""

    language: str
    site: SiteTranslation | None = None
    guides: list[tuple[schema.Theme, ThemeTranslation]] = field(default_factory=list)
    pages: list[tuple[schema.StandardPage, PageTranslation]] = field(default_factory=list)
    help: HelpTranslation | None = None
    facts: FactsTranslation | None = None


class TranslationReader(Reader):
    """Reports problems as `translations/<lang>/<file>: field: message`, so two languages' files never blur."""

    def __init__(self, root):
        super().__init__()
        self.root = root

    def report(self, path, message, field=""):
        name = path.relative_to(self.root.parent).as_posix() if path.is_relative_to(self.root.parent) else path.name
        self.problems.append(f"{name}: {field}: {message}" if field else f"{name}: {message}")

    def same_length(self, path, field, translated, dutch):
        if len(translated) != len(dutch):
            self.report(path, f"{len(translated)} items, de Nederlandse lijst heeft er {len(dutch)}", field)


def read_translations(dutch, folder=None, dutch_dir=CONTENT_DIR):
    """Every language's files in `folder` (the Dutch folder's translations/), checked against the Dutch `content`
    (a DemoContent read from `dutch_dir`): (languages, problems). A language without files, or a file that is
    missing, is simply not translated."""
    dutch_dir = Path(dutch_dir)
    folder = Path(folder) if folder else dutch_dir / "translations"
    reader = TranslationReader(folder)
    languages = []
    if not folder.is_dir():
        return languages, reader.problems
    known = translated_languages()
    for language_dir in sorted(path for path in folder.iterdir() if path.is_dir()):
        if language_dir.name not in known:
            reader.report(language_dir, f"onbekende taal; kies uit: {', '.join(known)}")
            continue
        languages.append(read_language(reader, language_dir, dutch, dutch_dir))
    return languages, reader.problems


def read_language(reader, folder, dutch, dutch_dir):
    files = LanguageFiles(folder.name)
    files.site = read_site(reader, folder / "site.yaml", dutch.site)
    dutch_themes = numbered_files(dutch_dir / "themes", "*.yaml")
    themes = {path.name: theme for path, theme in zip(dutch_themes, dutch.themes, strict=False)}
    for path in numbered_files(folder / "themes", "*.yaml"):
        theme = themes.get(path.name)
        if theme is None or theme.parent_guide is None:
            what = "geen Nederlands themabestand" if theme is None else "geen gesprekshulp in het Nederlandse bestand"
            reader.report(path, f"{what} themes/{path.name}")
            continue
        translation = reader.check(path, ThemeTranslation, reader.yaml(path), None)
        if translation is not None:
            check_guide(reader, path, translation.parent_guide, theme.parent_guide)
            files.guides.append((theme, translation))
    dutch_pages = numbered_files(dutch_dir / "pages", "*.md")
    pages = {path.name: page for path, page in zip(dutch_pages, dutch.pages, strict=False)}
    for path in numbered_files(folder / "pages", "*.md"):
        page = pages.get(path.name)
        if page is None:
            reader.report(path, f"geen Nederlands bestand pages/{path.name}")
            continue
        translation = reader.check(path, PageTranslation, reader.markdown(path), None)
        if translation is not None and check_page(reader, path, translation, page):
            files.pages.append((page, translation))
    help_path = folder / "help-resources.yaml"
    files.help = read_slugged(reader, help_path, HelpTranslation, "resources", dutch.help_resources)
    files.facts = read_slugged(reader, folder / "facts.yaml", FactsTranslation, "facts", dutch.facts)
    return files


def read_site(reader, path, dutch):
    if not path.exists():
        return None
    site = reader.check(path, SiteTranslation, reader.yaml(path), None)
    if site is None:
        return None
    reader.same_length(path, "home.audience_entries", site.home.audience_entries, dutch.home.audience_entries)
    if site.parents is not None and dutch.parents is None:
        reader.report(path, "de Nederlandse site.yaml heeft geen ouderpagina", "parents")
    return site


def check_guide(reader, path, guide, dutch):
    for name in ("conversation_starters", "what_you_can_do"):
        reader.same_length(path, f"parent_guide.{name}", getattr(guide, name), getattr(dutch, name))
    if bool(guide.meeting) != bool(dutch.meeting):
        what = "ontbreekt" if dutch.meeting else "de Nederlandse gesprekshulp heeft geen tekst over de bijeenkomst"
        reader.report(path, what, "parent_guide.meeting")


def check_page(reader, path, page, dutch):
    problems = len(reader.problems)
    if page.slug != dutch.slug:
        reader.report(path, f"moet de Nederlandse slug {dutch.slug} zijn", "slug")
    reader.same_length(path, "sections", page.sections, dutch.sections)
    for number, (section, dutch_section) in enumerate(zip(page.sections, dutch.sections, strict=False)):
        reader.same_length(path, f"sections[{number}].paragraphs", section.paragraphs, dutch_section.paragraphs)
    return len(reader.problems) == problems


def read_slugged(reader, path, model, name, dutch_items):
    """help-resources.yaml or facts.yaml: items by the Dutch slug."""
    if not path.exists():
        return None
    translation = reader.check(path, model, reader.yaml(path), None)
    if translation is None:
        return None
    known = {item.slug for item in dutch_items}
    for number, item in enumerate(getattr(translation, name)):
        if item.slug not in known:
            reader.report(path, f"{item.slug} staat niet in het Nederlandse bestand", f"{name}[{number}].slug")
    return translation
