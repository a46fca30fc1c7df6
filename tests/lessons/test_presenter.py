"""Prepare and present: the presenter routes, the selection in GET parameters, the slides and the PDFs.

The PDF helpers at the top read WeasyPrint's output without a PDF library (none is installed): objects, object
streams, the document information and the text through each font's ToUnicode map. The browser tests use them too.
"""

import re
import zlib
from html import unescape
from urllib.parse import parse_qs, urlparse

import pytest
from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.files.base import ContentFile
from django.http import QueryDict
from django.shortcuts import resolve_url
from django.utils.html import strip_tags
from wagtail.documents.models import Document
from wagtail.models import Site

from curriculum.richtext import paragraphs
from curriculum.vocabularies import Goal, Use
from lessons.models.presenting import PresentingSettings
from lessons.presenter import Selection, build_slides, collect_materials, parse_numbers
from tests.factories import PASSWORD, LessonPageFactory, activity

pytestmark = pytest.mark.django_db

STAFF_ROUTES = ["voorbereiden/", "presenteren/", "presenteren/presentator/", "pdf/lesplan/", "pdf/handout/"]
PDF_STRING = rb"(\((?:\\.|[^\\)])*\)|<[0-9A-Fa-f]*>)"


# -- Reading PDFs ---------------------------------------------------------------------------------------------


def _stream(body):
    """The decoded stream of an object body, or None."""
    start = re.search(rb"stream\r?\n", body)
    length = re.search(rb"/Length (\d+)", body)
    if not start or not length:
        return None
    data = body[start.end() : start.end() + int(length.group(1))]
    return zlib.decompress(data) if b"/FlateDecode" in body[: start.start()] else data


def pdf_objects(document):
    """Every object of the PDF by number, including those packed into object streams."""
    objects = {int(m.group(1)): m.group(2) for m in re.finditer(rb"(\d+) 0 obj\b(.*?)\bendobj", document, re.S)}
    for body in list(objects.values()):
        if b"/Type /ObjStm" in body.split(b"stream", 1)[0]:
            data = _stream(body)
            first = int(re.search(rb"/First (\d+)", body).group(1))
            numbers = list(map(int, data[:first].split()))
            pairs = list(zip(numbers[::2], numbers[1::2], strict=True))
            for i, (number, offset) in enumerate(pairs):
                end = pairs[i + 1][1] if i + 1 < len(pairs) else len(data) - first
                objects[number] = data[first + offset : first + end]
    return objects


def pdf_string(token):
    """A PDF string token, literal (with escapes) or hex, as text (UTF-16 when it starts with a byte order mark)."""
    if token.startswith(b"<"):
        raw = bytes.fromhex(token[1:-1].decode())
    else:
        escapes = {b"n": b"\n", b"r": b"\r", b"t": b"\t", b"b": b"\b", b"f": b"\f"}
        raw = re.sub(rb"\\([nrtbf()\\])", lambda m: escapes.get(m.group(1), m.group(1)), token[1:-1])
    return raw[2:].decode("utf-16-be") if raw.startswith(b"\xfe\xff") else raw.decode("latin-1")


def pdf_metadata(document):
    """The title (document information) and the language (catalog) of a PDF."""
    objects = pdf_objects(document)
    info = objects[int(re.search(rb"/Info (\d+) 0 R", document).group(1))]
    catalog = b"".join(body for body in objects.values() if b"/Type /Catalog" in body)
    title = re.search(rb"/Title\s*" + PDF_STRING, info)
    lang = re.search(rb"/Lang\s*" + PDF_STRING, catalog)
    return {
        "title": pdf_string(title.group(1)) if title else None,
        "lang": pdf_string(lang.group(1)) if lang else None,
        "tagged": b"/StructTreeRoot" in catalog and b"/Marked true" in catalog,
    }


