import { LAND_VOL_KANSEN } from './land-vol-kansen';
import type { InterventionData } from './types';

/**
 * The fifteen interventions of seed 001: Gelijke Kansen Alliantie, "Land vol kansen" (2021-2024).
 * Names are the titles of the bundle's table of contents; summaries, reach, lessons (from "Opbrengsten")
 * and working elements are sentences of the bundle, quoted or lightly shortened and joined.
 *
 * Themes: only two stories carry a theme tag in the source: Hoorn ("VERBINDING SCHOOL, THUIS &
 * OMGEVING") and Parkstad ("SOEPELE OVERGANG"). For the other thirteen the GKA theme is an editorial
 * classification from the content of the story. Prevention levels are editorial too (seed 002's
 * definitions): SELECTIVE only where the story says the intervention targets particular schools,
 * neighbourhoods or families. Target ages are set only where the source names ages or school years.
 */
const SOURCE = `${LAND_VOL_KANSEN.publisher}, "${LAND_VOL_KANSEN.title}"`;

/**
 * The bundle's "Meer informatie" page lists reading tips (leestips) per place: the titles of the pages
 * about each intervention. The extracted text keeps the titles but not their links, so titles it is.
 */
const leestips = (...titles: string[]) => titles.map((title) => `Leestip: ${title}`);

