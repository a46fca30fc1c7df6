"""The page tree: HomePage → LeerlijnPage → ThemePage → {LessonPage, ParentGuidePage, ProfessionalGuidePage}."""

from wagtail.models import Page
from wagtail.test.utils import WagtailPageTestCase

from curriculum.models import LeerlijnPage, ThemePage
from home.models import HomePage, StandardPage
from lessons.models import LessonPage, ParentGuidePage, ParentIndexPage, ProfessionalGuidePage


class TreeRulesTest(WagtailPageTestCase):
    def test_home_holds_the_leerlijn_the_parents_index_and_information_pages(self):
        self.assertAllowedParentPageTypes(HomePage, {Page})
        self.assertAllowedSubpageTypes(HomePage, {LeerlijnPage, ParentIndexPage, StandardPage})
        self.assertAllowedParentPageTypes(ParentIndexPage, {HomePage})
        self.assertAllowedSubpageTypes(ParentIndexPage, set())

    def test_leerlijn_holds_only_themes(self):
        self.assertAllowedParentPageTypes(LeerlijnPage, {HomePage})
        self.assertAllowedSubpageTypes(LeerlijnPage, {ThemePage})

    def test_theme_holds_lessons_and_guides(self):
        self.assertAllowedParentPageTypes(ThemePage, {LeerlijnPage})
        self.assertAllowedSubpageTypes(ThemePage, {LessonPage, ParentGuidePage, ProfessionalGuidePage})

    def test_lessons_and_guides_are_leaves_under_a_theme(self):
        for page_type in (LessonPage, ParentGuidePage, ProfessionalGuidePage):
            self.assertAllowedParentPageTypes(page_type, {ThemePage})
            self.assertAllowedSubpageTypes(page_type, set())

    def test_a_lesson_cannot_be_created_directly_under_the_leerlijn(self):
        self.assertCanNotCreateAt(LeerlijnPage, LessonPage)
        self.assertCanNotCreateAt(HomePage, ThemePage)
        self.assertCanCreateAt(ThemePage, LessonPage)
