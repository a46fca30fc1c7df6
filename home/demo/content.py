"""Read the demo content files (see content/README.md) into checked `schema` objects, or fail naming file and field.

Every file is read and checked before anything is written, and all problems are reported at once, so an editor
can fix a file in one go. This module needs no database: the vocabularies come in as a `Vocabulary`.
"""

import re
from dataclasses import dataclass, field, replace
from pathlib import Path

import yaml
from pydantic import TypeAdapter, ValidationError

from home.demo import schema

CONTENT_DIR = Path(__file__).resolve().parent / "content"
NUMBERED_NAME = re.compile(r"^\d+-(?P<slug>.+)$")  # "010-invloed-van-de-groep": the number sets the order
FRONT_MATTER = re.compile(r"\A---\n(?P<front>.*?\n)---\n(?P<body>.*)\Z", re.DOTALL)
HELP_RESOURCES = TypeAdapter(list[schema.HelpResource])
LEGAL_FACTS = TypeAdapter(list[schema.LegalFact])
SHARED_ACTIVITIES = TypeAdapter(list[schema.SharedActivity])

# pydantic's messages, in Dutch for the editors who write these files; anything else keeps pydantic's own words.
MESSAGES = {
    "missing": "ontbreekt",
    "extra_forbidden": "onbekend veld (spelfout?)",
    "string_type": "moet tekst zijn",
    "string_too_short": "mag niet leeg zijn",
    "string_pattern_mismatch": "heeft niet de goede vorm ({pattern})",
    "int_type": "moet een heel getal zijn",
    "bool_type": "moet true of false zijn",
    "list_type": "moet een lijst zijn",
    "model_type": "moet een blok met velden zijn",
    "dict_type": "moet een blok met velden zijn",
    "literal_error": "moet een van deze waarden zijn: {expected}",
    "union_tag_invalid": "onbekende soort '{tag}'; kies uit: {expected_tags}",
    "union_tag_not_found": "kind ontbreekt (activity, dilemma, socratic, quiz of shared)",
    "date_type": "moet een datum zijn (jjjj-mm-dd, zonder aanhalingstekens)",
    "too_short": "moet minstens {min_length} item(s) hebben",
    "greater_than": "moet groter zijn dan {gt}",
    "greater_than_equal": "moet minstens {ge} zijn",
}
PATTERNS = {
    schema.SLUG_PATTERN: "kleine letters, cijfers en streepjes",
    schema.URL_PATTERN: "een webadres dat begint met https://",
    schema.LAW_URL_PATTERN: "een link naar de wettekst op https://wetten.overheid.nl/",
}


class ContentError(Exception):
    """The content files have problems; `messages` holds one line per problem: `file: field: what is wrong`."""

    def __init__(self, messages):
        self.messages = list(messages)
        super().__init__("\n".join(self.messages))


@dataclass
class DemoContent:
    site: schema.Site
    help_resources: list[schema.HelpResource]
    themes: list[schema.Theme]
    pages: list[schema.StandardPage]
    facts: list[schema.LegalFact] = field(default_factory=list)
    shared_activities: list[schema.SharedActivity] = field(default_factory=list)


class UniqueKeyLoader(getattr(yaml, "CSafeLoader", yaml.SafeLoader)):  # libyaml: 0.9 s -> 0.06 s for the demo
    """PyYAML keeps the last of two equal keys without a word; a doubled `title:` would silently lose text."""

    def construct_mapping(self, node, deep=False):
        seen = set()
        for key_node, _value in node.value:
            key = self.construct_object(key_node, deep=deep)
            if key in seen:
                raise yaml.constructor.ConstructorError(
                    None, None, f"het veld '{key}' staat er twee keer in", key_node.start_mark
                )
            seen.add(key)
        return super().construct_mapping(node, deep)


def read_content(vocabulary, folder=CONTENT_DIR):
    """All demo content in `folder`, checked against `vocabulary` (its `help` is filled from the help file)."""
    folder = Path(folder)
    reader = Reader()
    help_path = folder / "help-resources.yaml"
    help_resources = reader.check(help_path, HELP_RESOURCES, reader.yaml(help_path), vocabulary)
    if help_resources is not None:
        vocabulary = replace(vocabulary, help=frozenset(resource.slug for resource in help_resources))
    # Legal facts and shared activities: written once, cited by slug from the theme files. Optional files: a
    # content folder without them simply cites nothing.
    facts = reader.optional(folder / "facts.yaml", LEGAL_FACTS, vocabulary)
    if facts is not None:
        vocabulary = replace(vocabulary, facts=frozenset(fact.slug for fact in facts))
    shared = reader.optional(folder / "shared-activities.yaml", SHARED_ACTIVITIES, vocabulary)
    if shared is not None:
        vocabulary = replace(vocabulary, shared_activities=frozenset(activity.slug for activity in shared))
    site_path = folder / "site.yaml"
    site = reader.check(site_path, schema.Site, reader.yaml(site_path), vocabulary)
    themes = [
        reader.numbered(path, reader.check(path, schema.Theme, reader.yaml(path), vocabulary))
        for path in numbered_files(folder / "themes", "*.yaml")
    ]
    pages = [
        reader.numbered(path, reader.check(path, schema.StandardPage, reader.markdown(path), vocabulary))
        for path in numbered_files(folder / "pages", "*.md")
    ]
    content = DemoContent(
        site, help_resources or [], [t for t in themes if t], [p for p in pages if p], facts or [], shared or []
    )
    if not reader.problems:
        reader.cross_check(content, folder)
    if reader.problems:
        raise ContentError(reader.problems)
    return content


