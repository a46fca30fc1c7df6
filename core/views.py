"""Small site-wide views that no domain app owns."""

from django.contrib.auth import views as auth_views
from django.shortcuts import redirect
from django.templatetags.static import static
from django.utils.cache import patch_cache_control
from django.views.decorators.http import require_safe


@require_safe
def favicon(request):
    """Browsers ask for /favicon.ico whatever the page says; send them to the static icon (its name carries a hash
    in production, so the redirect is temporary and only cached for a day)."""
    response = redirect(static("img/favicon.ico"))
    patch_cache_control(response, public=True, max_age=24 * 60 * 60)
    return response


class LogoutView(auth_views.LogoutView):
    """Django's logout, and the browser forgets what this site stored on it: the presenting service worker's copy
    of decks with presenter notes (lessons/offline.py) and the HTTP cache. School PCs are shared."""

    def post(self, request, *args, **kwargs):
        response = super().post(request, *args, **kwargs)
        response["Clear-Site-Data"] = '"cache", "storage"'
        return response
