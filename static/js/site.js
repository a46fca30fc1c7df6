/*
 * Halt Leerlijn: progressive enhancement only.
 *
 * Search suggestions for every input[data-autocomplete] (ARIA 1.2 combobox
 * with a listbox popup). Without JavaScript the search form submits as usual.
 * Requests go only to the same-origin URL in data-autocomplete; nothing is
 * stored and nothing is sent anywhere else.
 */
(function () {
    "use strict";

    var MIN_CHARS = 2;
    var DEBOUNCE_MS = 200;
    var instanceCount = 0;

    if (!("fetch" in window) || !document.querySelectorAll) {
        return;
    }

    function sameOriginUrl(href) {
        try {
            var url = new URL(href, window.location.href);
            return url.origin === window.location.origin ? url : null;
        } catch (e) {
            return null;
        }
    }

    function suggestionText(count) {
        if (count === 0) {
            return "Geen suggesties.";
        }
        return count === 1
            ? "1 suggestie. Gebruik de pijltjestoetsen om te kiezen."
            : count + " suggesties. Gebruik de pijltjestoetsen om te kiezen.";
    }

    function Autocomplete(input) {
        var endpoint = sameOriginUrl(input.getAttribute("data-autocomplete"));
        if (!endpoint) {
            return;
        }
        instanceCount += 1;
        var id = input.id || "autocomplete-input-" + instanceCount;
        input.id = id;

        this.input = input;
        this.endpoint = endpoint;
        this.results = [];
        this.activeIndex = -1;
        this.timer = null;
        this.controller = null;
        this.lastQuery = "";

        var host = input.parentNode;
        host.classList.add("has-autocomplete");

        var listbox = document.createElement("ul");
        listbox.id = id + "-suggesties";
        listbox.className = "autocomplete";
        listbox.setAttribute("role", "listbox");
        listbox.setAttribute("aria-label", "Suggesties");
        listbox.hidden = true;
        input.insertAdjacentElement("afterend", listbox);
        this.listbox = listbox;

        var status = document.createElement("div");
        status.className = "visually-hidden";
        status.setAttribute("role", "status");
        status.setAttribute("aria-live", "polite");
        host.appendChild(status);
        this.status = status;

        input.setAttribute("role", "combobox");
        input.setAttribute("aria-autocomplete", "list");
        input.setAttribute("aria-expanded", "false");
        input.setAttribute("aria-controls", listbox.id);
        input.setAttribute("autocomplete", "off");

        input.addEventListener("input", this.onInput.bind(this));
        input.addEventListener("keydown", this.onKeydown.bind(this));
        input.addEventListener("blur", this.onBlur.bind(this));
        input.addEventListener("focus", this.onFocus.bind(this));
        // mousedown (not click) so the choice is made before the input blurs.
        listbox.addEventListener("mousedown", this.onPointer.bind(this));
    }

    Autocomplete.prototype.onInput = function () {
        var self = this;
        window.clearTimeout(this.timer);
        var query = this.input.value.trim();
        if (query.length < MIN_CHARS) {
            this.abort();
            this.results = [];
            this.close();
            return;
        }
        this.timer = window.setTimeout(function () {
            self.load(query);
        }, DEBOUNCE_MS);
    };

    Autocomplete.prototype.abort = function () {
        if (this.controller) {
            this.controller.abort();
            this.controller = null;
        }
    };

    Autocomplete.prototype.load = function (query) {
        var self = this;
        this.abort();
        var controller = "AbortController" in window ? new AbortController() : null;
        this.controller = controller;
        var url = new URL(this.endpoint.href);
        url.searchParams.set("q", query);
        fetch(url.href, {
            headers: { Accept: "application/json" },
            credentials: "same-origin",
            signal: controller ? controller.signal : undefined
        })
            .then(function (response) {
                if (!response.ok) {
                    throw new Error("HTTP " + response.status);
                }
                return response.json();
            })
            .then(function (data) {
                if (self.input.value.trim() !== query) {
                    return; // the user typed on; a newer request follows
                }
                var items = (data && Array.isArray(data.results) ? data.results : [])
                    .filter(function (item) {
                        return item && typeof item.title === "string" && typeof item.url === "string" && sameOriginUrl(item.url);
                    });
                self.lastQuery = query;
                self.render(items);
            })
            .catch(function () {
                // Network error or aborted: the plain form still works.
            });
    };

    Autocomplete.prototype.render = function (items) {
        var listbox = this.listbox;
        var inputId = this.input.id;
        this.results = items;
        this.activeIndex = -1;
        this.input.removeAttribute("aria-activedescendant");
        while (listbox.firstChild) {
            listbox.removeChild(listbox.firstChild);
        }
        items.forEach(function (item, index) {
            var option = document.createElement("li");
            option.id = inputId + "-optie-" + index;
            option.className = "autocomplete__option";
            option.setAttribute("role", "option");
            option.setAttribute("aria-selected", "false");
            option.setAttribute("data-index", String(index));
            option.textContent = item.title;
            listbox.appendChild(option);
        });
        this.status.textContent = suggestionText(items.length);
        if (items.length) {
            this.open();
        } else {
            this.close();
        }
    };

    Autocomplete.prototype.open = function () {
        if (!this.results.length) {
            return;
        }
        this.listbox.hidden = false;
        this.input.setAttribute("aria-expanded", "true");
    };

    Autocomplete.prototype.close = function () {
        this.listbox.hidden = true;
        this.input.setAttribute("aria-expanded", "false");
        this.input.removeAttribute("aria-activedescendant");
        this.setActive(-1);
    };

    Autocomplete.prototype.isOpen = function () {
        return !this.listbox.hidden;
    };

    Autocomplete.prototype.setActive = function (index) {
        var options = this.listbox.querySelectorAll("[role=option]");
        this.activeIndex = index;
        for (var i = 0; i < options.length; i += 1) {
            options[i].setAttribute("aria-selected", i === index ? "true" : "false");
        }
        if (index >= 0 && options[index]) {
            this.input.setAttribute("aria-activedescendant", options[index].id);
            if (options[index].scrollIntoView) {
                options[index].scrollIntoView({ block: "nearest" });
            }
        } else {
            this.input.removeAttribute("aria-activedescendant");
        }
    };

    Autocomplete.prototype.go = function (index) {
        var item = this.results[index];
        var url = item && sameOriginUrl(item.url);
        if (url) {
            this.close();
            window.location.assign(url.href);
        }
    };

    // The arrow keys open the list (Alt+Down opens it without choosing), or move through it, wrapping at both ends:
    // the ARIA combobox pattern.
    Autocomplete.prototype.move = function (event, step) {
        var count = this.results.length;
        if (!count) {
            return;
        }
        event.preventDefault();
        if (!this.isOpen()) {
            this.open();
            this.setActive(step < 0 ? count - 1 : event.altKey ? -1 : 0);
        } else if (step < 0 || !event.altKey) {
            var from = this.activeIndex < 0 && step < 0 ? 0 : this.activeIndex;
            this.setActive((from + step + count) % count);
        }
    };

    Autocomplete.prototype.onKeydown = function (event) {
        switch (event.key) {
            case "ArrowDown":
            case "Down":
                this.move(event, 1);
                break;
            case "ArrowUp":
            case "Up":
                this.move(event, -1);
                break;
            case "Enter":
                if (this.isOpen() && this.activeIndex >= 0) {
                    event.preventDefault();
                    this.go(this.activeIndex);
                }
                // otherwise the form submits to the search page as usual
                break;
            case "Escape":
            case "Esc":
                // First Escape closes the list; a second one lets the
                // search field clear itself as browsers do natively.
                if (this.isOpen()) {
                    event.preventDefault();
                    this.close();
                }
                break;
            case "Tab":
                this.close();
                break;
            default:
                break;
        }
    };

    Autocomplete.prototype.onPointer = function (event) {
        var option = event.target.closest ? event.target.closest("[role=option]") : null;
        if (!option) {
            return;
        }
        event.preventDefault();
        this.go(Number(option.getAttribute("data-index")));
    };

    Autocomplete.prototype.onBlur = function () {
        this.close();
    };

    Autocomplete.prototype.onFocus = function () {
        // Show earlier suggestions again if the text has not changed.
        if (this.results.length && this.input.value.trim() === this.lastQuery) {
            this.open();
        }
    };

    function init() {
        var inputs = document.querySelectorAll("input[data-autocomplete]");
        for (var i = 0; i < inputs.length; i += 1) {
            if (!inputs[i].hasAttribute("data-autocomplete-ready")) {
                inputs[i].setAttribute("data-autocomplete-ready", "");
                new Autocomplete(inputs[i]);
            }
        }
    }

    if (document.readyState === "loading") {
        document.addEventListener("DOMContentLoaded", init);
    } else {
        init();
    }
})();