def _to_unicode(cmap):
    mapping = {}
    for block in re.findall(rb"beginbfchar(.*?)endbfchar", cmap, re.S):
        for code, text in re.findall(rb"<([0-9a-fA-F]+)>\s*<([0-9a-fA-F]+)>", block):
            mapping[int(code, 16)] = bytes.fromhex(text.decode()).decode("utf-16-be")
    for block in re.findall(rb"beginbfrange(.*?)endbfrange", cmap, re.S):
        for start, end, text in re.findall(rb"<([0-9a-fA-F]+)>\s*<([0-9a-fA-F]+)>\s*<([0-9a-fA-F]+)>", block):
            for offset, code in enumerate(range(int(start, 16), int(end, 16) + 1)):
                mapping[code] = chr(int(text, 16) + offset)
    return mapping


def pdf_text(document):
    """The text shown on the pages (WeasyPrint writes 2-byte glyph codes of fonts that have a ToUnicode map)."""
    objects = pdf_objects(document)
    fonts = {}
    for number, body in objects.items():
        to_unicode = re.search(rb"/ToUnicode (\d+) 0 R", body)
        if b"/Type /Font" in body and to_unicode:
            fonts[number] = _to_unicode(_stream(objects[int(to_unicode.group(1))]) or b"")
    names = {}
    for body in objects.values():
        for name, number in re.findall(rb"/([\w+-]+) (\d+) 0 R", body):
            if int(number) in fonts:
                names[name] = fonts[int(number)]
    text = []
    for body in objects.values():
        head = body.split(b"stream", 1)[0]
        if b"stream" not in body or any(key in head for key in (b"/Type", b"/Subtype", b"/Length1")):
            continue
        content = _stream(body) or b""
        font = {}
        for match in re.finditer(rb"/([\w+-]+) [\d.]+ Tf|\[(.*?)\]\s*TJ|<([0-9a-fA-F]*)>\s*Tj", content, re.S):
            if match.group(1):
                font = names.get(match.group(1), {})
                continue
            shown = match.group(2) if match.group(2) is not None else b"<" + match.group(3) + b">"
            for chunk in re.findall(rb"<([0-9a-fA-F]*)>", shown):
                text.append("".join(font.get(int(chunk[i : i + 4], 16), "") for i in range(0, len(chunk), 4)))
            text.append(" ")
    return "".join(text)


def squeeze(text):
    """Text without any white space: line breaks in a PDF fall where they fall."""
    return re.sub(r"\s+", "", unescape(text))


# -- Fixtures and helpers -----------------------------------------------------------------------------------


@pytest.fixture
def lesson(catalogue, users):
    """Proactief and reactief, with notes, a quiz, a dilemma, an optional activity and safe delivery."""
    assert catalogue.lesson.use == Use.BEIDE
    return catalogue.lesson


@pytest.fixture
def both_uses(lesson):
    """A lesson given proactively and reactively ("beide")."""
    return lesson


@pytest.fixture
def one_use(catalogue):
    """A lesson given only proactively."""
    assert catalogue.lesson_mbo.use == Use.PROACTIEF
    return catalogue.lesson_mbo


@pytest.fixture
def staff(login):
    return login("medewerker")


def optional_number(lesson):
    return next(n for n, block in enumerate(lesson.activities, 1) if block.value["optional"])


def notes_of(lesson):
    """Presenter-only texts long enough to recognise: activity notes, quiz explanations, ground rules."""
    texts = [unescape(strip_tags(block.value["presenter_notes"].source)) for block in lesson.activities]
    texts += [q["explanation"] for block in lesson.activities for q in block.value.get("questions", [])]
    texts += [rule for block in lesson.safe_delivery for rule in block.value["ground_rules"]]
    return [text for text in texts if len(text) > 20]


def html(response):
    return unescape(response.content.decode())


def slide_sections(response):
    return re.findall(r'<section class="slide slide--(\w+)".*?</section>', response.content.decode(), re.S)


