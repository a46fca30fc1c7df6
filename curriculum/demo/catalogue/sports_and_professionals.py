"""Demo catalogue: sportverenigingen (Sport en gedrag) and the offer for professionals.

Three themes from the brochure "Halt als partner" (2026):

- Sport en gedrag: the voorlichting, interventie, traject and the two NJi-erkende trainingen for sportverenigingen;
- Ondermijning: the parent guide and the voorlichting for onderwijsgevend en onderwijsondersteunend personeel;
- Herstelgericht werken: the Training Herstelcirkel for professionals.

Plain data in Dutch, following curriculum/demo/SCHEMA.md. All situations are fictional and anonymous.
"""

from __future__ import annotations

# ---------------------------------------------------------------------------
# Sport en gedrag
# ---------------------------------------------------------------------------

SPORTIVITEIT_EN_RESPECT = {
    "title": "Sportiviteit en Respect",
    "slug": "sportiviteit-en-respect",
    "offer_type": "voorlichting",
    "age_bands": ["vo-onderbouw", "vo-bovenbouw"],
    "use": "proactief",
    "settings": ["sportvereniging"],
    "duration": 60,
    "group_size": "Eén team, tot 20 spelers, met de trainer of teamleider erbij",
    "central_question": "Wat maakt iemand een sportieve winnaar, en een sportieve verliezer?",
    "summary": (
        "Een voorlichting op teamniveau over sportief en respectvol gedrag op en rond het veld: tegenover "
        "tegenstanders, de scheidsrechter, teamgenoten en het publiek. Het team onderzoekt waar de grens ligt, "
        "bespreekt een lastig moment in een wedstrijd en sluit af met eigen teamafspraken die de trainer "
        "daarna levend houdt."
    ),
    "goals": {
        "kennis": (
            "Leerlingen weten wat sportief en respectvol gedrag op en rond het veld is en welke gevolgen "
            "onsportief gedrag kan hebben: een kaart, een schorsing door de tuchtcommissie, en schade voor het "
            "team, de tegenstander en de scheidsrechter."
        ),
        "bewustwording": (
            "Leerlingen zien hoe hun eigen gedrag en de druk van de groep ('pak hem terug!') bepalen hoe een "
            "wedstrijd verloopt."
        ),
        "handelingsperspectief": (
            "Leerlingen maken samen concrete teamafspraken en weten wat ze kunnen doen als de emoties in een "
            "wedstrijd hoog oplopen."
        ),
    },
    "content_guidance": [],
    "activities": [
        {
            "kind": "activity",
            "title": "Opening: sportief is ...",
            "minutes": 10,
            "goal": "kennis",
            "pupil_content": (
                "Maak de zin af: 'Sportief is ...'. Denk aan wat je doet op het veld, in de kleedkamer en langs "
                "de lijn."
            ),
            "instructions": (
                "Stel jezelf voor en vertel dat je er niet bent omdat het team iets fout heeft gedaan: dit is een "
                "gesprek, geen straf. Iedere speler schrijft één of twee antwoorden op een post-it. Plak ze in drie "
                "vakken op de flap: veld, kleedkamer, langs de lijn. Lees een paar antwoorden hardop voor."
            ),
            "presenter_notes": (
                "Vraag de trainer vooraf of er iets speelt in het team, maar noem in de les geen incidenten of "
                "namen. Teams reageren afwerend als ze zich op het matje geroepen voelen; begin daarom bij wat "
                "goed gaat."
            ),
            "materials": ["Post-its en stiften", "Flap-over of whiteboard in de kantine"],
            "optional": False,
        },
        {
            "kind": "quiz",
            "title": "Check: wat zegt de regel?",
            "minutes": 10,
            "goal": "kennis",
            "questions": [
                {
                    "question": (
                        "Je krijgt een rode kaart omdat je een tegenstander na het fluitsignaal een duw geeft. "
                        "Wat kan er daarna gebeuren?"
                    ),
                    "answers": [
                        "Niets, de wedstrijd is toch al afgelopen.",
                        "De tuchtcommissie van de sportbond kan je schorsen voor een of meer wedstrijden.",
                        "Alleen je eigen trainer beslist of je volgende week mag spelen.",
                    ],
                    "correct": 1,
                    "explanation": (
                        "De scheidsrechter meldt een rode kaart bij de bond. De tuchtcommissie bepaalt de straf, "
                        "bijvoorbeeld een schorsing. Soms hoort daar een training bij, zoals Sport en Gedrag."
                    ),
                },
                {
                    "question": (
                        "Een ouder langs de lijn scheldt de scheidsrechter uit. Heeft het team daar iets mee te maken?"
                    ),
                    "answers": [
                        "Nee, dat is alleen het probleem van die ouder.",
                        "Ja, de sfeer rond het veld hoort bij de club en kan gevolgen hebben voor het team.",
                        "Alleen als de scheidsrechter de wedstrijd stillegt.",
                    ],
                    "correct": 1,
                    "explanation": (
                        "Een vereniging is verantwoordelijk voor wat er rond haar velden gebeurt. Spelers, "
                        "trainers en publiek bepalen samen de sfeer. Een speler kan een ouder ook vragen om te "
                        "stoppen, of de aanvoerder of trainer inschakelen."
                    ),
                },
                {
                    "question": "Wie fluit de meeste wedstrijden in de jeugd van amateurclubs?",
                    "answers": [
                        "Betaalde scheidsrechters van de bond.",
                        "Vaak vrijwilligers, soms zelfs jeugdleden van de club zelf.",
                        "Trainers van het thuisteam, altijd.",
                    ],
                    "correct": 1,
                    "explanation": (
                        "Zonder vrijwilligers is er geen wedstrijd. Veel scheidsrechters stoppen omdat ze worden "
                        "uitgescholden. Dat raakt uiteindelijk ook jouw eigen team."
                    ),
                },
            ],
            "presenter_notes": (
                "Laat spelers eerst met hun hand kiezen (1, 2 of 3 vingers) en vraag daarna door. Bij de tweede "
                "vraag ontstaat vaak discussie: sta stil bij wat een speler zelf kan doen."
            ),
            "optional": False,
        },
        {
            "kind": "dilemma",
            "title": "Wat doe jij in de 85e minuut?",
            "minutes": 15,
            "goal": "bewustwording",
            "situation": (
                "Het staat 1-1 in de 85e minuut. Een tegenstander gaat hard in op je beste vriend, die blijft "
                "liggen. De scheidsrechter fluit niet. Vanaf de bank roepen teamgenoten dat je 'hem terug moet "
                "pakken'. Jij staat het dichtst bij de tegenstander."
            ),
            "options": [
                "Je geeft hem bij de volgende actie een trap terug.",
                "Je rent naar de scheidsrechter en roept dat hij blind is.",
                "Je helpt je vriend overeind en vraagt de aanvoerder om rustig met de scheidsrechter te praten.",
                "Je zegt niets en speelt door, maar je blijft de hele wedstrijd boos.",
            ],
            "discussion_questions": [
                "Welke keuze voelt op dat moment het sterkst? Waarom?",
                "Wie krijgt de rode kaart: jij, of de spelers die roepen dat je hem moet terugpakken?",
                "Wat betekent een schorsing van jou voor de rest van het team?",
                "Wie in het team helpt jou om rustig te blijven als het heet wordt?",
            ],
            "presenter_notes": (
                "Spelers kiezen vaak eerlijk voor 'terugpakken'. Keur dat niet af, maar vraag door naar de "
                "gevolgen. Benoem de groepsdruk van de bank: de roepers lopen zelf geen risico. Optie 3 is geen "
                "'braaf' antwoord; laat zien dat het lef vraagt."
            ),
            "optional": False,
        },
        {
            "kind": "socratic",
            "title": "Gesprek: wat is respect op het veld?",
            "minutes": 10,
            "goal": "bewustwording",
            "opening_question": "Wanneer voelde jij je echt gerespecteerd door een tegenstander?",
            "follow_up_questions": [
                "Wat deed die tegenstander precies?",
                "Kun je een wedstrijd winnen en toch respect verliezen?",
                "Sommigen zeggen: 'Een beetje schelden hoort erbij.' Voor wie klopt dat, en voor wie niet?",
                "Wat zou een tegenstander over ons team zeggen na de wedstrijd?",
            ],
            "presenter_notes": (
                "Stel open vragen en geef geen eigen oordeel; vat samen wat je hoort. Als een speler iets "
                "vervelends heeft meegemaakt (bijvoorbeeld discriminatie), erken dat en bespreek het na de les "
                "apart, niet voor de groep."
            ),
            "optional": False,
        },
        {
            "kind": "activity",
            "title": "Onze teamcode",
            "minutes": 15,
            "goal": "handelingsperspectief",
            "pupil_content": (
                "Maak drie afspraken voor ons team: één voor op het veld, één voor in de kleedkamer en één voor in "
                "de groepsapp. Begin elke afspraak met 'Wij ...'."
            ),
            "instructions": (
                "Verdeel het team in groepjes van vier. Elk groepje bedenkt per plek één afspraak. Kies samen de "
                "beste drie, plus één 'afkoelsignaal': wat zeggen of doen we als een teamgenoot boos wordt? De "
                "trainer schrijft de teamcode op en hangt hem in de kleedkamer."
            ),
            "presenter_notes": (
                "Goede afspraken beschrijven gedrag: niet 'we hebben respect', maar 'we geven na de wedstrijd "
                "iedereen een hand, ook de scheidsrechter'. Vraag de trainer om als eerste te tekenen: hij of zij "
                "is ook een voorbeeld."
            ),
            "materials": ["Groot vel papier voor de teamcode", "Stiften"],
            "optional": False,
        },
    ],
    "follow_up": [
        {
            "title": "De teamcode levend houden",
            "text": (
                "Hang de teamcode op in de kleedkamer en sta er na elke wedstrijd twee minuten bij stil: welke "
                "afspraak ging goed, welke was lastig? Laat de aanvoerder dit gesprek leiden. Zo blijft de code "
                "van het team en niet van de trainer."
            ),
        },
        {
            "title": "Ouders langs de lijn betrekken",
            "text": (
                "Deel de teamcode met de ouders, bijvoorbeeld in de ouderapp van het team. Ouders langs de lijn "
                "zijn een voorbeeld. De vereniging kan ook een ouderbijeenkomst van Halt aanvragen, bijvoorbeeld "
                "over Tolerantie en respect."
            ),
        },
        {
            "title": "Als het toch misgaat",
            "text": (
                "Gaat een team of een groep spelers toch over de grens, neem dan contact op met Halt over de "
                "interventie Controle is Winnen of het traject Herstel en Bemiddeling. Bij zorgen over een speler "
                "kunt u ook de vertrouwenscontactpersoon van de vereniging inschakelen."
            ),
        },
    ],
    "safe_delivery": None,
}

