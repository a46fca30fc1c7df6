"""The home page's audience entries: a page, or a fixed place of the site such as the staff login."""

import pytest
from django.core.exceptions import ValidationError

from home.models import AudienceEntryBlock

pytestmark = pytest.mark.django_db


def test_the_staff_entry_opens_the_login_and_a_logged_in_medewerker_lands_on_mijn_bezoeken(client, catalogue, users):
    home = catalogue.home
    home.audience_entries = [
        {"type": "entry", "value": {"audience": "Ik ben Halt-medewerker", "text": "Log in.", "place": "inloggen"}},
        {"type": "entry", "value": {"audience": "Ik ben leerkracht", "text": "Kies.", "page": catalogue.leerlijn.pk}},
    ]
    home.save_revision().publish()
    html = client.get("/").content.decode()
    assert '<a href="/inloggen/">Ik ben Halt-medewerker</a>' in html
    assert f'<a href="{catalogue.leerlijn.url}">Ik ben leerkracht</a>' in html

    client.force_login(users["medewerker"])
    response = client.get("/inloggen/")
    assert response.status_code == 302 and response["Location"] == "/bezoeken/"


@pytest.mark.parametrize(
    "page, place, message",
    [(None, "", "Kies waar deze ingang heen gaat."), ("page", "inloggen", "Kies een pagina óf een vaste plek.")],
)
def test_an_entry_goes_to_a_page_or_a_place_not_both_nor_neither(catalogue, page, place, message):
    block = AudienceEntryBlock()
    value = block.to_python(
        {
            "audience": "Ik ben medewerker",
            "text": "Log in.",
            "page": catalogue.leerlijn.pk if page else None,
            "place": place,
        }
    )
    with pytest.raises(ValidationError) as raised:
        block.clean(value)
    assert raised.value.block_errors["page"].messages == [message]