# -- Access -------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("route", STAFF_ROUTES)
def test_anonymous_visitors_are_sent_to_the_login_page_and_never_get_the_content(client, lesson, route):
    url = lesson.url + route + "?inzet=reactief"
    response = client.get(url)
    assert response.status_code == 302
    location = urlparse(response["Location"])
    assert location.path == resolve_url(settings.LOGIN_URL) == "/inloggen/"
    assert parse_qs(location.query)["next"] == [url]
    assert response["Cache-Control"] == "private, no-store"
    body = response.content.decode()
    assert lesson.title not in body and lesson.central_question not in body
    assert all(secret not in body for secret in notes_of(lesson))


@pytest.mark.parametrize("route", STAFF_ROUTES)
def test_an_account_without_the_presenter_permission_gets_a_403(client, lesson, route):
    client.force_login(get_user_model().objects.create_user("leerkracht", password="x-niet-gebruikt"))
    response = client.get(lesson.url + route)
    assert response.status_code == 403
    assert response["Cache-Control"] == "private, no-store"
    assert "Geen toegang" in html(response)
    assert all(secret not in html(response) for secret in notes_of(lesson))


@pytest.mark.parametrize("username", ["medewerker", "redacteur", "eindredacteur", "admin"])
@pytest.mark.parametrize("route", STAFF_ROUTES)
def test_presenters_get_every_route_uncached(client, lesson, username, route):
    client.force_login(get_user_model().objects.get(username=username))
    response = client.get(lesson.url + route)
    assert response.status_code == 200
    assert response["Cache-Control"] == "private, no-store"
    assert "noindex" in response["X-Robots-Tag"]


def test_staff_routes_only_answer_get(staff, lesson):
    assert staff.post(lesson.url + "voorbereiden/").status_code == 405


def test_routes_of_a_draft_lesson_do_not_exist(staff, lesson):
    url = lesson.url + "voorbereiden/"
    lesson.unpublish()
    assert staff.get(url).status_code == 404


def test_the_login_page_is_dutch_and_logs_a_medewerker_in(client, lesson):
    target = lesson.url + "voorbereiden/"
    page = client.get(resolve_url(settings.LOGIN_URL), {"next": target})
    assert page.status_code == 200
    assert "Inloggen voor Halt-medewerkers" in html(page) and 'autocomplete="current-password"' in html(page)
    wrong = client.post("/inloggen/", {"username": "medewerker", "password": "fout", "next": target})
    assert "klopt niet" in html(wrong)
    right = client.post("/inloggen/", {"username": "medewerker", "password": PASSWORD, "next": target})
    assert right.status_code == 302 and right["Location"] == target
    assert client.get(target).status_code == 200


def test_the_lesson_page_links_to_prepare_and_present_only_for_presenters(client, staff, lesson):
    assert 'href="' + lesson.url + 'voorbereiden/"' in staff.get(lesson.url).content.decode()
    assert 'href="' + lesson.url + 'presenteren/"' in staff.get(lesson.url).content.decode()
    staff.logout()
    anonymous = client.get(lesson.url).content.decode()
    assert "voorbereiden/" not in anonymous and "presenteren/" not in anonymous


# -- The selection --------------------------------------------------------------------------------------------


def test_parse_numbers_ignores_everything_but_small_ascii_numbers():
    assert parse_numbers(["3", "05", "abc", "", "²", "-1", "1.5", "9" * 5000, " 4"]) == {3, 5}


def test_the_selection_keeps_only_valid_choices(both_uses):
    number = optional_number(both_uses)
    fixed = next(n for n, block in enumerate(both_uses.activities, 1) if not block.value["optional"])
    params = QueryDict(f"inzet=reactief&zonder={number}&zonder={fixed}&zonder=999&zonder=x")
    selection = Selection(both_uses, params)
    assert selection.use == Use.REACTIEF
    assert selection.skipped == {number}
    assert selection.query == f"?inzet=reactief&zonder={number}"
    assert Selection(both_uses, QueryDict("inzet=allebei")).use == Use.PROACTIEF


