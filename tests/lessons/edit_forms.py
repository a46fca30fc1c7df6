"""POST data for the real Wagtail admin edit form of a page, built from the page itself.

`edit_form_data(page, action="action-publish", duration=45)` gives what the browser would send after the
editor changed `duration` and clicked "Publiceren": every field of the page's edit handler in the widget format
(StreamFields, ListBlocks and rich text included, with wagtail.test.utils.form_data), plus its inline formsets.
"""

from django.db import models
from django.urls import reverse
from modelcluster.fields import ParentalManyToManyField
from wagtail import blocks
from wagtail.blocks.base import BlockField
from wagtail.fields import RichTextField
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text


def edit_url(page):
    """Where the editor edits `page` in the admin."""
    return reverse("wagtailadmin_pages:edit", args=[page.pk])


def block_data(block, value):
    """A block value (python or raw) in the form format of `block`."""
    if isinstance(block, blocks.BaseStreamBlock):
        items = list(value.raw_data) if hasattr(value, "raw_data") else list(value or [])
        data = {
            str(i): {
                "type": item["type"],
                "value": block_data(block.child_blocks[item["type"]], item["value"]),
                "deleted": "",
                "order": str(i),
                "id": item.get("id") or "",
            }
            for i, item in enumerate(items)
        }
        return {**data, "count": str(len(items))}
    if isinstance(block, blocks.ListBlock):
        items = []
        for item in value or []:
            raw = item.get("value") if isinstance(item, dict) and "value" in item and "type" in item else item
            items.append(raw)
        data = {
            str(i): {"value": block_data(block.child_block, item), "deleted": "", "order": str(i), "id": ""}
            for i, item in enumerate(items)
        }
        return {**data, "count": str(len(items))}
    if isinstance(block, blocks.StructBlock):
        value = value or {}
        return {name: block_data(child, value.get(name)) for name, child in block.child_blocks.items()}
    if isinstance(block, blocks.RichTextBlock):
        return rich_text(getattr(value, "source", value) or "")
    if isinstance(block, blocks.BooleanBlock):
        return "on" if value else ""
    if isinstance(block, blocks.ChooserBlock):
        return str(getattr(value, "pk", value) or "")
    return "" if value is None else str(value)


def field_value(page, name, form_field):
    model_field = page._meta.get_field(name)
    value = getattr(page, name)
    if isinstance(form_field, BlockField):
        return block_data(form_field.block, value)
    if isinstance(model_field, ParentalManyToManyField | models.ManyToManyField):
        return [str(obj.pk) for obj in value.all()]
    if isinstance(model_field, RichTextField):
        return rich_text(value or "")
    if isinstance(model_field, models.BooleanField):
        return "on" if value else ""
    if isinstance(model_field, models.ForeignKey):
        return str(getattr(page, model_field.attname) or "")
    if isinstance(model_field, models.DateTimeField):
        return value.strftime("%Y-%m-%d %H:%M") if value else ""
    if isinstance(model_field, models.DateField):
        return value.isoformat() if value else ""
    return "" if value is None else str(value)


def edit_form_data(page, action="action-publish", **changes):
    """The edit form's POST data for `page` (specific), with `changes` applied (field name → python value)."""
    form_class = page.get_edit_handler().get_form_class()
    m2m = {f.name for f in page._meta.get_fields() if isinstance(f, ParentalManyToManyField | models.ManyToManyField)}
    for name, value in changes.items():
        if name not in m2m:
            setattr(page, name, value)
    data, multiple = {}, {}
    for name, form_field in form_class.base_fields.items():
        if name == "comment_notifications":
            continue
        if name in changes and name in m2m:
            multiple[name] = [str(getattr(obj, "pk", obj)) for obj in changes[name]]
            continue
        value = field_value(page, name, form_field)
        (multiple if isinstance(value, list) else data)[name] = value
    for relation, formset in form_class.formsets.items():
        if relation == "comments":
            continue
        children = list(getattr(page, relation).all())
        fields = [name for name in formset.form.base_fields if name not in ("ORDER", "DELETE", "id")]
        data[relation] = inline_formset(
            [{"id": str(child.pk or ""), **{f: field_value(child, f, None) for f in fields}} for child in children],
            initial=len([child for child in children if child.pk]),
        )
    flat = nested_form_data(data)
    if action:
        flat[action] = "1"
    return {**flat, **multiple}
