"""Demo catalogue (youth B): fraude, jeugdcriminaliteit, wapens, oud en nieuw, tolerantie, klassendialoog."""

THEMES = [
    {
        "slug": "online-fraude-en-cybercriminaliteit",
        "title": "Online fraude en cybercriminaliteit",
        "order": 80,
        "summary": (
            "Hoe jongeren online oplichting herkennen, waarom hacken en accounts overnemen strafbaar is en wat je doet "
            "als het misgaat."
        ),
        "why": [
            (
                "Jongeren zijn veel online en zijn daardoor doelwit van online fraude: phishing-berichten, "
                "WhatsApp-fraude en nepwebshops treffen ook tieners, en accounts van games en sociale media worden "
                "vaak overgenomen."
            ),
            (
                "Tegelijk lijkt 'even inloggen bij een ander' of een paar berichten versturen voor geld voor veel "
                "jongeren een grap of een slimme bijverdienste. Ze weten vaak niet dat dit computervredebreuk of "
                "oplichting is, met echte slachtoffers en een mogelijk strafblad."
            ),
            (
                "De voorlichting leert jongeren fraude herkennen, zichzelf beschermen en nee zeggen tegen online "
                "criminele klusjes. Ze sluit aan bij de voorlichtingen Gedrag online en Geldezels. Voor ouders is er "
                "een ouderbijeenkomst over hetzelfde thema."
            ),
        ],
        "everyday_terms": [
            "phishing",
            "hacken",
            "account overnemen",
            "WhatsApp-fraude",
            "oplichting",
            "nepwebshop",
            "hoi mam-fraude",
            "verificatiecode",
            "tweestapsverificatie",
            "cybercrime",
        ],
        "lessons": [
            {
                "title": "Online fraude en cybercriminaliteit (VO onderbouw)",
                "slug": "online-fraude-en-cybercriminaliteit-vo-onderbouw",
                "offer_type": "voorlichting",
                "age_bands": ["vo-onderbouw"],
                "use": "proactief",
                "settings": ["school", "wijk"],
                "duration": 50,
                "group_size": "Eén klas, tot 32 leerlingen",
                "central_question": "Hoe herken je online oplichting, en waar ligt de grens tussen slim en strafbaar?",
                "summary": (
                    "De leerlingen ontdekken hoe phishing, WhatsApp-fraude en het overnemen van accounts werken. Ze "
                    "oefenen met het herkennen van nepberichten en praten over de verleiding om 'even' in te loggen "
                    "bij een ander. Ze gaan naar huis met vijf vaste stappen om hun accounts te beveiligen en weten "
                    "wat ze doen als het toch misgaat."
                ),
                "goals": {
                    "kennis": (
                        "Leerlingen weten wat phishing, WhatsApp-fraude en account overnemen zijn, en dat inloggen op "
                        "het account van een ander zonder toestemming strafbaar is (computervredebreuk)."
                    ),
                    "bewustwording": (
                        "Leerlingen zien hoe hun eigen online gewoontes, zoals wachtwoorden delen en snel op links "
                        "klikken, henzelf en anderen kwetsbaar maken."
                    ),
                    "handelingsperspectief": (
                        "Leerlingen kunnen hun accounts beveiligen en weten wat ze doen als ze zijn opgelicht of "
                        "gehackt: het vertellen, de bank bellen, wachtwoorden veranderen en melden."
                    ),
                },
                "content_guidance": ["criminaliteit"],
                "activities": [
                    {
                        "kind": "activity",
                        "title": "Opening: echt of nep?",
                        "minutes": 8,
                        "goal": "kennis",
                        "pupil_content": (
                            "Je ziet drie berichten: een sms van 'je bank', een WhatsApp van 'je moeder' met een nieuw "
                            "nummer en een DM van een gamebedrijf dat je gratis skins belooft. Welke zijn echt en "
                            "welke zijn nep?"
                        ),
                        "instructions": (
                            "Laat de drie voorbeeldberichten een voor een zien. Leerlingen stemmen per bericht met hun "
                            "hand: echt of nep. Vraag na elke stemming één of twee leerlingen: waar zag je dat aan?"
                        ),
                        "presenter_notes": (
                            "Alle drie zijn nep. Kenmerken: haast ('vandaag nog'), een link, een vraag om geld of een "
                            "code, een onbekend nummer of afzender. Benoem dat ook slimme mensen erin trappen: "
                            "oplichters doen dit beroepsmatig en passen hun berichten steeds aan."
                        ),
                        "materials": ["Digibord", "Dia met drie voorbeeldberichten"],
                        "optional": False,
                    },
                    {
                        "kind": "quiz",
                        "title": "Check: wat is strafbaar?",
                        "minutes": 10,
                        "goal": "kennis",
                        "questions": [
                            {
                                "question": (
                                    "Je weet het wachtwoord van een klasgenoot en logt in op zijn Instagram om een "
                                    "grappige post te plaatsen. Is dat strafbaar?"
                                ),
                                "answers": [
                                    "Ja, dat is computervredebreuk",
                                    "Nee, je kende het wachtwoord toch",
                                    "Alleen als je iets verwijdert",
                                ],
                                "correct": 0,
                                "explanation": (
                                    "Inloggen op het account van een ander zonder toestemming heet computervredebreuk. "
                                    "Dat is strafbaar, ook als je het wachtwoord kent of het als grap bedoelt."
                                ),
                            },
                            {
                                "question": (
                                    "Iemand vraagt via WhatsApp: 'Stuur me even de code van zes cijfers die je net "
                                    "kreeg.' Wat is er aan de hand?"
                                ),
                                "answers": [
                                    "Het is een test van WhatsApp",
                                    "Iemand probeert je account over te nemen",
                                    "Een vriend wil je nummer opslaan",
                                ],
                                "correct": 1,
                                "explanation": (
                                    "Met die verificatiecode zet iemand jouw WhatsApp op een ander toestel. Daarna "
                                    "stuurt hij je contacten berichten om geld te vragen. Deel zo'n code nooit, met "
                                    "niemand."
                                ),
                            },
                            {
                                "question": (
                                    "Vanaf welke leeftijd kun je in Nederland een straf krijgen voor online oplichting?"
                                ),
                                "answers": ["Vanaf 12 jaar", "Vanaf 16 jaar", "Vanaf 18 jaar"],
                                "correct": 0,
                                "explanation": (
                                    "Vanaf 12 jaar ben je strafrechtelijk verantwoordelijk. Voor jongeren van 12 tot "
                                    "18 jaar geldt het jeugdstrafrecht. Bij een lichter feit kan de politie je naar "
                                    "Halt sturen."
                                ),
                            },
                            {
                                "question": (
                                    "Je hebt iets gekocht bij een nepwebshop en betaald. Wat doe je als eerste?"
                                ),
                                "answers": [
                                    "Niets zeggen, het is je eigen schuld",
                                    "Het aan je ouders vertellen en samen de bank bellen",
                                    "Zelf de oplichter terug oplichten",
                                ],
                                "correct": 1,
                                "explanation": (
                                    "Hoe sneller de bank het weet, hoe groter de kans dat het geld nog tegen te houden "
                                    "is. Maak screenshots en doe daarna aangifte bij de politie. Schamen hoeft niet: "
                                    "de oplichter is fout, niet jij."
                                ),
                            },
                        ],
                        "presenter_notes": (
                            "Laat leerlingen eerst in tweetallen kiezen en dan stemmen. De vraag over de leeftijd "
                            "zorgt vaak voor verbazing; leg kort uit wat Halt is: een kans om het goed te maken zonder "
                            "strafblad."
                        ),
                        "optional": False,
                    },
                    {
                        "kind": "dilemma",
                        "title": "Even inloggen bij Sam?",
                        "minutes": 15,
                        "goal": "bewustwording",
                        "situation": (
                            "Je zit in de pauze met een paar vrienden. Eén van hen zag het wachtwoord van Sam toen "
                            "Sam inlogde op een laptop van school. Hij stelt voor om in te loggen op Sams gameaccount "
                            "en zijn dure skins aan jullie weg te geven. 'Sam merkt het pas morgen en iedereen doet "
                            "dit,' zegt hij. De anderen lachen en kijken naar jou."
                        ),
                        "options": [
                            "Je doet mee, het is maar een spel.",
                            "Je zegt dat je het geen goed idee vindt en loopt weg.",
                            "Je zegt niets, maar waarschuwt Sam later dat hij zijn wachtwoord moet veranderen.",
                            "Je zegt: 'Dit is gewoon stelen, ik doe niet mee,' en stelt voor iets anders te doen.",
                        ],
                        "discussion_questions": [
                            "Wat maakt het lastig om hier nee te zeggen?",
                            "Hoe zou Sam zich voelen als hij morgen inlogt?",
                            "Is het 'maar een spel' als de skins echt geld hebben gekost?",
                            "Welke keuze past bij jou, en wat heb je nodig om die ook echt te maken?",
                        ],
                        "presenter_notes": (
                            "Skins en items hebben echte waarde; ze weggeven of verkopen kan naast computervredebreuk "
                            "ook diefstal zijn. Let op de groepsdruk in het verhaal en verwijs terug naar de "
                            "voorlichting Invloed van de groep als de klas die heeft gehad. Dwing geen 'goed' antwoord "
                            "af; laat leerlingen zelf argumenten vinden."
                        ),
                        "optional": False,
                    },
                    {
                        "kind": "activity",
                        "title": "Maak je accounts hackproof",
                        "minutes": 12,
                        "goal": "handelingsperspectief",
                        "pupil_content": (
                            "Vijf stappen: 1. Zet tweestapsverificatie aan. 2. Gebruik voor elk account een ander, "
                            "lang wachtwoord (een wachtwoordzin). 3. Deel nooit een code die je per sms of app krijgt. "
                            "4. Klik niet op links in onverwachte berichten; ga zelf naar de app of website. 5. "
                            "Twijfel je? Bel de persoon op het oude nummer."
                        ),
                        "instructions": (
                            "Bespreek de vijf stappen. Laat leerlingen in tweetallen op hun eigen telefoon nakijken of "
                            "tweestapsverificatie aanstaat bij WhatsApp en bij één ander account, als de school "
                            "telefoons toestaat. Laat ze daarna een voorbeeld van een sterke wachtwoordzin bedenken "
                            "die ze niet zelf gebruiken."
                        ),
                        "presenter_notes": (
                            "Laat niemand een echt wachtwoord hardop zeggen of opschrijven. In WhatsApp heet het "
                            "'verificatie in twee stappen' (via Instellingen en dan Account). Mogen telefoons niet "
                            "gebruikt worden, laat het dan zien op het digibord met een demo-account."
                        ),
                        "materials": ["Digibord", "Eigen telefoon (als de school dat toestaat)"],
                        "optional": False,
                    },
                    {
                        "kind": "activity",
                        "title": "Wat doe je als het misgaat?",
                        "minutes": 5,
                        "goal": "handelingsperspectief",
                        "pupil_content": (
                            "Gehackt of opgelicht? 1. Vertel het aan een volwassene die je vertrouwt. 2. Geld "
                            "overgemaakt? Bel meteen je bank. 3. Verander je wachtwoorden en log overal uit. 4. "
                            "Waarschuw je contacten. 5. Maak screenshots en doe aangifte bij de politie. Advies nodig? "
                            "Fraudehelpdesk.nl."
                        ),
                        "instructions": (
                            "Loop de stappen kort door en vraag wie weleens iemand heeft geholpen met een gehackt "
                            "account. Sluit af met de centrale vraag: waar ligt voor jou nu de grens tussen slim en "
                            "strafbaar?"
                        ),
                        "presenter_notes": (
                            "Is de tijd op, geef de dia dan via de mentor mee als hand-out. Benadruk dat slachtoffers "
                            "zich niet hoeven te schamen en geen straf krijgen omdat ze erin trapten."
                        ),
                        "materials": ["Digibord"],
                        "optional": True,
                    },
                ],
                "follow_up": [
                    {
                        "title": "Nagesprek in de mentorles",
                        "text": (
                            "Laat leerlingen in de week na de voorlichting een nepbericht meenemen dat zij of hun "
                            "ouders kregen, met nummers en namen onleesbaar gemaakt. Bespreek samen waaraan je ziet "
                            "dat het nep is."
                        ),
                    },
                    {
                        "title": "Accountcheck thuis",
                        "text": (
                            "Geef als opdracht om thuis samen met een ouder of verzorger tweestapsverificatie aan te "
                            "zetten bij WhatsApp en één ander account. Leerlingen leveren niets in; vraag in de "
                            "volgende les alleen wie het is gelukt."
                        ),
                    },
                ],
                "safe_delivery": {
                    "ground_rules": [
                        "We noemen geen namen van klasgenoten of van mensen die zijn opgelicht.",
                        "We lachen niemand uit die ergens in is getrapt: oplichting is de schuld van de oplichter.",
                        "Niemand zegt of laat een echt wachtwoord of een echte code zien.",
                        "Je vertelt alleen wat je zelf wilt vertellen.",
                    ],
                    "disclosure": (
                        "Vertelt een leerling dat hij is opgelicht, gechanteerd of onder druk wordt gezet om een "
                        "account, simkaart of bankrekening te delen, reageer dan rustig en zonder oordeel en beloof "
                        "geen geheimhouding. Bespreek het na de les apart en overleg met de mentor of "
                        "zorgcoördinator. Bij afpersing met naaktbeelden (sextortion) verwijs je naar Helpwanted.nl "
                        "en de politie; bij zorgen over de thuissituatie volg je de Meldcode huiselijk geweld en "
                        "kindermishandeling (advies bij Veilig Thuis, 0800-2000)."
                    ),
                    "signposting": ["fraudehelpdesk", "politie", "helpwanted"],
                },
            },
            {
                "title": "Online fraude en cybercriminaliteit (VO bovenbouw)",
                "slug": "online-fraude-en-cybercriminaliteit-vo-bovenbouw",
                "offer_type": "voorlichting",
                "age_bands": ["vo-bovenbouw"],
                "use": "proactief",
                "settings": ["school", "wijk"],
                "duration": 50,
                "group_size": "Eén klas, tot 32 leerlingen",
                "central_question": "Wanneer word je van slachtoffer van online fraude zelf dader?",
                "summary": (
                    "De leerlingen bouwen voort op wat ze in de onderbouw leerden over phishing en accountovername. Ze "
                    "bekijken hoe online fraude werkt als een bedrijf, met rollen voor jongeren die sms'jes versturen "
                    "of hun account of rekening uitlenen. Ze wegen een aanbod voor 'makkelijk geld' af en oefenen hoe "
                    "ze zo'n aanbod afwijzen."
                ),
                "goals": {
                    "kennis": (
                        "Leerlingen weten hoe phishing en WhatsApp-fraude georganiseerd zijn en welke gevolgen meedoen "
                        "heeft: straf, strafblad, schadevergoeding en problemen met een Verklaring Omtrent het Gedrag "
                        "(VOG)."
                    ),
                    "bewustwording": (
                        "Leerlingen herkennen hoe wervers inspelen op hun wens om snel geld te verdienen, en hoe "
                        "normaal een 'kleine' rol kan voelen."
                    ),
                    "handelingsperspectief": (
                        "Leerlingen kunnen een aanbod voor een fraudeklus afwijzen, slachtoffers helpen en weten waar "
                        "ze fraude melden, ook anoniem."
                    ),
                },
                "content_guidance": ["criminaliteit"],
                "activities": [
                    {
                        "kind": "activity",
                        "title": "Opening: de fraudefabriek",
                        "minutes": 10,
                        "goal": "kennis",
                        "pupil_content": (
                            "Achter één phishing-sms zit vaak een hele keten: iemand bouwt een nepsite, iemand "
                            "verstuurt sms'jes, iemand belt slachtoffers als 'bankmedewerker', iemand leent zijn "
                            "rekening uit en iemand haalt het geld op. Welke rol lijkt jou het minst erg? En welke rol "
                            "is strafbaar?"
                        ),
                        "instructions": (
                            "Laat de keten als schema zien. Leerlingen kiezen met een handopsteking de rol die het "
                            "'minst erg' lijkt. Vertel daarna dat elke rol strafbaar is, ook het uitlenen van je "
                            "bankpas of account."
                        ),
                        "presenter_notes": (
                            "Rollen: bouwer van de nepsite, verspreider van berichten, 'caller' die met een nagemaakt "
                            "nummer van de bank belt (spoofing), geldezel en degene die het geld opneemt. Wie bewust "
                            "meewerkt, kan worden vervolgd voor (mede)plegen van of medeplichtigheid aan oplichting. "
                            "Verwijs naar de voorlichting Geldezels als de klas die al had."
                        ),
                        "materials": ["Digibord", "Dia met de fraudeketen"],
                        "optional": False,
                    },
                    {
                        "kind": "quiz",
                        "title": "Feit of fabel?",
                        "minutes": 10,
                        "goal": "kennis",
                        "questions": [
                            {
                                "question": (
                                    "Als je alleen phishing-berichten verstuurt en zelf geen geld pakt, ben je niet "
                                    "strafbaar."
                                ),
                                "answers": ["Waar", "Niet waar"],
                                "correct": 1,
                                "explanation": (
                                    "Wie bewust meewerkt aan oplichting, kan als medepleger of medeplichtige worden "
                                    "gestraft. Het versturen van phishing-berichten is een wezenlijk deel van de "
                                    "oplichting."
                                ),
                            },
                            {
                                "question": (
                                    "Een slachtoffer van WhatsApp-fraude krijgt zijn geld altijd terug van de bank."
                                ),
                                "answers": ["Waar", "Niet waar"],
                                "correct": 1,
                                "explanation": (
                                    "Wie zelf geld overmaakt aan een oplichter, is het vaak kwijt. Daarom is snel de "
                                    "bank bellen zo belangrijk. Slachtoffers zijn vaak ouderen die het geld hard nodig "
                                    "hebben."
                                ),
                            },
                            {
                                "question": "Een strafblad voor fraude kan het lastig maken om een VOG te krijgen.",
                                "answers": ["Waar", "Niet waar"],
                                "correct": 0,
                                "explanation": (
                                    "Voor veel stages en banen, bijvoorbeeld in de zorg, de kinderopvang, de "
                                    "beveiliging of bij een bank, heb je een Verklaring Omtrent het Gedrag nodig. Een "
                                    "veroordeling voor fraude kan die in de weg zitten."
                                ),
                            },
                            {
                                "question": (
                                    "Inloggen met inloggegevens die je online in een gelekte lijst vindt, is niet "
                                    "strafbaar, want ze waren al openbaar."
                                ),
                                "answers": ["Waar", "Niet waar"],
                                "correct": 1,
                                "explanation": (
                                    "Ook dan is het computervredebreuk: je komt in een account waarvoor je geen "
                                    "toestemming hebt. Dat de gegevens ergens rondslingeren, maakt het niet legaal."
                                ),
                            },
                        ],
                        "presenter_notes": (
                            "Laat leerlingen bij elke stelling naar de 'waar'-kant of de 'niet waar'-kant van het "
                            "lokaal lopen. Zo zie je snel welke misverstanden er leven. Houd de uitleg kort; het "
                            "dilemma is de kern van de les."
                        ),
                        "optional": False,
                    },
                    {
                        "kind": "dilemma",
                        "title": "Het aanbod in de groepschat",
                        "minutes": 15,
                        "goal": "bewustwording",
                        "situation": (
                            "Je zit in een grote groepschat van je sportclub. Iemand die je niet goed kent, stuurt je "
                            "een privébericht: 'Wil je 300 euro verdienen? Je hoeft alleen een paar sms'jes te "
                            "versturen met een tweede simkaart. Niemand komt erachter.' Je spaart voor je rijbewijs. "
                            "Een vriend zegt dat hij het ook weleens heeft gedaan en dat er niets gebeurde."
                        ),
                        "options": [
                            "Je doet het één keer, voor je rijbewijs.",
                            "Je vraagt eerst wat voor sms'jes het zijn.",
                            "Je reageert niet en blokkeert de afzender.",
                            "Je blokkeert de afzender en waarschuwt je vriend en de trainer.",
                        ],
                        "discussion_questions": [
                            "Wat maakt dit aanbod aantrekkelijk?",
                            "Wie krijgen die sms'jes, en hoe ziet hun dag eruit als ze erin trappen?",
                            "Wat weet de afzender straks over jou, en wat kan hij daarmee doen?",
                            "Wat zou je tegen je vriend zeggen?",
                        ],
                        "presenter_notes": (
                            "Wervers gebruiken vaak vertrouwde groepen en de boodschap 'iedereen doet het'. Wie "
                            "eenmaal meedoet, kan onder druk worden gezet ('anders vertel ik de politie dat jij het "
                            "was'). Benadruk dat stoppen en hulp vragen altijd kan. Durft iemand niet naar de politie, "
                            "dan is Meld Misdaad Anoniem (0800-7000) een optie."
                        ),
                        "optional": False,
                    },
                    {
                        "kind": "activity",
                        "title": "Nee zeggen tegen een fraudeklus",
                        "minutes": 10,
                        "goal": "handelingsperspectief",
                        "pupil_content": (
                            "Drie stappen bij een aanbod voor snel geld online: Stop (reageer niet meteen). Check (wat "
                            "moet je precies doen en wie heeft er schade?). Praat (met iemand die je vertrouwt). Meld "
                            "fraude bij de politie of Fraudehelpdesk.nl, of anoniem bij Meld Misdaad Anoniem."
                        ),
                        "instructions": (
                            "Maak groepjes van vier. Elk groepje krijgt een kaart met een aanbod: bankpas uitlenen, "
                            "account verkopen, sms'jes versturen of 'belwerk'. Ze bedenken een antwoord dat ze echt "
                            "zouden sturen en wie ze om hulp kunnen vragen. Laat twee groepjes hun antwoord voorlezen."
                        ),
                        "presenter_notes": (
                            "Goede antwoorden zijn kort en duidelijk ('Nee, ik doe niet mee'); je hoeft niet uit te "
                            "leggen waarom. Blokkeren en melden in de app is ook een goede stap. Wie al heeft "
                            "meegedaan, kan nog steeds stoppen; praten met een mentor of jongerenwerker helpt om uit "
                            "te zoeken hoe."
                        ),
                        "materials": ["Aanbodkaarten (vier soorten)", "Digibord"],
                        "optional": False,
                    },
                    {
                        "kind": "socratic",
                        "title": "Dialoog: is online stelen minder erg?",
                        "minutes": 5,
                        "goal": "bewustwording",
                        "opening_question": (
                            "Voelt iemand online oplichten anders dan iemand op straat beroven? Waarom?"
                        ),
                        "follow_up_questions": [
                            "Wat zie je niet als je iemand online oplicht?",
                            "Maakt het uit of het slachtoffer een bank is of een oudere buurvrouw?",
                            "Wat zou je willen dat een oplichter over jou wist als jij het slachtoffer was?",
                        ],
                        "presenter_notes": (
                            "Laat stiltes even bestaan. Online daders zien hun slachtoffers niet, waardoor de schade "
                            "klein lijkt. Slachtoffers vertellen vaak over schaamte en wantrouwen, niet alleen over "
                            "geld."
                        ),
                        "optional": True,
                    },
                ],
                "follow_up": [
                    {
                        "title": "Koppeling met Geldezels",
                        "text": (
                            "Heeft de klas de voorlichting Geldezels nog niet gehad, plan die dan in. De thema's "
                            "versterken elkaar: veel online fraude loopt via de bankrekeningen van jongeren."
                        ),
                    },
                    {
                        "title": "Waarschuwing voor thuis",
                        "text": (
                            "Laat leerlingen in tweetallen een korte waarschuwingsboodschap over WhatsApp-fraude maken "
                            "voor een jonger broertje, zusje of een grootouder. Bespreek welke boodschap het best "
                            "overkomt en waarom."
                        ),
                    },
                ],
                "safe_delivery": {
                    "ground_rules": [
                        "We noemen geen namen van klasgenoten of van mensen die zijn opgelicht.",
                        "We lachen niemand uit die ergens in is getrapt: oplichting is de schuld van de oplichter.",
                        "Niemand zegt of laat een echt wachtwoord of een echte code zien.",
                        "Je vertelt alleen wat je zelf wilt vertellen.",
                    ],
                    "disclosure": (
                        "Vertelt een leerling dat hij is opgelicht, gechanteerd of onder druk wordt gezet om een "
                        "account, simkaart of bankrekening te delen, reageer dan rustig en zonder oordeel en beloof "
                        "geen geheimhouding. Bespreek het na de les apart en overleg met de mentor of "
                        "zorgcoördinator. Bij afpersing met naaktbeelden (sextortion) verwijs je naar Helpwanted.nl "
                        "en de politie; bij zorgen over de thuissituatie volg je de Meldcode huiselijk geweld en "
                        "kindermishandeling (advies bij Veilig Thuis, 0800-2000)."
                    ),
                    "signposting": ["fraudehelpdesk", "politie", "helpwanted"],
                },
            },
            {
                "title": "Online fraude en cybercriminaliteit (MBO)",
                "slug": "online-fraude-en-cybercriminaliteit-mbo",
                "offer_type": "voorlichting",
                "age_bands": ["mbo"],
                "use": "proactief",
                "settings": ["school", "wijk"],
                "duration": 50,
                "group_size": "Eén klas, tot 30 studenten",
                "central_question": "Hoe gebruik je je digitale vaardigheden zonder over de grens te gaan?",
                "summary": (
                    "De studenten bouwen voort op wat ze in het VO hoorden over phishing en accountovername en kijken "
                    "nu naar hun rol als stagiair, werknemer en digitale vakkracht. Ze ontdekken waar de grens ligt "
                    "tussen nieuwsgierig en strafbaar hacken en welke legale routes er zijn. Ze oefenen met phishing "
                    "op het werk en met een aanbod om mee te werken aan fraude."
                ),
                "goals": {
                    "kennis": (
                        "Leerlingen kennen de strafbaarheid van computervredebreuk, DDoS-aanvallen en oplichting, en "
                        "de gevolgen voor hun opleiding, stage en VOG."
                    ),
                    "bewustwording": (
                        "Leerlingen denken na over hun eigen digitale vaardigheden en hoe die gewenst, maar ook "
                        "misbruikt kunnen worden."
                    ),
                    "handelingsperspectief": (
                        "Leerlingen weten hoe ze een lek netjes melden (responsible disclosure), phishing op het werk "
                        "melden en een fraudeaanbod afwijzen."
                    ),
                },
                "content_guidance": ["criminaliteit"],
                "activities": [
                    {
                        "kind": "activity",
                        "title": "Terugblik: wat weet je nog?",
                        "minutes": 5,
                        "goal": "kennis",
                        "pupil_content": (
                            "In het VO heb je misschien geleerd hoe je phishing en WhatsApp-fraude herkent. Noem in "
                            "één minuut drie kenmerken van een nepbericht."
                        ),
                        "instructions": (
                            "Laat studenten in tweetallen drie kenmerken noemen en verzamel ze op het bord. Vul aan "
                            "waar nodig."
                        ),
                        "presenter_notes": (
                            "Kenmerken: haast, angst of een beloning, een link of bijlage, een vraag om een code of "
                            "geld, een afwijkend nummer of e-mailadres. Kent de groep dit goed, houd het dan kort."
                        ),
                        "materials": ["Digibord of whiteboard"],
                        "optional": False,
                    },
                    {
                        "kind": "quiz",
                        "title": "Grijs gebied? Check de wet",
                        "minutes": 10,
                        "goal": "kennis",
                        "questions": [
                            {
                                "question": (
                                    "Je ontdekt op de website van je stagebedrijf een lek waardoor je klantgegevens "
                                    "kunt zien. Je downloadt ze om te bewijzen dat het lek bestaat. Hoe zit dat?"
                                ),
                                "answers": [
                                    "Netjes, zo help je het bedrijf",
                                    "Strafbaar: je gaat verder dan nodig is",
                                    "Alleen strafbaar als je de gegevens verkoopt",
                                ],
                                "correct": 1,
                                "explanation": (
                                    "Bij het melden van een lek doe je niet meer dan nodig is om het aan te tonen. "
                                    "Gegevens downloaden of delen kan computervredebreuk zijn en veroorzaakt een "
                                    "datalek. Meld het lek meteen en volg het meldbeleid van de organisatie."
                                ),
                            },
                            {
                                "question": (
                                    "Een 'booter' huren om de gameserver van een vriend of de schoolwebsite plat te "
                                    "leggen (DDoS) is ..."
                                ),
                                "answers": [
                                    "een grap zonder gevolgen",
                                    "strafbaar, ook als het maar een paar minuten duurt",
                                    "alleen strafbaar bij een groot bedrijf",
                                ],
                                "correct": 1,
                                "explanation": (
                                    "Een DDoS-aanval is strafbaar, ook als hij kort duurt. De politie heeft de "
                                    "afgelopen jaren veel jonge gebruikers van booters opgespoord en aangesproken."
                                ),
                            },
                            {
                                "question": (
                                    "Wat kan er gebeuren met een jonge hacker die voor het eerst wordt gepakt voor een "
                                    "lichter feit?"
                                ),
                                "answers": [
                                    "Hij krijgt altijd meteen een celstraf",
                                    (
                                        "Hij kan een alternatief traject krijgen waarin hij leert zijn kennis legaal "
                                        "te gebruiken"
                                    ),
                                    "Er gebeurt niets",
                                ],
                                "correct": 1,
                                "explanation": (
                                    "Voor jonge daders van lichtere cybercriminaliteit bestaat Hack_Right: een "
                                    "alternatieve afdoening waarin ze onder meer leren over ethisch hacken. Bij "
                                    "ernstige feiten volgt een strafzaak."
                                ),
                            },
                            {
                                "question": (
                                    "Een collega vraagt om jouw inlogcode voor het kassasysteem omdat hij de zijne "
                                    "kwijt is. Wat doe je?"
                                ),
                                "answers": [
                                    "Even geven, dat is collegiaal",
                                    "Niet geven en hem naar de leidinggevende verwijzen",
                                    "Geven en daarna je code veranderen",
                                ],
                                "correct": 1,
                                "explanation": (
                                    "Met jouw code staat alles wat hij doet op jouw naam. Bij fraude of diefstal ben "
                                    "jij dan het eerste aanspreekpunt. Een nieuwe code regelt de leidinggevende."
                                ),
                            },
                        ],
                        "presenter_notes": (
                            "Studenten van een ICT-opleiding weten soms meer dan jij; vraag ze om uitleg en stuur het "
                            "gesprek naar de kern: toestemming. Zonder toestemming van de eigenaar binnendringen is "
                            "strafbaar, hoe goed je bedoeling ook is."
                        ),
                        "optional": False,
                    },
                    {
                        "kind": "dilemma",
                        "title": "De klus via Telegram",
                        "minutes": 15,
                        "goal": "bewustwording",
                        "situation": (
                            "Je zit in het tweede jaar van je opleiding en je bent goed met computers. In een "
                            "Telegram-groep vraagt iemand of je een inlogpagina wilt namaken die precies lijkt op die "
                            "van een bekende bank. 'Ik betaal 500 euro. Het is alleen designwerk, wat ik ermee doe is "
                            "mijn zaak.' Je huur is deze maand nog niet betaald en je hebt het geld nodig."
                        ),
                        "options": [
                            "Je doet het; jij maakt alleen een ontwerp.",
                            "Je vraagt meer geld, want het is riskant.",
                            "Je weigert en verlaat de groep.",
                            "Je weigert, verlaat de groep en meldt het, eventueel anoniem.",
                        ],
                        "discussion_questions": [
                            "Klopt het dat jij 'alleen designwerk' doet?",
                            "Wie worden er straks opgelicht met jouw pagina?",
                            "Wat betekent een veroordeling voor je stage of je eerste baan?",
                            "Waar kun je terecht als je geldproblemen hebt?",
                        ],
                        "presenter_notes": (
                            "Wie bewust een phishing-pagina voor een ander maakt, kan worden vervolgd voor medeplegen "
                            "van of medeplichtigheid aan oplichting. Bespreek ook de geldzorgen: verwijs naar de "
                            "studentendecaan, het jongerenloket of de schuldhulp van de gemeente. Geldzorgen zijn een "
                            "bekende ingang voor criminele werving."
                        ),
                        "optional": False,
                    },
                    {
                        "kind": "activity",
                        "title": "Phishing op je werk: wat doe je?",
                        "minutes": 12,
                        "goal": "handelingsperspectief",
                        "pupil_content": (
                            "Je krijgt op je stage een mail van 'de directeur': 'Kun je snel tien cadeaukaarten kopen "
                            "voor een klant? Ik betaal je morgen terug.' Wat doe je? Maak met je groepje een "
                            "stappenplan van vier stappen."
                        ),
                        "instructions": (
                            "Laat groepjes van drie of vier een stappenplan maken en bespreek er twee met de hele "
                            "klas. Vul aan met de stappen uit de presentatortekst."
                        ),
                        "presenter_notes": (
                            "Goede stappen: niet op de mail reageren, de afzender controleren via een bekend nummer of "
                            "persoonlijk, melden bij de leidinggevende of de ICT-afdeling, niets kopen of overmaken. "
                            "Dit heet CEO-fraude. Leg uit dat melden geen verraad is maar goed werknemerschap."
                        ),
                        "materials": ["Digibord", "Papier en pen per groepje"],
                        "optional": False,
                    },
                    {
                        "kind": "activity",
                        "title": "Legale routes voor je skills",
                        "minutes": 8,
                        "goal": "handelingsperspectief",
                        "pupil_content": (
                            "Goed in hacken of programmeren? Er zijn legale routes: capture-the-flag-wedstrijden, bug "
                            "bounty-programma's, een stage bij een securitybedrijf en het netjes melden van lekken "
                            "(responsible disclosure). Zo bouw je aan je cv in plaats van aan een strafblad."
                        ),
                        "instructions": (
                            "Laat de routes zien en vraag wie er al eens van hoorde. Vraag een of twee studenten wat "
                            "ze zelf graag zouden willen leren en wie hen daarbij kan helpen."
                        ),
                        "presenter_notes": (
                            "Veel organisaties, ook de overheid, hebben een meldbeleid voor kwetsbaarheden op hun "
                            "website (zoek op 'responsible disclosure' of 'coordinated vulnerability disclosure'). "
                            "Raad geen commerciële platforms aan; verwijs naar de opleiding en de stagebegeleider."
                        ),
                        "materials": ["Digibord"],
                        "optional": True,
                    },
                ],
                "follow_up": [
                    {
                        "title": "Bespreken in de stagevoorbereiding",
                        "text": (
                            "Neem de casus over phishing op het werk op in de stagevoorbereiding. Laat studenten bij "
                            "hun stagebedrijf navragen hoe ze daar phishing en fraude moeten melden."
                        ),
                    },
                    {
                        "title": "Voor ICT-opleidingen",
                        "text": (
                            "Laat studenten het meldbeleid voor kwetsbaarheden van een organisatie naar keuze opzoeken "
                            "en bespreken wat wel en niet mag. Dat is een goede opstap naar ethisch hacken binnen de "
                            "opleiding."
                        ),
                    },
                ],
                "safe_delivery": {
                    "ground_rules": [
                        "We noemen geen namen van klasgenoten of van mensen die zijn opgelicht.",
                        "We lachen niemand uit die ergens in is getrapt: oplichting is de schuld van de oplichter.",
                        "Niemand zegt of laat een echt wachtwoord of een echte code zien.",
                        "Je vertelt alleen wat je zelf wilt vertellen.",
                    ],
                    "disclosure": (
                        "Vertelt een leerling dat hij is opgelicht, gechanteerd of onder druk wordt gezet om een "
                        "account, simkaart of bankrekening te delen, reageer dan rustig en zonder oordeel en beloof "
                        "geen geheimhouding. Bespreek het na de les apart en overleg met de mentor of "
                        "zorgcoördinator. Bij afpersing met naaktbeelden (sextortion) verwijs je naar Helpwanted.nl "
                        "en de politie; bij zorgen over de thuissituatie volg je de Meldcode huiselijk geweld en "
                        "kindermishandeling (advies bij Veilig Thuis, 0800-2000)."
                    ),
                    "signposting": ["fraudehelpdesk", "politie", "helpwanted"],
                },
            },
        ],
        "parent_guide": {
            "title": "Gesprekshulp voor ouders: Online fraude & cybercriminaliteit",
            "slug": "ouders",
            "intro": (
                "Uw kind kreeg op school een les van Halt over online fraude. Het ging over oplichting, hacken en "
                "accounts overnemen. Met deze gesprekshulp praat u er thuis verder over."
            ),
            "accompanies": [
                "online-fraude-en-cybercriminaliteit-vo-onderbouw",
                "online-fraude-en-cybercriminaliteit-vo-bovenbouw",
                "online-fraude-en-cybercriminaliteit-mbo",
            ],
            "learned": {
                "kennis": (
                    "Uw kind weet wat phishing en WhatsApp-fraude zijn. Het weet ook dat inloggen bij een ander "
                    "strafbaar is."
                ),
                "bewustwording": (
                    "Uw kind dacht na over eigen gewoontes online. Bijvoorbeeld een wachtwoord delen of snel op een "
                    "link klikken."
                ),
                "handelingsperspectief": (
                    "Uw kind weet hoe het accounts beveiligt. Het weet ook wat het doet als het is opgelicht of "
                    "gehackt."
                ),
            },
            "conversation_starters": [
                "Welk nepbericht uit de les was het moeilijkst om te herkennen?",
                "Kreeg jij of een vriend weleens een raar bericht? Wat deed je toen?",
                "Staat tweestapsverificatie aan bij jouw apps? Wil je het me laten zien?",
                "Wat zou jij doen als iemand je geld biedt voor je account of je bankpas?",
                "Aan wie zou je het vertellen als je was opgelicht?",
            ],
            "what_you_can_do": [
                "Zet samen tweestapsverificatie aan. Doe het ook bij uw eigen apps.",
                "Spreek een controlevraag af. Dan weet u of een bericht echt van uw kind komt.",
                "Blijf rustig als uw kind is opgelicht. Schaamte maakt het alleen erger.",
                "Is er geld weg? Bel meteen de bank. Doe daarna aangifte bij de politie.",
                "Let op signalen: ineens veel geld, een tweede telefoon of geheimzinnig gedrag.",
                "Twijfelt u? Bel de Fraudehelpdesk voor advies.",
            ],
            "meeting": (
                "Halt organiseert ook een ouderbijeenkomst over dit thema. De school nodigt u uit. Een Halt-medewerker "
                "leidt de bijeenkomst als gast. U hoort wat uw kind leerde en u praat met andere ouders."
            ),
            "help": ["fraudehelpdesk", "politie", "opvoedinformatie"],
        },
        "professional_guides": [],
    },
    {
        "slug": "jeugdcriminaliteit",
        "title": "Jeugdcriminaliteit",
        "order": 90,
        "summary": (
            "Wat jeugdcriminaliteit is, wat de gevolgen zijn voor daders en slachtoffers en hoe Halt jongeren een kans "
            "geeft om het goed te maken."
        ),
        "why": [
            (
                "Veel jongeren komen in hun tienerjaren in aanraking met grensoverschrijdend gedrag: vernieling, "
                "winkeldiefstal, heling of meedoen met de groep. Vaak beseffen ze niet dat dit strafbaar is en dat je "
                "vanaf 12 jaar een straf kunt krijgen."
            ),
            (
                "Deze voorlichting laat zien wat de gevolgen zijn voor de jongere zelf, voor het slachtoffer en voor "
                "de omgeving. Ook vertelt ze wat Halt doet: met de Halt-interventie krijgen jongeren van 12 tot 18 "
                "jaar bij een lichter strafbaar feit de kans om het goed te maken, zonder strafblad."
            ),
            (
                "De voorlichting wordt proactief gegeven, maar ook reactief, bijvoorbeeld na vernielingen of diefstal "
                "rond school of in de wijk."
            ),
        ],
        "everyday_terms": [
            "strafblad",
            "Halt-straf",
            "winkeldiefstal",
            "vernieling",
            "baldadigheid",
            "heling",
            "criminele werving",
            "politie",
        ],
        "lessons": [
            {
                "title": "Jeugdcriminaliteit (groep 7-8)",
                "slug": "jeugdcriminaliteit-po-groep-7-8",
                "offer_type": "voorlichting",
                "age_bands": ["po-groep-7-8"],
                "use": "beide",
                "settings": ["school", "wijk"],
                "duration": 60,
                "group_size": "Eén groep, tot 30 leerlingen",
                "central_question": "Wat gebeurt er als je iets doet wat niet mag?",
                "summary": (
                    "De leerlingen praten over regels en wetten en ontdekken dat je vanaf 12 jaar een straf kunt "
                    "krijgen. Met eenvoudige voorbeelden leren ze wat strafbaar is, hoe een slachtoffer zich voelt en "
                    "wat Halt doet. Ze oefenen hoe je nee zegt als vrienden iets willen doen wat niet mag."
                ),
                "goals": {
                    "kennis": "Leerlingen weten dat je vanaf 12 jaar een straf kunt krijgen en wat Halt doet.",
                    "bewustwording": (
                        "Leerlingen merken dat een slachtoffer echt last heeft van 'een geintje', zoals iets "
                        "kapotmaken."
                    ),
                    "handelingsperspectief": (
                        "Leerlingen kunnen nee zeggen tegen vrienden en weten bij wie ze hulp kunnen vragen."
                    ),
                },
                "content_guidance": ["criminaliteit"],
                "activities": [
                    {
                        "kind": "activity",
                        "title": "Regels overal",
                        "minutes": 10,
                        "goal": "kennis",
                        "pupil_content": (
                            "Thuis, op school en op straat zijn er regels. Sommige regels zijn wetten. Als je een wet "
                            "overtreedt, kan de politie komen. Noem een regel van thuis, een regel van school en een "
                            "wet."
                        ),
                        "instructions": (
                            "Maak op het bord drie kolommen: thuis, school en wet. Leerlingen noemen om de beurt een "
                            "regel en zeggen in welke kolom hij hoort. Vraag: wat is het verschil tussen een regel en "
                            "een wet?"
                        ),
                        "presenter_notes": (
                            "Voorbeelden van wetten: niet stelen, niets kapotmaken, niet slaan, geen vuurwerk afsteken "
                            "buiten de tijden. Het verschil: bij een wet kan de politie je aanspreken en kan er een "
                            "straf volgen."
                        ),
                        "materials": ["Digibord of whiteboard"],
                        "optional": False,
                    },
                    {
                        "kind": "quiz",
                        "title": "Mag dit of mag dit niet?",
                        "minutes": 12,
                        "goal": "kennis",
                        "questions": [
                            {
                                "question": "Je gooit met een steen een ruit van de gymzaal kapot. Is dat strafbaar?",
                                "answers": [
                                    "Ja, dat is vernieling",
                                    "Nee, het is maar een ruit",
                                    "Alleen als iemand het ziet",
                                ],
                                "correct": 0,
                                "explanation": (
                                    "Iets expres kapotmaken heet vernieling. Dat is strafbaar. De schade moet ook "
                                    "worden betaald."
                                ),
                            },
                            {
                                "question": (
                                    "Vanaf welke leeftijd kun je een straf krijgen van de politie of de rechter?"
                                ),
                                "answers": ["Vanaf 10 jaar", "Vanaf 12 jaar", "Vanaf 18 jaar"],
                                "correct": 1,
                                "explanation": (
                                    "Vanaf je 12e kun je een straf krijgen. Ben je jonger, dan praat de politie wel "
                                    "met jou en je ouders. Je ouders moeten dan vaak de schade betalen."
                                ),
                            },
                            {
                                "question": "Wat is Halt?",
                                "answers": [
                                    "Een gevangenis voor kinderen",
                                    "Een organisatie die jongeren helpt het goed te maken",
                                    "Een ander woord voor politie",
                                ],
                                "correct": 1,
                                "explanation": (
                                    "Bij Halt maken jongeren van 12 tot 18 jaar het goed na iets wat niet mocht. Ze "
                                    "bieden excuses aan en betalen de schade. Als alles goed gaat, krijgen ze geen "
                                    "strafblad."
                                ),
                            },
                            {
                                "question": (
                                    "Je vriend pakt een zak snoep uit de winkel zonder te betalen. Jij staat erbij. "
                                    "Wat is slim?"
                                ),
                                "answers": [
                                    "Meedoen, het is maar snoep",
                                    "Zeggen dat je niet meedoet en weggaan",
                                    "Op de uitkijk staan",
                                ],
                                "correct": 1,
                                "explanation": (
                                    "Ook snoep pakken is stelen. Wie op de uitkijk staat, doet ook mee. Je mag altijd "
                                    "nee zeggen."
                                ),
                            },
                        ],
                        "presenter_notes": (
                            "Laat kinderen stemmen met groene en rode kaartjes. Leg 'strafblad' eenvoudig uit: een "
                            "lijst bij de overheid waarop staat wat je hebt gedaan. Dat kan later lastig zijn, "
                            "bijvoorbeeld als je een baan zoekt."
                        ),
                        "optional": False,
                    },
                    {
                        "kind": "dilemma",
                        "title": "De bushalte",
                        "minutes": 13,
                        "goal": "bewustwording",
                        "situation": (
                            "Je loopt na school met drie vrienden naar huis. Bij de bushalte begint een vriend tegen "
                            "het glas te trappen. 'Kom op, doe mee, niemand ziet het!' zegt hij. De anderen gaan ook "
                            "trappen. Het glas begint te barsten."
                        ),
                        "options": [
                            "Ik doe mee, anders vinden ze me niet stoer.",
                            "Ik zeg: 'Stop, dit is niet leuk,' en loop door.",
                            "Ik doe niet mee, maar zeg ook niets.",
                            "Ik ga naar huis en vertel het aan mijn ouders.",
                        ],
                        "discussion_questions": [
                            "Wie heeft er last van een kapotte bushalte?",
                            "Hoe voelt het om nee te zeggen tegen je vrienden?",
                            "Wat kun je zeggen zodat je vrienden stoppen?",
                        ],
                        "presenter_notes": (
                            "Laat kinderen bij elke keuze naar een hoek van het lokaal lopen. Wie heeft er last: "
                            "mensen die in de regen op de bus wachten, de gemeente of het busbedrijf (en dus iedereen "
                            "die belasting betaalt), de schoonmaker die het glas opruimt. Prijs kinderen die zelf een "
                            "andere keuze bedenken."
                        ),
                        "optional": False,
                    },
                    {
                        "kind": "activity",
                        "title": "Het goed maken",
                        "minutes": 15,
                        "goal": "handelingsperspectief",
                        "pupil_content": (
                            "Noor (13 jaar) heeft met vrienden een fiets vernield. Ze moet naar Halt. Wat vind jij dat "
                            "Noor moet doen om het goed te maken met de eigenaar van de fiets?"
                        ),
                        "instructions": (
                            "Kinderen bedenken in groepjes van vier wat Noor kan doen. Elk groepje schrijft een korte "
                            "excuusbrief van drie zinnen aan de eigenaar. Twee groepjes lezen hun brief voor. Vertel "
                            "daarna wat er bij Halt echt gebeurt: een gesprek, excuses, de schade betalen, een "
                            "leeropdracht, en de ouders doen mee."
                        ),
                        "presenter_notes": (
                            "Een goed excuus heeft drie delen: zeggen wat je deed, zeggen dat het fout was en zeggen "
                            "hoe je het goed maakt. Benoem dat excuses aanbieden moeilijk is en daarom moedig. Noor is "
                            "een verzonnen voorbeeld."
                        ),
                        "materials": ["Papier en pennen", "Dia met een voorbeeld van een excuusbrief"],
                        "optional": False,
                    },
                    {
                        "kind": "activity",
                        "title": "Wie kun je om hulp vragen?",
                        "minutes": 10,
                        "goal": "handelingsperspectief",
                        "pupil_content": (
                            "Soms zit je in een lastige situatie. Bijvoorbeeld als vrienden iets willen wat niet mag, "
                            "of als je iets hebt gezien. Bij wie kun je dan terecht?"
                        ),
                        "instructions": (
                            "Laat kinderen op een kaartje drie mensen of plekken schrijven bij wie ze terechtkunnen, "
                            "zonder namen van klasgenoten. Bespreek: ouders, de leerkracht, een trainer, en de "
                            "Kindertelefoon (0800-0432, gratis en anoniem)."
                        ),
                        "presenter_notes": (
                            "Geef het nummer van de Kindertelefoon altijd mee, ook als deze opdracht wordt "
                            "overgeslagen. Vertelt een kind iets zorgelijks, volg dan de afspraken van de school en de "
                            "Meldcode."
                        ),
                        "materials": ["Kaartjes", "Pennen"],
                        "optional": True,
                    },
                ],
                "follow_up": [
                    {
                        "title": "Terugkomen op de excuusbrief",
                        "text": (
                            "Hang de excuusbrieven van de groepjes op en bespreek een week later: wat maakt excuses "
                            "echt gemeend? Koppel het aan ruzies of conflicten in de groep, zonder namen te noemen."
                        ),
                    },
                    {
                        "title": "Poster met regels en wetten",
                        "text": (
                            "Maak met de groep een poster met het verschil tussen regels thuis, regels op school en "
                            "wetten. Verwijs ernaar als er iets gebeurt op het schoolplein."
                        ),
                    },
                ],
                "safe_delivery": {
                    "ground_rules": [
                        "We noemen geen namen van echte mensen en vertellen geen details van echte zaken.",
                        "Wat iemand over zichzelf vertelt, blijft in de klas.",
                        "We lachen niemand uit en we oordelen niet over elkaar.",
                        "Je vertelt alleen wat je zelf wilt vertellen.",
                    ],
                    "disclosure": (
                        "Vertelt een leerling dat hij wordt bedreigd, onder druk wordt gezet om 'klusjes' te doen of "
                        "zelf betrokken is bij strafbare feiten, reageer dan rustig en beloof geen geheimhouding. "
                        "Bespreek na de les met de leerling wat je gaat doen en overleg dezelfde dag met de "
                        "aandachtsfunctionaris of zorgcoördinator. Bij zorgen over de thuissituatie volg je de "
                        "Meldcode huiselijk geweld en kindermishandeling (advies bij Veilig Thuis, 0800-2000); bij "
                        "acuut gevaar bel je 112. Wie anoniem informatie wil geven, verwijs je naar Meld Misdaad "
                        "Anoniem (0800-7000)."
                    ),
                    "signposting": ["kindertelefoon", "meld-misdaad-anoniem", "veilig-thuis"],
                },
            },
            {
                "title": "Jeugdcriminaliteit (VO onderbouw)",
                "slug": "jeugdcriminaliteit-vo-onderbouw",
                "offer_type": "voorlichting",
                "age_bands": ["vo-onderbouw"],
                "use": "beide",
                "settings": ["school", "wijk"],
                "duration": 50,
                "group_size": "Eén klas, tot 32 leerlingen",
                "central_question": "Hoe klein begint jeugdcriminaliteit, en hoe groot kunnen de gevolgen worden?",
                "summary": (
                    "De leerlingen herhalen wat ze in groep 7-8 leerden over regels en wetten en horen wat er gebeurt "
                    "als de politie je aanhoudt. Ze leren wat de Halt-interventie is: een kans om het goed te maken "
                    "zonder strafblad. Via een dilemma over heling en een oefening met groepsdruk denken ze na over "
                    "hun eigen keuzes."
                ),
                "goals": {
                    "kennis": (
                        "Leerlingen weten welke veelvoorkomende feiten strafbaar zijn (winkeldiefstal, vernieling, "
                        "heling), wat een Halt-interventie inhoudt en wanneer er een strafblad kan volgen."
                    ),
                    "bewustwording": (
                        "Leerlingen zien hoe groepsdruk en 'gewoon een geintje' hun keuzes beïnvloeden en wat "
                        "slachtoffers daarvan merken."
                    ),
                    "handelingsperspectief": (
                        "Leerlingen kunnen in een groep een andere keuze maken en weten hoe ze iets goedmaken als het "
                        "toch misgaat."
                    ),
                },
                "content_guidance": ["criminaliteit"],
                "activities": [
                    {
                        "kind": "activity",
                        "title": "Opening: strafbaar of niet?",
                        "minutes": 8,
                        "goal": "kennis",
                        "pupil_content": (
                            "Loop naar links als je denkt dat het strafbaar is en naar rechts als je denkt van niet: "
                            "1. Een gestolen telefoon kopen voor 50 euro. 2. Zonder kaartje met de trein reizen. 3. "
                            "Een filmpje van een vechtpartij doorsturen. 4. Graffiti spuiten op de muur van school."
                        ),
                        "instructions": (
                            "Lees de stellingen een voor een voor. Leerlingen kiezen een kant. Vraag aan beide kanten "
                            "een leerling om uitleg en geef daarna het antwoord."
                        ),
                        "presenter_notes": (
                            "1: heling, strafbaar. 2: zwartrijden mag niet; je krijgt een boete of toeslag. 3: "
                            "doorsturen kan strafbaar zijn, bijvoorbeeld als het slachtoffer wordt vernederd, en is in "
                            "elk geval schadelijk; ga er niet diep op in, dit komt terug in Gedrag online. 4: "
                            "vernieling, strafbaar."
                        ),
                        "materials": ["Vrije ruimte in het lokaal"],
                        "optional": False,
                    },
                    {
                        "kind": "activity",
                        "title": "Wat is Halt?",
                        "minutes": 10,
                        "goal": "kennis",
                        "pupil_content": (
                            "Ben je tussen 12 en 18 jaar en doe je iets licht strafbaars, zoals winkeldiefstal of "
                            "vernieling? Dan kan de politie of een boa je naar Halt sturen. Je maakt het goed: je "
                            "biedt excuses aan, betaalt de schade en doet leeropdrachten. Je ouders doen mee. Rond je "
                            "het goed af, dan krijg je geen strafblad."
                        ),
                        "instructions": (
                            "Vertel aan de hand van de dia wat een Halt-interventie is. Laat de klas daarna raden wat "
                            "jongeren het moeilijkste onderdeel vinden, en bespreek de antwoorden."
                        ),
                        "presenter_notes": (
                            "Veel jongeren noemen excuses aanbieden het moeilijkst. Halt is geen straf om je klein te "
                            "maken, maar een kans om te leren en het goed te maken. Kom je de afspraken niet na, dan "
                            "gaat de zaak terug naar de politie en het Openbaar Ministerie. Bij zwaardere feiten volgt "
                            "een strafzaak bij de kinderrechter."
                        ),
                        "materials": ["Digibord", "Dia over de Halt-interventie"],
                        "optional": False,
                    },
                    {
                        "kind": "dilemma",
                        "title": "Goedkope oordopjes",
                        "minutes": 14,
                        "goal": "bewustwording",
                        "situation": (
                            "Een jongen uit de derde klas biedt je in de pauze nieuwe draadloze oordopjes aan voor 25 "
                            "euro. In de winkel kosten ze meer dan 150 euro. 'Niet vragen waar ze vandaan komen,' zegt "
                            "hij met een knipoog. Twee vrienden van je hebben er al een gekocht. Jouw oordopjes zijn "
                            "net kapot."
                        ),
                        "options": [
                            "Je koopt ze, zo'n aanbieding krijg je nooit meer.",
                            "Je vraagt eerst of er een bon bij zit.",
                            "Je zegt nee: dit is te mooi om waar te zijn.",
                            "Je zegt nee en waarschuwt je vrienden dat ze gestolen kunnen zijn.",
                        ],
                        "discussion_questions": [
                            "Waarom zouden ze zo goedkoop zijn?",
                            "Wie is de oordopjes kwijt, en hoe voelt die persoon zich?",
                            "Je vrienden hebben ze al. Maakt dat het makkelijker om ja te zeggen?",
                            "Wat gebeurt er als de politie de oordopjes bij jou vindt?",
                        ],
                        "presenter_notes": (
                            "Wie iets koopt waarvan hij kan vermoeden dat het gestolen is, pleegt heling. Ook als je "
                            "zelf niets hebt gestolen, kun je een straf krijgen en ben je de spullen kwijt. Apparaten "
                            "zijn soms te traceren. Noem geen echte verkopers of gebeurtenissen op school."
                        ),
                        "optional": False,
                    },
                    {
                        "kind": "activity",
                        "title": "Een andere keuze in de groep",
                        "minutes": 12,
                        "goal": "handelingsperspectief",
                        "pupil_content": (
                            "Hoe zeg je nee zonder je gezicht te verliezen? Kies een zin die bij jou past: 'Nee joh, "
                            "ik heb geen zin in gedoe.' 'Ik moet naar huis, doei.' 'Doe normaal, dit is het niet "
                            "waard.' Of bedenk je eigen zin."
                        ),
                        "instructions": (
                            "Leerlingen oefenen in drietallen: één stelt iets voor (iets vernielen, iets jatten), "
                            "één zegt nee met een zin, één kijkt en geeft een tip. Wissel na twee minuten van rol. "
                            "Bespreek daarna welke zinnen werkten."
                        ),
                        "presenter_notes": (
                            "Houd de voorstellen licht en fictief. Een goede afwijzing is kort, zonder preek, en geeft "
                            "een uitweg. Verwijs naar de voorlichting Invloed van de groep als de klas die kent. Humor "
                            "mag, uitlachen niet."
                        ),
                        "materials": ["Rollenspelkaartjes"],
                        "optional": False,
                    },
                    {
                        "kind": "quiz",
                        "title": "Check: wat onthoud je?",
                        "minutes": 6,
                        "goal": "kennis",
                        "questions": [
                            {
                                "question": "Wat gebeurt er als je een Halt-interventie goed afrondt?",
                                "answers": [
                                    "Je krijgt alsnog een boete",
                                    "Je krijgt geen strafblad",
                                    "Je krijgt een korter strafblad",
                                ],
                                "correct": 1,
                                "explanation": "Een goed afgeronde Halt-interventie levert geen strafblad op.",
                            },
                            {
                                "question": "Iets kopen waarvan je kunt weten dat het gestolen is, heet ...",
                                "answers": ["heling", "oplichting", "vernieling"],
                                "correct": 0,
                                "explanation": "Heling is strafbaar, ook als je zelf niets hebt gestolen.",
                            },
                            {
                                "question": "Wie doen er altijd mee bij een Halt-interventie?",
                                "answers": ["Je ouders of verzorgers", "Je hele klas", "Niemand, het is geheim"],
                                "correct": 0,
                                "explanation": (
                                    "Ouders of verzorgers worden altijd betrokken. De klas hoeft het niet te weten."
                                ),
                            },
                        ],
                        "presenter_notes": (
                            "Gebruik dit als snelle afsluiter met handopsteken. Sla het over als het dilemma uitloopt."
                        ),
                        "optional": True,
                    },
                ],
                "follow_up": [
                    {
                        "title": "Nagesprek over heling",
                        "text": (
                            "Bespreek in de mentorles waar je 'te goedkope' spullen ziet, bijvoorbeeld op online "
                            "marktplaatsen. Hoe check je of iets eerlijk is verkregen? Denk aan een bon, een "
                            "serienummer en een reële prijs."
                        ),
                    },
                    {
                        "title": "Informatie voor ouders",
                        "text": (
                            "Wijs ouders via de nieuwsbrief op de website van Halt. Daar lezen ze wat een "
                            "Halt-interventie is en wat ze kunnen doen als hun kind met de politie in aanraking komt."
                        ),
                    },
                ],
                "safe_delivery": {
                    "ground_rules": [
                        "We noemen geen namen van echte mensen en vertellen geen details van echte zaken.",
                        "Wat iemand over zichzelf vertelt, blijft in de klas.",
                        "We lachen niemand uit en we oordelen niet over elkaar.",
                        "Je vertelt alleen wat je zelf wilt vertellen.",
                    ],
                    "disclosure": (
                        "Vertelt een leerling dat hij wordt bedreigd, onder druk wordt gezet om 'klusjes' te doen of "
                        "zelf betrokken is bij strafbare feiten, reageer dan rustig en beloof geen geheimhouding. "
                        "Bespreek na de les met de leerling wat je gaat doen en overleg dezelfde dag met de "
                        "aandachtsfunctionaris of zorgcoördinator. Bij zorgen over de thuissituatie volg je de "
                        "Meldcode huiselijk geweld en kindermishandeling (advies bij Veilig Thuis, 0800-2000); bij "
                        "acuut gevaar bel je 112. Wie anoniem informatie wil geven, verwijs je naar Meld Misdaad "
                        "Anoniem (0800-7000)."
                    ),
                    "signposting": ["kindertelefoon", "meld-misdaad-anoniem", "veilig-thuis"],
                },
            },
            {
                "title": "Jeugdcriminaliteit (VO bovenbouw)",
                "slug": "jeugdcriminaliteit-vo-bovenbouw",
                "offer_type": "voorlichting",
                "age_bands": ["vo-bovenbouw"],
                "use": "beide",
                "settings": ["school", "wijk"],
                "duration": 50,
                "group_size": "Eén klas, tot 32 leerlingen",
                "central_question": "Welke keuzes maak jij als de grens tussen 'stoer' en strafbaar vervaagt?",
                "summary": (
                    "De leerlingen bouwen voort op wat ze in de onderbouw leerden over strafbare feiten en Halt. Ze "
                    "kijken nu naar het jeugd- en adolescentenstrafrecht, het strafblad en de VOG, en naar hoe "
                    "criminelen jongeren werven voor 'klusjes'. Ze maken een plan om uit een situatie te stappen die "
                    "de verkeerde kant op gaat."
                ),
                "goals": {
                    "kennis": (
                        "Leerlingen weten hoe het jeugd- en adolescentenstrafrecht werkt, wat een strafblad en een VOG "
                        "zijn en welke gevolgen een veroordeling kan hebben voor stage, werk en reizen."
                    ),
                    "bewustwording": (
                        "Leerlingen denken na over hun eigen grenzen, de rol van hun vriendengroep en hoe criminele "
                        "werving er in het echt uitziet."
                    ),
                    "handelingsperspectief": (
                        "Leerlingen herkennen signalen van werving, weten hoe ze zich terugtrekken en waar ze "
                        "(anoniem) hulp vragen."
                    ),
                },
                "content_guidance": ["criminaliteit"],
                "activities": [
                    {
                        "kind": "activity",
                        "title": "Stelling: de grens",
                        "minutes": 8,
                        "goal": "bewustwording",
                        "pupil_content": (
                            "Stelling: 'Een beetje criminaliteit hoort bij het opgroeien.' Ga op de lijn staan: "
                            "helemaal links is oneens, helemaal rechts is eens."
                        ),
                        "instructions": (
                            "Maak een denkbeeldige lijn in het lokaal. Vraag een paar leerlingen op verschillende "
                            "plekken om hun keuze uit te leggen. Vat samen zonder te oordelen."
                        ),
                        "presenter_notes": (
                            "Grenzen opzoeken hoort bij opgroeien; zo kijkt Halt er ook naar. Maar er is een verschil "
                            "tussen grenzen verkennen en anderen schade doen. Gebruik de antwoorden later in de les."
                        ),
                        "materials": ["Vrije ruimte in het lokaal"],
                        "optional": False,
                    },
                    {
                        "kind": "quiz",
                        "title": "Gevolgen op een rij",
                        "minutes": 12,
                        "goal": "kennis",
                        "questions": [
                            {
                                "question": "Je bent 17 en wordt opgepakt voor diefstal. Welk recht geldt er meestal?",
                                "answers": [
                                    "Het jeugdstrafrecht",
                                    "Het volwassenenstrafrecht",
                                    "Geen, want je bent minderjarig",
                                ],
                                "correct": 0,
                                "explanation": (
                                    "Voor jongeren van 12 tot 18 jaar geldt het jeugdstrafrecht. Voor jongeren van 16 "
                                    "tot 23 jaar kan de rechter kiezen voor het jeugd- of het volwassenenstrafrecht: "
                                    "dat heet het adolescentenstrafrecht."
                                ),
                            },
                            {
                                "question": "Wat is een VOG?",
                                "answers": [
                                    "Een Verklaring Omtrent het Gedrag, nodig voor veel stages en banen",
                                    "Een boete voor jongeren",
                                    "Een soort rijbewijs",
                                ],
                                "correct": 0,
                                "explanation": (
                                    "Werkgevers in bijvoorbeeld de zorg, het onderwijs, de kinderopvang, de "
                                    "beveiliging en het vervoer vragen om een VOG. Met een strafblad kan die worden "
                                    "geweigerd."
                                ),
                            },
                            {
                                "question": (
                                    "Je neemt voor een 'vriend' een pakketje mee zonder te vragen wat erin zit. Het "
                                    "blijken drugs te zijn. Ben je strafbaar?"
                                ),
                                "answers": [
                                    "Nee, je wist het niet",
                                    "Mogelijk wel, als je had kunnen weten dat het niet klopte",
                                    "Alleen de vriend is strafbaar",
                                ],
                                "correct": 1,
                                "explanation": (
                                    "Wie bewust zijn ogen sluit, loopt een groot risico. Criminelen gebruiken jongeren "
                                    "juist als koerier omdat die minder opvallen. Het risico ligt dan bij jou, niet "
                                    "bij hen."
                                ),
                            },
                            {
                                "question": "Een Halt-interventie kun je krijgen als je ...",
                                "answers": [
                                    "tussen 12 en 18 jaar bent en een lichter strafbaar feit pleegt",
                                    "jonger bent dan 23 jaar",
                                    "18 jaar of ouder bent",
                                ],
                                "correct": 0,
                                "explanation": (
                                    "Halt is voor jongeren van 12 tot 18 jaar bij lichtere strafbare feiten. Ben je "
                                    "ouder of is het feit zwaarder, dan gaat de zaak naar het Openbaar Ministerie."
                                ),
                            },
                        ],
                        "presenter_notes": (
                            "Houd het bij feiten en maak geen angst. Gegevens over jongeren in de justitiële "
                            "documentatie wegen na een aantal jaren minder zwaar, maar verdwijnen niet direct. Landen "
                            "zoals de Verenigde Staten kunnen bij een visum- of reisaanvraag naar veroordelingen "
                            "vragen."
                        ),
                        "optional": False,
                    },
                    {
                        "kind": "dilemma",
                        "title": "Het snelle klusje",
                        "minutes": 15,
                        "goal": "bewustwording",
                        "situation": (
                            "Je bent 16. Een oudere jongen uit de buurt, die altijd dure kleren draagt, vraagt of je "
                            "zaterdag een tas wilt wegbrengen naar een adres in de stad. 'Duurt een uur, je krijgt 100 "
                            "euro. Ik vertrouw jou.' Je vindt het fijn dat hij je ziet staan. Een week later vraagt "
                            "hij het weer, en nu wil hij ook je adres."
                        ),
                        "options": [
                            "Je doet het nog één keer en stopt dan.",
                            "Je doet het, want je wilt hem niet teleurstellen.",
                            "Je zegt dat je geen tijd hebt en gaat hem uit de weg.",
                            "Je vertelt het aan iemand die je vertrouwt en vraagt om hulp.",
                        ],
                        "discussion_questions": [
                            "Waarom zou hij juist jou vragen?",
                            "Wat betekent het dat hij nu je adres wil hebben?",
                            "Hoe makkelijk is het om te stoppen als je één keer hebt meegedaan?",
                            "Wie in jouw omgeving zou je kunnen helpen?",
                        ],
                        "presenter_notes": (
                            "Dit is een bekend wervingspatroon: aandacht en vertrouwen, dan een klein klusje, dan "
                            "schuld of dreiging. Jongeren die meedoen, worden later soms bedreigd. Wie niet naar de "
                            "politie durft, kan anoniem bellen met Meld Misdaad Anoniem (0800-7000) of een "
                            "jongerenwerker inschakelen. Vraag na afloop of iemand apart wil praten."
                        ),
                        "optional": False,
                    },
                    {
                        "kind": "activity",
                        "title": "Uitstappen: wie, wat, waar?",
                        "minutes": 10,
                        "goal": "handelingsperspectief",
                        "pupil_content": (
                            "Maak met je groepje een uitstapkaart: 1. Signalen dat iets niet klopt. 2. Een zin om nee "
                            "te zeggen. 3. Drie mensen of plekken voor hulp, bijvoorbeeld een ouder, de mentor, een "
                            "jongerenwerker of Meld Misdaad Anoniem."
                        ),
                        "instructions": (
                            "Groepjes van vier maken de kaart op een A5. Verzamel de signalen op het bord. Hang de "
                            "kaarten op in het lokaal of geef ze aan de mentor voor een nagesprek."
                        ),
                        "presenter_notes": (
                            "Signalen: geld of spullen waarvan niemand weet waar ze vandaan komen, geheimzinnig doen, "
                            "nieuwe oudere vrienden, 'schulden' die je moet afbetalen. Stoppen kan altijd, ook als je "
                            "al bent begonnen, en hulp vragen is geen verraad."
                        ),
                        "materials": ["A5-kaarten", "Stiften"],
                        "optional": False,
                    },
                    {
                        "kind": "socratic",
                        "title": "Dialoog: wat maakt het goed?",
                        "minutes": 5,
                        "goal": "handelingsperspectief",
                        "opening_question": (
                            "Als iemand schade heeft gedaan, wat is er dan nodig om het weer goed te maken?"
                        ),
                        "follow_up_questions": [
                            "Is een straf genoeg, of is er meer nodig?",
                            "Wat heeft een slachtoffer nodig om verder te kunnen?",
                            "Wat zou jij nodig hebben als jij degene was die iets fout deed?",
                        ],
                        "presenter_notes": (
                            "Deze dialoog sluit aan bij de herstelgerichte aanpak van Halt: niet de schuldvraag, maar "
                            "de schade en het herstel staan centraal. Laat de vragen open; je hoeft geen conclusie te "
                            "trekken."
                        ),
                        "optional": True,
                    },
                ],
                "follow_up": [
                    {
                        "title": "Uitstapkaarten gebruiken",
                        "text": (
                            "Gebruik de uitstapkaarten van de groepjes in een mentorgesprek of hang ze zonder namen "
                            "op. Vraag na een paar weken wat leerlingen ervan hebben gebruikt of onthouden."
                        ),
                    },
                    {
                        "title": "Signalen doorgeven",
                        "text": (
                            "Heeft een leerling tijdens of na de les iets verteld over werving of dreiging, bespreek "
                            "dit dan met de zorgcoördinator. De Halt-medewerker van de school- en wijkaanpak kan "
                            "meedenken over vervolgstappen."
                        ),
                    },
                ],
                "safe_delivery": {
                    "ground_rules": [
                        "We noemen geen namen van echte mensen en vertellen geen details van echte zaken.",
                        "Wat iemand over zichzelf vertelt, blijft in de klas.",
                        "We lachen niemand uit en we oordelen niet over elkaar.",
                        "Je vertelt alleen wat je zelf wilt vertellen.",
                    ],
                    "disclosure": (
                        "Vertelt een leerling dat hij wordt bedreigd, onder druk wordt gezet om 'klusjes' te doen of "
                        "zelf betrokken is bij strafbare feiten, reageer dan rustig en beloof geen geheimhouding. "
                        "Bespreek na de les met de leerling wat je gaat doen en overleg dezelfde dag met de "
                        "aandachtsfunctionaris of zorgcoördinator. Bij zorgen over de thuissituatie volg je de "
                        "Meldcode huiselijk geweld en kindermishandeling (advies bij Veilig Thuis, 0800-2000); bij "
                        "acuut gevaar bel je 112. Wie anoniem informatie wil geven, verwijs je naar Meld Misdaad "
                        "Anoniem (0800-7000)."
                    ),
                    "signposting": ["kindertelefoon", "meld-misdaad-anoniem", "veilig-thuis"],
                },
            },
        ],
        "parent_guide": None,
        "professional_guides": [],
    },
    {
        "slug": "wapens-en-geweld",
        "title": "Wapens en geweld",
        "order": 100,
        "summary": (
            "Waarom een mes of ander wapen je niet veiliger maakt, wat de wet zegt en hoe je een conflict oplost "
            "zonder geweld."
        ),
        "why": [
            (
                "Sommige jongeren hebben een mes of ander wapen bij zich, vaak 'voor de veiligheid' of omdat het stoer "
                "lijkt op sociale media. Een ruzie die anders met woorden of een duw zou eindigen, kan met een wapen "
                "levenslange gevolgen hebben, voor het slachtoffer en voor de dader."
            ),
            (
                "Jongeren weten vaak niet dat een mes dragen in het openbaar in de meeste gevallen strafbaar is, dat "
                "wapens zoals vlindermessen, boksbeugels en pepperspray helemaal verboden zijn en dat een wapen de "
                "kans groter maakt dat je zelf gewond raakt."
            ),
            (
                "De voorlichting geeft kennis, laat jongeren nadenken over angst, status en groepsdruk en oefent met "
                "de-escaleren en hulp vragen. Voor ouders is er een ouderbijeenkomst over hetzelfde thema."
            ),
        ],
        "everyday_terms": [
            "mes",
            "messen",
            "steekwapen",
            "wapenbezit",
            "messengeweld",
            "vlindermes",
            "boksbeugel",
            "vechtpartij",
            "geweld",
            "wapenwet",
        ],
        "lessons": [
            {
                "title": "Wapens en geweld (groep 7-8)",
                "slug": "wapens-en-geweld-po-groep-7-8",
                "offer_type": "voorlichting",
                "age_bands": ["po-groep-7-8"],
                "use": "beide",
                "settings": ["school", "wijk"],
                "duration": 45,
                "group_size": "Eén groep, tot 30 leerlingen",
                "central_question": "Hoe los je ruzie op zonder geweld?",
                "summary": (
                    "De leerlingen praten over ruzie, boosheid en geweld. Ze leren dat slaan, schoppen en dreigen pijn "
                    "doen en niet mogen, en dat een mes of ander wapen een ruzie altijd gevaarlijker maakt. Ze oefenen "
                    "hoe ze rustig blijven, weglopen en hulp halen."
                ),
                "goals": {
                    "kennis": (
                        "Leerlingen weten wat geweld is en dat je geen mes of ander wapen mag meenemen naar school of "
                        "op straat."
                    ),
                    "bewustwording": "Leerlingen merken wat er in hun lichaam gebeurt als ze boos worden.",
                    "handelingsperspectief": (
                        "Leerlingen kennen manieren om een ruzie te stoppen zonder geweld en weten bij wie ze hulp "
                        "halen."
                    ),
                },
                "content_guidance": ["wapens", "geweld"],
                "activities": [
                    {
                        "kind": "activity",
                        "title": "Wat is geweld?",
                        "minutes": 8,
                        "goal": "kennis",
                        "pupil_content": (
                            "Is dit geweld? Duwen. Schelden. Iemand uitlachen in de groepsapp. Slaan. Dreigen met een "
                            "mes. Steek je duim omhoog (ja), opzij (soms) of omlaag (nee)."
                        ),
                        "instructions": (
                            "Noem de voorbeelden een voor een. Vraag na elk voorbeeld een of twee kinderen waarom ze "
                            "zo stemden. Leg uit dat geweld niet alleen slaan is: ook dreigen en pijn doen met woorden "
                            "horen erbij."
                        ),
                        "presenter_notes": (
                            "Er is lichamelijk geweld, geweld met woorden en online geweld. Dreigen met een wapen is "
                            "altijd ernstig, ook als het 'maar een grapje' is. Houd de toon rustig en noem geen echte "
                            "gebeurtenissen."
                        ),
                        "materials": ["Digibord"],
                        "optional": False,
                    },
                    {
                        "kind": "activity",
                        "title": "Boos in je lijf",
                        "minutes": 10,
                        "goal": "bewustwording",
                        "pupil_content": (
                            "Waar voel jij het als je boos wordt? In je buik, je handen, je hoofd? Kleur het in op het "
                            "poppetje op je werkblad."
                        ),
                        "instructions": (
                            "Deel het werkblad met het poppetje uit. Kinderen kleuren waar ze boosheid voelen. "
                            "Bespreek: wat merk je als eerste? Dat is jouw waarschuwingslampje."
                        ),
                        "presenter_notes": (
                            "Leg uit: als je je waarschuwingslampje herkent, heb je nog tijd om te kiezen wat je doet. "
                            "In de les in het voortgezet onderwijs komt dit terug als 'afkoelen voordat je reageert'."
                        ),
                        "materials": ["Werkblad met poppetje", "Kleurpotloden"],
                        "optional": False,
                    },
                    {
                        "kind": "quiz",
                        "title": "Weet jij het?",
                        "minutes": 7,
                        "goal": "kennis",
                        "questions": [
                            {
                                "question": "Mag je een mes meenemen naar school om je te verdedigen?",
                                "answers": ["Ja, als je bang bent", "Nee, dat mag niet", "Alleen een klein mes"],
                                "correct": 1,
                                "explanation": (
                                    "Een mes meenemen naar school of op straat mag niet. Een mes maakt een ruzie juist "
                                    "gevaarlijker. Ben je bang? Vertel het aan een volwassene."
                                ),
                            },
                            {
                                "question": "Een vriend laat in de pauze een mes zien. Wat doe je?",
                                "answers": [
                                    "Niets, het is zijn mes",
                                    "Het meteen aan de juf of meester vertellen",
                                    "Het mes afpakken",
                                ],
                                "correct": 1,
                                "explanation": (
                                    "Vertel het meteen aan een volwassene. Pak het mes niet zelf af, want dan kan "
                                    "iemand gewond raken. Je verraadt je vriend niet: je helpt hem en de anderen."
                                ),
                            },
                            {
                                "question": "Wat is een goede manier om een ruzie te stoppen?",
                                "answers": [
                                    "Harder terugschelden",
                                    "Weglopen en later praten",
                                    "Iemand anders laten vechten",
                                ],
                                "correct": 1,
                                "explanation": (
                                    "Weglopen is niet laf, het is slim. Als iedereen is afgekoeld, kun je praten."
                                ),
                            },
                        ],
                        "presenter_notes": (
                            "Een kind dat vertelt over een wapen, doet iets dapper; zeg dat hardop. Vertelt een kind "
                            "over een echt wapen op school of thuis, volg dan meteen de afspraken van de school."
                        ),
                        "optional": False,
                    },
                    {
                        "kind": "dilemma",
                        "title": "Ruzie op het schoolplein",
                        "minutes": 12,
                        "goal": "handelingsperspectief",
                        "situation": (
                            "Je speelt voetbal op het schoolplein. Een jongen uit een andere groep pakt de bal af en "
                            "schopt hem ver weg. Je vriend wordt boos en wil hem gaan slaan. Hij roept: 'Help je mee?'"
                        ),
                        "options": [
                            "Je helpt mee, hij begon toch.",
                            "Je zegt: 'Laat maar, we halen de bal en spelen verder.'",
                            "Je gaat naar de pleinwacht.",
                            "Je roept dat de jongen de bal terug moet halen.",
                        ],
                        "discussion_questions": [
                            "Wat gebeurt er als je vriend gaat slaan?",
                            "Welke keuze is het veiligst voor iedereen?",
                            "Wat kun je tegen je vriend zeggen zodat hij afkoelt?",
                        ],
                        "presenter_notes": (
                            "Speel de situatie kort na met twee vrijwilligers, zonder aanraken, en laat de klas tips "
                            "geven. Leer de stop-stap: stop, adem drie keer diep in, kies wat je doet. Een volwassene "
                            "halen is geen klikken als iemand pijn kan krijgen."
                        ),
                        "optional": False,
                    },
                    {
                        "kind": "activity",
                        "title": "Mijn stop-plan",
                        "minutes": 8,
                        "goal": "handelingsperspectief",
                        "pupil_content": (
                            "Maak je eigen stop-plan. 'Als ik boos word, dan ...' (bijvoorbeeld: loop ik weg, tel ik "
                            "tot tien, ga ik naar de juf). 'Als ik zie dat anderen vechten, dan ...'"
                        ),
                        "instructions": (
                            "Kinderen vullen de twee zinnen in op een kaartje en nemen het mee naar huis. Laat een "
                            "paar kinderen hun plan vertellen."
                        ),
                        "presenter_notes": (
                            "Zet het nummer van de Kindertelefoon (0800-0432) op het kaartje: daar kun je gratis en "
                            "anoniem praten over alles wat je dwarszit."
                        ),
                        "materials": ["Kaartjes", "Pennen"],
                        "optional": True,
                    },
                ],
                "follow_up": [
                    {
                        "title": "Het stop-plan oefenen",
                        "text": (
                            "Kom na een pauze waarin ruzie was terug op het stop-plan: wat was je waarschuwingslampje, "
                            "en wat deed je? Geef complimenten aan kinderen die wegliepen of hulp haalden."
                        ),
                    },
                    {
                        "title": "Ouders betrekken",
                        "text": (
                            "Laat kinderen hun stop-plan mee naar huis nemen. Organiseert de school de "
                            "ouderbijeenkomst Wapens en geweld, nodig ouders daar dan voor uit."
                        ),
                    },
                ],
                "safe_delivery": {
                    "ground_rules": [
                        "We noemen geen namen en vertellen geen echte verhalen over anderen.",
                        "We laten geen echte filmpjes of foto's van geweld of wapens zien.",
                        "Je mag altijd zeggen: 'ik pas'.",
                        "We lachen elkaar niet uit.",
                    ],
                    "disclosure": (
                        "Een leerling kan vertellen over eigen wapenbezit, bedreiging, geweld in de buurt of geweld "
                        "thuis. Luister rustig, beloof geen geheimhouding en bespreek direct na de les met de leerling "
                        "wat er gaat gebeuren. Overleg dezelfde dag met de aandachtsfunctionaris of zorgcoördinator "
                        "en volg de Meldcode huiselijk geweld en kindermishandeling (advies bij Veilig Thuis, "
                        "0800-2000). Is er een wapen op school of is er acuut gevaar, schakel dan meteen de "
                        "schoolleiding in en bel zo nodig 112. Wie anoniem informatie wil geven, verwijs je naar Meld "
                        "Misdaad Anoniem (0800-7000); wie slachtoffer is geweest van geweld of bedreiging, naar "
                        "Slachtofferhulp. Geef kinderen ook het nummer van de Kindertelefoon (0800-0432) mee."
                    ),
                    "signposting": ["veilig-thuis", "meld-misdaad-anoniem", "slachtofferhulp", "kindertelefoon"],
                },
            },
            {
                "title": "Wapens en geweld (VO onderbouw)",
                "slug": "wapens-en-geweld-vo-onderbouw",
                "offer_type": "voorlichting",
                "age_bands": ["vo-onderbouw"],
                "use": "beide",
                "settings": ["school", "wijk", "sportvereniging"],
                "duration": 50,
                "group_size": "Eén klas, tot 32 leerlingen",
                "central_question": "Maakt een mes je veiliger?",
                "summary": (
                    "De leerlingen bouwen voort op de les uit groep 7-8 over ruzie zonder geweld. Ze leren wat de "
                    "Wapenwet zegt over messen en andere wapens en waarom een mes de kans groter maakt dat je zelf "
                    "gewond raakt. Ze praten over angst, status en groepsdruk en oefenen met het afkoelen van een "
                    "ruzie."
                ),
                "goals": {
                    "kennis": (
                        "Leerlingen weten dat een mes dragen in het openbaar in de meeste gevallen strafbaar is, dat "
                        "vlindermessen, boksbeugels, pepperspray en echt lijkende nepwapens verboden zijn en wat de "
                        "gevolgen van wapenbezit zijn."
                    ),
                    "bewustwording": (
                        "Leerlingen denken na over waarom jongeren een wapen meenemen (angst, status, groepsdruk) en "
                        "hoe een wapen een ruzie laat escaleren."
                    ),
                    "handelingsperspectief": (
                        "Leerlingen kunnen een ruzie de-escaleren, weten wat ze doen als iemand een wapen heeft en "
                        "waar ze anoniem kunnen melden."
                    ),
                },
                "content_guidance": ["wapens", "geweld"],
                "activities": [
                    {
                        "kind": "activity",
                        "title": "Opening: waarom zou je?",
                        "minutes": 8,
                        "goal": "bewustwording",
                        "pupil_content": (
                            "Waarom denk je dat sommige jongeren een mes bij zich hebben? Schrijf één reden op een "
                            "post-it, zonder je naam."
                        ),
                        "instructions": (
                            "Verzamel de post-its op het bord en groepeer ze samen met de klas: angst, stoer doen, "
                            "erbij horen, iets anders. Zeg dat je niet oordeelt over de redenen, maar dat je het wel "
                            "over de gevolgen gaat hebben."
                        ),
                        "presenter_notes": (
                            "Verwachte antwoorden: bescherming, indruk maken, filmpjes op sociale media, vrienden doen "
                            "het ook. Benoem dat de meeste jongeren géén mes dragen; dat helpt tegen het idee dat "
                            "'iedereen' het doet."
                        ),
                        "materials": ["Post-its", "Digibord"],
                        "optional": False,
                    },
                    {
                        "kind": "quiz",
                        "title": "Wat zegt de wet?",
                        "minutes": 12,
                        "goal": "kennis",
                        "questions": [
                            {
                                "question": "Een vlindermes of boksbeugel ligt thuis in je kamer. Mag dat?",
                                "answers": [
                                    "Ja, zolang je hem niet meeneemt",
                                    "Nee, die wapens zijn helemaal verboden",
                                    "Ja, als je ouders het goed vinden",
                                ],
                                "correct": 1,
                                "explanation": (
                                    "Vlindermessen, valmessen, boksbeugels en ploertendoders vallen onder categorie I "
                                    "van de Wapenwet. Die mag je helemaal niet hebben, ook niet thuis."
                                ),
                            },
                            {
                                "question": "Je hebt 'voor de zekerheid' een keukenmes in je tas. Mag dat op straat?",
                                "answers": [
                                    "Ja, een keukenmes is geen wapen",
                                    "Nee, een mes dragen in het openbaar zonder goede reden is strafbaar",
                                    "Alleen na 22.00 uur niet",
                                ],
                                "correct": 1,
                                "explanation": (
                                    "Ook een gewoon mes mag je niet zomaar op straat, op school of in de bus bij je "
                                    "hebben. 'Voor mijn veiligheid' is geen goede reden. Het mes wordt afgepakt, je "
                                    "kunt een straf krijgen en het kan op je strafblad komen."
                                ),
                            },
                            {
                                "question": "Mag je pepperspray bij je hebben om je te verdedigen?",
                                "answers": ["Ja, dat is geen echt wapen", "Nee, pepperspray is in Nederland verboden"],
                                "correct": 1,
                                "explanation": (
                                    "Pepperspray valt onder categorie II van de Wapenwet. Gewone burgers mogen het "
                                    "niet hebben."
                                ),
                            },
                            {
                                "question": "Wat gebeurt er vaak als iemand in een ruzie een mes trekt?",
                                "answers": [
                                    "De ander loopt altijd weg",
                                    "De ruzie wordt gevaarlijker, ook voor degene met het mes",
                                    "Niets, het is alleen om te dreigen",
                                ],
                                "correct": 1,
                                "explanation": (
                                    "Een wapen verhoogt de spanning. Wie een mes trekt, loopt meer kans om zelf gewond "
                                    "te raken of iemand ernstig te verwonden, ook als dat niet de bedoeling was."
                                ),
                            },
                            {
                                "question": "Mag je een nepwapen hebben dat sprekend op een echt pistool lijkt?",
                                "answers": ["Ja, het is toch nep", "Nee, ook zo'n nepwapen is verboden"],
                                "correct": 1,
                                "explanation": (
                                    "Nepwapens die sprekend op een echt wapen lijken, zijn verboden. De politie kan "
                                    "niet zien dat het nep is, en dat kan levensgevaarlijke situaties opleveren."
                                ),
                            },
                        ],
                        "presenter_notes": (
                            "Achtergrond: messen zoals dolken en andere messen met een scherpe snijkant vallen onder "
                            "categorie IV. Die mag je niet in het openbaar dragen, tenzij je een redelijk doel hebt "
                            "(bijvoorbeeld gereedschap voor je werk, of een net gekocht mes in de verpakking op weg "
                            "naar huis). Zelfverdediging is geen redelijk doel. In aangewezen gebieden mag de politie "
                            "preventief fouilleren."
                        ),
                        "optional": False,
                    },
                    {
                        "kind": "dilemma",
                        "title": "De afspraak bij het winkelcentrum",
                        "minutes": 14,
                        "goal": "bewustwording",
                        "situation": (
                            "Er is al een week gedoe tussen je vriend en een jongen van een andere school. In een "
                            "groepsapp staan dreigende berichten. Je vriend zegt dat ze het vanmiddag 'gaan uitpraten' "
                            "bij het winkelcentrum. Hij laat je een mes in zijn tas zien. 'Alleen voor als het "
                            "misgaat,' zegt hij. 'Jij gaat toch mee?'"
                        ),
                        "options": [
                            "Je gaat mee, je laat je vriend niet alleen.",
                            "Je gaat mee, maar zegt dat hij het mes thuis moet laten.",
                            "Je gaat niet mee en probeert hem tegen te houden.",
                            (
                                "Je vertelt het aan een volwassene die je vertrouwt, of belt anoniem met Meld Misdaad "
                                "Anoniem."
                            ),
                        ],
                        "discussion_questions": [
                            "Wat kan er vanmiddag allemaal gebeuren?",
                            "Wat maakt het zo moeilijk om een volwassene in te schakelen?",
                            "Wat zou een echte vriend nu doen?",
                            "Stel dat het misgaat: wie zijn er dan allemaal slachtoffer?",
                        ],
                        "presenter_notes": (
                            "Leerlingen noemen 'verraad' of 'snitchen' vaak als reden om niets te zeggen. Bespreek dat "
                            "hulp inschakelen levens kan redden, ook dat van je vriend. Bij acuut gevaar bel je 112. "
                            "Meld Misdaad Anoniem (0800-7000) is echt anoniem. Let op leerlingen die stil worden en "
                            "volg de afspraken voor veilig voorlichten."
                        ),
                        "optional": False,
                    },
                    {
                        "kind": "activity",
                        "title": "Koel het af",
                        "minutes": 11,
                        "goal": "handelingsperspectief",
                        "pupil_content": (
                            "Zo koel je een ruzie af: 1. Houd afstand. 2. Praat rustig en zacht. 3. Niet terugschelden "
                            "of terugdreigen. 4. Geef de ander een uitweg ('Laat maar, we praten later'). 5. Loop weg "
                            "en haal hulp."
                        ),
                        "instructions": (
                            "Bespreek de vijf stappen. Speel daarna met twee vrijwilligers een korte, verzonnen ruzie "
                            "na over een fiets die is weggezet, zonder aanraken. De klas roept 'pauze' en zegt welke "
                            "stap nu helpt. Herhaal met een tweede duo."
                        ),
                        "presenter_notes": (
                            "Spreek vooraf af: geen aanraking en geen echte namen. Stop het rollenspel als het te echt "
                            "wordt. Weglopen is geen zwakte maar controle; dat bouwt voort op het stop-plan uit groep "
                            "7-8."
                        ),
                        "materials": ["Kaart met de vijf stappen"],
                        "optional": False,
                    },
                    {
                        "kind": "activity",
                        "title": "Wat doe je als je een wapen ziet?",
                        "minutes": 5,
                        "goal": "handelingsperspectief",
                        "pupil_content": (
                            "Zie je dat iemand een wapen bij zich heeft? 1. Ga er niet zelf op af. 2. Zorg dat je "
                            "veilig bent. 3. Vertel het aan een volwassene: je mentor, een ouder of de conciërge. 4. "
                            "Acuut gevaar: bel 112. 5. Durf je het niet met je naam te doen? Bel Meld Misdaad Anoniem: "
                            "0800-7000."
                        ),
                        "instructions": (
                            "Loop de stappen door en laat de klas aanvullen. Vraag: bij wie op deze school kun je "
                            "terecht? Schrijf dat samen op het bord."
                        ),
                        "presenter_notes": (
                            "Vraag vooraf aan de school wie de vertrouwenspersoon of aandachtsfunctionaris is, zodat "
                            "je die naam kunt noemen."
                        ),
                        "materials": ["Digibord"],
                        "optional": True,
                    },
                ],
                "follow_up": [
                    {
                        "title": "Nagesprek over veiligheid",
                        "text": (
                            "Vraag in de mentorles anoniem, bijvoorbeeld met een digitale poll, of leerlingen zich "
                            "veilig voelen op weg naar school en in de buurt. Bespreek de uitkomst met de "
                            "schoolleiding en de Halt-medewerker."
                        ),
                    },
                    {
                        "title": "Aanspreekpunten zichtbaar maken",
                        "text": (
                            "Hang in het lokaal een kaart met de namen van de mentor en de vertrouwenspersoon en het "
                            "nummer van Meld Misdaad Anoniem (0800-7000)."
                        ),
                    },
                ],
                "safe_delivery": {
                    "ground_rules": [
                        "We noemen geen namen en vertellen geen details van echte incidenten.",
                        "We laten geen echte beelden van geweld of wapens zien.",
                        "Je mag altijd passen of even niet meedoen.",
                        "We respecteren elkaars mening en lachen niemand uit.",
                        "Bij rollenspellen raken we elkaar niet aan.",
                    ],
                    "disclosure": (
                        "Een leerling kan vertellen over eigen wapenbezit, bedreiging, geweld in de buurt of geweld "
                        "thuis. Luister rustig, beloof geen geheimhouding en bespreek direct na de les met de leerling "
                        "wat er gaat gebeuren. Overleg dezelfde dag met de aandachtsfunctionaris of zorgcoördinator "
                        "en volg de Meldcode huiselijk geweld en kindermishandeling (advies bij Veilig Thuis, "
                        "0800-2000). Is er een wapen op school of is er acuut gevaar, schakel dan meteen de "
                        "schoolleiding in en bel zo nodig 112. Wie anoniem informatie wil geven, verwijs je naar Meld "
                        "Misdaad Anoniem (0800-7000); wie slachtoffer is geweest van geweld of bedreiging, naar "
                        "Slachtofferhulp."
                    ),
                    "signposting": ["veilig-thuis", "meld-misdaad-anoniem", "slachtofferhulp"],
                },
            },
            {
                "title": "Wapens en geweld (VO bovenbouw)",
                "slug": "wapens-en-geweld-vo-bovenbouw",
                "offer_type": "voorlichting",
                "age_bands": ["vo-bovenbouw"],
                "use": "beide",
                "settings": ["school", "wijk", "sportvereniging"],
                "duration": 50,
                "group_size": "Eén klas, tot 32 leerlingen",
                "central_question": "Wie heeft de controle: jij of het wapen?",
                "summary": (
                    "De leerlingen bouwen voort op wat ze in de onderbouw leerden over de Wapenwet en de-escaleren. Ze "
                    "onderzoeken hoe sociale media wapens en geweld stoer laten lijken, wat messengeweld betekent voor "
                    "daders, slachtoffers en omstanders, en wat het strafrecht voor 16-plussers inhoudt. Ze oefenen "
                    "hoe ze een vriend aanspreken die een wapen draagt."
                ),
                "goals": {
                    "kennis": (
                        "Leerlingen kennen de gevolgen van wapenbezit en messengeweld: strafrechtelijk (boete, "
                        "taakstraf, jeugddetentie, strafblad), lichamelijk en voor hun toekomst."
                    ),
                    "bewustwording": (
                        "Leerlingen onderzoeken hoe beelden op sociale media, status en angst hun kijk op wapens "
                        "kleuren."
                    ),
                    "handelingsperspectief": (
                        "Leerlingen weten hoe ze een vriend aanspreken die een wapen draagt en waar ze hulp vragen of "
                        "anoniem melden."
                    ),
                },
                "content_guidance": ["wapens", "geweld"],
                "activities": [
                    {
                        "kind": "socratic",
                        "title": "Dialoog: voel je je veiliger?",
                        "minutes": 10,
                        "goal": "bewustwording",
                        "opening_question": "Wanneer voel jij je veilig op straat?",
                        "follow_up_questions": [
                            "Wat zou er veranderen als je een mes bij je had?",
                            "Voor wie word je dan veiliger, en voor wie onveiliger?",
                            "Waar komt het idee vandaan dat een wapen bescherming geeft?",
                            "Wat geeft jou echt een veilig gevoel?",
                        ],
                        "presenter_notes": (
                            "Stel de vragen open en vat samen zonder te oordelen. Geef pas na de dialoog de feiten: "
                            "een mes dragen maakt de kans op ernstig letsel groter, ook voor degene die het mes draagt."
                        ),
                        "optional": False,
                    },
                    {
                        "kind": "activity",
                        "title": "Filmpje versus werkelijkheid",
                        "minutes": 10,
                        "goal": "bewustwording",
                        "pupil_content": (
                            "Op sociale media zien messen en vechtpartijen er soms stoer uit. Wat zie je niet? Maak "
                            "twee kolommen: 'Wat het filmpje laat zien' en 'Wat er daarna gebeurt'."
                        ),
                        "instructions": (
                            "Laat leerlingen in tweetallen beide kolommen invullen, zonder echte filmpjes te tonen. "
                            "Bespreek daarna met de klas wat er in de tweede kolom staat."
                        ),
                        "presenter_notes": (
                            "Tweede kolom: de spoedeisende hulp, littekens, de rechtszaak, ouders die worden gebeld, "
                            "een slachtoffer dat niet meer naar buiten durft, omstanders met nachtmerries, wraak. Laat "
                            "nooit echte geweldsbeelden zien."
                        ),
                        "materials": ["Werkblad met twee kolommen"],
                        "optional": False,
                    },
                    {
                        "kind": "quiz",
                        "title": "Gevolgen voor 16-plussers",
                        "minutes": 10,
                        "goal": "kennis",
                        "questions": [
                            {
                                "question": (
                                    "Je bent 16 en wordt in het uitgaansgebied betrapt met een mes op zak. Wat kan er "
                                    "gebeuren?"
                                ),
                                "answers": [
                                    "Alleen een waarschuwing",
                                    (
                                        "Het mes wordt afgepakt, je krijgt een proces-verbaal en de zaak kan naar de "
                                        "rechter"
                                    ),
                                    "Niets, want je bent minderjarig",
                                ],
                                "correct": 1,
                                "explanation": (
                                    "Wapenbezit wordt streng aangepakt. Je kunt een boete of taakstraf krijgen en een "
                                    "strafblad, ook als je het mes niet hebt gebruikt."
                                ),
                            },
                            {
                                "question": (
                                    "Iemand wordt gestoken bij een vechtpartij. Jij filmde alleen. Kan dat een "
                                    "probleem zijn?"
                                ),
                                "answers": [
                                    "Nee, filmen mag altijd",
                                    "Ja: wie iemand in levensgevaar ziet, moet helpen of hulp halen als dat veilig kan",
                                    "Alleen als je het filmpje verkoopt",
                                ],
                                "correct": 1,
                                "explanation": (
                                    "Wie iemand in levensgevaar niet helpt terwijl dat zonder gevaar kan, kan "
                                    "strafbaar zijn. Bel altijd 112. Beelden delen maakt de schade voor het "
                                    "slachtoffer groter."
                                ),
                            },
                            {
                                "question": "Bij ernstig geweld door een 17-jarige kan de rechter ...",
                                "answers": [
                                    "alleen een Halt-interventie opleggen",
                                    "jeugddetentie opleggen of het volwassenenstrafrecht toepassen",
                                    "geen straf geven, want hij is minderjarig",
                                ],
                                "correct": 1,
                                "explanation": (
                                    "Halt is alleen voor lichtere feiten. Bij ernstig geweld volgt een strafzaak. Voor "
                                    "16- en 17-jarigen kan de rechter in ernstige zaken het volwassenenstrafrecht "
                                    "toepassen."
                                ),
                            },
                            {
                                "question": "Mag de politie in sommige gebieden iedereen fouilleren op wapens?",
                                "answers": [
                                    "Ja, in een aangewezen veiligheidsrisicogebied mag dat",
                                    "Nee, dat mag nooit",
                                ],
                                "correct": 0,
                                "explanation": (
                                    "De burgemeester kan een gebied tijdelijk aanwijzen waar de politie preventief mag "
                                    "fouilleren, ook zonder concrete verdenking. Dat gebeurt bijvoorbeeld na "
                                    "incidenten met wapens."
                                ),
                            },
                        ],
                        "presenter_notes": (
                            "Wees concreet maar niet dreigend. Het doel is dat leerlingen weten wat er op het spel "
                            "staat, niet dat ze bang worden."
                        ),
                        "optional": False,
                    },
                    {
                        "kind": "dilemma",
                        "title": "Je beste vriend draagt een mes",
                        "minutes": 12,
                        "goal": "handelingsperspectief",
                        "situation": (
                            "Je beste vriend heeft sinds een paar weken een mes bij zich. Hij is een keer beroofd en "
                            "zegt dat het hem nooit meer overkomt. Je merkt dat hij sneller boos wordt en vaker ruzie "
                            "zoekt. Vanavond gaan jullie samen naar een feest."
                        ),
                        "options": [
                            "Je zegt niets, het is zijn keuze.",
                            "Je zegt dat je niet met hem meegaat als hij het mes meeneemt.",
                            "Je praat met hem over de beroving en vraagt of hij hulp wil.",
                            "Je vertelt het aan een volwassene die jullie allebei vertrouwen.",
                        ],
                        "discussion_questions": [
                            "Wat heeft je vriend eigenlijk nodig?",
                            "Hoe begin je zo'n gesprek zonder dat hij dichtklapt?",
                            "Wanneer schakel je een volwassene in, ook als hij dat niet wil?",
                            "Wat kan Slachtofferhulp voor hem betekenen?",
                        ],
                        "presenter_notes": (
                            "Achter wapenbezit zit vaak angst of een nare ervaring. Slachtofferhulp Nederland helpt "
                            "ook jongeren na een beroving, gratis. Tips voor het gesprek: vraag in plaats van te "
                            "preken ('Hoe gaat het sinds die avond?') en zeg wat je ziet en waarom je je zorgen maakt. "
                            "Bij direct gevaar: 112."
                        ),
                        "optional": False,
                    },
                    {
                        "kind": "activity",
                        "title": "Afsluiting: één ding dat ik doe",
                        "minutes": 8,
                        "goal": "handelingsperspectief",
                        "pupil_content": (
                            "Maak de zin af: 'Als ik merk dat iemand in mijn omgeving een wapen draagt, dan ...'"
                        ),
                        "instructions": (
                            "Leerlingen schrijven hun zin anoniem op een kaart. Lees er een paar voor en vul aan met "
                            "de hulplijnen: Meld Misdaad Anoniem (0800-7000), Slachtofferhulp en de vertrouwenspersoon "
                            "op school."
                        ),
                        "presenter_notes": (
                            "Geef de kaarten zonder namen aan de mentor als startpunt voor een nagesprek."
                        ),
                        "materials": ["Kaarten", "Pennen"],
                        "optional": True,
                    },
                ],
                "follow_up": [
                    {
                        "title": "Mediawijsheid",
                        "text": (
                            "Laat leerlingen in een les mediawijsheid onderzoeken hoe wapens en geweld op sociale "
                            "media worden getoond en wie er aan die aandacht verdient. Laat geen echte geweldsbeelden "
                            "zien."
                        ),
                    },
                    {
                        "title": "Ouderbijeenkomst",
                        "text": (
                            "Organiseer samen met Halt de ouderbijeenkomst Wapens en geweld, zodat ouders weten wat "
                            "hun kind heeft geleerd en hoe ze thuis het gesprek kunnen voeren."
                        ),
                    },
                ],
                "safe_delivery": {
                    "ground_rules": [
                        "We noemen geen namen en vertellen geen details van echte incidenten.",
                        "We laten geen echte beelden van geweld of wapens zien.",
                        "Je mag altijd passen of even niet meedoen.",
                        "We respecteren elkaars mening en lachen niemand uit.",
                        "Bij rollenspellen raken we elkaar niet aan.",
                    ],
                    "disclosure": (
                        "Een leerling kan vertellen over eigen wapenbezit, bedreiging, geweld in de buurt of geweld "
                        "thuis. Luister rustig, beloof geen geheimhouding en bespreek direct na de les met de leerling "
                        "wat er gaat gebeuren. Overleg dezelfde dag met de aandachtsfunctionaris of zorgcoördinator "
                        "en volg de Meldcode huiselijk geweld en kindermishandeling (advies bij Veilig Thuis, "
                        "0800-2000). Is er een wapen op school of is er acuut gevaar, schakel dan meteen de "
                        "schoolleiding in en bel zo nodig 112. Wie anoniem informatie wil geven, verwijs je naar Meld "
                        "Misdaad Anoniem (0800-7000); wie slachtoffer is geweest van geweld of bedreiging, naar "
                        "Slachtofferhulp."
                    ),
                    "signposting": ["veilig-thuis", "meld-misdaad-anoniem", "slachtofferhulp"],
                },
            },
            {
                "title": "Wapens en geweld (MBO)",
                "slug": "wapens-en-geweld-mbo",
                "offer_type": "voorlichting",
                "age_bands": ["mbo"],
                "use": "beide",
                "settings": ["school", "wijk", "sportvereniging"],
                "duration": 90,
                "group_size": "Eén klas, tot 30 studenten",
                "central_question": (
                    "Hoe blijf je in controle als een situatie uit de hand loopt, op straat, op stage of op je werk?"
                ),
                "summary": (
                    "De studenten bouwen voort op wat ze in het VO leerden over de Wapenwet en de-escaleren. Ze "
                    "koppelen het thema aan hun leven als jongvolwassene: uitgaan, werken in horeca, zorg, winkel of "
                    "openbaar vervoer, en de gevolgen van een strafblad voor hun VOG. Ze oefenen uitgebreid met "
                    "de-escaleren en met het aanspreken van een vriend of collega."
                ),
                "goals": {
                    "kennis": (
                        "Leerlingen kennen de Wapenwet in hoofdlijnen, de strafrechtelijke gevolgen van wapenbezit en "
                        "geweld voor 16- tot 23-jarigen (adolescentenstrafrecht) en de gevolgen voor hun VOG en beroep."
                    ),
                    "bewustwording": (
                        "Leerlingen denken na over hun eigen reacties op dreiging, provocatie en statusdruk, en over "
                        "hun rol als omstander."
                    ),
                    "handelingsperspectief": (
                        "Leerlingen kunnen een conflict de-escaleren, iemand aanspreken op wapenbezit en weten hoe ze "
                        "hulp inschakelen of anoniem melden."
                    ),
                },
                "content_guidance": ["wapens", "geweld"],
                "activities": [
                    {
                        "kind": "activity",
                        "title": "Terugblik: wat zegt de wet?",
                        "minutes": 10,
                        "goal": "kennis",
                        "pupil_content": (
                            "In het VO heb je misschien geleerd wat de Wapenwet zegt. Wat weet je nog? Zet in twee "
                            "minuten met je buurman of buurvrouw zoveel mogelijk feiten op een rij."
                        ),
                        "instructions": (
                            "Verzamel de feiten op het bord en corrigeer misverstanden. Vul aan: categorie I is "
                            "helemaal verboden (vlindermes, valmes, boksbeugel, echt lijkend nepwapen), categorie II "
                            "ook (onder andere pepperspray en stroomstootwapens), en messen uit categorie IV mag je "
                            "niet in het openbaar dragen zonder redelijk doel."
                        ),
                        "presenter_notes": (
                            "Veel studenten denken dat een klein zakmes altijd mag. Zo eenvoudig is het niet: het gaat "
                            "om het soort mes en de omstandigheden. Zelfverdediging is nooit een redelijk doel."
                        ),
                        "materials": ["Digibord of whiteboard"],
                        "optional": False,
                    },
                    {
                        "kind": "quiz",
                        "title": "Werk, toekomst en wapens",
                        "minutes": 12,
                        "goal": "kennis",
                        "questions": [
                            {
                                "question": (
                                    "Je wilt na je opleiding werken in de beveiliging, de zorg of de kinderopvang. Wat "
                                    "heb je daarvoor bijna altijd nodig?"
                                ),
                                "answers": ["Een VOG", "Een rijbewijs", "Een wapenvergunning"],
                                "correct": 0,
                                "explanation": (
                                    "Voor deze beroepen vraagt de werkgever een Verklaring Omtrent het Gedrag. Een "
                                    "veroordeling voor geweld of wapenbezit kan ervoor zorgen dat je die niet krijgt."
                                ),
                            },
                            {
                                "question": (
                                    "Je bent 19 en staat voor de rechter na een steekpartij. Welk recht kan de rechter "
                                    "toepassen?"
                                ),
                                "answers": [
                                    "Alleen het volwassenenstrafrecht",
                                    "Het jeugdstrafrecht of het volwassenenstrafrecht (adolescentenstrafrecht)",
                                    "Geen, als je zegt dat het zelfverdediging was",
                                ],
                                "correct": 1,
                                "explanation": (
                                    "Voor 16- tot 23-jarigen kan de rechter kiezen welk recht het best past bij de "
                                    "ontwikkeling van de dader. Bij ernstig geweld kunnen de straffen hoog zijn."
                                ),
                            },
                            {
                                "question": (
                                    "Iemand scheldt en dreigt met woorden, en jij slaat hem met een fles. Is dat "
                                    "noodweer?"
                                ),
                                "answers": [
                                    "Ja, hij begon",
                                    (
                                        "Niet zomaar: noodweer geldt alleen bij een directe aanval en een reactie in "
                                        "verhouding"
                                    ),
                                    "Ja, als er getuigen zijn",
                                ],
                                "correct": 1,
                                "explanation": (
                                    "Noodweer is een uitzondering en de rechter kijkt er streng naar. Bij dreigen met "
                                    "woorden mag je niet zomaar slaan, en een fles of mes is bijna nooit in verhouding."
                                ),
                            },
                            {
                                "question": "Wat is het grootste risico als je 'voor je bescherming' een mes draagt?",
                                "answers": [
                                    "Dat je nooit wordt aangevallen",
                                    "Dat een ruzie ernstiger afloopt, ook voor jou",
                                    "Dat niemand het merkt",
                                ],
                                "correct": 1,
                                "explanation": (
                                    "Wie een wapen draagt, neemt het risico mee dat het wordt gebruikt. Ruzies met "
                                    "wapens lopen vaker slecht af, en het wapen kan tegen jou worden gebruikt."
                                ),
                            },
                        ],
                        "presenter_notes": (
                            "Laat studenten eerst in tweetallen overleggen. Koppel de vragen aan hun opleiding: wie "
                            "werkt in horeca, zorg, winkel of openbaar vervoer, krijgt vaker te maken met agressie."
                        ),
                        "optional": False,
                    },
                    {
                        "kind": "socratic",
                        "title": "Dialoog: wat is sterk?",
                        "minutes": 15,
                        "goal": "bewustwording",
                        "opening_question": "Wat maakt iemand sterk in een conflict?",
                        "follow_up_questions": [
                            "Is iemand die wegloopt zwak of sterk? Waarom?",
                            "Wat verandert er als er publiek is of als iemand filmt?",
                            "Wanneer heb jij je sterk gevoeld zonder te vechten?",
                            "Wat zou je willen dat jongere broers, zussen of neven hierover weten?",
                        ],
                        "presenter_notes": (
                            "Geef ruimte aan verschillende opvattingen over eer en respect; daar zitten vaak "
                            "persoonlijke en culturele verhalen achter. Blijf doorvragen ('Wat bedoel je met ...?') en "
                            "vat samen. Je hoeft niet tot een gezamenlijke conclusie te komen."
                        ),
                        "optional": False,
                    },
                    {
                        "kind": "dilemma",
                        "title": "Agressie op je stage",
                        "minutes": 15,
                        "goal": "bewustwording",
                        "situation": (
                            "Je loopt stage in een supermarkt. Een klant wordt boos omdat zijn pas niet werkt. Hij "
                            "scheldt je uit, komt heel dichtbij staan en zegt: 'Ik wacht buiten op je.' Je collega's "
                            "zijn achter in het magazijn. Na je dienst moet je naar de fietsenstalling."
                        ),
                        "options": [
                            "Je scheldt terug, zo laat je je niet behandelen.",
                            "Je blijft rustig, houdt afstand en roept een collega of leidinggevende.",
                            "Je negeert het en gaat na je dienst gewoon naar huis.",
                            (
                                "Je meldt het bij je leidinggevende en vraagt of iemand met je meeloopt of de politie "
                                "belt."
                            ),
                        ],
                        "discussion_questions": [
                            "Wat doet zo'n dreiging met jou, ook later op de avond?",
                            "Welke afspraken heeft jouw stagebedrijf over agressie?",
                            "Zou je aangifte doen van de bedreiging? Wat houdt je tegen?",
                            "Hoe help je een collega die dit meemaakt?",
                        ],
                        "presenter_notes": (
                            "Bedreiging is strafbaar. Werkgevers moeten beleid hebben tegen agressie en geweld op het "
                            "werk. Moedig studenten aan dit met hun stagebegeleider te bespreken. Slachtofferhulp "
                            "helpt ook na bedreiging op het werk."
                        ),
                        "optional": False,
                    },
                    {
                        "kind": "activity",
                        "title": "Oefenen: de-escaleren in vier stappen",
                        "minutes": 20,
                        "goal": "handelingsperspectief",
                        "pupil_content": (
                            "1. Check jezelf: adem rustig, ontspan je schouders, houd je handen zichtbaar. 2. Houd "
                            "afstand en zorg voor een uitweg, voor jou en voor de ander. 3. Praat rustig: zeg wat je "
                            "ziet ('Ik zie dat u boos bent'), niet wie er gelijk heeft. 4. Grens en hulp: zeg wat wel "
                            "kan, en haal hulp als het niet werkt."
                        ),
                        "instructions": (
                            "Studenten oefenen in groepjes van drie met casuskaarten uit verschillende beroepen: "
                            "horeca, zorg, openbaar vervoer, winkel en uitgaan. Eén speelt de boze persoon (zonder "
                            "aanraken), één oefent de stappen, één observeert met de checklist. Wissel na vier "
                            "minuten. Sluit af met de vraag: welke zin werkte?"
                        ),
                        "presenter_notes": (
                            "Spreek vooraf af: geen aanraking, een stopwoord ('pauze') en geen persoonlijke "
                            "beledigingen. Studenten met eigen ervaringen met geweld mogen observeren in plaats van "
                            "spelen. Zinnen die vaak werken: 'Ik wil u helpen, maar dan moet u een stap terug doen.' "
                            "'Laten we even rustig kijken wat er kan.'"
                        ),
                        "materials": ["Casuskaarten per beroep", "Observatiechecklist"],
                        "optional": False,
                    },
                    {
                        "kind": "activity",
                        "title": "Een vriend of collega aanspreken",
                        "minutes": 18,
                        "goal": "handelingsperspectief",
                        "pupil_content": (
                            "Je merkt dat een vriend of collega een mes draagt. Hoe spreek je hem aan? 1. Zeg wat je "
                            "ziet. 2. Zeg waarom je je zorgen maakt. 3. Vraag hoe het zit en luister. 4. Zoek samen "
                            "naar hulp."
                        ),
                        "instructions": (
                            "Studenten schrijven in tweetallen een openingszin en oefenen het gesprek kort. Bespreek "
                            "met de groep: wanneer schakel je een professional in, ook als je vriend dat niet wil? "
                            "Sluit af met de hulplijnen."
                        ),
                        "presenter_notes": (
                            "Zeg duidelijk: bij acuut gevaar altijd 112. Meld Misdaad Anoniem (0800-7000) is er voor "
                            "wie informatie heeft maar bang is. Slachtofferhulp helpt bij angst na geweld of een "
                            "beroving. Loopt de dialoog of het rollenspel uit, dan kan deze opdracht vervallen; noem "
                            "dan wel de hulplijnen."
                        ),
                        "materials": ["Papier en pennen", "Dia met hulplijnen"],
                        "optional": True,
                    },
                ],
                "follow_up": [
                    {
                        "title": "Agressieprotocol van de stage",
                        "text": (
                            "Laat studenten bij hun stagebedrijf navragen wat het protocol is bij agressie en geweld. "
                            "Bespreek de antwoorden in de klas en vergelijk de beroepen."
                        ),
                    },
                    {
                        "title": "De-escaleren verdiepen",
                        "text": (
                            "Bied studenten in beroepen met veel klantcontact een vervolgtraining agressiehantering "
                            "aan, via de opleiding of het stagebedrijf."
                        ),
                    },
                    {
                        "title": "Ouders en netwerk",
                        "text": (
                            "Voor jongere studenten kan de school de ouderbijeenkomst Wapens en geweld van Halt "
                            "organiseren. De Halt-medewerker leidt die als gast."
                        ),
                    },
                ],
                "safe_delivery": {
                    "ground_rules": [
                        "We noemen geen namen en vertellen geen details van echte incidenten.",
                        "We laten geen echte beelden van geweld of wapens zien.",
                        "Je mag altijd passen of even niet meedoen.",
                        "We respecteren elkaars mening en lachen niemand uit.",
                        "Bij rollenspellen raken we elkaar niet aan.",
                    ],
                    "disclosure": (
                        "Een leerling kan vertellen over eigen wapenbezit, bedreiging, geweld in de buurt of geweld "
                        "thuis. Luister rustig, beloof geen geheimhouding en bespreek direct na de les met de leerling "
                        "wat er gaat gebeuren. Overleg dezelfde dag met de aandachtsfunctionaris of zorgcoördinator "
                        "en volg de Meldcode huiselijk geweld en kindermishandeling (advies bij Veilig Thuis, "
                        "0800-2000). Is er een wapen op school of is er acuut gevaar, schakel dan meteen de "
                        "schoolleiding in en bel zo nodig 112. Wie anoniem informatie wil geven, verwijs je naar Meld "
                        "Misdaad Anoniem (0800-7000); wie slachtoffer is geweest van geweld of bedreiging, naar "
                        "Slachtofferhulp."
                    ),
                    "signposting": ["veilig-thuis", "meld-misdaad-anoniem", "slachtofferhulp"],
                },
            },
        ],
        "parent_guide": {
            "title": "Gesprekshulp voor ouders: Wapens en geweld",
            "slug": "ouders",
            "intro": (
                "Uw kind kreeg op school een les van Halt over wapens en geweld. Het ging over messen, de wet en ruzie "
                "oplossen zonder geweld. Met deze gesprekshulp praat u er thuis verder over."
            ),
            "accompanies": [
                "wapens-en-geweld-po-groep-7-8",
                "wapens-en-geweld-vo-onderbouw",
                "wapens-en-geweld-vo-bovenbouw",
                "wapens-en-geweld-mbo",
            ],
            "learned": {
                "kennis": (
                    "Uw kind weet dat een mes op straat of op school bijna altijd verboden is. Sommige wapens zijn "
                    "altijd verboden, zoals een vlindermes."
                ),
                "bewustwording": (
                    "Uw kind dacht na over angst en stoer doen. Een mes maakt je niet veiliger. Het maakt een ruzie "
                    "juist gevaarlijker."
                ),
                "handelingsperspectief": (
                    "Uw kind oefende hoe je een ruzie laat afkoelen. Het weet ook waar het hulp kan vragen of anoniem "
                    "iets kan melden."
                ),
            },
            "conversation_starters": [
                "Wat vond je het meest verrassend in de les?",
                "Voel jij je weleens onveilig op straat of online? Wanneer?",
                "Ken je iemand die een mes bij zich heeft? Je hoeft geen naam te noemen.",
                "Wat zou je doen als een vriend een mes laat zien?",
                "Hoe koel jij af als je heel boos bent?",
            ],
            "what_you_can_do": [
                "Stel open vragen en luister eerst. Een preek sluit het gesprek af.",
                "Zeg dat uw kind altijd bij u terechtkan, ook met slecht nieuws.",
                "Let op signalen: angst om naar buiten te gaan, nieuwe vrienden of onbekende spullen.",
                "Vindt u een wapen? Blijf rustig en vraag waarom uw kind het heeft.",
                "Bel daarna de politie via 0900-8844. Vraag hoe u het wapen inlevert.",
                "Is uw kind bedreigd of beroofd? Slachtofferhulp helpt gratis.",
            ],
            "meeting": (
                "Na de les van uw kind kan de school een ouderbijeenkomst houden. Een Halt-medewerker leidt die als "
                "gast. U hoort wat de kinderen leerden en praat met andere ouders. U krijgt tips en adressen voor hulp."
            ),
            "help": ["veilig-thuis", "meld-misdaad-anoniem", "slachtofferhulp", "opvoedinformatie"],
        },
        "professional_guides": [],
    },
    {
        "slug": "veilig-oud-en-nieuw",
        "title": "Veilig oud en nieuw",
        "order": 110,
        "summary": (
            "Welke regels er gelden voor vuurwerk, wat de risico's zijn en hoe je oud en nieuw veilig en zonder schade "
            "viert."
        ),
        "why": [
            (
                "Rond de jaarwisseling raken elk jaar honderden mensen gewond door vuurwerk, vaak aan ogen en handen. "
                "Veel slachtoffers zijn kinderen en jongeren, en een flink deel van hen stak het vuurwerk niet eens "
                "zelf af."
            ),
            (
                "Daarnaast zorgen vuurwerk, vernielingen en geweld tegen hulpverleners voor schade en angst in de "
                "wijk. Veel jongeren weten niet welk vuurwerk verboden is, wanneer afsteken mag en dat ze vanaf 12 "
                "jaar bij Halt of de rechter terecht kunnen komen."
            ),
            (
                "De voorlichting wordt in de weken voor de jaarwisseling gegeven op school of in de wijk en helpt "
                "jongeren om er samen een leuke en veilige avond van te maken."
            ),
        ],
        "everyday_terms": [
            "vuurwerk",
            "knalvuurwerk",
            "oudejaarsavond",
            "jaarwisseling",
            "cobra",
            "illegaal vuurwerk",
            "vuurwerkbril",
            "vuurwerkverbod",
        ],
        "lessons": [
            {
                "title": "Veilig oud en nieuw (groep 7-8)",
                "slug": "veilig-oud-en-nieuw-po-groep-7-8",
                "offer_type": "voorlichting",
                "age_bands": ["po-groep-7-8"],
                "use": "proactief",
                "settings": ["school", "wijk"],
                "duration": 60,
                "group_size": "Eén groep, tot 30 leerlingen",
                "central_question": "Hoe vier je oud en nieuw op een veilige manier?",
                "summary": (
                    "De leerlingen leren welk vuurwerk mag en welk niet, en waarom vuurwerk gevaarlijk kan zijn voor "
                    "kinderen, omstanders en dieren. Ze bedenken wat ze doen als vrienden vuurwerk verkeerd gebruiken. "
                    "Ze maken een eigen plan voor een veilige oudejaarsavond en bespreken dat thuis."
                ),
                "goals": {
                    "kennis": (
                        "Leerlingen weten dat je pas vanaf 12 jaar kindervuurwerk en vanaf 16 jaar ander vuurwerk mag "
                        "kopen, dat sommig vuurwerk altijd verboden is en hoe ze hun ogen en handen beschermen."
                    ),
                    "bewustwording": (
                        "Leerlingen merken dat vuurwerk voor anderen, zoals buren, kleine kinderen en dieren, eng of "
                        "gevaarlijk kan zijn."
                    ),
                    "handelingsperspectief": (
                        "Leerlingen weten hoe ze veilig naar vuurwerk kijken en wat ze doen als iemand vuurwerk "
                        "verkeerd gebruikt of gewond raakt."
                    ),
                },
                "content_guidance": ["vuurwerk"],
                "activities": [
                    {
                        "kind": "activity",
                        "title": "Leuk en eng",
                        "minutes": 8,
                        "goal": "bewustwording",
                        "pupil_content": (
                            "Wat vind jij leuk aan oud en nieuw? En wat vind je eng of vervelend? Vertel het aan je "
                            "buurman of buurvrouw."
                        ),
                        "instructions": (
                            "Laat kinderen in tweetallen praten. Schrijf op het bord twee kolommen: leuk en eng. "
                            "Verzamel een paar antwoorden per kolom."
                        ),
                        "presenter_notes": (
                            "Veel kinderen vinden de harde knallen eng, of hebben een huisdier dat bang is. Neem beide "
                            "kanten serieus: oud en nieuw mag ook gewoon leuk zijn."
                        ),
                        "materials": ["Digibord of whiteboard"],
                        "optional": False,
                    },
                    {
                        "kind": "quiz",
                        "title": "Vuurwerkquiz",
                        "minutes": 12,
                        "goal": "kennis",
                        "questions": [
                            {
                                "question": "Wat is een cobra?",
                                "answers": [
                                    "Een veilig soort sterretje",
                                    "Zwaar vuurwerk dat verboden is",
                                    "Vuurwerk speciaal voor kinderen",
                                ],
                                "correct": 1,
                                "explanation": (
                                    "Een cobra is zwaar knalvuurwerk. Het is verboden omdat het heel gevaarlijk is. Je "
                                    "kunt er je hand of je zicht door verliezen."
                                ),
                            },
                            {
                                "question": "Wanneer mag gewoon vuurwerk worden afgestoken?",
                                "answers": [
                                    "De hele maand december",
                                    "Op oudejaarsavond van 18.00 uur tot 02.00 uur 's nachts",
                                    "Wanneer je maar wilt",
                                ],
                                "correct": 1,
                                "explanation": (
                                    "Vuurwerk afsteken mag alleen op oudejaarsavond van 18.00 tot 02.00 uur. Sommige "
                                    "gemeenten verbieden vuurwerk helemaal of op bepaalde plekken."
                                ),
                            },
                            {
                                "question": "Waarom draag je een vuurwerkbril?",
                                "answers": [
                                    "Omdat het er stoer uitziet",
                                    "Om je ogen te beschermen",
                                    "Om beter te zien in het donker",
                                ],
                                "correct": 1,
                                "explanation": (
                                    "Veel vuurwerkongelukken gaan over ogen. Een vuurwerkbril beschermt je ogen, ook "
                                    "als je alleen kijkt."
                                ),
                            },
                            {
                                "question": "Er ligt een stuk vuurwerk op straat dat niet is afgegaan. Wat doe je?",
                                "answers": [
                                    "Het opnieuw aansteken",
                                    "Ervan afblijven en het tegen een volwassene zeggen",
                                    "Het mee naar huis nemen",
                                ],
                                "correct": 1,
                                "explanation": (
                                    "Vuurwerk dat niet afging, kan alsnog ontploffen. Blijf eraf en waarschuw een "
                                    "volwassene."
                                ),
                            },
                        ],
                        "presenter_notes": (
                            "Achtergrond: kindervuurwerk (categorie F1, zoals sterretjes en knalerwten) mag vanaf 12 "
                            "jaar worden gekocht en het hele jaar worden gebruikt. Ander consumentenvuurwerk (F2, "
                            "zoals fonteinen en cakeboxen) mag pas vanaf 16 jaar worden gekocht, alleen in de laatste "
                            "dagen van het jaar. Knalvuurwerk zoals Chinese rollen en vuurpijlen is verboden, net als "
                            "zwaar illegaal vuurwerk zoals cobra's. Check elk jaar de landelijke regels en die van de "
                            "gemeente; ze veranderen regelmatig."
                        ),
                        "optional": False,
                    },
                    {
                        "kind": "dilemma",
                        "title": "Knallers in de brievenbus",
                        "minutes": 12,
                        "goal": "bewustwording",
                        "situation": (
                            "Het is een paar dagen voor oud en nieuw. Je fietst met je vrienden door de wijk. Een "
                            "oudere jongen geeft jullie een paar knallers. 'Gooi ze maar in die brievenbus,' zegt hij. "
                            "Je vrienden lachen en pakken een aansteker."
                        ),
                        "options": [
                            "Ik doe mee, het is maar een grapje.",
                            "Ik zeg dat ik het niet doe en fiets naar huis.",
                            "Ik zeg: 'Niet doen, daar woont misschien een oude mevrouw of een hond.'",
                            "Ik vertel het thuis aan mijn ouders.",
                        ],
                        "discussion_questions": [
                            "Wie wonen er achter die voordeur?",
                            "Hoe voelt het als er ineens een harde knal in je gang is?",
                            "Wat kan er met de brievenbus en de deur gebeuren?",
                            "Hoe zeg je nee tegen een oudere jongen?",
                        ],
                        "presenter_notes": (
                            "Vuurwerk in een brievenbus stoppen of naar mensen of dieren gooien is strafbaar en kan "
                            "brand veroorzaken. Kinderen vanaf 12 jaar kunnen hiervoor naar Halt. Vertel ook dat de "
                            "oudere jongen fout zit: hij mag geen vuurwerk aan kinderen geven."
                        ),
                        "optional": False,
                    },
                    {
                        "kind": "activity",
                        "title": "Veilig kijken: vijf gouden regels",
                        "minutes": 15,
                        "goal": "handelingsperspectief",
                        "pupil_content": (
                            "1. Kijk van een afstand, achter een lijn of een raam. 2. Draag een vuurwerkbril, ook als "
                            "je alleen kijkt. 3. Raak afgestoken vuurwerk of vuurwerk dat niet afging nooit aan. 4. "
                            "Houd dieren binnen. 5. Is er iemand gewond? Koel een brandwond met lauw water en haal een "
                            "volwassene. Bij ernstig letsel bel je 112."
                        ),
                        "instructions": (
                            "Bespreek de regels. Laat groepjes van vier één regel uitbeelden als een stilstaande "
                            "foto; de klas raadt welke regel het is. Bespreek daarna de EHBO-regel: koelen, koelen, "
                            "koelen."
                        ),
                        "presenter_notes": (
                            "Een brandwond koel je 10 tot 20 minuten met lauw, zacht stromend water (niet ijskoud). "
                            "Bij letsel aan het oog niet wrijven en meteen naar de huisartsenpost of de spoedeisende "
                            "hulp. Noem de vuurwerkbril als tip voor thuis."
                        ),
                        "materials": ["Kaart met de vijf gouden regels"],
                        "optional": False,
                    },
                    {
                        "kind": "activity",
                        "title": "Mijn oudejaarsplan",
                        "minutes": 13,
                        "goal": "handelingsperspectief",
                        "pupil_content": (
                            "Maak je eigen plan voor oudejaarsavond: Waar ben ik? Met wie kijk ik? Wat neem ik mee "
                            "(vuurwerkbril!)? Wat doe ik als iemand vuurwerk naar mensen of dieren gooit?"
                        ),
                        "instructions": (
                            "Kinderen maken het plan op een werkblad en nemen het mee naar huis om met hun ouders te "
                            "bespreken. Laat een paar kinderen hun antwoord op de laatste vraag vertellen."
                        ),
                        "presenter_notes": (
                            "Is er weinig tijd, geef het werkblad dan mee als opdracht voor thuis. De leerkracht kan "
                            "de plannen ophangen of noemen in de nieuwsbrief."
                        ),
                        "materials": ["Werkblad Mijn oudejaarsplan", "Pennen"],
                        "optional": True,
                    },
                ],
                "follow_up": [
                    {
                        "title": "Oudejaarsplan mee naar huis",
                        "text": (
                            "Geef het oudejaarsplan mee naar huis en vraag ouders het samen met hun kind te bespreken. "
                            "Wijs op de vuurwerkbril, ook voor wie alleen kijkt."
                        ),
                    },
                    {
                        "title": "Terugblik in januari",
                        "text": (
                            "Vraag na de vakantie hoe de jaarwisseling was. Wat ging er goed? Heeft iemand iets gezien "
                            "wat niet veilig was? Let op kinderen die iets naars hebben meegemaakt en bespreek dat met "
                            "de intern begeleider."
                        ),
                    },
                ],
                "safe_delivery": None,
            },
            {
                "title": "Veilig oud en nieuw (VO onderbouw)",
                "slug": "veilig-oud-en-nieuw-vo-onderbouw",
                "offer_type": "voorlichting",
                "age_bands": ["vo-onderbouw"],
                "use": "proactief",
                "settings": ["school", "wijk"],
                "duration": 50,
                "group_size": "Eén klas, tot 32 leerlingen",
                "central_question": "Wat maakt oud en nieuw leuk, en wanneer wordt het gevaarlijk of strafbaar?",
                "summary": (
                    "De leerlingen bouwen voort op de les uit groep 7-8 over veilig kijken. Ze leren welke "
                    "vuurwerkregels gelden, wat illegaal vuurwerk is en wat de gevolgen zijn van vernielingen en "
                    "geweld tegen hulpverleners. Ze denken na over groepsdruk op oudejaarsavond en maken samen een "
                    "deal voor een veilige avond."
                ),
                "goals": {
                    "kennis": (
                        "Leerlingen kennen de vuurwerkregels (leeftijd, tijden, verboden vuurwerk) en weten dat "
                        "overtredingen kunnen leiden tot een Halt-interventie of een strafzaak."
                    ),
                    "bewustwording": (
                        "Leerlingen zien hoe groepsdruk en spanning op oudejaarsavond keuzes beïnvloeden en wat de "
                        "gevolgen zijn voor slachtoffers, hulpverleners en de buurt."
                    ),
                    "handelingsperspectief": (
                        "Leerlingen kunnen nee zeggen tegen gevaarlijke acties, weten hoe ze zich beschermen en wat ze "
                        "doen als er iemand gewond raakt."
                    ),
                },
                "content_guidance": ["vuurwerk"],
                "activities": [
                    {
                        "kind": "activity",
                        "title": "Opening: raad de cijfers",
                        "minutes": 7,
                        "goal": "kennis",
                        "pupil_content": (
                            "Raad: hoeveel mensen raken rond de jaarwisseling gewond door vuurwerk? Hoeveel van hen "
                            "zijn jonger dan 20? En hoeveel stonden er alleen maar naar te kijken?"
                        ),
                        "instructions": (
                            "Laat leerlingen gokken en geef daarna de cijfers van de laatste jaarwisseling. Vraag: wat "
                            "verrast je?"
                        ),
                        "presenter_notes": (
                            "Zoek vooraf de meest recente cijfers op bij VeiligheidNL. Elk jaar raken honderden mensen "
                            "gewond, vaak aan ogen en handen. Een groot deel is jonger dan 20 en een flink deel is "
                            "omstander. Noem alleen cijfers die je hebt gecontroleerd."
                        ),
                        "materials": ["Digibord"],
                        "optional": False,
                    },
                    {
                        "kind": "quiz",
                        "title": "Vuurwerkregels: waar of niet waar?",
                        "minutes": 10,
                        "goal": "kennis",
                        "questions": [
                            {
                                "question": "Vanaf 12 jaar mag je cakeboxen en fonteinen kopen.",
                                "answers": ["Waar", "Niet waar"],
                                "correct": 1,
                                "explanation": (
                                    "Sterretjes en ander kindervuurwerk mag je vanaf 12 jaar kopen. Cakeboxen, "
                                    "fonteinen en ander siervuurwerk pas vanaf 16 jaar, en alleen in de laatste dagen "
                                    "van het jaar."
                                ),
                            },
                            {
                                "question": (
                                    "Vuurwerk afsteken mag op oudejaarsavond van 18.00 tot 02.00 uur, als je gemeente "
                                    "het niet verbiedt."
                                ),
                                "answers": ["Waar", "Niet waar"],
                                "correct": 0,
                                "explanation": (
                                    "Dat zijn de landelijke tijden. Veel gemeenten hebben vuurwerkvrije zones of een "
                                    "vuurwerkverbod. Check altijd wat in jouw gemeente geldt."
                                ),
                            },
                            {
                                "question": (
                                    "Vuurwerk dat je in België of Duitsland legaal kunt kopen, mag je hier ook "
                                    "afsteken."
                                ),
                                "answers": ["Waar", "Niet waar"],
                                "correct": 1,
                                "explanation": (
                                    "Vuurwerk dat in Nederland niet is toegestaan, is hier illegaal, ook als je het in "
                                    "het buitenland legaal hebt gekocht."
                                ),
                            },
                            {
                                "question": (
                                    "Wie vuurwerk gooit naar politie, brandweer of ambulancepersoneel, krijgt een "
                                    "zwaardere straf."
                                ),
                                "answers": ["Waar", "Niet waar"],
                                "correct": 0,
                                "explanation": (
                                    "Geweld tegen hulpverleners wordt extra streng aangepakt. Het Openbaar Ministerie "
                                    "eist dan hogere straffen."
                                ),
                            },
                            {
                                "question": (
                                    "Als je 14 bent en buiten de toegestane tijden vuurwerk afsteekt, kun je naar Halt."
                                ),
                                "answers": ["Waar", "Niet waar"],
                                "correct": 0,
                                "explanation": (
                                    "Bij lichtere vuurwerkovertredingen kunnen jongeren van 12 tot 18 jaar een "
                                    "Halt-interventie krijgen. Bij zwaar illegaal vuurwerk of geweld volgt vaak een "
                                    "strafzaak."
                                ),
                            },
                        ],
                        "presenter_notes": (
                            "Laat leerlingen per stelling naar de waar- of niet-waar-kant van het lokaal lopen. Check "
                            "voor de les de actuele landelijke regels en die van de gemeente waar je lesgeeft: ze "
                            "veranderen regelmatig, en steeds meer gemeenten hebben een vuurwerkverbod."
                        ),
                        "optional": False,
                    },
                    {
                        "kind": "dilemma",
                        "title": "Oudejaarsavond op het pleintje",
                        "minutes": 14,
                        "goal": "bewustwording",
                        "situation": (
                            "Het is oudejaarsavond, 22.00 uur. Je staat met je vrienden op een pleintje in de wijk. "
                            "Verderop staat een container in brand. Als de brandweer komt, pakken een paar jongens uit "
                            "je groep vuurwerk en richten het op de brandweerwagen. Iemand roept: 'Film het, dit gaat "
                            "viral!' Je vriend duwt zijn telefoon in je hand."
                        ),
                        "options": [
                            "Je filmt, je doet verder toch niets.",
                            "Je geeft de telefoon terug en loopt weg.",
                            "Je roept dat ze moeten stoppen.",
                            "Je loopt weg en vertelt het later aan iemand die je vertrouwt.",
                        ],
                        "discussion_questions": [
                            "Wat kan er gebeuren met de brandweermensen, en met de mensen die op hun hulp wachten?",
                            "Waarom doen mensen in een groep dingen die ze alleen nooit zouden doen?",
                            "Ben je ook verantwoordelijk als je alleen filmt?",
                            "Welke keuze is moeilijk, en waarom?",
                        ],
                        "presenter_notes": (
                            "Wie hulpverleners hindert of aanvalt, kan een hoge straf krijgen. Filmen en online zetten "
                            "moedigt de daders aan; de politie gebruikt zulke beelden juist om daders en betrokkenen "
                            "op te sporen. Verwijs naar de voorlichting Invloed van de groep als de klas die kent."
                        ),
                        "optional": False,
                    },
                    {
                        "kind": "activity",
                        "title": "Onze veilige oudejaarsdeal",
                        "minutes": 12,
                        "goal": "handelingsperspectief",
                        "pupil_content": (
                            "Maak met je groepje een deal van vijf afspraken voor een veilige oudejaarsavond. Denk "
                            "aan: vuurwerkbril, afstand houden, geen illegaal vuurwerk, wat je doet als iemand gewond "
                            "raakt, en hoe je uit een groep stapt die te ver gaat."
                        ),
                        "instructions": (
                            "Groepjes van vier schrijven hun deal op een A4. Elk groepje leest de beste afspraak voor. "
                            "Maak van de afspraken die het vaakst terugkomen samen een klassendeal."
                        ),
                        "presenter_notes": (
                            "Vul aan met EHBO: een brandwond 10 tot 20 minuten koelen met lauw stromend water; bij "
                            "letsel aan het oog niet wrijven en meteen naar de huisartsenpost of spoedeisende hulp; "
                            "bij ernstig letsel 112. Een snelle uitweg uit een groep: 'Ik moet naar huis' of 'Ik ga "
                            "naar mijn neef'."
                        ),
                        "materials": ["A4-vellen", "Stiften"],
                        "optional": False,
                    },
                    {
                        "kind": "socratic",
                        "title": "Dialoog: van wie is de straat?",
                        "minutes": 7,
                        "goal": "bewustwording",
                        "opening_question": "Van wie is de straat op oudejaarsavond?",
                        "follow_up_questions": [
                            "Wie heeft er plezier van vuurwerk, en wie heeft er last van?",
                            "Hoe beleeft een buurtbewoner met een hond of een baby deze avond?",
                            "Wat zou oud en nieuw in jouw wijk beter maken voor iedereen?",
                        ],
                        "presenter_notes": (
                            "Laat zowel liefhebbers als tegenstanders van vuurwerk aan het woord. Het doel is niet om "
                            "vuurwerk slecht te maken, maar om leerlingen te laten nadenken over anderen."
                        ),
                        "optional": True,
                    },
                ],
                "follow_up": [
                    {
                        "title": "Klassendeal ophangen",
                        "text": (
                            "Hang de klassendeal voor de kerstvakantie op in het lokaal en stuur hem mee met de "
                            "nieuwsbrief aan ouders."
                        ),
                    },
                    {
                        "title": "Evaluatie in januari",
                        "text": (
                            "Bespreek na de vakantie hoe de jaarwisseling in de wijk ging. Waren er vernielingen of "
                            "incidenten in de buurt, dan kan de school samen met Halt en het jongerenwerk kijken of "
                            "een vervolgactiviteit nodig is."
                        ),
                    },
                ],
                "safe_delivery": None,
            },
        ],
        "parent_guide": None,
        "professional_guides": [],
    },
    {
        "slug": "tolerantie-en-respect",
        "title": "Tolerantie en respect",
        "order": 120,
        "summary": (
            "Hoe vooroordelen ontstaan, wat discriminatie en pesten met mensen doen en hoe je zelf bijdraagt aan een "
            "klas en buurt waar iedereen zich veilig voelt."
        ),
        "why": [
            (
                "Jongeren groeien op in een diverse samenleving. Dat is een kracht, maar het zorgt ook voor spanning: "
                "grappen over afkomst, geloof, geaardheid of uiterlijk, uitsluiting en online haat komen in veel "
                "klassen voor."
            ),
            (
                "Wat voor de een 'maar een grapje' is, is voor de ander een dagelijkse ervaring van buitengesloten "
                "worden. Discriminatie is verboden, en een groep beledigen of aanzetten tot haat is strafbaar. Het "
                "tast bovendien de sociale veiligheid op school aan."
            ),
            (
                "De voorlichting sluit aan bij het burgerschapsonderwijs. Ze helpt jongeren hun eigen vooroordelen te "
                "herkennen, zich te verplaatsen in een ander en als omstander iets te doen. Voor ouders is er een "
                "ouderbijeenkomst over hetzelfde thema."
            ),
        ],
        "everyday_terms": [
            "discriminatie",
            "racisme",
            "pesten",
            "vooroordelen",
            "respect",
            "uitsluiting",
            "haatberichten",
            "stagediscriminatie",
        ],
        "lessons": [
            {
                "title": "Tolerantie en respect (groep 7-8)",
                "slug": "tolerantie-en-respect-po-groep-7-8",
                "offer_type": "voorlichting",
                "age_bands": ["po-groep-7-8"],
                "use": "proactief",
                "settings": ["school", "sportvereniging", "wijk"],
                "duration": 60,
                "group_size": "Eén groep, tot 30 leerlingen",
                "central_question": "Hoe zorgen we dat iedereen in de groep zich welkom voelt?",
                "summary": (
                    "De leerlingen ontdekken dat iedereen anders is en dat je aan de buitenkant niet ziet wie iemand "
                    "is. Ze leren het verschil tussen plagen, pesten en discrimineren. Ze oefenen wat je kunt doen als "
                    "iemand wordt buitengesloten en maken samen afspraken voor de groep."
                ),
                "goals": {
                    "kennis": (
                        "Leerlingen weten wat een vooroordeel, pesten en discriminatie is, en dat discrimineren niet "
                        "mag."
                    ),
                    "bewustwording": (
                        "Leerlingen merken hoe het voelt om buitengesloten te worden en dat ze zelf ook weleens snel "
                        "over iemand oordelen."
                    ),
                    "handelingsperspectief": (
                        "Leerlingen kennen drie dingen die ze kunnen doen als iemand wordt gepest of buitengesloten."
                    ),
                },
                "content_guidance": ["discriminatie"],
                "activities": [
                    {
                        "kind": "activity",
                        "title": "Iedereen die ...",
                        "minutes": 10,
                        "goal": "bewustwording",
                        "pupil_content": (
                            "Sta op als het voor jou klopt. Iedereen die een huisdier heeft. Iedereen die meer dan "
                            "één taal spreekt. Iedereen die weleens is uitgelachen. Iedereen die weleens iemand "
                            "heeft uitgelachen."
                        ),
                        "instructions": (
                            "Lees de zinnen een voor een voor. Kinderen staan op en gaan weer zitten. Vraag daarna: "
                            "wat viel je op? Met wie stond je samen?"
                        ),
                        "presenter_notes": (
                            "Bij elke zin staan er andere kinderen samen. Dat laat zien dat groepen steeds wisselen en "
                            "dat je aan de buitenkant niet ziet wat je met iemand gemeen hebt. Kinderen mogen altijd "
                            "blijven zitten; ze hoeven niets te laten zien wat ze niet willen."
                        ),
                        "materials": ["Vrije ruimte in het lokaal"],
                        "optional": False,
                    },
                    {
                        "kind": "activity",
                        "title": "Plagen, pesten of discrimineren?",
                        "minutes": 12,
                        "goal": "kennis",
                        "pupil_content": (
                            "Plagen: een grapje waar iedereen om kan lachen, ook degene over wie het gaat. Pesten: "
                            "steeds weer iemand pijn doen, terwijl die zich niet goed kan verweren. Discrimineren: "
                            "iemand anders behandelen omdat hij bij een groep hoort, bijvoorbeeld door huidskleur, "
                            "geloof of een beperking."
                        ),
                        "instructions": (
                            "Leg de drie woorden uit. Lees daarna zes korte voorbeelden voor. Kinderen houden een "
                            "kaartje omhoog: plagen, pesten of discrimineren. Bespreek de voorbeelden waarover "
                            "kinderen twijfelen."
                        ),
                        "presenter_notes": (
                            "Voorbeelden: een grapje over iemands nieuwe kapsel waar die zelf om lacht (plagen); elke "
                            "dag iemands tas verstoppen (pesten); 'jij mag niet meedoen, want jij komt uit een ander "
                            "land' (discrimineren). Soms is iets allebei. Belangrijkste regel: als de ander het niet "
                            "leuk vindt, stop je."
                        ),
                        "materials": ["Kaartjes: plagen, pesten, discrimineren", "Dia met voorbeelden"],
                        "optional": False,
                    },
                    {
                        "kind": "dilemma",
                        "title": "Niet meedoen met voetbal",
                        "minutes": 13,
                        "goal": "handelingsperspectief",
                        "situation": (
                            "In de pauze kiezen twee kinderen teams voor voetbal. Noor is nieuw in de groep en wil ook "
                            "meedoen. 'Jij niet,' zegt iemand. 'Jij praat raar.' De anderen lachen. Noor loopt weg. "
                            "Jij staat al in een team."
                        ),
                        "options": [
                            "Ik doe niets, het is niet mijn probleem.",
                            "Ik zeg: 'Noor mag gewoon meedoen.'",
                            "Ik loop naar Noor toe en vraag of ze iets anders met me wil doen.",
                            "Ik vertel het aan de pleinwacht.",
                        ],
                        "discussion_questions": [
                            "Hoe voelt Noor zich nu?",
                            "Waarom lachen de anderen mee?",
                            "Wat is moeilijk aan opkomen voor iemand?",
                            "Wat zou jij willen dat iemand deed als het jou overkwam?",
                        ],
                        "presenter_notes": (
                            "Elke keuze waarbij je iets doet, hoe klein ook, helpt. Naar iemand toe lopen is al heel "
                            "sterk. Let op kinderen die zelf nieuw zijn of een accent hebben; voorkom dat de groep "
                            "naar hen kijkt. Noor is een verzonnen kind."
                        ),
                        "optional": False,
                    },
                    {
                        "kind": "quiz",
                        "title": "Weet jij het?",
                        "minutes": 10,
                        "goal": "kennis",
                        "questions": [
                            {
                                "question": "Wat is een vooroordeel?",
                                "answers": [
                                    "Wat je over iemand denkt voordat je hem kent",
                                    "Een regel op school",
                                    "Een compliment",
                                ],
                                "correct": 0,
                                "explanation": (
                                    "Een vooroordeel is een mening over iemand voordat je die persoon kent. Iedereen "
                                    "heeft vooroordelen. Het is goed om ze te herkennen."
                                ),
                            },
                            {
                                "question": (
                                    "Mag je in Nederland iemand anders behandelen vanwege zijn huidskleur of geloof?"
                                ),
                                "answers": [
                                    "Ja, als je het grappig bedoelt",
                                    "Nee, dat staat in artikel 1 van de Grondwet",
                                    "Alleen op school niet",
                                ],
                                "correct": 1,
                                "explanation": (
                                    "In artikel 1 van de Grondwet staat dat iedereen in Nederland in gelijke gevallen "
                                    "gelijk wordt behandeld. Discrimineren mag niet."
                                ),
                            },
                            {
                                "question": "Wat helpt iemand die wordt gepest het meest?",
                                "answers": [
                                    "Dat niemand er iets van zegt",
                                    "Dat iemand naar hem toe komt en hulp haalt",
                                    "Dat hij zelf harder terugpest",
                                ],
                                "correct": 1,
                                "explanation": (
                                    "Kinderen die zijn gepest, vertellen vaak dat één iemand die naar hen toe kwam "
                                    "het verschil maakte."
                                ),
                            },
                        ],
                        "presenter_notes": (
                            "Zet de tekst van artikel 1 op het bord: 'Allen die zich in Nederland bevinden, worden in "
                            "gelijke gevallen gelijk behandeld. Discriminatie (...) is niet toegestaan.' Leg moeilijke "
                            "woorden uit."
                        ),
                        "optional": False,
                    },
                    {
                        "kind": "activity",
                        "title": "Onze groepsafspraak",
                        "minutes": 15,
                        "goal": "handelingsperspectief",
                        "pupil_content": (
                            "Wat doen wij als iemand wordt uitgelachen of buitengesloten? Maak samen drie afspraken "
                            "voor de groep. Bijvoorbeeld: 'We vragen iemand die alleen staat om mee te doen.'"
                        ),
                        "instructions": (
                            "Kinderen bedenken in groepjes één afspraak en schrijven die op een strook papier. Kies "
                            "samen de drie beste afspraken en laat de leerkracht ze ophangen. Iedereen zet er een "
                            "handtekening of een duim bij."
                        ),
                        "presenter_notes": (
                            "Doe dit samen met de leerkracht, zodat de afspraken na de les blijven leven. Is de tijd "
                            "op, dan kan de leerkracht dit in een volgende les afmaken."
                        ),
                        "materials": ["Stroken papier", "Stiften"],
                        "optional": True,
                    },
                ],
                "follow_up": [
                    {
                        "title": "Groepsafspraak levend houden",
                        "text": (
                            "Bespreek de groepsafspraken na een paar weken opnieuw: wat lukt al, wat is nog lastig? "
                            "Geef complimenten aan kinderen die iemand lieten meedoen."
                        ),
                    },
                    {
                        "title": "Verhalen over anders zijn",
                        "text": (
                            "Lees in de weken na de les een jeugdboek of verhaal over anders zijn en buitensluiten, en "
                            "verwijs terug naar de vragen uit de les."
                        ),
                    },
                ],
                "safe_delivery": {
                    "ground_rules": [
                        "We praten over gedrag en ideeën, niet over personen in de klas.",
                        "We gebruiken geen scheldwoorden, ook niet als voorbeeld.",
                        "Wat iemand over zichzelf vertelt, blijft in de klas.",
                        "Je vertelt alleen wat je zelf wilt vertellen, en je mag altijd passen.",
                    ],
                    "disclosure": (
                        "Vertelt een leerling over discriminatie, racisme of pesten die hij zelf meemaakt, neem dat "
                        "serieus en bedank voor het vertrouwen. Bespreek na de les met de leerling wat hij nodig heeft "
                        "en overleg met de mentor of de vertrouwenspersoon van de school. Bij bedreiging of geweld kan "
                        "de leerling aangifte doen bij de politie; discriminatie kan worden gemeld bij een "
                        "antidiscriminatievoorziening (via discriminatie.nl). Bij zorgen over de veiligheid thuis volg "
                        "je de Meldcode huiselijk geweld en kindermishandeling (advies bij Veilig Thuis, 0800-2000)."
                    ),
                    "signposting": ["discriminatie-meldpunt", "kindertelefoon", "veilig-thuis"],
                },
            },
            {
                "title": "Tolerantie en respect (VO onderbouw)",
                "slug": "tolerantie-en-respect-vo-onderbouw",
                "offer_type": "voorlichting",
                "age_bands": ["vo-onderbouw"],
                "use": "proactief",
                "settings": ["school", "sportvereniging", "wijk"],
                "duration": 50,
                "group_size": "Eén klas, tot 32 leerlingen",
                "central_question": "Waar ligt de grens tussen een grap en discriminatie?",
                "summary": (
                    "De leerlingen bouwen voort op de les uit groep 7-8 over plagen, pesten en discrimineren. Ze leren "
                    "hoe vooroordelen ontstaan, wat de wet zegt over discriminatie en hoe uitsluiting en racisme "
                    "online werken. Ze oefenen als omstander met een reactie in de groepsapp en daarbuiten."
                ),
                "goals": {
                    "kennis": (
                        "Leerlingen weten wat stereotypen, vooroordelen en discriminatie zijn, dat discriminatie "
                        "verboden is en dat een groep beledigen of aanzetten tot haat strafbaar is."
                    ),
                    "bewustwording": (
                        "Leerlingen herkennen eigen vooroordelen en ervaren hoe 'grappen' over een groep bij anderen "
                        "aankomen."
                    ),
                    "handelingsperspectief": (
                        "Leerlingen kunnen als omstander reageren op discriminatie, offline en in de groepsapp, en "
                        "weten waar ze het melden."
                    ),
                },
                "content_guidance": ["discriminatie"],
                "activities": [
                    {
                        "kind": "activity",
                        "title": "Eerste indruk",
                        "minutes": 8,
                        "goal": "bewustwording",
                        "pupil_content": (
                            "Je ziet vier silhouetten met een korte beschrijving: 'rijdt op een scooter', 'draagt een "
                            "hoofddoek', 'zit in een rolstoel', 'heeft veel tatoeages'. Welk beroep heeft deze persoon "
                            "volgens jou? Schrijf je eerste gedachte op."
                        ),
                        "instructions": (
                            "Laat leerlingen snel hun eerste gedachte opschrijven. Laat daarna de verzonnen 'echte' "
                            "beroepen zien, die vaak anders zijn dan verwacht. Vraag: waar kwam jouw eerste gedachte "
                            "vandaan?"
                        ),
                        "presenter_notes": (
                            "Verzonnen onthulling: de scooterrijder is verpleegkundige, de vrouw met hoofddoek is "
                            "piloot, de man in de rolstoel is advocaat en de persoon met tatoeages is leerkracht op "
                            "een basisschool. Iedereen heeft vooroordelen; het gaat erom wat je ermee doet."
                        ),
                        "materials": ["Dia met vier silhouetten"],
                        "optional": False,
                    },
                    {
                        "kind": "activity",
                        "title": "De trap: van beeld naar discriminatie",
                        "minutes": 10,
                        "goal": "kennis",
                        "pupil_content": (
                            "Stereotype: een beeld van een hele groep ('alle ... zijn ...'). Vooroordeel: een mening "
                            "over iemand op basis van dat beeld. Discriminatie: iemand anders behandelen vanwege dat "
                            "beeld, bijvoorbeeld niet uitnodigen, niet aannemen of uitschelden. Discriminatie is "
                            "verboden (artikel 1 van de Grondwet). Een groep beledigen of oproepen tot haat is "
                            "strafbaar."
                        ),
                        "instructions": (
                            "Leg de trap uit met een voorbeeld. Leerlingen bedenken in tweetallen een eigen, "
                            "niet-kwetsend voorbeeld van elke trede, bijvoorbeeld over leeftijd of over supporters van "
                            "een club."
                        ),
                        "presenter_notes": (
                            "Kies neutrale voorbeelden (zoals 'alle ouderen kunnen niet met een telefoon omgaan') "
                            "zodat niemand in de klas wordt geraakt. Wettelijk kader: artikel 1 Grondwet; "
                            "groepsbelediging en aanzetten tot haat, discriminatie of geweld staan in het Wetboek van "
                            "Strafrecht (artikelen 137c en 137d)."
                        ),
                        "materials": ["Dia met de trap"],
                        "optional": False,
                    },
                    {
                        "kind": "dilemma",
                        "title": "De meme in de klassenapp",
                        "minutes": 14,
                        "goal": "bewustwording",
                        "situation": (
                            "In de klassenapp stuurt iemand een meme waarin mensen met een bepaald geloof belachelijk "
                            "worden gemaakt. Er komen meteen lachende emoji's. Een klasgenoot met dat geloof zegt "
                            "niets en gaat offline. Je ziet dat ook je beste vriend een lachende emoji heeft gestuurd."
                        ),
                        "options": [
                            "Je stuurt ook een emoji, iedereen doet het.",
                            "Je reageert niet, het is maar een meme.",
                            "Je stuurt in de groep: 'Niet zo chill dit, er zitten mensen in deze app.'",
                            "Je stuurt de klasgenoot een privébericht om te vragen hoe het gaat.",
                        ],
                        "discussion_questions": [
                            "Waarom sturen zoveel mensen zo snel een emoji?",
                            "Hoe denk je dat de klasgenoot zich voelt?",
                            "Wat kost het jou om iets te zeggen, en wat levert het op?",
                            "Is er een verschil tussen meelachen en de meme zelf maken?",
                        ],
                        "presenter_notes": (
                            "Omstanders bepalen vaak of iets doorgaat of stopt. Een kort bericht werkt beter dan een "
                            "preek, en iemand privé steunen is ook een sterke keuze. Beelden die een groep beledigen "
                            "kunnen strafbaar zijn en zijn in elk geval in strijd met de schoolregels. Verwijs naar de "
                            "voorlichting Gedrag online."
                        ),
                        "optional": False,
                    },
                    {
                        "kind": "activity",
                        "title": "Oefenen: wat zeg je?",
                        "minutes": 12,
                        "goal": "handelingsperspectief",
                        "pupil_content": (
                            "Kies een reactie die bij jou past. Vragen: 'Wat bedoel je daarmee?' Benoemen: 'Dat vind "
                            "ik niet grappig.' Steunen: de ander laten weten dat je aan zijn kant staat. Melden: bij "
                            "de mentor, de vertrouwenspersoon of via discriminatie.nl."
                        ),
                        "instructions": (
                            "Geef groepjes van drie een kaartje met een situatie: een opmerking in de gymles, een "
                            "bericht in een groepsapp of een opmerking bij een sportwedstrijd. Ze bedenken bij elke "
                            "soort een reactie en spelen er één kort na. Bespreek welke reactie het makkelijkst "
                            "voelde."
                        ),
                        "presenter_notes": (
                            "Een vraag stellen ('Hoe bedoel je?') is vaak de makkelijkste eerste stap: de ander moet "
                            "nadenken en je valt niemand aan. Melden kan bij de school, bij een "
                            "antidiscriminatievoorziening (via discriminatie.nl) of bij de politie als het strafbaar "
                            "is."
                        ),
                        "materials": ["Situatiekaartjes"],
                        "optional": False,
                    },
                    {
                        "kind": "quiz",
                        "title": "Check: wat weet je nu?",
                        "minutes": 6,
                        "goal": "kennis",
                        "questions": [
                            {
                                "question": "Welk artikel van de Grondwet gaat over gelijke behandeling?",
                                "answers": ["Artikel 1", "Artikel 10", "Artikel 23"],
                                "correct": 0,
                                "explanation": (
                                    "Artikel 1 zegt dat iedereen in gelijke gevallen gelijk wordt behandeld en dat "
                                    "discriminatie niet is toegestaan."
                                ),
                            },
                            {
                                "question": (
                                    "Iemand roept online op om een groep mensen aan te vallen. Is dat strafbaar?"
                                ),
                                "answers": [
                                    "Ja, aanzetten tot haat of geweld is strafbaar",
                                    "Nee, online is alles vrijheid van meningsuiting",
                                    "Alleen als er echt iets gebeurt",
                                ],
                                "correct": 0,
                                "explanation": (
                                    "Vrijheid van meningsuiting is belangrijk, maar heeft grenzen. Aanzetten tot haat, "
                                    "discriminatie of geweld tegen een groep is strafbaar, ook online."
                                ),
                            },
                            {
                                "question": "Wat is een omstander?",
                                "answers": ["Iemand die ziet wat er gebeurt en iets kan doen", "De dader", "Een agent"],
                                "correct": 0,
                                "explanation": (
                                    "Omstanders hebben veel invloed. Als zij iets zeggen of steun bieden, stopt pesten "
                                    "of discriminatie vaker."
                                ),
                            },
                        ],
                        "presenter_notes": (
                            "Gebruik dit als snelle afsluiter met handopsteken. Sla het over als het dilemma uitloopt."
                        ),
                        "optional": True,
                    },
                ],
                "follow_up": [
                    {
                        "title": "Afspraken voor de klassenapp",
                        "text": (
                            "Maak met de klas afspraken voor de klassenapp, bijvoorbeeld: geen memes die een groep "
                            "belachelijk maken, en een vaste manier om aan te geven dat iets niet oké is."
                        ),
                    },
                    {
                        "title": "Verder in de burgerschapsles",
                        "text": (
                            "Werk in een burgerschapsles verder met artikel 1 van de Grondwet: laat leerlingen in het "
                            "nieuws een voorbeeld zoeken van gelijke of ongelijke behandeling en bespreek het."
                        ),
                    },
                ],
                "safe_delivery": {
                    "ground_rules": [
                        "We praten over gedrag en ideeën, niet over personen in de klas.",
                        "We gebruiken geen scheldwoorden, ook niet als voorbeeld.",
                        "Wat iemand over zichzelf vertelt, blijft in de klas.",
                        "Je vertelt alleen wat je zelf wilt vertellen, en je mag altijd passen.",
                    ],
                    "disclosure": (
                        "Vertelt een leerling over discriminatie, racisme of pesten die hij zelf meemaakt, neem dat "
                        "serieus en bedank voor het vertrouwen. Bespreek na de les met de leerling wat hij nodig heeft "
                        "en overleg met de mentor of de vertrouwenspersoon van de school. Bij bedreiging of geweld kan "
                        "de leerling aangifte doen bij de politie; discriminatie kan worden gemeld bij een "
                        "antidiscriminatievoorziening (via discriminatie.nl). Bij zorgen over de veiligheid thuis volg "
                        "je de Meldcode huiselijk geweld en kindermishandeling (advies bij Veilig Thuis, 0800-2000)."
                    ),
                    "signposting": ["discriminatie-meldpunt", "kindertelefoon", "veilig-thuis"],
                },
            },
            {
                "title": "Tolerantie en respect (VO bovenbouw)",
                "slug": "tolerantie-en-respect-vo-bovenbouw",
                "offer_type": "voorlichting",
                "age_bands": ["vo-bovenbouw"],
                "use": "proactief",
                "settings": ["school", "sportvereniging", "wijk"],
                "duration": 50,
                "group_size": "Eén klas, tot 32 leerlingen",
                "central_question": "Hoe ga je met verschillen om als meningen botsen?",
                "summary": (
                    "De leerlingen bouwen voort op wat ze in de onderbouw leerden over vooroordelen en de rol van "
                    "omstanders. Ze gaan dieper in op de vrijheid van meningsuiting en de grenzen daarvan, op online "
                    "haat en polarisatie, en oefenen met een respectvol gesprek over een onderwerp waarover ze het "
                    "oneens zijn."
                ),
                "goals": {
                    "kennis": (
                        "Leerlingen kennen de grenzen van de vrijheid van meningsuiting (groepsbelediging, aanzetten "
                        "tot haat, discriminatie) en weten hoe algoritmes online polarisatie kunnen versterken."
                    ),
                    "bewustwording": (
                        "Leerlingen denken na over hoe hun eigen online gedrag en hun bubbel hun beeld van andere "
                        "groepen kleuren."
                    ),
                    "handelingsperspectief": (
                        "Leerlingen kunnen een respectvol gesprek voeren over een onderwerp waarover ze van mening "
                        "verschillen en weten hoe ze online haat melden."
                    ),
                },
                "content_guidance": ["discriminatie"],
                "activities": [
                    {
                        "kind": "socratic",
                        "title": "Dialoog: wat is respect?",
                        "minutes": 12,
                        "goal": "bewustwording",
                        "opening_question": "Wat betekent respect voor jou?",
                        "follow_up_questions": [
                            "Moet je respect verdienen, of krijgt iedereen het?",
                            "Kun je iemand respecteren met wie je het totaal oneens bent?",
                            "Wanneer voelde jij je niet gerespecteerd? Je hoeft geen namen te noemen.",
                            "Is er een verschil tussen een mening hebben en iemand kwetsen?",
                        ],
                        "presenter_notes": (
                            "Laat verschillende betekenissen naast elkaar bestaan: ontzag, waardering, "
                            "gelijkwaardigheid. Vraag door naar voorbeelden, vat samen en blijf neutraal. Houd je "
                            "eigen mening voor je; de dialoog is van de leerlingen."
                        ),
                        "optional": False,
                    },
                    {
                        "kind": "quiz",
                        "title": "Waar ligt de grens?",
                        "minutes": 10,
                        "goal": "kennis",
                        "questions": [
                            {
                                "question": "Je mag in Nederland kritiek hebben op een geloof.",
                                "answers": ["Waar", "Niet waar"],
                                "correct": 0,
                                "explanation": (
                                    "Kritiek op ideeën en religies valt onder de vrijheid van meningsuiting. Mensen "
                                    "beledigen vanwege hun geloof of oproepen tot haat tegen hen is wel strafbaar."
                                ),
                            },
                            {
                                "question": "Een portier mag iemand weigeren vanwege zijn afkomst.",
                                "answers": ["Waar", "Niet waar"],
                                "correct": 1,
                                "explanation": (
                                    "Dat is discriminatie en verboden. Een club mag bezoekers alleen weigeren om "
                                    "redenen die voor iedereen gelijk gelden, zoals dronkenschap of een kledingregel."
                                ),
                            },
                            {
                                "question": (
                                    "Sociale media laten je vooral zien wat je aandacht trekt, ook als je er boos van "
                                    "wordt."
                                ),
                                "answers": ["Waar", "Niet waar"],
                                "correct": 0,
                                "explanation": (
                                    "Algoritmes laten je meer zien van wat je aandacht vasthoudt. Zo kan je beeld van "
                                    "een groep eenzijdig worden, terwijl het lijkt alsof 'iedereen' er zo over denkt."
                                ),
                            },
                            {
                                "question": "Een racistisch bericht dat je online ziet, kun je melden.",
                                "answers": ["Waar", "Niet waar"],
                                "correct": 0,
                                "explanation": (
                                    "Meld het in de app zelf. Lijkt het strafbaar, meld het dan ook bij een meldpunt "
                                    "voor internetdiscriminatie of bij de politie. Via discriminatie.nl vind je een "
                                    "antidiscriminatievoorziening in je regio."
                                ),
                            },
                        ],
                        "presenter_notes": (
                            "Laat leerlingen stemmen met kaarten. Bij de stelling over geloof ontstaat vaak discussie; "
                            "houd het bij het verschil tussen kritiek op ideeën en belediging van mensen."
                        ),
                        "optional": False,
                    },
                    {
                        "kind": "activity",
                        "title": "Mijn bubbel",
                        "minutes": 10,
                        "goal": "bewustwording",
                        "pupil_content": (
                            "Teken je online bubbel: welke accounts, kanalen en vrienden zie je elke dag? Hoe vaak zie "
                            "je mensen die anders denken of leven dan jij? Wat hoor je over groepen die je zelf "
                            "nauwelijks kent?"
                        ),
                        "instructions": (
                            "Leerlingen tekenen hun bubbel in cirkels: dichtbij is wat ze vaak zien. Daarna bespreken "
                            "ze in tweetallen wat hen opvalt. Vraag de klas naar één inzicht per tweetal."
                        ),
                        "presenter_notes": (
                            "Niemand hoeft zijn tekening te laten zien. Het gaat om het inzicht dat iedereen in een "
                            "bubbel leeft, niet om wiens bubbel 'beter' is."
                        ),
                        "materials": ["Werkblad Mijn bubbel", "Pennen"],
                        "optional": False,
                    },
                    {
                        "kind": "activity",
                        "title": "Oefenen: het oneens-gesprek",
                        "minutes": 13,
                        "goal": "handelingsperspectief",
                        "pupil_content": (
                            "Voer in tweetallen een gesprek over een stelling waarover jullie het oneens zijn. Regels: "
                            "1. Vat samen wat de ander zegt voordat je reageert. 2. Stel minstens één echte vraag. "
                            "3. Praat over ideeën, niet over de persoon. 4. Zoek één punt waarover jullie het eens "
                            "zijn."
                        ),
                        "instructions": (
                            "Geef drie stellingen om uit te kiezen, bijvoorbeeld: 'Telefoons horen niet op school', "
                            "'Sport is belangrijker dan muziek' en 'Iedere jongere moet een half jaar "
                            "vrijwilligerswerk doen'. Na vier minuten wisselen de leerlingen van rol: nu verdedigt "
                            "ieder de mening van de ander. Bespreek: wat veranderde er?"
                        ),
                        "presenter_notes": (
                            "Begin met minder gevoelige stellingen, zodat leerlingen de vaardigheid oefenen zonder dat "
                            "het persoonlijk wordt. Ervaren groepen kunnen daarna een maatschappelijke stelling "
                            "kiezen. Let op de regel 'over ideeën, niet over personen'."
                        ),
                        "materials": ["Dia met stellingen"],
                        "optional": False,
                    },
                    {
                        "kind": "activity",
                        "title": "Melden en steunen",
                        "minutes": 5,
                        "goal": "handelingsperspectief",
                        "pupil_content": (
                            "Zie je online haat of discriminatie? 1. Reageer niet met haat terug. 2. Steun degene die "
                            "wordt aangevallen. 3. Meld het in de app. 4. Lijkt het strafbaar? Meld het bij een "
                            "meldpunt of de politie. 5. Op school: de mentor of de vertrouwenspersoon. Meer "
                            "informatie: discriminatie.nl."
                        ),
                        "instructions": (
                            "Loop de stappen door en laat leerlingen in de app die ze het meest gebruiken opzoeken "
                            "waar de meldknop zit."
                        ),
                        "presenter_notes": (
                            "Leerlingen zeggen vaak dat melden geen zin heeft omdat ze er niets van terughoren. Leg "
                            "uit dat meldingen wel worden geteld en gebruikt, en dat steun aan het slachtoffer altijd "
                            "verschil maakt."
                        ),
                        "materials": ["Eigen telefoon (als de school dat toestaat)"],
                        "optional": True,
                    },
                ],
                "follow_up": [
                    {
                        "title": "Dialoog of debat in de maatschappijleerles",
                        "text": (
                            "Organiseer in de maatschappijleerles een dialoog of debat over een actueel onderwerp, met "
                            "de gespreksregels uit de voorlichting."
                        ),
                    },
                    {
                        "title": "Hoe gaan platforms om met haat?",
                        "text": (
                            "Laat leerlingen in tweetallen onderzoeken hoe een platform naar keuze omgaat met "
                            "meldingen van haat. Wat belooft het platform, en wat gebeurt er in de praktijk?"
                        ),
                    },
                ],
                "safe_delivery": {
                    "ground_rules": [
                        "We praten over gedrag en ideeën, niet over personen in de klas.",
                        "We gebruiken geen scheldwoorden, ook niet als voorbeeld.",
                        "Wat iemand over zichzelf vertelt, blijft in de klas.",
                        "Je vertelt alleen wat je zelf wilt vertellen, en je mag altijd passen.",
                    ],
                    "disclosure": (
                        "Vertelt een leerling over discriminatie, racisme of pesten die hij zelf meemaakt, neem dat "
                        "serieus en bedank voor het vertrouwen. Bespreek na de les met de leerling wat hij nodig heeft "
                        "en overleg met de mentor of de vertrouwenspersoon van de school. Bij bedreiging of geweld kan "
                        "de leerling aangifte doen bij de politie; discriminatie kan worden gemeld bij een "
                        "antidiscriminatievoorziening (via discriminatie.nl). Bij zorgen over de veiligheid thuis volg "
                        "je de Meldcode huiselijk geweld en kindermishandeling (advies bij Veilig Thuis, 0800-2000)."
                    ),
                    "signposting": ["discriminatie-meldpunt", "kindertelefoon", "veilig-thuis"],
                },
            },
            {
                "title": "Tolerantie en respect (MBO)",
                "slug": "tolerantie-en-respect-mbo",
                "offer_type": "voorlichting",
                "age_bands": ["mbo"],
                "use": "proactief",
                "settings": ["school", "sportvereniging", "wijk"],
                "duration": 50,
                "group_size": "Eén klas, tot 30 studenten",
                "central_question": "Hoe zorg je voor respect op je opleiding, je stage en je werk?",
                "summary": (
                    "De studenten bouwen voort op wat ze in het VO leerden over vooroordelen en omstanders. Ze kijken "
                    "nu naar discriminatie bij stages en op de arbeidsmarkt en in het contact met klanten, cliënten "
                    "en collega's. Ze leren wat hun rechten zijn en oefenen met reageren als een collega of klant over "
                    "de grens gaat."
                ),
                "goals": {
                    "kennis": (
                        "Leerlingen weten dat discriminatie bij stage, sollicitatie en werk verboden is (Algemene wet "
                        "gelijke behandeling), waar ze terechtkunnen en wat het College voor de Rechten van de Mens "
                        "doet."
                    ),
                    "bewustwording": (
                        "Leerlingen denken na over eigen ervaringen met vooroordelen, als degene die het overkomt en "
                        "als degene die oordeelt."
                    ),
                    "handelingsperspectief": (
                        "Leerlingen kunnen reageren op discriminatie door een collega of klant en weten hoe ze een "
                        "melding doen bij school, werkgever of meldpunt."
                    ),
                },
                "content_guidance": ["discriminatie"],
                "activities": [
                    {
                        "kind": "activity",
                        "title": "Terugblik: de trap",
                        "minutes": 6,
                        "goal": "kennis",
                        "pupil_content": (
                            "Stereotype, vooroordeel, discriminatie: wat is het verschil ook alweer? Geef bij elke "
                            "trede een voorbeeld van de werkvloer."
                        ),
                        "instructions": (
                            "Herhaal kort de trap uit het VO. Laat studenten in tweetallen een voorbeeld uit hun "
                            "vakgebied bedenken en verzamel er drie."
                        ),
                        "presenter_notes": (
                            "Voorbeeld: 'jongeren zijn lui' (stereotype), een leidinggevende die jongeren daarom "
                            "minder vertrouwt (vooroordeel), een stagiair die daarom geen klantcontact mag hebben "
                            "(discriminatie op leeftijd)."
                        ),
                        "materials": ["Digibord of whiteboard"],
                        "optional": False,
                    },
                    {
                        "kind": "quiz",
                        "title": "Wat zijn je rechten?",
                        "minutes": 10,
                        "goal": "kennis",
                        "questions": [
                            {
                                "question": (
                                    "Een stagebedrijf zegt tegen school: 'Liever geen stagiairs met een hoofddoek.' "
                                    "Mag dat?"
                                ),
                                "answers": [
                                    "Ja, het bedrijf mag zelf kiezen",
                                    "Nee, dat is discriminatie op grond van godsdienst",
                                    "Alleen als de stagiair klantcontact heeft",
                                ],
                                "correct": 1,
                                "explanation": (
                                    "Stagediscriminatie is verboden. Scholen horen hier niet in mee te gaan. Studenten "
                                    "kunnen een klacht indienen en het College voor de Rechten van de Mens om een "
                                    "oordeel vragen."
                                ),
                            },
                            {
                                "question": "Wat doet het College voor de Rechten van de Mens?",
                                "answers": [
                                    "Het deelt boetes uit aan bedrijven",
                                    "Het beoordeelt of er sprake is van ongelijke behandeling",
                                    "Het is een rechtbank voor criminelen",
                                ],
                                "correct": 1,
                                "explanation": (
                                    "Het College beoordeelt gratis klachten over discriminatie op het werk, op school "
                                    "en bij diensten. Het oordeel is niet bindend, maar de meeste organisaties volgen "
                                    "het op."
                                ),
                            },
                            {
                                "question": (
                                    "Een klant maakt racistische opmerkingen tegen jou aan de kassa. Wie moet jou "
                                    "beschermen?"
                                ),
                                "answers": [
                                    "Niemand, de klant is koning",
                                    "Je werkgever: die moet zorgen voor een veilige werkplek",
                                    "Alleen de politie",
                                ],
                                "correct": 1,
                                "explanation": (
                                    "Werkgevers moeten beleid hebben tegen agressie, intimidatie en discriminatie. "
                                    "Meld het altijd bij je leidinggevende of stagebegeleider."
                                ),
                            },
                            {
                                "question": (
                                    "Een collega maakt steeds grappen over homo's. Wat is een goede eerste stap?"
                                ),
                                "answers": [
                                    "Meelachen om gedoe te voorkomen",
                                    "Rustig zeggen dat je het niet grappig vindt, of vragen wat hij bedoelt",
                                    "Meteen aangifte doen bij de politie",
                                ],
                                "correct": 1,
                                "explanation": (
                                    "Vaak werkt een rustige opmerking al. Verandert er niets, praat dan met je "
                                    "leidinggevende of de vertrouwenspersoon."
                                ),
                            },
                        ],
                        "presenter_notes": (
                            "Vraag vooraf of de school een meldpunt stagediscriminatie heeft; veel mbo-scholen hebben "
                            "dat. Stagediscriminatie komt in Nederland aantoonbaar voor: studenten met een "
                            "migratieachtergrond krijgen vaker een afwijzing. Erken dat zonder studenten te "
                            "ontmoedigen."
                        ),
                        "optional": False,
                    },
                    {
                        "kind": "dilemma",
                        "title": "De grap in de kantine",
                        "minutes": 14,
                        "goal": "bewustwording",
                        "situation": (
                            "Je loopt stage bij een bouwbedrijf (of kies je eigen vakgebied). In de kantine maakt een "
                            "ervaren collega een grap over de afkomst van een nieuwe stagiair. Iedereen lacht, ook je "
                            "begeleider. De nieuwe stagiair lacht ongemakkelijk mee. Jij wilt graag een goede "
                            "beoordeling en misschien een baan bij dit bedrijf."
                        ),
                        "options": [
                            "Je lacht mee, je wilt geen gedoe.",
                            "Je zegt niets, maar praat daarna met de nieuwe stagiair.",
                            "Je zegt iets luchtigs als: 'Kom op, dat is toch niet meer van deze tijd.'",
                            "Je bespreekt het met je stagedocent op school.",
                        ],
                        "discussion_questions": [
                            "Waarom lacht de nieuwe stagiair mee?",
                            "Wat kost het jou om iets te zeggen, en wat kost het de stagiair als niemand iets zegt?",
                            "Wat zou er veranderen als het over jou ging?",
                            "Welke rol heeft je begeleider hier?",
                        ],
                        "presenter_notes": (
                            "Erken het machtsverschil: stagiairs zijn afhankelijk van hun begeleider, dus twijfel is "
                            "logisch. De stagedocent van school is een veilige route; de school kan het stagebedrijf "
                            "aanspreken zonder dat de student er alleen voor staat."
                        ),
                        "optional": False,
                    },
                    {
                        "kind": "activity",
                        "title": "Oefenen: reageren op de werkvloer",
                        "minutes": 14,
                        "goal": "handelingsperspectief",
                        "pupil_content": (
                            "Vier manieren om te reageren: 1. Onderbreken ('Ho, even'). 2. Vragen ('Wat bedoel je "
                            "daarmee?'). 3. Ik-boodschap ('Ik vind dit niet oké, omdat ...'). 4. Steunen en melden: "
                            "na afloop naar de betrokkene toe gaan, en melden bij de leidinggevende of "
                            "vertrouwenspersoon."
                        ),
                        "instructions": (
                            "Studenten oefenen in drietallen met casussen uit hun vakgebied: een cliënt in de zorg "
                            "die niet door een collega met een andere huidskleur geholpen wil worden, een collega die "
                            "scheldt in de werkapp, een klant die een collega met een beperking uitlacht. Wissel van "
                            "rol en bespreek welke reactie het best paste."
                        ),
                        "presenter_notes": (
                            "Bespreek bij de zorgcasus dat de werkgever de medewerker moet beschermen en dat studenten "
                            "zo'n situatie altijd met hun begeleider bespreken. Laat studenten ook nadenken over hoe "
                            "ze een collega steunen, niet alleen over wat ze tegen de dader zeggen."
                        ),
                        "materials": ["Casuskaarten per vakgebied"],
                        "optional": False,
                    },
                    {
                        "kind": "activity",
                        "title": "Waar kun je terecht?",
                        "minutes": 6,
                        "goal": "handelingsperspectief",
                        "pupil_content": (
                            "Discriminatie meegemaakt of gezien? Op school: je mentor, stagedocent of de "
                            "vertrouwenspersoon. Op je werk: je leidinggevende of de vertrouwenspersoon. Buiten school "
                            "en werk: een antidiscriminatievoorziening (via discriminatie.nl). Een oordeel nodig? Het "
                            "College voor de Rechten van de Mens. Strafbaar? Doe aangifte bij de politie."
                        ),
                        "instructions": (
                            "Laat studenten opzoeken wie de vertrouwenspersoon van hun opleiding is en waar ze het "
                            "meldpunt stagediscriminatie van de school vinden."
                        ),
                        "presenter_notes": (
                            "Vraag vooraf de juiste namen en links op bij de school, zodat studenten niet zelf hoeven "
                            "te zoeken als de tijd kort is."
                        ),
                        "materials": ["Digibord"],
                        "optional": True,
                    },
                ],
                "follow_up": [
                    {
                        "title": "In de stagevoorbereiding",
                        "text": (
                            "Bespreek in de stagevoorbereiding wat studenten doen als ze discriminatie meemaken of "
                            "zien, en wie hun aanspreekpunt op school is."
                        ),
                    },
                    {
                        "title": "Meldpunt zichtbaar maken",
                        "text": (
                            "Zorg dat het meldpunt stagediscriminatie van de school bekend is bij alle studenten en "
                            "stagebegeleiders, bijvoorbeeld via de studiewijzer of de stageapp."
                        ),
                    },
                ],
                "safe_delivery": {
                    "ground_rules": [
                        "We praten over gedrag en ideeën, niet over personen in de klas.",
                        "We gebruiken geen scheldwoorden, ook niet als voorbeeld.",
                        "Wat iemand over zichzelf vertelt, blijft in de klas.",
                        "Je vertelt alleen wat je zelf wilt vertellen, en je mag altijd passen.",
                    ],
                    "disclosure": (
                        "Vertelt een leerling over discriminatie, racisme of pesten die hij zelf meemaakt, neem dat "
                        "serieus en bedank voor het vertrouwen. Bespreek na de les met de leerling wat hij nodig heeft "
                        "en overleg met de mentor of de vertrouwenspersoon van de school. Bij bedreiging of geweld kan "
                        "de leerling aangifte doen bij de politie; discriminatie kan worden gemeld bij een "
                        "antidiscriminatievoorziening (via discriminatie.nl). Bij zorgen over de veiligheid thuis volg "
                        "je de Meldcode huiselijk geweld en kindermishandeling (advies bij Veilig Thuis, 0800-2000)."
                    ),
                    "signposting": ["discriminatie-meldpunt", "kindertelefoon", "veilig-thuis"],
                },
            },
        ],
        "parent_guide": {
            "title": "Gesprekshulp voor ouders: Tolerantie en respect",
            "slug": "ouders",
            "intro": (
                "Uw kind kreeg op school een les van Halt over tolerantie en respect. Het ging over vooroordelen, "
                "pesten en discriminatie. Met deze gesprekshulp praat u er thuis verder over."
            ),
            "accompanies": [
                "tolerantie-en-respect-po-groep-7-8",
                "tolerantie-en-respect-vo-onderbouw",
                "tolerantie-en-respect-vo-bovenbouw",
                "tolerantie-en-respect-mbo",
            ],
            "learned": {
                "kennis": "Uw kind weet wat een vooroordeel is. Het weet ook dat discriminatie verboden is.",
                "bewustwording": (
                    "Uw kind merkte hoe het voelt om buitengesloten te worden. Het dacht ook na over eigen "
                    "vooroordelen."
                ),
                "handelingsperspectief": (
                    "Uw kind oefende wat je doet als iemand wordt gepest of gediscrimineerd. Bijvoorbeeld iets zeggen, "
                    "steun geven of het melden."
                ),
            },
            "conversation_starters": [
                "Wat heb je vandaag geleerd over respect?",
                "Zie jij weleens dat iemand wordt buitengesloten? Wat gebeurt er dan?",
                "Wordt er in jouw groepsapps weleens gelachen om andere groepen?",
                "Ben jij weleens anders behandeld dan anderen? Hoe was dat?",
                "Wat wil jij dat een ander doet als jou iets overkomt?",
            ],
            "what_you_can_do": [
                "Luister eerst en oordeel niet meteen. Vraag door.",
                "Geef zelf het goede voorbeeld. Kinderen nemen over hoe u over anderen praat.",
                "Praat over verschillen. Laat zien dat anders zijn normaal is.",
                "Wordt uw kind gediscrimineerd? Neem het serieus en bespreek het met de school.",
                "Discriminatie kunt u melden. Kijk op discriminatie.nl.",
                "Zegt uw kind iets kwetsends? Vraag rustig: hoe voelt de ander zich?",
            ],
            "meeting": (
                "Na de les van uw kind kan de school een ouderbijeenkomst houden. Een Halt-medewerker leidt die als "
                "gast. U praat met andere ouders over respect en verschillen. U krijgt tips voor het gesprek thuis."
            ),
            "help": ["discriminatie-meldpunt", "opvoedinformatie", "kindertelefoon"],
        },
        "professional_guides": [],
    },
    {
        "slug": "klassendialoog",
        "title": "Klassendialoog",
        "order": 130,
        "summary": (
            "Een klassendialoog in twee lessen over de vraag 'Wat is veiligheid?', met socratische gesprekken, na een "
            "incident of bij zorgen over de sfeer in de klas."
        ),
        "why": [
            (
                "Alle jongeren hebben op een of andere manier te maken met onveiligheid: als overtreder of als "
                "benadeelde, verbaal, online en soms fysiek. Na een incident in de klas of op school blijven gevoelens "
                "en vragen vaak onbesproken, terwijl ze de sfeer wel bepalen."
            ),
            (
                "De klassendialoog geeft leerlingen op een gestructureerde manier ruimte om open en eerlijk te praten "
                "over veiligheid. Met de principes van socratische gespreksvoering, waarbij open en oordeelvrije "
                "vragen leidend zijn, onderzoeken ze wat veiligheid voor henzelf en anderen betekent, welke "
                "verantwoordelijkheid ze zelf hebben en wat er nodig is om de veiligheid na een (verzonnen) incident "
                "te herstellen, met aandacht voor alle betrokkenen."
            ),
            (
                "Ook krijgt de school inzicht in de dilemma's die in de leefwereld van de leerlingen spelen. De "
                "dialoog is herstelgericht: niet de schuldvraag, maar de schade en het herstel van relaties staan "
                "centraal."
            ),
        ],
        "everyday_terms": [
            "klassendialoog",
            "wat is veiligheid",
            "incident in de klas",
            "onveilig gevoel",
            "socratisch gesprek",
            "herstelgericht",
            "klassengesprek",
            "sfeer in de klas",
        ],
        "lessons": [
            {
                "title": "Klassendialoog: Wat is veiligheid? Les 1 (VO onderbouw)",
                "slug": "klassendialoog-les-1-vo-onderbouw",
                "offer_type": "voorlichting",
                "age_bands": ["vo-onderbouw"],
                "use": "reactief",
                "settings": ["school"],
                "duration": 50,
                "group_size": "Eén klas, bij voorkeur de mentorgroep, tot 32 leerlingen",
                "central_question": "Wat is veiligheid, voor jou en voor de ander?",
                "summary": (
                    "In de eerste les van de klassendialoog onderzoeken de leerlingen wat veiligheid en onveiligheid "
                    "voor hen betekenen. Na duidelijke gespreksafspraken werken ze afwisselend klassikaal en in kleine "
                    "groepjes, met open, oordeelvrije vragen als leidraad. De les gaat niet over het incident zelf, "
                    "maar geeft ruimte aan gevoelens en vragen en legt de basis voor les 2."
                ),
                "goals": {
                    "kennis": (
                        "Leerlingen weten dat veiligheid lichamelijke, sociale en online kanten heeft en dat iedereen "
                        "het anders kan beleven."
                    ),
                    "bewustwording": (
                        "Leerlingen krijgen inzicht in wat zij zelf nodig hebben om zich veilig te voelen en hoe hun "
                        "eigen gedrag de veiligheid van anderen beïnvloedt."
                    ),
                    "handelingsperspectief": (
                        "Leerlingen kunnen benoemen wat zij en de klas kunnen doen om een situatie veiliger te maken "
                        "en bij wie ze terechtkunnen."
                    ),
                },
                "content_guidance": ["geweld"],
                "activities": [
                    {
                        "kind": "activity",
                        "title": "Start: afspraken voor een veilig gesprek",
                        "minutes": 7,
                        "goal": "handelingsperspectief",
                        "pupil_content": (
                            "Onze afspraken: 1. We praten vanuit onszelf ('ik'). 2. We luisteren en laten elkaar "
                            "uitpraten. 3. We noemen geen namen. 4. Er zijn geen foute antwoorden. 5. Je mag altijd "
                            "passen. Welke afspraak wil jij toevoegen?"
                        ),
                        "instructions": (
                            "Zet de stoelen als het kan in een kring. Leg uit wat de klassendialoog is: twee lessen "
                            "waarin we samen onderzoeken wat veiligheid is, niet wie er schuld heeft. Lees de "
                            "afspraken voor en vraag de klas om één afspraak toe te voegen."
                        ),
                        "presenter_notes": (
                            "Stem vooraf met de mentor af wat er is gebeurd en wat de klas al weet, maar bespreek het "
                            "incident niet inhoudelijk. Noem het hooguit in algemene woorden ('er is de laatste tijd "
                            "iets gebeurd wat veel mensen raakt'). Passen is prima; dring niet aan."
                        ),
                        "materials": ["Stoelen in een kring", "Dia met de afspraken"],
                        "optional": False,
                    },
                    {
                        "kind": "activity",
                        "title": "Veilig is voor mij ...",
                        "minutes": 8,
                        "goal": "kennis",
                        "pupil_content": (
                            "Maak de zinnen af op een kaartje, zonder je naam: 'Ik voel me veilig als ...' en 'Ik voel "
                            "me onveilig als ...'"
                        ),
                        "instructions": (
                            "Leerlingen schrijven voor zichzelf. Verzamel de kaartjes, schud ze en lees er een aantal "
                            "voor. Laat de klas de antwoorden ordenen: gaat het over je lichaam, over hoe mensen met "
                            "je omgaan, of over online?"
                        ),
                        "presenter_notes": (
                            "Zo wordt zichtbaar dat veiligheid lichamelijk, sociaal en online is, en voor iedereen "
                            "anders. Lees geen kaartjes voor die naar een persoon of het incident te herleiden zijn. "
                            "Kaartjes met zorgwekkende inhoud (bijvoorbeeld over thuis of zelfbeschadiging) lees je "
                            "niet voor; bespreek ze met de mentor volgens de afspraken."
                        ),
                        "materials": ["Kaartjes", "Pennen"],
                        "optional": False,
                    },
                    {
                        "kind": "socratic",
                        "title": "Dialoog: wat is veiligheid?",
                        "minutes": 18,
                        "goal": "bewustwording",
                        "opening_question": "Wat is veiligheid?",
                        "follow_up_questions": [
                            "Kun je een moment noemen waarop je je veilig voelde? Wat maakte het veilig?",
                            "Is veiligheid iets wat je voelt, of iets wat je kunt zien?",
                            "Kan een plek voor de een veilig zijn en voor de ander niet? Hoe kan dat?",
                            "Wie is er verantwoordelijk voor de veiligheid in een klas?",
                            "Wat zou er moeten veranderen als iemand zich hier niet veilig voelt?",
                        ],
                        "presenter_notes": (
                            "Socratisch werken: stel één vraag tegelijk, laat stiltes bestaan en vraag door naar "
                            "voorbeelden ('Wat bedoel je precies met ...?', 'Wie herkent dat, wie ziet het anders?'). "
                            "Geef zelf geen mening en vat samen zonder te oordelen. Gaan leerlingen over het echte "
                            "incident praten, breng het dan terug naar het algemene: 'Wat zegt dat over veiligheid?'"
                        ),
                        "optional": False,
                    },
                    {
                        "kind": "activity",
                        "title": "In groepjes: de veiligheidskaart",
                        "minutes": 12,
                        "goal": "handelingsperspectief",
                        "pupil_content": (
                            "Teken met je groepje een kaart van de school, de route naar huis en jullie online "
                            "plekken. Zet een groen punt waar je je veilig voelt en een rood punt waar niet. Schrijf "
                            "bij elk rood punt: wat zou helpen?"
                        ),
                        "instructions": (
                            "Maak groepjes van vier. Elk groepje maakt een kaart op een A3. Loop rond en stel open "
                            "vragen bij de rode punten. Laat elk groepje één rood punt en één idee delen met de "
                            "klas."
                        ),
                        "presenter_notes": (
                            "Bewaar de kaarten zonder namen voor les 2 en bespreek ze met de mentor: ze geven de "
                            "school inzicht in wat leerlingen ervaren. Let erop dat groepjes geen personen aanwijzen."
                        ),
                        "materials": ["A3-vellen", "Groene en rode stiften"],
                        "optional": False,
                    },
                    {
                        "kind": "activity",
                        "title": "Afsluiting: één woord",
                        "minutes": 5,
                        "goal": "bewustwording",
                        "pupil_content": "Hoe ga je de les uit? Zeg of schrijf één woord.",
                        "instructions": (
                            "Laat iedereen om de beurt één woord noemen; passen mag. Vertel wat er in les 2 gebeurt "
                            "en bij wie ze terechtkunnen als ze na vandaag nog ergens mee zitten."
                        ),
                        "presenter_notes": (
                            "Een rustige afsluiting is belangrijk na een beladen gesprek. Noem de mentor, de "
                            "vertrouwenspersoon en de Kindertelefoon (0800-0432). Blijf na de les even in het lokaal "
                            "voor leerlingen die je willen spreken. Loopt de dialoog uit, houd dan alleen de "
                            "verwijzing naar hulp aan."
                        ),
                        "materials": [],
                        "optional": True,
                    },
                ],
                "follow_up": [
                    {
                        "title": "Tussen les 1 en les 2",
                        "text": (
                            "Plan les 2 bij voorkeur binnen een week. Bespreek met de Halt-medewerker wat er in les 1 "
                            "naar voren kwam en of er leerlingen zijn die extra aandacht nodig hebben."
                        ),
                    },
                    {
                        "title": "Veiligheidskaarten delen",
                        "text": (
                            "Bespreek de veiligheidskaarten zonder namen met de schoolleiding of het zorgteam. Ze "
                            "laten zien welke plekken leerlingen als onveilig ervaren en waar de school iets kan "
                            "verbeteren."
                        ),
                    },
                ],
                "safe_delivery": {
                    "ground_rules": [
                        "We praten vanuit onszelf ('ik') en noemen geen namen.",
                        "We luisteren om te begrijpen, niet om te oordelen.",
                        "Wat iemand over zichzelf vertelt, blijft in de klas.",
                        "Er zijn geen foute antwoorden, en je mag altijd passen.",
                        "Het verhaal in de les is verzonnen; we bespreken het echte incident niet.",
                    ],
                    "disclosure": (
                        "Bereid de klassendialoog altijd voor met de mentor: wat is er gebeurd, wie zijn direct "
                        "betrokken, zijn zij in de klas en weten zij en hun ouders dat de dialoog plaatsvindt? Na een "
                        "incident kunnen leerlingen eigen ervaringen met geweld, pesten, bedreiging of onveiligheid "
                        "thuis delen, of laten merken dat ze somber zijn. Reageer rustig, bedank voor het vertrouwen "
                        "en beloof geen geheimhouding. Bespreek het na de les met de leerling en overleg dezelfde dag "
                        "met de mentor en de aandachtsfunctionaris of zorgcoördinator; volg bij zorgen over thuis de "
                        "Meldcode huiselijk geweld en kindermishandeling (advies bij Veilig Thuis, 0800-2000). Bij "
                        "signalen van suïcidale gedachten: vraag er rustig naar, laat de leerling niet alleen en "
                        "schakel direct de zorgcoördinator in; 113 Zelfmoordpreventie is bereikbaar via 0800-0113 en "
                        "113.nl. Jongeren tot 18 jaar kunnen ook anoniem praten met de Kindertelefoon (0800-0432)."
                    ),
                    "signposting": ["veilig-thuis", "kindertelefoon", "113-zelfmoordpreventie"],
                },
            },
            {
                "title": "Klassendialoog: Wat is veiligheid? Les 2 (VO onderbouw)",
                "slug": "klassendialoog-les-2-vo-onderbouw",
                "offer_type": "voorlichting",
                "age_bands": ["vo-onderbouw"],
                "use": "reactief",
                "settings": ["school"],
                "duration": 50,
                "group_size": "Eén klas, bij voorkeur de mentorgroep, tot 32 leerlingen",
                "central_question": "Wat is er nodig om de veiligheid te herstellen na een incident?",
                "summary": (
                    "In de tweede les werken de leerlingen met een verzonnen incident. Ze onderzoeken hoe de "
                    "verschillende betrokkenen het beleven: degene die het deed, degene die het overkwam, de "
                    "omstanders, de leraar en de ouders. Daarna bedenken ze wat er nodig is om de veiligheid te "
                    "herstellen. De les eindigt met afspraken die de klas zelf maakt."
                ),
                "goals": {
                    "kennis": (
                        "Leerlingen weten wat herstelgericht werken is: niet de schuldvraag, maar de schade en het "
                        "herstel staan centraal, en er zijn altijd meer betrokkenen dan dader en slachtoffer."
                    ),
                    "bewustwording": (
                        "Leerlingen kunnen zich verplaatsen in de verschillende betrokkenen en zien hun eigen rol, "
                        "bijvoorbeeld als omstander."
                    ),
                    "handelingsperspectief": (
                        "Leerlingen bedenken wat er nodig is om de veiligheid na een incident te herstellen, rekening "
                        "houdend met alle betrokkenen, en maken samen afspraken voor de klas."
                    ),
                },
                "content_guidance": ["geweld"],
                "activities": [
                    {
                        "kind": "activity",
                        "title": "Terugblik op les 1",
                        "minutes": 5,
                        "goal": "kennis",
                        "pupil_content": (
                            "Vorige keer zeiden jullie: veiligheid gaat over ... (de woorden van de klas). Vandaag "
                            "kijken we naar een verzonnen situatie: wat is er nodig om het weer veilig te maken?"
                        ),
                        "instructions": (
                            "Laat de samenvatting en een paar veiligheidskaarten van les 1 zien. Herhaal de "
                            "gespreksafspraken."
                        ),
                        "presenter_notes": (
                            "Maak vooraf een korte samenvatting van les 1 in de woorden van de leerlingen. Zeg nog "
                            "eens dat het verhaal van vandaag verzonnen is; dat geeft afstand tot het echte incident. "
                            "Volgt les 2 direct op les 1, dan kun je dit overslaan."
                        ),
                        "materials": ["Dia met samenvatting van les 1", "Veiligheidskaarten uit les 1"],
                        "optional": True,
                    },
                    {
                        "kind": "activity",
                        "title": "Het verhaal: de klap in het lokaal",
                        "minutes": 7,
                        "goal": "kennis",
                        "pupil_content": (
                            "Tijdens een les in de tweede klas krijgen Sam en Noor ruzie over een filmpje dat "
                            "rondgaat. Sam wordt boos en slaat Noor in het gezicht. De klas is stil. Een paar "
                            "leerlingen filmen. De leraar stuurt Sam de klas uit. De volgende dag komt Noor niet naar "
                            "school. In de groepsapp gaan allerlei verhalen rond."
                        ),
                        "instructions": (
                            "Lees het verhaal voor of laat het op het bord zien. Vraag: wie zijn er allemaal "
                            "betrokken? Maak samen een lijst op het bord."
                        ),
                        "presenter_notes": (
                            "Het verhaal is verzonnen; pas details aan als het te veel op het echte incident lijkt. "
                            "Betrokkenen: Sam, Noor, de leerlingen die filmden, de leerlingen die toekeken, de leraar, "
                            "de ouders van Sam en Noor, vrienden in de groepsapp, de hele klas. Benoem dat Sam zelf "
                            "ook geraakt kan zijn, bijvoorbeeld door het filmpje."
                        ),
                        "materials": ["Dia met het verhaal"],
                        "optional": False,
                    },
                    {
                        "kind": "socratic",
                        "title": "Dialoog: wat heeft iedereen nodig?",
                        "minutes": 15,
                        "goal": "bewustwording",
                        "opening_question": "Hoe denk je dat Noor zich de volgende ochtend voelt?",
                        "follow_up_questions": [
                            "En Sam? Wat gaat er door hem heen?",
                            "Hoe voelen de leerlingen die filmden of alleen keken zich?",
                            "Wat is er kapotgegaan, behalve dat Noor pijn had?",
                            "Wie heeft er schade, en wie heeft er iets goed te maken?",
                            "Wat zou jij nodig hebben als je Noor was? En als je Sam was?",
                        ],
                        "presenter_notes": (
                            "Dit zijn herstelgerichte vragen: wat is er gebeurd, wie is geraakt, wat is er nodig? "
                            "Vermijd waarom-vragen die naar schuld wijzen. Geef ruimte aan verschillende beelden van "
                            "Sam: begrip voor Sam betekent niet dat slaan goed is. Vat dat onderscheid hardop samen."
                        ),
                        "optional": False,
                    },
                    {
                        "kind": "activity",
                        "title": "In groepjes: het herstelplan",
                        "minutes": 15,
                        "goal": "handelingsperspectief",
                        "pupil_content": (
                            "Jullie groepje krijgt één rol: Noor, Sam, de omstanders of de leraar. Bedenk: 1. Wat "
                            "heeft deze persoon nodig om zich weer veilig te voelen? 2. Wat kan deze persoon zelf doen "
                            "om het goed te maken of te helpen? 3. Wat kan de klas doen?"
                        ),
                        "instructions": (
                            "Maak groepjes van drie of vier en geef elke rol aan minstens één groepje. Na tien "
                            "minuten vertelt elk groepje kort wat het bedacht. Schrijf de ideeën per rol op het bord "
                            "en zoek samen naar wat overeenkomt."
                        ),
                        "presenter_notes": (
                            "Mogelijke ideeën: gemeende excuses (niet afgedwongen), een gesprek met een begeleider "
                            "erbij, filmpjes verwijderen en niet doorsturen, Noor welkom heten, een vaste plek om te "
                            "praten. In het echt kunnen de school, Halt of een herstelcirkel zo'n gesprek begeleiden."
                        ),
                        "materials": ["Rolkaarten", "Papier en pennen"],
                        "optional": False,
                    },
                    {
                        "kind": "activity",
                        "title": "Onze klassenafspraken",
                        "minutes": 8,
                        "goal": "handelingsperspectief",
                        "pupil_content": (
                            "Wat spreken wij af om onze klas veilig te houden? Denk aan: hoe we met elkaar omgaan, wat "
                            "we doen met filmpjes, wat we doen bij ruzie en bij wie we terechtkunnen."
                        ),
                        "instructions": (
                            "Verzamel ideeën uit de herstelplannen en kies samen drie tot vijf afspraken. Schrijf ze "
                            "positief op: dus niet 'We filmen niet', maar 'We vragen toestemming voordat we iemand "
                            "filmen'. Sluit af met een rondje: wat neem je mee?"
                        ),
                        "presenter_notes": (
                            "De mentor hangt de afspraken op en komt er na een paar weken op terug. Noem opnieuw de "
                            "mentor, de vertrouwenspersoon en de Kindertelefoon (0800-0432). Bespreek na de les met de "
                            "mentor wat je hebt gezien en of er leerlingen zijn die extra aandacht nodig hebben."
                        ),
                        "materials": ["Flip-over of groot vel papier", "Stiften"],
                        "optional": False,
                    },
                ],
                "follow_up": [
                    {
                        "title": "Afspraken levend houden",
                        "text": (
                            "Kom na drie tot vier weken terug op de klassenafspraken: wat gaat goed, wat is lastig? "
                            "Pas ze samen aan als dat nodig is."
                        ),
                    },
                    {
                        "title": "Vervolg voor de direct betrokkenen",
                        "text": (
                            "Voor de leerlingen die direct bij het echte incident betrokken waren, kan een "
                            "herstelgesprek of een school- en wijkinterventie van Halt passend zijn. Overleg hierover "
                            "met de Halt-medewerker."
                        ),
                    },
                ],
                "safe_delivery": {
                    "ground_rules": [
                        "We praten vanuit onszelf ('ik') en noemen geen namen.",
                        "We luisteren om te begrijpen, niet om te oordelen.",
                        "Wat iemand over zichzelf vertelt, blijft in de klas.",
                        "Er zijn geen foute antwoorden, en je mag altijd passen.",
                        "Het verhaal in de les is verzonnen; we bespreken het echte incident niet.",
                    ],
                    "disclosure": (
                        "Bereid de klassendialoog altijd voor met de mentor: wat is er gebeurd, wie zijn direct "
                        "betrokken, zijn zij in de klas en weten zij en hun ouders dat de dialoog plaatsvindt? Na een "
                        "incident kunnen leerlingen eigen ervaringen met geweld, pesten, bedreiging of onveiligheid "
                        "thuis delen, of laten merken dat ze somber zijn. Reageer rustig, bedank voor het vertrouwen "
                        "en beloof geen geheimhouding. Bespreek het na de les met de leerling en overleg dezelfde dag "
                        "met de mentor en de aandachtsfunctionaris of zorgcoördinator; volg bij zorgen over thuis de "
                        "Meldcode huiselijk geweld en kindermishandeling (advies bij Veilig Thuis, 0800-2000). Bij "
                        "signalen van suïcidale gedachten: vraag er rustig naar, laat de leerling niet alleen en "
                        "schakel direct de zorgcoördinator in; 113 Zelfmoordpreventie is bereikbaar via 0800-0113 en "
                        "113.nl. Jongeren tot 18 jaar kunnen ook anoniem praten met de Kindertelefoon (0800-0432)."
                    ),
                    "signposting": ["veilig-thuis", "kindertelefoon", "113-zelfmoordpreventie"],
                },
            },
            {
                "title": "Klassendialoog: Wat is veiligheid? Les 1 (VO bovenbouw)",
                "slug": "klassendialoog-les-1-vo-bovenbouw",
                "offer_type": "voorlichting",
                "age_bands": ["vo-bovenbouw"],
                "use": "reactief",
                "settings": ["school"],
                "duration": 50,
                "group_size": "Eén klas, bij voorkeur de mentorgroep, tot 32 leerlingen",
                "central_question": (
                    "Wat maakt een plek, een groep of een gesprek veilig, en wat is jouw aandeel daarin?"
                ),
                "summary": (
                    "In de eerste les van de klassendialoog onderzoeken de leerlingen wat veiligheid betekent: op "
                    "school, online, bij het uitgaan en in de buurt. Met socratische vragen verkennen ze de spanning "
                    "tussen veiligheid, vrijheid en loyaliteit aan vrienden. Ze werken afwisselend klassikaal en in "
                    "kleine groepjes; het incident zelf wordt niet besproken."
                ),
                "goals": {
                    "kennis": (
                        "Leerlingen weten dat veiligheid lichamelijke, sociale en online kanten heeft en dat iedereen "
                        "het anders kan beleven."
                    ),
                    "bewustwording": (
                        "Leerlingen onderzoeken hun eigen aandeel in de veiligheid van de groep: als omstander, als "
                        "vriend en soms als degene die over een grens gaat."
                    ),
                    "handelingsperspectief": (
                        "Leerlingen kunnen benoemen wanneer en hoe zij ingrijpen of hulp inschakelen in een onveilige "
                        "situatie."
                    ),
                },
                "content_guidance": ["geweld"],
                "activities": [
                    {
                        "kind": "activity",
                        "title": "Start: spelregels van de dialoog",
                        "minutes": 6,
                        "goal": "handelingsperspectief",
                        "pupil_content": (
                            "Zo voeren we dit gesprek: we spreken vanuit onszelf, we luisteren om te begrijpen, we "
                            "noemen geen namen, we mogen het oneens zijn en passen mag altijd. Wat is volgens jou "
                            "nodig om hier eerlijk te kunnen praten?"
                        ),
                        "instructions": (
                            "Zet de stoelen in een kring. Leg uit dat het in de klassendialoog gaat om onderzoeken, "
                            "niet om discussiëren of winnen. Vraag de klas om één spelregel toe te voegen."
                        ),
                        "presenter_notes": (
                            "Bovenbouwleerlingen testen soms of je echt oordeelvrij bent. Blijf ook bij uitdagende "
                            "antwoorden open vragen stellen: 'Wat bedoel je daarmee? Wie ziet het anders?' Stem vooraf "
                            "met de mentor af wat er is gebeurd en wie er direct bij betrokken waren."
                        ),
                        "materials": ["Stoelen in een kring", "Dia met de spelregels"],
                        "optional": False,
                    },
                    {
                        "kind": "activity",
                        "title": "Stellingen: hoe veilig is veilig?",
                        "minutes": 10,
                        "goal": "kennis",
                        "pupil_content": (
                            "Kies een plek op de lijn van 'helemaal eens' tot 'helemaal oneens'. 1. 'Ik voel me op "
                            "school veiliger dan online.' 2. 'Als iedereen zich aan de regels houdt, is iedereen "
                            "veilig.' 3. 'Wie zich onveilig voelt, moet dat zelf oplossen.'"
                        ),
                        "instructions": (
                            "Lees de stellingen een voor een voor. Vraag bij elke stelling leerlingen op verschillende "
                            "plekken om hun keuze toe te lichten. Vat samen wat je hoort over soorten veiligheid."
                        ),
                        "presenter_notes": (
                            "Haal uit de antwoorden het verschil tussen lichamelijke, sociale en online veiligheid, en "
                            "tussen wat er feitelijk gebeurt en hoe veilig iemand zich voelt. Beide zijn echt en beide "
                            "tellen."
                        ),
                        "materials": ["Vrije ruimte in het lokaal"],
                        "optional": False,
                    },
                    {
                        "kind": "socratic",
                        "title": "Dialoog: veiligheid, vrijheid en loyaliteit",
                        "minutes": 20,
                        "goal": "bewustwording",
                        "opening_question": "Wanneer is een groep veilig?",
                        "follow_up_questions": [
                            "Kan een groep veilig zijn voor de leden en onveilig voor anderen? Hoe werkt dat?",
                            "Wat doe je als loyaliteit aan een vriend botst met de veiligheid van een ander?",
                            "Is zwijgen over iets wat je weet ook een keuze? Wat zijn de gevolgen van die keuze?",
                            "Wat is het verschil tussen 'verraden' en 'hulp inschakelen'?",
                            "Wat zou jij nodig hebben om in te grijpen?",
                        ],
                        "presenter_notes": (
                            "Bij 'snitchen' of 'verraden' komen sterke normen naar boven. Onderzoek ze in plaats van "
                            "ze te corrigeren: 'Waar komt die regel vandaan? Wie beschermt hij, en wie niet?' Geef "
                            "geen eigen oordeel en vat samen in de woorden van de leerlingen."
                        ),
                        "optional": False,
                    },
                    {
                        "kind": "activity",
                        "title": "In groepjes: situaties uit je leefwereld",
                        "minutes": 10,
                        "goal": "handelingsperspectief",
                        "pupil_content": (
                            "Bespreek met je groepje één situatie. a. In een groepsapp wordt iemand bedreigd. b. Op "
                            "een feest wordt iemand lastiggevallen. c. Een vriend neemt 'voor de zekerheid' een mes "
                            "mee. d. Een klasgenoot wordt online uitgelachen om een foto. Vragen: wat maakt dit "
                            "onveilig, en voor wie? Wat kun jij doen? Wie kan helpen?"
                        ),
                        "instructions": (
                            "Verdeel de situaties over groepjes van vier. Na zes minuten deelt elk groepje in één "
                            "minuut het belangrijkste inzicht. Schrijf de mogelijkheden om te handelen op het bord."
                        ),
                        "presenter_notes": (
                            "Kies situaties die niet op het echte incident lijken. Verwijs bij c naar de voorlichting "
                            "Wapens en geweld en bij d naar Gedrag online. Hulp: mentor, vertrouwenspersoon, Meld "
                            "Misdaad Anoniem, politie (112 bij acuut gevaar)."
                        ),
                        "materials": ["Situatiekaarten"],
                        "optional": False,
                    },
                    {
                        "kind": "activity",
                        "title": "Afsluiting: wat neem je mee?",
                        "minutes": 4,
                        "goal": "bewustwording",
                        "pupil_content": "Maak de zin af: 'Na vandaag denk ik meer na over ...'",
                        "instructions": (
                            "Leerlingen schrijven de zin anoniem op een kaartje. Lees er een paar voor, vertel wat er "
                            "in les 2 gebeurt en noem bij wie ze terechtkunnen als ze nog ergens mee zitten."
                        ),
                        "presenter_notes": (
                            "De kaartjes zijn zonder namen waardevol voor de school. Noem ook 113 Zelfmoordpreventie "
                            "(0800-0113 of 113.nl): een gesprek over onveiligheid kan zwaar zijn voor leerlingen met "
                            "eigen ervaringen."
                        ),
                        "materials": ["Kaartjes", "Pennen"],
                        "optional": True,
                    },
                ],
                "follow_up": [
                    {
                        "title": "Tussen les 1 en les 2",
                        "text": (
                            "Plan les 2 bij voorkeur binnen een week. Bespreek met de Halt-medewerker welke normen en "
                            "dilemma's naar voren kwamen, zodat les 2 daarop aansluit."
                        ),
                    },
                    {
                        "title": "Inzicht voor de school",
                        "text": (
                            "Deel de anonieme kaartjes en de uitkomsten van de situaties met het zorgteam. Ze laten "
                            "zien welke dilemma's in de leefwereld van de leerlingen spelen."
                        ),
                    },
                ],
                "safe_delivery": {
                    "ground_rules": [
                        "We praten vanuit onszelf ('ik') en noemen geen namen.",
                        "We luisteren om te begrijpen, niet om te oordelen.",
                        "Wat iemand over zichzelf vertelt, blijft in de klas.",
                        "Er zijn geen foute antwoorden, en je mag altijd passen.",
                        "Het verhaal in de les is verzonnen; we bespreken het echte incident niet.",
                    ],
                    "disclosure": (
                        "Bereid de klassendialoog altijd voor met de mentor: wat is er gebeurd, wie zijn direct "
                        "betrokken, zijn zij in de klas en weten zij en hun ouders dat de dialoog plaatsvindt? Na een "
                        "incident kunnen leerlingen eigen ervaringen met geweld, pesten, bedreiging of onveiligheid "
                        "thuis delen, of laten merken dat ze somber zijn. Reageer rustig, bedank voor het vertrouwen "
                        "en beloof geen geheimhouding. Bespreek het na de les met de leerling en overleg dezelfde dag "
                        "met de mentor en de aandachtsfunctionaris of zorgcoördinator; volg bij zorgen over thuis de "
                        "Meldcode huiselijk geweld en kindermishandeling (advies bij Veilig Thuis, 0800-2000). Bij "
                        "signalen van suïcidale gedachten: vraag er rustig naar, laat de leerling niet alleen en "
                        "schakel direct de zorgcoördinator in; 113 Zelfmoordpreventie is bereikbaar via 0800-0113 en "
                        "113.nl. Jongeren tot 18 jaar kunnen ook anoniem praten met de Kindertelefoon (0800-0432)."
                    ),
                    "signposting": ["veilig-thuis", "kindertelefoon", "113-zelfmoordpreventie"],
                },
            },
            {
                "title": "Klassendialoog: Wat is veiligheid? Les 2 (VO bovenbouw)",
                "slug": "klassendialoog-les-2-vo-bovenbouw",
                "offer_type": "voorlichting",
                "age_bands": ["vo-bovenbouw"],
                "use": "reactief",
                "settings": ["school"],
                "duration": 50,
                "group_size": "Eén klas, bij voorkeur de mentorgroep, tot 32 leerlingen",
                "central_question": "Hoe herstel je veiligheid en vertrouwen na een incident, voor alle betrokkenen?",
                "summary": (
                    "In de tweede les bekijken de leerlingen een verzonnen incident vanuit alle betrokkenen: degene "
                    "die over de grens ging, degene die het overkwam, omstanders, vrienden, ouders en school. Ze maken "
                    "kennis met de principes van herstelgericht werken, zoals in een herstelcirkel, en stellen zelf "
                    "een herstelplan en klassenafspraken op."
                ),
                "goals": {
                    "kennis": (
                        "Leerlingen kennen de principes van herstelgericht werken: wat is er gebeurd, wie is er "
                        "geraakt en wat is er nodig om het goed te maken."
                    ),
                    "bewustwording": (
                        "Leerlingen zien dat een incident een keten van gevolgen heeft en dat ze zelf een rol hebben "
                        "in het verergeren of herstellen daarvan."
                    ),
                    "handelingsperspectief": (
                        "Leerlingen bedenken wat er nodig is om de veiligheid na een incident te herstellen, rekening "
                        "houdend met alle betrokkenen, en maken samen afspraken voor de klas."
                    ),
                },
                "content_guidance": ["geweld"],
                "activities": [
                    {
                        "kind": "activity",
                        "title": "Terugblik en spelregels",
                        "minutes": 4,
                        "goal": "kennis",
                        "pupil_content": (
                            "Vorige keer kwamen deze woorden naar boven: ... Vandaag onderzoeken we een verzonnen "
                            "situatie: wat is er nodig om weer verder te kunnen?"
                        ),
                        "instructions": "Vat les 1 samen met de anonieme kaartjes en herhaal de spelregels.",
                        "presenter_notes": (
                            "Kun je overslaan als de lessen kort na elkaar worden gegeven. Zeg wel altijd dat het "
                            "verhaal verzonnen is."
                        ),
                        "materials": ["Dia met samenvatting van les 1"],
                        "optional": True,
                    },
                    {
                        "kind": "activity",
                        "title": "Het verhaal: het feest",
                        "minutes": 8,
                        "goal": "kennis",
                        "pupil_content": (
                            "Op een verjaardagsfeest in een buurthuis ontstaat ruzie tussen twee jongens uit de vierde "
                            "klas. Eén duwt de ander van een trap; die breekt zijn pols. Een paar leerlingen filmen, "
                            "en het filmpje gaat rond met spottende reacties. Daarna volgen dreigende berichten tussen "
                            "de vriendengroepen. Sommige leerlingen durven niet meer naar school."
                        ),
                        "instructions": (
                            "Lees het verhaal voor. Maak samen een kring van betrokkenen op het bord: in het midden de "
                            "twee jongens, daaromheen vrienden, filmers, de organisator van het feest, ouders, leraren "
                            "en de rest van de klas."
                        ),
                        "presenter_notes": (
                            "Het verhaal is verzonnen; pas het aan als het te veel op het echte incident lijkt. "
                            "Herstelgericht werken kijkt naar alle betrokkenen, want de schade reikt verder dan de "
                            "twee hoofdpersonen. Soms is de overtreder zelf ook benadeelde."
                        ),
                        "materials": ["Dia met het verhaal", "Whiteboard"],
                        "optional": False,
                    },
                    {
                        "kind": "socratic",
                        "title": "Dialoog: wat is er kapot, en wat is er nodig?",
                        "minutes": 16,
                        "goal": "bewustwording",
                        "opening_question": "Wat is er op dat feest allemaal beschadigd geraakt?",
                        "follow_up_questions": [
                            "Wie heeft er schade die je niet kunt zien?",
                            "Wat deed het filmen en doorsturen met de situatie?",
                            "Kan de jongen die duwde zelf ook geraakt zijn? Hoe?",
                            "Is straffen hetzelfde als herstellen? Wat is het verschil?",
                            "Wanneer zou jij het gevoel hebben dat het weer goed is?",
                        ],
                        "presenter_notes": (
                            "Houd de herstelgerichte vragen aan: wat is er gebeurd, wie is geraakt, wat is er nodig? "
                            "Richten leerlingen zich vooral op straf, vraag dan: 'Wat heeft de jongen met de gebroken "
                            "pols aan die straf? Wat heeft hij nog meer nodig?'"
                        ),
                        "optional": False,
                    },
                    {
                        "kind": "activity",
                        "title": "In groepjes: herstelplan per betrokkene",
                        "minutes": 14,
                        "goal": "handelingsperspectief",
                        "pupil_content": (
                            "Jullie groepje kiest een betrokkene. Beantwoord: 1. Wat heeft deze persoon meegemaakt en "
                            "gevoeld? 2. Wat heeft hij of zij nodig om zich weer veilig te voelen? 3. Wat kan hij of "
                            "zij zelf bijdragen aan herstel? 4. Wie kan daarbij helpen?"
                        ),
                        "instructions": (
                            "Groepjes van vier kiezen of krijgen een betrokkene: de jongen die duwde, de jongen die "
                            "viel, de filmers, de vrienden, de ouders of de school. Ze zetten hun plan op een A3 en "
                            "hangen de plannen naast elkaar. De klas zoekt naar wat overal terugkomt."
                        ),
                        "presenter_notes": (
                            "Ideeën die vaak terugkomen: erkennen wat er is gebeurd, excuses, filmpjes offline halen "
                            "en niet meer delen, een begeleid gesprek zoals een herstelcirkel, de dreigingen stoppen, "
                            "steun voor wie bang is. Leg uit dat Halt en scholen zulke gesprekken begeleiden."
                        ),
                        "materials": ["A3-vellen", "Stiften", "Rolkaarten"],
                        "optional": False,
                    },
                    {
                        "kind": "activity",
                        "title": "Afspraken en persoonlijk voornemen",
                        "minutes": 8,
                        "goal": "handelingsperspectief",
                        "pupil_content": (
                            "Wat spreken we als klas af? En wat is één ding dat jij zelf gaat doen als het ergens "
                            "onveilig wordt?"
                        ),
                        "instructions": (
                            "Maak met de klas drie tot vijf afspraken op basis van de herstelplannen. Laat iedere "
                            "leerling daarna voor zichzelf één persoonlijk voornemen opschrijven op een kaartje dat "
                            "hij houdt. Sluit af met een rondje van één woord."
                        ),
                        "presenter_notes": (
                            "Geef de afspraken aan de mentor, die er na een paar weken op terugkomt. Noem de "
                            "hulplijnen: mentor, vertrouwenspersoon, Kindertelefoon (tot 18 jaar) en 113 "
                            "Zelfmoordpreventie. Evalueer na afloop met de mentor en de zorgcoördinator welke "
                            "signalen je hebt opgevangen."
                        ),
                        "materials": ["Flip-over", "Kaartjes", "Stiften"],
                        "optional": False,
                    },
                ],
                "follow_up": [
                    {
                        "title": "Afspraken levend houden",
                        "text": (
                            "Kom na drie tot vier weken terug op de klassenafspraken en de persoonlijke voornemens: "
                            "wat is gelukt, wat is lastig? Pas de afspraken samen aan als dat nodig is."
                        ),
                    },
                    {
                        "title": "Herstel voor de direct betrokkenen",
                        "text": (
                            "Voor de leerlingen die direct bij het echte incident betrokken waren, kan een "
                            "herstelcirkel, een herstelgesprek of een school- en wijkinterventie van Halt passend "
                            "zijn. Overleg hierover met de Halt-medewerker."
                        ),
                    },
                    {
                        "title": "Training herstelcirkel",
                        "text": (
                            "Wil de school vaker zelf herstelgericht werken, dan kunnen mentoren en zorgmedewerkers de "
                            "training herstelcirkel van Halt volgen. Vraag ernaar bij de relatiemanager van Halt."
                        ),
                    },
                ],
                "safe_delivery": {
                    "ground_rules": [
                        "We praten vanuit onszelf ('ik') en noemen geen namen.",
                        "We luisteren om te begrijpen, niet om te oordelen.",
                        "Wat iemand over zichzelf vertelt, blijft in de klas.",
                        "Er zijn geen foute antwoorden, en je mag altijd passen.",
                        "Het verhaal in de les is verzonnen; we bespreken het echte incident niet.",
                    ],
                    "disclosure": (
                        "Bereid de klassendialoog altijd voor met de mentor: wat is er gebeurd, wie zijn direct "
                        "betrokken, zijn zij in de klas en weten zij en hun ouders dat de dialoog plaatsvindt? Na een "
                        "incident kunnen leerlingen eigen ervaringen met geweld, pesten, bedreiging of onveiligheid "
                        "thuis delen, of laten merken dat ze somber zijn. Reageer rustig, bedank voor het vertrouwen "
                        "en beloof geen geheimhouding. Bespreek het na de les met de leerling en overleg dezelfde dag "
                        "met de mentor en de aandachtsfunctionaris of zorgcoördinator; volg bij zorgen over thuis de "
                        "Meldcode huiselijk geweld en kindermishandeling (advies bij Veilig Thuis, 0800-2000). Bij "
                        "signalen van suïcidale gedachten: vraag er rustig naar, laat de leerling niet alleen en "
                        "schakel direct de zorgcoördinator in; 113 Zelfmoordpreventie is bereikbaar via 0800-0113 en "
                        "113.nl. Jongeren tot 18 jaar kunnen ook anoniem praten met de Kindertelefoon (0800-0432)."
                    ),
                    "signposting": ["veilig-thuis", "kindertelefoon", "113-zelfmoordpreventie"],
                },
            },
        ],
        "parent_guide": None,
        "professional_guides": [],
    },
]
