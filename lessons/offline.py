"""The service worker that keeps a loaded deck usable without a network (templates/lessons/presenter/deck-sw.js).

It is served from one address for every deck and registered by presenter.js with the scope of a single deck's
presenting pages (/leerlijn/<thema>/<les>/presenteren/); `Service-Worker-Allowed` permits such a scope outside the
script's own folder. Logging out clears what it stored (`Clear-Site-Data`, core/views.py).
"""

from django.shortcuts import render
from django.views.decorators.http import require_safe


@require_safe
def deck_service_worker(request):
    response = render(request, "lessons/presenter/deck-sw.js", content_type="text/javascript; charset=utf-8")
    response["Service-Worker-Allowed"] = "/"
    response["Cache-Control"] = "no-cache"  # browsers check for a new worker on every registration
    return response