CONTROLE_IS_WINNEN = {
    "title": "Controle is Winnen",
    "slug": "controle-is-winnen",
    "offer_type": "interventie",
    "age_bands": ["vo-onderbouw", "vo-bovenbouw", "mbo"],
    "use": "reactief",
    "settings": ["sportvereniging"],
    "duration": 90,
    "group_size": (
        "Eén team of een groep spelers binnen een team, 6 tot 20 spelers; de trainer is aanwezig, een "
        "bestuurslid sluit aan bij de start en het slot"
    ),
    "central_question": "Wie heeft de controle over jouw gedrag: jij, je boosheid of de groep?",
    "summary": (
        "Een interventie voor teams of groepen binnen een team die over de grens zijn gegaan, bijvoorbeeld "
        "met herhaald schelden, een opstootje of intimidatie van een scheidsrechter. Het team kijkt terug op "
        "wat er gebeurde, ontdekt waar de ketting van gebeurtenissen had kunnen breken en maakt afspraken. De "
        "boodschap: wie controle houdt over zichzelf, wint."
    ),
    "goals": {
        "kennis": (
            "Leerlingen weten waar de grens ligt tussen fel spelen, onsportief gedrag en strafbaar gedrag, en "
            "kennen de gevolgen daarvan via de sportbond en soms via de politie."
        ),
        "bewustwording": (
            "Leerlingen zien hoe boosheid en groepsdruk hun gedrag in een wedstrijd sturen en welke rol zij "
            "zelf hadden in wat er gebeurde."
        ),
        "handelingsperspectief": (
            "Leerlingen kennen hun eigen stopmoment, oefenen met afkoelen en maken met het team afspraken die de "
            "trainer en het bestuur na vier weken samen controleren."
        ),
    },
    "content_guidance": ["geweld"],
    "activities": [
        {
            "kind": "activity",
            "title": "Start: waarom we hier zijn",
            "minutes": 10,
            "goal": "kennis",
            "pupil_content": (
                "Vandaag kijken we terug, kijken we vooruit en maken we afspraken. Niemand wordt uitgelachen of "
                "aangewezen. Wat hier gezegd wordt, blijft hier."
            ),
            "instructions": (
                "Het bestuurslid vertelt kort en feitelijk waarom de club Halt heeft gevraagd, zonder namen. Jij "
                "legt uit wat Controle is Winnen is: geen extra straf, maar een kans om het als team beter te "
                "doen. Spreek samen de gespreksregels af en schrijf ze op."
            ),
            "presenter_notes": (
                "Spreek vooraf met trainer en bestuur af wat wel en niet over het incident wordt gezegd. Loopt er "
                "een tuchtzaak of een politiezaak, praat dan over gedrag en gevolgen, niet over bewijs of schuld."
            ),
            "materials": ["Flap-over met de gespreksregels"],
            "optional": False,
        },
        {
            "kind": "activity",
            "title": "Waar ligt de grens?",
            "minutes": 15,
            "goal": "kennis",
            "pupil_content": (
                "Kan dit? Zet elke kaart op de lijn: 'hoort bij de sport', 'kan echt niet' of 'strafbaar'. "
                "Voorbeelden: een tegenstander uitlachen na een gemiste penalty; een teamgenoot in de app 'kneus' "
                "noemen; de scheidsrechter een duw geven; dreigen dat je iemand 'na de wedstrijd wel pakt'."
            ),
            "instructions": (
                "Leg een touw op de grond met drie kaarten: 'hoort bij de sport', 'kan echt niet' en 'strafbaar'. "
                "Spelers leggen om de beurt een situatiekaart neer en leggen uit waarom. De groep mag het oneens "
                "zijn; bespreek de kaarten waar de meningen uiteenlopen."
            ),
            "presenter_notes": (
                "Bedreiging en mishandeling zijn ook op het sportveld strafbaar. Naast een straf van de bond kan "
                "de benadeelde aangifte doen. Een duw tegen een scheidsrechter wordt door bonden zwaar bestraft. "
                "Let op: ook berichten in de groepsapp kunnen over de grens gaan."
            ),
            "materials": ["Touw of lint", "Drie grenskaarten", "Twaalf situatiekaarten"],
            "optional": False,
        },
        {
            "kind": "activity",
            "title": "De kettingreactie",
            "minutes": 20,
            "goal": "bewustwording",
            "pupil_content": (
                "Aanleiding → gedachte → gevoel → wat je doet → gevolg. Waar had jij de ketting kunnen breken?"
            ),
            "instructions": (
                "Teken de ketting op de flap. Vul hem samen in voor een fictieve wedstrijd die uit de hand liep, "
                "of voor het eigen incident als het team daar klaar voor is. Laat groepjes bij elke schakel een "
                "moment bedenken waarop iemand anders had kunnen kiezen: een speler, de aanvoerder, de bank."
            ),
            "presenter_notes": (
                "Werk met het eigen incident alleen als je dat vooraf met trainer en bestuur hebt besproken en "
                "de sfeer veilig is. Houd het dan op het niveau van 'wij als team' en voorkom een zoektocht naar "
                "de schuldige."
            ),
            "materials": ["Flap-over met de ketting", "Stiften in twee kleuren"],
            "optional": False,
        },
        {
            "kind": "dilemma",
            "title": "Na de wedstrijd op het parkeerterrein",
            "minutes": 15,
            "goal": "bewustwording",
            "situation": (
                "Jullie hebben verloren na een omstreden penalty. In de kleedkamer zeggen een paar teamgenoten dat "
                "ze de keeper van de tegenstander straks op het parkeerterrein 'even gaan spreken'. Ze kijken naar "
                "jou: 'Jij gaat toch ook mee?' Je wilt erbij horen, maar je voelt dat dit fout kan gaan."
            ),
            "options": [
                "Je gaat mee, je blijft wel achteraan staan.",
                "Je zegt dat je moet opschieten en gaat snel naar huis.",
                "Je zegt hardop dat je het een slecht plan vindt en probeert anderen mee te krijgen.",
                "Je loopt naar de trainer en vertelt wat er gaat gebeuren.",
            ],
            "discussion_questions": [
                "Ben je ook betrokken als je 'alleen maar achteraan staat'?",
                "Waarom is het zo moeilijk om in de kleedkamer 'nee' te zeggen?",
                "Wat heb je nodig om optie 3 of 4 te kiezen?",
                "Wat betekent het voor de club als dit misgaat?",
            ],
            "presenter_notes": (
                "Wie meeloopt met een groep die iemand bedreigt, kan ook zelf verdacht worden. Benoem dat zonder "
                "te dreigen. Laat zien dat 'niet meedoen' vaak makkelijker is als één ander het ook zegt: zoek in de "
                "groep naar bondgenoten."
            ),
            "optional": False,
        },
        {
            "kind": "activity",
            "title": "Mijn stopmoment",
            "minutes": 20,
            "goal": "handelingsperspectief",
            "pupil_content": (
                "Hoe merk jij dat je boos wordt? Warm hoofd, vuisten, harder praten? Kies je stopmoment: diep "
                "ademhalen, wegdraaien, naar je positie lopen, of de aanvoerder laten praten."
            ),
            "instructions": (
                "Iedere speler schrijft drie eigen signalen van boosheid en één stopmoment op een kaartje. Oefen "
                "daarna in drietallen korte scènes: één speler provoceert, één reageert met zijn stopmoment, één "
                "kijkt en geeft tips. Wissel na twee minuten. Spreek als team één afkoelsignaal af."
            ),
            "presenter_notes": (
                "Houd de scènes kort en speels; provoceren gebeurt met woorden uit de sport ('kneus', 'mis je "
                "weer?'), nooit met kwetsende woorden over afkomst, geloof of uiterlijk. Stop een scène als het "
                "echt wordt."
            ),
            "materials": ["Kaartjes", "Pennen", "Scènekaarten"],
            "optional": False,
        },
        {
            "kind": "activity",
            "title": "Teamafspraken en afsluiting",
            "minutes": 10,
            "goal": "handelingsperspectief",
            "pupil_content": "Wat spreken wij af als team? Twee afspraken, en wie let erop?",
            "instructions": (
                "Het team kiest twee afspraken en een speler die erop let, naast de trainer. Het bestuurslid "
                "komt terug en hoort de afspraken. Plan samen een terugkommoment over vier weken."
            ),
            "presenter_notes": (
                "Sluit positief af: benoem wat je het team goed zag doen. Een interventie werkt alleen als de club "
                "zelf opvolgt; leg het terugkommoment daarom direct vast in de agenda van trainer en bestuur."
            ),
            "materials": ["Flap-over met de teamafspraken"],
            "optional": False,
        },
    ],
    "follow_up": [
        {
            "title": "Terugkommoment na vier weken",
            "text": (
                "Bespreek na vier weken met het team: welke afspraak lukte, welke niet, en wat is er nodig? Nodig "
                "de Halt-medewerker uit als dat helpt. Vier kleine successen, zoals een wedstrijd zonder kaarten."
            ),
        },
        {
            "title": "De aanvoerder een rol geven",
            "text": (
                "Spreek met de aanvoerder af dat hij of zij namens het team met de scheidsrechter praat. Oefen dat "
                "op de training. Zo hoeven andere spelers niet zelf verhaal te halen."
            ),
        },
        {
            "title": "Herstel met de benadeelde",
            "text": (
                "Is er schade aangericht bij een tegenstander of een scheidsrechter, bespreek dan met Halt of het "
                "traject Herstel en Bemiddeling past. Spelers die zelf over de grens gingen, kunnen de training "
                "Sport en Gedrag volgen."
            ),
        },
    ],
    "safe_delivery": {
        "ground_rules": [
            "We praten over gedrag, niet over wie de schuldige is.",
            "We noemen geen namen van mensen die er niet bij zijn.",
            "We lachen elkaar niet uit en laten elkaar uitpraten.",
            "Wat hier persoonlijk gezegd wordt, blijft in deze ruimte.",
            "Je mag altijd even naar buiten als het je te veel wordt.",
        ],
        "disclosure": (
            "Vertelt een speler dat hij of zij zelf slachtoffer is van geweld, bedreiging of discriminatie, of "
            "dat het thuis niet veilig is, dan reageer je rustig, bedank je de speler en bespreek je het na de "
            "bijeenkomst apart. Je volgt de Meldcode huiselijk geweld en kindermishandeling, overlegt met de "
            "aandachtsfunctionaris van Halt en zo nodig met Veilig Thuis (0800-2000). Bij direct gevaar bel je "
            "112. Betrek de vertrouwenscontactpersoon van de vereniging alleen in overleg met de speler."
        ),
        "signposting": ["veilig-thuis", "slachtofferhulp", "discriminatie-meldpunt", "politie"],
    },
}

