import pytest
from django.core.exceptions import ValidationError

from curriculum.models import AgeBand, ContentGuidance, Setting
from curriculum.vocabularies import Use


@pytest.mark.django_db
def test_age_bands_are_seeded_in_leerlijn_order_with_edurep_levels():
    bands = list(AgeBand.objects.all())
    assert [band.slug for band in bands] == ["po-groep-7-8", "vo-onderbouw", "vo-bovenbouw", "mbo", "jongvolwassenen"]
    groep = bands[0]
    assert (groep.min_age, groep.max_age) == (10, 12)
    assert [level.uri for level in groep.edurep_levels.all()] == [
        "http://purl.edustandaard.nl/begrippenkader/a4813bb6-cf63-4594-af56-6afb321723d8",
        "http://purl.edustandaard.nl/begrippenkader/95138558-9f65-4888-8ea3-8acce5eea273",
    ]
    assert bands[2].edurep_levels.count() == 3


@pytest.mark.django_db
def test_settings_and_content_guidance_are_seeded():
    assert set(Setting.objects.values_list("slug", flat=True)) == {"school", "sportvereniging", "wijk"}
    assert ContentGuidance.objects.filter(slug="seksuele-inhoud").exists()


@pytest.mark.django_db
def test_an_age_band_whose_ages_are_reversed_is_refused_on_the_field():
    band = AgeBand(name="Verkeerd", slug="verkeerd", min_age=16, max_age=12)
    with pytest.raises(ValidationError) as error:
        band.full_clean()
    assert "max_age" in error.value.message_dict


def test_a_lesson_for_both_uses_matches_either_filter():
    assert Use.matching(Use.PROACTIEF) == [Use.PROACTIEF, Use.BEIDE]
    assert Use.matching(Use.BEIDE) == [Use.BEIDE]
