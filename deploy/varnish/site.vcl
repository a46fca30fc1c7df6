vcl 4.1;

# Varnish in front of the app servers (deploy/stack.py starts it; production runs the same file).
#
# - Caches what anonymous visitors get. Anything that may be personal passes straight to an app server and is
#   never stored: a session, CSRF or messages cookie, an Authorization header, the admin and the login pages, and
#   any response with Set-Cookie or Cache-Control private/no-store/no-cache (the site marks every response to a
#   logged-in visitor so: core/caching.py). Presenter-only material is only ever rendered for such visitors.
# - PURGE and BAN come only from this machine (core/purge.py sends them after a publish, unpublish, move or
#   snippet change): PURGE /path/ drops that path with any query string (a filtered listing, a search);
#   BAN /path/ drops everything under the path (a page, its routes such as pdf/, its subpages).
#
# backends.vcl (written at start, next to this file on vcl_path) defines the app servers and the round-robin
# director `app`.

include "backends.vcl";

acl purgers {
    "127.0.0.1";
    "::1";
}

sub vcl_recv {
    set req.backend_hint = app.backend();

    if (req.method == "PURGE" || req.method == "BAN") {
        if (client.ip !~ purgers) {
            return (synth(405, "Not allowed"));
        }
        set req.http.X-Path = regsub(req.url, "\?.*$", "");
        if (req.method == "PURGE") {
            ban("obj.http.X-Host == " + req.http.host + " && obj.http.X-Url ~ ^" + req.http.X-Path + "(\?|$)");
        } else {
            ban("obj.http.X-Host == " + req.http.host + " && obj.http.X-Url ~ ^" + req.http.X-Path);
        }
        return (synth(200, "Invalidated"));
    }

    if (req.method != "GET" && req.method != "HEAD") {
        return (pass);
    }
    if (req.http.Authorization) {
        return (pass);
    }
    if (req.http.Cookie ~ "(^|;\s*)(sessionid|csrftoken|messages)=") {
        return (pass);
    }
    if (req.url ~ "^/(admin|django-admin|inloggen|uitloggen)(/|$)") {
        return (pass);
    }
    # The site sets no other cookies; one set by something else must not split or personalise the cache.
    unset req.http.Cookie;
    # The language is the URL's prefix (/en/, /ar/: core/i18n.py); the browser's Accept-Language changes no page,
    # so it must not split the cache either.
    unset req.http.Accept-Language;
    return (hash);
}

sub vcl_backend_response {
    # For bans: the ban lurker can test these on stored objects without a request.
    set beresp.http.X-Url = bereq.url;
    set beresp.http.X-Host = bereq.http.host;

    if (beresp.http.Set-Cookie || beresp.http.Cache-Control ~ "(private|no-store|no-cache)") {
        # Remember for two minutes that this URL is not cacheable, so requests for it do not queue up.
        set beresp.uncacheable = true;
        set beresp.ttl = 120s;
        return (deliver);
    }
    if (beresp.status >= 500) {
        set beresp.uncacheable = true;
        set beresp.ttl = 0s;
        return (deliver);
    }
    if (!beresp.http.Cache-Control) {
        # A publish purges what it changes; the time-to-live only bounds changes made outside Wagtail.
        set beresp.ttl = 10m;
    }
    set beresp.grace = 30s;
    return (deliver);
}

sub vcl_deliver {
    unset resp.http.X-Url;
    unset resp.http.X-Host;
    if (obj.hits > 0) {
        set resp.http.X-Cache = "HIT";
    } else {
        set resp.http.X-Cache = "MISS";
    }
}
