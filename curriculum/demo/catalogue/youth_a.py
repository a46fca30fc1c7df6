"""Demo catalogue, youth part A: groepsdruk, gedrag online, sexting, snel geld, geldezels, Alertprogramma."""

THEMES = [
    {
        "slug": "invloed-van-de-groep",
        "title": "Invloed van de groep",
        "order": 10,
        "summary": (
            "Hoe een groep je keuzes beïnvloedt, wanneer meedoen over een grens gaat en hoe je je eigen keuze maakt."
        ),
        "why": [
            (
                "Jongeren willen erbij horen. Dat is normaal en vaak goed: een groep geeft steun en plezier. Maar in "
                "een groep doen jongeren soms dingen die ze alleen nooit zouden doen. Veel strafbare feiten van "
                "jongeren, zoals vernielingen, winkeldiefstal en geweld, gebeuren in een groep."
            ),
            (
                "In deze voorlichting leren jongeren hoe groepsdruk werkt, welke rol ze zelf in een groep hebben en "
                "wat de gevolgen kunnen zijn als ze meelopen. Ze oefenen met manieren om hun eigen keuze te maken "
                "zonder hun vrienden kwijt te raken."
            ),
            (
                "De leerlijn begint in groep 7-8 met erbij horen en nee zeggen, en groeit door naar medeplegen, "
                "escalatie in groepen en loyaliteit op stage en werk in het mbo. De voorlichting past bij het "
                "burgerschapsonderwijs en werkt ook bij een sportvereniging of in de wijk. Voor ouders is er een "
                "ouderbijeenkomst."
            ),
        ],
        "everyday_terms": [
            "groepsdruk",
            "meelopen",
            "meeloper",
            "erbij horen",
            "nee zeggen",
            "vriendengroep",
            "sociale druk",
            "peer pressure",
            "snitchen",
        ],
        "lessons": [
            {
                "title": "Invloed van de groep (groep 7-8)",
                "slug": "invloed-van-de-groep-po-groep-7-8",
                "offer_type": "voorlichting",
                "age_bands": ["po-groep-7-8"],
                "use": "proactief",
                "settings": ["school", "sportvereniging", "wijk"],
                "duration": 60,
                "group_size": "Eén groep, tot 30 leerlingen",
                "central_question": "Hoe maak je je eigen keuze als de groep iets anders wil?",
                "summary": (
                    "De leerlingen ontdekken wat groepsdruk is en hoe dat voelt. Met voorbeelden van het schoolplein, "
                    "de sportclub en de buurt oefenen ze hoe ze 'nee' kunnen zeggen en hulp kunnen vragen. De les "
                    "eindigt met een klassenafspraak."
                ),
                "goals": {
                    "kennis": (
                        "Leerlingen weten wat groepsdruk is en dat je ook verantwoordelijk bent als je alleen meedoet."
                    ),
                    "bewustwording": (
                        "Leerlingen merken hoe het voelt om erbij te willen horen en herkennen momenten waarop ze zelf "
                        "meedoen."
                    ),
                    "handelingsperspectief": (
                        "Leerlingen kennen drie manieren om 'nee' te zeggen en weten bij wie ze hulp kunnen vragen."
                    ),
                },
                "content_guidance": [],
                "activities": [
                    {
                        "kind": "activity",
                        "title": "Opening: de groep en ik",
                        "minutes": 10,
                        "goal": "bewustwording",
                        "pupil_content": (
                            "Ga staan als het klopt voor jou. 'Ik wil graag dezelfde dingen als mijn vrienden.' 'Ik "
                            "heb weleens meegelachen, maar ik vond het niet grappig.'"
                        ),
                        "instructions": (
                            "Lees vier stellingen voor. De kinderen gaan staan als de stelling voor hen klopt en gaan "
                            "daarna weer zitten. Vraag bij elke stelling één of twee kinderen wat ze bedoelen. Niemand "
                            "hoeft iets uit te leggen."
                        ),
                        "presenter_notes": (
                            "Begin met lichte stellingen (dezelfde schoenen willen, een spel meespelen) en eindig met "
                            "het meelachen. Laat zien dat bijna iedereen staat: groepsdruk is normaal, ook bij "
                            "volwassenen."
                        ),
                        "materials": ["Digibord", "Vier stellingen op dia's"],
                        "optional": False,
                    },
                    {
                        "kind": "activity",
                        "title": "Wat is groepsdruk?",
                        "minutes": 10,
                        "goal": "kennis",
                        "pupil_content": (
                            "Groepsdruk is: je doet iets omdat je bang bent dat de groep je anders niet meer leuk "
                            "vindt. Soms zegt de groep het hardop. Soms voel je het alleen."
                        ),
                        "instructions": (
                            "Laat twee korte strips zien. In de eerste zegt iemand: 'Durf je niet, hè?' In de tweede "
                            "zegt niemand iets, maar doet iedereen hetzelfde. Vraag: waar zie je groepsdruk? Schrijf "
                            "'hardop' en 'stil' op het bord en leg het verschil uit."
                        ),
                        "presenter_notes": (
                            "Kinderen noemen vaak alleen uitdagen. Benoem ook stille druk: iedereen lacht mee en "
                            "niemand durft als eerste te stoppen. Vertel ook dat een groep je kan helpen, bijvoorbeeld "
                            "om samen te oefenen voor een toets."
                        ),
                        "materials": ["Digibord", "Twee strips"],
                        "optional": False,
                    },
                    {
                        "kind": "dilemma",
                        "title": "Wat doe jij? Het gat in het hek",
                        "minutes": 15,
                        "goal": "bewustwording",
                        "situation": (
                            "Je speelt na school met vier kinderen uit je klas bij het speeltuintje. Sam trekt een "
                            "plank los uit het hek van de moestuin ernaast. 'Kom, we pakken een paar aardbeien. "
                            "Niemand ziet het,' zegt Sam. De anderen kruipen al door het gat. Jij blijft staan."
                        ),
                        "options": [
                            "Je gaat mee, want je wilt niet de enige zijn.",
                            "Je zegt: 'Ik doe niet mee. Ik wacht hier.'",
                            "Je stelt iets anders voor: 'Zullen we gaan voetballen?'",
                            "Je gaat naar huis en vertelt het later aan een volwassene.",
                        ],
                        "discussion_questions": [
                            "Wat denk je als je daar staat?",
                            "Waarom is het moeilijk om niet mee te gaan?",
                            "Van wie is de moestuin? Hoe voelt die persoon zich morgen?",
                            "Maakt het uit of je de plank lostrekt of alleen meeloopt?",
                        ],
                        "presenter_notes": (
                            "Laat kinderen vooral uitleggen waarom ze iets kiezen. Benoem dat meelopen ook meedoen is: "
                            "de eigenaar heeft schade, wie het ook deed. Kinderen onder de 12 zijn niet strafbaar, "
                            "maar hun ouders moeten vaak wel de schade betalen. Vanaf 12 jaar kan de politie een "
                            "jongere voor zoiets naar Halt sturen."
                        ),
                        "optional": False,
                    },
                    {
                        "kind": "activity",
                        "title": "Oefenen: drie manieren om nee te zeggen",
                        "minutes": 15,
                        "goal": "handelingsperspectief",
                        "pupil_content": (
                            "1. Zeg het kort: 'Nee, ik doe niet mee.' 2. Bedenk iets anders: 'Zullen we ...?' 3. Loop "
                            "weg en zoek een vriend of een volwassene."
                        ),
                        "instructions": (
                            "Leg de drie manieren uit. In tweetallen krijgen de kinderen een kaartje met een situatie, "
                            "bijvoorbeeld: iemand wil een filmpje van een klasgenoot doorsturen, of de groep laat een "
                            "kind niet meedoen met tikkertje. Eén kind zet druk, de ander zegt nee. Daarna wisselen. "
                            "Laat twee of drie tweetallen het voor de groep doen."
                        ),
                        "presenter_notes": (
                            "Houd de druk speels: het is een oefening. Geef complimenten voor stem en houding, niet "
                            "alleen voor de woorden. Nee zeggen is makkelijker als één ander kind meedoet: vraag wie "
                            "'de tweede nee' wil zijn."
                        ),
                        "materials": ["Situatiekaartjes (één per tweetal)", "Digibord"],
                        "optional": False,
                    },
                    {
                        "kind": "quiz",
                        "title": "Quiz: wat weet je nu?",
                        "minutes": 5,
                        "goal": "kennis",
                        "questions": [
                            {
                                "question": (
                                    "Sam trekt een plank uit het hek. Jij loopt mee naar binnen. Wie doet er iets fout?"
                                ),
                                "answers": ["Alleen Sam", "Iedereen die meedoet", "Niemand, het zijn maar aardbeien"],
                                "correct": 1,
                                "explanation": "Als je meedoet, doe je mee. Ook als jij het niet hebt bedacht.",
                            },
                            {
                                "question": "Vanaf welke leeftijd kan de politie je naar Halt sturen?",
                                "answers": ["Vanaf 8 jaar", "Vanaf 12 jaar", "Vanaf 18 jaar"],
                                "correct": 1,
                                "explanation": (
                                    "Vanaf 12 jaar kun je in Nederland gestraft worden. Halt is er voor jongeren van "
                                    "12 tot 18 jaar."
                                ),
                            },
                            {
                                "question": "Wat kun je doen als je niet mee wilt doen?",
                                "answers": [
                                    "Toch meedoen en niks zeggen",
                                    "Iets anders voorstellen of weglopen",
                                    "Heel hard gaan roepen",
                                ],
                                "correct": 1,
                                "explanation": (
                                    "Iets anders voorstellen of weglopen werkt goed. Vertel het daarna aan een "
                                    "volwassene."
                                ),
                            },
                        ],
                        "presenter_notes": (
                            "Laat de kinderen met hun vingers stemmen (1, 2 of 3). Sla de quiz over als het gesprek "
                            "bij het dilemma langer duurt."
                        ),
                        "optional": True,
                    },
                    {
                        "kind": "activity",
                        "title": "Afsluiting: onze klassenafspraak",
                        "minutes": 5,
                        "goal": "handelingsperspectief",
                        "pupil_content": (
                            "Onze afspraak: 'In onze klas mag je nee zeggen. We lachen je daar niet om uit.'"
                        ),
                        "instructions": (
                            "Vraag de groep om de afspraak samen af te maken of te veranderen. Schrijf de afspraak op "
                            "een groot vel. Iedereen die wil, zet zijn handtekening eronder."
                        ),
                        "presenter_notes": (
                            "Laat de leerkracht de afspraak ophangen en er in de weken daarna naar verwijzen. Een "
                            "afspraak die de kinderen zelf maken, werkt beter dan een regel van de meester of juf."
                        ),
                        "materials": ["Groot vel papier", "Stiften"],
                        "optional": False,
                    },
                ],
                "follow_up": [
                    {
                        "title": "Klassenafspraak levend houden",
                        "text": (
                            "Hang de klassenafspraak op een zichtbare plek. Kijk na twee weken samen terug: is het "
                            "gelukt? Vraag de kinderen om een moment te noemen waarop iemand nee zei en de groep dat "
                            "goed opving."
                        ),
                    },
                    {
                        "title": "Mijn nee-zin",
                        "text": (
                            "Laat ieder kind een eigen nee-zin bedenken en opschrijven of tekenen. Oefen de zinnen "
                            "kort in de kring, bijvoorbeeld voor het buitenspelen."
                        ),
                    },
                    {
                        "title": "Ouders betrekken",
                        "text": (
                            "Geef de gesprekshulp voor ouders mee of zet de link in de nieuwsbrief. Zo kunnen ouders "
                            "thuis vragen wat hun kind heeft geleerd."
                        ),
                    },
                ],
                "safe_delivery": None,
            },
            {
                "title": "Invloed van de groep (VO onderbouw)",
                "slug": "invloed-van-de-groep-vo-onderbouw",
                "offer_type": "voorlichting",
                "age_bands": ["vo-onderbouw"],
                "use": "proactief",
                "settings": ["school", "sportvereniging", "wijk"],
                "duration": 50,
                "group_size": "Eén klas, tot 32 leerlingen",
                "central_question": "Welke rol speel jij in een groep, en wie bepaalt wat jij doet?",
                "summary": (
                    "Leerlingen herhalen kort wat ze in groep 8 over groepsdruk leerden en ontdekken de rollen in een "
                    "groep: aanstichter, meeloper, toeschouwer en stopper. Met een fictief voorval bij de supermarkt "
                    "bespreken ze medeplegen en de Halt-interventie. Ze sluiten af met een eigen stopzin."
                ),
                "goals": {
                    "kennis": (
                        "Leerlingen weten dat je vanaf 12 jaar strafbaar bent, dat meedoen in een groep medeplegen kan "
                        "zijn en wat een Halt-interventie inhoudt."
                    ),
                    "bewustwording": "Leerlingen herkennen welke rol zij meestal in een groep aannemen en waarom.",
                    "handelingsperspectief": (
                        "Leerlingen kunnen met een stopzin een groepsactie afremmen of zich eruit terugtrekken zonder "
                        "gezichtsverlies."
                    ),
                },
                "content_guidance": ["criminaliteit"],
                "activities": [
                    {
                        "kind": "activity",
                        "title": "Terugblik: wat weet je nog uit groep 8?",
                        "minutes": 5,
                        "goal": "kennis",
                        "pupil_content": (
                            "In groep 8 heb je misschien geleerd: groepsdruk kan hardop zijn ('Durf je niet?') of stil "
                            "(iedereen doet het, dus jij ook). Wat weet jij er nog van?"
                        ),
                        "instructions": (
                            "Vraag drie leerlingen naar een herinnering aan de les in groep 7-8 of naar een voorbeeld "
                            "van stille groepsdruk. Schrijf 'hardop' en 'stil' op het bord en vul aan."
                        ),
                        "presenter_notes": (
                            "Niet iedereen heeft de les in groep 7-8 gehad. Vat daarom in twee zinnen samen wat "
                            "groepsdruk is, zodat de hele klas vanaf hetzelfde punt begint."
                        ),
                        "materials": ["Digibord"],
                        "optional": False,
                    },
                    {
                        "kind": "activity",
                        "title": "Vier rollen in een groep",
                        "minutes": 10,
                        "goal": "bewustwording",
                        "pupil_content": (
                            "De aanstichter bedenkt het. De meeloper doet mee. De toeschouwer kijkt of filmt. De "
                            "stopper zegt: 'Kappen nu.' Welke rol heb jij meestal?"
                        ),
                        "instructions": (
                            "Leg de rollen uit met een kort voorbeeld. Hang vier bladen in de hoeken van het lokaal. "
                            "Leerlingen lopen naar de rol die ze het vaakst hebben en praten twee minuten met wie daar "
                            "staat over het waarom."
                        ),
                        "presenter_notes": (
                            "Bijna niemand kiest 'aanstichter', veel leerlingen kiezen 'toeschouwer'. Benoem dat "
                            "toeschouwers de groep groter maken: zonder publiek is stoer doen minder leuk. Speelt er "
                            "pesten in de klas, laat dan op papier kiezen in plaats van in de hoeken."
                        ),
                        "materials": ["Vier rolbladen", "Plakband"],
                        "optional": False,
                    },
                    {
                        "kind": "dilemma",
                        "title": "Bij de supermarkt",
                        "minutes": 15,
                        "goal": "kennis",
                        "situation": (
                            "Het is woensdagmiddag. Je hangt met vijf klasgenoten rond bij de supermarkt. Eén jongen "
                            "zegt: 'Ik heb geen geld, maar wel zin in energydrink.' Hij vraagt jou om de "
                            "kassamedewerker af te leiden met een vraag, terwijl hij blikjes in zijn tas stopt. Twee "
                            "anderen staan bij de deur op de uitkijk. Iedereen kijkt naar jou."
                        ),
                        "options": [
                            "Je leidt de medewerker af: het is maar een vraag stellen.",
                            "Je zegt dat je niet meedoet en loopt naar buiten.",
                            "Je zegt: 'Doe normaal, ik betaal wel een blikje voor je.'",
                            "Je doet niets en wacht af wat er gebeurt.",
                        ],
                        "discussion_questions": [
                            "Wie doet hier iets strafbaars: alleen de jongen met de tas, of meer mensen?",
                            "Wat vindt de kassamedewerker ervan als het uitkomt?",
                            "Waarom is het lastig om de stopper te zijn?",
                            "Wat zou het voor jou makkelijker maken om nee te zeggen?",
                        ],
                        "presenter_notes": (
                            "Wie afleidt of op de uitkijk staat, helpt bij de diefstal en kan medepleger zijn, ook "
                            "zonder zelf iets te pakken. Een winkeldiefstal met kleine schade kan voor 12- tot "
                            "17-jarigen leiden tot een Halt-interventie: een gesprek samen met ouders, excuses, de "
                            "schade vergoeden en een leeropdracht. Wie die goed afrondt, krijgt geen strafblad. De "
                            "winkel kan daarnaast een winkelverbod geven en kosten verhalen."
                        ),
                        "optional": False,
                    },
                    {
                        "kind": "activity",
                        "title": "Mijn stopzin",
                        "minutes": 15,
                        "goal": "handelingsperspectief",
                        "pupil_content": (
                            "Een goede stopzin is kort, klinkt als jij en laat de groep heel. Bijvoorbeeld: 'Nee man, "
                            "ik heb geen zin in gedoe met mijn moeder.' Of: 'Laat maar, ik ga naar de training.'"
                        ),
                        "instructions": (
                            "Geef tweetallen drie situaties: iemand filmen voor de lol, samen iemand buitensluiten in "
                            "de groepsapp, een fiets 'lenen' zonder te vragen. Elk tweetal bedenkt per situatie een "
                            "stopzin en test die hardop. Verzamel de beste zinnen op het bord. Iedereen schrijft één "
                            "stopzin op een kaartje voor in het telefoonhoesje of etui."
                        ),
                        "presenter_notes": (
                            "Humor helpt om uit een situatie te stappen zonder de groep aan te vallen. Benadruk ook de "
                            "tweede stap: na de stopzin weglopen en iemand meenemen ('Kom, we gaan'). Eén medestander "
                            "maakt de druk al veel kleiner; dat blijkt ook uit klassiek onderzoek naar groepsdruk."
                        ),
                        "materials": ["Situatiekaartjes", "Lege kaartjes", "Digibord"],
                        "optional": False,
                    },
                    {
                        "kind": "quiz",
                        "title": "Check: klopt het?",
                        "minutes": 5,
                        "goal": "kennis",
                        "questions": [
                            {
                                "question": "Je staat op de uitkijk terwijl een vriend iets steelt. Ben je strafbaar?",
                                "answers": [
                                    "Nee, je hebt niets gepakt",
                                    "Ja, je helpt mee en kunt medepleger zijn",
                                    "Alleen als je ouder bent dan 16",
                                ],
                                "correct": 1,
                                "explanation": (
                                    "Wie helpt, doet mee. De politie kijkt naar ieders rol, niet alleen naar wie iets "
                                    "pakte."
                                ),
                            },
                            {
                                "question": "Wat gebeurt er bij een Halt-interventie?",
                                "answers": [
                                    "Je krijgt meteen een strafblad",
                                    "Je praat met Halt en je ouders, biedt excuses aan en maakt het goed",
                                    "Je moet een week naar de gevangenis",
                                ],
                                "correct": 1,
                                "explanation": (
                                    "Halt is voor jongeren van 12 tot 18 jaar. Rond je alles goed af, dan krijg je "
                                    "geen strafblad."
                                ),
                            },
                            {
                                "question": "Welke rol maakt een groepsactie vaak groter?",
                                "answers": ["De toeschouwers die kijken en filmen", "De stopper", "De leraar"],
                                "correct": 0,
                                "explanation": (
                                    "Publiek geeft de aanstichter een podium. Weglopen of stoppen haalt dat podium weg."
                                ),
                            },
                        ],
                        "presenter_notes": (
                            "Laat de klas per vraag met handen of een quiz-app stemmen. Bespreek alleen de vragen "
                            "waarover de klas twijfelt."
                        ),
                        "optional": True,
                    },
                ],
                "follow_up": [
                    {
                        "title": "Nagesprek in de mentorles",
                        "text": (
                            "Bespreek een week later de vier rollen: in welke situaties op school zie je ze terug? "
                            "Vraag leerlingen anoniem op te schrijven wanneer ze de stopper zouden willen zijn en wat "
                            "ze daarvoor nodig hebben."
                        ),
                    },
                    {
                        "title": "Stopzinnenmuur",
                        "text": (
                            "Hang de beste stopzinnen uit de les op in het lokaal. Vraag leerlingen om er in de "
                            "komende weken nieuwe bij te zetten. Zo blijft het thema zichtbaar."
                        ),
                    },
                    {
                        "title": "Koppeling met het pestprotocol",
                        "text": (
                            "Leg de rollen naast het pestprotocol of de gedragsregels van de school. Zo zien "
                            "leerlingen dat de school van hen verwacht dat ze niet alleen toekijken."
                        ),
                    },
                ],
                "safe_delivery": None,
            },
            {
                "title": "Invloed van de groep (VO bovenbouw)",
                "slug": "invloed-van-de-groep-vo-bovenbouw",
                "offer_type": "voorlichting",
                "age_bands": ["vo-bovenbouw"],
                "use": "proactief",
                "settings": ["school", "sportvereniging", "wijk"],
                "duration": 50,
                "group_size": "Eén klas, tot 32 leerlingen",
                "central_question": "Hoe ver ga je mee met je groep, en wanneer kies je voor jezelf?",
                "summary": (
                    "Voortbouwend op de onderbouw gaat het over groepsnormen, status en loyaliteit: in de "
                    "vriendengroep, bij het uitgaan, in online groepen en in het team. Leerlingen ontleden een fictief "
                    "voorval waarbij een groep na een feest uit de hand loopt en oefenen hoe je een escalatie afremt."
                ),
                "goals": {
                    "kennis": (
                        "Leerlingen weten hoe groepsprocessen als 'iedereen doet het' en verdeelde "
                        "verantwoordelijkheid werken en wat de gevolgen zijn van meedoen, zoals bij openlijke "
                        "geweldpleging."
                    ),
                    "bewustwording": (
                        "Leerlingen onderzoeken welke normen in hun eigen groepen gelden en waar hun persoonlijke "
                        "grens ligt."
                    ),
                    "handelingsperspectief": (
                        "Leerlingen kunnen een situatie die uit de hand loopt afremmen en weten wanneer en hoe ze hulp "
                        "inschakelen."
                    ),
                },
                "content_guidance": ["criminaliteit"],
                "activities": [
                    {
                        "kind": "activity",
                        "title": "Stellingen: ik en mijn groep",
                        "minutes": 10,
                        "goal": "bewustwording",
                        "pupil_content": (
                            "Eens of oneens? 'In een groep durf ik meer dan alleen.' 'Ik bepaal zelf wat ik doe, ook "
                            "als mijn vrienden erbij zijn.'"
                        ),
                        "instructions": (
                            "Leerlingen kiezen een kant van het lokaal. Vraag aan beide kanten om argumenten. Vraag "
                            "daarna wie in de onderbouw een Halt-voorlichting over groepsdruk had en wat daarvan is "
                            "blijven hangen. Koppel terug naar de rollen aanstichter, meeloper, toeschouwer en stopper."
                        ),
                        "presenter_notes": (
                            "Bovenbouwleerlingen vinden zichzelf vaak minder beïnvloedbaar dan jongere leerlingen. Dat "
                            "klopt deels, maar de invloed verschuift naar status, de vriendengroep en online normen. "
                            "Laat beide kanten gelijk krijgen: een groep kan je sterker én onvoorzichtiger maken."
                        ),
                        "materials": ["Digibord"],
                        "optional": False,
                    },
                    {
                        "kind": "activity",
                        "title": "Hoe een groep escaleert",
                        "minutes": 10,
                        "goal": "kennis",
                        "pupil_content": (
                            "Drie mechanismen: 1) 'Iedereen doet het', dus het voelt normaal. 2) Verdeelde "
                            "verantwoordelijkheid: 'Ik deed maar een klein beetje.' 3) Publiek en telefoons maken "
                            "stoer gedrag groter."
                        ),
                        "instructions": (
                            "Leg de drie mechanismen uit met een herkenbaar voorbeeld, zoals een ruzie op het plein "
                            "waar iedereen omheen gaat staan filmen. Vertel daarna wat openlijke geweldpleging is: "
                            "samen in het openbaar geweld gebruiken tegen mensen of spullen. Iedereen die meedoet, kan "
                            "worden vervolgd, ook wie maar één keer schopte."
                        ),
                        "presenter_notes": (
                            "Openlijke geweldpleging (artikel 141 Wetboek van Strafrecht) is zwaarder dan een gewone "
                            "vernieling. Lichte vormen met alleen schade aan spullen kunnen voor 12- tot 17-jarigen "
                            "naar Halt; bij letsel of grote schade beslist de officier van justitie. Vanaf 18 jaar "
                            "geldt het volwassenenstrafrecht en komt een veroordeling op je strafblad."
                        ),
                        "materials": ["Digibord"],
                        "optional": False,
                    },
                    {
                        "kind": "dilemma",
                        "title": "Na het feest",
                        "minutes": 15,
                        "goal": "bewustwording",
                        "situation": (
                            "Het is zaterdagnacht. Je loopt met zes vrienden van een verjaardagsfeest naar de "
                            "bushalte. Er is gedronken en de sfeer is uitgelaten. Iemand schopt tegen het bushokje en "
                            "het glas barst. De groep juicht. Een ander roept: 'Nog een keer, ik film!' Een vriend "
                            "kijkt naar jou en geeft je een duwtje richting het hokje."
                        ),
                        "options": [
                            "Je schopt één keer mee: het glas is toch al kapot.",
                            "Je lacht mee, maar doet zelf niets.",
                            "Je zegt: 'Jongens, de bus komt zo, kom op' en loopt door.",
                            "Je loopt zonder iets te zeggen alleen weg.",
                        ],
                        "discussion_questions": [
                            (
                                "Welk mechanisme zie je hier: 'iedereen doet het', verdeelde verantwoordelijkheid of "
                                "publiek?"
                            ),
                            "Wat doet het filmen met de situatie, en met de mensen in de groep achteraf?",
                            "Wie betaalt uiteindelijk voor het bushokje?",
                            "Wat zou jij nodig hebben om als eerste weg te lopen?",
                        ],
                        "presenter_notes": (
                            "Alcohol verlaagt de drempel; benoem dat zonder te moraliseren. Filmpjes zijn bewijs: de "
                            "politie gebruikt beelden van sociale media om daders op te sporen, en wie erbij stond kan "
                            "als getuige worden gehoord. Een nieuwe ruit in een bushokje kost al snel honderden euro's "
                            "en wordt op de daders verhaald. Optie 3 is de sterkste: afremmen en iedereen meenemen."
                        ),
                        "optional": False,
                    },
                    {
                        "kind": "activity",
                        "title": "Afremmen: de-escaleren in een groep",
                        "minutes": 10,
                        "goal": "handelingsperspectief",
                        "pupil_content": (
                            "Afremmen kan zonder held te zijn. 1) Verander het plan: 'Wie gaat er mee naar de "
                            "snackbar?' 2) Haal één persoon apart. 3) Maak afstand en neem iemand mee. 4) Is er gevaar "
                            "voor mensen? Bel 112."
                        ),
                        "instructions": (
                            "Verdeel de klas in groepjes van vier. Elk groepje krijgt een situatie: een foto van een "
                            "klasgenoot die in de groepsapp belachelijk wordt gemaakt; een teamgenoot die na een "
                            "verloren wedstrijd de scheidsrechter wil opwachten; vrienden die een scooter willen "
                            "'lenen'. Ze kiezen een strategie en spelen de laatste tien seconden na. Bespreek twee "
                            "groepjes klassikaal."
                        ),
                        "presenter_notes": (
                            "Bespreek het verschil tussen verraad en verantwoordelijkheid: wie afremt, beschermt ook "
                            "zijn vrienden tegen de gevolgen. Bij direct gevaar voor mensen is 112 bellen altijd goed. "
                            "Wie later anoniem iets wil melden over een misdrijf, kan Meld Misdaad Anoniem bellen "
                            "(0800-7000)."
                        ),
                        "materials": ["Situatiekaarten", "Timer"],
                        "optional": False,
                    },
                    {
                        "kind": "quiz",
                        "title": "Check: groep en strafrecht",
                        "minutes": 5,
                        "goal": "kennis",
                        "questions": [
                            {
                                "question": "Wat is openlijke geweldpleging?",
                                "answers": [
                                    "Samen in het openbaar geweld gebruiken tegen mensen of spullen",
                                    "Een ruzie binnenshuis",
                                    "Hard schreeuwen op straat",
                                ],
                                "correct": 0,
                                "explanation": (
                                    "Het gaat om geweld in een groep, op straat of op een andere openbare plek."
                                ),
                            },
                            {
                                "question": "Je filmt hoe vrienden een bushokje vernielen. Wat klopt?",
                                "answers": [
                                    "Filmen maakt je automatisch dader",
                                    "Je beelden kunnen bewijs zijn en je filmpje moedigt de groep aan",
                                    "Filmen heeft geen enkel gevolg",
                                ],
                                "correct": 1,
                                "explanation": (
                                    "Filmen is niet vanzelf strafbaar, maar publiek maakt stoer gedrag groter. De "
                                    "politie kan de beelden gebruiken en jou als getuige horen."
                                ),
                            },
                            {
                                "question": "Vanaf welke leeftijd geldt het volwassenenstrafrecht?",
                                "answers": ["16 jaar", "18 jaar", "21 jaar"],
                                "correct": 1,
                                "explanation": (
                                    "Van 12 tot 18 jaar geldt het jeugdstrafrecht. Voor 16- tot 23-jarigen kan de "
                                    "rechter soms kiezen voor jeugd- of volwassenenstrafrecht (adolescentenstrafrecht)."
                                ),
                            },
                        ],
                        "presenter_notes": (
                            "Gebruik de quiz als afsluiter als er tijd over is; anders de vragen kort mondeling "
                            "stellen."
                        ),
                        "optional": True,
                    },
                ],
                "follow_up": [
                    {
                        "title": "Nagesprek over groepsnormen",
                        "text": (
                            "Laat leerlingen in de mentorles opschrijven welke ongeschreven regels in hun "
                            "vriendengroep, team of online groep gelden. Welke regels helpen, en welke zouden ze "
                            "willen veranderen?"
                        ),
                    },
                    {
                        "title": "Voor feesten en schoolreizen",
                        "text": (
                            "Gebruik de afremstrategieën bij de voorbereiding van een schoolfeest of werkweek. Spreek "
                            "samen af hoe leerlingen elkaar helpen als iets uit de hand dreigt te lopen."
                        ),
                    },
                ],
                "safe_delivery": None,
            },
            {
                "title": "Invloed van de groep (MBO)",
                "slug": "invloed-van-de-groep-mbo",
                "offer_type": "voorlichting",
                "age_bands": ["mbo"],
                "use": "proactief",
                "settings": ["school", "sportvereniging", "wijk"],
                "duration": 50,
                "group_size": "Eén klas, tot 28 studenten",
                "central_question": (
                    "Loyaal aan je groep of aan jezelf: waar ligt jouw grens op school, op stage en op straat?"
                ),
                "summary": (
                    "Studenten passen wat ze eerder over groepsdruk leerden toe op hun leven nu: vrienden in de wijk, "
                    "het team op stage of werk en online groepen. Ze bespreken loyaliteit en 'niet snitchen', "
                    "ontdekken wat meelopen op hun leeftijd kost (strafblad, VOG) en maken een persoonlijk plan voor "
                    "lastige momenten."
                ),
                "goals": {
                    "kennis": (
                        "Leerlingen weten dat vanaf 18 jaar het volwassenenstrafrecht geldt, wat een strafblad "
                        "betekent voor een VOG en hoe groepsgedrag leidt tot strafbare feiten."
                    ),
                    "bewustwording": (
                        "Leerlingen onderzoeken hun eigen opvattingen over loyaliteit, 'snitchen' en "
                        "verantwoordelijkheid."
                    ),
                    "handelingsperspectief": (
                        "Leerlingen hebben een persoonlijk plan voor momenten waarop een groep over hun grens wil "
                        "gaan, inclusief waar ze advies of hulp halen."
                    ),
                },
                "content_guidance": ["criminaliteit"],
                "activities": [
                    {
                        "kind": "activity",
                        "title": "Terugblik en stelling: loyaal zijn",
                        "minutes": 10,
                        "goal": "bewustwording",
                        "pupil_content": (
                            "Je hebt op de basisschool en in het voortgezet onderwijs misschien al over groepsdruk "
                            "gehoord. Nu de stelling: 'Als je vrienden iets doms doen, hou je je mond. Dat is loyaal.' "
                            "Eens of oneens?"
                        ),
                        "instructions": (
                            "Vraag eerst wie zich nog iets herinnert van eerdere Halt-lessen, zoals de rollen in een "
                            "groep of de stopzin. Laat studenten daarna met een groen of rood kaartje stemmen en vraag "
                            "drie mensen per kant om hun argument."
                        ),
                        "presenter_notes": (
                            "Het woord 'snitchen' komt vaak op. Maak onderscheid tussen iemand verraden om hem te "
                            "schaden en iemand beschermen tegen (meer) schade. Veroordeel de angst niet: in sommige "
                            "buurten is niet praten echt een veiligheidsregel. Noem anoniem melden via Meld Misdaad "
                            "Anoniem (0800-7000) als veilige route."
                        ),
                        "materials": ["Groene en rode kaartjes", "Digibord"],
                        "optional": False,
                    },
                    {
                        "kind": "activity",
                        "title": "Wat kost meelopen als je 18 bent?",
                        "minutes": 10,
                        "goal": "kennis",
                        "pupil_content": (
                            "Vanaf 18 jaar geldt het volwassenenstrafrecht. Een veroordeling komt op je strafblad. "
                            "Voor stage en werk in de zorg, het onderwijs, de kinderopvang, de beveiliging en het "
                            "vervoer heb je vaak een VOG nodig: een Verklaring Omtrent het Gedrag."
                        ),
                        "instructions": (
                            "Leg uit wat een VOG is en dat Justis bij een aanvraag kijkt of je justitiële verleden "
                            "past bij het werk dat je wilt doen. Vraag welke opleidingen in de klas een VOG vragen "
                            "voor de stage. Koppel het aan groepsgedrag: wie meedoet met een vechtpartij, diefstal of "
                            "vernieling, kan dezelfde gevolgen krijgen als de aanstichter."
                        ),
                        "presenter_notes": (
                            "Een Halt-interventie (12 tot 18 jaar) die goed is afgerond, levert geen strafblad op. Een "
                            "VOG-weigering is niet automatisch: Justis kijkt naar het soort feit, hoe lang geleden het "
                            "was en naar het beroep. Overdrijf niet, maar wees concreet: veel studenten weten niet dat "
                            "hun stage een VOG vraagt."
                        ),
                        "materials": ["Digibord"],
                        "optional": False,
                    },
                    {
                        "kind": "dilemma",
                        "title": "Op stage",
                        "minutes": 15,
                        "goal": "bewustwording",
                        "situation": (
                            "Je loopt stage bij een groothandel. Je collega's, allemaal een paar jaar ouder, nemen aan "
                            "het eind van de dienst vaak iets mee: een pak frisdrank, een doos energierepen. 'Dat "
                            "wordt toch afgeschreven, iedereen doet het,' zeggen ze. Vandaag geeft een van hen jou een "
                            "tas: 'Hier, voor jou. Jij hoort er nu ook bij.' Je stagebegeleider is er niet."
                        ),
                        "options": [
                            "Je neemt de tas aan: je wilt erbij horen en het is maar frisdrank.",
                            "Je zegt: 'Thanks, maar ik doe het niet, ik heb deze stage echt nodig.'",
                            "Je neemt de tas aan en zet hem later stiekem terug.",
                            "Je bespreekt het met je stagebegeleider van school.",
                        ],
                        "discussion_questions": [
                            "Is dit stelen, ook als iedereen het doet?",
                            "Wat zet je op het spel: je stage, je diploma, een goede referentie?",
                            "Hoe weiger je zonder je collega's tegen je te krijgen?",
                            "Bij wie kun je terecht als je hier mee zit?",
                        ],
                        "presenter_notes": (
                            "Spullen meenemen van je werk zonder toestemming is diefstal of verduistering, ook bij "
                            "kleine hoeveelheden. Een bedrijf kan de stage beëindigen en aangifte doen; vaak moet de "
                            "student de periode dan overdoen. De bpv-begeleider van school is een veilige plek om te "
                            "overleggen; je hoeft niet meteen je collega's aan te geven."
                        ),
                        "optional": False,
                    },
                    {
                        "kind": "activity",
                        "title": "Mijn plan voor lastige momenten",
                        "minutes": 10,
                        "goal": "handelingsperspectief",
                        "pupil_content": (
                            "Mijn plan: 1) Mijn signaal dat het misgaat is ... 2) Mijn zin om eruit te stappen is ... "
                            "3) De persoon die ik bel of app is ... 4) Voor advies of melden kan ik naar: mijn mentor "
                            "of bpv-begeleider, het jongerenwerk of Meld Misdaad Anoniem (0800-7000)."
                        ),
                        "instructions": (
                            "Studenten vullen het plan in op een kaartje of in hun telefoon, zonder namen van anderen. "
                            "Laat twee of drie vrijwilligers hun signaal of zin delen. Sluit af met de check: iedereen "
                            "kent nu minstens één persoon en één nummer."
                        ),
                        "presenter_notes": (
                            "Het signaal is vaak lichamelijk (onrustig gevoel, hartkloppingen) of een zin die de groep "
                            "gebruikt ('Doe niet zo moeilijk'). Studenten die zelf in een lastige groep zitten, kunnen "
                            "na afloop bij u of de mentor terecht; verwijs zo nodig naar het jongerenwerk of het "
                            "zorgteam van de school."
                        ),
                        "materials": ["Plankaartjes", "Pennen"],
                        "optional": False,
                    },
                    {
                        "kind": "quiz",
                        "title": "Check: weet je het nog?",
                        "minutes": 5,
                        "goal": "kennis",
                        "questions": [
                            {
                                "question": "Wat is een VOG?",
                                "answers": [
                                    "Een verklaring dat je verleden geen bezwaar is voor een bepaalde baan of stage",
                                    "Een verzekering voor stagiairs",
                                    "Een diploma van je opleiding",
                                ],
                                "correct": 0,
                                "explanation": (
                                    "VOG staat voor Verklaring Omtrent het Gedrag. Justis beoordeelt de aanvraag."
                                ),
                            },
                            {
                                "question": "Spullen meenemen van je stageplek omdat iedereen het doet. Wat klopt?",
                                "answers": [
                                    "Dat mag als het wordt afgeschreven",
                                    "Het is diefstal als je geen toestemming hebt",
                                    "Alleen de oudste collega is strafbaar",
                                ],
                                "correct": 1,
                                "explanation": (
                                    "Zonder toestemming is het diefstal of verduistering, ook als het om kleine dingen "
                                    "gaat."
                                ),
                            },
                            {
                                "question": "Hoe kun je anoniem iets melden over een misdrijf?",
                                "answers": ["Via Meld Misdaad Anoniem: 0800-7000", "Via de groepsapp", "Dat kan niet"],
                                "correct": 0,
                                "explanation": (
                                    "Meld Misdaad Anoniem vraagt niet naar je naam en je nummer wordt niet opgeslagen."
                                ),
                            },
                        ],
                        "presenter_notes": "Korte check aan het eind. Laat weg als het plan meer tijd nodig heeft.",
                        "optional": True,
                    },
                ],
                "follow_up": [
                    {
                        "title": "Bespreken in de bpv-voorbereiding",
                        "text": (
                            "Gebruik het dilemma 'Op stage' bij de voorbereiding op de beroepspraktijkvorming. "
                            "Bespreek welke regels er op het stagebedrijf gelden en bij wie de student terecht kan met "
                            "twijfels."
                        ),
                    },
                    {
                        "title": "Check op VOG-eisen",
                        "text": (
                            "Zoek samen met de klas uit of hun opleiding en stageplekken een VOG vragen. Dat maakt de "
                            "gevolgen van meelopen concreet zonder te dreigen."
                        ),
                    },
                    {
                        "title": "Doorverwijzen",
                        "text": (
                            "Hebben studenten na de les gevraagd om een gesprek? Zorg dat de mentor of het zorgteam "
                            "dat binnen een week oppakt, eventueel samen met het jongerenwerk."
                        ),
                    },
                ],
                "safe_delivery": None,
            },
        ],
        "parent_guide": {
            "title": "Gesprekshulp voor ouders: Invloed van de groep",
            "slug": "ouders",
            "intro": (
                "Uw kind heeft een les van Halt gehad over groepsdruk. Groepsdruk is normaal. Toch kan meedoen met een "
                "groep soms tot problemen leiden. Met deze gesprekshulp praat u er thuis verder over."
            ),
            "accompanies": [
                "invloed-van-de-groep-po-groep-7-8",
                "invloed-van-de-groep-vo-onderbouw",
                "invloed-van-de-groep-vo-bovenbouw",
                "invloed-van-de-groep-mbo",
            ],
            "learned": {
                "kennis": (
                    "Uw kind weet wat groepsdruk is. Het weet ook dat meedoen soms strafbaar is. Vanaf 12 jaar kan de "
                    "politie een jongere naar Halt sturen."
                ),
                "bewustwording": (
                    "Uw kind heeft nagedacht over de eigen rol in een groep. Doet het mee? Kijkt het toe? Of zegt het "
                    "stop?"
                ),
                "handelingsperspectief": (
                    "Uw kind heeft geoefend met nee zeggen. Het weet ook bij wie het hulp kan vragen."
                ),
            },
            "conversation_starters": [
                "Wat heb je geleerd in de les van Halt?",
                "Wanneer vind jij het moeilijk om nee te zeggen tegen vrienden?",
                "Welke rol heb jij meestal in je groep?",
                "Heb je weleens iets gedaan omdat anderen het deden? Hoe voelde dat?",
                "Wat doe je als je vrienden iets willen wat jij niet wilt?",
            ],
            "what_you_can_do": [
                "Luister eerst. Geef niet meteen een oordeel.",
                "Vertel over een moment waarop u zelf groepsdruk voelde.",
                "Leer de vrienden van uw kind kennen. Nodig ze gerust thuis uit.",
                "Spreek af dat uw kind u altijd mag bellen om opgehaald te worden. U stelt dan eerst geen vragen.",
                "Geef een compliment als uw kind een eigen keuze maakt.",
                "Maakt u zich zorgen? Praat met de mentor of de leerkracht.",
            ],
            "meeting": (
                "De school kan een ouderbijeenkomst over dit thema organiseren. Een Halt-medewerker leidt de "
                "bijeenkomst als gast. U hoort wat uw kind heeft geleerd en u deelt ervaringen met andere ouders."
            ),
            "help": ["opvoedinformatie", "kindertelefoon", "meld-misdaad-anoniem"],
        },
        "professional_guides": [],
    },
    {
        "slug": "gedrag-online",
        "title": "Gedrag online",
        "order": 20,
        "summary": (
            "Hoe je online omgaat met anderen: van online pesten en groepsapps tot privacy, bedreiging en wat "
            "strafbaar is op sociale media."
        ),
        "why": [
            (
                "Jongeren zijn elke dag online: in groepsapps, op sociale media en in games. Daar gelden dezelfde "
                "regels als offline, maar zo voelt het niet altijd. Een grap is snel gedeeld, een screenshot blijft "
                "bestaan en een scheldbericht komt harder aan dan de afzender denkt."
            ),
            (
                "In deze voorlichting leren jongeren wat online pesten, bedreigen, beledigen en het hacken van een "
                "account met een ander doen, en wanneer het strafbaar is. Ze denken na over hun eigen gedrag in "
                "groepsapps en oefenen wat ze doen als ze online iets vervelends zien of meemaken."
            ),
            (
                "Gedrag online wordt proactief en reactief ingezet, bijvoorbeeld na een incident in een klassenapp. De "
                "leerlijn loopt van 'eerst denken, dan delen' in groep 7-8 tot digitale voetafdruk, doxing en online "
                "haat in de bovenbouw. Voor ouders is er een ouderbijeenkomst."
            ),
        ],
        "everyday_terms": [
            "online pesten",
            "sociale media",
            "cyberpesten",
            "groepsapp",
            "klassenapp",
            "screenshot",
            "account hacken",
            "nep-account",
            "doxing",
            "digitale voetafdruk",
            "schelden online",
        ],
        "lessons": [
            {
                "title": "Gedrag online (groep 7-8)",
                "slug": "gedrag-online-po-groep-7-8",
                "offer_type": "voorlichting",
                "age_bands": ["po-groep-7-8"],
                "use": "beide",
                "settings": ["school", "sportvereniging", "wijk"],
                "duration": 45,
                "group_size": "Eén groep, tot 30 leerlingen",
                "central_question": "Hoe ben je online een goede vriend of vriendin?",
                "summary": (
                    "De leerlingen praten over wat ze online doen en wat er mis kan gaan in een groepsapp. Ze leren "
                    "dat een bericht of foto niet meer terug is als je hem deelt. Ze oefenen wat ze doen als ze online "
                    "pesten zien of meemaken."
                ),
                "goals": {
                    "kennis": (
                        "Leerlingen weten dat wat je online deelt kan blijven bestaan en dat je niet zomaar een foto "
                        "van een ander mag delen."
                    ),
                    "bewustwording": "Leerlingen denken na over hoe hun berichten bij een ander aankomen.",
                    "handelingsperspectief": (
                        "Leerlingen weten wat ze doen bij online pesten: niet meedoen, een screenshot maken, blokkeren "
                        "en het vertellen aan een volwassene."
                    ),
                },
                "content_guidance": [],
                "activities": [
                    {
                        "kind": "activity",
                        "title": "Opening: wat doe jij online?",
                        "minutes": 5,
                        "goal": "bewustwording",
                        "pupil_content": (
                            "Welke apps en games gebruik jij? Met wie praat je daar? Steek je hand op als je in een "
                            "groepsapp zit van de klas of de club."
                        ),
                        "instructions": (
                            "Vraag kort welke apps en games de kinderen gebruiken. Schrijf ze op het bord, zonder "
                            "oordeel. Vraag wie weleens een vervelend bericht kreeg: alleen handen, geen verhalen."
                        ),
                        "presenter_notes": (
                            "Veel apps hebben een minimumleeftijd van 13 jaar, maar veel kinderen gebruiken ze toch. "
                            "Ga niet preken: dan vertellen kinderen minder. Noteer welke apps genoemd worden voor het "
                            "nagesprek met de leerkracht."
                        ),
                        "materials": ["Digibord"],
                        "optional": False,
                    },
                    {
                        "kind": "activity",
                        "title": "Eén keer verstuurd is niet meer terug",
                        "minutes": 10,
                        "goal": "kennis",
                        "pupil_content": (
                            "Een bericht of foto die je stuurt, kan een ander opslaan of doorsturen. Ook als jij hem "
                            "weghaalt. Stuur alleen wat je ook aan je juf of opa durft te laten zien. Wil je een foto "
                            "van een ander delen? Vraag het eerst."
                        ),
                        "instructions": (
                            "Doe de tandpasta-proef: knijp wat tandpasta op een bordje en vraag een kind om het terug "
                            "in de tube te doen. Dat lukt niet. Vergelijk dit met een gedeelde foto. Vraag daarna: mag "
                            "je een foto van een ander zomaar delen?"
                        ),
                        "presenter_notes": (
                            "De tandpasta-proef werkt goed op deze leeftijd. Leg uit dat iedereen iets te zeggen heeft "
                            "over een foto van zichzelf: je vraagt eerst of het mag. Ook 'verdwijnende' berichten zijn "
                            "niet veilig: iemand kan altijd een screenshot of een foto van het scherm maken."
                        ),
                        "materials": ["Tube tandpasta", "Bordje", "Digibord"],
                        "optional": False,
                    },
                    {
                        "kind": "dilemma",
                        "title": "De foto in de klassenapp",
                        "minutes": 15,
                        "goal": "bewustwording",
                        "situation": (
                            "Je zit in de klassenapp. Iemand zet er een foto in van Noor uit jullie klas. Noor is net "
                            "gevallen bij gym en kijkt raar. Er komen veel lachende smileys. Iemand schrijft: 'Haha, "
                            "zet hem op je status!' Noor zit ook in de app, maar zegt niets."
                        ),
                        "options": [
                            "Je stuurt ook een lachende smiley.",
                            "Je doet niets en leest alleen mee.",
                            "Je schrijft: 'Niet leuk. Haal hem weg.'",
                            "Je stuurt Noor een eigen berichtje: 'Gaat het?'",
                            "Je laat het zien aan je ouders of aan de juf of meester.",
                        ],
                        "discussion_questions": [
                            "Hoe voelt Noor zich, denk je?",
                            "Is een smiley sturen ook meedoen?",
                            "Waarom zeggen veel kinderen niets in zo'n app?",
                            "Welke keuze vind jij het best? En welke durf je echt?",
                        ],
                        "presenter_notes": (
                            "Meerdere keuzes kunnen goed zijn en ze kunnen ook samen: Noor een berichtje sturen én het "
                            "aan de leerkracht vertellen. Online pesten is pesten, ook als het 'maar een grapje' is. "
                            "Vertellen aan een volwassene is geen klikken als je iemand wilt helpen."
                        ),
                        "optional": False,
                    },
                    {
                        "kind": "activity",
                        "title": "Stappenplan: stop, bewaar, blokkeer, vertel",
                        "minutes": 10,
                        "goal": "handelingsperspectief",
                        "pupil_content": (
                            "1. Stop: reageer niet boos terug. 2. Bewaar: maak een screenshot. 3. Blokkeer of meld de "
                            "persoon in de app. 4. Vertel het aan iemand die je vertrouwt: je ouders, de juf of "
                            "meester, of de Kindertelefoon (0800-0432)."
                        ),
                        "instructions": (
                            "Loop het stappenplan door. Laat de kinderen in tweetallen op een werkblad met een "
                            "telefoonscherm aanwijzen waar je in een app kunt blokkeren en melden. Vraag: wie is jouw "
                            "volwassene om het aan te vertellen? Iedereen schrijft een naam of een rol op, zoals 'mijn "
                            "tante'."
                        ),
                        "presenter_notes": (
                            "Een screenshot bewaren als bewijs is goed; de foto zelf doorsturen niet. Leg dat verschil "
                            "uit. De Kindertelefoon is gratis en anoniem, ook via de chat. Vertelt een kind over een "
                            "onbekende die om foto's vraagt? Volg dan de afspraken onder veilig lesgeven."
                        ),
                        "materials": ["Werkblad met telefoonscherm", "Potloden"],
                        "optional": False,
                    },
                    {
                        "kind": "quiz",
                        "title": "Quiz: slim online",
                        "minutes": 5,
                        "goal": "kennis",
                        "questions": [
                            {
                                "question": "Je haalt een foto weg uit de groepsapp. Is hij dan weg?",
                                "answers": [
                                    "Ja, helemaal",
                                    "Nee, iemand kan hem al bewaard of doorgestuurd hebben",
                                    "Alleen als je telefoon uit staat",
                                ],
                                "correct": 1,
                                "explanation": (
                                    "Wat je deelt, kan een ander bewaren. Denk dus na voordat je iets stuurt."
                                ),
                            },
                            {
                                "question": "Mag je een foto van een klasgenoot zomaar online zetten?",
                                "answers": [
                                    "Ja, als hij grappig is",
                                    "Nee, je vraagt eerst of het mag",
                                    "Ja, als je hem na een uur weghaalt",
                                ],
                                "correct": 1,
                                "explanation": "Het is zijn of haar foto. Vraag het dus eerst.",
                            },
                            {
                                "question": "Iemand pest je online. Wat is een goede eerste stap?",
                                "answers": [
                                    "Hard terugschelden",
                                    "Niet boos terugschrijven en een screenshot maken",
                                    "Je telefoon weggooien",
                                ],
                                "correct": 1,
                                "explanation": "Daarna blokkeer je en vertel je het aan een volwassene.",
                            },
                        ],
                        "presenter_notes": (
                            "Laat de kinderen met hun vingers stemmen. Sla de quiz over als het stappenplan meer tijd "
                            "vraagt."
                        ),
                        "optional": True,
                    },
                ],
                "follow_up": [
                    {
                        "title": "Afspraken voor de klassenapp",
                        "text": (
                            "Maak met de klas drie afspraken voor de klassenapp, bijvoorbeeld: 'We delen geen foto's "
                            "van anderen zonder te vragen.' Zet de afspraken bovenaan in de app en op het bord."
                        ),
                    },
                    {
                        "title": "Terugkomen op het stappenplan",
                        "text": (
                            "Hang het stappenplan 'stop, bewaar, blokkeer, vertel' op in de klas. Verwijs ernaar als "
                            "er iets online gebeurt."
                        ),
                    },
                    {
                        "title": "Ouders informeren",
                        "text": (
                            "Deel de gesprekshulp voor ouders via de nieuwsbrief. Ouders weten dan welke stappen hun "
                            "kind heeft geleerd."
                        ),
                    },
                ],
                "safe_delivery": {
                    "ground_rules": [
                        "We noemen geen namen van kinderen als we voorbeelden vertellen.",
                        "We lachen niemand uit.",
                        "Je mag altijd 'pas' zeggen.",
                        "Wat iemand hier persoonlijk vertelt, blijft in de klas.",
                    ],
                    "disclosure": (
                        "Vertelt een kind over online pesten, een bedreiging of een (onbekende) volwassene die om "
                        "foto's vraagt? Blijf rustig, bedank het kind en beloof geen geheimhouding. Bespreek het na de "
                        "les met de leerkracht en de intern begeleider of aandachtsfunctionaris, die de Meldcode "
                        "huiselijk geweld en kindermishandeling volgt. Bij zorgen over de veiligheid thuis: advies "
                        "vragen bij Veilig Thuis (0800-2000)."
                    ),
                    "signposting": ["kindertelefoon", "helpwanted", "veilig-thuis"],
                },
            },
            {
                "title": "Gedrag online (VO onderbouw)",
                "slug": "gedrag-online-vo-onderbouw",
                "offer_type": "voorlichting",
                "age_bands": ["vo-onderbouw"],
                "use": "beide",
                "settings": ["school", "sportvereniging", "wijk"],
                "duration": 50,
                "group_size": "Eén klas, tot 32 leerlingen",
                "central_question": "Wanneer wordt een grap in de groepsapp pesten, of zelfs strafbaar?",
                "summary": (
                    "Leerlingen bouwen voort op wat ze in groep 8 leerden: eerst denken, dan delen. Ze onderzoeken "
                    "waar de grens ligt tussen een grap, pesten en strafbaar gedrag zoals bedreigen, beledigen en "
                    "inloggen op andermans account. Met een dilemma over een nep-account oefenen ze hoe ze in een "
                    "groepsapp kunnen ingrijpen."
                ),
                "goals": {
                    "kennis": (
                        "Leerlingen weten dat online bedreigen, beledigen, inloggen op andermans account en een "
                        "nep-account maken om iemand te pesten strafbaar kunnen zijn, en dat jongeren van 12 tot 18 "
                        "jaar daarvoor naar Halt kunnen."
                    ),
                    "bewustwording": (
                        "Leerlingen onderzoeken hoe hun eigen berichten en reacties in groepsapps bij anderen aankomen."
                    ),
                    "handelingsperspectief": (
                        "Leerlingen kunnen op een veilige manier ingrijpen in een groepsapp en weten waar ze online "
                        "pesten kunnen melden."
                    ),
                },
                "content_guidance": [],
                "activities": [
                    {
                        "kind": "activity",
                        "title": "Terugblik en schaal: grap, pesten of strafbaar?",
                        "minutes": 10,
                        "goal": "kennis",
                        "pupil_content": (
                            "Zet de berichten op de schaal: grap – vervelend – pesten – strafbaar. 'Lol, jij weer met "
                            "je haar.' 'Als je morgen komt, sla ik je in elkaar.' 'Ik heb je wachtwoord, ik ga wat "
                            "leuks posten.' Een nep-account met iemands naam en foto."
                        ),
                        "instructions": (
                            "Vraag eerst wat leerlingen nog weten uit groep 8 over delen en doorsturen. Leg dan een "
                            "schaal met vier vakken op de vloer of het bord. Groepjes leggen berichtkaartjes op de "
                            "schaal. Bespreek vooral waar de groepjes het oneens zijn."
                        ),
                        "presenter_notes": (
                            "Een bedreiging is strafbaar, ook online. Inloggen op andermans account zonder toestemming "
                            "is computervredebreuk (hacken), ook als je het wachtwoord kent. Een nep-account met "
                            "iemands naam en foto om diegene te schaden kan strafbaar zijn als identiteitsfraude. Of "
                            "iets pesten is, hangt af van hoe het aankomt en of het vaker gebeurt, niet alleen van de "
                            "bedoeling."
                        ),
                        "materials": ["Berichtkaartjes (acht per groepje)", "Schaal op vloer of bord"],
                        "optional": False,
                    },
                    {
                        "kind": "socratic",
                        "title": "Gesprek: online anders dan offline?",
                        "minutes": 10,
                        "goal": "bewustwording",
                        "opening_question": (
                            "Waarom zeggen mensen online soms dingen die ze in het echt nooit zouden zeggen?"
                        ),
                        "follow_up_questions": [
                            "Wat is er anders als je iemands gezicht niet ziet?",
                            (
                                "Is een gemeen bericht in een groep van dertig erger dan hetzelfde zeggen tegen één "
                                "persoon? Waarom?"
                            ),
                            "Hoe merk je online dat je te ver bent gegaan?",
                            "Wanneer was jij blij dat iemand online iets aardigs deed?",
                        ],
                        "presenter_notes": (
                            "Stel open vragen, vat samen wat je hoort en geef geen eigen oordeel. Inzichten die vaak "
                            "komen: je ziet het verdriet niet, er is publiek, het gaat snel en het bericht blijft "
                            "staan. Laat leerlingen elkaar aanvullen in plaats van zelf het antwoord te geven."
                        ),
                        "optional": False,
                    },
                    {
                        "kind": "dilemma",
                        "title": "Het nep-account",
                        "minutes": 15,
                        "goal": "bewustwording",
                        "situation": (
                            "Iemand uit je klas heeft een nep-account gemaakt met de naam en een foto van Sam, een "
                            "stille jongen uit jullie jaar. Op dat account verschijnen rare berichten 'van Sam'. Jij "
                            "krijgt een verzoek om het account te volgen. In de klassenapp vraagt iemand: 'Wie heeft "
                            "er nog een lelijke foto van hem?' Jij hebt er een."
                        ),
                        "options": [
                            "Je stuurt de foto, anders lig jij eruit.",
                            "Je volgt het account, maar stuurt niets.",
                            "Je schrijft in de app: 'Dit is gewoon pesten, ik doe niet mee.'",
                            "Je meldt het account in de app en vertelt het aan je mentor.",
                        ],
                        "discussion_questions": [
                            "Wat doet dit account met Sam, op school en thuis?",
                            "Wie zijn er allemaal bij betrokken: de maker, de volgers, wie foto's stuurt?",
                            "Waarom is het makkelijker om online gemeen te zijn dan in het echt?",
                            "Wat maakt het voor jou moeilijk of makkelijk om iets te zeggen in de app?",
                        ],
                        "presenter_notes": (
                            "Vraag door op de rol van volgers en likers: zonder publiek heeft een nep-account geen "
                            "zin. De maker kan bij een melding bij de politie een Halt-interventie krijgen (12 tot 18 "
                            "jaar): excuses aanbieden en een leeropdracht maken. Platforms halen nep-accounts sneller "
                            "weg als meer mensen ze melden."
                        ),
                        "optional": False,
                    },
                    {
                        "kind": "activity",
                        "title": "Ingrijpen in de app: drie stappen",
                        "minutes": 10,
                        "goal": "handelingsperspectief",
                        "pupil_content": (
                            "Reageer rustig in de groep: 'Niet chill, stop.' Steun de ander met een privébericht: "
                            "'Gaat het? Ik sta achter je.' Meld het in de app en vertel het aan een volwassene. Eén "
                            "stap helpt al."
                        ),
                        "instructions": (
                            "Leg de drie stappen uit. Laat tweetallen voor drie app-situaties een echt bericht "
                            "schrijven dat ze zelf zouden sturen. Lees een paar berichten anoniem voor en bespreek "
                            "welke het sterkst zijn."
                        ),
                        "presenter_notes": (
                            "Leerlingen vinden een privébericht aan het slachtoffer vaak de veiligste stap. Dat is "
                            "waardevol: het slachtoffer voelt zich minder alleen. Gaat het om naaktbeelden of seksuele "
                            "berichten? Wijs dan op Helpwanted.nl. Moedig niet aan om boos terug te schelden."
                        ),
                        "materials": ["Werkblad met drie app-situaties"],
                        "optional": False,
                    },
                    {
                        "kind": "quiz",
                        "title": "Check: online en de wet",
                        "minutes": 5,
                        "goal": "kennis",
                        "questions": [
                            {
                                "question": "Je weet het wachtwoord van een vriend en logt voor de grap in. Wat klopt?",
                                "answers": [
                                    "Dat mag, je kent het wachtwoord",
                                    "Het is hacken (computervredebreuk) als hij geen toestemming gaf",
                                    "Het is alleen strafbaar als je iets post",
                                ],
                                "correct": 1,
                                "explanation": (
                                    "Zonder toestemming inloggen is strafbaar, ook zonder dat je iets verandert."
                                ),
                            },
                            {
                                "question": (
                                    "Iemand stuurt 'Morgen sla ik je in elkaar' en zegt later dat het een grap was. "
                                    "Wat klopt?"
                                ),
                                "answers": [
                                    "Online is het nooit strafbaar",
                                    "Het kan strafbaar zijn als bedreiging",
                                    "Het is alleen strafbaar boven de 18",
                                ],
                                "correct": 1,
                                "explanation": (
                                    "Het gaat erom of de ander redelijkerwijs bang kon worden. 'Het was een grap' "
                                    "helpt dan niet."
                                ),
                            },
                            {
                                "question": "Wat is een goede eerste stap als je online pesten ziet?",
                                "answers": [
                                    "Een privébericht sturen aan wie gepest wordt",
                                    "Het bericht doorsturen naar andere groepen",
                                    "Niets doen, het is jouw zaak niet",
                                ],
                                "correct": 0,
                                "explanation": (
                                    "Steun helpt. Meld het daarna in de app en vertel het aan een volwassene."
                                ),
                            },
                        ],
                        "presenter_notes": "Gebruik de quiz als afsluiting of sla hem over als het gesprek uitloopt.",
                        "optional": True,
                    },
                ],
                "follow_up": [
                    {
                        "title": "Klassenapp-afspraken",
                        "text": (
                            "Laat de klas in de mentorles afspraken maken voor de klassenapp en kies twee leerlingen "
                            "die de afspraken bovenaan de app zetten. Evalueer na een maand."
                        ),
                    },
                    {
                        "title": "Bij een incident",
                        "text": (
                            "Is er in de klas iets gebeurd met een nep-account of een groepsapp? Neem contact op met "
                            "de Halt-medewerker. Een reactieve voorlichting of een klassendialoog kan helpen om de "
                            "sfeer te herstellen."
                        ),
                    },
                    {
                        "title": "Melden en hulp",
                        "text": (
                            "Zorg dat leerlingen weten wie de vertrouwenspersoon en de anti-pestcoördinator van de "
                            "school zijn. Zet de namen en contactgegevens in de leeromgeving."
                        ),
                    },
                ],
                "safe_delivery": {
                    "ground_rules": [
                        "We noemen geen namen en laten geen echte berichten of screenshots zien.",
                        "We lachen niemand uit.",
                        "Niemand hoeft iets over zichzelf te vertellen; 'pas' mag altijd.",
                        "Wat iemand persoonlijk vertelt, blijft in de klas.",
                    ],
                    "disclosure": (
                        "Vertelt een leerling dat hij of zij online wordt gepest, bedreigd of onder druk gezet? Blijf "
                        "rustig, bedank de leerling en beloof geen geheimhouding. Bespreek het na de les met de mentor "
                        "en de aandachtsfunctionaris, die de Meldcode huiselijk geweld en kindermishandeling volgt. "
                        "Bij bedreiging kan de leerling samen met een ouder aangifte doen. Bij seksueel getinte "
                        "beelden: verwijs naar Helpwanted.nl en vraag nooit om de beelden door te sturen."
                    ),
                    "signposting": ["helpwanted", "kindertelefoon", "politie"],
                },
            },
            {
                "title": "Gedrag online (VO bovenbouw)",
                "slug": "gedrag-online-vo-bovenbouw",
                "offer_type": "voorlichting",
                "age_bands": ["vo-bovenbouw"],
                "use": "beide",
                "settings": ["school", "sportvereniging", "wijk"],
                "duration": 50,
                "group_size": "Eén klas, tot 32 leerlingen",
                "central_question": "Wat laat jij online achter, en wat doet dat met een ander en met jezelf?",
                "summary": (
                    "Leerlingen onderzoeken hun digitale voetafdruk en wat online gedrag jaren later nog kan "
                    "betekenen. Ze bespreken zwaardere vormen van online grensoverschrijding: doxing, het delen van "
                    "filmpjes van vechtpartijen en online haat. Ze bepalen wat zij als omstander kunnen doen."
                ),
                "goals": {
                    "kennis": (
                        "Leerlingen weten dat doxing sinds 2024 strafbaar is, hoe hun digitale voetafdruk ontstaat en "
                        "welke gevolgen het verspreiden van vernederende beelden heeft voor slachtoffer en verspreider."
                    ),
                    "bewustwording": (
                        "Leerlingen onderzoeken welk beeld hun eigen online gedrag van hen geeft en hoe ze reageren "
                        "als ze online haat of vernedering zien."
                    ),
                    "handelingsperspectief": (
                        "Leerlingen kunnen als online omstander kiezen uit concrete acties (niet verspreiden, melden, "
                        "steunen) en weten waar ze hulp krijgen."
                    ),
                },
                "content_guidance": ["geweld"],
                "activities": [
                    {
                        "kind": "activity",
                        "title": "Jouw digitale voetafdruk",
                        "minutes": 10,
                        "goal": "bewustwording",
                        "pupil_content": (
                            "Stel: een stagebedrijf of een nieuwe vriend ziet over vijf jaar alles terug wat jij nu "
                            "online zet, liket of doorstuurt. Waar ben je trots op? Wat zou je liever weghalen?"
                        ),
                        "instructions": (
                            "Laat leerlingen in stilte drie dingen opschrijven: iets wat ze graag laten zien, iets "
                            "waar ze twijfels over hebben en iets wat ze van een ander hebben gedeeld. Vraag daarna om "
                            "voorbeelden, zonder namen. Verwijs terug naar de onderbouw: één keer gedeeld is niet meer "
                            "terug."
                        ),
                        "presenter_notes": (
                            "Laat leerlingen niet in de klas hun eigen naam googelen; dan komt privé-informatie op het "
                            "digibord. Werkgevers en opleidingen kijken soms naar openbare profielen. Een digitale "
                            "voetafdruk bestaat ook uit likes, reacties en doorgestuurde berichten."
                        ),
                        "materials": ["Papier en pen"],
                        "optional": False,
                    },
                    {
                        "kind": "activity",
                        "title": "Van filmpje tot doxing: waar ligt de grens?",
                        "minutes": 10,
                        "goal": "kennis",
                        "pupil_content": (
                            "Doxing: iemands adres, telefoonnummer of andere gegevens verspreiden om die persoon bang "
                            "te maken. Strafbaar sinds 2024. Bedreigen, beledigen en aanzetten tot haat: online net zo "
                            "strafbaar als offline. Een filmpje van een vechtpartij delen: vaak niet strafbaar, wel "
                            "schadelijk voor het slachtoffer."
                        ),
                        "instructions": (
                            "Bespreek de vormen met een kort, fictief voorbeeld per vorm. Vraag: waarom heeft de "
                            "wetgever doxing apart strafbaar gemaakt? Leg uit wat er gebeurt als een jongere van 12 "
                            "tot 18 jaar wordt aangehouden: soms een Halt-interventie, bij zwaardere zaken beslist de "
                            "officier van justitie."
                        ),
                        "presenter_notes": (
                            "Doxing (artikel 285d Wetboek van Strafrecht) is sinds 1 januari 2024 strafbaar: "
                            "persoonsgegevens verzamelen of verspreiden om iemand bang te maken of ernstige overlast "
                            "te bezorgen. De maximale straf is twee jaar gevangenis. Beelden van een vechtpartij "
                            "kunnen een slachtoffer lang achtervolgen; platforms halen ze weg na een melding. Staat "
                            "iemand naakt of in een seksuele situatie in beeld, dan is verspreiden wél strafbaar."
                        ),
                        "materials": ["Digibord"],
                        "optional": False,
                    },
                    {
                        "kind": "dilemma",
                        "title": "Het filmpje van het fietsenhok",
                        "minutes": 15,
                        "goal": "bewustwording",
                        "situation": (
                            "In een groepsapp van je jaar verschijnt een filmpje: twee leerlingen vechten bij het "
                            "fietsenhok en één van hen ligt op de grond. Binnen een uur is het honderden keren "
                            "bekeken. Iemand zet het account en de straat van de jongen op de grond erbij: 'Zoek hem "
                            "maar op.' Je beste vriend stuurt het naar je door met: 'Moet je zien, haha.'"
                        ),
                        "options": [
                            "Je bekijkt het en stuurt het door naar een andere groep.",
                            "Je bekijkt het, reageert niet en gaat verder.",
                            "Je schrijft terug: 'Niet doorsturen, dit kan echt fout gaan voor hem.'",
                            "Je meldt het filmpje en het bericht met zijn adres en laat het een docent weten.",
                        ],
                        "discussion_questions": [
                            "Wat gebeurt er met de jongen op de grond, vandaag en over een jaar?",
                            "Wat is het verschil tussen het filmpje delen en zijn adres erbij zetten?",
                            "Waarom sturen mensen zulke filmpjes door?",
                            "Wat zou je doen als het je broer of zus was?",
                        ],
                        "presenter_notes": (
                            "Het adres erbij zetten met 'zoek hem maar op' is doxing en dus strafbaar. Elke keer "
                            "doorsturen maakt het slachtoffer opnieuw slachtoffer. Vraag ook naar de jongen die 'won': "
                            "ook hij blijft in beeld. Gaan er in deze klas echte filmpjes rond? Bespreek dat na de les "
                            "met de school; dan is een reactieve aanpak nodig."
                        ),
                        "optional": False,
                    },
                    {
                        "kind": "activity",
                        "title": "Omstander online: jouw actiekaart",
                        "minutes": 10,
                        "goal": "handelingsperspectief",
                        "pupil_content": (
                            "Kies jouw drie acties: niet doorsturen; melden op het platform; het slachtoffer steunen "
                            "met een privébericht; een volwassene inschakelen; in de groep zeggen dat het moet "
                            "stoppen. Gaat het om jou? Bewaar bewijs. Bij bedreiging of doxing: aangifte bij de "
                            "politie."
                        ),
                        "instructions": (
                            "Leerlingen kiezen de drie acties die bij hen passen en schrijven bij elke actie een "
                            "concreet voorbeeld. Bespreek in tweetallen: welke actie kost jou de meeste moed? Sluit af "
                            "met waar je terecht kunt: mentor, vertrouwenspersoon, politie, en Helpwanted.nl bij "
                            "seksueel getinte beelden."
                        ),
                        "presenter_notes": (
                            "Bij bedreiging en doxing kan het slachtoffer aangifte doen; screenshots met datum en "
                            "afzender helpen. Bij seksueel getinte beelden: nooit doorsturen, ook niet 'als bewijs' "
                            "naar een docent. Laat de docent het op je eigen scherm zien of beschrijf het; anders "
                            "verspreid je het zelf."
                        ),
                        "materials": ["Actiekaart (werkblad)"],
                        "optional": False,
                    },
                    {
                        "kind": "quiz",
                        "title": "Check: online grenzen",
                        "minutes": 5,
                        "goal": "kennis",
                        "questions": [
                            {
                                "question": "Wat is doxing?",
                                "answers": [
                                    "Iemands persoonsgegevens verspreiden om die persoon bang te maken",
                                    "Een filmpje bewerken",
                                    "Je account op privé zetten",
                                ],
                                "correct": 0,
                                "explanation": "Doxing is sinds 1 januari 2024 strafbaar.",
                            },
                            {
                                "question": (
                                    "Je krijgt een naaktfoto van een klasgenoot. Hoe laat je een docent weten wat er "
                                    "speelt?"
                                ),
                                "answers": [
                                    "Je stuurt de foto door naar de docent",
                                    "Je vertelt het of laat het op je eigen scherm zien, zonder door te sturen",
                                    "Je zet hem in de klassenapp zodat iedereen weet dat het fout is",
                                ],
                                "correct": 1,
                                "explanation": (
                                    "Doorsturen is verspreiden, ook als je het goed bedoelt. Dat is strafbaar bij "
                                    "beelden van minderjarigen."
                                ),
                            },
                            {
                                "question": "Wat hoort bij je digitale voetafdruk?",
                                "answers": [
                                    "Alleen je eigen posts",
                                    "Posts, likes, reacties en wat je doorstuurt",
                                    "Alleen wat je onder je echte naam doet",
                                ],
                                "correct": 1,
                                "explanation": "Ook wat je liket en doorstuurt, laat sporen na.",
                            },
                        ],
                        "presenter_notes": (
                            "Gebruik de quiz als er tijd over is. Vraag 2 is belangrijk: bespreek die in elk geval "
                            "kort."
                        ),
                        "optional": True,
                    },
                ],
                "follow_up": [
                    {
                        "title": "Gastles of mentorles over online haat",
                        "text": (
                            "Laat leerlingen in een mentorles onderzoeken hoe platforms omgaan met meldingen van haat "
                            "en bedreiging. Wat werkt, wat niet? Wat kan de school doen?"
                        ),
                    },
                    {
                        "title": "Afspraken bij incidenten",
                        "text": (
                            "Controleer of het schoolprotocol voor online incidenten duidelijk maakt dat leerlingen "
                            "beelden niet hoeven door te sturen om iets te melden. Communiceer dat aan leerlingen en "
                            "collega's."
                        ),
                    },
                ],
                "safe_delivery": {
                    "ground_rules": [
                        "We noemen geen namen en laten geen echte filmpjes of screenshots zien.",
                        "We oordelen niet over wie iets heeft gedeeld; we praten over wat het doet.",
                        "Niemand hoeft eigen ervaringen te vertellen.",
                        "Wat iemand persoonlijk vertelt, blijft in de klas.",
                    ],
                    "disclosure": (
                        "Vertelt een leerling dat hij of zij zelf wordt bedreigd, gedoxt of in een filmpje rondgaat? "
                        "Blijf rustig, beloof geen geheimhouding en bespreek het na de les met de mentor en de "
                        "aandachtsfunctionaris. Help de leerling bewijs te bewaren (screenshots met datum en afzender) "
                        "en wijs op aangifte bij de politie en op Slachtofferhulp. Gaat het om seksueel getinte "
                        "beelden: verwijs naar Helpwanted.nl en volg de meldcode."
                    ),
                    "signposting": ["helpwanted", "politie", "slachtofferhulp", "kindertelefoon"],
                },
            },
        ],
        "parent_guide": {
            "title": "Gesprekshulp voor ouders: Gedrag online",
            "slug": "ouders",
            "intro": (
                "Uw kind heeft een les van Halt gehad over gedrag online. Het ging over groepsapps, online pesten en "
                "wat strafbaar is. Met deze gesprekshulp praat u er thuis verder over."
            ),
            "accompanies": ["gedrag-online-po-groep-7-8", "gedrag-online-vo-onderbouw", "gedrag-online-vo-bovenbouw"],
            "learned": {
                "kennis": (
                    "Uw kind weet: een gedeelde foto of een gedeeld bericht krijg je niet terug. Oudere kinderen weten "
                    "ook dat bedreigen en inloggen op andermans account strafbaar zijn."
                ),
                "bewustwording": (
                    "Uw kind heeft nagedacht over hoe berichten bij een ander aankomen. Ook een smiley of een like "
                    "doet iets."
                ),
                "handelingsperspectief": (
                    "Uw kind kent vier stappen bij online pesten. Niet meedoen. Een screenshot maken. Blokkeren. En "
                    "het vertellen aan een volwassene."
                ),
            },
            "conversation_starters": [
                "Welke apps en games gebruik je het liefst? Wil je ze eens laten zien?",
                "Wat gebeurt er allemaal in jullie klassenapp?",
                "Heb je weleens iets online gezien waar je van schrok?",
                "Wat zou je doen als iemand online gepest wordt?",
                "Aan wie vertel je het als er online iets vervelends gebeurt?",
            ],
            "what_you_can_do": [
                "Toon interesse in de apps van uw kind. Vraag of het iets wil laten zien.",
                "Blijf rustig als uw kind iets vertelt. Dan blijft het u dingen vertellen.",
                "Pak de telefoon niet meteen af als er iets mis is. Kinderen vertellen dan minder.",
                "Maak samen afspraken over schermtijd en over wat je wel en niet deelt.",
                "Wordt uw kind gepest of bedreigd? Bewaar bewijs met screenshots.",
                "Neem bij pesten contact op met de school. Bij bedreiging kunt u naar de politie.",
            ],
            "meeting": (
                "De school kan een ouderbijeenkomst over gedrag online organiseren. Een Halt-medewerker leidt de "
                "bijeenkomst als gast. U hoort wat uw kind heeft geleerd. U praat met andere ouders over afspraken "
                "thuis."
            ),
            "help": ["opvoedinformatie", "kindertelefoon", "helpwanted", "politie"],
        },
        "professional_guides": [],
    },
    {
        "slug": "sexting-education",
        "title": "Sexting education",
        "order": 30,
        "summary": (
            "Over sexting, toestemming en de grens tussen vrijwillig delen en het strafbaar verspreiden van "
            "naaktfoto's, en wat je doet als het misgaat."
        ),
        "why": [
            (
                "Veel jongeren krijgen te maken met sexting: het sturen van sexy berichten, naaktfoto's of filmpjes. "
                "Soms gebeurt dat vrijwillig tussen twee mensen die elkaar vertrouwen. Maar een naaktfoto kan zonder "
                "toestemming worden doorgestuurd, gebruikt om iemand te chanteren of om iemand te vernederen. Voor wie "
                "op de foto staat, is de schade groot."
            ),
            (
                "Deze voorlichting geeft jongeren kennis over de wet (verspreiden is strafbaar, ook voor jongeren "
                "vanaf 12 jaar), over toestemming en druk, en over wat je doet als een beeld rondgaat. De schuld ligt "
                "nooit bij wie op de foto staat, maar bij wie verspreidt, chanteert of onder druk zet."
            ),
            (
                "Sexting education wordt proactief gegeven en reactief na een incident met ongewenste sexting in de "
                "klas of op school. Bij reactieve inzet stemt de Halt-medewerker vooraf af met de school en wordt het "
                "echte voorval nooit als voorbeeld gebruikt."
            ),
        ],
        "everyday_terms": [
            "nudes",
            "naaktfoto",
            "sexting",
            "sextortion",
            "sexy foto",
            "naaktfoto doorsturen",
            "wraakporno",
            "exposen",
            "expose-account",
            "deepfake",
            "dickpic",
        ],
        "lessons": [
            {
                "title": "Sexting education (VO onderbouw)",
                "slug": "sexting-education-vo-onderbouw",
                "offer_type": "voorlichting",
                "age_bands": ["vo-onderbouw"],
                "use": "beide",
                "settings": ["school", "wijk"],
                "duration": 50,
                "group_size": "Eén klas, tot 32 leerlingen, bij voorkeur met de mentor erbij",
                "central_question": "Wat is het verschil tussen vrijwillig delen en een naaktfoto verspreiden?",
                "summary": (
                    "Leerlingen leren wat sexting is, wat toestemming betekent en waarom het doorsturen van "
                    "naaktfoto's schade doet en strafbaar is. Ze koppelen dit aan wat ze in groep 8 bij Gedrag online "
                    "leerden: een gedeelde foto is niet meer terug. Met een dilemma oefenen ze wat je doet als je een "
                    "foto krijgt die niet voor jou bedoeld is."
                ),
                "goals": {
                    "kennis": (
                        "Leerlingen weten dat het doorsturen of verspreiden van naaktfoto's van iemand onder de 18 "
                        "strafbaar is, ook voor jongeren vanaf 12 jaar."
                    ),
                    "bewustwording": (
                        "Leerlingen beseffen dat de schuld nooit ligt bij degene op de foto en denken na over hun "
                        "eigen reactie als een foto rondgaat."
                    ),
                    "handelingsperspectief": (
                        "Leerlingen weten wat ze doen als ze een naaktfoto krijgen of onder druk worden gezet: niet "
                        "doorsturen, verwijderen, vertellen aan een volwassene en hulp zoeken via Helpwanted.nl."
                    ),
                },
                "content_guidance": ["seksuele-inhoud"],
                "activities": [
                    {
                        "kind": "activity",
                        "title": "Afspraken en terugblik",
                        "minutes": 5,
                        "goal": "bewustwording",
                        "pupil_content": (
                            "Onze afspraken: geen namen, niemand uitlachen, 'pas' zeggen mag, nooit de schuld bij "
                            "degene op de foto. Weet je het nog uit groep 8? Eén keer verstuurd is niet meer terug."
                        ),
                        "instructions": (
                            "Bespreek de afspraken en vraag of de klas ermee instemt. Verwijs naar de tandpasta-proef "
                            "of de les Gedrag online uit groep 7-8. Vertel dat je na de les aanspreekbaar bent voor "
                            "wie iets wil vragen."
                        ),
                        "presenter_notes": (
                            "Dit onderwerp kan gevoelig liggen, zeker na een incident. Vraag de mentor om aanwezig te "
                            "zijn. Let op leerlingen die stil worden of weglopen en spreek ze na de les rustig aan. "
                            "Bij reactieve inzet na een incident: stem vooraf af met de school, gebruik nooit het "
                            "echte voorval als voorbeeld en zorg dat betrokken leerlingen vooraf weten dat de les komt."
                        ),
                        "materials": ["Dia met afspraken"],
                        "optional": False,
                    },
                    {
                        "kind": "activity",
                        "title": "Wat is sexting en wat zegt de wet?",
                        "minutes": 10,
                        "goal": "kennis",
                        "pupil_content": (
                            "Sexting is sexy berichten, foto's of filmpjes sturen. Doen twee leeftijdsgenoten dat "
                            "vrijwillig en alleen met elkaar? Dan is het niet strafbaar. Een naaktfoto van iemand "
                            "onder de 18 doorsturen of verspreiden is wél strafbaar, ook als je hem zelf hebt "
                            "gekregen. Vanaf 12 jaar kun je daarvoor gestraft worden."
                        ),
                        "instructions": (
                            "Leg het verschil uit tussen vrijwillig delen met één persoon en verspreiden. Gebruik het "
                            "beeld van een brief: een brief aan één persoon is iets anders dan dezelfde brief kopiëren "
                            "en ophangen in de aula. Vraag: wie is het slachtoffer als een foto wordt doorgestuurd?"
                        ),
                        "presenter_notes": (
                            "Sinds de Wet seksuele misdrijven (1 juli 2024) is vrijwillige sexting tussen "
                            "gelijkwaardige leeftijdsgenoten voor eigen gebruik niet strafbaar. Verspreiden van "
                            "seksuele beelden van minderjarigen is strafbaar, en verspreiden zonder toestemming van "
                            "degene in beeld is ook bij volwassenen strafbaar. Foto's die onder druk of dwang zijn "
                            "gemaakt, zijn nooit vrijwillig. Lichtere sextingzaken van 12- tot 17-jarigen kunnen naar "
                            "Halt; bij chantage of grote verspreiding beslist de officier van justitie."
                        ),
                        "materials": ["Digibord"],
                        "optional": False,
                    },
                    {
                        "kind": "dilemma",
                        "title": "De foto in je berichten",
                        "minutes": 15,
                        "goal": "bewustwording",
                        "situation": (
                            "Je krijgt 's avonds een bericht van iemand uit je jaar: een naaktfoto van een meisje uit "
                            "een andere klas. 'Ze stuurde hem naar haar vriendje en hij heeft hem gedeeld. Stuur "
                            "door!' In de groepsapp wordt al gelachen. Je kent het meisje een beetje van de sportclub."
                        ),
                        "options": [
                            "Je stuurt hem door naar je beste vriend(in): 'Heb je dit al gezien?'",
                            "Je kijkt en doet verder niets.",
                            (
                                "Je verwijdert de foto en schrijft terug: 'Niet doorsturen, dit is strafbaar en echt "
                                "niet oké.'"
                            ),
                            "Je verwijdert de foto en vertelt het de volgende dag aan je mentor of een ouder.",
                        ],
                        "discussion_questions": [
                            "Hoe voelt het meisje zich morgen op school en bij de sportclub?",
                            "Wie heeft hier iets fout gedaan: zij, haar vriendje of de mensen die doorsturen?",
                            "Waarom lachen mensen in de groepsapp mee?",
                            "Wat zou voor haar het verschil maken?",
                        ],
                        "presenter_notes": (
                            "Maak expliciet: zij heeft niets strafbaars gedaan door de foto naar één persoon te sturen "
                            "die ze vertrouwde; wie hem verspreidt, wel. Reageer op opmerkingen als 'had ze maar niet "
                            "moeten sturen': zulke zinnen maken het voor slachtoffers moeilijker om hulp te vragen. "
                            "Verwijderen is goed. Een screenshot of kopie 'als bewijs' is niet nodig; de school en de "
                            "politie regelen het bewijs."
                        ),
                        "optional": False,
                    },
                    {
                        "kind": "activity",
                        "title": "Wat kun je doen? Drie situaties",
                        "minutes": 15,
                        "goal": "handelingsperspectief",
                        "pupil_content": (
                            "1. Je krijgt een naaktfoto van een ander: niet doorsturen, verwijderen, vertellen. 2. "
                            "Iemand vraagt om een naaktfoto en blijft aandringen: je mag altijd nee zeggen; blokkeer "
                            "als het niet stopt. 3. Jouw foto gaat rond of iemand dreigt ermee: het is niet jouw "
                            "schuld. Betaal niets, stuur niets meer, bewaar de chat, vertel het een volwassene en ga "
                            "naar Helpwanted.nl."
                        ),
                        "instructions": (
                            "Verdeel de klas in drie groepen; elke groep krijgt één situatie. Ze bedenken wat je zegt "
                            "of doet en wie je om hulp vraagt. Elke groep vertelt kort wat ze bedacht hebben. Vul aan "
                            "met de hulp: mentor of vertrouwenspersoon, ouders, Helpwanted.nl (ook voor het laten "
                            "verwijderen van beelden), Fier en de Kindertelefoon (0800-0432)."
                        ),
                        "presenter_notes": (
                            "Leerlingen onderschatten vaak hoe druk werkt ('als je echt van me houdt ...'). Benoem dat "
                            "aandringen, dreigen of geld of cadeaus aanbieden allemaal druk is. Bij chantage door een "
                            "onbekende: niet betalen, contact verbreken, de chat bewaren (niet het beeld) en aangifte "
                            "doen."
                        ),
                        "materials": ["Situatiekaarten", "Dia met hulpadressen"],
                        "optional": False,
                    },
                    {
                        "kind": "quiz",
                        "title": "Check: klopt het?",
                        "minutes": 5,
                        "goal": "kennis",
                        "questions": [
                            {
                                "question": (
                                    "Twee leeftijdsgenoten sturen vrijwillig foto's naar alleen elkaar. Is dat "
                                    "strafbaar?"
                                ),
                                "answers": [
                                    "Ja, altijd",
                                    (
                                        "Nee, niet als het vrijwillig en gelijkwaardig is en ze de foto's voor "
                                        "zichzelf houden"
                                    ),
                                    "Alleen als ze ouder zijn dan 16",
                                ],
                                "correct": 1,
                                "explanation": (
                                    "Sinds 2024 staat dit duidelijk in de wet. Doorsturen naar anderen is wél "
                                    "strafbaar."
                                ),
                            },
                            {
                                "question": (
                                    "Je stuurt een naaktfoto van een klasgenoot door naar één vriend. Wat klopt?"
                                ),
                                "answers": [
                                    "Dat is verspreiden en strafbaar, ook al is het maar één persoon",
                                    "Dat mag, je hebt hem zelf gekregen",
                                    "Alleen wie hem als eerste deelde, is strafbaar",
                                ],
                                "correct": 0,
                                "explanation": (
                                    "Elke keer doorsturen is verspreiden. Vanaf 12 jaar kun je daarvoor gestraft "
                                    "worden."
                                ),
                            },
                            {
                                "question": "Jouw foto gaat rond. Wiens schuld is dat?",
                                "answers": [
                                    "Die van jou, want je hebt hem gemaakt",
                                    "Die van wie hem zonder toestemming verspreidt",
                                    "Van niemand",
                                ],
                                "correct": 1,
                                "explanation": (
                                    "De schuld ligt bij wie verspreidt. Zoek hulp: je hoeft dit niet alleen op te "
                                    "lossen."
                                ),
                            },
                        ],
                        "presenter_notes": (
                            "Laat de klas anoniem stemmen, bijvoorbeeld met een quiz-app, zodat niemand zich bekeken "
                            "voelt."
                        ),
                        "optional": True,
                    },
                ],
                "follow_up": [
                    {
                        "title": "Nagesprek met de mentor",
                        "text": (
                            "Plan binnen een week een kort nagesprek in de mentorles. Herhaal de drie situaties en "
                            "vraag anoniem (briefjes) welke vragen leerlingen nog hebben. Bespreek de vragen in de "
                            "volgende les."
                        ),
                    },
                    {
                        "title": "Hulp zichtbaar maken",
                        "text": (
                            "Zet de namen van de vertrouwenspersoon en de aandachtsfunctionaris, en de links naar "
                            "Helpwanted.nl en Fier, in de leeromgeving van de klas."
                        ),
                    },
                    {
                        "title": "Na een incident: herstel in de klas",
                        "text": (
                            "Ging er een foto rond in deze klas? Overleg met de Halt-medewerker over een vervolg, "
                            "zoals een klassendialoog. Het doel is herstel van veiligheid, niet het zoeken van "
                            "schuldigen voor de klas."
                        ),
                    },
                ],
                "safe_delivery": {
                    "ground_rules": [
                        "We noemen geen namen en vertellen geen verhalen over echte mensen.",
                        "We lachen niemand uit en maken geen grappen ten koste van een ander.",
                        "Niemand hoeft iets over zichzelf te vertellen; 'pas' zeggen mag altijd.",
                        "We geven nooit de schuld aan degene die op een foto staat.",
                        "Telefoons blijven weg; we laten geen beelden zien.",
                    ],
                    "disclosure": (
                        "Vertelt een leerling, tijdens of na de les, dat een beeld van hem of haar rondgaat, dat hij "
                        "of zij wordt gechanteerd of onder druk wordt gezet? Blijf rustig, luister en bedank de "
                        "leerling. Beloof geen geheimhouding: leg uit dat je dit bespreekt met de "
                        "aandachtsfunctionaris van de school. Vraag niet naar de beelden en laat ze nooit doorsturen "
                        "of tonen. Volg samen met de school de Meldcode huiselijk geweld en kindermishandeling; bij "
                        "twijfel over de veiligheid thuis of bij misbruik door een volwassene: advies vragen bij "
                        "Veilig Thuis (0800-2000). Wijs de leerling op Helpwanted.nl voor advies en het laten "
                        "verwijderen van beelden, en op Fier voor hulp bij seksueel geweld en chantage."
                    ),
                    "signposting": ["helpwanted", "fier", "veilig-thuis", "kindertelefoon", "politie"],
                },
            },
            {
                "title": "Sexting education (VO bovenbouw)",
                "slug": "sexting-education-vo-bovenbouw",
                "offer_type": "voorlichting",
                "age_bands": ["vo-bovenbouw"],
                "use": "beide",
                "settings": ["school", "wijk"],
                "duration": 50,
                "group_size": "Eén klas, tot 32 leerlingen",
                "central_question": (
                    "Hoe weet je zeker dat iets vrijwillig is, en wat doe je als een beeld wordt misbruikt?"
                ),
                "summary": (
                    "Leerlingen verdiepen wat ze in de onderbouw leerden over sexting en de wet. Centraal staan "
                    "toestemming en druk in relaties, sextortion (chantage met beelden) en nepnaaktbeelden "
                    "(deepfakes). Ze oefenen hoe ze iemand steunen bij wie het misgaat."
                ),
                "goals": {
                    "kennis": (
                        "Leerlingen weten wat sextortion is, dat het maken en verspreiden van nepnaaktbeelden "
                        "strafbaar is en wat de wet zegt over verspreiden zonder toestemming."
                    ),
                    "bewustwording": (
                        "Leerlingen onderzoeken hoe druk in een relatie of vriendschap werkt en waar hun eigen grenzen "
                        "liggen."
                    ),
                    "handelingsperspectief": (
                        "Leerlingen kunnen iemand steunen bij wie beelden worden misbruikt en kennen de stappen bij "
                        "sextortion."
                    ),
                },
                "content_guidance": ["seksuele-inhoud"],
                "activities": [
                    {
                        "kind": "activity",
                        "title": "Stellingen over toestemming",
                        "minutes": 10,
                        "goal": "bewustwording",
                        "pupil_content": (
                            "Eens of oneens? 1) 'Als je een foto hebt gestuurd, mag de ander ermee doen wat hij wil.' "
                            "2) 'Als iemand blijft vragen en je geeft toe, is het vrijwillig.' 3) 'In een relatie "
                            "hoort het erbij.'"
                        ),
                        "instructions": (
                            "Bespreek eerst de afspraken voor de les. Leerlingen stemmen per stelling met duim omhoog "
                            "of omlaag. Laat per stelling twee leerlingen hun keuze uitleggen. Vraag terug naar de "
                            "onderbouw: wat was het verschil tussen delen en verspreiden?"
                        ),
                        "presenter_notes": (
                            "Toestemming is vrijwillig, geldt voor die ene keer en die ene persoon, en kan altijd "
                            "worden ingetrokken. Blijven vragen tot iemand ja zegt, is druk: dan is dat ja niet "
                            "vrijwillig. Laat leerlingen zelf tegenargumenten vinden voor 'het hoort erbij'. Bij "
                            "reactieve inzet na een incident: stem vooraf af met de school, gebruik nooit het echte "
                            "voorval als voorbeeld en zorg dat betrokken leerlingen vooraf weten dat de les komt."
                        ),
                        "materials": ["Digibord", "Dia met afspraken"],
                        "optional": False,
                    },
                    {
                        "kind": "activity",
                        "title": "Sextortion en deepfakes",
                        "minutes": 10,
                        "goal": "kennis",
                        "pupil_content": (
                            "Sextortion: iemand dreigt jouw naaktbeeld te verspreiden als je niet betaalt of meer "
                            "beelden stuurt. Vaak begint het met een nepprofiel dat flirt. Deepfake: een "
                            "nepnaaktbeeld, met een app of AI gemaakt van een gewone foto. Allebei strafbaar. Wie erin "
                            "trapt, is slachtoffer, niet schuldig."
                        ),
                        "instructions": (
                            "Leg beide vormen uit met een fictief verloop in vijf chatberichten op het bord: flirten, "
                            "om een foto vragen, dreigen, geld eisen, haast maken. Vraag: op welk moment had je het "
                            "kunnen merken? Benoem dat daders snel werken en tijdsdruk gebruiken."
                        ),
                        "presenter_notes": (
                            "Financiële sextortion via een nepprofiel treft vaak jongens; bij meisjes gaat het vaker "
                            "om druk om meer beelden te sturen. Advies: niet betalen (betalen stopt het bijna nooit), "
                            "contact verbreken, chat en profielnaam bewaren, aangifte doen en Helpwanted inschakelen "
                            "voor het verwijderen van beelden. Een nepnaaktbeeld van een bestaand persoon maken en "
                            "delen is strafbaar, net als bij een echt beeld; gaat het om iemand onder de 18, dan geldt "
                            "het als seksueel beeld van een minderjarige."
                        ),
                        "materials": ["Digibord", "Dia met chatverloop"],
                        "optional": False,
                    },
                    {
                        "kind": "dilemma",
                        "title": "Je vriend wordt gechanteerd",
                        "minutes": 15,
                        "goal": "handelingsperspectief",
                        "situation": (
                            "Een goede vriend vertelt je in de pauze dat hij een week heeft gechat met een meisje dat "
                            "hij online leerde kennen. Ze stuurden elkaar foto's. Nu krijgt hij berichten: 'Betaal 300 "
                            "euro voor middernacht, anders stuur ik je foto naar al je volgers.' Hij is in paniek en "
                            "vraagt of jij geld kunt lenen. 'Niemand mag het weten, vooral mijn ouders niet.'"
                        ),
                        "options": [
                            "Je leent hem het geld, dan is het klaar.",
                            "Je zegt dat hij het moet negeren en er niet meer over moet praten.",
                            (
                                "Je helpt hem het contact te blokkeren, de chat te bewaren en samen naar een "
                                "volwassene te gaan."
                            ),
                            "Je zegt dat het zijn eigen schuld is.",
                        ],
                        "discussion_questions": [
                            "Waarom stopt betalen het waarschijnlijk niet?",
                            "Wat heeft je vriend van jou nodig: een oplossing, steun of allebei?",
                            "Hoe ga je om met 'niemand mag het weten'?",
                            "Welke volwassene of welke hulp zou jij kiezen?",
                        ],
                        "presenter_notes": (
                            "De goede route: niet betalen, niet meer reageren, de chat en de profielnaam bewaren "
                            "(screenshots van de chat, niet van het beeld), het profiel melden, aangifte doen bij de "
                            "politie en hulp vragen bij Helpwanted.nl. Betalen leidt vaak tot nieuwe eisen. "
                            "Geheimhouding beloven is niet verstandig als iemand in nood is; je kunt wel samen kiezen "
                            "wie het mag weten."
                        ),
                        "optional": False,
                    },
                    {
                        "kind": "activity",
                        "title": "Bondgenoot zijn: wat zeg je?",
                        "minutes": 10,
                        "goal": "handelingsperspectief",
                        "pupil_content": (
                            "Wat helpt iemand bij wie een beeld rondgaat? 'Het is niet jouw schuld.' 'Ik stuur het "
                            "niet door en ik zeg tegen anderen dat ze moeten stoppen.' 'Zal ik met je meegaan naar de "
                            "mentor?' Wat helpt niet: 'Waarom stuurde je hem ook?'"
                        ),
                        "instructions": (
                            "Tweetallen schrijven drie zinnen die wél helpen en één die niet helpt, en bespreken "
                            "waarom. Verzamel de sterkste zinnen op het bord. Sluit af met de hulp: Helpwanted.nl, "
                            "Fier, de vertrouwenspersoon en de politie."
                        ),
                        "presenter_notes": (
                            "Slachtoffers van verspreiding ervaren vaak meer schade door de reacties van anderen dan "
                            "door het beeld zelf. Een bondgenoot die steunt en niet oordeelt, verkleint schaamte en "
                            "eenzaamheid. Let op signalen van somberheid; bij zorgen over zelfbeschadiging of "
                            "zelfdoding is 113 Zelfmoordpreventie bereikbaar via 113 of 0800-0113."
                        ),
                        "materials": ["Werkblad bondgenoot zijn"],
                        "optional": False,
                    },
                    {
                        "kind": "quiz",
                        "title": "Check: sexting en de wet",
                        "minutes": 5,
                        "goal": "kennis",
                        "questions": [
                            {
                                "question": "Wat is sextortion?",
                                "answers": [
                                    "Chantage met naaktbeelden",
                                    "Een datingapp",
                                    "Vrijwillig foto's uitwisselen",
                                ],
                                "correct": 0,
                                "explanation": (
                                    "De dader dreigt beelden te verspreiden om geld of meer beelden te krijgen."
                                ),
                            },
                            {
                                "question": (
                                    "Iemand maakt met een app een nepnaaktfoto van een klasgenoot en deelt hem. Wat "
                                    "klopt?"
                                ),
                                "answers": [
                                    "Niet strafbaar, het is nep",
                                    "Strafbaar: het is een seksueel beeld van een bestaand persoon, zonder toestemming",
                                    "Alleen strafbaar als het echt lijkt",
                                ],
                                "correct": 1,
                                "explanation": "Ook nepbeelden doen echte schade en zijn strafbaar.",
                            },
                            {
                                "question": "Je vriend wordt gechanteerd. Wat is het beste advies?",
                                "answers": [
                                    "Snel betalen",
                                    "Niet betalen, contact verbreken, chat bewaren en hulp zoeken",
                                    "Meer foto's sturen om tijd te winnen",
                                ],
                                "correct": 1,
                                "explanation": (
                                    "Betalen stopt het bijna nooit. Helpwanted.nl en de politie kunnen helpen."
                                ),
                            },
                        ],
                        "presenter_notes": "Alleen als er tijd is; anders de drie vragen kort mondeling langslopen.",
                        "optional": True,
                    },
                ],
                "follow_up": [
                    {
                        "title": "Gesprek over relaties en grenzen",
                        "text": (
                            "Sluit aan bij de lessen over relaties en seksualiteit (bijvoorbeeld in biologie of de "
                            "mentorles). Laat leerlingen in groepjes een 'toestemmingscheck' maken: hoe vraag je het "
                            "en hoe merk je dat iets niet vrijwillig is?"
                        ),
                    },
                    {
                        "title": "Hulp zichtbaar maken",
                        "text": (
                            "Zet Helpwanted.nl, Fier en de vertrouwenspersoon van de school op een plek waar "
                            "leerlingen ze zonder te vragen kunnen vinden, zoals de leeromgeving of de toiletdeuren."
                        ),
                    },
                ],
                "safe_delivery": {
                    "ground_rules": [
                        "We noemen geen namen en vertellen geen verhalen over echte mensen.",
                        "We lachen niemand uit en maken geen grappen ten koste van een ander.",
                        "Niemand hoeft iets over zichzelf te vertellen; 'pas' zeggen mag altijd.",
                        "We geven nooit de schuld aan degene die op een foto staat.",
                        "Telefoons blijven weg; we laten geen beelden zien.",
                    ],
                    "disclosure": (
                        "Vertelt een leerling, tijdens of na de les, dat een beeld van hem of haar rondgaat, dat hij "
                        "of zij wordt gechanteerd of onder druk wordt gezet? Blijf rustig, luister en bedank de "
                        "leerling. Beloof geen geheimhouding: leg uit dat je dit bespreekt met de "
                        "aandachtsfunctionaris van de school. Vraag niet naar de beelden en laat ze nooit doorsturen "
                        "of tonen. Volg samen met de school de Meldcode huiselijk geweld en kindermishandeling; bij "
                        "twijfel over de veiligheid thuis of bij misbruik door een volwassene: advies vragen bij "
                        "Veilig Thuis (0800-2000). Wijs de leerling op Helpwanted.nl voor advies en het laten "
                        "verwijderen van beelden, en op Fier voor hulp bij seksueel geweld en chantage."
                    ),
                    "signposting": ["helpwanted", "fier", "veilig-thuis", "politie", "113-zelfmoordpreventie"],
                },
            },
            {
                "title": "Sexting education (MBO)",
                "slug": "sexting-education-mbo",
                "offer_type": "voorlichting",
                "age_bands": ["mbo"],
                "use": "beide",
                "settings": ["school", "wijk"],
                "duration": 50,
                "group_size": "Eén klas, tot 28 studenten",
                "central_question": (
                    "Wat betekent toestemming als je (bijna) volwassen bent, en welke verantwoordelijkheid heb je als "
                    "een beeld rondgaat?"
                ),
                "summary": (
                    "Studenten bouwen voort op wat ze eerder leerden over sexting en toestemming. Ze bespreken wat "
                    "verandert als je 18 wordt, wat wraakporno en 'expose'-accounts zijn en wat verspreiden betekent "
                    "voor opleiding en werk. Ze oefenen hoe ze als klasgenoot, vriend of collega ingrijpen."
                ),
                "goals": {
                    "kennis": (
                        "Leerlingen weten dat verspreiden van seksuele beelden zonder toestemming ook tussen "
                        "volwassenen strafbaar is, en dat iemand van 18 of ouder met een naaktbeeld van een "
                        "minderjarige in principe strafbaar is, met alleen een uitzondering voor vrijwillige sexting "
                        "tussen gelijkwaardige leeftijdsgenoten."
                    ),
                    "bewustwording": (
                        "Leerlingen onderzoeken hun eigen opvattingen over toestemming, 'exposen' en schuld."
                    ),
                    "handelingsperspectief": (
                        "Leerlingen kunnen ingrijpen in een groep waarin beelden worden gedeeld en weten waar "
                        "slachtoffers en omstanders hulp en advies krijgen."
                    ),
                },
                "content_guidance": ["seksuele-inhoud"],
                "activities": [
                    {
                        "kind": "activity",
                        "title": "Terugblik: wat weet je al?",
                        "minutes": 5,
                        "goal": "kennis",
                        "pupil_content": (
                            "Drie dingen die je misschien eerder hoorde: 1) Eén keer verstuurd is niet meer terug. 2) "
                            "Vrijwillig delen is iets anders dan verspreiden. 3) De schuld ligt bij wie verspreidt. "
                            "Klopt dat nog steeds nu je ouder bent?"
                        ),
                        "instructions": (
                            "Vraag studenten wat ze zich herinneren van eerdere lessen op de middelbare school. Check "
                            "de drie punten kort. Bespreek de afspraken voor een veilige les."
                        ),
                        "presenter_notes": (
                            "Mbo-klassen zijn gemengd in leeftijd (16 tot 23). Benoem dat sommige regels anders "
                            "uitpakken voor wie 18 is; dat komt in de volgende opdracht. Bij reactieve inzet na een "
                            "incident: stem vooraf af met de school, gebruik nooit het echte voorval als voorbeeld en "
                            "zorg dat betrokken leerlingen vooraf weten dat de les komt."
                        ),
                        "materials": ["Dia met afspraken"],
                        "optional": False,
                    },
                    {
                        "kind": "activity",
                        "title": "18 worden: wat verandert er?",
                        "minutes": 10,
                        "goal": "kennis",
                        "pupil_content": (
                            "Vanaf 18 jaar geldt het volwassenenstrafrecht. Seksuele beelden verspreiden zonder "
                            "toestemming is strafbaar, ook als iedereen volwassen is (wraakporno). Ben je 18 of ouder "
                            "en heb je een naaktbeeld van iemand onder de 18? Dan ben je in principe strafbaar. Alleen "
                            "vrijwillige sexting tussen gelijkwaardige leeftijdsgenoten voor eigen gebruik is "
                            "uitgezonderd."
                        ),
                        "instructions": (
                            "Leg de punten uit met twee fictieve casussen: een student van 19 die na een ruzie beelden "
                            "van een ex deelt, en een student van 18 met een vriendin van 17. Vraag bij elke casus: "
                            "strafbaar of niet, en waarom? Bespreek de gevolgen voor studie en werk."
                        ),
                        "presenter_notes": (
                            "Een student van 18 en een partner van 17 die vrijwillig en gelijkwaardig sexten voor "
                            "eigen gebruik, vallen onder de uitzondering; zodra beelden worden doorgestuurd, vervalt "
                            "die. Bij een groot leeftijdsverschil of een afhankelijkheidsrelatie (zoals een "
                            "leidinggevende) is er geen gelijkwaardigheid. Een veroordeling voor een zedendelict maakt "
                            "een VOG voor werk met kinderen of kwetsbare mensen zeer moeilijk."
                        ),
                        "materials": ["Casuskaarten", "Digibord"],
                        "optional": False,
                    },
                    {
                        "kind": "dilemma",
                        "title": "Het expose-account",
                        "minutes": 15,
                        "goal": "bewustwording",
                        "situation": (
                            "Je zit in een grote groepschat van je opleiding. Iemand post een link naar een "
                            "'expose'-account met naaktbeelden van studenten van jullie school, met naam en account "
                            "erbij. 'Kijk wie erop staat, lol.' Je herkent iemand uit je stagegroep. Veel mensen "
                            "reageren met lachende emoji's; niemand zegt er iets van."
                        ),
                        "options": [
                            "Je klikt op de link om te zien wie er nog meer op staat.",
                            "Je negeert het en zet de groep op stil.",
                            "Je schrijft in de groep: 'Dit is strafbaar en ziek voor wie erop staat. Stop met delen.'",
                            (
                                "Je meldt het account, laat het een docent of vertrouwenspersoon weten (zonder beelden "
                                "door te sturen) en stuurt je stagegenoot een steunend bericht."
                            ),
                        ],
                        "discussion_questions": [
                            "Wat doet zo'n account met de mensen die erop staan, ook jaren later?",
                            "Waarom klikt bijna iedereen toch even?",
                            "Wat houdt je tegen om iets te zeggen in een groep van tweehonderd mensen?",
                            "Hoe zou je stagegenoot het willen horen, als je het vertelt?",
                        ],
                        "presenter_notes": (
                            "Een expose-account beheren en de beelden delen is strafbaar; staan er minderjarigen op, "
                            "dan gaat het om seksuele beelden van kinderen. Klikken en kijken vergroot het bereik. "
                            "Melden bij het platform en bij Helpwanted helpt om het account offline te krijgen. Bij "
                            "het inlichten van de stagegenoot: vraag eerst of die het wil weten en bied aan mee te "
                            "gaan naar hulp."
                        ),
                        "optional": False,
                    },
                    {
                        "kind": "activity",
                        "title": "Ingrijpen en doorverwijzen",
                        "minutes": 15,
                        "goal": "handelingsperspectief",
                        "pupil_content": (
                            "Als omstander: niet kijken, niet delen, melden, steunen. Als slachtoffer: het is niet "
                            "jouw schuld. Bewaar bewijs van de chat of het account (stuur geen beelden door), meld het "
                            "bij het platform, vraag hulp bij Helpwanted.nl of Fier en doe aangifte bij de politie."
                        ),
                        "instructions": (
                            "Werk in groepjes van vier. Elk groepje krijgt een rol: omstander in de groepschat, vriend "
                            "van het slachtoffer, slachtoffer of mentor. Ze maken een stappenplan van vier stappen. "
                            "Vergelijk de plannen klassikaal en laat zien waar Helpwanted.nl en Fier te vinden zijn."
                        ),
                        "presenter_notes": (
                            "Helpwanted geeft anoniem advies en helpt bij het verwijderen van beelden; Fier biedt hulp "
                            "bij seksueel geweld en chantage, ook via chat. Aangifte kan bij elk politiebureau; vaak "
                            "volgt eerst een informatief gesprek met een zedenrechercheur. Op school kunnen studenten "
                            "terecht bij de vertrouwenspersoon."
                        ),
                        "materials": ["Rolkaarten", "A3-vellen", "Stiften"],
                        "optional": False,
                    },
                    {
                        "kind": "quiz",
                        "title": "Check: toestemming en de wet",
                        "minutes": 5,
                        "goal": "kennis",
                        "questions": [
                            {
                                "question": (
                                    "Een student van 20 deelt na een ruzie een naaktfoto van zijn ex van 20. Wat klopt?"
                                ),
                                "answers": [
                                    "Niet strafbaar, ze zijn allebei volwassen",
                                    "Strafbaar: verspreiden zonder toestemming, ook tussen volwassenen",
                                    "Alleen strafbaar als de foto op een website staat",
                                ],
                                "correct": 1,
                                "explanation": (
                                    "Verspreiden van seksuele beelden zonder toestemming is strafbaar, op elke "
                                    "leeftijd."
                                ),
                            },
                            {
                                "question": "Toestemming om een foto te maken is ook toestemming om hem te delen.",
                                "answers": ["Waar", "Niet waar"],
                                "correct": 1,
                                "explanation": "Toestemming geldt voor één handeling en kan altijd worden ingetrokken.",
                            },
                            {
                                "question": "Waar kun je terecht om beelden offline te laten halen?",
                                "answers": ["Helpwanted.nl", "Bij een zoekmachine", "Nergens, online is voor altijd"],
                                "correct": 0,
                                "explanation": (
                                    "Helpwanted helpt gratis en anoniem, ook bij het verwijderen van beelden."
                                ),
                            },
                        ],
                        "presenter_notes": (
                            "Laat weg als het stappenplan meer tijd vraagt; de kern zit in de vorige opdracht."
                        ),
                        "optional": True,
                    },
                ],
                "follow_up": [
                    {
                        "title": "Koppeling met beroepshouding",
                        "text": (
                            "Bespreek in de les over beroepshouding wat integriteit betekent bij beelden van cliënten, "
                            "klanten of collega's. Veel beroepen (zorg, beveiliging, kinderopvang) hebben hier "
                            "gedragscodes voor."
                        ),
                    },
                    {
                        "title": "Vertrouwenspersoon en meldroute",
                        "text": (
                            "Zorg dat studenten weten hoe ze de vertrouwenspersoon bereiken en dat ze beelden nooit "
                            "hoeven door te sturen om iets te melden."
                        ),
                    },
                    {
                        "title": "Na een incident",
                        "text": (
                            "Ging er in deze opleiding een expose-account rond? Overleg met de Halt-medewerker en de "
                            "vertrouwenspersoon over een vervolg, en zorg dat betrokken studenten individuele steun "
                            "krijgen."
                        ),
                    },
                ],
                "safe_delivery": {
                    "ground_rules": [
                        "We noemen geen namen en vertellen geen verhalen over echte mensen.",
                        "We lachen niemand uit en maken geen grappen ten koste van een ander.",
                        "Niemand hoeft iets over zichzelf te vertellen; 'pas' zeggen mag altijd.",
                        "We geven nooit de schuld aan degene die op een foto staat.",
                        "Telefoons blijven weg; we laten geen beelden zien.",
                    ],
                    "disclosure": (
                        "Vertelt een leerling, tijdens of na de les, dat een beeld van hem of haar rondgaat, dat hij "
                        "of zij wordt gechanteerd of onder druk wordt gezet? Blijf rustig, luister en bedank de "
                        "leerling. Beloof geen geheimhouding: leg uit dat je dit bespreekt met de "
                        "aandachtsfunctionaris van de school. Vraag niet naar de beelden en laat ze nooit doorsturen "
                        "of tonen. Volg samen met de school de Meldcode huiselijk geweld en kindermishandeling; bij "
                        "twijfel over de veiligheid thuis of bij misbruik door een volwassene: advies vragen bij "
                        "Veilig Thuis (0800-2000). Wijs de leerling op Helpwanted.nl voor advies en het laten "
                        "verwijderen van beelden, en op Fier voor hulp bij seksueel geweld en chantage."
                    ),
                    "signposting": ["helpwanted", "fier", "veilig-thuis", "politie", "slachtofferhulp"],
                },
            },
        ],
        "parent_guide": None,
        "professional_guides": [],
    },
    {
        "slug": "snelle-euros-hebben-een-prijs",
        "title": "Snelle euro's hebben een prijs",
        "order": 40,
        "summary": (
            "Over de verleiding van snel geld: nepvacatures, 'klusjes' en berichten op sociale media, en de prijs die "
            "je daarvoor betaalt."
        ),
        "why": [
            (
                "Op sociale media zien jongeren berichten als 'Verdien 500 euro in één dag' of 'Klusje, snel cash, DM "
                "me'. Achter zulke aanbiedingen zitten vaak criminelen die jongeren het vuile werk laten doen: "
                "pakketjes wegbrengen, drugs vervoeren, op de uitkijk staan of een bankpas uitlenen. De jongere loopt "
                "het risico, de opdrachtgever houdt het geld."
            ),
            (
                "In deze voorlichting leren jongeren zulke aanbiedingen herkennen. Ze begrijpen waarom snel geld "
                "verleidelijk is en wat het hen kan kosten: een strafzaak, schulden, bedreiging en het vertrouwen van "
                "hun omgeving. Ze oefenen hoe ze een aanbod afslaan en bij wie ze terecht kunnen."
            ),
            (
                "De voorlichting is een eerste stap. De kosten van snel geld verdienen (bovenbouw en mbo) en Geldezels "
                "gaan dieper in op de gevolgen; het Alertprogramma richt zich op ronselen in de eigen omgeving."
            ),
        ],
        "everyday_terms": [
            "snel geld",
            "snel geld verdienen",
            "klusje",
            "cash verdienen",
            "pakketje wegbrengen",
            "drugsrunner",
            "ronselen",
            "nepvacature",
            "ondermijning",
        ],
        "lessons": [
            {
                "title": "Snelle euro's hebben een prijs (VO onderbouw)",
                "slug": "snelle-euros-hebben-een-prijs-vo-onderbouw",
                "offer_type": "voorlichting",
                "age_bands": ["vo-onderbouw"],
                "use": "proactief",
                "settings": ["school", "sportvereniging", "wijk"],
                "duration": 50,
                "group_size": "Eén klas, tot 32 leerlingen",
                "central_question": "Als iets te mooi klinkt om waar te zijn, wat is dan de prijs?",
                "summary": (
                    "Leerlingen bekijken fictieve berichten waarin snel geld wordt beloofd en leren de rode vlaggen "
                    "herkennen. Ze praten over waarom geld en spullen belangrijk voelen en ontdekken wie er echt "
                    "verdient aan een 'klusje'. Ze oefenen hoe ze zo'n aanbod afslaan."
                ),
                "goals": {
                    "kennis": (
                        "Leerlingen kennen de rode vlaggen van een crimineel aanbod en weten dat je vanaf 12 jaar "
                        "strafbaar bent, ook als je 'alleen maar' iets wegbrengt of bewaart."
                    ),
                    "bewustwording": (
                        "Leerlingen denken na over wat geld, merkkleding en status voor hen betekenen en waarom snel "
                        "geld verleidelijk is."
                    ),
                    "handelingsperspectief": (
                        "Leerlingen kunnen een aanbod voor snel geld afslaan en weten bij wie ze terecht kunnen als ze "
                        "worden benaderd."
                    ),
                },
                "content_guidance": ["criminaliteit"],
                "activities": [
                    {
                        "kind": "activity",
                        "title": "Wat zou jij doen met 500 euro?",
                        "minutes": 5,
                        "goal": "bewustwording",
                        "pupil_content": (
                            "Stel: je krijgt morgen 500 euro. Wat koop je ervan? En hoe lang moet je daarvoor werken "
                            "met een krantenwijk of bijbaan?"
                        ),
                        "instructions": (
                            "Laat leerlingen kort opschrijven wat ze zouden kopen en noem een paar antwoorden. Reken "
                            "samen grof uit hoeveel uur een leerling van 14 daarvoor moet werken: met ongeveer 6 euro "
                            "per uur is dat zo'n 80 uur. Vraag: wat doet dat verschil met je?"
                        ),
                        "presenter_notes": (
                            "Onder de 15 jaar geldt geen wettelijk minimumloon; wat een bijbaan oplevert verschilt. "
                            "Gebruik het rekenvoorbeeld als schatting. Willen verdienen is normaal en goed; het gaat "
                            "om de vraag hoe."
                        ),
                        "materials": ["Digibord", "Papier en pen"],
                        "optional": False,
                    },
                    {
                        "kind": "activity",
                        "title": "Rode vlaggen in berichten",
                        "minutes": 15,
                        "goal": "kennis",
                        "pupil_content": (
                            "Welke rode vlaggen zie je? 'Snel cash, alleen pakketje wegbrengen, geen vragen.' 'Verdien "
                            "300 euro met je bankpas, 100% veilig.' 'Zoek iemand voor klusje vanavond, DM.' 'Bijbaan "
                            "bij bakkerij, solliciteren via de website, vast uurloon.'"
                        ),
                        "instructions": (
                            "Tweetallen omcirkelen de rode vlaggen op het werkblad. Bespreek ze klassikaal en maak een "
                            "lijst op het bord: veel geld voor weinig werk, 'geen vragen', haast, alleen via DM of "
                            "Snapchat, geen naam of contract, 'veilig' en 'niemand merkt het'. Laat zien dat het "
                            "laatste bericht een normaal aanbod is."
                        ),
                        "presenter_notes": (
                            "Rode vlaggen: veel geld voor weinig werk, geen uitleg over wat er in een pakketje zit, "
                            "geheimhouding, tijdsdruk, contact via verdwijnende berichten, en vragen naar je bankpas "
                            "of inlogcodes. Het derde bericht klinkt onschuldig; vraag door: wat weet je níet? Gebruik "
                            "alleen fictieve voorbeelden, geen echte accountnamen."
                        ),
                        "materials": ["Werkblad met vier berichten", "Digibord"],
                        "optional": False,
                    },
                    {
                        "kind": "activity",
                        "title": "Wie verdient er echt?",
                        "minutes": 10,
                        "goal": "kennis",
                        "pupil_content": (
                            "Volg het geld. Bovenaan: de opdrachtgever. In het midden: de tussenpersoon. Onderaan: "
                            "jij. Wie loopt het meeste risico? Wie houdt het meeste geld over?"
                        ),
                        "instructions": (
                            "Teken een piramide met drie lagen op het bord. Vertel het fictieve verhaal van een jongen "
                            "van 14 die voor 50 euro een pakketje wegbrengt. Wat zat erin, wie verdient eraan en wie "
                            "wordt het eerst opgepakt? Laat leerlingen de lagen invullen."
                        ),
                        "presenter_notes": (
                            "Jongeren onderaan doen het zichtbare werk en worden het eerst aangehouden; de "
                            "opdrachtgever blijft buiten beeld. Vanaf 12 jaar kun je worden vervolgd; 'ik wist niet "
                            "wat erin zat' beschermt je niet vanzelf. Na de eerste keer wordt een jongere soms onder "
                            "druk gezet om door te gaan, bijvoorbeeld met een verzonnen schuld."
                        ),
                        "materials": ["Digibord"],
                        "optional": False,
                    },
                    {
                        "kind": "dilemma",
                        "title": "Het bericht op Snapchat",
                        "minutes": 15,
                        "goal": "handelingsperspectief",
                        "situation": (
                            "Je krijgt een snap van een jongen die je kent van het voetbalveldje. Hij is een paar jaar "
                            "ouder. 'Yo, wil je 50 euro verdienen? Alleen een tasje naar de andere kant van de wijk "
                            "brengen. Tien minuten werk. Niet aan iemand vertellen.' Je wilt al lang nieuwe sneakers. "
                            "Hij stuurt nog een bericht: 'Komt er wat van? Anders vraag ik iemand anders.'"
                        ),
                        "options": [
                            "Je doet het één keer: wat kan er nou gebeuren?",
                            "Je vraagt eerst wat er in het tasje zit.",
                            "Je stuurt: 'Nee, geen tijd' en blokkeert hem.",
                            "Je zegt nee en vertelt het aan een ouder, je mentor of een jongerenwerker.",
                        ],
                        "discussion_questions": [
                            "Welke rode vlaggen zie je in dit bericht?",
                            "Waarom doet hij het niet zelf?",
                            "Waarom is nee zeggen lastig tegen iemand die ouder is en die je kent?",
                            "Wat gebeurt er als je het één keer hebt gedaan en hij je daarna weer vraagt?",
                        ],
                        "presenter_notes": (
                            "Vraag door op 'één keer': wie één keer meedoet, is daarna makkelijker onder druk te "
                            "zetten ('je zit er nu toch al in'). Een korte, neutrale smoes ('heb training', 'mijn "
                            "moeder checkt mijn telefoon') werkt vaak beter dan een discussie. Leerlingen die bang "
                            "zijn voor wraak kunnen via de mentor, het jongerenwerk of anoniem via Meld Misdaad "
                            "Anoniem (0800-7000) hulp krijgen."
                        ),
                        "optional": False,
                    },
                    {
                        "kind": "quiz",
                        "title": "Check: snel geld",
                        "minutes": 5,
                        "goal": "kennis",
                        "questions": [
                            {
                                "question": "Welke is een rode vlag?",
                                "answers": [
                                    "Een contract en een vast uurloon",
                                    "Veel geld voor tien minuten werk en 'niet vertellen'",
                                    "Een sollicitatiegesprek",
                                ],
                                "correct": 1,
                                "explanation": (
                                    "Veel geld voor weinig werk plus geheimhouding wijst bijna altijd op iets "
                                    "crimineels."
                                ),
                            },
                            {
                                "question": "Je brengt een tasje weg en er blijken drugs in te zitten. Wat klopt?",
                                "answers": [
                                    "Je bent niet strafbaar, want je wist het niet",
                                    "Je kunt wel strafbaar zijn: vanaf 12 jaar kun je worden vervolgd",
                                    "Alleen de opdrachtgever is strafbaar",
                                ],
                                "correct": 1,
                                "explanation": (
                                    "Politie en rechter kijken of je had kunnen vermoeden dat het niet klopte. Bij "
                                    "'niet vertellen' en veel geld kon je dat."
                                ),
                            },
                            {
                                "question": "Wie verdient het meeste aan zo'n klusje?",
                                "answers": [
                                    "De jongere die het doet",
                                    "De opdrachtgever die buiten beeld blijft",
                                    "Niemand",
                                ],
                                "correct": 1,
                                "explanation": "De opdrachtgever houdt het geld; de jongere loopt het risico.",
                            },
                        ],
                        "presenter_notes": "Gebruik de quiz als afsluiter als er tijd is.",
                        "optional": True,
                    },
                ],
                "follow_up": [
                    {
                        "title": "Rode vlaggen-poster",
                        "text": (
                            "Laat leerlingen in de mentorles een poster of korte video maken met de vijf belangrijkste "
                            "rode vlaggen, voor jongere leerlingen van de school."
                        ),
                    },
                    {
                        "title": "Eerlijk verdienen",
                        "text": (
                            "Bespreek met de klas welke bijbaantjes er voor hun leeftijd zijn en wat je mag doen vanaf "
                            "13 jaar (licht werk, zoals een krantenwijk). Dat maakt het alternatief concreet."
                        ),
                    },
                    {
                        "title": "Signalen doorgeven",
                        "text": (
                            "Hoort een docent van leerlingen dat er op of rond school 'klusjes' worden aangeboden? "
                            "Meld dit bij de zorgcoördinator en de Halt-medewerker; dat kan aanleiding zijn voor het "
                            "Alertprogramma."
                        ),
                    },
                ],
                "safe_delivery": {
                    "ground_rules": [
                        "We noemen geen namen van echte personen, straten of accounts.",
                        "Niemand hoeft te vertellen wat hij of zij zelf heeft meegemaakt.",
                        "We oordelen niet over wie twijfelt of snel geld verleidelijk vindt.",
                        "Wat iemand persoonlijk vertelt, blijft in de klas.",
                    ],
                    "disclosure": (
                        "Vertelt een leerling dat hij of zij wordt benaderd, onder druk gezet of al 'klusjes' doet? "
                        "Blijf rustig, neem het serieus en beloof geen geheimhouding. Bespreek het direct na de les "
                        "met de zorgcoördinator of aandachtsfunctionaris en spreek af wie contact houdt met de "
                        "leerling. Bij direct gevaar: 112. Bij zorgen over de thuissituatie: de meldcode volgen en zo "
                        "nodig advies vragen bij Veilig Thuis (0800-2000). Informatie over ronselaars kan anoniem via "
                        "Meld Misdaad Anoniem (0800-7000)."
                    ),
                    "signposting": ["meld-misdaad-anoniem", "politie", "veilig-thuis"],
                },
            },
            {
                "title": "Snelle euro's hebben een prijs (VO bovenbouw)",
                "slug": "snelle-euros-hebben-een-prijs-vo-bovenbouw",
                "offer_type": "voorlichting",
                "age_bands": ["vo-bovenbouw"],
                "use": "proactief",
                "settings": ["school", "sportvereniging", "wijk"],
                "duration": 50,
                "group_size": "Eén klas, tot 32 leerlingen",
                "central_question": "Wat kost snel geld je echt, en wie bepaalt daarna nog wat jij doet?",
                "summary": (
                    "Leerlingen herhalen de rode vlaggen uit de onderbouw en gaan dieper in op hoe ronselen verloopt: "
                    "van een cadeautje of een klein klusje naar een schuld die je moet afwerken. Ze bespreken status "
                    "en sociale media en zetten snel geld af tegen hun eigen toekomstplannen."
                ),
                "goals": {
                    "kennis": (
                        "Leerlingen begrijpen hoe criminelen jongeren stap voor stap inpalmen (cadeau, klusje, schuld, "
                        "dreiging) en welke straffen en gevolgen er zijn."
                    ),
                    "bewustwording": (
                        "Leerlingen onderzoeken hoe beelden van luxe op sociale media hun eigen idee over geld en "
                        "succes beïnvloeden."
                    ),
                    "handelingsperspectief": (
                        "Leerlingen kunnen uitleggen hoe je op elk moment kunt uitstappen en wie je daarbij helpt."
                    ),
                },
                "content_guidance": ["criminaliteit"],
                "activities": [
                    {
                        "kind": "activity",
                        "title": "Scroll-check: wat laat jouw tijdlijn zien?",
                        "minutes": 10,
                        "goal": "bewustwording",
                        "pupil_content": (
                            "Hoeveel berichten over dure auto's, merkkleding en 'snel rijk worden' zie jij per dag? "
                            "Wat vertellen ze níet?"
                        ),
                        "instructions": (
                            "Laat leerlingen schatten en kort uitwisselen. Laat twee fictieve profielen zien: iemand "
                            "met dure spullen en geen zichtbaar werk, en een leeftijdsgenoot met een bijbaan en een "
                            "spaardoel. Vraag: wat weet je echt van het leven achter die foto's? Vraag ook wat "
                            "leerlingen zich herinneren van de rode vlaggen uit de onderbouw."
                        ),
                        "presenter_notes": (
                            "Criminelen gebruiken bewust beelden van luxe om jongeren te lokken. Veel 'rijkdom' online "
                            "is geleend, gehuurd of nep. Ga niet moraliseren over merkkleding: het verlangen is "
                            "normaal, de route telt."
                        ),
                        "materials": ["Digibord", "Twee fictieve profielen"],
                        "optional": False,
                    },
                    {
                        "kind": "activity",
                        "title": "De trap naar beneden",
                        "minutes": 15,
                        "goal": "kennis",
                        "pupil_content": (
                            "Stap 1: aandacht en cadeautjes. Stap 2: een klein klusje, goed betaald. Stap 3: een "
                            "groter klusje, meer risico. Stap 4: er gaat 'iets mis' en ineens heb je een schuld. Stap "
                            "5: dreiging: 'Je werkt het af.'"
                        ),
                        "instructions": (
                            "Vertel het fictieve verhaal van Jay (15) aan de hand van de vijf stappen. Leerlingen "
                            "schrijven bij elke stap op: wat merkt Jay, wat denkt hij, wat had hij kunnen doen? "
                            "Bespreek klassikaal en markeer waar uitstappen het makkelijkst was."
                        ),
                        "presenter_notes": (
                            "De verzonnen schuld is een bekende methode: een pakketje wordt 'gestolen', soms door de "
                            "opdrachtgevers zelf, en de jongere moet het afwerken. Straffen: een minderjarige kan "
                            "jeugddetentie krijgen (tot 1 jaar voor 12- tot 15-jarigen, tot 2 jaar voor 16- en "
                            "17-jarigen) of een taakstraf, en justitie kan het verdiende geld afpakken. Uitstappen kan "
                            "altijd: hoe eerder, hoe makkelijker."
                        ),
                        "materials": ["Digibord", "Werkblad met vijf stappen"],
                        "optional": False,
                    },
                    {
                        "kind": "dilemma",
                        "title": "De schuld",
                        "minutes": 15,
                        "goal": "handelingsperspectief",
                        "situation": (
                            "Je hebt twee keer iets weggebracht voor een oudere jongen uit de buurt en er 100 euro mee "
                            "verdiend. Vandaag zegt hij dat het laatste pakketje 'niet is aangekomen'. 'Dat is 800 "
                            "euro schade. Jij betaalt, of je werkt het af. Ik weet waar je woont.' Je durft het thuis "
                            "niet te vertellen."
                        ),
                        "options": [
                            "Je werkt het af: daarna ben je vrij.",
                            "Je probeert het geld bij elkaar te krijgen, bijvoorbeeld door te lenen.",
                            "Je vertelt het aan één volwassene die je vertrouwt en zoekt samen hulp.",
                            "Je geeft anoniem informatie door via Meld Misdaad Anoniem.",
                        ],
                        "discussion_questions": [
                            "Denk je dat de schuld na één keer afwerken weg is? Waarom wel of niet?",
                            "Waarom durft hij het thuis niet te vertellen?",
                            "Wie kunnen helpen: ouders, mentor, jongerenwerk, wijkagent?",
                            "Wat zou jij willen dat een vriend in deze situatie deed?",
                        ],
                        "presenter_notes": (
                            "Een verzonnen schuld wordt zelden kleiner door af te werken. Wie wordt bedreigd, is "
                            "slachtoffer en heeft recht op bescherming; politie en het zorgteam kunnen helpen. Meld "
                            "Misdaad Anoniem (0800-7000) is voor het doorgeven van informatie over de ronselaar, niet "
                            "voor acute hulp; bij direct gevaar: 112. Optie 3 en 4 kunnen samen. Vraag na de les of er "
                            "leerlingen zijn die met u willen praten."
                        ),
                        "optional": False,
                    },
                    {
                        "kind": "activity",
                        "title": "Mijn toekomstbalans",
                        "minutes": 5,
                        "goal": "bewustwording",
                        "pupil_content": (
                            "Schrijf twee dingen op die je over vijf jaar wilt hebben bereikt. Schrijf ernaast wat een "
                            "strafzaak, een schuld bij criminelen of een 'naam' in dat wereldje daarmee zou doen."
                        ),
                        "instructions": (
                            "Leerlingen werken individueel. Niemand hoeft iets te delen. Vraag aan het eind één of "
                            "twee vrijwilligers wat hen opviel."
                        ),
                        "presenter_notes": (
                            "Houd dit persoonlijk en kort. Het doel is dat leerlingen zelf het verband leggen tussen "
                            "een keuze nu en hun eigen plannen; u hoeft het niet voor te zeggen."
                        ),
                        "materials": ["Papier en pen"],
                        "optional": False,
                    },
                    {
                        "kind": "quiz",
                        "title": "Check: ronselen",
                        "minutes": 5,
                        "goal": "kennis",
                        "questions": [
                            {
                                "question": "Wat is een verzonnen schuld?",
                                "answers": [
                                    "Een lening bij de bank",
                                    (
                                        "Een truc om een jongere wijs te maken dat hij geld schuldig is, zodat hij "
                                        "blijft werken"
                                    ),
                                    "Een boete van de politie",
                                ],
                                "correct": 1,
                                "explanation": "Het is een vorm van afpersing. Je kunt er hulp bij krijgen.",
                            },
                            {
                                "question": "Wat is de maximale jeugddetentie voor een jongere van 16 of 17?",
                                "answers": ["6 maanden", "2 jaar", "10 jaar"],
                                "correct": 1,
                                "explanation": (
                                    "Voor 12- tot 15-jarigen is dat maximaal 1 jaar. Vanaf 18 geldt het "
                                    "volwassenenstrafrecht."
                                ),
                            },
                            {
                                "question": "Wat doe je bij direct gevaar?",
                                "answers": ["112 bellen", "Afwachten", "Het op sociale media zetten"],
                                "correct": 0,
                                "explanation": "Bij direct gevaar altijd 112. Voor anonieme informatie: 0800-7000.",
                            },
                        ],
                        "presenter_notes": "Korte afsluiting; bespreek alleen de vragen waarover twijfel is.",
                        "optional": True,
                    },
                ],
                "follow_up": [
                    {
                        "title": "Vervolg: De kosten van snel geld verdienen",
                        "text": (
                            "Wil de school verder? De voorlichting De kosten van snel geld verdienen gaat dieper in op "
                            "strafblad, VOG, afpakken van geld en eerlijke alternatieven."
                        ),
                    },
                    {
                        "title": "Gesprek met de decaan",
                        "text": (
                            "Laat de decaan aansluiten bij een mentorles over toekomstplannen. Welke opleidingen en "
                            "beroepen vragen een VOG of screening? Zo wordt de toekomstbalans concreet."
                        ),
                    },
                ],
                "safe_delivery": {
                    "ground_rules": [
                        "We noemen geen namen van echte personen, straten of accounts.",
                        "Niemand hoeft te vertellen wat hij of zij zelf heeft meegemaakt.",
                        "We oordelen niet over wie twijfelt of snel geld verleidelijk vindt.",
                        "Wat iemand persoonlijk vertelt, blijft in de klas.",
                    ],
                    "disclosure": (
                        "Vertelt een leerling dat hij of zij wordt benaderd, onder druk gezet of al 'klusjes' doet? "
                        "Blijf rustig, neem het serieus en beloof geen geheimhouding. Bespreek het direct na de les "
                        "met de zorgcoördinator of aandachtsfunctionaris en spreek af wie contact houdt met de "
                        "leerling. Bij direct gevaar: 112. Bij zorgen over de thuissituatie: de meldcode volgen en zo "
                        "nodig advies vragen bij Veilig Thuis (0800-2000). Informatie over ronselaars kan anoniem via "
                        "Meld Misdaad Anoniem (0800-7000)."
                    ),
                    "signposting": ["meld-misdaad-anoniem", "politie", "veilig-thuis", "slachtofferhulp"],
                },
            },
        ],
        "parent_guide": None,
        "professional_guides": [],
    },
    {
        "slug": "de-kosten-van-snel-geld-verdienen",
        "title": "De kosten van snel geld verdienen",
        "order": 50,
        "summary": (
            "Wat snel, crimineel geld je op de lange termijn kost: strafblad, VOG, ontneming, schulden, veiligheid en "
            "relaties, vergeleken met eerlijk verdienen."
        ),
        "why": [
            (
                "Jongeren die in aanraking komen met snel geld, zoals drugs vervoeren, spullen bewaren of hun rekening "
                "verhuren, zien vooral wat het oplevert: geld, spullen en aanzien. De kosten komen later en zijn "
                "minder zichtbaar: een strafblad dat een stage of baan blokkeert, geld dat justitie terugvordert, "
                "schulden, bedreiging en breuken met familie."
            ),
            (
                "In deze voorlichting maken jongeren de rekening op. Ze rekenen uit wat een 'klusje' echt oplevert als "
                "je alle risico's meeneemt en vergelijken dat met eerlijk verdienen. Ze leren bij wie ze terecht "
                "kunnen als ze eruit willen."
            ),
            (
                "De voorlichting bouwt voort op Snelle euro's hebben een prijs uit de onderbouw. In het mbo staan "
                "werk, stage en zelfstandig wonen centraal: precies de plekken waar de rekening als eerste wordt "
                "gepresenteerd."
            ),
        ],
        "everyday_terms": [
            "snel geld",
            "crimineel geld",
            "strafblad",
            "VOG",
            "verklaring omtrent het gedrag",
            "drugsgeld",
            "heling",
            "geld afpakken",
            "ontneming",
            "schulden",
        ],
        "lessons": [
            {
                "title": "De kosten van snel geld verdienen (VO bovenbouw)",
                "slug": "de-kosten-van-snel-geld-verdienen-vo-bovenbouw",
                "offer_type": "voorlichting",
                "age_bands": ["vo-bovenbouw"],
                "use": "beide",
                "settings": ["school", "sportvereniging", "wijk"],
                "duration": 50,
                "group_size": "Eén klas, tot 32 leerlingen",
                "central_question": "Wat staat er onderaan de rekening van snel geld?",
                "summary": (
                    "Leerlingen maken met een rekenopdracht de echte balans op van een fictief 'klusje' en ontdekken "
                    "welke kosten pas later komen: afpakken van geld, een strafblad, een geweigerde VOG, schulden en "
                    "onveiligheid. Ze verbinden dat met hun eigen toekomstplannen en met eerlijke manieren om geld te "
                    "verdienen."
                ),
                "goals": {
                    "kennis": (
                        "Leerlingen weten dat crimineel verdiend geld kan worden afgepakt, wat een strafblad en een "
                        "VOG-weigering betekenen en welke andere kosten snel geld heeft."
                    ),
                    "bewustwording": (
                        "Leerlingen leggen het verband tussen keuzes nu en hun eigen plannen voor opleiding en werk."
                    ),
                    "handelingsperspectief": (
                        "Leerlingen kennen eerlijke manieren om geld te verdienen en weten bij wie ze terecht kunnen "
                        "als ze met crimineel geld in aanraking komen."
                    ),
                },
                "content_guidance": ["criminaliteit"],
                "activities": [
                    {
                        "kind": "activity",
                        "title": "Terugblik: de prijs van snelle euro's",
                        "minutes": 5,
                        "goal": "kennis",
                        "pupil_content": (
                            "In de onderbouw had je misschien de voorlichting Snelle euro's hebben een prijs. Welke "
                            "rode vlaggen weet je nog?"
                        ),
                        "instructions": (
                            "Verzamel in twee minuten rode vlaggen op het bord: veel geld voor weinig werk, "
                            "geheimhouding, tijdsdruk, vragen naar je bankpas, geen contract. Kondig aan dat het "
                            "vandaag gaat over de rekening die later komt."
                        ),
                        "presenter_notes": (
                            "Niet iedereen heeft de onderbouwles gehad; vul de lijst zelf aan zodat de hele klas "
                            "dezelfde basis heeft."
                        ),
                        "materials": ["Digibord"],
                        "optional": False,
                    },
                    {
                        "kind": "activity",
                        "title": "Rekenopdracht: de echte balans",
                        "minutes": 15,
                        "goal": "kennis",
                        "pupil_content": (
                            "Milan (17) verdient in drie maanden 2.400 euro met het vervoeren van pakketjes. Zet op de "
                            "balans wat het oplevert en wat het kan kosten: het geld dat justitie afpakt, een advocaat "
                            "of schadevergoeding, een schuld bij de opdrachtgever, een stage die niet doorgaat, een "
                            "baan waarvoor je een VOG nodig hebt."
                        ),
                        "instructions": (
                            "Leerlingen werken in groepjes met een werkblad. Links de opbrengst, rechts de kosten: met "
                            "bedragen waar dat kan en 'onbetaalbaar' waar het niet in geld te zeggen is. Bespreek: wat "
                            "blijft er onder de streep over? Vergelijk met een bijbaan van 10 uur per week."
                        ),
                        "presenter_notes": (
                            "Met een ontnemingsmaatregel kan justitie crimineel verdiend geld terugvorderen, ook als "
                            "het al is uitgegeven. Een veroordeling komt in de justitiële documentatie; Justis kan dan "
                            "een VOG weigeren voor bijvoorbeeld zorg, onderwijs, beveiliging, financiën, taxi en "
                            "kinderopvang. Een bijbaan van 10 uur per week levert een 17-jarige in drie maanden "
                            "ongeveer 700 tot 1.000 euro op, zonder risico. Jongeren onderschatten vooral de kosten "
                            "die niet in geld zijn uit te drukken: vertrouwen, vriendschap, angst."
                        ),
                        "materials": ["Werkblad balans", "Rekenmachine of telefoon"],
                        "optional": False,
                    },
                    {
                        "kind": "dilemma",
                        "title": "Het aanbod van je neef",
                        "minutes": 15,
                        "goal": "bewustwording",
                        "situation": (
                            "Je bent 16 en wilt na je examen een opleiding in de zorg of bij de politie gaan doen. Een "
                            "oudere neef vraagt of hij in het weekend 'wat spullen' in jullie schuur mag bewaren. 'Je "
                            "hoeft niks te doen, 200 euro per week.' Thuis is er weinig geld. Je neef zegt: 'Familie "
                            "helpt elkaar toch?'"
                        ),
                        "options": [
                            "Je doet het: familie is familie en thuis kunnen ze het geld goed gebruiken.",
                            "Je vraagt eerst wat voor spullen het zijn.",
                            "Je zegt nee en legt uit dat je je opleiding niet op het spel zet.",
                            "Je zegt nee en bespreekt het met iemand die je vertrouwt.",
                        ],
                        "discussion_questions": [
                            "Wat staat er voor jou op het spel, en voor je ouders? Het is hun schuur.",
                            "Waarom is 'familie helpt elkaar' hier zo'n lastige zin?",
                            "Past dit bij de toekomst die jij voor ogen hebt?",
                            "Hoe zeg je nee tegen familie zonder ruzie?",
                        ],
                        "presenter_notes": (
                            "Spullen bewaren kan strafbaar zijn, bijvoorbeeld bij drugs of gestolen goederen (heling). "
                            "Worden er drugs in of bij een woning gevonden, dan kan de burgemeester de woning "
                            "tijdelijk sluiten; dan is het hele gezin de dupe. Voor de politie en veel zorgfuncties is "
                            "een VOG of screening nodig. Loyaliteit aan familie is echt; erken dat en help leerlingen "
                            "een zin te vinden als: 'Ik laat je niet vallen, maar dit doe ik niet.'"
                        ),
                        "optional": False,
                    },
                    {
                        "kind": "activity",
                        "title": "Eerlijk verdienen en hulp",
                        "minutes": 10,
                        "goal": "handelingsperspectief",
                        "pupil_content": (
                            "Eerlijk verdienen: bijbaan, vakantiewerk, bijles geven, zelf iets maken of verkopen. "
                            "Geldzorgen thuis? Praat met je mentor, de decaan of het jongerenwerk. In de problemen "
                            "door crimineel geld? Praat met een volwassene die je vertrouwt of meld anoniem via Meld "
                            "Misdaad Anoniem (0800-7000)."
                        ),
                        "instructions": (
                            "Laat groepjes vijf eerlijke manieren bedenken om in hun woonplaats geld te verdienen, met "
                            "een schatting van wat het oplevert. Bespreek hoe je aan zo'n baan komt: solliciteren, je "
                            "netwerk, een uitzendbureau voor jongeren. Benoem waar je terecht kunt als er thuis "
                            "geldzorgen zijn."
                        ),
                        "presenter_notes": (
                            "Geldzorgen thuis zijn een bekende risicofactor. Wijs op schoolmaatschappelijk werk, het "
                            "jongerenwerk en regelingen van de gemeente, zoals een jeugdfonds voor sport en cultuur. "
                            "Vanaf 13 jaar mogen jongeren licht werk doen; vanaf 15 jaar zijn er meer mogelijkheden en "
                            "geldt het minimumjeugdloon."
                        ),
                        "materials": ["Werkblad eerlijk verdienen"],
                        "optional": False,
                    },
                    {
                        "kind": "quiz",
                        "title": "Check: de rekening",
                        "minutes": 5,
                        "goal": "kennis",
                        "questions": [
                            {
                                "question": "Kan justitie crimineel verdiend geld terugvorderen als het al op is?",
                                "answers": [
                                    "Nee, op is op",
                                    "Ja, met een ontnemingsmaatregel moet je het alsnog betalen",
                                    "Alleen als je ouder bent dan 21",
                                ],
                                "correct": 1,
                                "explanation": (
                                    "Ontneming kan ook als het geld al is uitgegeven. Dan ontstaat er een schuld bij "
                                    "de staat."
                                ),
                            },
                            {
                                "question": "Wat is een VOG?",
                                "answers": [
                                    "Een verklaring die laat zien of je verleden een bezwaar is voor een baan of stage",
                                    "Een vergunning voor een scooter",
                                    "Een spaarrekening",
                                ],
                                "correct": 0,
                                "explanation": (
                                    "VOG staat voor Verklaring Omtrent het Gedrag. Veel opleidingen en beroepen vragen "
                                    "erom."
                                ),
                            },
                            {
                                "question": "Wat kan de burgemeester doen als er drugs in een woning worden gevonden?",
                                "answers": ["Niets", "De woning tijdelijk sluiten", "Alleen een brief sturen"],
                                "correct": 1,
                                "explanation": "Dat treft iedereen die er woont, ook ouders, broers en zussen.",
                            },
                        ],
                        "presenter_notes": "Gebruik de quiz als afsluiter als er tijd over is.",
                        "optional": True,
                    },
                ],
                "follow_up": [
                    {
                        "title": "Toekomstplannen en VOG",
                        "text": (
                            "Laat leerlingen bij loopbaanoriëntatie opzoeken of hun vervolgopleiding of beroep een VOG "
                            "of screening vraagt. Bespreek wat dat betekent voor keuzes nu."
                        ),
                    },
                    {
                        "title": "Signalen van geldzorgen",
                        "text": (
                            "Let op leerlingen die plots dure spullen hebben of juist opvallend vaak geld tekortkomen. "
                            "Bespreek zorgen met de zorgcoördinator; schoolmaatschappelijk werk kan helpen."
                        ),
                    },
                ],
                "safe_delivery": {
                    "ground_rules": [
                        "We noemen geen namen van echte personen, straten of accounts.",
                        "Niemand hoeft te vertellen wat hij of zij zelf heeft meegemaakt.",
                        "We oordelen niet over wie twijfelt of snel geld verleidelijk vindt.",
                        "Wat iemand persoonlijk vertelt, blijft in de klas.",
                    ],
                    "disclosure": (
                        "Vertelt een leerling dat hij of zij wordt benaderd, onder druk gezet of al 'klusjes' doet? "
                        "Blijf rustig, neem het serieus en beloof geen geheimhouding. Bespreek het direct na de les "
                        "met de zorgcoördinator of aandachtsfunctionaris en spreek af wie contact houdt met de "
                        "leerling. Bij direct gevaar: 112. Bij zorgen over de thuissituatie: de meldcode volgen en zo "
                        "nodig advies vragen bij Veilig Thuis (0800-2000). Informatie over ronselaars kan anoniem via "
                        "Meld Misdaad Anoniem (0800-7000)."
                    ),
                    "signposting": ["meld-misdaad-anoniem", "politie", "veilig-thuis"],
                },
            },
            {
                "title": "De kosten van snel geld verdienen (MBO)",
                "slug": "de-kosten-van-snel-geld-verdienen-mbo",
                "offer_type": "voorlichting",
                "age_bands": ["mbo"],
                "use": "beide",
                "settings": ["school", "sportvereniging", "wijk"],
                "duration": 90,
                "group_size": "Eén klas, tot 28 studenten",
                "central_question": (
                    "Wat kost snel geld je over vijf jaar: op je werk, in je portemonnee en in je leven?"
                ),
                "summary": (
                    "Studenten maken een uitgebreide kosten-batenanalyse van fictieve routes naar snel geld en "
                    "vergelijken die met hun eigen beroepsperspectief. Ze leren hoe VOG, ontneming, schulden en "
                    "registraties bij banken samenhangen, voeren een onderzoekend gesprek over verleiding en "
                    "keuzevrijheid en maken een persoonlijk plan voor als ze benaderd worden."
                ),
                "goals": {
                    "kennis": (
                        "Leerlingen weten hoe ontneming, een strafblad, de VOG, schulden en registraties bij banken "
                        "hun studie, werk en woonsituatie kunnen raken."
                    ),
                    "bewustwording": (
                        "Leerlingen onderzoeken hun eigen opvattingen over geld, succes en risico en hoe die hun "
                        "keuzes sturen."
                    ),
                    "handelingsperspectief": (
                        "Leerlingen hebben een persoonlijk plan om een crimineel aanbod af te slaan en kennen hulp bij "
                        "geldproblemen en dreiging."
                    ),
                },
                "content_guidance": ["criminaliteit"],
                "activities": [
                    {
                        "kind": "activity",
                        "title": "Opening: snel, hard of eerlijk?",
                        "minutes": 10,
                        "goal": "bewustwording",
                        "pupil_content": (
                            "Drie manieren om aan 2.000 euro te komen: een maand fulltime werken, een maand stage plus "
                            "bijbaan, of één weekend 'iets regelen'. Waar kies je voor, en waar twijfel je over?"
                        ),
                        "instructions": (
                            "Studenten kiezen een hoek van het lokaal. Vraag in elke hoek naar redenen. Vraag daarna "
                            "wie in het vo een voorlichting over snel geld had en wat is blijven hangen."
                        ),
                        "presenter_notes": (
                            "Waardeer eerlijke antwoorden: de verleiding van de derde optie is echt, zeker bij "
                            "studenten met schulden of zorgen thuis. Houd een nieuwsgierige toon en veroordeel niemand."
                        ),
                        "materials": ["Drie hoekbordjes"],
                        "optional": False,
                    },
                    {
                        "kind": "activity",
                        "title": "Hoe de rekening wordt opgemaakt",
                        "minutes": 15,
                        "goal": "kennis",
                        "pupil_content": (
                            "Strafblad en VOG: voor veel mbo-beroepen nodig. Ontneming: justitie pakt crimineel geld "
                            "af, ook als het op is. Registratie bij banken: moeilijk een rekening, lening of "
                            "hypotheek. Schuld bij criminelen: groeit en wordt afgedwongen. Vanaf 18 jaar: "
                            "volwassenenstrafrecht."
                        ),
                        "instructions": (
                            "Laat tweetallen per kostenpost een voorbeeld bedenken uit hun eigen vakgebied: zorg "
                            "(VOG), logistiek (werken met waardevolle goederen), beveiliging (screening), financiën "
                            "(integriteit). Bespreek klassikaal en vul aan."
                        ),
                        "presenter_notes": (
                            "Veel mbo-stages vragen een VOG. Justis kijkt meestal vier jaar terug in de justitiële "
                            "documentatie; voor sommige functies en bij zedendelicten langer. Banken kunnen fraudeurs "
                            "en geldezels tot acht jaar registreren in hun Extern Verwijzingsregister. Een 'schuld' "
                            "bij een opdrachtgever is geen echte schuld maar afpersing; de politie kan helpen."
                        ),
                        "materials": ["Digibord"],
                        "optional": False,
                    },
                    {
                        "kind": "activity",
                        "title": "Drie routes doorgerekend",
                        "minutes": 20,
                        "goal": "kennis",
                        "pupil_content": (
                            "Route A: Sam (19) verhuurt zijn bankrekening voor 1.500 euro. Route B: Noor (18) bewaart "
                            "pakketjes voor 300 euro per week. Route C: Jay (20) werkt naast zijn opleiding 16 uur per "
                            "week in een magazijn. Zet per route op een tijdlijn wat er gebeurt na 1 maand, 1 jaar en "
                            "5 jaar."
                        ),
                        "instructions": (
                            "Groepjes van drie nemen elk één route en maken een tijdlijn op een A3-vel met vijf "
                            "sporen: geld, werk en stage, wonen, relaties, veiligheid. Twee groepjes per route "
                            "presenteren. Leg aan het eind de drie tijdlijnen naast elkaar."
                        ),
                        "presenter_notes": (
                            "Route A leidt vaak tot vervolging voor witwassen, het opzeggen van de rekening, "
                            "registratie bij banken en terugbetalen aan slachtoffers. Route B kan leiden tot "
                            "vervolging (drugs of heling), sluiting van de woning en dreiging. Route C levert minder "
                            "op, maar bouwt ervaring, referenties en een cv op. Zet route C niet neer als saai "
                            "tegenover spannend; laat studenten zelf de lange termijn zien."
                        ),
                        "materials": ["A3-vellen", "Stiften", "Casuskaarten"],
                        "optional": False,
                    },
                    {
                        "kind": "socratic",
                        "title": "Gesprek: ben je vrij om te kiezen?",
                        "minutes": 15,
                        "goal": "bewustwording",
                        "opening_question": "Wanneer is een keuze echt je eigen keuze?",
                        "follow_up_questions": [
                            "Als je thuis geldzorgen hebt, kies je dan nog vrij?",
                            "Wat is het verschil tussen een kans en een val?",
                            "Wie heeft er voordeel bij als jij denkt dat je geen andere keus hebt?",
                            "Wat heb je nodig om een andere keuze te kunnen maken?",
                        ],
                        "presenter_notes": (
                            "Stel open vragen, vat samen en oordeel niet. Laat tegenstrijdige meningen bestaan. Het "
                            "gesprek laat zien dat druk en omstandigheden meespelen, zonder dat de eigen "
                            "verantwoordelijkheid verdwijnt. Sluit af met een samenvatting in de woorden van de "
                            "studenten."
                        ),
                        "optional": False,
                    },
                    {
                        "kind": "dilemma",
                        "title": "Het ritje op stage",
                        "minutes": 15,
                        "goal": "handelingsperspectief",
                        "situation": (
                            "Je loopt stage bij een transportbedrijf. Een collega vraagt of je zaterdag meegaat als "
                            "bijrijder voor 'een extra ritje' met een bestelbus die niet op de planning staat. "
                            "'Contant, 250 euro, niemand hoeft het te weten. Je had toch geld nodig voor rijlessen?' "
                            "Je stagebegeleider is op vakantie. Je wilt hier na je diploma graag blijven werken."
                        ),
                        "options": [
                            "Je gaat één keer mee; je hebt het geld echt nodig.",
                            "Je vraagt eerst wat er in de bus zit.",
                            "Je zegt nee, met een reden die de relatie goed houdt.",
                            "Je zegt nee en bespreekt het met je bpv-begeleider van school.",
                        ],
                        "discussion_questions": [
                            "Welke rode vlaggen zie je?",
                            "Wat kan het je kosten als de bus wordt aangehouden, ook als je niet wist wat erin zat?",
                            "Hoe zeg je nee zonder je toekomst bij dit bedrijf te verspelen?",
                            "Wie schakel je in als de collega blijft aandringen?",
                        ],
                        "presenter_notes": (
                            "Transport en logistiek zijn sectoren waarin criminelen bewust zoeken naar mensen van "
                            "binnen, zoals in havens en bij pakketbedrijven. 'Niet weten' beschermt je niet als de "
                            "omstandigheden verdacht waren. Bedrijven hebben vaak een vertrouwenspersoon of een "
                            "meldpunt voor integriteit; de bpv-begeleider van school is een veilige eerste stap."
                        ),
                        "optional": False,
                    },
                    {
                        "kind": "activity",
                        "title": "Mijn plan en mijn vangnet",
                        "minutes": 10,
                        "goal": "handelingsperspectief",
                        "pupil_content": (
                            "1) Mijn rode vlaggen. 2) Mijn nee-zin. 3) Mijn vangnet: één persoon, school (mentor, "
                            "bpv-begeleider, vertrouwenspersoon), het jongerenwerk, Meld Misdaad Anoniem (0800-7000), "
                            "en bij geldzorgen de schuldhulp van de gemeente. 4) Wat ik doe als ik al vastzit."
                        ),
                        "instructions": (
                            "Studenten vullen het plan individueel in, op papier of in hun telefoon en zonder namen "
                            "van anderen. Wie wil, bespreekt één onderdeel met een buur. Deel aan het eind een kaart "
                            "met hulpadressen uit."
                        ),
                        "presenter_notes": (
                            "Gemeenten bieden gratis schuldhulpverlening, ook aan jongeren. Wie al vastzit, kan via de "
                            "politie, een advocaat of het Juridisch Loket advies en bescherming zoeken; anoniem "
                            "informatie geven kan via Meld Misdaad Anoniem. Let op studenten die na de les blijven "
                            "hangen."
                        ),
                        "materials": ["Plankaart", "Kaart met hulpadressen"],
                        "optional": False,
                    },
                    {
                        "kind": "quiz",
                        "title": "Check: de rekening in vier vragen",
                        "minutes": 5,
                        "goal": "kennis",
                        "questions": [
                            {
                                "question": (
                                    "Kan justitie geld afpakken dat je met criminaliteit verdiende, ook als het op is?"
                                ),
                                "answers": ["Nee", "Ja, via een ontnemingsmaatregel", "Alleen boven de 10.000 euro"],
                                "correct": 1,
                                "explanation": "Je moet het dan alsnog betalen, ook als je het al hebt uitgegeven.",
                            },
                            {
                                "question": "Hoe lang kan een bank je registreren in het Extern Verwijzingsregister?",
                                "answers": ["Een maand", "Tot acht jaar", "Levenslang"],
                                "correct": 1,
                                "explanation": (
                                    "In die tijd is een rekening openen, lenen of een hypotheek krijgen erg moeilijk."
                                ),
                            },
                            {
                                "question": (
                                    "Een opdrachtgever zegt dat je hem 'iets schuldig' bent en dat je het moet "
                                    "afwerken. Wat is het?"
                                ),
                                "answers": [
                                    "Een echte schuld die je moet betalen",
                                    "Afpersing; je kunt hulp vragen bij de politie",
                                    "Een lening",
                                ],
                                "correct": 1,
                                "explanation": (
                                    "Je bent dan slachtoffer. Praat met iemand die je vertrouwt en schakel hulp in."
                                ),
                            },
                            {
                                "question": "Voor welke stages wordt vaak een VOG gevraagd?",
                                "answers": [
                                    "Zorg, onderwijs, kinderopvang en beveiliging",
                                    "Alleen in de horeca",
                                    "Nooit bij stages",
                                ],
                                "correct": 0,
                                "explanation": "Check bij je opleiding of jouw stage een VOG vraagt.",
                            },
                        ],
                        "presenter_notes": "Sla over als het plan meer tijd vraagt.",
                        "optional": True,
                    },
                ],
                "follow_up": [
                    {
                        "title": "In de bpv-voorbereiding",
                        "text": (
                            "Gebruik het dilemma 'Het ritje op stage' bij de voorbereiding op de "
                            "beroepspraktijkvorming. Bespreek de integriteitsregels van stagebedrijven en bij wie "
                            "studenten terecht kunnen."
                        ),
                    },
                    {
                        "title": "Geld en studie",
                        "text": (
                            "Laat studenten met een studieloopbaanbegeleider hun inkomsten en uitgaven op een rij "
                            "zetten. Verwijs bij schulden naar de schuldhulp van de gemeente of de studentendecaan."
                        ),
                    },
                    {
                        "title": "Signalen bespreken",
                        "text": (
                            "Hebben docenten zorgen over studenten die geronseld worden? Bespreek dit in het zorgteam; "
                            "de Halt-medewerker kan adviseren over een individuele aanpak."
                        ),
                    },
                ],
                "safe_delivery": {
                    "ground_rules": [
                        "We noemen geen namen van echte personen, straten of accounts.",
                        "Niemand hoeft te vertellen wat hij of zij zelf heeft meegemaakt.",
                        "We oordelen niet over wie twijfelt of snel geld verleidelijk vindt.",
                        "Wat iemand persoonlijk vertelt, blijft in de klas.",
                    ],
                    "disclosure": (
                        "Vertelt een leerling dat hij of zij wordt benaderd, onder druk gezet of al 'klusjes' doet? "
                        "Blijf rustig, neem het serieus en beloof geen geheimhouding. Bespreek het direct na de les "
                        "met de zorgcoördinator of aandachtsfunctionaris en spreek af wie contact houdt met de "
                        "leerling. Bij direct gevaar: 112. Bij zorgen over de thuissituatie: de meldcode volgen en zo "
                        "nodig advies vragen bij Veilig Thuis (0800-2000). Informatie over ronselaars kan anoniem via "
                        "Meld Misdaad Anoniem (0800-7000)."
                    ),
                    "signposting": ["meld-misdaad-anoniem", "politie", "veilig-thuis", "slachtofferhulp"],
                },
            },
        ],
        "parent_guide": None,
        "professional_guides": [],
    },
    {
        "slug": "geldezels",
        "title": "Geldezels",
        "order": 60,
        "summary": (
            "Over geldezels: jongeren die hun bankrekening, bankpas of inloggegevens uitlenen of verkopen aan "
            "criminelen, en waarom dat witwassen is met grote gevolgen."
        ),
        "why": [
            (
                "Criminelen zoeken jongeren die hun bankpas, pincode of inloggegevens willen uitlenen of verkopen, "
                "vaak voor een paar honderd euro. Via die rekening wordt geld van oplichting of andere misdaad "
                "doorgesluisd. De jongere wordt zo een geldezel (money mule) en maakt zich schuldig aan witwassen."
            ),
            (
                "De gevolgen zijn groot en duren lang. De bank zegt je rekening op en kan je tot acht jaar registreren "
                "in het Extern Verwijzingsregister (EVA), de zwarte lijst van banken. Dan krijg je moeilijk een "
                "rekening, lening of hypotheek. Vaak moet je het geld terugbetalen aan de slachtoffers en je kunt "
                "strafrechtelijk worden vervolgd."
            ),
            (
                "De voorlichting maakt jongeren weerbaar. Ze leren de trucs van ronselaars herkennen, begrijpen de "
                "gevolgen en weten wat ze doen als ze al zijn ingegaan op een aanbod. Van onderbouw tot mbo groeit de "
                "diepgang: van herkennen naar de lange termijn en de verantwoordelijkheid als volwassene."
            ),
        ],
        "everyday_terms": [
            "money mule",
            "moneymule",
            "bankpas uitlenen",
            "geldezel",
            "pinpas uitlenen",
            "rekening verhuren",
            "rekening verkopen",
            "inloggegevens verkopen",
            "witwassen",
            "EVA-register",
            "zwarte lijst bank",
        ],
        "lessons": [
            {
                "title": "Geldezels (VO onderbouw)",
                "slug": "geldezels-vo-onderbouw",
                "offer_type": "voorlichting",
                "age_bands": ["vo-onderbouw"],
                "use": "beide",
                "settings": ["school", "sportvereniging", "wijk"],
                "duration": 50,
                "group_size": "Eén klas, tot 32 leerlingen",
                "central_question": "Waarom is je bankpas uitlenen nooit 'even snel geld'?",
                "summary": (
                    "Leerlingen leren wat een geldezel is en hoe ronselaars via sociale media, op school of in de wijk "
                    "te werk gaan. Ze ontdekken waarom het uitlenen van je bankpas strafbaar is en wat de gevolgen "
                    "zijn. Ze oefenen hoe ze nee zeggen en wat ze doen als ze al 'ja' hebben gezegd."
                ),
                "goals": {
                    "kennis": (
                        "Leerlingen weten wat een geldezel is, dat het uitlenen of verkopen van je bankpas of "
                        "inloggegevens strafbaar is als witwassen en dat de bank je op een zwarte lijst kan zetten."
                    ),
                    "bewustwording": (
                        "Leerlingen herkennen hoe ronselaars hen proberen te verleiden en waarom dat bij jongeren "
                        "werkt."
                    ),
                    "handelingsperspectief": (
                        "Leerlingen weten hoe ze nee zeggen tegen een ronselaar en wat ze doen als ze hun pas al "
                        "hebben uitgeleend: de bank bellen, het aan een volwassene vertellen en naar de politie gaan."
                    ),
                },
                "content_guidance": ["criminaliteit"],
                "activities": [
                    {
                        "kind": "activity",
                        "title": "Wat weet je al over je bankpas?",
                        "minutes": 5,
                        "goal": "kennis",
                        "pupil_content": (
                            "Wie heeft er een bankpas? Mag je je pincode aan een vriend geven? Wat zegt de bank "
                            "daarover?"
                        ),
                        "instructions": (
                            "Vraag wie een eigen rekening heeft (handen omhoog). Bespreek: je pas en pincode zijn "
                            "persoonlijk; de bank verbiedt je ze aan anderen te geven. Vraag of iemand weleens een "
                            "bericht zag over 'geld verdienen met je bankpas'."
                        ),
                        "presenter_notes": (
                            "Veel brugklassers hebben net hun eerste pas. Ze weten vaak niet dat de voorwaarden van de "
                            "bank uitlenen verbieden. Had de klas al Snelle euro's hebben een prijs? Verwijs dan naar "
                            "de rode vlaggen."
                        ),
                        "materials": ["Digibord"],
                        "optional": False,
                    },
                    {
                        "kind": "activity",
                        "title": "Hoe werkt een geldezel?",
                        "minutes": 10,
                        "goal": "kennis",
                        "pupil_content": (
                            "1. Een ronselaar vraagt je pas en pincode of je inlogcodes. 2. Er komt geld op je "
                            "rekening van mensen die zijn opgelicht. 3. De ronselaar haalt het er meteen af. 4. Jij "
                            "krijgt een klein deel, of niets. 5. De politie komt bij jou, want het is jouw rekening."
                        ),
                        "instructions": (
                            "Laat het schema zien. Vertel het fictieve verhaal van een oma die een nepbericht van "
                            "'haar kleinzoon' kreeg en 1.500 euro overmaakte naar de rekening van een geldezel. Vraag: "
                            "wie zijn hier slachtoffer? Wie is strafbaar?"
                        ),
                        "presenter_notes": (
                            "Het geld komt vaak van slachtoffers van oplichting, zoals WhatsApp-fraude of "
                            "nepwebwinkels. De geldezel is strafbaar voor witwassen, of voor schuldwitwassen als hij "
                            "had kunnen weten dat het geld niet klopte. Slachtoffers kunnen hun geld terugvorderen bij "
                            "de rekeninghouder."
                        ),
                        "materials": ["Digibord met schema"],
                        "optional": False,
                    },
                    {
                        "kind": "dilemma",
                        "title": "De vraag op het schoolplein",
                        "minutes": 15,
                        "goal": "bewustwording",
                        "situation": (
                            "Op het schoolplein vraagt een jongen uit de derde of je 'makkelijk 150 euro' wilt "
                            "verdienen. 'Je geeft me je bankpas en pincode, ik zet er wat geld op van een vriend en "
                            "morgen krijg je hem terug. Iedereen doet het, ik heb het ook gedaan.' Je vriend naast je "
                            "zegt: 'Doe nou, het is gratis geld.'"
                        ),
                        "options": [
                            "Je geeft je pas: 150 euro is veel geld en je krijgt hem morgen terug.",
                            "Je zegt dat je erover nadenkt.",
                            "Je zegt: 'Nee, mijn ouders checken mijn rekening' en loopt weg.",
                            "Je zegt nee en vertelt het aan je mentor of ouders, ook dat hij je vriend erbij haalde.",
                        ],
                        "discussion_questions": [
                            "Waarom vraagt hij jouw pas en gebruikt hij niet zijn eigen rekening?",
                            "Welke trucs zie je: 'iedereen doet het', 'gratis geld', een vriend die meepraat?",
                            "Wat denk je dat er met je rekening gebeurt?",
                            "Waarom is 'ik denk erover na' riskant?",
                        ],
                        "presenter_notes": (
                            "'Ik denk erover na' geeft de ronselaar een reden om terug te komen. Een korte smoes over "
                            "ouders werkt goed. Benadruk dat de school ronselen serieus neemt en een melding bij de "
                            "mentor discreet behandelt. Ronselaars zijn soms zelf ook geldezel geweest; dat maakt ze "
                            "niet minder strafbaar."
                        ),
                        "optional": False,
                    },
                    {
                        "kind": "activity",
                        "title": "Al ja gezegd? Het noodplan",
                        "minutes": 15,
                        "goal": "handelingsperspectief",
                        "pupil_content": (
                            "Heb je je pas of codes al gegeven? Het is niet te laat. 1. Bel meteen je bank en laat je "
                            "pas blokkeren. 2. Vertel het aan je ouders of een andere volwassene. 3. Ga samen naar de "
                            "politie en vertel eerlijk wat er is gebeurd. 4. Geef nooit meer codes door, ook niet als "
                            "iemand dreigt."
                        ),
                        "instructions": (
                            "Bespreek het noodplan. Laat tweetallen het gesprek oefenen: één is de jongere die het aan "
                            "een ouder vertelt, de ander speelt de ouder. Daarna wisselen. Vraag: wat maakt het "
                            "moeilijk om het te vertellen, en wat helpt?"
                        ),
                        "presenter_notes": (
                            "Hoe eerder de bank en de politie het weten, hoe beter: dat kan schade voor slachtoffers "
                            "beperken en laat zien dat je zelf aan de bel trok. Beloof niet dat er geen straf volgt; "
                            "wat er gebeurt, beslissen politie en justitie. Bij dreiging door de ronselaar: politie "
                            "inschakelen. Anoniem informatie geven kan via Meld Misdaad Anoniem (0800-7000)."
                        ),
                        "materials": ["Rolkaartjes"],
                        "optional": False,
                    },
                    {
                        "kind": "quiz",
                        "title": "Check: geldezels",
                        "minutes": 5,
                        "goal": "kennis",
                        "questions": [
                            {
                                "question": "Wat is een geldezel?",
                                "answers": [
                                    "Iemand die zijn rekening laat gebruiken om crimineel geld door te sluizen",
                                    "Iemand die veel spaart",
                                    "Een bankmedewerker",
                                ],
                                "correct": 0,
                                "explanation": "Een geldezel is in Engelse berichten een 'money mule'.",
                            },
                            {
                                "question": "Wat kan de bank doen als criminelen jouw rekening hebben gebruikt?",
                                "answers": [
                                    "Niets",
                                    (
                                        "Je rekening opzeggen en je registreren, zodat je jarenlang moeilijk een "
                                        "nieuwe krijgt"
                                    ),
                                    "Je een beloning geven",
                                ],
                                "correct": 1,
                                "explanation": "Banken delen zo'n registratie met elkaar. Dat kan tot acht jaar duren.",
                            },
                            {
                                "question": "Je hebt je pas al uitgeleend. Wat doe je eerst?",
                                "answers": [
                                    "Niets zeggen en hopen dat het goed komt",
                                    "Je bank bellen om de pas te blokkeren en het een volwassene vertellen",
                                    "Snel een rekening openen bij een andere bank",
                                ],
                                "correct": 1,
                                "explanation": "Snel handelen beperkt de schade, voor jou en voor de slachtoffers.",
                            },
                        ],
                        "presenter_notes": "Gebruik de quiz als afsluiting als er tijd is.",
                        "optional": True,
                    },
                ],
                "follow_up": [
                    {
                        "title": "Thuis bespreken",
                        "text": (
                            "Vraag leerlingen om thuis na te vragen wat de voorwaarden van hun bank zeggen over het "
                            "uitlenen van een pas. Bespreek de antwoorden kort in de volgende mentorles."
                        ),
                    },
                    {
                        "title": "Signalen op school",
                        "text": (
                            "Hoort u van ronselen voor bankpassen op of rond school? Meld dit bij de zorgcoördinator "
                            "en de Halt-medewerker. Ronselaars zoeken vaak meerdere leerlingen tegelijk."
                        ),
                    },
                    {
                        "title": "Doorlopende lijn",
                        "text": (
                            "Plan in de bovenbouw de voorlichting Geldezels (VO bovenbouw), die ingaat op de gevolgen "
                            "op lange termijn en nieuwe trucs zoals nepvacatures."
                        ),
                    },
                ],
                "safe_delivery": {
                    "ground_rules": [
                        "We noemen geen namen van echte personen, straten of accounts.",
                        "Niemand hoeft te vertellen wat hij of zij zelf heeft meegemaakt.",
                        "We oordelen niet over wie twijfelt of snel geld verleidelijk vindt.",
                        "Wat iemand persoonlijk vertelt, blijft in de klas.",
                    ],
                    "disclosure": (
                        "Vertelt een leerling dat hij of zij zijn bankpas, pincode of inloggegevens al heeft "
                        "uitgeleend of verkocht, of dat iemand daarom vraagt of dreigt? Blijf rustig, neem het serieus "
                        "en beloof geen geheimhouding. Adviseer om direct de bank te bellen om de pas of toegang te "
                        "blokkeren. Bespreek het na de les met de zorgcoördinator of aandachtsfunctionaris, die ouders "
                        "en zo nodig de politie betrekt. Bij dreiging: politie (112 bij direct gevaar). Informatie "
                        "over ronselaars kan anoniem via Meld Misdaad Anoniem (0800-7000); voor advies over fraude kan "
                        "de Fraudehelpdesk helpen."
                    ),
                    "signposting": ["meld-misdaad-anoniem", "politie", "fraudehelpdesk"],
                },
            },
            {
                "title": "Geldezels (VO bovenbouw)",
                "slug": "geldezels-vo-bovenbouw",
                "offer_type": "voorlichting",
                "age_bands": ["vo-bovenbouw"],
                "use": "beide",
                "settings": ["school", "sportvereniging", "wijk"],
                "duration": 50,
                "group_size": "Eén klas, tot 32 leerlingen",
                "central_question": "Wat kost een 'verhuurde' bankrekening je over acht jaar nog?",
                "summary": (
                    "Leerlingen herhalen wat een geldezel is en verdiepen zich in de lange termijn: de zwarte lijst "
                    "van banken, terugbetalen aan slachtoffers en vervolging. Ze ontmaskeren nieuwe ronseltrucs "
                    "(nepvacatures, 'crypto', inloggegevens delen) en oefenen hoe ze een vriend helpen die al ja heeft "
                    "gezegd."
                ),
                "goals": {
                    "kennis": (
                        "Leerlingen weten dat geldezels worden vervolgd voor witwassen, dat banken hen tot acht jaar "
                        "kunnen registreren in het Extern Verwijzingsregister (EVA) en dat slachtoffers hun geld "
                        "kunnen terugvorderen."
                    ),
                    "bewustwording": (
                        "Leerlingen onderzoeken waarom jongeren ondanks de risico's ingaan op een aanbod en welke "
                        "gedachten daarbij meespelen."
                    ),
                    "handelingsperspectief": (
                        "Leerlingen kunnen nepaanbiedingen ontmaskeren, een vriend helpen en weten welke stappen je "
                        "zet als het al is gebeurd."
                    ),
                },
                "content_guidance": ["criminaliteit"],
                "activities": [
                    {
                        "kind": "activity",
                        "title": "Terugblik en de gevolgen op een rij",
                        "minutes": 10,
                        "goal": "kennis",
                        "pupil_content": (
                            "Een geldezel laat zijn rekening gebruiken voor crimineel geld. De gevolgen: je rekening "
                            "gaat dicht. De bank zet je tot acht jaar in het EVA-register. Je moet geld terugbetalen "
                            "aan slachtoffers. Je kunt worden vervolgd voor witwassen."
                        ),
                        "instructions": (
                            "Laat de vijf stappen van een geldezel door elkaar zien en laat de klas ze in de goede "
                            "volgorde zetten; wie de les in de onderbouw had, herkent ze. Bespreek daarna de vier "
                            "gevolgen en vraag bij elk gevolg: wat betekent dit over vijf jaar, als je op jezelf wilt "
                            "wonen?"
                        ),
                        "presenter_notes": (
                            "Het Extern Verwijzingsregister (EVA) is de gedeelde zwarte lijst van banken; een "
                            "registratie duurt tot acht jaar. Daarnaast kan de bank je in haar eigen "
                            "incidentenregister zetten. Een rekening openen, lenen of een hypotheek krijgen wordt in "
                            "die tijd erg moeilijk."
                        ),
                        "materials": ["Digibord", "Kaartjes met vijf stappen"],
                        "optional": False,
                    },
                    {
                        "kind": "activity",
                        "title": "Ontmasker het aanbod",
                        "minutes": 10,
                        "goal": "kennis",
                        "pupil_content": (
                            "Drie advertenties. 'Vacature financieel assistent: thuiswerk, 400 euro per week, je "
                            "ontvangt betalingen en stuurt ze door.' 'Crypto-trader zoekt partners: jij ontvangt, wij "
                            "traden.' 'Verkoop je inloggegevens, geen risico, we gebruiken je account maar één dag.'"
                        ),
                        "instructions": (
                            "Groepjes zoeken per advertentie uit wat er echt wordt gevraagd. Bespreek dat ronselaars "
                            "het woord 'bankpas' steeds vaker vermijden en het verpakken als baan, investering of "
                            "'account delen'."
                        ),
                        "presenter_notes": (
                            "Alle drie komen neer op het laten gebruiken van je rekening om geld door te sluizen. Een "
                            "echte werkgever laat nooit geld via je privérekening lopen. Inloggegevens of toegang tot "
                            "je bank-app delen is net zo riskant als je pas uitlenen."
                        ),
                        "materials": ["Werkblad met drie advertenties"],
                        "optional": False,
                    },
                    {
                        "kind": "socratic",
                        "title": "Gesprek: waarom doen jongeren het toch?",
                        "minutes": 10,
                        "goal": "bewustwording",
                        "opening_question": "Bijna iedereen weet dat het riskant is. Waarom zeggen jongeren toch ja?",
                        "follow_up_questions": [
                            "Wat denk je op het moment dat iemand je 300 euro aanbiedt?",
                            "Wat is het verschil tussen weten dat iets riskant is en voelen dat het riskant is?",
                            "Wanneer zou jij het meest gevoelig zijn voor zo'n aanbod?",
                            "Wat zou je helpen om op dat moment nee te zeggen?",
                        ],
                        "presenter_notes": (
                            "Redenen die vaak opkomen: geld nodig, 'iedereen doet het', de ronselaar is aardig of "
                            "bekend, de gevolgen lijken ver weg, 'mij pakken ze niet'. Het puberbrein weegt een "
                            "beloning nu zwaarder dan een risico later; benoem dat zonder het als excuus te gebruiken. "
                            "Stel open vragen en oordeel niet."
                        ),
                        "optional": False,
                    },
                    {
                        "kind": "dilemma",
                        "title": "Je vriendin zei al ja",
                        "minutes": 15,
                        "goal": "handelingsperspectief",
                        "situation": (
                            "Je beste vriendin vertelt dat ze haar inloggegevens van de bank-app heeft gegeven aan "
                            "iemand op Instagram. 'Ik krijg 300 euro. Hij zegt dat het om crypto gaat en dat alles "
                            "legaal is.' Gisteren stond er ineens 4.000 euro op haar rekening, die meteen weer weg "
                            "was. Ze vraagt je om het aan niemand te vertellen."
                        ),
                        "options": [
                            "Je houdt je mond: het is haar zaak.",
                            "Je zegt dat ze moet stoppen, maar verder niets hoeft te doen.",
                            "Je helpt haar de bank te bellen en haar ouders of mentor in te lichten.",
                            "Je zegt dat ze moet doen alsof ze van niets weet als de bank belt.",
                        ],
                        "discussion_questions": [
                            "Wat gebeurt er als ze nu niets doet?",
                            "Is het 'haar zaak' als er ook slachtoffers zijn die 4.000 euro kwijt zijn?",
                            "Hoe zeg je tegen een vriendin dat ze hulp moet zoeken zonder haar te veroordelen?",
                            "Wat zou jij willen dat een vriend voor jou deed?",
                        ],
                        "presenter_notes": (
                            "De beste route: direct de bank bellen (inloggegevens wijzigen, toegang blokkeren), ouders "
                            "of mentor inlichten en samen naar de politie. Doen alsof ze van niets weet, maakt het "
                            "erger. Eerlijk zijn en meewerken voorkomt de gevolgen niet altijd, maar telt wel mee. Wat "
                            "de straf wordt, beslissen politie en officier van justitie."
                        ),
                        "optional": False,
                    },
                    {
                        "kind": "quiz",
                        "title": "Check: de feiten",
                        "minutes": 5,
                        "goal": "kennis",
                        "questions": [
                            {
                                "question": "Hoe heet geldezel zijn in de wet?",
                                "answers": ["Witwassen", "Heling", "Inbraak"],
                                "correct": 0,
                                "explanation": (
                                    "Wie had kunnen weten dat het geld niet klopte, kan ook worden vervolgd voor "
                                    "schuldwitwassen."
                                ),
                            },
                            {
                                "question": "Hoe lang kan een registratie in het EVA-register van banken duren?",
                                "answers": ["Drie maanden", "Tot acht jaar", "Tot je 18e"],
                                "correct": 1,
                                "explanation": "In die tijd krijg je moeilijk een rekening, lening of hypotheek.",
                            },
                            {
                                "question": (
                                    "Een 'werkgever' vraagt je om betalingen via je privérekening door te sturen. Wat "
                                    "is dit?"
                                ),
                                "answers": ["Een normale thuiswerkbaan", "Een ronseltruc voor geldezels", "Een stage"],
                                "correct": 1,
                                "explanation": "Een echte werkgever laat nooit geld via jouw rekening lopen.",
                            },
                        ],
                        "presenter_notes": "Korte afsluiting; laat weg als het dilemma meer tijd vraagt.",
                        "optional": True,
                    },
                ],
                "follow_up": [
                    {
                        "title": "Financiële vorming",
                        "text": (
                            "Koppel de les aan economie of financiële vorming: hoe werkt een bankrekening, wat staat "
                            "er in de voorwaarden en wat is het EVA-register?"
                        ),
                    },
                    {
                        "title": "Vriendschap en melden",
                        "text": (
                            "Bespreek in de mentorles hoe je een vriend helpt die al betrokken is, zonder te "
                            "'verraden'. Gebruik het dilemma als start."
                        ),
                    },
                ],
                "safe_delivery": {
                    "ground_rules": [
                        "We noemen geen namen van echte personen, straten of accounts.",
                        "Niemand hoeft te vertellen wat hij of zij zelf heeft meegemaakt.",
                        "We oordelen niet over wie twijfelt of snel geld verleidelijk vindt.",
                        "Wat iemand persoonlijk vertelt, blijft in de klas.",
                    ],
                    "disclosure": (
                        "Vertelt een leerling dat hij of zij zijn bankpas, pincode of inloggegevens al heeft "
                        "uitgeleend of verkocht, of dat iemand daarom vraagt of dreigt? Blijf rustig, neem het serieus "
                        "en beloof geen geheimhouding. Adviseer om direct de bank te bellen om de pas of toegang te "
                        "blokkeren. Bespreek het na de les met de zorgcoördinator of aandachtsfunctionaris, die ouders "
                        "en zo nodig de politie betrekt. Bij dreiging: politie (112 bij direct gevaar). Informatie "
                        "over ronselaars kan anoniem via Meld Misdaad Anoniem (0800-7000); voor advies over fraude kan "
                        "de Fraudehelpdesk helpen."
                    ),
                    "signposting": ["meld-misdaad-anoniem", "politie", "fraudehelpdesk"],
                },
            },
            {
                "title": "Geldezels (MBO)",
                "slug": "geldezels-mbo",
                "offer_type": "voorlichting",
                "age_bands": ["mbo"],
                "use": "beide",
                "settings": ["school", "sportvereniging", "wijk"],
                "duration": 50,
                "group_size": "Eén klas, tot 28 studenten",
                "central_question": (
                    "Wat betekent een registratie als geldezel voor je volwassen leven, en hoe voorkom je dat je zelf "
                    "ronselaar wordt?"
                ),
                "summary": (
                    "Studenten ontdekken wat een registratie als geldezel doet met zelfstandig wonen, werk en lenen, "
                    "en zien hoe snel een geldezel ronselaar wordt. Ze werken met een casus over een studiegenoot die "
                    "anderen werft, zetten de straffen op een rij en maken een plan voor geldzorgen en benaderingen."
                ),
                "goals": {
                    "kennis": (
                        "Leerlingen weten dat vanaf 18 jaar het volwassenenstrafrecht geldt, welke straffen er op "
                        "witwassen staan en welke gevolgen een bankregistratie heeft voor wonen, lenen en werk."
                    ),
                    "bewustwording": (
                        "Leerlingen onderzoeken hoe snel je van geldezel tot ronselaar kunt opschuiven en waar hun "
                        "eigen grens ligt."
                    ),
                    "handelingsperspectief": (
                        "Leerlingen weten hoe ze een aanbod afwijzen, hoe ze hulp krijgen bij geldzorgen en wat ze "
                        "doen als ze benaderd worden of al betrokken zijn."
                    ),
                },
                "content_guidance": ["criminaliteit"],
                "activities": [
                    {
                        "kind": "activity",
                        "title": "Je eerste eigen plek",
                        "minutes": 10,
                        "goal": "kennis",
                        "pupil_content": (
                            "Je bent 20 en wilt op jezelf wonen. Wat heb je nodig? Een rekening voor je salaris en de "
                            "huur, misschien een lening voor meubels, later een hypotheek. En dan zegt de bank: 'U "
                            "staat geregistreerd. Wij openen geen rekening voor u.'"
                        ),
                        "instructions": (
                            "Vraag eerst wie op de middelbare school de voorlichting Geldezels had en wat een geldezel "
                            "ook alweer is. Laat studenten daarna een lijst maken van wat je nodig hebt om zelfstandig "
                            "te wonen. Markeer wat via een bank loopt. Leg uit wat een registratie in het Extern "
                            "Verwijzingsregister (EVA) van banken betekent en vraag: wat doet dat met je plannen?"
                        ),
                        "presenter_notes": (
                            "Banken kunnen geldezels tot acht jaar registreren in het EVA. Een lening of hypotheek "
                            "krijgen wordt dan erg moeilijk, en ook een gewone rekening openen gaat niet vanzelf. "
                            "Studenten denken vaak dat het na de strafzaak voorbij is; de financiële gevolgen duren "
                            "vaak langer."
                        ),
                        "materials": ["Digibord"],
                        "optional": False,
                    },
                    {
                        "kind": "dilemma",
                        "title": "Van geldezel naar ronselaar",
                        "minutes": 15,
                        "goal": "bewustwording",
                        "situation": (
                            "Een studiegenoot heeft vorig jaar zijn rekening 'verhuurd' en zegt dat er niets is "
                            "gebeurd. Nu vraagt hij of jij drie mensen van jullie opleiding wilt zoeken die hun "
                            "rekening willen verhuren. 'Jij krijgt 100 euro per persoon. Je doet niks met je eigen "
                            "rekening, dus jij loopt geen risico.'"
                        ),
                        "options": [
                            "Je doet het: je gebruikt je eigen rekening niet, dus het is veilig.",
                            "Je zegt nee, maar waarschuwt verder niemand.",
                            "Je zegt nee en zegt dat hij zelf ook moet stoppen.",
                            "Je zegt nee en meldt het bij een docent of anoniem via Meld Misdaad Anoniem.",
                        ],
                        "discussion_questions": [
                            "Klopt het dat jij geen risico loopt als je alleen mensen aanbrengt?",
                            "Wat vind je ervan om klasgenoten te werven voor iets waar zij de prijs voor betalen?",
                            "Waarom zegt hij dat er 'niets is gebeurd'? Wat weet je niet?",
                            "Waar ligt voor jou de grens tussen iemand aan geld helpen en iemand erin luizen?",
                        ],
                        "presenter_notes": (
                            "Wie anderen werft, helpt bij het witwassen en kan als medepleger worden vervolgd; "
                            "rechters rekenen het werven van anderen, zeker van jongeren, zwaar aan. 'Er is niets "
                            "gebeurd' betekent vaak alleen: nog niet. Registraties en strafzaken volgen soms pas "
                            "maanden later."
                        ),
                        "optional": False,
                    },
                    {
                        "kind": "activity",
                        "title": "De straffen en gevolgen op een rij",
                        "minutes": 10,
                        "goal": "kennis",
                        "pupil_content": (
                            "Witwassen: tot 4 jaar gevangenisstraf. Schuldwitwassen (je had het kunnen weten): tot 1 "
                            "jaar. Geld terugbetalen aan slachtoffers. Rekening dicht en tot 8 jaar registratie bij "
                            "banken. Een strafblad kan je VOG in de weg staan."
                        ),
                        "instructions": (
                            "Bespreek per gevolg wat het betekent voor de opleidingen in de klas (zorg, techniek, "
                            "economie, beveiliging, logistiek). Laat tweetallen kiezen welk gevolg voor hun eigen "
                            "beroep het zwaarst weegt en waarom."
                        ),
                        "presenter_notes": (
                            "Maximale straffen: opzettelijk witwassen 4 jaar, gewoontewitwassen 6 jaar, "
                            "schuldwitwassen 1 jaar. In de praktijk krijgen mensen zonder strafblad vaak een taakstraf "
                            "of voorwaardelijke straf, maar de gevolgen bij banken en de terugbetaling blijven. Een "
                            "veroordeling voor witwassen weegt zwaar bij een VOG voor werk met geld, goederen of "
                            "gegevens."
                        ),
                        "materials": ["Digibord"],
                        "optional": False,
                    },
                    {
                        "kind": "activity",
                        "title": "Geldzorgen? Echte hulp",
                        "minutes": 10,
                        "goal": "handelingsperspectief",
                        "pupil_content": (
                            "Geld nodig? Bijbaan of uitzendwerk, studiefinanciering checken, toeslagen checken, "
                            "schuldhulp van de gemeente, een gesprek met je studentbegeleider. Benaderd? Zeg nee, maak "
                            "een screenshot, meld het bij je bank en eventueel bij de politie of Meld Misdaad Anoniem. "
                            "Al betrokken? Bel je bank, stop en zoek hulp."
                        ),
                        "instructions": (
                            "Groepjes maken voor drie situaties een stappenplan met instanties uit hun eigen gemeente: "
                            "geld tekort voor de huur, benaderd via een chatapp, al 'ja' gezegd. Bespreek klassikaal "
                            "en vul aan met wat de school biedt."
                        ),
                        "presenter_notes": (
                            "Mbo-studenten in een bol-opleiding kunnen vanaf 18 jaar studiefinanciering krijgen. "
                            "Gemeenten bieden gratis schuldhulp; het Juridisch Loket geeft gratis juridisch advies. "
                            "Wie al betrokken is: eerst de bank bellen, daarna advies vragen over aangifte of verhoor. "
                            "Bij een politieverhoor heb je recht op een advocaat."
                        ),
                        "materials": ["Werkblad drie situaties"],
                        "optional": False,
                    },
                    {
                        "kind": "quiz",
                        "title": "Check: geldezel of ronselaar",
                        "minutes": 5,
                        "goal": "kennis",
                        "questions": [
                            {
                                "question": (
                                    "Je werft anderen om hun rekening te verhuren, maar gebruikt je eigen rekening "
                                    "niet. Wat klopt?"
                                ),
                                "answers": [
                                    "Je loopt geen risico",
                                    "Je kunt worden vervolgd als medepleger van witwassen",
                                    "Alleen de mensen die je werft, zijn strafbaar",
                                ],
                                "correct": 1,
                                "explanation": "Wie werft, speelt een actieve rol in het witwassen.",
                            },
                            {
                                "question": "Wat is de maximale straf voor schuldwitwassen?",
                                "answers": [
                                    "Een boete van 50 euro",
                                    "1 jaar gevangenisstraf",
                                    "20 jaar gevangenisstraf",
                                ],
                                "correct": 1,
                                "explanation": (
                                    "Voor opzettelijk witwassen is dat 4 jaar, voor gewoontewitwassen 6 jaar."
                                ),
                            },
                            {
                                "question": "Waarvoor kan een registratie bij banken lastig zijn?",
                                "answers": [
                                    "Een rekening openen, een lening of een hypotheek",
                                    "Een bibliotheekpas",
                                    "Je rijbewijs",
                                ],
                                "correct": 0,
                                "explanation": "Banken delen zo'n registratie en bewaren hem tot acht jaar.",
                            },
                        ],
                        "presenter_notes": "Alleen als er tijd is.",
                        "optional": True,
                    },
                ],
                "follow_up": [
                    {
                        "title": "Studieloopbaanbegeleiding",
                        "text": (
                            "Bespreek in de slb-les hoe studenten hun financiën regelen. Verwijs bij geldzorgen naar "
                            "de studentendecaan en de schuldhulp van de gemeente."
                        ),
                    },
                    {
                        "title": "Signalen van werving",
                        "text": (
                            "Ronselaars werven vaak binnen opleidingen en via groepschats. Bespreek signalen in het "
                            "docententeam en meld ze bij het zorgteam en de Halt-medewerker."
                        ),
                    },
                ],
                "safe_delivery": {
                    "ground_rules": [
                        "We noemen geen namen van echte personen, straten of accounts.",
                        "Niemand hoeft te vertellen wat hij of zij zelf heeft meegemaakt.",
                        "We oordelen niet over wie twijfelt of snel geld verleidelijk vindt.",
                        "Wat iemand persoonlijk vertelt, blijft in de klas.",
                    ],
                    "disclosure": (
                        "Vertelt een leerling dat hij of zij zijn bankpas, pincode of inloggegevens al heeft "
                        "uitgeleend of verkocht, of dat iemand daarom vraagt of dreigt? Blijf rustig, neem het serieus "
                        "en beloof geen geheimhouding. Adviseer om direct de bank te bellen om de pas of toegang te "
                        "blokkeren. Bespreek het na de les met de zorgcoördinator of aandachtsfunctionaris, die ouders "
                        "en zo nodig de politie betrekt. Bij dreiging: politie (112 bij direct gevaar). Informatie "
                        "over ronselaars kan anoniem via Meld Misdaad Anoniem (0800-7000); voor advies over fraude kan "
                        "de Fraudehelpdesk helpen."
                    ),
                    "signposting": ["meld-misdaad-anoniem", "politie", "fraudehelpdesk"],
                },
            },
        ],
        "parent_guide": None,
        "professional_guides": [],
    },
    {
        "slug": "alertprogramma",
        "title": "Alertprogramma",
        "order": 70,
        "summary": (
            "Leerlingen leren alert te zijn op risicovolle situaties en ronselen voor criminaliteit in hun eigen "
            "omgeving, zoals het 'klusje' of iets vasthouden of vervoeren voor een ander."
        ),
        "why": [
            (
                "Criminelen zoeken jonge mensen voor klussen waar ze zelf niet mee gezien willen worden: iets "
                "vasthouden, iets wegbrengen, op de uitkijk staan of een scooter 'ophalen'. Ze benaderen jongeren in "
                "de wijk, bij het sportveld, bij de snackbar of online, vaak via oudere jongeren die de jongere al "
                "kent. Het begint klein en vriendelijk."
            ),
            (
                "Het Alertprogramma helpt jongeren de signalen van zulke situaties vroeg te herkennen, bij zichzelf en "
                "bij vrienden. Ze leren waarom juist jongeren worden gevraagd, wat de gevolgen kunnen zijn en hoe ze "
                "zonder gezichtsverlies afstand nemen en hulp inschakelen."
            ),
            (
                "Het programma sluit aan bij Invloed van de groep en de voorlichtingen over snel geld. Die gaan over "
                "de verleiding van geld; het Alertprogramma gaat over de situatie zelf: wie benadert je, waar en hoe, "
                "en wat doe je op dat moment."
            ),
        ],
        "everyday_terms": [
            "alert",
            "ronselen",
            "klusjes",
            "iets vasthouden",
            "pakketje wegbrengen",
            "op de uitkijk staan",
            "criminele uitbuiting",
            "drugsrunner",
            "weerbaarheid",
        ],
        "lessons": [
            {
                "title": "Alertprogramma (VO onderbouw)",
                "slug": "alertprogramma-vo-onderbouw",
                "offer_type": "voorlichting",
                "age_bands": ["vo-onderbouw"],
                "use": "proactief",
                "settings": ["school", "sportvereniging", "wijk"],
                "duration": 50,
                "group_size": "Eén klas, tot 32 leerlingen",
                "central_question": "Hoe herken je dat een 'klein klusje' een risico is, en wat doe je dan?",
                "summary": (
                    "Leerlingen verkennen risicovolle plekken en situaties in hun eigen omgeving en leren de signalen "
                    "van ronselen herkennen: aandacht, cadeautjes, een klein klusje, geheimhouding. Met een dilemma "
                    "bij het sportveld oefenen ze hoe ze afstand nemen. Ze maken een eigen alertkaart."
                ),
                "goals": {
                    "kennis": (
                        "Leerlingen kennen de signalen van ronselen voor criminaliteit en weten dat iets vasthouden of "
                        "vervoeren voor een ander strafbaar kan zijn, ook als je niet weet wat het is."
                    ),
                    "bewustwording": (
                        "Leerlingen worden zich bewust van risicovolle situaties in hun eigen omgeving en van hun "
                        "eigen gevoel als waarschuwing."
                    ),
                    "handelingsperspectief": (
                        "Leerlingen kunnen afstand nemen van een risicovolle situatie en weten wie ze kunnen "
                        "inschakelen."
                    ),
                },
                "content_guidance": ["criminaliteit"],
                "activities": [
                    {
                        "kind": "activity",
                        "title": "Mijn omgeving in kaart",
                        "minutes": 10,
                        "goal": "bewustwording",
                        "pupil_content": (
                            "Waar ben jij na school en in het weekend? Waar voel je je veilig? En waar denk je "
                            "weleens: hier klopt iets niet?"
                        ),
                        "instructions": (
                            "Leerlingen tekenen een eenvoudige kaart van hun route en plekken: school, sportveld, "
                            "winkelcentrum, en ook online plekken. Een groene stip voor plekken waar ze zich veilig "
                            "voelen, een oranje stip waar ze weleens twijfelen. Bespreek klassikaal wat voor plekken "
                            "oranje zijn, zonder adressen of namen."
                        ),
                        "presenter_notes": (
                            "Laat geen echte adressen of namen noemen. Typische oranje plekken: bepaalde hangplekken, "
                            "een parkeerplaats, de scooterplek bij de snackbar, sommige groepschats. Het "
                            "onderbuikgevoel is een waardevol signaal; benoem dat."
                        ),
                        "materials": ["A4-papier", "Groene en oranje stiften"],
                        "optional": False,
                    },
                    {
                        "kind": "activity",
                        "title": "Signalen van ronselen",
                        "minutes": 10,
                        "goal": "kennis",
                        "pupil_content": (
                            "Let op als iemand: 1) je veel aandacht of cadeautjes geeft, zoals eten, kleding of een "
                            "ritje op de scooter; 2) je vraagt om 'even' iets vast te houden of weg te brengen; 3) "
                            "zegt dat je het aan niemand mag vertellen; 4) daarna zegt dat je hem 'iets schuldig' bent."
                        ),
                        "instructions": (
                            "Bespreek de vier signalen met een korte, fictieve strip van vier plaatjes. Vraag bij elk "
                            "plaatje: is dit al verdacht? Waarom wel of niet? Laat zien dat de signalen samen een "
                            "patroon vormen."
                        ),
                        "presenter_notes": (
                            "Aandacht of een cadeautje is op zich niet verdacht; het patroon telt: iets krijgen, "
                            "daarna iets moeten doen, geheimhouding en dan een schuld. Iets vasthouden voor een ander "
                            "kan strafbaar zijn, bijvoorbeeld bij drugs, wapens of gestolen spullen (heling). Vanaf 12 "
                            "jaar kun je worden vervolgd."
                        ),
                        "materials": ["Digibord", "Strip in vier plaatjes"],
                        "optional": False,
                    },
                    {
                        "kind": "dilemma",
                        "title": "Bij het sportveld",
                        "minutes": 15,
                        "goal": "handelingsperspectief",
                        "situation": (
                            "Na de training hang je nog even rond bij het veld. Een oudere jongen die je kent van de "
                            "club is altijd aardig en geeft je vaak een energydrink. Vandaag vraagt hij: 'Wil je deze "
                            "tas in je sporttas stoppen en morgen meenemen naar school? Ik haal hem daar op. Niet "
                            "openmaken, hè.' Hij geeft je een boks en 20 euro."
                        ),
                        "options": [
                            "Je neemt de tas mee: hij is altijd aardig tegen je.",
                            "Je vraagt wat erin zit.",
                            "Je zegt: 'Sorry, mijn moeder checkt altijd mijn tas' en geeft de 20 euro terug.",
                            "Je zegt nee en vertelt het aan je trainer, een ouder of je mentor.",
                        ],
                        "discussion_questions": [
                            "Welke signalen van ronselen zie je?",
                            "Waarom vraagt hij het aan jou en niet aan iemand van zijn eigen leeftijd?",
                            "Wat als je de tas meeneemt en er zit iets verbodens in?",
                            "Wat zou je trainer willen dat je doet?",
                        ],
                        "presenter_notes": (
                            "Jongere leerlingen worden gevraagd omdat ze minder opvallen en lager worden gestraft. "
                            "'Niet openmaken' is een rode vlag. Het geld teruggeven maakt een 'schuld' minder "
                            "waarschijnlijk. Trainers zijn belangrijke volwassenen; veel sportclubs hebben een "
                            "vertrouwenscontactpersoon. Optie 3 en 4 kunnen samen."
                        ),
                        "optional": False,
                    },
                    {
                        "kind": "activity",
                        "title": "Mijn alertkaart",
                        "minutes": 10,
                        "goal": "handelingsperspectief",
                        "pupil_content": (
                            "Maak je eigen alertkaart. 1) Mijn signaal: wanneer klopt iets niet? 2) Mijn zin om "
                            "afstand te nemen. 3) Twee volwassenen die ik kan bellen. 4) Meld Misdaad Anoniem: "
                            "0800-7000. Bij direct gevaar: 112."
                        ),
                        "instructions": (
                            "Leerlingen vullen een kaartje ter grootte van een bankpas in; ze hoeven het niet te laten "
                            "zien. Vraag een paar vrijwilligers hun zin voor te lezen. Tip: sla de nummers op in je "
                            "telefoon."
                        ),
                        "presenter_notes": (
                            "Sommige leerlingen vinden het lastig om een volwassene te noemen. Help met rollen: ouder, "
                            "oom of tante, trainer, mentor, jongerenwerker, wijkagent. Leerlingen die zich zorgen "
                            "maken over een situatie kunnen na de les bij u of de mentor terecht."
                        ),
                        "materials": ["Alertkaartjes", "Pennen"],
                        "optional": False,
                    },
                    {
                        "kind": "quiz",
                        "title": "Check: ben je alert?",
                        "minutes": 5,
                        "goal": "kennis",
                        "questions": [
                            {
                                "question": (
                                    "Iemand geeft je vaak cadeautjes en vraagt dan of je 'even' iets wegbrengt. Wat is "
                                    "dit?"
                                ),
                                "answers": ["Gewoon vriendschap", "Een bekend signaal van ronselen", "Een bijbaan"],
                                "correct": 1,
                                "explanation": "Eerst iets geven, dan iets terugvragen: dat is een bekend patroon.",
                            },
                            {
                                "question": "Je houdt een tas vast voor iemand en er zit iets verbodens in. Wat klopt?",
                                "answers": [
                                    "Je bent niet strafbaar als je niet hebt gekeken",
                                    "Je kunt strafbaar zijn, zeker als er rode vlaggen waren",
                                    "Alleen de eigenaar van de tas is strafbaar",
                                ],
                                "correct": 1,
                                "explanation": (
                                    "'Niet openmaken' en geld krijgen zijn rode vlaggen. Daardoor had je kunnen weten "
                                    "dat het fout zat."
                                ),
                            },
                            {
                                "question": "Welk nummer bel je om anoniem iets te melden over misdaad?",
                                "answers": ["112", "0800-7000 (Meld Misdaad Anoniem)", "0900-8844"],
                                "correct": 1,
                                "explanation": (
                                    "112 is voor direct gevaar en 0900-8844 is de politie zonder spoed. Meld Misdaad "
                                    "Anoniem vraagt niet naar je naam."
                                ),
                            },
                        ],
                        "presenter_notes": "Sla over als de alertkaart meer tijd vraagt.",
                        "optional": True,
                    },
                ],
                "follow_up": [
                    {
                        "title": "Alertkaart levend houden",
                        "text": (
                            "Vraag een paar weken later in de mentorles wie zijn alertkaart nog heeft en of iemand hem "
                            "heeft gebruikt. Herhaal de vier signalen."
                        ),
                    },
                    {
                        "title": "Samenwerken met club en wijk",
                        "text": (
                            "Deel de vier signalen met sportverenigingen en het jongerenwerk in de buurt, zodat "
                            "trainers en jongerenwerkers dezelfde taal gebruiken."
                        ),
                    },
                    {
                        "title": "Signalen bespreken",
                        "text": (
                            "Hoort de school over ronselen rond school of sportpark? Bespreek het in het zorgteam, met "
                            "de wijkagent en de Halt-medewerker."
                        ),
                    },
                ],
                "safe_delivery": {
                    "ground_rules": [
                        "We noemen geen namen van echte personen, straten of accounts.",
                        "Niemand hoeft te vertellen wat hij of zij zelf heeft meegemaakt.",
                        "We oordelen niet over wie twijfelt of snel geld verleidelijk vindt.",
                        "Wat iemand persoonlijk vertelt, blijft in de klas.",
                    ],
                    "disclosure": (
                        "Vertelt een leerling dat hij of zij wordt benaderd, onder druk gezet of al 'klusjes' doet? "
                        "Blijf rustig, neem het serieus en beloof geen geheimhouding. Bespreek het direct na de les "
                        "met de zorgcoördinator of aandachtsfunctionaris en spreek af wie contact houdt met de "
                        "leerling. Bij direct gevaar: 112. Bij zorgen over de thuissituatie: de meldcode volgen en zo "
                        "nodig advies vragen bij Veilig Thuis (0800-2000). Informatie over ronselaars kan anoniem via "
                        "Meld Misdaad Anoniem (0800-7000)."
                    ),
                    "signposting": ["meld-misdaad-anoniem", "politie", "veilig-thuis"],
                },
            },
            {
                "title": "Alertprogramma (VO bovenbouw)",
                "slug": "alertprogramma-vo-bovenbouw",
                "offer_type": "voorlichting",
                "age_bands": ["vo-bovenbouw"],
                "use": "proactief",
                "settings": ["school", "sportvereniging", "wijk"],
                "duration": 50,
                "group_size": "Eén klas, tot 32 leerlingen",
                "central_question": (
                    "Hoe blijf je alert nu je ouder bent, en hoe bescherm je jongere kinderen om je heen?"
                ),
                "summary": (
                    "Leerlingen herhalen de signalen van ronselen en kijken nu van twee kanten: hoe word je zelf "
                    "benaderd, en hoe zie je dat jongere broers, zussen of teamgenoten worden ingepalmd? Ze leren wat "
                    "criminele uitbuiting is en oefenen hoe ze op een veilige manier ingrijpen."
                ),
                "goals": {
                    "kennis": (
                        "Leerlingen weten wat criminele uitbuiting is, hoe ronselaars oudere jongeren inzetten om "
                        "jongere kinderen te werven en welke hulp en meldroutes er zijn."
                    ),
                    "bewustwording": (
                        "Leerlingen herkennen hun eigen invloed op jongere kinderen en denken na over de rol die ze "
                        "willen spelen."
                    ),
                    "handelingsperspectief": (
                        "Leerlingen kunnen veilig ingrijpen als ze zien dat een jongere wordt geronseld, zonder "
                        "zichzelf in gevaar te brengen."
                    ),
                },
                "content_guidance": ["criminaliteit"],
                "activities": [
                    {
                        "kind": "activity",
                        "title": "Terugblik: het patroon",
                        "minutes": 5,
                        "goal": "kennis",
                        "pupil_content": (
                            "Aandacht of cadeau, dan een klein klusje, dan geheimhouding, dan een 'schuld', dan "
                            "dreiging. Herken je het patroon uit de onderbouw?"
                        ),
                        "instructions": (
                            "Laat de stappen door elkaar zien en laat de klas ze in de goede volgorde zetten. Vraag "
                            "wie in de onderbouw het Alertprogramma had en wat er is blijven hangen."
                        ),
                        "presenter_notes": (
                            "Vul aan voor wie de onderbouwles niet heeft gehad. Benoem dat het patroon op elke "
                            "leeftijd werkt, ook bij 16-plussers, bijvoorbeeld via werk of het uitgaansleven."
                        ),
                        "materials": ["Digibord", "Kaartjes met de stappen"],
                        "optional": False,
                    },
                    {
                        "kind": "activity",
                        "title": "Criminele uitbuiting: wat is het?",
                        "minutes": 10,
                        "goal": "kennis",
                        "pupil_content": (
                            "Criminele uitbuiting is als iemand jou dwingt of misleidt om strafbare dingen te doen, "
                            "zoals drugs vervoeren of stelen, en daar zelf beter van wordt. In de wet valt dit onder "
                            "mensenhandel. Wie wordt uitgebuit, is ook slachtoffer."
                        ),
                        "instructions": (
                            "Leg het begrip uit. Bespreek met drie korte, fictieve situaties het verschil tussen zelf "
                            "kiezen en gedwongen worden. Vraag: waar ligt de grens? Wat verandert er als iemand wordt "
                            "bedreigd of een 'schuld' heeft?"
                        ),
                        "presenter_notes": (
                            "Criminele uitbuiting valt onder artikel 273f Wetboek van Strafrecht (mensenhandel). Een "
                            "jongere die wordt uitgebuit, kan tegelijk dader en slachtoffer zijn; politie en OM houden "
                            "daar rekening mee. Hulp voor slachtoffers loopt onder meer via de politie, Fier en "
                            "Slachtofferhulp Nederland."
                        ),
                        "materials": ["Digibord", "Drie situatiekaarten"],
                        "optional": False,
                    },
                    {
                        "kind": "dilemma",
                        "title": "Je broertje van 13",
                        "minutes": 15,
                        "goal": "bewustwording",
                        "situation": (
                            "Je broertje van 13 komt de laatste weken later thuis en heeft nieuwe oordopjes en een "
                            "dure jas. Hij zegt dat hij 'dingen regelt' voor een paar jongens van 18 uit de buurt, die "
                            "jij ook kent. Gisteren zag je hem schrikken van een bericht op zijn telefoon. Als je "
                            "ernaar vraagt, zegt hij: 'Bemoei je er niet mee, jij snapt het niet.'"
                        ),
                        "options": [
                            "Je laat het: hij moet zijn eigen fouten maken.",
                            "Je spreekt de jongens van 18 zelf aan.",
                            "Je praat rustig met je broertje en zegt dat je hem helpt, wat er ook is.",
                            "Je bespreekt je zorgen met je ouders, zijn mentor of een jongerenwerker.",
                        ],
                        "discussion_questions": [
                            "Welke signalen zie je?",
                            "Waarom is het riskant om de jongens zelf aan te spreken?",
                            "Wat heeft je broertje nodig om te durven praten?",
                            "Welke rol speel jij voor jongere kinderen in je omgeving, ook als je het niet merkt?",
                        ],
                        "presenter_notes": (
                            "Zelf de confrontatie aangaan met ronselaars kan gevaarlijk zijn. Beter: contact houden "
                            "met de jongere en volwassenen inschakelen die kunnen ingrijpen, zoals ouders, school, "
                            "jongerenwerk of de wijkagent. Signalen als nieuwe dure spullen, schrikken van berichten, "
                            "spijbelen en een nieuwe vriendengroep komen vaak samen. Informatie over ronselaars kan "
                            "anoniem via Meld Misdaad Anoniem (0800-7000)."
                        ),
                        "optional": False,
                    },
                    {
                        "kind": "activity",
                        "title": "Veilig ingrijpen: van zien naar doen",
                        "minutes": 15,
                        "goal": "handelingsperspectief",
                        "pupil_content": (
                            "1) Blijf in contact met de jongere: 'Ik ben er voor je.' 2) Ga niet zelf de confrontatie "
                            "aan met de ronselaar. 3) Schakel een volwassene in die kan helpen. 4) Meld anoniem via "
                            "0800-7000, of bel 112 bij direct gevaar."
                        ),
                        "instructions": (
                            "In groepjes van drie oefenen leerlingen het eerste gesprek met een jongere. Rollen: de "
                            "jongere, de oudere broer, zus of vriend, en een observator. De observator let op: klinkt "
                            "het steunend of beschuldigend? Wissel twee keer en bespreek wat werkte."
                        ),
                        "presenter_notes": (
                            "Beschuldigen ('Ben je gek geworden?') sluit het gesprek af; nieuwsgierigheid en steun "
                            "('Ik zie dat je ergens mee zit') houden het open. Bovenbouwleerlingen hebben veel invloed "
                            "op jongere kinderen: een oudere jongere die nee voorleeft, is een sterk voorbeeld."
                        ),
                        "materials": ["Rolkaarten", "Observatieformulier"],
                        "optional": False,
                    },
                    {
                        "kind": "quiz",
                        "title": "Check: alert in de bovenbouw",
                        "minutes": 5,
                        "goal": "kennis",
                        "questions": [
                            {
                                "question": "Onder welk strafbaar feit valt criminele uitbuiting?",
                                "answers": ["Mensenhandel", "Vernieling", "Een verkeersovertreding"],
                                "correct": 0,
                                "explanation": (
                                    "Wie een ander dwingt of misleidt om misdaden te plegen, kan worden vervolgd voor "
                                    "mensenhandel."
                                ),
                            },
                            {
                                "question": "Wat is verstandig als je ziet dat een jongere wordt geronseld?",
                                "answers": [
                                    "De ronselaar zelf aanspreken",
                                    "Contact houden met de jongere en een volwassene inschakelen",
                                    "Het op sociale media zetten",
                                ],
                                "correct": 1,
                                "explanation": "Zo help je de jongere zonder jezelf in gevaar te brengen.",
                            },
                            {
                                "question": (
                                    "Kan een jongere die wordt gedwongen drugs te vervoeren ook slachtoffer zijn?"
                                ),
                                "answers": [
                                    "Nee, dader is dader",
                                    "Ja, bij uitbuiting is hij ook slachtoffer",
                                    "Alleen als hij jonger is dan 12",
                                ],
                                "correct": 1,
                                "explanation": (
                                    "Politie en justitie kijken naar dwang en uitbuiting. Hulp zoeken is altijd "
                                    "verstandig."
                                ),
                            },
                        ],
                        "presenter_notes": "Korte afsluiting als er tijd is.",
                        "optional": True,
                    },
                ],
                "follow_up": [
                    {
                        "title": "Rolmodellen in de school",
                        "text": (
                            "Zet bovenbouwleerlingen in als buddy of mentor voor brugklassers, bijvoorbeeld bij de "
                            "introductie. Bespreek met hen de signalen uit deze les."
                        ),
                    },
                    {
                        "title": "Samenwerking in de wijk",
                        "text": (
                            "Bespreek met het jongerenwerk en de wijkagent welke signalen leerlingen noemden. Zo kan "
                            "de aanpak in de wijk worden afgestemd."
                        ),
                    },
                ],
                "safe_delivery": {
                    "ground_rules": [
                        "We noemen geen namen van echte personen, straten of accounts.",
                        "Niemand hoeft te vertellen wat hij of zij zelf heeft meegemaakt.",
                        "We oordelen niet over wie twijfelt of snel geld verleidelijk vindt.",
                        "Wat iemand persoonlijk vertelt, blijft in de klas.",
                    ],
                    "disclosure": (
                        "Vertelt een leerling dat hij of zij wordt benaderd, onder druk gezet of al 'klusjes' doet? "
                        "Blijf rustig, neem het serieus en beloof geen geheimhouding. Bespreek het direct na de les "
                        "met de zorgcoördinator of aandachtsfunctionaris en spreek af wie contact houdt met de "
                        "leerling. Bij direct gevaar: 112. Bij zorgen over de thuissituatie: de meldcode volgen en zo "
                        "nodig advies vragen bij Veilig Thuis (0800-2000). Informatie over ronselaars kan anoniem via "
                        "Meld Misdaad Anoniem (0800-7000)."
                    ),
                    "signposting": ["meld-misdaad-anoniem", "politie", "veilig-thuis", "fier", "slachtofferhulp"],
                },
            },
        ],
        "parent_guide": None,
        "professional_guides": [],
    },
]
