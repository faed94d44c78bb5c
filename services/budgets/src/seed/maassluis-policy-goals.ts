import type { PolicyGoal } from '../entities';

const SOURCE =
  'Onderwijskansenbeleid Maassluis "Verder bouwen aan gelijke kansen" (november 2022): doel en tekst uit ' +
  'hoofdstuk 2 (Sub-Doelen), gewenste resultaten uit bijlage 2 (Uitvoeringsagenda)';

/**
 * Seed 003: the seven sub-goals (subdoelen) Maassluis set "voor de periode vanaf 2023", worded as in
 * hoofdstuk 2, with the desired results (gewenste resultaten) bijlage 2 lists for each. Only the line
 * breaks of the PDF are undone; the wording, typos included, is the source's.
 */
export const MAASSLUIS_POLICY_GOALS: PolicyGoal[] = [
  {
    id: 'maassluis-2023-doel-1',
    municipalityCode: 'GM0556',
    fromYear: 2023,
    number: 1,
    title: "Voldoende gespreid en kwalitatief goed aanbod",
    description:
      "Het streven is om in deze beleidsperiode te komen tot een integraal onderwijshuisvestingsplan waarin ook de huisvesting van kinderopvang is meegenomen. Zodat deze voorzieningen voor alle kinderen in Maassluis bereikbaar zijn. Het Maassluise onderwijs heeft de afgelopen jaren veel bereikt, het opleidingsniveau en het bereik van de voorschool zijn gestegen en de schooluitval is verminderd. De uitdagingen zijn er echter niet minder op geworden want er blijft een verschil met het landelijke niveau. De ambitie om alle Maassluise kinderen de beste onderwijskansen te geven wordt door gemeente, kinderopvangorganisaties en onderwijsinstellingen gedeeld. We streven gezamenlijk naar een passend onderwijsniveau voor álle kinderen; we willen eruit halen wat erin zit. We hebben ambities voor alle locaties onderwijs, kinderopvang, maatschappelijke voorzieningen voor de jeugd ten aanzien van toegankelijkheid, bereik en kwaliteit.",
    desiredResults: [
      "Een passend en bereikbaar VE-aanbod voor alle kinderen met een risico op achterstand.",
      "Thuisnabij onderwijs en thuisnabije kinderopvang.",
      "Voldoende maatschappelijke voorzieningen voor jeugd op een centrale plekken in Maassluis, zoals: kinderopvang, buiten speelvoorzieningen, bibliotheek, jongerenwerk, speciaal basisonderwijs en nieuwkomers(basis)onderwijs.",
      "Samenwerking tussen onderwijs, kinderopvang en maatschappelijke voorzieningen.",
    ],
    source: SOURCE,
  },
  {
    id: 'maassluis-2023-doel-2',
    municipalityCode: 'GM0556',
    fromYear: 2023,
    number: 2,
    title: "Waarborgen van een doorgaande lijn",
    description:
      "Afspraken maken over een doorgaande leerlijn van voorschool naar vroegschool is een wettelijke taak. Het gaat hier om een doorgaande ontwikkelingslijn van kinderen van de voorschoolse voorziening naar de basisschool. Wij willen de doorgaande lijn breder zien: niet alleen voor de overgang van opvang naar onderwijs, maar ook tussen scholen (zoals van zij-instroom, nieuwkomers- naar regulier onderwijs, van primair naar voortgezet onderwijs). Tenslotte zetten wij samen met het voortgezet onderwijs in op de aansluiting van het onderwijs naar de arbeidsmarkt. We blijven investeren om de keuze-en overgangsmomenten te verbeteren en kinderen in hun schoolloopbaan vooruit te helpen. Ook maken we afspraken over het beter betrekken van ouders bij deze keuze- en overgangsmomenten.",
    desiredResults: [
      "Warme overdracht van voorschoolse voorziening naar primair onderwijs en van primair naar middelbaar onderwijs. Ook over de overgangen tussen nieuwkomeronderwijs, speciaal / regulier basisonderwijs worden afspraken gemaakt.",
      "De Kansrijke Start (1e 1.000 dagen) sluit aan bij de VE (vanaf 2 jaar). Aandacht voor opgroeien en ontwikkelen vanaf de geboorte / -9 maanden.",
      "Aansluiting onderwijs en arbeidsmarkt, met bezoeken aan bedrijven en gastlessen vanuit het bedrijfsleven.",
    ],
    source: SOURCE,
  },
  {
    id: 'maassluis-2023-doel-3',
    municipalityCode: 'GM0556',
    fromYear: 2023,
    number: 3,
    title: "Toeleiding naar VVE",
    description:
      "De gemeente heeft een wettelijke taak in de toeleiding van doelgroep peuters naar een voorziening voor voorschoolse educatie. Wij hebben daarin focus op de doelgroep peuters maar willen dat alle peuters gebruik maken van een voorschoolse voorziening. Wij streven naar gemengde groepen met doelgroep peuters en overige peuters.",
    desiredResults: [
      "Zorgen dat alle doelgroepkinderen in beeld zijn en een VE-indicatie krijgen.",
      "Alle doelgroeppeuters gaan naar een voorziening voor voorschoolse educatie.",
      "Alle peuters gaan naar een voorziening voor kinderopvang voordat zij naar school gaan.",
      "Alle kinderen gaan met 4 jaar naar de basisschool.",
    ],
    source: SOURCE,
  },
  {
    id: 'maassluis-2023-doel-4',
    municipalityCode: 'GM0556',
    fromYear: 2023,
    number: 4,
    title: "Monitoren van bereik, kwaliteit en resultaten",
    description:
      "Het monitoren van bereik, kwaliteit en resultaten van VVE is een wettelijke taak. In overleg met het LEA gaan wij in gesprek over het monitoren van doelstellingen en/of resultaten.",
    desiredResults: [
      "Het monitoren van data van indiceren, toeleiden en plaatsen van alle peuters in de VE-kinderopvang.",
      "Het monitoren van bereik, kwaliteit en prestaties van VVE, inclusief ouderbetrokkenheid.",
      "Het monitoren van de doelgroeppeuters die naar een voorziening voor voorschoolse educatie gaan.",
      "Monitoren welke kinderen met 4 jaar nog niet naar school gaan en met welke reden.",
      "Het monitoren van de relatie schooladvies, zittenblijven, schooluitval en – afstroom, in relatie tot het schooladvies in groep 8.",
    ],
    source: SOURCE,
  },
  {
    id: 'maassluis-2023-doel-5',
    municipalityCode: 'GM0556',
    fromYear: 2023,
    number: 5,
    title: "Kinderen voorbereiden op de wereld van morgen",
    description:
      "Om jeugdigen op te leiden voor de samenleving en arbeidsmarkt van morgen is het ontwikkelen van talent en vaardigheden essentieel. Talent is heel divers, cognitief, technisch, sociale, artistieke, sportieve, digitale of andere aard. Het is een verzameling van potentiële vaardigheden van een kind. Vaardigheden die er wel inzitten, maar er nog niet (altijd) uit komen. De uitdaging is om kinderen de ruimte, middelen, ondersteuning en aanmoediging te bieden om hun talenten te ontwikkelen. Het beter benutten van talenten van alle kinderen dient vele doelen. Het draagt bij aan de persoonlijke ontwikkeling, maakt kansen in het onderwijs gelijker, zorgt voor een betere aansluiting op de arbeidsmarkt en verrijkt de samenleving. Daarbij is het, in een samenleving met een grote diversiteit van belang dat kinderen op school én daarbuiten een moreel kompas ontwikkelen, sociale en maatschappelijke competenties opdoen, zich op gemeenschappelijke waarden oriënteren en ontdekken hoe die een rol spelen in de omgang met anderen.",
    desiredResults: [
      "Intensieve samenwerking tussen onderwijs en partijen als naschoolse opvang, cultuur- en natuur- en milieueducatie, welzijn, huiswerkbegeleiding, sport, etc.",
      "Uitbreiding van het ‘talent’- programma voor kinderen van 2 jaar en ouder.",
      "Passende en (preventieve) onderwijsondersteuning aanbieden.",
      "Het aantal ambassadeurs/intermediairs van het jeugdfonds sport en cultuur neemt ieder jaar toe.",
      "Een (school)klimaat creëren waarin alle kinderen en jongeren zich veilig en geaccepteerd voelen.",
      "Opvang en onderwijs werken conform de regionale Taalvisie.",
    ],
    source: SOURCE,
  },
  {
    id: 'maassluis-2023-doel-6',
    municipalityCode: 'GM0556',
    fromYear: 2023,
    number: 6,
    title: "Samenwerking rondom de ontwikkeling van kinderen",
    description:
      "It takes a village to raise a child. Een Afrikaans gezegde met wereldwijde zeggingskracht. Voor een goede toekomst van kinderen zijn veel mensen nodig. Het opvoeden en ontwikkelen van de Maassluizer jeugd is primair een verantwoordelijkheid van de ouders/verzorgers en uiteindelijk van ons allemaal. Opvoeden doen we samen: we versterken, samen met inwoners en organisaties, de sociale basis en netwerken rondom kinderen en gezinnen. Verwachtingen, vaardigheden en gedrag van leraren en ouders zijn zeer bepalend voor gelijke kansen. Ouderbetrokkenheid houdt partnerschap in. Vanuit een gezamenlijke verantwoordelijkheid en partnerschap wordt samengewerkt aan optimale onderwijskansen voor een kind door ouders, voorschoolse voorzieningen, onderwijs en maatschappelijke organisaties.",
    desiredResults: [
      "Een doorgaande leerlijn (zie doel 2)",
      "Goede samenwerking en communicatie met ouders, school en maatschappelijke partners.",
      "Een goede informatievoorziening door de gemeente over: opvoeden en opgroeien voor ouders, peuteropvang, voorschoolse educatie en onderwijs.",
      "De ouderbetrokkenheid in de opvang, het primair en voortgezet onderwijs is toegenomen.",
      "Samenwerkingsafspraken met schoolbesturen met betrekking tot de aanpak van kansenongelijkheid in het onderwijs, zoals bijvoorbeeld kinderen in armoede.",
    ],
    source: SOURCE,
  },
  {
    id: 'maassluis-2023-doel-7',
    municipalityCode: 'GM0556',
    fromYear: 2023,
    number: 7,
    title: "Voor ieder kind een passende plek",
    description:
      "In het passend onderwijs en in de jeugdhulp (middels het MVS-jeugdmodel) wordt er gewerkt aan een transformatie waarbij er meer wordt gedaan aan preventie, het stimuleren van de eigen kracht en het bieden van een laagdrempelig en passend aanbod. Dit moet ertoe leiden dat alle kinderen een passend onderwijsaanbod krijgen en zoveel mogelijk binnen het reguliere onderwijs naar school gaan. Sommige kinderen hebben meer aandacht nodig, vragen een specifieke methodiek of hebben behoefte aan extra zorg en begeleiding. Als het kan wordt dat binnen het reguliere onderwijs georganiseerd. Soms biedt speciaal onderwijs uitkomst. Vaak vraagt dat om een combinatie van (speciaal) onderwijs en jeugdhulp. Er is dan ook sprake van intensieve, regionale samenwerking tussen onderwijs (scholen en samenwerkingsverbanden), kinderopvang, ouders en het CJG. We willen een inclusieve samenleving waarin de ontwikkeling en kansen van kinderen en jongeren centraal staan en zij dus de ruimte krijgen om zo ‘gewoon’ mogelijk op te groeien. Dat betekent ondersteuning in de gezinssituatie, het onderwijs en het derde leefmilieu (vriendjes, sport, cultuur, etc.) met zo min mogelijk hulpinterventies in deze opgroeisituatie en een minimum aan doorverwijzing.",
    desiredResults: [
      "Voor ieder kind een passende onderwijsplek door het bieden van passend onderwijs.",
      "Inclusieve kinderopvang, waaronder een BSO plus.",
      "Voor ieder kind passende begeleiding en/of hulp op maat.",
    ],
    source: SOURCE,
  },
];
