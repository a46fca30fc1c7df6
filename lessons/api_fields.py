"""What the read API (lessons/api.py) says about lessons and guides: serializers for their `api_fields`.

Each page type lists its API fields explicitly on the model; nothing presenter-only is in those lists. Streams
are written out block by block with every block's `presenter_only` fields left out (notes, quiz answers and
explanations), so a new presenter-only field is safe as soon as the block names it, as it is for search.
This module imports no models, so the models can import it.
"""

from rest_framework import serializers
from wagtail import blocks
from wagtail.api import APIField


def as_stored(*names):
    """API fields written as they are stored (text, numbers, choices): one APIField each."""
    return [APIField(name) for name in names]


def public_value(block, value):
    """The API representation of `value` without the fields `block` (or any block inside it) keeps for presenters."""
    if isinstance(block, blocks.StructBlock):
        hidden = getattr(block, "presenter_only", ())
        return {
            name: public_value(child, value.get(name))
            for name, child in block.child_blocks.items()
            if name not in hidden
        }
    if isinstance(block, blocks.ListBlock):
        return [public_value(block.child_block, item) for item in value or []]
    if isinstance(block, blocks.StreamBlock):
        return [{"type": child.block_type, "value": public_value(child.block, child.value)} for child in value]
    return block.get_api_representation(value)


def shared_activity_value(value):
    """A shared activity as the lesson shows it: the snippet's published text with the lesson's minutes and goal."""
    return {
        "title": value["title"],
        "minutes": value["minutes"],
        "goal": value["goal"],
        "optional": bool(value.get("optional")),
        "pupil_content": value["pupil_content"].source,
        "instructions": value["instructions"].source,
        "materials": value["materials"],
        "shared_activity": value["activity"].pk if value["activity"] else None,
    }


class PublicStreamField(serializers.Field):
    """A StreamField without presenter-only fields; shared activities written out with their published text."""

    def to_representation(self, stream):
        items = []
        for child in stream:
            if getattr(child.block, "presents_as", None):
                value = shared_activity_value(child.value)
            else:
                value = public_value(child.block, child.value)
            items.append({"type": child.block_type, "id": child.id, "value": value})
        return items


class SentenceListField(serializers.Field):
    """A stream of one-line items (gespreksstarters, signalen) as a list of strings."""

    def to_representation(self, stream):
        return [child.value for child in stream]


class AgeBandsField(serializers.Field):
    """Age bands with their ages and Edurep levels (URIs), from the prefetched relations."""

    def to_representation(self, manager):
        return [
            {
                "slug": band.slug,
                "name": band.name,
                "min_age": band.min_age,
                "max_age": band.max_age,
                "edurep_levels": [{"name": level.name, "uri": level.uri} for level in band.edurep_levels.all()],
            }
            for band in manager.all()
        ]


class TermsField(serializers.Field):
    """A vocabulary relation (settings, content guidance) as slugs and names."""

    def to_representation(self, manager):
        return [{"slug": term.slug, "name": term.name} for term in manager.all()]


class GoalsField(serializers.Field):
    """The three lesson goals as {code: text} (source: the page's `goals` or `learned`)."""

    def to_representation(self, goals):
        return {code: text for code, _label, text in goals}


class HelpResourcesField(serializers.Field):
    """A parent guide's help resources: name, phone, website and when to call."""

    def to_representation(self, manager):
        return [
            {
                "name": item.resource.name,
                "phone": item.resource.phone,
                "url": item.resource.url,
                "when": item.resource.when,
            }
            for item in manager.select_related("resource")
            if item.resource.live
        ]


class CitedFactsField(serializers.Field):
    """The published legal facts a page cites (source: the page's `cited_facts()`)."""

    def to_representation(self, facts):
        return [fact_data(fact) for fact in facts]


def fact_data(fact):
    return {
        "id": fact.pk,
        "slug": fact.slug,
        "statement": fact.statement,
        "article": fact.article,
        "law": fact.law,
        "source_url": fact.source_url,
        "checked_on": fact.checked_on.isoformat(),
    }


class LiveLessonsField(serializers.Field):
    """The published lessons a parent guide accompanies, as ids and titles."""

    def to_representation(self, manager):
        return [{"id": lesson.pk, "title": lesson.title} for lesson in manager.live()]