HERSTEL_EN_BEMIDDELING = {
    "title": "Herstel en Bemiddeling",
    "slug": "herstel-en-bemiddeling",
    "offer_type": "traject",
    "age_bands": ["vo-bovenbouw", "mbo", "jongvolwassenen"],
    "use": "reactief",
    "settings": ["sportvereniging"],
    "duration": 130,
    "group_size": (
        "Twee partijen, bijvoorbeeld twee spelers, een speler en een scheidsrechter of een afvaardiging van "
        "twee teams; iedere partij mag één steunfiguur meenemen"
    ),
    "central_question": "Wat is er nodig om na dit incident weer samen verder te kunnen?",
    "summary": (
        "Een herstelgericht traject na een incident tussen twee partijen op of rond het veld. Niet de "
        "schuldvraag staat centraal, maar de schade en wat er nodig is om die te herstellen. Na twee aparte "
        "voorgesprekken volgt een herstelgesprek onder leiding van de Halt-medewerker, en een paar weken later "
        "een nagesprek."
    ),
    "goals": {
        "kennis": (
            "Leerlingen weten hoe een herstelgesprek werkt, dat meedoen vrijwillig is en welke gevolgen het "
            "incident had voor henzelf, de ander, het team en de vereniging."
        ),
        "bewustwording": (
            "Leerlingen horen van elkaar hoe ze het incident hebben beleefd en zien hun eigen aandeel in wat er "
            "gebeurde."
        ),
        "handelingsperspectief": (
            "Leerlingen maken samen afspraken om de schade te herstellen en om de volgende ontmoeting op het "
            "veld goed te laten verlopen."
        ),
    },
    "content_guidance": ["geweld"],
    "activities": [
        {
            "kind": "activity",
            "title": "Voorgesprek met de eerste partij",
            "minutes": 30,
            "goal": "kennis",
            "pupil_content": (
                "Zo werkt het: eerst praten we apart met jou en met de ander. Daarna kies je zelf of je meedoet aan "
                "een gesprek samen. Het gaat niet om straf, maar om wat er nodig is om verder te kunnen."
            ),
            "instructions": (
                "Leg uit wat Herstel en Bemiddeling is en dat meedoen vrijwillig is. Laat de jongere vertellen wat "
                "er gebeurde, wat hij of zij dacht en voelde, en wie er volgens hem of haar geraakt zijn. Vraag wat "
                "de jongere van een gezamenlijk gesprek verwacht en wie als steunfiguur mee mag komen."
            ),
            "presenter_notes": (
                "Het traject vervangt een tuchtzaak niet; het kan er wel naast lopen. Beloof daarom niets over "
                "straffen. Toets of de jongere echt wil: een herstelgesprek met iemand die zich gedwongen voelt, "
                "doet de ander opnieuw pijn."
            ),
            "materials": ["Uitlegkaart 'Zo werkt Herstel en Bemiddeling'"],
            "optional": False,
        },
        {
            "kind": "activity",
            "title": "Voorgesprek met de tweede partij",
            "minutes": 30,
            "goal": "kennis",
            "pupil_content": (
                "Jij bepaalt mee wat er in het gesprek gebeurt. Wat wil je de ander laten weten? Wat wil je van de "
                "ander horen? Je mag altijd stoppen."
            ),
            "instructions": (
                "Voer hetzelfde gesprek met de andere partij. Vraag in het bijzonder naar de gevolgen: wat heeft "
                "het incident met hem of haar gedaan, op het veld en daarbuiten? Bespreek wat nodig is om zich "
                "veilig te voelen in het gesprek, bijvoorbeeld een pauze of een eigen steunfiguur."
            ),
            "presenter_notes": (
                "Soms zijn beide partijen overtreder én benadeelde; laat dat ruimte krijgen. Vraag naar de "
                "behoefte aan hulp buiten de sport. Besluit pas tot een gezamenlijk gesprek als beide partijen "
                "daar klaar voor zijn; anders is een brief of een pendelgesprek een alternatief."
            ),
            "materials": ["Uitlegkaart 'Zo werkt Herstel en Bemiddeling'"],
            "optional": False,
        },
        {
            "kind": "socratic",
            "title": "Herstelgesprek: wat is er gebeurd?",
            "minutes": 30,
            "goal": "bewustwording",
            "opening_question": "Wat is er volgens jou gebeurd, en wat dacht je op dat moment?",
            "follow_up_questions": [
                "Wat heb je gevoeld, toen en daarna?",
                "Wie zijn er geraakt door wat er gebeurde, en hoe?",
                "Wat was voor jou het moeilijkste?",
                "Wat hoorde je van de ander dat je nog niet wist?",
            ],
            "presenter_notes": (
                "Geef beide partijen om de beurt het woord en begin bij de partij die het incident veroorzaakte, "
                "tenzij dat in de voorgesprekken anders is afgesproken. Vat samen zonder te oordelen. Een excuus "
                "kun je niet afdwingen; het komt vaak vanzelf als iemand de gevolgen echt hoort."
            ),
            "optional": False,
        },
        {
            "kind": "activity",
            "title": "Herstelgesprek: wat is er nodig?",
            "minutes": 20,
            "goal": "handelingsperspectief",
            "pupil_content": (
                "Wat is er nodig om het goed te maken? Wat spreken we af voor de volgende keer dat we elkaar op het "
                "veld zien? Wat vertellen we aan onze teams?"
            ),
            "instructions": (
                "Laat beide partijen voorstellen doen. Schrijf de afspraken op in hun eigen woorden: concreet, "
                "haalbaar en met een datum. Denk aan een excuus, het vergoeden van schade, een hand geven voor de "
                "volgende wedstrijd of samen iets vertellen aan het team. Beide partijen tekenen."
            ),
            "presenter_notes": (
                "Afspraken moeten van de jongeren zelf zijn. Grijp alleen in als een afspraak onhaalbaar of "
                "vernederend is. Spreek af wat de vereniging te horen krijgt: alleen dat het gesprek is gevoerd, of "
                "ook de afspraken."
            ),
            "materials": ["Afsprakenformulier (zonder persoonsgegevens in het platform)"],
            "optional": False,
        },
        {
            "kind": "activity",
            "title": "Nagesprek en afronding",
            "minutes": 20,
            "goal": "handelingsperspectief",
            "pupil_content": "Hoe gaat het nu? Zijn de afspraken gelukt? Wat heb je nog nodig?",
            "instructions": (
                "Bel of spreek beide partijen apart twee tot vier weken na het herstelgesprek. Loop de afspraken "
                "na. Koppel, zoals afgesproken, kort terug aan de vereniging en rond het traject af."
            ),
            "presenter_notes": (
                "Zijn afspraken niet nagekomen, zoek dan uit waarom voordat je conclusies trekt. Bij nieuwe "
                "incidenten kan de training Sport en Gedrag I of II passen."
            ),
            "materials": ["Afsprakenformulier"],
            "optional": False,
        },
    ],
    "follow_up": [
        {
            "title": "De ontmoeting op het veld voorbereiden",
            "text": (
                "Spelen de teams binnenkort weer tegen elkaar, bespreek dan met beide trainers hoe de ontmoeting "
                "verloopt: samen een hand geven, een duidelijke rol voor de aanvoerders en een rustige start. Vraag "
                "zo nodig een ervaren scheidsrechter."
            ),
        },
        {
            "title": "Het team betrekken",
            "text": (
                "Teamgenoten hebben het incident vaak ook meegemaakt. Vertel het team, met toestemming van de "
                "betrokken speler, dat er een herstelgesprek is geweest. De voorlichting Sportiviteit en Respect "
                "kan helpen om daarna samen nieuwe afspraken te maken."
            ),
        },
    ],
    "safe_delivery": {
        "ground_rules": [
            "Iedereen praat voor zichzelf.",
            "We laten elkaar uitpraten, ook als we het oneens zijn.",
            "Er wordt niet gescholden en niet gedreigd.",
            "Je mag altijd om een pauze vragen of stoppen.",
            "Wat hier gezegd wordt, blijft hier, tenzij iemand in gevaar is.",
        ],
        "disclosure": (
            "Vertelt een jongere in een voorgesprek over geweld of onveiligheid buiten het incident, bijvoorbeeld "
            "thuis, dan volg je de Meldcode huiselijk geweld en kindermishandeling, overleg je met de "
            "aandachtsfunctionaris van Halt en zo nodig met Veilig Thuis (0800-2000). Stel het herstelgesprek uit "
            "als de veiligheid van een van de partijen niet gegarandeerd is. Wijs een benadeelde op Slachtofferhulp "
            "Nederland."
        ),
        "signposting": ["slachtofferhulp", "veilig-thuis", "politie", "discriminatie-meldpunt"],
    },
}

