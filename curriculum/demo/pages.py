"""Demo data: the standard information pages of the platform, in Dutch.

Each page: slug, title, intro and sections (heading plus paragraphs). Contact addresses on the example domain
halt.example are fictional.
"""

from __future__ import annotations

STANDARD_PAGES = [
    {
        "slug": "toegankelijkheidsverklaring",
        "title": "Toegankelijkheidsverklaring",
        "intro": (
            "Stichting Halt wil dat iedereen deze website kan gebruiken: leerlingen, leerkrachten, ouders en "
            "Halt-medewerkers, ook als u slechtziend bent, een schermlezer gebruikt of de website alleen met een "
            "toetsenbord bedient. In deze verklaring leest u hoe toegankelijk de website is, hoe we dat hebben "
            "getest en wat nog niet goed werkt."
        ),
        "sections": [
            {
                "heading": "Onze ambitie",
                "paragraphs": [
                    (
                        "Deze website moet voldoen aan de Web Content Accessibility Guidelines (WCAG) 2.1 op niveau "
                        "AA. Dat is de eis uit de Europese norm EN 301 549, die ook Digitoegankelijk hanteert voor "
                        "websites van de overheid en de publieke sector."
                    ),
                    (
                        "Concreet betekent dit onder meer: alle functies werken met het toetsenbord, de focus is "
                        "altijd zichtbaar, tekst en achtergrond hebben genoeg contrast, afbeeldingen hebben een "
                        "tekstalternatief en de pagina's zijn ook op 200% zoom en op een telefoon goed te lezen."
                    ),
                ],
            },
            {
                "heading": "Hoe we de toegankelijkheid testen",
                "paragraphs": [
                    (
                        "Bij elke wijziging van de website draait een automatische toetsing met axe-core. Die "
                        "controleert alle typen pagina's op veelvoorkomende fouten, zoals ontbrekende labels, te "
                        "weinig contrast en een onlogische kopstructuur."
                    ),
                    (
                        "Automatische toetsing vindt niet alle problemen. Daarom controleren we de belangrijkste "
                        "pagina's ook handmatig: we bedienen ze alleen met het toetsenbord, lezen ze voor met een "
                        "schermlezer, vergroten de tekst en controleren of teksten begrijpelijk zijn. Ouderteksten "
                        "schrijven we op taalniveau B1."
                    ),
                ],
            },
            {
                "heading": "Wat nog niet goed werkt",
                "paragraphs": [
                    ("Wij weten van de volgende beperkingen en werken eraan om ze op te lossen:"),
                    (
                        "Sommige oudere lesmaterialen in pdf-formaat zijn nog niet volledig getagd. Een schermlezer "
                        "leest ze daardoor niet altijd in de goede volgorde voor. Nieuwe pdf's maken we getagd en "
                        "toegankelijk; een oudere pdf zetten we op verzoek om."
                    ),
                    (
                        "Niet alle video's in de voorlichtingen hebben al een audiodescriptie. Ondertiteling is wel "
                        "beschikbaar."
                    ),
                    (
                        "De presentatieweergave voor Halt-medewerkers, achter de login, is nog niet volledig met "
                        "schermlezers getest."
                    ),
                ],
            },
            {
                "heading": "Een probleem melden",
                "paragraphs": [
                    (
                        "Kunt u iets op deze website niet gebruiken, of heeft u een tip? Laat het ons weten via "
                        "toegankelijkheid@halt.example. Vertel op welke pagina het was en wat er misging. U krijgt "
                        "binnen vijf werkdagen een reactie."
                    ),
                    (
                        "Heeft u informatie nodig in een andere vorm, bijvoorbeeld een lesbrief als toegankelijk "
                        "document? Vraag het ons via hetzelfde adres."
                    ),
                ],
            },
            {
                "heading": "Datum van deze verklaring",
                "paragraphs": [
                    (
                        "Deze verklaring is opgesteld op 28 november 2026. We werken haar bij na elk nieuw "
                        "onderzoek en in elk geval één keer per jaar."
                    ),
                ],
            },
        ],
    },
    {
        "slug": "privacy",
        "title": "Privacy",
        "intro": (
            "Op deze website vindt u de lesmaterialen van de voorlichtingen van Halt. We hebben de website zo "
            "gebouwd dat we zo weinig mogelijk gegevens nodig hebben. Van jongeren verzamelen we niets."
        ),
        "sections": [
            {
                "heading": "Geen account nodig",
                "paragraphs": [
                    (
                        "Leerlingen, leerkrachten en ouders gebruiken deze website zonder account. U hoeft zich niet "
                        "te registreren en niet in te loggen om lesmateriaal, nazorg of een gesprekshulp te lezen."
                    ),
                    (
                        "Alleen medewerkers van Halt en de curriculumredactie loggen in. Van hen bewaren we alleen "
                        "wat nodig is voor hun account: naam, werk-e-mailadres en hun rol."
                    ),
                ],
            },
            {
                "heading": "Geen persoonsgegevens van jongeren",
                "paragraphs": [
                    (
                        "Deze website bevat geen persoonsgegevens van jongeren. Er staan geen namen, klassenlijsten "
                        "of gegevens over individuele leerlingen in. De voorbeelden in de lessen zijn verzonnen."
                    ),
                    (
                        "Halt-medewerkers kunnen een korte notitie maken bij een lesbezoek. Het invulveld "
                        "waarschuwt daarbij om geen namen, e-mailadressen of telefoonnummers te noteren, en houdt "
                        "zulke gegevens tegen."
                    ),
                ],
            },
            {
                "heading": "Cookies",
                "paragraphs": [
                    (
                        "We gebruiken geen trackingcookies en geen analytische cookies. We volgen niet wat u op de "
                        "website doet en delen niets met adverteerders of sociale media."
                    ),
                    (
                        "Alleen voor ingelogde Halt-medewerkers gebruiken we een sessiecookie. Dat cookie is nodig om "
                        "ingelogd te blijven en wordt verwijderd als de medewerker uitlogt. Op het inlogscherm zet de "
                        "website daarnaast een beveiligingscookie dat formulieren beschermt tegen misbruik."
                    ),
                ],
            },
            {
                "heading": "Uw rechten",
                "paragraphs": [
                    (
                        "Halt houdt zich aan de Algemene verordening gegevensbescherming (AVG) en aan de Code voor "
                        "Kinderrechten. U heeft het recht om te vragen welke gegevens we van u hebben, en om die te "
                        "laten aanpassen of verwijderen."
                    ),
                    (
                        "Heeft u een vraag of een klacht over privacy? Mail dan naar privacy@halt.example. Bent u "
                        "het niet eens met onze reactie, dan kunt u een klacht indienen bij de Autoriteit "
                        "Persoonsgegevens."
                    ),
                ],
            },
        ],
    },
    {
        "slug": "individuele-interventies",
        "title": "Individuele interventies uitgelegd",
        "intro": (
            "Naast voorlichtingen voor groepen werkt Halt ook met individuele jongeren. Op deze pagina leggen we "
            "voor leerkrachten en ouders uit welke individuele interventies er zijn. Aanmelden gaat nooit via deze "
            "website."
        ),
        "sections": [
            {
                "heading": "De school- en wijkinterventie",
                "paragraphs": [
                    (
                        "Opgroeiende jongeren zoeken grenzen op. Dat is normaal. Soms gaat het te ver en is er "
                        "sprake van grensoverschrijdend of strafbaar gedrag, terwijl de inzet van het strafrecht "
                        "niet mogelijk of niet wenselijk is. Dan kan een jongere van 10 tot 23 jaar preventief bij "
                        "Halt worden aangemeld."
                    ),
                    (
                        "Op school kan dat door een leerkracht, mentor of zorgcoördinator. In de wijk kunnen onder "
                        "meer de wijkagent, een boa, het wijkteam, de jongerenwerker, de sportvereniging en ouders "
                        "verwijzen. Voor jongeren onder de 16 jaar is toestemming van de ouders nodig."
                    ),
                    (
                        "De jongere leert van zijn fouten, denkt na over zijn gedrag, neemt verantwoordelijkheid en "
                        "herstelt de relatie met het slachtoffer of de omgeving, bijvoorbeeld met een excuus. Ouders "
                        "of verzorgers worden erbij betrokken. Voorbeelden zijn structureel grensoverschrijdend "
                        "gedrag, verbale of fysieke agressie en digitaal grensoverschrijdend gedrag."
                    ),
                ],
            },
            {
                "heading": "De JIM: Jouw Ingebrachte Mentor",
                "paragraphs": [
                    (
                        "Een JIM is een volwassene die de jongere zelf kiest, bijvoorbeeld een tante, een buurman of "
                        "iemand van de sportvereniging. De JIM luistert naar de jongere, en de jongere luistert naar "
                        "de JIM."
                    ),
                    ("De JIM adviseert, steunt en helpt de jongere tijdens het Halt-traject, en soms ook daarna."),
                ],
            },
            {
                "heading": "Het Halt-loket bij evenementen",
                "paragraphs": [
                    (
                        "Het Halt-loket is een tijdelijke plek tijdens een evenement. Halt-medewerkers sluiten daar "
                        "aan bij een handhavingsactie van de politie of boa's."
                    ),
                    (
                        "Jongeren van 12 tot 18 jaar die een licht strafbaar feit plegen, zoals baldadigheid of een "
                        "feit met alcohol of drugs, worden direct naar het Halt-loket verwezen. Ouders of verzorgers "
                        "worden meteen op de hoogte gebracht en er volgt een korte intake. Zo krijgen meer jongeren "
                        "geen boete, maar een Halt-interventie."
                    ),
                ],
            },
            {
                "heading": "De Halt-interventie",
                "paragraphs": [
                    (
                        "De Halt-interventie is de justitiële taak van Halt. Jongeren van 12 tot 18 jaar die een "
                        "strafbaar feit plegen, zoals diefstal, vernieling, geweld, cybercriminaliteit of spijbelen, "
                        "kunnen door de politie, een boa of de leerplichtambtenaar naar Halt worden verwezen."
                    ),
                    (
                        "De jongere denkt na over zijn gedrag, maakt leeropdrachten, oefent sociale vaardigheden, "
                        "biedt het slachtoffer excuses aan en vergoedt eventuele schade. Soms hoort er een "
                        "werkopdracht bij. Ouders of opvoeders worden altijd betrokken."
                    ),
                    (
                        "Als de jongere alle afspraken nakomt, is de interventie positief afgerond. De jongere "
                        "voorkomt zo een strafblad (justitiële aantekening)."
                    ),
                ],
            },
            {
                "heading": "Wat deze website wel en niet doet",
                "paragraphs": [
                    (
                        "Deze website bevat alleen lesmateriaal en uitleg. Er staan geen gegevens over individuele "
                        "jongeren in, en u kunt hier geen jongere aanmelden."
                    ),
                    (
                        "Maakt u zich zorgen over een jongere? Neem contact op met de Halt-medewerker die aan uw "
                        "school of wijk verbonden is, of met uw relatiemanager bij Halt. Ouders kunnen ook terecht "
                        "bij de mentor of de zorgcoördinator van de school."
                    ),
                ],
            },
        ],
    },
    {
        "slug": "over-halt",
        "title": "Over Halt en de doorlopende leerlijn",
        "intro": (
            "Iedere jongere verdient een kansrijke toekomst: binnen de gemeenschap en buiten het strafrecht. Halt "
            "werkt daaraan met jongeren van 10 tot 23 jaar, op school, bij sportverenigingen en in de wijk. Op "
            "deze website staat het lesmateriaal van de voorlichtingen van Halt, geordend als een doorlopende "
            "leerlijn."
        ),
        "sections": [
            {
                "heading": "Wie is Halt?",
                "paragraphs": [
                    (
                        "Halt helpt jongeren om positief gedrag te stimuleren en grensoverschrijdend gedrag bij te "
                        "sturen, zonder dat een strafblad hun toekomst belemmert. Dat doen we op een pedagogische en "
                        "herstelgerichte manier: jongeren leren van hun fouten, nemen verantwoordelijkheid en maken "
                        "het goed."
                    ),
                    (
                        "Het Internationaal Verdrag inzake de Rechten van het Kind (IVRK) is de basis van ons werk. "
                        "Naast de Halt-interventie, onze justitiële taak, geeft Halt ieder jaar voorlichting aan "
                        "ongeveer 200.000 jongeren."
                    ),
                ],
            },
            {
                "heading": "Voorkomen, verbinden, versterken",
                "paragraphs": [
                    (
                        "Voorkomen: we geven jongeren kennis, bewustwording en handelingsperspectief, zodat ze een "
                        "alternatief hebben voor grensoverschrijdend of crimineel gedrag."
                    ),
                    (
                        "Verbinden: we werken samen met lokale partners, zoals scholen, jongerenwerk, politie en "
                        "wijkteams, en brengen jongeren en groepen in risicovolle omstandigheden in beeld."
                    ),
                    (
                        "Versterken: we dragen bij aan een gezond opvoed- en opgroeiklimaat voor jongeren die dat "
                        "nodig hebben, samen met ouders en professionals."
                    ),
                ],
            },
            {
                "heading": "De doorlopende leerlijn",
                "paragraphs": [
                    (
                        "Bij elk thema, zoals groepsdruk, gedrag online of wapens en geweld, is er een voorlichting "
                        "per leeftijdsgroep: groep 7 en 8 van het basisonderwijs, de onderbouw en de bovenbouw van "
                        "het voortgezet onderwijs, het mbo en jongvolwassenen. Wat een leerling in groep 8 hoort, "
                        "bouwt zo verder in de brugklas en later op het mbo."
                    ),
                    (
                        "Bij veel thema's hoort ook een gesprekshulp voor ouders, en soms een bijeenkomst voor "
                        "ouders of een voorlichting voor professionals. Een voorlichting wint aan kracht als het "
                        "onderwerp ook thuis en in de klas verder wordt besproken."
                    ),
                ],
            },
            {
                "heading": "Drie lesdoelen",
                "paragraphs": [
                    (
                        "Kennis (van de gevolgen) van delictgedrag: leerlingen krijgen inzicht in het thema en de "
                        "mogelijke gevolgen."
                    ),
                    "Bewustwording: leerlingen krijgen inzicht in hun eigen gedrag.",
                    "Handelingsperspectief: leerlingen krijgen inzicht in handelingsalternatieven.",
                ],
            },
            {
                "heading": "Proactief en reactief",
                "paragraphs": [
                    (
                        "Proactief geeft Halt voorlichtingen over maatschappelijke thema's die voor alle jongeren "
                        "belangrijk zijn, zoals omgaan met groepsdruk en online normen en gedrag. Deze voorlichtingen "
                        "sluiten aan bij het burgerschapsonderwijs en het sociale veiligheidsbeleid van de school."
                    ),
                    (
                        "Reactief speelt Halt in op zorgen, signalen of incidenten in de klas, op school, bij de "
                        "sportvereniging of in de wijk. Denk aan een voorlichting over ongewenste sexting, of de "
                        "klassendialoog 'Wat is veiligheid?' na een incident."
                    ),
                ],
            },
        ],
    },
]