def test_a_lesson_with_one_use_keeps_it_whatever_is_asked(staff, one_use):
    selection = Selection(one_use, QueryDict("inzet=reactief"))
    assert selection.use == Use.PROACTIEF and not selection.chooses_use and selection.query == ""
    page = html(staff.get(one_use.url + "voorbereiden/?inzet=reactief"))
    assert 'name="inzet"' not in page and "Deze les heeft één inzet" in page
    assert "Reactief inzetten" not in page


def test_skipping_an_optional_activity_moves_the_clock(lesson):
    number = optional_number(lesson)
    full = Selection(lesson, QueryDict())
    short = Selection(lesson, QueryDict(f"zonder={number}"))
    skipped = full.activities[number - 1]
    assert short.minutes == full.minutes - skipped.minutes == lesson.activity_minutes - skipped.minutes
    included = short.included
    assert [a.start for a in included] == [sum(b.minutes for b in included[:i]) for i in range(len(included))]
    assert len(build_slides(short)) == len(build_slides(full)) - 1 == len(lesson.activities)  # title slide, minus 1


def test_materials_are_gathered_once_in_order(lesson):
    materials = collect_materials(Selection(lesson, QueryDict()).activities)
    names = [m.name.casefold() for m in materials]
    assert len(names) == len(set(names)) > 0
    listed = [m.strip().casefold() for b in lesson.activities for m in (b.value.get("materials") or [])]
    assert len(listed) > len(set(listed))  # "Digibord" twice: once in the list
    assert names == list(dict.fromkeys(listed))


@pytest.mark.parametrize(
    "query",
    ["?zonder=abc&zonder=-3&zonder=99999999999999999999", "?inzet=%00&zonder=%C2%B2", "?zonder=" + "9" * 5000],
)
def test_nonsense_parameters_are_ignored_never_a_500(staff, lesson, query):
    for route in STAFF_ROUTES:
        assert staff.get(lesson.url + route + query).status_code == 200
    prepare = html(staff.get(lesson.url + "voorbereiden/" + query))
    assert f"<strong data-total>{lesson.activity_minutes}</strong>" in prepare


# -- Voorbereiden -----------------------------------------------------------------------------------------------


def test_voorbereiden_has_timeline_materials_notes_and_safe_delivery(staff, lesson):
    page = html(staff.get(lesson.url + "voorbereiden/"))
    for block in lesson.activities:
        assert block.value["title"] in page
        assert f'data-minutes="{block.value["minutes"]}"' in page
    assert f"<strong data-total>{lesson.activity_minutes}</strong>" in page
    for material in (m for b in lesson.activities for m in (b.value.get("materials") or [])):
        assert material in page
    assert all(secret in page for secret in notes_of(lesson))
    assert "Veilig uitvoeren" in page and "Groepsafspraken" in page
    assert "Lesplan (PDF)" in page and "Handout (PDF)" in page
    assert 'name="inzet"' in page  # this lesson is proactief and reactief


def test_a_lesson_without_its_own_protocol_shows_what_editors_wrote_in_the_settings(staff, catalogue):
    lesson = LessonPageFactory(parent=catalogue.theme, title="Zonder protocol", safe_delivery=[])
    presenting = PresentingSettings.for_site(Site.objects.get(is_default_site=True))
    presenting.default_disclosure = "Luister eerst, en bel bij twijfel Veilig Thuis."
    presenting.default_ground_rules = "We lachen niemand uit.\nWie wil, mag passen."
    presenting.save()
    assert "Luister eerst, en bel bij twijfel Veilig Thuis." in html(staff.get(lesson.url + "voorbereiden/"))
    presenter_view = html(staff.get(lesson.url + "presenteren/presentator/"))
    assert "<li>We lachen niemand uit.</li><li>Wie wil, mag passen.</li>" in presenter_view


def test_voorbereiden_offers_the_use_for_a_lesson_with_both_and_carries_the_choice(staff, both_uses):
    number = optional_number(both_uses)
    response = staff.get(both_uses.url + f"voorbereiden/?inzet=reactief&zonder={number}")
    page = html(response)
    assert 'value="reactief" checked' in page
    assert f'value="{number}" checked' in page
    assert "Reactief inzetten" in page
    skipped = list(both_uses.activities)[number - 1].value["minutes"]
    assert f"<strong data-total>{both_uses.activity_minutes - skipped}</strong>" in page
    assert f'href="{both_uses.url}presenteren/?inzet=reactief&amp;zonder={number}"' in response.content.decode()