SPORT_EN_GEDRAG_I = {
    "title": "Sport en Gedrag I",
    "slug": "sport-en-gedrag-i",
    "offer_type": "training",
    "age_bands": ["vo-onderbouw", "vo-bovenbouw", "mbo", "jongvolwassenen"],
    "use": "beide",
    "settings": ["sportvereniging"],
    "duration": 120,
    "group_size": "Een kleine groep van maximaal 8 sporters, eventueel van verschillende verenigingen; ook individueel",
    "central_question": "Wat gebeurde er vlak voordat jij over de grens ging, en wat doe je de volgende keer?",
    "summary": (
        "De lichtere training van de twee door het NJi erkende trainingen, voor sporters die over de grens "
        "gingen met trappen, duwen, stoten of beledigen. De sportbond kan de training tuchtrechtelijk aanbieden "
        "na een rode kaart; een vereniging kan haar ook preventief inzetten. Sporters kijken terug op hun "
        "gedrag, leren hun signalen kennen en oefenen met andere reacties."
    ),
    "goals": {
        "kennis": (
            "Leerlingen weten welke regels er gelden op en rond het veld en wat de gevolgen van trappen, duwen, "
            "stoten en beledigen zijn: voor de ander, het team en henzelf, ook via het tuchtrecht."
        ),
        "bewustwording": (
            "Leerlingen herkennen hoe hun eigen gedachten en gevoelens in een wedstrijd leiden tot gedrag, en "
            "wat hun aandeel was in het incident."
        ),
        "handelingsperspectief": (
            "Leerlingen oefenen manieren om af te koelen en afstand te nemen, en maken een persoonlijk plan voor "
            "de volgende wedstrijd."
        ),
    },
    "content_guidance": [],
    "activities": [
        {
            "kind": "activity",
            "title": "Kennismaking: jouw sport, jouw kaart",
            "minutes": 15,
            "goal": "kennis",
            "pupil_content": (
                "Vertel: welke sport doe je, wat vind je er mooi aan, en waarom zit je hier? Alleen de feiten: wat "
                "gebeurde er, en wat was de straf?"
            ),
            "instructions": (
                "Spreek de regels van de training af. Laat iedere deelnemer kort vertellen, zonder uitleg of "
                "verdediging; die komt later. Schrijf bij iedereen op wat de gevolgen waren: kaart, schorsing, "
                "reactie van het team."
            ),
            "presenter_notes": (
                "Deelnemers die via de tuchtcommissie komen, voelen zich vaak onterecht gestraft. Erken dat gevoel "
                "zonder mee te gaan in het verhaal over 'die slechte scheids'. Begin bij de liefde voor de sport: "
                "daar ligt hun motivatie."
            ),
            "materials": ["Flap-over", "Naamkaartjes met alleen een voornaam"],
            "optional": False,
        },
        {
            "kind": "quiz",
            "title": "Check: regels, straffen en gevolgen",
            "minutes": 15,
            "goal": "kennis",
            "questions": [
                {
                    "question": "Wie beslist over de straf na een rode kaart?",
                    "answers": [
                        "De scheidsrechter, direct na de wedstrijd.",
                        "De tuchtcommissie van de sportbond.",
                        "Het bestuur van de tegenstander.",
                    ],
                    "correct": 1,
                    "explanation": (
                        "De scheidsrechter geeft de kaart en schrijft een rapport. De tuchtcommissie van de bond "
                        "beslist over de straf, bijvoorbeeld een schorsing, soms samen met een training zoals deze."
                    ),
                },
                {
                    "question": "Is een trap of een stoot buiten het spel om ook strafbaar volgens de wet?",
                    "answers": [
                        "Nee, op het sportveld gelden alleen de spelregels.",
                        "Ja, het kan mishandeling zijn; de ander kan aangifte doen bij de politie.",
                        "Alleen als de scheidsrechter het heeft gezien.",
                    ],
                    "correct": 1,
                    "explanation": (
                        "Het sportveld is geen vrijplaats. Wie iemand buiten het spel om pijn doet, kan naast een "
                        "straf van de bond ook met de politie te maken krijgen."
                    ),
                },
                {
                    "question": "Wat is het gevolg van jouw schorsing voor je team?",
                    "answers": [
                        "Geen, er zijn genoeg wissels.",
                        "Het team mist een speler en de club kan een boete of een slechte naam krijgen.",
                        "Het team krijgt punten in mindering.",
                    ],
                    "correct": 1,
                    "explanation": (
                        "Een schorsing raakt meer mensen dan alleen jou: je teamgenoten, je trainer en de club. "
                        "Welke sancties precies gelden, verschilt per bond en per situatie."
                    ),
                },
            ],
            "presenter_notes": (
                "Sancties verschillen per bond en per sport; noem dus geen vaste aantallen wedstrijden. Vraag "
                "deelnemers wat zij zelf meemaakten na hun kaart."
            ),
            "optional": False,
        },
        {
            "kind": "activity",
            "title": "Terugspoelen: het moment van de overtreding",
            "minutes": 25,
            "goal": "bewustwording",
            "pupil_content": (
                "Spoel terug naar het moment. Druk op pauze: wat zag je, wat dacht je, wat voelde je, wat deed je? "
                "En wat gebeurde er daarna, met jou en met de ander?"
            ),
            "instructions": (
                "Laat iedere deelnemer zijn moment in vijf stappen op een werkblad zetten: situatie, gedachte, "
                "gevoel, gedrag, gevolg. Bespreek in tweetallen en daarna in de groep. Vraag steeds: waar had je "
                "op pauze kunnen drukken?"
            ),
            "presenter_notes": (
                "Gedachten als 'hij doet het expres' of 'ik laat me niet kennen' komen vaak terug; schrijf ze op "
                "de flap, ze zijn de sleutel voor het oefenen straks. Let op het verschil tussen verklaren en "
                "goedpraten."
            ),
            "materials": ["Werkblad 'Terugspoelen'", "Pennen"],
            "optional": False,
        },
        {
            "kind": "dilemma",
            "title": "Provocatie bij de hoekschop",
            "minutes": 20,
            "goal": "bewustwording",
            "situation": (
                "Bij elke hoekschop trekt een tegenstander aan je shirt en fluistert hij iets beledigends. De "
                "scheidsrechter ziet het niet. Bij de volgende hoekschop voel je je hoofd warm worden. Je weet dat "
                "je na je vorige kaart geen tweede mag krijgen."
            ),
            "options": [
                "Je geeft hem een duw; hij begon.",
                "Je zegt iets terug dat nog harder aankomt.",
                "Je loopt weg, haalt diep adem en vraagt je aanvoerder om het de scheidsrechter te melden.",
                "Je wisselt van positie bij de hoekschop.",
            ],
            "discussion_questions": [
                "Wat wil die tegenstander bereiken met zijn opmerking?",
                "Wie heeft de controle als jij reageert zoals hij hoopt?",
                "Welke keuze past bij jou en is ook echt haalbaar in een wedstrijd?",
            ],
            "presenter_notes": (
                "Provoceren is een tactiek: wie reageert, verliest. Die gedachte helpt veel sporters. Wees eerlijk "
                "dat weglopen niet makkelijk is; daarom oefenen we het in het volgende onderdeel."
            ),
            "optional": False,
        },
        {
            "kind": "activity",
            "title": "Oefenen: afkoelen en afstand nemen",
            "minutes": 30,
            "goal": "handelingsperspectief",
            "pupil_content": (
                "Stop – denk – doe. Stop: adem drie keer diep in en uit. Denk: wat wil ik echt, winnen of een "
                "kaart? Doe: draai je om, loop naar je positie of laat de aanvoerder praten."
            ),
            "instructions": (
                "Leg de stop-denk-doe-methode uit en oefen eerst de ademhaling samen. Speel daarna in tweetallen "
                "situaties uit de sport van de deelnemers na, met de provocaties die ze zelf noemden. Bespreek na "
                "elke ronde wat werkte."
            ),
            "presenter_notes": (
                "Laat de deelnemers hun eigen woorden kiezen; een techniek die niet bij hen past, gebruiken ze "
                "niet. Houd provocaties in het rollenspel mild en zonder kwetsende woorden over afkomst of geloof."
            ),
            "materials": ["Situatiekaarten per sport", "Kaart 'Stop – denk – doe'"],
            "optional": False,
        },
        {
            "kind": "activity",
            "title": "Mijn plan voor de volgende wedstrijd",
            "minutes": 15,
            "goal": "handelingsperspectief",
            "pupil_content": (
                "Mijn plan: dit zijn mijn signalen, dit is mijn stopmoment, deze persoon helpt mij, en zo maak ik "
                "het goed met wie ik heb geraakt."
            ),
            "instructions": (
                "Iedere deelnemer vult het plan in op een kaartje dat in de sporttas past. Bespreek wie uit het "
                "team of de club kan helpen, bijvoorbeeld de trainer of de aanvoerder. Vraag of de deelnemer iets "
                "wil goedmaken, zoals een excuus aan de tegenstander of de scheidsrechter."
            ),
            "presenter_notes": (
                "Een excuus is alleen waardevol als het gemeend is; dwing het niet af. Wil een deelnemer het plan "
                "met de trainer delen, help hem dan om te bedenken hoe hij dat vertelt."
            ),
            "materials": ["Plankaartje voor in de sporttas"],
            "optional": False,
        },
    ],
    "follow_up": [
        {
            "title": "Terugkeer in het team",
            "text": (
                "Vraag de speler na de training wat hij of zij heeft geleerd en wat het plan is. Spreek af hoe u "
                "kunt helpen, bijvoorbeeld met een afgesproken teken langs de lijn. Geef positieve aandacht als het "
                "lukt."
            ),
        },
        {
            "title": "Bij herhaling",
            "text": (
                "Gaat het opnieuw mis, neem dan contact op met Halt. Bij zwaarder gedrag past Sport en Gedrag II; "
                "is er een conflict met een ander, dan kan het traject Herstel en Bemiddeling helpen."
            ),
        },
    ],
    "safe_delivery": None,
}

