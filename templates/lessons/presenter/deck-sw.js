/*
 * Halt Leerlijn: the presenting pages without a network (served by lessons/offline.py).
 *
 * Registered by presenter.js with the scope of one deck (/leerlijn/<thema>/<les>/presenteren/): the audience
 * window and the presenter view, nothing else of the site. Only Halt-medewerkers get those pages, so nothing an
 * anonymous visitor sees is ever stored here. The page tells the worker what it is made of (itself, its styles,
 * scripts and images) once it has loaded; a reload without a network then comes from this cache.
 *
 * - The deck pages: network first, so a changed lesson or an ended session (a redirect to the login, which is never
 *   stored and removes the stored copy) counts whenever there is a network; the stored copy when there is none, or
 *   when the school's network does not answer within a few seconds.
 * - Styles, scripts, images: from the cache first, refreshed in the background.
 * - Logging out clears it all (Clear-Site-Data on /uitloggen/).
 */
"use strict";

var CACHE = "halt-presenteren-v1";
var NETWORK_PATIENCE = 4000; // ms before a stored deck is shown instead of waiting on a slow network

function storable(response) {
    return response && response.ok && response.type === "basic" && !response.redirected;
}

function keep(request, response) {
    if (!storable(response)) {
        return Promise.resolve();
    }
    var copy = response.clone();
    return caches.open(CACHE).then(function (cache) {
        return cache.put(request, copy);
    });
}

function offlinePage() {
    var html = '<!DOCTYPE html><html lang="nl"><meta charset="utf-8"><title>Geen verbinding | Halt Leerlijn</title>' +
        "<h1>Geen verbinding</h1><p>Deze presentatie is op dit apparaat nog niet zonder internet geopend. " +
        "Open hem één keer met internet; daarna werkt hij ook zonder.</p></html>";
    return new Response(html, { status: 503, headers: { "Content-Type": "text/html; charset=utf-8" } });
}

function networkFirst(event) {
    var request = event.request;
    var network = fetch(request).then(function (response) {
        if (storable(response)) {
            event.waitUntil(keep(request, response));
        } else if (response.redirected || response.status >= 300) {
            // e.g. the session ended: the login answers, and the stored deck must not outlive the session
            event.waitUntil(caches.open(CACHE).then(function (cache) { return cache.delete(request); }));
        }
        return response;
    });
    var stored = caches.match(request);
    var patience = new Promise(function (resolve) {
        setTimeout(resolve, NETWORK_PATIENCE);
    }).then(function () {
        return stored;
    });
    return Promise.race([network, patience]).then(function (response) {
        return response || network;
    }).catch(function () {
        return stored.then(function (response) {
            return response || offlinePage();
        });
    });
}

function cacheFirst(event) {
    var request = event.request;
    return caches.match(request).then(function (stored) {
        var network = fetch(request).then(function (response) {
            event.waitUntil(keep(request, response));
            return response;
        });
        if (stored) {
            network.catch(function () {}); // offline: the stored copy serves
            return stored;
        }
        return network;
    });
}

self.addEventListener("install", function () {
    self.skipWaiting();
});

self.addEventListener("activate", function (event) {
    event.waitUntil(self.clients.claim());
});

self.addEventListener("fetch", function (event) {
    var request = event.request;
    var url = new URL(request.url);
    if (request.method !== "GET" || url.origin !== self.location.origin || request.headers.has("range")) {
        return; // video is streamed in ranges: the browser handles it
    }
    if (request.mode === "navigate") {
        if (url.href.indexOf(self.registration.scope) === 0) {
            event.respondWith(networkFirst(event));
        }
        return;
    }
    event.respondWith(cacheFirst(event));
});

// The page, once loaded: {type: "keep", urls: [its own address, its styles, scripts, images]}.
self.addEventListener("message", function (event) {
    var data = event.data || {};
    if (data.type !== "keep" || !Array.isArray(data.urls)) {
        return;
    }
    var own = data.urls.filter(function (address) {
        return new URL(address, self.location.href).origin === self.location.origin;
    });
    event.waitUntil(
        caches.open(CACHE).then(function (cache) {
            return Promise.all(own.map(function (address) {
                return fetch(address, { credentials: "same-origin" }).then(function (response) {
                    return storable(response) ? cache.put(address, response) : null;
                }).catch(function () {});
            }));
        }).then(function () {
            if (event.source) {
                event.source.postMessage({ type: "kept", count: own.length });
            }
        })
    );
});
