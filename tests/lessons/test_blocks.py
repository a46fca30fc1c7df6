"""Each block's authoring rules give a message on the field to fix, and presenter-only text is never indexed."""

import pytest
from django.core.files.base import ContentFile
from wagtail import blocks as wagtail_blocks
from wagtail.blocks.struct_block import StructBlockValidationError
from wagtail.documents import get_document_model

from lessons import blocks
from lessons.blocks import (
    ActivityBlock,
    DilemmaBlock,
    QuizBlock,
    SafeDeliveryBlock,
    SocraticQuestionsBlock,
    VideoBlock,
)


def clean(block, **value):
    return block.clean(block.to_python(value))


def field_error(block, **value):
    with pytest.raises(StructBlockValidationError) as error:
        clean(block, **value)
    return error.value.block_errors


TIMED = {"title": "Onderdeel", "minutes": 10, "goal": "kennis", "optional": False, "presenter_notes": ""}


def test_a_dilemma_needs_different_options():
    errors = field_error(DilemmaBlock(), **TIMED, situation="Je staat op het plein.", options=["Ja", "ja "])
    assert "dubbele keuze" in str(errors["options"])
    assert clean(DilemmaBlock(), **TIMED, situation="Je staat op het plein.", options=["Ja", "Nee"])


def test_socratic_questions_must_be_questions():
    errors = field_error(
        SocraticQuestionsBlock(), **TIMED, opening_question="Veiligheid is belangrijk.", follow_up_questions=["Waarom"]
    )
    assert "vraagteken" in str(errors["opening_question"])
    assert "vraagteken" in str(errors["follow_up_questions"])


def test_a_quiz_answer_number_must_exist():
    question = {"question": "Mag dit?", "answers": ["Ja", "Nee"], "correct": 3, "explanation": ""}
    with pytest.raises(StructBlockValidationError) as error:
        clean(QuizBlock(), **TIMED, questions=[question])
    question_errors = error.value.as_json_data()["blockErrors"]["questions"]["blockErrors"][0]["blockErrors"]
    assert question_errors["correct"]["messages"] == ["Er zijn maar 2 antwoorden: kies een nummer van 1 tot en met 2."]


@pytest.mark.django_db
def test_a_video_is_mp4_or_webm_with_webvtt_captions():
    def document(name):
        return get_document_model().objects.create(title=name, file=ContentFile(b"x", name=name)).pk

    video = {**TIMED, "transcript": "<p>Wat er gezegd wordt.</p>"}
    errors = field_error(VideoBlock(), **video, video=document("film.avi"), captions=document("film.srt"))
    assert set(errors) == {"video", "captions"}
    assert "WebVTT" in str(errors["captions"])
    assert clean(VideoBlock(), **video, video=document("film.webm"), captions=document("film.vtt"))


def test_a_skipped_part_needs_no_other_text():
    activity = {**TIMED, "pupil_content": "<p>x</p>", "instructions": "<p>y</p>"}
    reactive = {"skip": True, "pupil_text": "", "presenter_line": "Zeg het anders."}
    errors = field_error(ActivityBlock(), **activity, reactive=reactive)
    assert "reactive" in errors
    assert clean(ActivityBlock(), **activity, reactive={**reactive, "presenter_line": ""})


def test_each_example_in_block_previews_is_a_valid_value_of_its_block():
    for name, example in blocks.block_previews().items():
        block = getattr(blocks, name)()
        assert isinstance(block, wagtail_blocks.StructBlock)
        assert set(example) <= set(block.child_blocks), name
        assert block.clean(block.get_preview_value()), name


def test_minutes_must_be_positive():
    errors = field_error(ActivityBlock(), **{**TIMED, "minutes": 0}, pupil_content="<p>x</p>", instructions="<p>y</p>")
    assert "minutes" in errors


def test_presenter_notes_stay_out_of_the_search_index():
    block = ActivityBlock()
    value = block.to_python(
        {
            **TIMED,
            "pupil_content": "<p>zichtbaar</p>",
            "instructions": "<p>werkwijze</p>",
            "presenter_notes": "<p>GEHEIM</p>",
        }
    )
    text = " ".join(block.get_searchable_content(value))
    assert "zichtbaar" in text
    assert "GEHEIM" not in text


def test_quiz_answers_and_safe_delivery_stay_out_of_the_search_index():
    quiz = QuizBlock()
    value = quiz.to_python(
        {**TIMED, "questions": [{"question": "Vraag?", "answers": ["a", "b"], "correct": 1, "explanation": "UITLEG"}]}
    )
    assert "UITLEG" not in " ".join(quiz.get_searchable_content(value))
    safe = SafeDeliveryBlock()
    value = safe.to_python({"ground_rules": ["REGEL"], "disclosure": "<p>PROTOCOL</p>", "signposting": []})
    assert safe.get_searchable_content(value) == []