SPORT_EN_GEDRAG_II = {
    "title": "Sport en Gedrag II",
    "slug": "sport-en-gedrag-ii",
    "offer_type": "training",
    "age_bands": ["vo-onderbouw", "vo-bovenbouw", "mbo", "jongvolwassenen"],
    "use": "beide",
    "settings": ["sportvereniging"],
    "duration": 180,
    "group_size": ("Een kleine groep van maximaal 8 sporters, ook individueel; in twee bijeenkomsten van 90 minuten"),
    "central_question": "Wat doen jouw woorden en daden met een ander, ook als je het 'niet zo bedoelde'?",
    "summary": (
        "De zwaardere training van de twee door het NJi erkende trainingen, voor sporters die over de grens "
        "gingen met geweld, bedreiging, spugen, verbale agressie, discriminatie of racisme. De sportbond kan de "
        "training tuchtrechtelijk aanbieden na een rode kaart; een vereniging kan haar ook preventief inzetten. "
        "Centraal staan de gevolgen voor de ander, het eigen escalatiepatroon en herstel."
    ),
    "goals": {
        "kennis": (
            "Leerlingen weten dat geweld, bedreiging, spugen, discriminatie en racisme ook buiten de sport "
            "strafbaar kunnen zijn, en kennen de gevolgen voor de ander, de club en henzelf."
        ),
        "bewustwording": (
            "Leerlingen begrijpen wat hun gedrag met de ander heeft gedaan en herkennen hoe hun eigen boosheid "
            "stap voor stap oploopt."
        ),
        "handelingsperspectief": (
            "Leerlingen oefenen met de-escaleren, weten hoe ze kunnen reageren als een teamgenoot discrimineert, "
            "en maken een plan om te herstellen wat ze hebben beschadigd."
        ),
    },
    "content_guidance": ["geweld", "discriminatie"],
    "activities": [
        {
            "kind": "activity",
            "title": "Start: afspraken en jouw verhaal",
            "minutes": 20,
            "goal": "kennis",
            "pupil_content": (
                "Onze afspraken voor deze training. Vertel daarna: welke sport doe je, wat is er gebeurd en wat "
                "waren de gevolgen?"
            ),
            "instructions": (
                "Bespreek de gespreksregels en laat iedere deelnemer instemmen. Laat iedereen kort de feiten "
                "vertellen. Vraag ook wat de deelnemer zelf van de training verwacht."
            ),
            "presenter_notes": (
                "Lees vooraf het verwijsbericht van de bond of de vereniging. Bij discriminatie of racisme "
                "bagatelliseren deelnemers vaak ('iedereen zegt dat'). Noteer het, maar ga er nu nog niet op in: "
                "daar is later ruimte voor."
            ),
            "materials": ["Flap-over met de gespreksregels"],
            "optional": False,
        },
        {
            "kind": "quiz",
            "title": "Check: wat zegt de wet, wat zegt de bond?",
            "minutes": 20,
            "goal": "kennis",
            "questions": [
                {
                    "question": (
                        "Je roept tegen een tegenstander dat je hem 'na de wedstrijd wel te pakken krijgt'. Wat is dat?"
                    ),
                    "answers": [
                        "Gewoon praat, dat hoort bij de wedstrijd.",
                        "Het kan bedreiging zijn; dat is strafbaar, ook op het sportveld.",
                        "Alleen strafbaar als je het daarna ook echt doet.",
                    ],
                    "correct": 1,
                    "explanation": (
                        "Bedreiging is strafbaar als de ander redelijkerwijs bang kan worden. Het maakt niet uit of "
                        "je het 'meende'. Het gaat om wat het met de ander doet."
                    ),
                },
                {
                    "question": "Iemand spuugt naar een scheidsrechter. Hoe kijken bonden daarnaar?",
                    "answers": [
                        "Als een gewone gele kaart.",
                        "Als zeer ernstig gedrag, met een zware straf.",
                        "Alleen als het raak is.",
                    ],
                    "correct": 1,
                    "explanation": (
                        "Spugen is vernederend en wordt door bonden zwaar bestraft. Daarbuiten kan het gezien worden "
                        "als belediging of zelfs mishandeling."
                    ),
                },
                {
                    "question": "Is het uitschelden van iemand om zijn huidskleur, afkomst of geloof strafbaar?",
                    "answers": [
                        "Nee, het zijn alleen woorden.",
                        "Het kan strafbaar zijn als discriminatie of belediging, en bonden straffen het extra zwaar.",
                        "Alleen als de ander aangifte doet binnen een uur.",
                    ],
                    "correct": 1,
                    "explanation": (
                        "Discriminatie is verboden en kan strafbaar zijn. Veel sportbonden straffen racisme en "
                        "discriminatie extra zwaar en kunnen een wedstrijd laten stilleggen."
                    ),
                },
            ],
            "presenter_notes": (
                "Wees precies: 'kan strafbaar zijn' klopt, 'je krijgt altijd een strafblad' niet. Noem geen vaste "
                "straffen; die verschillen per bond en per situatie."
            ),
            "optional": False,
        },
        {
            "kind": "activity",
            "title": "De ander in beeld",
            "minutes": 30,
            "goal": "bewustwording",
            "pupil_content": (
                "Lees de brief van Sam (16), jeugdscheidsrechter: 'Na de wedstrijd stonden ze om me heen. Eén "
                "spuugde. Ik heb de hele avond onder de douche gestaan. Ik fluit niet meer.' Wat heeft dit met "
                "Sam gedaan?"
            ),
            "instructions": (
                "Lees samen twee fictieve brieven: van een jonge scheidsrechter en van een speler die werd "
                "uitgescholden om zijn afkomst. Bespreek in tweetallen: wat voelde deze persoon, wat deed het met "
                "hem op de lange termijn? Daarna schrijft iedere deelnemer drie zinnen vanuit de persoon die hij "
                "zelf heeft geraakt."
            ),
            "presenter_notes": (
                "De brieven zijn verzonnen, maar gebaseerd op veelvoorkomende ervaringen. Deelnemers die zelf "
                "slachtoffer zijn geweest van discriminatie, kunnen geraakt worden: erken dat en bied een apart "
                "gesprek aan. Het schrijven vanuit de ander is vaak het keerpunt van de training."
            ),
            "materials": ["Twee briefkaarten met fictieve verhalen", "Pennen"],
            "optional": False,
        },
        {
            "kind": "socratic",
            "title": "Dialoog: grappen, schelden en discriminatie",
            "minutes": 25,
            "goal": "bewustwording",
            "opening_question": "Wanneer wordt een 'grapje' op het veld kwetsend?",
            "follow_up_questions": [
                "Wie bepaalt of iets kwetsend is: degene die het zegt, of degene die het hoort?",
                (
                    "Waarom kiezen mensen in hun woede juist woorden over huidskleur, afkomst, geloof of "
                    "seksuele voorkeur?"
                ),
                "Wat doet het met iemand als hij dat elke week hoort?",
                "Wat doet een team als één speler zoiets roept?",
            ],
            "presenter_notes": (
                "Blijf open vragen stellen, ook bij uitspraken die schuren; dat werkt beter dan een preek. Leg "
                "wel een grens als een deelnemer in de groep opnieuw kwetsende taal gebruikt: benoem het rustig en "
                "vraag wat hij ermee bedoelt."
            ),
            "optional": False,
        },
        {
            "kind": "activity",
            "title": "Mijn escalatieladder",
            "minutes": 25,
            "goal": "bewustwording",
            "pupil_content": (
                "Irritatie – boosheid – woede – geweld. Wat merk jij op elke trede: in je lijf, in je hoofd, in "
                "wat je zegt? Waar kun jij nog van de ladder af?"
            ),
            "instructions": (
                "Teken een ladder met vier treden. Iedere deelnemer vult zijn eigen signalen in en zet een kruis "
                "bij de trede waar hij de controle kwijtraakte. Bespreek daarna in de groep: wat helpt op welke "
                "trede? Noteer de tips op de flap."
            ),
            "presenter_notes": (
                "Dit is het eind van de eerste bijeenkomst als je de training in tweeën splitst. Geef de "
                "deelnemers de opdracht om tot de volgende keer hun signalen in een training of wedstrijd te "
                "herkennen."
            ),
            "materials": ["Werkblad 'Escalatieladder'", "Flap-over"],
            "optional": False,
        },
        {
            "kind": "dilemma",
            "title": "Je teamgenoot roept iets racistisch",
            "minutes": 20,
            "goal": "handelingsperspectief",
            "situation": (
                "In een spannende wedstrijd roept je teamgenoot iets racistisch naar een tegenstander. De "
                "scheidsrechter hoort het niet. De tegenstander wordt woedend en komt op jullie af. Een paar "
                "teamgenoten lachen."
            ),
            "options": [
                "Je lacht mee; het is je teamgenoot.",
                "Je stapt tussen de twee in en zegt tegen je teamgenoot dat dit niet kan.",
                "Je meldt het aan de scheidsrechter of je aanvoerder.",
                "Je zegt na de wedstrijd je excuses tegen de tegenstander, namens het team.",
            ],
            "discussion_questions": [
                "Wat zegt het over een team als niemand iets zegt?",
                "Welke keuze is het moeilijkst, en waarom?",
                "Kun je meerdere opties combineren?",
                "Wat zou de tegenstander van jou willen horen?",
            ],
            "presenter_notes": (
                "Zwijgen en meelachen voelen voor de tegenstander als steun aan de dader. Laat zien dat ingrijpen "
                "ook de teamgenoot beschermt tegen erger. Bij een wedstrijd kan een scheidsrechter het spel "
                "stilleggen; ook spelers mogen dat vragen."
            ),
            "optional": False,
        },
        {
            "kind": "activity",
            "title": "Oefenen: de-escaleren in de praktijk",
            "minutes": 25,
            "goal": "handelingsperspectief",
            "pupil_content": (
                "Afstand nemen – rustige stem – handen laag – niet terugschelden – hulp halen. Welke stap is voor "
                "jou het moeilijkst?"
            ),
            "instructions": (
                "Bespreek de vijf stappen van de-escaleren. Oefen in drietallen korte scènes: een opstootje na "
                "een overtreding, een ouder die scheldt, een tegenstander die provoceert. De derde persoon let op "
                "lichaamstaal en stemgebruik. Wissel van rol."
            ),
            "presenter_notes": (
                "Laat nooit fysiek contact naspelen en gebruik in de scènes geen discriminerende woorden. Stop "
                "direct als een scène te echt wordt, en bespreek wat er gebeurde."
            ),
            "materials": ["Scènekaarten", "Kaart 'Vijf stappen de-escaleren'"],
            "optional": False,
        },
        {
            "kind": "activity",
            "title": "Mijn herstel- en gedragsplan",
            "minutes": 15,
            "goal": "handelingsperspectief",
            "pupil_content": (
                "Wie heb ik geraakt? Hoe maak ik het goed? Wat doe ik de volgende keer als ik boos word? Wie helpt "
                "mij daarbij?"
            ),
            "instructions": (
                "Iedere deelnemer maakt een plan met twee delen: herstel (bijvoorbeeld een brief met excuses aan de "
                "benadeelde, of meehelpen bij een jeugdtraining of als assistent-scheidsrechter) en gedrag (signalen, "
                "stopmoment, steunpersoon). Bespreek de plannen kort in de groep."
            ),
            "presenter_notes": (
                "Een brief aan de benadeelde gaat nooit rechtstreeks: die loopt via de vereniging of Halt, en "
                "alleen als de benadeelde hem wil ontvangen. Sluit af met een persoonlijk woord aan iedere "
                "deelnemer over wat je hem zag doen."
            ),
            "materials": ["Werkblad 'Herstel- en gedragsplan'"],
            "optional": False,
        },
    ],
    "follow_up": [
        {
            "title": "Het herstelplan ondersteunen",
            "text": (
                "Vraag de speler naar zijn herstelplan en help bij de uitvoering, bijvoorbeeld door een "
                "vrijwilligerstaak bij de jeugd te regelen. Laat de benadeelde zelf kiezen of hij een excuus wil "
                "ontvangen."
            ),
        },
        {
            "title": "Discriminatie op de club aanpakken",
            "text": (
                "Ging het incident over discriminatie of racisme, maak dan als club duidelijk dat dit niet hoort. "
                "Bespreek het met de teams en zorg dat slachtoffers weten waar ze terechtkunnen, bij de "
                "vertrouwenscontactpersoon of bij een antidiscriminatievoorziening via discriminatie.nl."
            ),
        },
        {
            "title": "Het team meenemen",
            "text": (
                "Een incident raakt het hele team. De voorlichting Sportiviteit en Respect of de interventie "
                "Controle is Winnen helpt om samen nieuwe afspraken te maken."
            ),
        },
    ],
    "safe_delivery": {
        "ground_rules": [
            "We praten over gedrag, niet over wat voor persoon iemand is.",
            (
                "We gebruiken hier geen kwetsende woorden over afkomst, huidskleur, geloof of seksuele voorkeur, "
                "ook niet als citaat."
            ),
            "We laten elkaar uitpraten en lachen niemand uit.",
            "In rollenspellen is er geen fysiek contact.",
            "Je mag altijd even naar buiten als het je te veel wordt.",
        ],
        "disclosure": (
            "Vertelt een deelnemer dat hij zelf slachtoffer is van geweld, bedreiging of discriminatie, of dat het "
            "thuis niet veilig is, dan reageer je rustig, neem je het serieus en bespreek je het na de bijeenkomst "
            "apart. Je volgt de Meldcode huiselijk geweld en kindermishandeling, overlegt met de "
            "aandachtsfunctionaris van Halt en zo nodig met Veilig Thuis (0800-2000). Bij direct gevaar bel je 112. "
            "Wijs slachtoffers van discriminatie op discriminatie.nl en slachtoffers van geweld op Slachtofferhulp "
            "Nederland."
        ),
        "signposting": ["veilig-thuis", "discriminatie-meldpunt", "slachtofferhulp", "politie", "kindertelefoon"],
    },
}