class Reader:
    """Reads files and collects every problem as `file: field: message`."""

    def __init__(self):
        self.problems = []

    def report(self, path, message, field=""):
        self.problems.append(f"{path.name}: {field}: {message}" if field else f"{path.name}: {message}")

    def yaml(self, path):
        try:
            return yaml.load(path.read_text(encoding="utf-8"), Loader=UniqueKeyLoader)
        except FileNotFoundError:
            self.report(path, "bestand ontbreekt")
        except yaml.YAMLError as error:
            self.report(path, yaml_problem(error))
        return None

    def markdown(self, path):
        """A standard page: YAML front matter (slug, title), the intro paragraph, then `## heading` sections."""
        match = FRONT_MATTER.match(path.read_text(encoding="utf-8"))
        if not match:
            self.report(path, "begint niet met front matter tussen twee regels '---'")
            return None
        try:
            data = yaml.load(match["front"], Loader=UniqueKeyLoader)
        except yaml.YAMLError as error:
            self.report(path, f"front matter: {yaml_problem(error)}")
            return None
        if not isinstance(data, dict):
            self.report(path, "front matter moet velden bevatten (slug, title)")
            return None
        intro, sections = [], []
        for block in re.split(r"\n[ \t]*\n", match["body"].strip()):
            if block.startswith("#"):
                heading = re.fullmatch(r"## (\S.*)", block)
                if not heading:
                    self.report(path, f"een kop is één regel die begint met '## ': {block.splitlines()[0]!r}")
                    return None
                sections.append({"heading": heading[1], "paragraphs": []})
            else:
                paragraph = " ".join(line.strip() for line in block.splitlines())
                (sections[-1]["paragraphs"] if sections else intro).append(paragraph)
        if len(intro) != 1:
            self.report(path, "vóór de eerste kop hoort precies één alinea (de inleiding)", "intro")
            return None
        return {**data, "intro": intro[0], "sections": sections}

    def check(self, path, model, data, vocabulary):
        """`data` as a checked `model` (a pydantic model or TypeAdapter), or None after reporting its problems."""
        if data is None:
            return None
        context = {"vocabulary": vocabulary}
        try:
            if isinstance(model, TypeAdapter):
                return model.validate_python(data, context=context)
            return model.model_validate(data, context=context)
        except ValidationError as error:
            for problem in error.errors(include_url=False):
                self.report(path, message(problem), field_path(problem["loc"]))
            return None

    def optional(self, path, model, vocabulary):
        """A list file that may be absent (then empty); None after reporting its problems."""
        if not path.exists():
            return []
        return self.check(path, model, self.yaml(path), vocabulary)

    def numbered(self, path, item):
        """`item` when the file's name is `<number>-<its slug>`, the name that orders it in the folder."""
        match = NUMBERED_NAME.match(path.stem)
        if item is not None and not (match and match["slug"] == item.slug):
            self.report(path, f"de bestandsnaam moet <volgnummer>-{item.slug}{path.suffix} zijn", "slug")
            return None
        return item

    def cross_check(self, content, folder):
        """What one file cannot know: slugs unique among siblings, audience entries pointing at real pages."""
        siblings = {
            folder / "help-resources.yaml": [resource.slug for resource in content.help_resources],
            folder / "facts.yaml": [fact.slug for fact in content.facts],
            folder / "shared-activities.yaml": [activity.slug for activity in content.shared_activities],
            folder / "themes": [theme.slug for theme in content.themes],  # under the leerlijn
            folder / "pages": [  # under home
                content.site.leerlijn.slug,
                *([content.site.parents.slug] if content.site.parents else []),
                *(page.slug for page in content.pages),
            ],
        }
        for where, slugs in siblings.items():
            for slug in sorted({slug for slug in slugs if slugs.count(slug) > 1}):
                self.report(where, f"de slug {slug} staat er twee keer in")
        targets = {content.site.leerlijn.slug, *(theme.slug for theme in content.themes)}
        if content.site.parents:
            targets.add(content.site.parents.slug)
        for number, entry in enumerate(content.site.home.audience_entries):
            if entry.page is not None and entry.page not in targets:
                field = f"home.audience_entries[{number}].page"
                self.report(
                    folder / "site.yaml",
                    f"{entry.page} is geen leerlijn, ouderpagina of thema",
                    field,
                )


def numbered_files(folder, pattern):
    """The files in their numbers' order (9 before 10), whatever the zero-padding."""
    paths = folder.glob(pattern)
    return sorted(paths, key=lambda path: (int(path.stem.split("-")[0]) if path.stem[:1].isdigit() else 0, path.name))


def field_path(loc):
    """pydantic's location as the path an editor reads in the file: `lessons[2].activities[0].minutes`."""
    path = ""
    for previous, part in zip((None, *loc), loc, strict=False):
        if isinstance(part, int):
            path += f"[{part}]"
        elif isinstance(previous, int) and part in schema.ACTIVITY_KINDS:
            continue  # the activity's kind, which pydantic adds after the index
        elif isinstance(previous, int) and part in schema.MATERIAL_TAGS:
            continue  # the shape of a material (a name or a material to print)
        else:
            path += f".{part}" if path else part
    return path


def message(problem):
    template = MESSAGES.get(problem["type"])
    context = dict(problem.get("ctx", {}))
    if problem["type"] == "value_error":
        return str(context["error"])
    if "pattern" in context:
        context["pattern"] = PATTERNS.get(context["pattern"], context["pattern"])
    if "expected" in context:
        context["expected"] = context["expected"].replace(" or ", " of ")
    try:
        return template.format(**context) if template else problem["msg"]
    except KeyError:
        return problem["msg"]


def yaml_problem(error):
    mark = getattr(error, "problem_mark", None)
    where = f"regel {mark.line + 1}, kolom {mark.column + 1}: " if mark else ""
    return f"{where}geen geldige YAML: {getattr(error, 'problem', None) or error}"
