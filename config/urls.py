from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.conf.urls.static import static
from django.contrib import admin
from django.contrib.auth import views as auth_views
from django.urls import include, path, re_path
from django.views.generic import TemplateView
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.contrib.sitemaps.views import sitemap
from wagtail.documents import urls as wagtaildocs_urls

from core import fallback
from core import views as core_views
from core.sitemap import RequestSitemap
from curriculum import facts as legal_facts
from home.sitemap import sitemap_page
from lessons import api
from lessons.offline import deck_service_worker
from search import views as search_views

urlpatterns = [
    path("django-admin/", admin.site.urls),
    path("admin/", include(wagtailadmin_urls)),
    path("documenten/", include(wagtaildocs_urls)),
    # The site's own login for Halt-medewerkers (they have no admin access), with a Dutch template.
    path(
        "inloggen/",
        # Without a `next`, LOGIN_REDIRECT_URL: Mijn bezoeken (visits/views.py sends other accounts on to the home).
        auth_views.LoginView.as_view(template_name="registration/login.html", redirect_authenticated_user=True),
        name="login",
    ),
    path("uitloggen/", core_views.LogoutView.as_view(next_page="/"), name="logout"),
    # Self-service password reset (Django's views, Dutch templates). Under /inloggen/ so that Varnish passes them
    # like the login. The answer is the same whether or not an account has the address.
    path(
        "inloggen/wachtwoord-vergeten/",
        auth_views.PasswordResetView.as_view(
            template_name="registration/password_reset_form.html",
            email_template_name="registration/password_reset_email.txt",
            subject_template_name="registration/password_reset_subject.txt",
        ),
        name="password_reset",
    ),
    path(
        "inloggen/wachtwoord-vergeten/verstuurd/",
        auth_views.PasswordResetDoneView.as_view(template_name="registration/password_reset_done.html"),
        name="password_reset_done",
    ),
    path(
        "inloggen/nieuw-wachtwoord/<uidb64>/<token>/",
        auth_views.PasswordResetConfirmView.as_view(template_name="registration/password_reset_confirm.html"),
        name="password_reset_confirm",
    ),
    path(
        "inloggen/nieuw-wachtwoord/klaar/",
        auth_views.PasswordResetCompleteView.as_view(template_name="registration/password_reset_complete.html"),
        name="password_reset_complete",
    ),
    path("presenteren-offline.js", deck_service_worker, name="deck_service_worker"),
    path("voorlichtingen/", search_views.lesson_listing, name="lesson_listing"),
    path("zoeken/", search_views.search, name="search"),
    path("zoeken/suggesties/", search_views.autocomplete, name="search_autocomplete"),
    path("api/v2/", api.api_router.urls),
    path("api/export/catalogus.json", api.catalogue_json, name="export_catalogue"),
    path("api/export/lessen.csv", api.lessons_csv, name="export_lessons"),
    path("wet-en-regels/", legal_facts.legal_facts, name="legal_facts"),
    path("sitemap/", sitemap_page, name="sitemap_page"),  # for people; sitemap.xml for search engines
    path("sitemap.xml", sitemap, {"sitemaps": {"wagtail": RequestSitemap}}, name="sitemap"),
    path("favicon.ico", core_views.favicon, name="favicon"),
    path("robots.txt", TemplateView.as_view(template_name="robots.txt", content_type="text/plain")),
]

if settings.DEBUG:
    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)

# Wagtail's own views (the password form of a private page, its login), without its page serving: that is ours.
urlpatterns += [pattern for pattern in wagtail_urls.urlpatterns if pattern.name != "wagtail_serve"]

# In the parents' languages too: /klas/<code>/ and the pages stay where they were (Dutch has no prefix), and
# /en/..., /ar/... serve their translations (core/i18n.py: the language comes from this prefix only).
urlpatterns += i18n_patterns(
    path("", include("visits.urls")),  # /bezoeken/ for staff, /klas/<code>/ for the class
    # Wagtail's page serving with the fallback to Dutch for pages not translated yet (core/fallback.py); the name
    # and pattern are Wagtail's own, so page URLs are built with it and the page cache serves it.
    re_path(r"^((?:[\w\-]+/)*)$", fallback.serve, name="wagtail_serve"),
    prefix_default_language=False,
)