SPORT_EN_GEDRAG = {
    "slug": "sport-en-gedrag",
    "title": "Sport en gedrag",
    "order": 140,
    "summary": (
        "Sportief en respectvol gedrag op en rond het veld, en wat een team of sporter doet als het toch misgaat."
    ),
    "why": [
        (
            "Sportverenigingen zijn kleine gemeenschappen. Jongeren trainen er samen, spelen wedstrijden en "
            "sluiten er vriendschappen. Dat kan ook misgaan: een trap na het fluitsignaal, een scheldpartij tegen "
            "de scheidsrechter, een opstootje na een verloren wedstrijd of discriminerende opmerkingen vanaf de "
            "zijlijn."
        ),
        (
            "Jongeren moeten niet alleen buiten hun sport, maar juist ook op de vereniging leren waar de grenzen "
            "liggen, hoe ze hun fouten kunnen herstellen en hoe ze de volgende keer een andere keuze maken. "
            "Trainers, leiders, scheidsrechters en ouders langs de lijn zijn daarbij belangrijke voorbeelden."
        ),
        (
            "Door op pedagogische wijze te werken aan bewustwording, reflectie en sociale weerbaarheid versterkt "
            "Halt de pedagogische civil society op sportverenigingen: ook binnen de hekken van de vereniging "
            "werken we aan een veilige en rechtvaardige gemeenschap. Verenigingen kunnen daarnaast gebruikmaken "
            "van het algemene voorlichtingsaanbod van Halt, zoals groepsdruk, online veiligheid en ondermijning."
        ),
    ],
    "everyday_terms": [
        "rode kaart",
        "voetbal",
        "scheidsrechter",
        "tuchtcommissie",
        "schorsing",
        "schelden langs de lijn",
        "racisme op het veld",
        "fair play",
    ],
    "lessons": [
        SPORTIVITEIT_EN_RESPECT,
        CONTROLE_IS_WINNEN,
        HERSTEL_EN_BEMIDDELING,
        SPORT_EN_GEDRAG_I,
        SPORT_EN_GEDRAG_II,
    ],
    "parent_guide": None,
    "professional_guides": [],
}

