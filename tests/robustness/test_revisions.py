"""An editor's work is never lost to a failed save: Wagtail's revisions, page locks and autosave conflict check,
through the real admin edit view, as the editorial roles."""

import pytest
from django.contrib.auth import get_user_model
from django.urls import reverse

from curriculum.models import ThemePage
from tests.lessons.edit_forms import edit_form_data

pytestmark = pytest.mark.django_db

SAVE_DRAFT = None  # the edit form without an action button: "Concept opslaan"


@pytest.fixture
def theme(catalogue, users):
    assert catalogue.theme.live_revision is not None  # published through a revision, as an editor left it
    return catalogue.theme


def as_user(client, username):
    client.force_login(get_user_model().objects.get(username=username))
    return client


def latest(page):
    return ThemePage.objects.get(pk=page.pk).get_latest_revision()


def edit(client, page, **changes):
    draft = latest(page).as_object()
    return client.post(reverse("wagtailadmin_pages:edit", args=[page.pk]), edit_form_data(draft, SAVE_DRAFT, **changes))


def test_a_failed_save_gives_the_editor_their_work_back_and_keeps_every_revision(client, theme):
    editor = as_user(client, "redacteur")
    assert edit(editor, theme, summary="Eerste concept van de redactie.").status_code == 302
    draft = latest(theme)
    revisions = theme.revisions.count()

    response = edit(editor, theme, summary="Mijn onopgeslagen werk: " + "lang " * 60, slug="geen geldige slug!")
    assert response.status_code == 200  # the form comes back...
    form = response.context["form"]
    assert {"summary", "slug"} <= set(form.errors)
    assert form.data["summary"].startswith("Mijn onopgeslagen werk")  # ...with what the editor typed
    assert "Mijn onopgeslagen werk" in response.content.decode()
    assert theme.revisions.count() == revisions and latest(theme) == draft  # nothing overwritten
    assert draft.as_object().summary == "Eerste concept van de redactie."
    live = ThemePage.objects.get(pk=theme.pk)
    assert live.summary == theme.summary and live.has_unpublished_changes  # the site shows the published version


def test_a_locked_page_refuses_another_editors_save_and_keeps_their_input_on_screen(client, theme):
    as_user(client, "eindredacteur").post(reverse("wagtailadmin_pages:lock", args=[theme.pk]))
    assert ThemePage.objects.get(pk=theme.pk).locked
    revisions = theme.revisions.count()

    response = edit(as_user(client, "redacteur"), theme, summary="Tekst van de tweede redacteur.")
    assert response.status_code == 200
    html = response.content.decode()
    assert "De pagina kan niet worden opgeslagen omdat deze is vergrendeld." in html
    assert not response.context["form"].errors  # refused for the lock alone, not for the input
    assert "Tekst van de tweede redacteur." in html  # still there to copy
    assert theme.revisions.count() == revisions

    as_user(client, "eindredacteur").post(reverse("wagtailadmin_pages:unlock", args=[theme.pk]))
    assert edit(as_user(client, "redacteur"), theme, summary="Tekst van de tweede redacteur.").status_code == 302
    assert latest(theme).as_object().summary == "Tekst van de tweede redacteur."


def test_autosave_never_overwrites_a_newer_revision_from_someone_else(client, theme):
    """Editor A opened the page; editor B saved since. A's autosave is refused instead of replacing B's work."""
    opened = latest(theme)
    assert edit(as_user(client, "eindredacteur"), theme, summary="Het werk van B.").status_code == 302
    newer = latest(theme)
    assert newer != opened

    data = edit_form_data(latest(theme).as_object(), SAVE_DRAFT, summary="Het werk van A.")
    data |= {"loaded_revision_id": str(opened.pk), "loaded_revision_created_at": opened.created_at.isoformat()}
    response = as_user(client, "redacteur").post(
        reverse("wagtailadmin_pages:edit", args=[theme.pk]), data, HTTP_ACCEPT="application/json"
    )
    assert response.status_code == 400
    assert response.json()["error_code"] == "invalid_revision"
    assert latest(theme) == newer
    assert newer.as_object().summary == "Het werk van B."
