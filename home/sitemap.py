"""The sitemap for people (/sitemap/): every public page of the site, grouped as visitors look for it.

/sitemap.xml stays for search engines. Pages come from one query over the site's tree, with Wagtail's view
restrictions applied in that query (core/privacy.py), so a restricted page and everything below it stay out. The
list is the same for every visitor: the template caches it per site and catalogue version.
"""

from dataclasses import dataclass, field

from django.shortcuts import render
from wagtail.models import Page, Site

from core.caching import fragment_cache_context
from core.privacy import public
from curriculum.models import LeerlijnPage, ThemePage
from home.models import StandardPage
from lessons.models import LessonPage, ParentGuidePage, ParentIndexPage, ProfessionalGuidePage


@dataclass
class Theme:
    page: Page
    lessons: list = field(default_factory=list)


@dataclass
class Overview:
    leerlijn: list = field(default_factory=list)  # LeerlijnPages
    themes: list = field(default_factory=list)  # Theme, each with its lessons
    parents: list = field(default_factory=list)  # the parents' index, then the guides
    professionals: list = field(default_factory=list)
    information: list = field(default_factory=list)  # standard pages
    other: list = field(default_factory=list)  # page types added later: listed rather than lost


def site_overview(site):
    overview = Overview()
    themes = {}
    pages = public(Page.objects.live().descendant_of(site.root_page, inclusive=False)).order_by("path")
    for page in pages.only("id", "path", "depth", "title", "url_path", "content_type_id", "locale_id"):
        kind = page.specific_class
        if kind is LeerlijnPage:
            overview.leerlijn.append(page)
        elif kind is ThemePage:
            themes[page.path] = Theme(page)
            overview.themes.append(themes[page.path])
        elif kind is LessonPage and page.path[: -Page.steplen] in themes:
            themes[page.path[: -Page.steplen]].lessons.append(page)
        elif kind in (ParentIndexPage, ParentGuidePage):
            overview.parents.append(page)
        elif kind is ProfessionalGuidePage:
            overview.professionals.append(page)
        elif kind is StandardPage:
            overview.information.append(page)
        else:
            overview.other.append(page)
    overview.parents.sort(key=lambda page: page.specific_class is not ParentIndexPage)  # the index first
    return overview


def sitemap_page(request):
    site = Site.find_for_request(request)
    context = {"site": site, **fragment_cache_context(request)}
    if site is not None:
        context["overview"] = lambda: site_overview(site)  # read only when the cached fragment is missing
    return render(request, "home/sitemap.html", context)
