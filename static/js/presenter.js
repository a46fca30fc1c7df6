/*
 * Halt Leerlijn: preparing and presenting a lesson (for Halt-medewerkers).
 *
 * - Voorbereiden ([data-prepare]): the choices for the class (inzet, optional activities off) update the
 *   timeline, the total time, the materials and the links to Presenteren and the PDFs at once. Without
 *   JavaScript the form submits the same choices as GET parameters.
 * - Presenteren ([data-deck="audience"]): one slide at a time. → or space: next, ←: back, F: full screen,
 *   P: presenter view, Esc: leave, in full screen too (Chromium keeps Esc for itself there unless the page locks
 *   it with the Keyboard Lock API; elsewhere the browser's own Esc ends full screen, and that leaves as well).
 *   The current slide is kept in the address (#dia-3).
 * - Presentatorweergave ([data-deck="presenter"]): notes, next slide and the clock, in step with the
 *   audience window through a BroadcastChannel (or localStorage events where that is missing).
 *
 * Nothing is sent anywhere. Once loaded, the pages work without a network; a service worker (deck-sw.js, scoped
 * to this lesson's presenting pages) keeps them, their styles and scripts for a reload without a network.
 */
(function () {
    "use strict";

    function toArray(list) {
        return Array.prototype.slice.call(list);
    }

    function pad(number) {
        return (number < 10 ? "0" : "") + number;
    }

    function clockText(milliseconds) {
        var seconds = Math.max(0, Math.floor(milliseconds / 1000));
        var hours = Math.floor(seconds / 3600);
        var rest = pad(Math.floor((seconds % 3600) / 60)) + ":" + pad(seconds % 60);
        return hours ? hours + ":" + rest : rest;
    }

    /* Voorbereiden ------------------------------------------------------- */

    function initPrepare(root) {
        var form = root.querySelector("[data-choices]");
        if (!form) {
            return;
        }
        var rows = toArray(root.querySelectorAll("tr[data-activity]"));
        var total = root.querySelector("[data-total]");
        var fullNote = root.querySelector("[data-full-note]");
        var summary = root.querySelector("[data-summary]");
        var reactiveParts = toArray(root.querySelectorAll("[data-reactive]"));
        var fixedUseCode = form.getAttribute("data-fixed-use") || "";
        var carried = toArray(root.querySelectorAll("a[data-carry]"));
        var fixedUse = summary ? summary.getAttribute("data-use-label") : "";

        function chosenUse() {
            var radio = form.querySelector('input[name="inzet"]:checked');
            return radio ? radio.value : "";
        }

        function skipped() {
            return toArray(form.querySelectorAll('input[name="zonder"]:checked')).map(function (box) {
                return box.value;
            });
        }

        function query(use, off) {
            var parts = [];
            if (use) {
                parts.push("inzet=" + encodeURIComponent(use));
            }
            off.forEach(function (number) {
                parts.push("zonder=" + encodeURIComponent(number));
            });
            toArray(form.querySelectorAll("input[type=hidden][data-carry]")).forEach(function (input) {
                parts.push(encodeURIComponent(input.name) + "=" + encodeURIComponent(input.value));
            });
            return parts.length ? "?" + parts.join("&") : "";
        }

        function update() {
            var use = chosenUse();
            var off = skipped();
            var isReactive = (use || fixedUseCode) === "reactief";
            var clock = 0;
            var included = 0;
            rows.forEach(function (row) {
                var number = row.getAttribute("data-activity");
                var minutes = parseInt(row.getAttribute("data-minutes"), 10) || 0;
                // the editor's "sla over bij reactieve inzet" leaves an activity out of every reactive deck
                var isOff = off.indexOf(number) !== -1 || (isReactive && row.hasAttribute("data-reactive-skip"));
                var when = row.querySelector("[data-when]");
                row.classList.toggle("is-skipped", isOff);
                if (isOff) {
                    when.textContent = "overgeslagen";
                } else {
                    when.textContent = clock + "–" + (clock + minutes) + " min";
                    clock += minutes;
                    included += 1;
                }
                toArray(root.querySelectorAll('article[data-activity="' + number + '"]')).forEach(function (item) {
                    item.hidden = isOff;
                });
            });
            toArray(root.querySelectorAll("[data-activities]")).forEach(function (item) {
                item.hidden = !item.getAttribute("data-activities").split(" ").some(function (number) {
                    var row = root.querySelector('tr[data-activity="' + number + '"]');
                    return row && !row.classList.contains("is-skipped");
                });
            });
            total.textContent = String(clock);
            if (fullNote) {
                fullNote.hidden = String(clock) === fullNote.getAttribute("data-full-note");
            }
            reactiveParts.forEach(function (part) {
                part.hidden = !isReactive;
            });
            if (summary) {
                var label = use === "reactief" ? "Reactief" : use === "proactief" ? "Proactief" : fixedUse;
                var strong = document.createElement("strong");
                strong.textContent = clock + " minuten";
                summary.textContent = "";
                summary.appendChild(strong);
                summary.appendChild(document.createTextNode(" · " + (included + 1) + " dia's · " + label));
            }
            var search = query(use, off);
            carried.forEach(function (link) {
                link.href = link.href.split("?")[0] + search;
            });
            if (window.history && window.history.replaceState) {
                window.history.replaceState(null, "", window.location.pathname + search);
            }
        }

        form.addEventListener("change", update);
    }

    /* Messages between the audience window and the presenter view -------- */

    function makeBus(name, id, receive) {
        if ("BroadcastChannel" in window) {
            var channel = new BroadcastChannel(name);
            channel.onmessage = function (event) {
                if (event.data && event.data.from !== id) {
                    receive(event.data);
                }
            };
            return {
                send: function (message) {
                    message.from = id;
                    channel.postMessage(message);
                }
            };
        }
        window.addEventListener("storage", function (event) {
            if (event.key !== name || !event.newValue) {
                return;
            }
            try {
                var message = JSON.parse(event.newValue);
                if (message.from !== id) {
                    receive(message);
                }
            } catch (error) {
                // not one of ours
            }
        });
        return {
            send: function (message) {
                message.from = id;
                message.nonce = Date.now() + Math.random();
                try {
                    window.localStorage.setItem(name, JSON.stringify(message));
                } catch (error) {
                    // storage unavailable: the windows simply do not follow each other
                }
            }
        };
    }

    /* Slides: text as large as fits, from 125% down to 50% of the base size */

    var FIT_MAX = 1.25;
    var FIT_MIN = 0.5;

    function fit(slide) {
        var inner = slide && !slide.hidden ? slide.querySelector(".slide__inner") : null;
        if (!inner) {
            return;
        }
        var scale = FIT_MAX;
        inner.style.setProperty("--fit", String(scale));
        while (inner.scrollHeight > inner.clientHeight + 1 && scale > FIT_MIN) {
            scale -= 0.05;
            inner.style.setProperty("--fit", scale.toFixed(2));
        }
    }

    /* Presenteren and the presenter view --------------------------------- */

    function initDeck(root) {
        var isAudience = root.getAttribute("data-deck") === "audience";
        var slides = toArray(root.querySelectorAll(isAudience ? ".deck__stage [data-slide]" : ".pv__now [data-slide]"));
        var notes = toArray(root.querySelectorAll("[data-note]"));
        var nexts = toArray(root.querySelectorAll("[data-next]"));
        var nextEnd = root.querySelector("[data-next-end]");
        var current = root.querySelector("[data-current]");
        var progress = root.querySelector("[data-progress]");
        var fullscreenButton = root.querySelector('[data-action="fullscreen"]');
        var elapsed = root.querySelector("[data-elapsed]");
        var planned = root.querySelector("[data-planned]");
        var slideClock = root.querySelector("[data-slide-clock]");
        var slidePlanned = root.querySelector("[data-slide-planned]");
        var over = root.querySelector("[data-over]");
        var total = slides.length;
        var id = Math.random().toString(36).slice(2);

        if (!total) {
            return;
        }

        function clamp(index) {
            return Math.min(Math.max(0, index), total - 1);
        }

        function indexFromHash() {
            var match = /^#dia-(\d+)$/.exec(window.location.hash);
            return match ? clamp(parseInt(match[1], 10) - 1) : 0;
        }

        // changedAt stays 0 until someone navigates: a fresh window then follows the other, not the other way.
        var state = {
            index: isAudience ? indexFromHash() : 0,
            startedAt: null,
            slideStartedAt: Date.now(),
            changedAt: 0
        };
        var bus = makeBus(root.getAttribute("data-channel"), id, receive);

        function receive(message) {
            if (message.total !== undefined && message.total !== total) {
                return; // another selection of the lesson
            }
            if (message.type === "hello") {
                bus.send({ type: "state", state: state, total: total, reply: true });
            } else if (message.type === "state") {
                if (message.reply && !message.state.changedAt) {
                    bus.send({ type: "state", state: state, total: total });
                } else {
                    adopt(message.state);
                }
            }
        }

        function adopt(other) {
            state = {
                index: clamp(other.index),
                startedAt: other.startedAt,
                slideStartedAt: other.slideStartedAt,
                changedAt: other.changedAt
            };
            render();
        }

        function go(index) {
            index = clamp(index);
            if (index === state.index) {
                return;
            }
            var now = Date.now();
            state.index = index;
            state.slideStartedAt = now;
            state.changedAt = now;
            if (index > 0 && !state.startedAt) {
                state.startedAt = now; // the lesson starts with the first activity
            }
            render();
            bus.send({ type: "state", state: state, total: total });
        }

        function restartClock() {
            var now = Date.now();
            state.startedAt = state.index > 0 ? now : null;
            state.slideStartedAt = now;
            state.changedAt = now;
            render();
            bus.send({ type: "state", state: state, total: total });
        }

        function show(list, index) {
            list.forEach(function (item, position) {
                item.hidden = position !== index;
            });
        }

        function tick() {
            if (!elapsed) {
                return;
            }
            var now = Date.now();
            var slide = slides[state.index];
            var minutes = parseInt(slide.getAttribute("data-minutes"), 10) || 0;
            var start = parseInt(slide.getAttribute("data-planned-start"), 10) || 0;
            var onSlide = now - state.slideStartedAt;
            var isOver = minutes > 0 && onSlide > minutes * 60000;
            elapsed.textContent = clockText(state.startedAt ? now - state.startedAt : 0);
            planned.textContent = String(start + minutes);
            slideClock.textContent = clockText(onSlide);
            slidePlanned.textContent = minutes ? "van " + minutes + ":00" : "";
            over.hidden = !isOver;
            root.classList.toggle("is-over", isOver);
        }

        function render() {
            var index = state.index;
            show(slides, index);
            current.textContent = String(index + 1);
            if (isAudience) {
                if (progress) {
                    progress.style.setProperty("--progress", ((index + 1) / total) * 100 + "%");
                }
                if (window.history && window.history.replaceState) {
                    window.history.replaceState(null, "", "#dia-" + (index + 1));
                }
            } else {
                show(notes, index);
                show(nexts, index + 1);
                if (nextEnd) {
                    nextEnd.hidden = index + 1 < total;
                }
                fit(nexts[index + 1]);
                tick();
            }
            fit(slides[index]);
        }

        var leavingFullscreen = false; // set while F or the button ends full screen: that is no reason to stop

        function toggleFullscreen() {
            var page = document.documentElement;
            if (document.fullscreenElement) {
                leavingFullscreen = true;
                document.exitFullscreen();
            } else if (page.requestFullscreen) {
                page.requestFullscreen().catch(function () {
                    // refused (e.g. not allowed here): the slides still fill the window
                });
            }
        }

        function openWindow(link) {
            var other = window.open(link.href, link.target, "popup,width=1200,height=800");
            if (other) {
                other.focus();
            } else {
                window.location.assign(link.href);
            }
        }

        function leave() {
            var exit = root.getAttribute("data-exit-url");
            if (exit) {
                window.location.assign(exit);
            }
        }

        document.addEventListener("keydown", function (event) {
            if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey) {
                return;
            }
            var target = event.target;
            var tag = target && target.tagName ? target.tagName : "";
            if (/^(INPUT|TEXTAREA|SELECT|VIDEO|AUDIO)$/.test(tag) || (target && target.isContentEditable)) {
                return; // keys belong to the form field or the video player
            }
            switch (event.key) {
                case "ArrowRight":
                case "Right":
                case "PageDown":
                    go(state.index + 1);
                    break;
                case " ":
                case "Spacebar":
                    if (/^(BUTTON|SUMMARY)$/.test(tag)) {
                        return; // space activates the focused button
                    }
                    go(state.index + (event.shiftKey ? -1 : 1));
                    break;
                case "ArrowLeft":
                case "Left":
                case "PageUp":
                    go(state.index - 1);
                    break;
                case "Home":
                    go(0);
                    break;
                case "End":
                    go(total - 1);
                    break;
                case "f":
                case "F":
                    if (!isAudience) {
                        return;
                    }
                    toggleFullscreen();
                    break;
                case "p":
                case "P":
                    var link = root.querySelector('a[data-open="presenter"]');
                    if (!link) {
                        return;
                    }
                    openWindow(link);
                    break;
                case "Escape":
                case "Esc":
                    if (!isAudience) {
                        return;
                    }
                    leave(); // a new page ends full screen by itself
                    break;
                default:
                    return;
            }
            event.preventDefault();
        });

        root.addEventListener("click", function (event) {
            var control = event.target.closest ? event.target.closest("[data-action], a[data-open]") : null;
            if (!control) {
                return;
            }
            if (control.hasAttribute("data-open")) {
                event.preventDefault();
                openWindow(control);
                return;
            }
            var action = control.getAttribute("data-action");
            if (action === "next") {
                go(state.index + 1);
            } else if (action === "prev") {
                go(state.index - 1);
            } else if (action === "fullscreen") {
                toggleFullscreen();
            } else if (action === "restart-clock") {
                restartClock();
            }
        });

        document.addEventListener("fullscreenchange", function () {
            if (document.fullscreenElement) {
                if (isAudience && navigator.keyboard && navigator.keyboard.lock) {
                    navigator.keyboard.lock(["Escape"]).catch(function () {
                        // not granted: the browser's Esc ends full screen, and the branch below leaves
                    });
                }
            } else if (isAudience && !leavingFullscreen) {
                leave(); // Esc taken by the browser (no keyboard lock): it still means stop
                return;
            }
            leavingFullscreen = false;
            if (fullscreenButton) {
                fullscreenButton.textContent = document.fullscreenElement ? "Volledig scherm uit" : "Volledig scherm";
            }
            fit(slides[state.index]);
        });

        var resizeTimer = null;
        window.addEventListener("resize", function () {
            window.clearTimeout(resizeTimer);
            resizeTimer = window.setTimeout(function () {
                fit(slides[state.index]);
                fit(nexts[state.index + 1]);
            }, 100);
        });

        root.classList.add("is-live");
        render();
        if (elapsed) {
            window.setInterval(tick, 1000);
        }
        if (!root.contains(document.activeElement) || document.activeElement === document.body) {
            root.focus({ preventScroll: true });
        }
        bus.send({ type: "hello", total: total });
    }

    /* Without a network: the service worker of this deck's presenting pages (deck-sw.js) ------------ */

    function keepOffline() {
        var worker = document.querySelector('meta[name="halt-offline-worker"]');
        var scope = /^.*?\/presenteren\//.exec(window.location.pathname);
        if (!worker || !scope || !("serviceWorker" in navigator)) {
            return;
        }
        navigator.serviceWorker.addEventListener("message", function (event) {
            if (event.data && event.data.type === "kept") {
                document.documentElement.setAttribute("data-offline-ready", "");
            }
        });
        navigator.serviceWorker
            .register(worker.getAttribute("content"), { scope: scope[0] })
            .then(function () {
                return navigator.serviceWorker.ready;
            })
            .then(function (registration) {
                var urls = [window.location.href.split("#")[0]];
                var parts = document.querySelectorAll(
                    'link[rel~="stylesheet"], link[rel~="icon"], script[src], img[src], track[src]'
                );
                toArray(parts).forEach(function (part) {
                    urls.push(part.href || part.src);
                });
                registration.active.postMessage({ type: "keep", urls: urls });
            })
            .catch(function () {
                // no service worker here (private window, old browser): the loaded page still works
            });
    }

    function init() {
        var decks = toArray(document.querySelectorAll("[data-deck]"));
        toArray(document.querySelectorAll("[data-prepare]")).forEach(initPrepare);
        decks.forEach(initDeck);
        if (decks.length) {
            keepOffline();
        }
    }

    if (document.readyState === "loading") {
        document.addEventListener("DOMContentLoaded", init);
    } else {
        init();
    }
})();