# ---------------------------------------------------------------------------
# Ondermijning
# ---------------------------------------------------------------------------

ONDERMIJNING = {
    "slug": "ondermijning",
    "title": "Ondermijning",
    "order": 150,
    "summary": (
        "Hoe criminelen jongeren ronselen voor drugscriminaliteit en andere 'klusjes', en hoe ouders en "
        "professionals signalen herkennen en het gesprek aangaan."
    ),
    "why": [
        (
            "Bij ondermijning raken de onderwereld en de gewone samenleving met elkaar verweven. Criminele "
            "netwerken zoeken daarvoor mensen die weinig opvallen en makkelijk te vervangen zijn: vaak jongeren. "
            "Ze ronselen hen via sociale media, op straat of via vrienden, met de belofte van snel geld, status en "
            "spullen."
        ),
        (
            "Het begint vaak klein: een pakketje wegbrengen, ergens op de uitkijk staan, een bankpas uitlenen. "
            "Wie eenmaal meedoet, komt er moeilijk weer uit. Schulden, dreiging en loyaliteit aan de groep houden "
            "jongeren vast, en de klussen worden zwaarder."
        ),
        (
            "Ouders en professionals zien vaak als eerste dat er iets verandert. Halt geeft jongeren voorlichting "
            "over de prijs van snel geld, en helpt ouders en onderwijsprofessionals om signalen te herkennen, "
            "het gesprek aan te gaan en te weten waar ze terechtkunnen."
        ),
    ],
    "everyday_terms": [
        "drugscriminaliteit",
        "ronselen",
        "drugsrunner",
        "snel geld",
        "pakketje wegbrengen",
        "uitkijk staan",
        "geldezel",
    ],
    "lessons": [],
    "parent_guide": {
        "title": "Gesprekshulp voor ouders: Ondermijning",
        "slug": "ouders",
        "intro": (
            "Criminelen zoeken jongeren voor klusjes, zoals drugs wegbrengen. Ze beloven snel geld. Deze "
            "gesprekshulp helpt u om daar thuis over te praten."
        ),
        "accompanies": [],
        "learned": {
            "kennis": (
                "Uw kind kreeg een Halt-voorlichting over snel geld, bijvoorbeeld 'Snelle euro's hebben een prijs'. "
                "Uw kind weet nu hoe criminelen jongeren ronselen. Ook weet uw kind dat een klusje strafbaar is."
            ),
            "bewustwording": (
                "Uw kind dacht na over de vraag: waarom lijkt snel geld zo aantrekkelijk? En wat kost het je later?"
            ),
            "handelingsperspectief": (
                "Uw kind oefende hoe je 'nee' zegt tegen een aanbod. Uw kind weet ook bij wie het hulp kan vragen."
            ),
        },
        "conversation_starters": [
            "Wat vond je van de voorlichting? Wat is je bijgebleven?",
            "Krijgen jongeren bij jou op school of in de buurt weleens een aanbod voor snel geld?",
            "Hoe zou jij merken dat iemand je probeert te ronselen?",
            "Wat zou je doen als een vriend opeens veel geld of dure spullen heeft?",
            "Wat zou je van mij nodig hebben als je ergens in vastzit?",
        ],
        "what_you_can_do": [
            "Blijf rustig en nieuwsgierig. Stel vragen in plaats van te preken.",
            "Let op veranderingen. Denk aan nieuwe dure spullen, geheimzinnig gedrag of nieuwe vrienden.",
            "Zeg tegen uw kind: je kunt altijd bij mij terecht. Ook als je iets fout hebt gedaan.",
            "Praat ook over schulden. Criminelen gebruiken een schuld om jongeren vast te houden.",
            "Maakt u zich zorgen? Bespreek het met de mentor, de wijkagent of de Halt-medewerker.",
            "Weet u iets over criminaliteit? Meld het anoniem via Meld Misdaad Anoniem: 0800-7000.",
        ],
        "meeting": (
            "De school of vereniging nodigt u uit voor een ouderbijeenkomst over ondermijning. Een Halt-medewerker "
            "leidt de bijeenkomst als gast. U hoort wat uw kind heeft geleerd. U praat met andere ouders en "
            "wisselt ervaringen uit."
        ),
        "help": ["meld-misdaad-anoniem", "politie", "opvoedinformatie", "veilig-thuis", "kindertelefoon"],
    },
    "professional_guides": [
        {
            "title": "Ondermijning: voorlichting voor professionals",
            "slug": "professionals",
            "offer_type": "voorlichting",
            "audience_description": (
                "Voor onderwijsgevend en onderwijsondersteunend personeel: docenten, mentoren, "
                "zorgcoördinatoren, intern begeleiders, conciërges en teamleiders in het voortgezet onderwijs, "
                "het mbo en het (speciaal) basisonderwijs."
            ),
            "duration": 90,
            "summary": (
                "Een voorlichting over jongeren en ondermijnende criminaliteit. Aan bod komen jongeren en "
                "criminaliteit, risico- en beschermende factoren, het puberbrein en de ontwikkelingsfase, "
                "(vroeg)signalering en handelingsperspectief: wat doe je als je je zorgen maakt over een leerling?"
            ),
            "background": [
                (
                    "Jongeren en criminaliteit. Criminele netwerken zetten jongeren in als drugsrunner, koerier, "
                    "uitkijk of geldezel, en soms voor zwaardere klussen zoals intimidatie. Ronselen gebeurt via "
                    "sociale media, in de buurt, rond de school en via vrienden. De eerste klus lijkt onschuldig "
                    "en wordt goed betaald; daarna volgen vaak druk, schulden en bedreiging."
                ),
                (
                    "Risico- en beschermende factoren. Risico's zijn onder meer geldproblemen, schooluitval, "
                    "weinig toezicht, vrienden in het criminele circuit en een sterke behoefte aan status of "
                    "erbij horen. Beschermend zijn een goede band met ouders of een andere volwassene, binding "
                    "met school of een sportvereniging, perspectief op werk en sociale weerbaarheid."
                ),
                (
                    "Het puberbrein en de ontwikkelingsfase. Het deel van de hersenen dat plannen, impulsen remmen "
                    "en gevolgen overzien regelt, is tot ver in de twintig in ontwikkeling. Tegelijk zijn "
                    "jongeren extra gevoelig voor beloning en voor de mening van leeftijdsgenoten. Snel geld en "
                    "status wegen daardoor zwaarder dan risico's op de lange termijn. Dat maakt jongeren "
                    "kwetsbaar, maar ook goed bereikbaar voor een volwassene die oprecht betrokken is."
                ),
                (
                    "(Vroeg)signalering. Professionals op school zien jongeren dagelijks en merken veranderingen "
                    "vaak als eerste. Eén signaal zegt weinig; een combinatie van signalen of een plotselinge "
                    "verandering is een reden om in gesprek te gaan en te overleggen."
                ),
            ],
            "signals": [
                "Plotseling dure kleding, schoenen, telefoons of veel contant geld zonder duidelijke verklaring.",
                "Een tweede telefoon, of geheimzinnig doen over telefoongebruik en berichten.",
                "Vaker afwezig, te laat of moe; dalende resultaten.",
                "Nieuwe, vaak oudere vrienden; contacten buiten school die niemand kent.",
                "Opvallend vaak op pad 'voor een klusje', ook 's avonds laat.",
                "Angst, schrikachtigheid of terugtrekken; praten over een schuld of 'iets moeten terugbetalen'.",
                "Stoer praten over snel geld, of verheerlijken van criminele rolmodellen op sociale media.",
            ],
            "handelingsperspectief": [
                (
                    "Ga in gesprek vanuit betrokkenheid, niet vanuit verdenking. Benoem wat je ziet en vraag hoe "
                    "het met de leerling gaat. Doe dit niet waar anderen bij zijn."
                ),
                "Noteer feitelijk wat je ziet en hoort, zonder interpretaties, in het leerlingdossier van de school.",
                (
                    "Overleg met de zorgcoördinator of de veiligheidscoördinator van de school, volgens het "
                    "protocol. Ga nooit zelf op onderzoek uit."
                ),
                (
                    "Gebruik de Meldcode huiselijk geweld en kindermishandeling als je zorgen hebt over de "
                    "veiligheid van de leerling; raadpleeg zo nodig Veilig Thuis (0800-2000)."
                ),
                (
                    "Betrek de Halt-medewerker, de wijkagent of het jongerenwerk. Denk aan een school- of "
                    "wijkinterventie als een leerling over de grens dreigt te gaan."
                ),
                (
                    "Informatie over criminaliteit kan anoniem worden gemeld via Meld Misdaad Anoniem "
                    "(0800-7000). Bij direct gevaar bel je 112."
                ),
                (
                    "Versterk beschermende factoren: een vaste volwassene, binding met school, een bijbaan of "
                    "sport, en betrokken ouders."
                ),
            ],
            "training_details": (
                "De voorlichting duurt ongeveer 90 minuten en is geschikt voor een schoolteam tot circa 40 "
                "medewerkers, bijvoorbeeld tijdens een studiemiddag. Ze sluit goed aan bij een voorlichting voor "
                "leerlingen en een ouderbijeenkomst over hetzelfde thema. Aanvragen gaat via de relatiemanager "
                "van Halt."
            ),
        },
    ],
}

