"""Throttling of follow-up code guessing: after too many unknown codes from one client, a pause.

Failures are rows of `LookupFailure` in the database, not entries in the cache: the default cache is per process
(locmem), so a guesser spread over gunicorn workers would get a fresh allowance in each, and a row is shared by all
workers and hosts. The client is stored as a keyed hash (HMAC with SECRET_KEY) of its address, never the address
itself, and rows older than the window are deleted on every code lookup: no hash outlives the window by more than
the time until the next visitor.
Known codes never count, so a class of 30 phones behind one school router is not locked out by its own visits.
Behind a reverse proxy every request comes from the proxy: set VISITS_CLIENT_ADDRESS_META to the request.META key
the proxy fills with the client's address (e.g. "HTTP_X_REAL_IP"), or all visitors share one allowance.
"""

import datetime
import hashlib
import hmac

from django.conf import settings
from django.utils import timezone

from visits.models import LookupFailure

WINDOW = datetime.timedelta(minutes=15)
MAX_FAILURES = 20  # per client in WINDOW: enough for typos, far too few to find one code among 595 million


def client_key(request):
    address = request.META.get(getattr(settings, "VISITS_CLIENT_ADDRESS_META", "REMOTE_ADDR"), "")
    digest = hmac.new(settings.SECRET_KEY.encode(), f"visits-throttle:{address}".encode(), hashlib.sha256)
    return digest.hexdigest()


def is_throttled(request):
    since = timezone.now() - WINDOW
    LookupFailure.objects.filter(at__lt=since).delete()
    return LookupFailure.objects.filter(client=client_key(request), at__gte=since).count() >= MAX_FAILURES


def record_failure(request):
    LookupFailure.objects.create(client=client_key(request), at=timezone.now())
