import os

from django.core.wsgi import get_wsgi_application

# A WSGI server (gunicorn) is how the site is deployed: production settings unless told otherwise, so a server
# started without DJANGO_SETTINGS_MODULE never runs with the development settings' DEBUG on.
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.production")
application = get_wsgi_application()