# ---------------------------------------------------------------------------
# Herstelgericht werken
# ---------------------------------------------------------------------------

HERSTELGERICHT_WERKEN = {
    "slug": "herstelgericht-werken",
    "title": "Herstelgericht werken",
    "order": 160,
    "summary": (
        "Herstelgericht reageren op grensoverschrijdend gedrag: niet de schuldvraag, maar de schade en het "
        "herstel van relaties staan centraal."
    ),
    "why": [
        (
            "In het herstelgerichte aanbod van Halt ligt de focus niet op de schuldvraag, maar op het herstellen "
            "van relaties. Het gaat niet alleen om de overtreder, maar ook om de directe en indirecte "
            "benadeelden. En soms is de overtreder zelf ook benadeelde."
        ),
        (
            "De kracht van een herstelgerichte aanpak is dat jongeren – overtreder, benadeelde en andere "
            "betrokkenen – van elkaar horen hoe ze de situatie hebben beleefd. Daarna bepalen ze samen wat er "
            "nodig is om weer verder te kunnen. Dat werkt vaak beter dan alleen straffen: de schade wordt "
            "erkend, er wordt verantwoordelijkheid genomen en vertrouwen kan groeien."
        ),
        (
            "Professionals die zelf een herstelcirkel kunnen begeleiden, kunnen na een conflict in de klas, het "
            "team of de wijk snel en zorgvuldig reageren. Halt leert hen dat met de Training Herstelcirkel."
        ),
    ],
    "everyday_terms": [
        "herstelcirkel",
        "herstelrecht",
        "mediation",
        "herstelgesprek",
        "conflict in de klas",
        "ruzie oplossen",
    ],
    "lessons": [],
    "parent_guide": None,
    "professional_guides": [
        {
            "title": "Training Herstelcirkel",
            "slug": "herstelcirkel",
            "offer_type": "training",
            "audience_description": (
                "Voor onderwijsgevend en onderwijsondersteunend personeel, zoals mentoren, docenten, "
                "zorgcoördinatoren en teamleiders, en voor andere professionals die met jongeren werken, zoals "
                "jongerenwerkers."
            ),
            "duration": 180,
            "summary": (
                "Professionals leren herstelcirkels met jongeren te begeleiden. Een herstelcirkel is gebaseerd "
                "op de principes van het herstelrecht: niet de schuldvraag staat centraal, maar de schade die "
                "door het grensoverschrijdende gedrag is veroorzaakt. De cirkel is gericht op het herstellen "
                "daarvan en op het verbeteren van relaties."
            ),
            "background": [
                (
                    "Herstelrecht kijkt anders naar een incident dan een straf dat doet. De vragen zijn niet 'Wie "
                    "heeft het gedaan en welke straf hoort daarbij?', maar 'Wat is er gebeurd, wie zijn er geraakt "
                    "en wat is er nodig om het goed te maken?'. Overtreder, benadeelde en betrokkenen zoeken samen "
                    "naar herstel."
                ),
                (
                    "In een herstelcirkel zitten alle betrokkenen in een kring, zonder tafels ertussen. Een "
                    "gespreksvoorwerp gaat rond: alleen wie het vasthoudt, praat. De begeleider stelt in rondes "
                    "dezelfde herstelvragen aan iedereen, bewaakt de afspraken en oordeelt niet. De cirkel eindigt "
                    "met afspraken die de deelnemers zelf bedenken."
                ),
                (
                    "Een herstelcirkel past bijvoorbeeld na een ruzie of vechtpartij, bij uitsluiting en roddels "
                    "in een klas, of als een groep zich onveilig voelt na een incident. Een goede voorbereiding "
                    "met aparte voorgesprekken is essentieel. Een cirkel is niet geschikt als de veiligheid van "
                    "een deelnemer niet gegarandeerd is of als iemand gedwongen moet meedoen."
                ),
            ],
            "signals": [
                "Na een ruzie of incident blijft de sfeer in de klas of groep gespannen.",
                "Leerlingen zeggen dat ze zich niet meer veilig voelen bij elkaar.",
                "Er ontstaan kampen in de klas; leerlingen worden buitengesloten of geroddeld.",
                "Een straf is gegeven, maar de relatie tussen de betrokkenen is niet hersteld.",
                "Een conflict tussen twee leerlingen trekt de hele groep mee, ook online.",
            ],
            "handelingsperspectief": [
                (
                    "Bereid de cirkel voor met aparte gesprekken met de belangrijkste betrokkenen. Toets of ze "
                    "vrijwillig willen meedoen en wat ze nodig hebben om zich veilig te voelen."
                ),
                "Spreek bij de start duidelijke regels af, zoals: wie het voorwerp heeft, praat; de rest luistert.",
                (
                    "Stel de herstelvragen: Wat is er gebeurd? Wat dacht en voelde je? Wie zijn er geraakt en hoe? "
                    "Wat is er nodig om het goed te maken?"
                ),
                "Vat samen zonder te oordelen, en geef benadeelden ruimte om als eerste te zeggen wat ze nodig hebben.",
                "Laat deelnemers zelf concrete afspraken maken, en plan een moment om daarop terug te komen.",
                (
                    "Houd in de gaten wanneer een cirkel niet volstaat: bij strafbare feiten, onveiligheid thuis "
                    "of ernstige zorgen volg je het protocol van de school en de Meldcode, en schakel je hulp in."
                ),
            ],
            "training_details": (
                "De training duurt een dagdeel (ongeveer drie uur) en is bedoeld voor groepen van 8 tot 16 "
                "professionals. Deelnemers oefenen met rollenspellen en een volledige herstelcirkel. Aanvragen "
                "gaat via de relatiemanager van Halt; de training kan op school of op locatie in de wijk worden "
                "gegeven."
            ),
        },
    ],
}

THEMES = [SPORT_EN_GEDRAG, ONDERMIJNING, HERSTELGERICHT_WERKEN]
