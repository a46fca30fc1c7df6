"""Demo data: help resources (hulplijnen) that lessons, safe-delivery notes and parent guides point to.

Each entry: slug (referenced from "signposting" and "help" in the catalogue), name, phone ("" when the organisation
is reached online only), url, when (B1 Dutch: when to contact them) and order.
"""

from __future__ import annotations

HELP_RESOURCES = [
    {
        "slug": "veilig-thuis",
        "name": "Veilig Thuis",
        "phone": "0800-2000",
        "url": "https://www.veiligthuis.nl",
        "when": (
            "Bel Veilig Thuis als u zich zorgen maakt over huiselijk geweld of kindermishandeling. U kunt ook "
            "eerst om advies vragen; bellen is gratis en kan dag en nacht."
        ),
        "order": 10,
    },
    {
        "slug": "helpwanted",
        "name": "Helpwanted",
        "phone": "",
        "url": "https://www.helpwanted.nl",
        "when": (
            "Ga naar Helpwanted als er online iets seksueels is gebeurd dat niet goed voelt. Bijvoorbeeld als een "
            "naaktfoto van jou is gedeeld of als iemand je onder druk zet."
        ),
        "order": 20,
    },
    {
        "slug": "meld-misdaad-anoniem",
        "name": "Meld Misdaad Anoniem",
        "phone": "0800-7000",
        "url": "https://www.meldmisdaadanoniem.nl",
        "when": (
            "Weet u iets over een misdrijf, maar wilt u niet dat iemand weet dat het van u komt? Meld het dan "
            "anoniem bij Meld Misdaad Anoniem."
        ),
        "order": 30,
    },
    {
        "slug": "fier",
        "name": "Fier",
        "phone": "",
        "url": "https://www.fier.nl",
        "when": (
            "Fier helpt bij geweld in afhankelijkheidsrelaties, zoals huiselijk geweld, seksueel geweld, loverboys "
            "en uitbuiting. Op de website lees je hoe je contact opneemt, ook via de chat."
        ),
        "order": 40,
    },
    {
        "slug": "113-zelfmoordpreventie",
        "name": "113 Zelfmoordpreventie",
        "phone": "113 of 0800-0113",
        "url": "https://www.113.nl",
        "when": (
            "Denk je aan zelfmoord, of maak je je zorgen om iemand anders? Praat erover met 113: bellen of chatten "
            "kan dag en nacht, anoniem."
        ),
        "order": 50,
    },
    {
        "slug": "slachtofferhulp",
        "name": "Slachtofferhulp Nederland",
        "phone": "0900-0101",
        "url": "https://www.slachtofferhulp.nl",
        "when": (
            "Ben je slachtoffer of getuige van een misdrijf, geweld of een ongeluk? Slachtofferhulp Nederland "
            "helpt je gratis, ook als je geen aangifte hebt gedaan."
        ),
        "order": 60,
    },
    {
        "slug": "kindertelefoon",
        "name": "De Kindertelefoon",
        "phone": "0800-0432",
        "url": "https://www.kindertelefoon.nl",
        "when": (
            "Wil je met iemand praten over iets wat je dwarszit? Bel of chat gratis en anoniem met de "
            "Kindertelefoon, voor kinderen en jongeren tot 18 jaar."
        ),
        "order": 70,
    },
    {
        "slug": "opvoedinformatie",
        "name": "Opvoedinformatie Nederland",
        "phone": "",
        "url": "https://www.opvoedinformatie.nl",
        "when": (
            "Heeft u een vraag over opvoeden of over het gedrag van uw kind? Op deze website vindt u betrouwbare "
            "informatie en tips over opvoeden en opgroeien."
        ),
        "order": 80,
    },
    {
        "slug": "fraudehelpdesk",
        "name": "Fraudehelpdesk",
        "phone": "088-786 73 72",
        "url": "https://www.fraudehelpdesk.nl",
        "when": (
            "Bent u opgelicht, of twijfelt u of een bericht of aanbod echt is? De Fraudehelpdesk geeft advies en "
            "helpt u verder."
        ),
        "order": 90,
    },
    {
        "slug": "politie",
        "name": "Politie",
        "phone": "0900-8844",
        "url": "https://www.politie.nl",
        "when": (
            "Bel 112 bij spoed, als er direct gevaar is. Wilt u aangifte doen of iets melden zonder spoed? Bel dan "
            "0900-8844 of ga naar politie.nl."
        ),
        "order": 100,
    },
    {
        "slug": "discriminatie-meldpunt",
        "name": "Discriminatie.nl",
        "phone": "",
        "url": "https://www.discriminatie.nl",
        "when": (
            "Ben je gediscrimineerd of heb je discriminatie gezien, bijvoorbeeld op school, op het sportveld of "
            "online? Meld het via discriminatie.nl. Een antidiscriminatievoorziening bij jou in de buurt helpt je "
            "verder."
        ),
        "order": 110,
    },
]