# -- Presenteren -------------------------------------------------------------------------------------------------


def test_the_slides_are_a_title_slide_and_one_per_activity_without_notes_or_answers(staff, lesson):
    response = staff.get(lesson.url + "presenteren/")
    kinds = slide_sections(response)
    assert kinds == ["title", *(block.block_type for block in lesson.activities)]
    page = html(response)
    assert lesson.central_question in page
    assert all(secret not in page for secret in notes_of(lesson))
    assert "goed antwoord" not in page.lower() and "Antwoorden" not in page
    for block in lesson.activities:
        value = block.value
        if block.block_type == "dilemma":
            assert value["situation"] in page and all(option in page for option in value["options"])
        if block.block_type == "quiz":
            for question in value["questions"]:
                assert question["question"] in page and all(answer in page for answer in question["answers"])
        if block.block_type == "socratic":
            assert value["opening_question"] in page


def test_skipped_activities_leave_the_presentation(staff, lesson):
    number = optional_number(lesson)
    skipped = list(lesson.activities)[number - 1].value["title"]
    response = staff.get(lesson.url + f"presenteren/?zonder={number}")
    assert len(slide_sections(response)) == len(lesson.activities)  # the title slide, minus the skipped one
    assert skipped not in html(response)


def test_the_presenter_view_has_the_notes_and_the_answers_and_shares_the_channel(staff, lesson):
    audience = staff.get(lesson.url + "presenteren/").content.decode()
    presenter = staff.get(lesson.url + "presenteren/presentator/")
    page = html(presenter)
    assert all(secret in page for secret in notes_of(lesson))
    for block in lesson.activities:
        for question in block.value.get("questions", []):
            assert question["answers"][question["correct"] - 1] in page
    channel = re.search(r'data-channel="([^"]+)"', audience).group(1)
    assert f'data-channel="{channel}"' in presenter.content.decode()
    assert len(re.findall(r'data-note="\d+"', page)) == len(slide_sections(staff.get(lesson.url + "presenteren/")))


def test_the_presentation_needs_nothing_from_another_server(staff, lesson):
    for route in ("presenteren/", "presenteren/presentator/"):
        page = staff.get(lesson.url + route).content.decode()
        for url in re.findall(r'(?:src|href)="([^"]*)"', page):
            assert not re.match(r"(https?:)?//", url), url
        assert "/static/js/presenter.js" in page and "/static/css/presenter.css" in page