const STORIES: InterventionData[] = [
  {
    id: 'gorinchem-g-town',
    name: 'G-Town: jongeren leren zichzelf en de ander kennen',
    municipality: 'GM0512',
    summary:
      'Eind 2019 werd een school in Gorinchem opgeschrikt door een grote vechtpartij; hieruit ontstond G-Town. ' +
      'G-Town ontwikkelde zich met hulp van de gemeente en de GKA tot een programma waarin jongeren door middel van ' +
      'kunst-, cultuur- en sportactiviteiten elkaar ontmoeten, zichzelf beter leren kennen en leren omgaan met ongemak. ' +
      'De aanpak is bewust confronterend: leerlingen worden ingedeeld in gemengde groepen van verschillende klassen en scholen.',
    // "Leerlingen uit de tweede klas" of secondary school: about 13 to 14 years old.
    targetAge: [13, 14],
    reach: [
      { quantity: 400, unit: 'leerlingen', atLeast: true, scope: 'tweede klas' },
      { quantity: 6, unit: 'scholen' },
    ],
    reachText: 'Inmiddels nemen meer dan 400 leerlingen uit de tweede klas van zes verschillende scholen deel aan G-Town.',
    lessons: [
      'Individueel leren leerlingen omgaan met lastige situaties en herkennen ze hun eigen gevoelens en reacties beter.',
      'Door elkaars achtergrond te leren kennen, groeit het wederzijds begrip.',
      'Het opzoeken van ongemak blijkt een belangrijke leerervaring: niet alles hoeft vanzelfsprekend leuk of makkelijk te zijn om waardevol te zijn.',
      'G-Town laat zien dat geweld voorkomen niet begint met regels of sancties, maar met verbinding, ontmoeting en het lef om ongemak aan te gaan.',
    ],
    workingElements: [
      "De 'langzame, maar gestage' groei: het project begon klein, met twee scholen, en breidde zich in vier jaar tijd uit naar zes scholen.",
      'De nadruk op de gemeenschappelijke bedoeling: waarom doen we dit, en wat verbindt ons?',
      'De combinatie van ontmoeting, kunst en cultuur als katalysator.',
      'De betrokken docenten worden extra getraind in hun pedagogische grondhouding.',
    ],
    sources: [SOURCE, ...leestips('Project G-Town')],
    organisations: ['gemeente-gorinchem'],
    themes: ['TALENTONTWIKKELING'],
  },
  {
    id: 'midden-groningen-soepele-overstap-po-vo',
    name: 'Soepele overstap van primair naar voortgezet onderwijs',
    municipality: 'GM1952',
    summary:
      'In Midden-Groningen werken gemeente en onderwijspartners hard samen om de overstap van primair naar voortgezet ' +
      'onderwijs kansrijker te maken, vooral voor risicovolle overstappers. De interventie richt zich op voorbereiding in de ' +
      'bovenbouw van het primair onderwijs, met aandacht voor taal en rekenen, maar ook voor zelfstandigheid, veerkracht en ' +
      'sociale veiligheid. De samenwerking tussen het primair en voortgezet onderwijs wordt versterkt met een gezamenlijke ' +
      'kennismaking, kennisdeling en afspraken over de overdracht.',
    lessons: [
      'De interventie leverde procesafspraken en een signaleringskaart voor risicovolle overstappers op.',
      'Door themabijeenkomsten zijn bewustwording en samenwerking gestimuleerd; mensen leggen na deze ontmoetingen sneller contact en overleg rondom een leerling gaat daardoor effectiever.',
      'Het afstemmen van werkwijzes kost wel veel tijd, waardoor gerichte interventies voor risicoleerlingen nog niet volledig zijn opgezet.',
    ],
    workingElements: [
      'Een heldere duiding van de kwetsbare overstapper: scholen moeten scherp hebben over welke leerlingen het gaat en hoe je ze herkent.',
      'Een gezamenlijk beleid met duidelijke afspraken.',
      'Voldoende communicatie: regelmatig met elkaar in gesprek gaan, elkaars taal leren spreken en context begrijpen.',
    ],
    sources: [SOURCE, ...leestips('Gemeente Midden-Groningen | Gelijke kansen', 'Overgang PO-VO - Samenwerkingsverbanden Passend Onderwijs Groningen')],
    organisations: ['gemeente-midden-groningen', 'vco-midden-en-oost-groningen'],
    themes: ['SOEPELE_OVERGANG'],
  },
  {
    id: 'sudwest-fryslan-weekendschool',
    name: 'Weekendschool',
    municipality: 'GM1900',
    summary:
      'Stichting Weekendschool Súdwest-Fryslân wil leerlingen een breed beeld van de wereld laten zien en daagt hen uit om ' +
      'hun grenzen te verleggen. De interventie bestaat uit twee onderdelen: beroepenoriëntatie op zondagmiddag in de ' +
      'Weekendschool en de Zomerschool. Het initiatief viel samen met het actieplan armoede-aanpak van de gemeente Súdwest-Fryslân.',
    // "Inmiddels is de Weekendschool niet meer weg te denken uit het aanbod van de gemeente."
    status: 'EMBEDDED',
    startYear: 2018,
    lessons: [
      'Beide interventies zetten het talent van het kind centraal.',
      'Ook de professionals worden uitgedaagd hun aanbod spelenderwijs vorm te geven en de te leren onderdelen op een niet-schoolse manier aan te bieden.',
      "Er worden oudergesprekken gevoerd, ouders worden meegenomen in wat hun kinderen doen en er worden relevante thema's in het kader van de ontwikkeling van het kind besproken.",
    ],
    workingElements: [
      'De kennismaking met interessante mensen uit de samenleving en het bedrijfsleven, die het kind een bredere blik geeft op de mogelijkheden.',
      'Leerlingen worden niet gestigmatiseerd door hun situatie: de zogenaamde underdogpositie wordt omgedraaid, het is een voorrecht als je bij Weekendschool bent aangenomen.',
    ],
    sources: [SOURCE, ...leestips('Weekendschool Súdwest-Fryslân: Ontwikkel Je Talenten')],
    organisations: ['weekendschool-sudwest-fryslan'],
    themes: ['TALENTONTWIKKELING'],
    activities: [
      {
        code: 'a',
        title: 'Weekendschool',
        description: 'Beroepenoriëntatie op zondagmiddag. Kinderen mogen een jaar lang, maximaal twee jaar, deelnemen.',
      },
      {
        code: 'b',
        title: 'Zomerschool SWF',
        description:
          'Leerlingen van alle basisscholen in de gemeente kunnen meedoen, ook kinderen die op het speciaal onderwijs zitten. ' +
          'Op de Zomerschool wordt gewerkt aan het voorkomen van leerverlies of de zomerdip. Zomerschool SWF is vrijwillig en gratis, maar niet vrijblijvend.',
      },
    ],
  },
  {
    id: 'amersfoort-social-worker-po',
    name: 'Social worker in het primair onderwijs',
    municipality: 'GM0307',
    summary:
      'De inzet van social workers op basisscholen komt voort uit een behoefte vanuit het onderwijsveld. Zij ondersteunen ' +
      'ouders met vragen uit de thuissituatie, die invloed hebben op het leren van kinderen. Social workers worden vooral ' +
      'ingezet op Amersfoortse scholen met een hoge OAB-score; ze zijn in dienst van de welzijnsinstantie Indebuurt033 en ' +
      'richten zich op vroegtijdig signaleren van problematiek, laagdrempelige hulp bieden en het begeleiden naar voorzieningen in de wijk.',
    // "De interventie is in 2020 gestart als pilot, maar is inmiddels een ingebedde aanpak in de gemeente."
    status: 'EMBEDDED',
    startYear: 2020,
    preventionLevel: 'SELECTIVE',
    reach: [
      { quantity: 15, unit: 'scholen' },
      { quantity: 4, unit: 'VVE-locaties' },
    ],
    reachText: 'Er zijn 15 deelnemende scholen en 4 VVE-locaties. De ureninzet van de social workers verschilt per school en locatie.',
    lessons: [
      'Social workers zijn een laagdrempelig aanspreekpunt voor leerlingen, ouders en leerkrachten bij schoolse en niet-schoolse problemen.',
      'De inzet van de social worker zorgt ervoor dat leerkrachten en andere onderwijsprofessionals zich op hun eigen takenpakket kunnen richten.',
      'De ondersteuning van de social worker versterkt de verbinding tussen de drie leefwerelden rondom het kind (school, thuis en de omgeving).',
    ],
    workingElements: [
      'De integrale aanpak, waarbij laagdrempeligheid en ouderbetrokkenheid centraal staan.',
      'Social workers zijn actief in de wijken en hierdoor goed op de hoogte van verschillende initiatieven in de wijk.',
    ],
    sources: [SOURCE, ...leestips('Onderzoeksrapport Frisse Blikken', 'Interventie Amersfoort: Sociaal werker binnen het schoolteam voor preventieve hulp | Gelijke kansen')],
    organisations: ['indebuurt033', 'kindcentrum-de-magneet', 'gemeente-amersfoort'],
    themes: ['VERBINDING_SCHOOL_THUIS_OMGEVING'],
  },
  {
    id: 'oldenzaal-twentse-belofte-ipw',
    name: 'De Twentse Belofte: interprofessioneel werken',
    municipality: 'GM0173',
    summary:
      'Als één van de projecten voor het primair onderwijs binnen het programma van de Twentse Belofte (onderdeel van de ' +
      'Lokaal Educatieve Agenda) is de gemeente Oldenzaal gestart met Interprofessioneel werken (IPW). Hierbij werkt een team ' +
      'van professionals uit verschillende disciplines in de wijk op basis van data samen aan een integrale aanpak om de juiste ' +
      'hulp en ondersteuning te bieden aan het kind. Uit een data-sessie kwamen drie speerpunten naar voren: warme overdracht ' +
      'tussen kinderdagverblijf en po, verwachtingen leren uitspreken (ouderbetrokkenheid) en preventief werken.',
    lessons: [
      'De samenwerkingsbanden zijn verbeterd en elke professional weet de ander te vinden én weet waarvoor de ander in te schakelen; onafhankelijk van individuele personen.',
      'Door de data te combineren zijn er andere speerpunten vastgesteld dan die op basis van ervaring vastgesteld waren.',
      'Scholen en andere partners verwijzen nu door naar het sociaal plein van de gemeente, waar inwoners snel geholpen kunnen worden.',
    ],
    workingElements: [
      'De commitment aan de samenwerking: iedereen moet het belang zien en tijd vrijmaken.',
      'Alle data van de betrokken partijen verzamelen en gezamenlijk bespreken.',
      'Per speerpunt een subgroep, waarvan de opbrengsten aan elkaar worden gepresenteerd zodat samenhang binnen de wijk geborgd blijft.',
    ],
    sources: [SOURCE, ...leestips('Vroegtijdig schoolverlaten voorkomen, dat is Twentse Belofte!', 'Handboek Interprofessioneel werken | Twentse Belofte')],
    organisations: ['gemeente-oldenzaal', 'basisschool-de-linde', 'basisschool-de-esch'],
    themes: ['VERBINDING_SCHOOL_THUIS_OMGEVING'],
  },
  {
    id: 'hoogeveen-verbindende-aanpak',
    name: 'Verbindende aanpak',
    municipality: 'GM0118',
    summary:
      'Na een nulmeting naar de situatie van de jeugd in 2015 is in Hoogeveen het programma Jong Hoogeveen in het leven ' +
      'geroepen, een programma dat tot 2040 loopt. De verbindende aanpak is het fundament onder het programma: een aanpak ' +
      'gebaseerd op de in het Engelse Leeds gebruikte restorative practice benadering, gericht op het opbouwen en herstellen ' +
      'van relaties en het aanleren van zelfstandige conflictoplossing. Sinds 2023 werkt Jong Hoogeveen met een maatwerkplan per school.',
    // The programme Jong Hoogeveen, whose foundation the approach is, started after the 2015 baseline and runs to 2040.
    startYear: 2015,
    endYear: 2040,
    lessons: [
      'In 2023 is na evaluatie van Jong Hoogeveen geconstateerd dat school dé plek is waar kinderen en gezinnen komen en dé plek waar vertrouwen is en relaties worden gebouwd met kinderen en ouders.',
      'Door de verbindende aanpak toe te passen in alle onderdelen van Jong Hoogeveen is er meer openheid ontstaan, een sterker gevoel van gezamenlijke verantwoordelijkheid en spreken partners dezelfde taal.',
      "Niet 'pamperen', maar opvoeden met een flinke aanmoediging en uitdaging (je kan het) én altijd met ondersteuning (ik help je).",
    ],
    workingElements: [
      'Groot denken, klein doen.',
      'Langdurig bouwen aan een goede relatie en de juiste ondersteuning geven om kansrijk op te groeien.',
    ],
    sources: [SOURCE, ...leestips('Jong Hoogeveen | LinkedIn', 'Studiereis naar Kortrijk versterkt basis verbindende aanpak Hoogeveen | Gelijke kansen', "Interventie Hoogeveen: 'Een nieuwe generatie opleiden' | Gelijke kansen")],
    organisations: ['gemeente-hoogeveen'],
    themes: ['VERBINDING_SCHOOL_THUIS_OMGEVING'],
  },
  {
    id: 'alkmaar-wegwijs-in-gedrag',
    name: 'Wegwijs in Gedrag: Anders leren kijken naar leerlinggedrag',
    municipality: 'GM0361',
    summary:
      'De cijfers van verwijzing naar speciaal (basis)onderwijs en de mate van schooluitval waren hoog binnen de ' +
      'samenwerkingsverbanden Passend Primair Onderwijs Noord-Kennemerland en IJmond. Vanuit praktijkonderzoek naar het effect ' +
      'van perspectiefwisseling is de leergang Wegwijs in Gedrag ontwikkeld, waarin leerkrachten leren om meervoudig perspectief ' +
      'in te nemen. Naast de leergang voor leerkrachten is er een verkorte versie voor schoolleiders en intern begeleiders en een train-de-trainer-programma.',
    lessons: [
      'Uit praktijkonderzoek (met een subsidie van het NRO) bleek dat de self-efficacy van leerkrachten toenam: ze zagen gedrag minder snel als problematisch en ervoeren meer pro sociaal gedrag.',
      'De relaties met ouders verbeterden.',
      'Kleine aanpassingen kunnen grote verschillen maken in verbinding en rust.',
      'Veel deelnemers zeggen dat ze veel dingen al deden, maar onbewust; door de leergang zijn ze bewust bekwaam geworden.',
    ],
    workingElements: [
      'Continu verbinding tussen theorie en klaservaring via de online leeromgeving.',
      'De trainers van de leergang komen zelf uit de onderwijspraktijk.',
      'Een verkorte versie voor schoolleiders en intern begeleiders, zodat de aanpak aansluit bij schoolbeleid.',
    ],
    sources: [SOURCE, ...leestips('Leer hoe meervoudig perspectiefnemen leraren helpt! - Wegwijs in gedrag', 'Wegwijs in het gedrag van kinderen | Gelijke kansen')],
    organisations: ['swv-ppo-noord-kennemerland'],
    themes: ['PROFESSIONALISERING'],
  },
  {
    id: 'westerkwartier-inclusief-onderwijs',
    name: 'Inclusief onderwijs',
    municipality: 'GM1969',
    summary:
      "Op Kindcentrum 't Sterrenpad en gespecialiseerd kinderdagcentrum Maricja wordt er vanuit de ambitie om inclusief " +
      'onderwijs te versterken intensief samengewerkt. Beide partijen werken onder hetzelfde dak, een IKC en een ' +
      'gespecialiseerd kinderdagcentrum voor kinderen met een ontwikkelingsachterstand of beperking. Er zijn gezamenlijke ' +
      'werkgroepen, een nieuwsbrief (Sterrenstof), teamdagen en een maatjesproject waarin leerlingen uit groep 7/8 en kinderen van Maricja samen activiteiten doen.',
    lessons: [
      'Het normaliseren van inclusief onderwijs versterkt de kansgelijkheid.',
      'Borging en betrokkenheid zijn de belangrijkste randvoorwaarden.',
      'Uitdagingen zijn complexere zorgvragen bij Maricja, beeldvorming rond het onderwijs, wisselingen in directie en het gezamenlijk gebruik van voorzieningen.',
      'Blijvend investeren in professionalisering en ontmoeting voorkomt dat samenwerking verwatert.',
    ],
    workingElements: ['Laagdrempelige samenwerking.', 'Betrokken personeel.', 'Een gedeelde visie.'],
    sources: [SOURCE, ...leestips('Onderwijs, zorg en opvang onder één inclusief dak in de gemeente Westerkwartier | Gelijke kansen', 'Gemeente Westerkwartier | Gelijke kansen')],
    organisations: ['ikc-t-sterrenpad', 'kinderdagcentrum-maricja', 'gemeente-westerkwartier'],
    themes: ['INCLUSIEF_ONDERWIJS'],
  },
  {
    id: 'oude-ijsselstreek-ouderconsulent',
    name: 'Ouderconsulent',
    municipality: 'GM1509',
    summary:
      'In september 2023 is in samenspraak met het onderwijsveld de pilot Ouderconsulent gestart, met focus op de kernen ' +
      'Gendringen, Silvolde, Terborg, Ulft en Varsseveld. De laagdrempeligheid en de bekendheid van een ouderconsulent bij ' +
      'ouders zorgt ervoor dat ze eerder om hulp vragen. Dit bevordert de ouderbetrokkenheid, verkleint de onderwijsachterstand en werkt preventief.',
    status: 'PILOT',
    startYear: 2023,
    preventionLevel: 'SELECTIVE',
    reach: [{ quantity: 42, unit: 'gezinnen' }],
    reachText: 'In totaal zijn er al 42 gezinnen ondersteund door ouderconsulenten.',
    lessons: [
      'Het uitgangspunt is zelfredzaamheid: de ouderconsulent ondersteunt, maar stimuleert ouders om zelf verder te gaan met hulpverlening; het is een doorverwijzende rol.',
      'De ouderconsulent neemt druk weg bij leerkrachten en intern begeleiders, zodat zij meer ruimte hebben om zich te focussen op het onderwijs.',
      'Om gezinnen zo goed en passend mogelijk te ondersteunen is samenwerken essentieel.',
    ],
    workingElements: [
      'De ouderconsulenten zijn zichtbaar, toegankelijk en hun manier van communiceren is laagdrempelig.',
      'Vanuit alle niveaus wordt het contact met de ouderconsulent gestimuleerd.',
    ],
    sources: [SOURCE, ...leestips('Ouderconsulent - Sociaal Werk Oude IJsselstreek')],
    organisations: [
      'sociaal-werk-oude-ijsselstreek', 'gemeente-oude-ijsselstreek', 'basisschool-de-wijssel', 'basisschool-de-plakkenberg',
      'basisschool-dynamiek', 'basisschool-woelwaters', 'kindcentrum-oersprong', 'ikc-groeituin',
    ],
    themes: ['VERBINDING_SCHOOL_THUIS_OMGEVING'],
  },
  {
    id: 'den-bosch-community-aanpak-gelijke-kansen',
    name: 'Community-aanpak Gelijke Kansen',
    municipality: 'GM0796',
    summary:
      'De gemeente Den Bosch is in 2021 het programma Gelijke Kansen gestart met focus op de omgevingsfactoren van het kind: ' +
      'school, wijk, thuis. In de community-aanpak werken professionals en vrijwilligers samen die zich inzetten voor ' +
      'kansengelijkheid, door samenwerking, inspiratie en (kennis) uitwisseling. De gemeente heeft een verbindende en ' +
      'faciliterende rol en organiseert bijvoorbeeld kennisdelingsactiviteiten en het jaarlijks terugkomend Gelijke Kansen event.',
    startYear: 2021,
    lessons: [
      'Het gedeelde eigenaarschap dat is gecreëerd is een van de belangrijke succesfactoren in deze aanpak.',
      'Door de community-aanpak is er daadwerkelijk een community-gevoel ontstaan, waarbij mensen elkaar goed kunnen vinden, meer samenwerken en informatie of kennis uitwisselen.',
      'Uitdagingen zijn het omgaan met verschillende belangen tussen de (samenwerkings-)partijen en het bereiken van de juiste doelgroep.',
    ],
    workingElements: [
      'Stel vast wat de gezamenlijke doelstellingen, de keuzes en kansen zijn. Doe dit écht samen, als volwaardig partners.',
      'Kijk bij de keuzes naar de duurzaamheid en maak ze vanuit inhoud en kwaliteit.',
      'Werk vanuit vertrouwen in de kracht en kennis van het veld.',
      'Werk met lef, durf iets uit te proberen, maar ook bij te sturen als het niet zo gaat als verwacht.',
      'Data, dialoog, doen: het gesprek wordt op basis van data gevoerd.',
    ],
    sources: [SOURCE, ...leestips("Gelijke Kansen Community - Gelijke Kansen 's-Hertogenbosch")],
    organisations: ['gemeente-s-hertogenbosch'],
    themes: ['VERBINDING_SCHOOL_THUIS_OMGEVING', 'TALENTONTWIKKELING'],
  },
  {
    id: 'hoorn-samen-van-start-startpunt',
    name: 'Samen van Start & Startpunt',
    municipality: 'GM0405',
    summary:
      'In de gemeente Hoorn bleek de overstap van peuter naar kleuter voor veel kinderen een harde knip. Scholen, ' +
      'kinderopvang, welzijnswerk, bibliotheken en ouders gingen structureel samenwerken, met één gedeeld doel: elk kind een ' +
      'soepele start in het onderwijs geven. Samen van Start richt zich op kinderen van 2 t/m 6 jaar, de vervolginterventie ' +
      'Startpunt op kinderen van zes tot twaalf jaar. Ouderbegeleiders, brugfunctionarissen en buurtmoeders vormen een laagdrempelige brug tussen de school, de wijk en de ouders.',
    // Samen van Start began as a pilot at two schools and now runs at nine; the source calls neither part a pilot
    // nor embedded today, so the status stays unknown.
    targetAge: [2, 12],
    reach: [
      { quantity: 9, unit: 'scholen', scope: 'Samen van Start' },
      { quantity: 6, unit: 'scholen', scope: 'Startpunt' },
    ],
    reachText: 'In een pilot zijn twee scholen gestart, inmiddels draait het op negen scholen. Inmiddels doen zes scholen mee aan de vervolginterventie Startpunt.',
    lessons: [
      'Een van de belangrijkste inzichten is dat samenwerken niet vanzelf gaat.',
      'Doordat partners vaak samenkomen en elkaars taal leren spreken wordt met vallen en opstaan steeds beter gecommuniceerd en samengewerkt.',
      'Ouders ontmoeten elkaar meer en doen samen (kindgerichte) activiteiten, peuters hebben meer zelfvertrouwen, de inzet van buurtmoeders zorgt voor meer deelname van kinderen aan (sport)activiteiten in de wijk en er is sprake van taalbevordering door inzet van de leesconsulent.',
    ],
    workingElements: [
      'De samenwerking en de praktische uitwerking van de aanpak.',
      'Samenwerking met ouders vanuit gelijkwaardigheid en gericht op de zelfstandigheid van ouders: niet over nemen, maar hulp bieden om het zelf te kunnen doen.',
    ],
    sources: [SOURCE, ...leestips('Website Samen van Start')],
    organisations: ['scio-groep', 'gemeente-hoorn'],
    themes: ['VERBINDING_SCHOOL_THUIS_OMGEVING'],
    activities: [
      {
        code: 'a',
        title: 'Samen van Start',
        description:
          'Werkwijze voor kinderen in de leeftijdsgroep tussen 2 t/m 6 jaar: wekelijkse (ouder)bijeenkomsten over opvoeding, spel, ' +
          'onderwijs en taal, ouderbegeleiders en buurtmoeders, leesconsulenten, peuter- en kleuterbiebs en projecten zoals de Verteltas.',
      },
      {
        code: 'b',
        title: 'Startpunt',
        description:
          'Vervolginterventie voor kinderen van zes tot twaalf jaar: brugfunctionarissen begeleiden ouders en kinderen actief richting ' +
          'activiteiten en voorzieningen (sport, zorg) in de wijk; er is bijvoorbeeld een Weggeefkast.',
      },
    ],
  },
  {
    id: 'parkstad-soepele-overstap-po-vo',
    name: 'Soepele overstap primair naar voortgezet onderwijs',
    municipality: 'GM0928',
    region: 'Parkstad (Heerlen, Kerkrade, Landgraaf, Brunssum)',
    summary:
      'In de regio Parkstad werken verschillende gemeenten samen aan het versoepelen van de overgang tussen het po en vo. ' +
      'Kinderen voor wie een goede overstap naar het vo door extra ondersteuningsbehoeften niet vanzelfsprekend is, worden ' +
      'vanaf groep 7 in beeld gebracht; hierna volgen knooppuntgesprekken met ouders, leerling, basisschool, voortgezet onderwijs ' +
      'en zorg op school. In het eerste jaar op het voortgezet onderwijs begeleidt de schoolmaatschappelijk werker leerling en ouders.',
    // From groep 7 (about 10 years old) to the first year of secondary school (about 12 to 13).
    targetAge: [10, 13],
    lessons: [
      'Het opbouwen van korte lijnen en goede relaties blijkt van belang.',
      'Hiervoor zijn geen handreikingen of nadere protocollen nodig, wél het voldoende faciliteren van de professional rondom de school en in de wijk.',
      "Het is belangrijk om zo vroeg mogelijk te investeren in het kind, door al voorafgaand aan de 'kwetsbare overstap' te signaleren én hierop in te spelen.",
    ],
    workingElements: [
      'Het werken vanuit vertrouwen in de professional.',
      'Knooppuntgesprekken, zodat er vroegtijdig sprake is van een warme informatieoverdracht.',
      'De casuïstiekbespreking waarbij hulpverleners uit verschillende disciplines samen om tafel zitten.',
    ],
    sources: [SOURCE, ...leestips('Gemeente Kerkrade | Gelijke kansen', 'Parkstad Scholen | Naar het voortgezet onderwijs in Parkstad')],
    organisations: ['svo-parkstad-limburg', 'gemeente-kerkrade'],
    themes: ['SOEPELE_OVERGANG'],
  },
  {
    id: 'helmond-kracht-van-de-moedertaal',
    name: 'De kracht van de moedertaal',
    municipality: 'GM0794',
    summary:
      'Op Kindcentrum Rijpelberg in Helmond spreekt 69 procent van de kinderen thuis een andere taal dan het Nederlands; de ' +
      'grootste groep is Pools. De school besloot de moedertaal niet weg te stoppen, maar juist in te zetten als kracht. Het ' +
      'doel van de pilot was het inzetten van de thuistaal bij het Nederlands leren spreken, gekoppeld aan het begrijpend ' +
      'leesonderwijs: vanuit de Poolse taal wordt de woordenschat ontwikkeld.',
    status: 'PILOT',
    lessons: [
      'De leerkrachten worden gemotiveerd en ontwikkelen een positieve houding tegenover meertaligheid.',
      'De effecten zijn vooral zichtbaar in het welbevinden van de kinderen: zij voelen zich meer gezien en durven vaker mee te doen.',
      'De reactie van ouders is goed mits er goed wordt uitgelegd dat er wetenschappelijk onderzoek is gedaan, dat het doel het Nederlands leren is en op welke manier het juist de (taal)ontwikkeling versterkt.',
      'Het vinden van geschikte Poolse leerkrachten kost veel tijd.',
    ],
    workingElements: [
      'Samenwerken met de Poolse collega\'s: de aanwezigheid van de Poolse juf in de klas.',
      'Goed uitleggen aan ouders dat lezen in de thuistaal goed is voor de ontwikkeling van het Nederlands.',
    ],
    sources: [SOURCE, ...leestips("'Het spreken in de thuistaal helpt bij de ontwikkeling van het Nederlands'", 'De kracht van de moedertaal: Een pilot met impact op KC Rijpelberg in Helmond | Gelijke kansen')],
    organisations: ['kc-rijpelberg'],
    themes: ['MEERTALIGHEID'],
  },
  {
    id: 'almere-als-ik-later-groot-ben',
    name: 'Als ik later groot ben & Dare to Dream 036',
    municipality: 'GM0034',
    summary:
      'In 2017 startte de gemeente Almere de interventie Als ik later groot ben voor kinderen tot 12 jaar en Dare to Dream in ' +
      '036 voor jongeren tussen 12 en 18 jaar. De interventie ondersteunt gezinnen die in armoede leven, maar richt zich ook ' +
      'op talentontwikkeling. Kinderen sturen hun droom naar de rode brievenbus of de online brievenbus; de coördinatoren ' +
      'nodigen hen met hun ouders uit voor een gesprek en doen een aanvraag bij een fonds of koppelen ze aan een organisatie die kan helpen.',
    // "Inmiddels is de interventie een ingebedde aanpak."
    status: 'EMBEDDED',
    startYear: 2017,
    preventionLevel: 'SELECTIVE',
    targetAge: [0, 18],
    reach: [{ quantity: 1700, unit: 'kinderen', scope: 'het afgelopen jaar' }],
    reachText: 'Het afgelopen jaar heeft Als ik later groot ben/Dare to Dream 1700 kinderen geholpen.',
    lessons: [
      'We winnen het vertrouwen van de ouders door de kinderen daadwerkelijk te helpen. We doen wat we zeggen, en we zeggen wat we doen.',
      'Na een deelnemersonderzoek onder 130 deelnemers krijgt de interventie een 8,7 als rapportcijfer; de deelnemers ervaren de aanpak als veilig, warm, snel, makkelijk en duidelijk.',
    ],
    workingElements: [
      'De hulpvraag wordt positief ingestoken door het als droom te formuleren en er zit geen inkomensgrens aan.',
      'De interventie staat relatief los van de gemeente: een aparte website, zonder het logo van de gemeente.',
      'Een spreekuur, elke dag in een ander deel van de stad.',
      "Het 'Als ik later groot ben-college', waarin iemand vertelt over diens beroep.",
    ],
    sources: [SOURCE, ...leestips('Interventie Almere: Als ik later groot ben en Dare to Dream 036 | Gelijke kansen', 'Als ik later groot ben in Almere... | Als ik later groot ben in Almere...')],
    organisations: ['gemeente-almere'],
    themes: ['TALENTONTWIKKELING'],
    activities: [
      { code: 'a', title: 'Als ik later groot ben', description: 'Voor kinderen tot 12 jaar.' },
      { code: 'b', title: 'Dare to Dream 036', description: 'Voor jongeren tussen 12 en 18 jaar.' },
    ],
  },
  {
    id: 'heerenveen-wijkaanpak-de-greiden',
    name: 'Het succes van de wijkaanpak',
    municipality: 'GM0074',
    summary:
      'In de gemeente Heerenveen werken onderwijsbesturen, maatschappelijke organisaties en het gemeentebestuur, verenigd in ' +
      'de Lokale Educatieve Jeugdagenda (LEJA), samen aan het vergroten van kansengelijkheid voor kinderen. In de accentwijk ' +
      'De Greiden, waar ongeveer 1.200 kinderen wonen, is een wijkaanpak ontwikkeld waarin scholen, wijkcentrum, kinderopvang, ' +
      'muziekschool, welzijn, gemeente en enkele ouders als partners samenwerken. Samen plannen maken met kinderen en ouders, in plaats vóór hen, is één van de uitgangspunten.',
    preventionLevel: 'SELECTIVE',
    reach: [
      { quantity: 5, unit: 'basisscholen', scope: 'De Greiden' },
      { quantity: 1, unit: 'middelbare school', scope: 'De Greiden' },
    ],
    reachText:
      'De wijk De Greiden, waar ongeveer 1.200 kinderen wonen, telt vijf basisscholen, een middelbare school en voorzieningen als ' +
      'een wijkcentrum, kinderopvang en muziekschool; deze organisaties zijn in de wijkaanpak als partners met elkaar gaan samenwerken.',
    lessons: [
      "Door deze wijkaanpak is een goed gesprek over de 'positieve wijk', een sterkere samenwerking en hogere betrokkenheid onder partners in de wijk ontstaan.",
      'Kinderen hebben nieuwe ervaringen kunnen opdoen door een verrijkt aanbod na school en een muziekproject.',
      'Ouders, verzorgers en leraren zijn beter geïnformeerd over de voorzieningen en mogelijkheden binnen de gemeente.',
      'Het blijft belangrijk om ouders niet alleen als doelgroep te zien, maar als volwaardige pedagogische partners die mee participeren.',
    ],
    workingElements: [
      'Samen plannen maken met kinderen en ouders, in plaats vóór hen.',
      'Alle kinderen meenemen, ook zij die extra ondersteuning nodig hebben.',
      'Netwerken rond kinderen verbinden om duurzame samenwerking te creëren.',
      'Kinderen positieve ervaringen bieden zodat zij nieuwsgierig en weerbaar blijven.',
    ],
    sources: [SOURCE, ...leestips('Gemeente Heerenveen | Gelijke kansen', 'BUITENgewoon De Greiden')],
    organisations: ['caleidoscoop', 'gemeente-heerenveen'],
    themes: ['VERBINDING_SCHOOL_THUIS_OMGEVING'],
  },
];

/** Every story of the bundle links to the bundle itself, whose general lessons apply to all fifteen. */
export const GKA_INTERVENTIONS: InterventionData[] = STORIES.map((d) => ({ ...d, publication: LAND_VOL_KANSEN.id }));