def test_worksheets_and_videos_become_slides_too(staff, catalogue):
    """A lesson with worksheet and video blocks, and no safe-delivery section of its own."""
    sheet = Document.objects.create(title="Mijn grenzen", file=ContentFile(b"%PDF-1.7", name="grenzen.pdf"))
    film = Document.objects.create(title="Film over groepsdruk", file=ContentFile(b"mp4", name="film.mp4"))
    captions = Document.objects.create(title="Ondertiteling", file=ContentFile(b"WEBVTT", name="film.vtt"))
    timed = {"minutes": 10, "goal": Goal.HANDELINGSPERSPECTIEF, "optional": False}
    notes = paragraphs("Bespreek de film pas na afloop.")
    lesson = LessonPageFactory(
        parent=catalogue.theme,
        title="Les met film en werkblad",
        slug="les-met-film-en-werkblad",
        duration=30,
        activities=[
            activity("Opening", 10, Goal.KENNIS, "Wat weet je al?"),
            {
                "type": "worksheet",
                "value": {**timed, "title": "Werkblad", "presenter_notes": "", "document": sheet.pk}
                | {"pupil_content": paragraphs("Schrijf drie manieren op om nee te zeggen.")},
            },
            {
                "type": "video",
                "value": {**timed, "title": "De film", "presenter_notes": notes, "video": film.pk}
                | {"captions": captions.pk, "transcript": paragraphs("Sam twijfelt en zegt dan nee.")},
            },
        ],
    )
    lesson.save_revision().publish()
    audience = staff.get(lesson.url + "presenteren/")
    assert slide_sections(audience) == ["title", "activity", "worksheet", "video"]
    page = html(audience)
    assert "Schrijf drie manieren op om nee te zeggen." in page and "Je krijgt hiervoor een werkblad." in page
    assert "Sam twijfelt en zegt dan nee." in page and f'src="{captions.url}"' in page
    assert "pas na afloop" not in page
    assert "pas na afloop" in html(staff.get(lesson.url + "presenteren/presentator/"))
    prepare = html(staff.get(lesson.url + "voorbereiden/"))
    assert "Werkblad 'Mijn grenzen'" in prepare and "Video 'Film over groepsdruk'" in prepare
    assert "Veilig Thuis, 0800-2000" in prepare  # no protocol of its own: the general one
    for pdf in ("pdf/lesplan/", "pdf/handout/"):
        text = squeeze(pdf_text(staff.get(lesson.url + pdf).content))
        assert squeeze("Sam twijfelt en zegt dan nee.") in text
        assert (squeeze("pas na afloop") in text) == (pdf == "pdf/lesplan/")


# -- PDFs -------------------------------------------------------------------------------------------------------


def test_the_lesson_plan_pdf_is_tagged_dutch_titled_and_has_the_notes(staff, both_uses):
    response = staff.get(both_uses.url + "pdf/lesplan/?inzet=reactief")
    assert response["Content-Type"] == "application/pdf"
    assert response["Content-Disposition"] == f'inline; filename="{both_uses.slug}-lesplan.pdf"'
    document = response.content
    assert document.startswith(b"%PDF-") and document.rstrip().endswith(b"%%EOF")
    assert pdf_metadata(document) == {"title": both_uses.title, "lang": "nl", "tagged": True}
    text = squeeze(pdf_text(document))
    assert squeeze(both_uses.central_question) in text
    assert squeeze("Reactief inzetten") in text
    # every note in the full (proactive) plan; a reactive plan leaves out what the editor marked for it
    proactive = squeeze(pdf_text(staff.get(both_uses.url + "pdf/lesplan/").content))
    assert all(squeeze(secret) in proactive for secret in notes_of(both_uses))


def test_the_handout_pdf_has_the_pupil_content_but_no_notes_and_no_answers(staff, lesson):
    number = optional_number(lesson)
    response = staff.get(lesson.url + f"pdf/handout/?zonder={number}")
    assert response["Content-Disposition"] == f'inline; filename="{lesson.slug}-handout.pdf"'
    assert pdf_metadata(response.content) == {"title": lesson.title, "lang": "nl", "tagged": True}
    text = squeeze(pdf_text(response.content))
    assert squeeze(lesson.central_question) in text
    assert not any(squeeze(secret) in text for secret in notes_of(lesson))
    for block_number, block in enumerate(lesson.activities, 1):
        assert (squeeze(block.value["title"]) in text) == (block_number != number)


def test_the_parent_guide_pdf_is_public_and_linked_from_the_guide(client, catalogue):
    guide = catalogue.parent_guide
    assert guide.help_resources.exists()
    assert f'href="{guide.url}pdf/">Download als PDF' in client.get(guide.url).content.decode()
    response = client.get(guide.url + "pdf/")
    assert response.status_code == 200 and response["Content-Type"] == "application/pdf"
    assert response["Content-Disposition"] == f'inline; filename="{guide.get_parent().slug}-{guide.slug}.pdf"'
    assert pdf_metadata(response.content) == {"title": guide.title, "lang": "nl", "tagged": True}
    text = squeeze(pdf_text(response.content))
    assert squeeze(guide.intro) in text
    assert squeeze(guide.conversation_starters[0].value) in text
    assert all(squeeze(item.resource.name) in text for item in guide.help_resources.all())
