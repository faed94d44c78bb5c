import type { CoalitionSeed, MemberSeed } from './coalition-seed';
import { lines } from './lines';

/**
 * Seed 000: "Coalitiepact gezonde basisschool in de wijk Brukske" (Venray, GKA 2021-2024). Texts are
 * quoted as printed, typing errors included; wrapped lines are joined, lists keep one item a line.
 * The members' texts come from the partners' own sections at the end of the pact; KC Krokodaris
 * signs the pact but has no section of its own.
 */
const SIGNATORIES = [
  'basisschool-de-krokodaris',
  'spovenray',
  'kc-krokodaris',
  'kinderopvang-t-nest',
  'unik',
  'jgz-ggd-venray',
  'synthese',
  'gemeente-venray',
  'wijkcentrum-brukske',
  'wonen-limburg',
];

const PARTNER_SECTIONS: Record<string, Omit<MemberSeed, 'organisationId' | 'role' | 'participation'>> = {
  'basisschool-de-krokodaris': {
    statement:
      'Als school voelen wij ons maatschappelijk betrokken bij het welzijn van kinderen en het realiseren van een gezond leer- en leefklimaat, zodat kinderen optimale kansen krijgen om zich te ontwikkelen en op deze manier gezondheids- en leerachterstanden te voorkomen.',
    ambition: lines(
      'School in de wijk worden voor alle kinderen in de wijk Brukske, waar kinderen zich optimaal kunnen ontwikkelingen op gebied van onderwijs, sport en cultuur.',
      'Hoger doel: Gezamenlijke en duurzame samenwerking vanuit eigenaarschap realiseren. Optimale kansen creëren voor kinderen in deze wijk en specifiek de school. Vergroten van kansengelijkheid',
    ),
    mission: lines(
      'Wij zijn Krokodaris:',
      '- taalrijk',
      '- betrokken school met ontwikkeling van kinderen en ouders',
      '- verbonden (samenwerking met partners en ouders)',
      '- talentvol',
      '- aandacht voor de brede ontwikkeling/ differentiatie',
      '- veelzijdig',
      '- diversiteit als kracht',
    ),
    problemAddressed:
      'We streven naar kansengelijkheid. Wat kunnen we samen voor kinderen en ouders betekenen dat we ieder apart niet kunnen.',
    commitment:
      'De ontwikkelkansen voor kinderen optimaliseren, naast onderwijs ook mogelijkheden creëren op het verbreden van aanbod op gebied van sport, cultuur.',
    staffDeployed: 'directeur en locatieleider',
  },
  'kinderopvang-t-nest': {
    ambition: lines(
      'Een bijdrage leveren in een zo goed mogelijke basis in de ontwikkeling van kinderen. Hoe beter de basis hoe beter de ontwikkelkansen in de toekomst voor het kind, gezin en de wijk.',
      'Hoger doel: Dat we samen met elkaar een aanbod/werkwijze realiseren waarbij kinderen in deze wijk optimale ontwikkelkansen krijgen. We zien dat dit nu voor heel wat kinderen en gezinnen niet is weggelegd. Kinderen uit de vicieuze cirkel krijgen die van generatie op generatie nu voortgaat.',
      'Elkaars kwaliteiten kennen en elkaar weten te vinden.',
    ),
    mission: lines(
      'Missie: Onze kindercentra staan open voor alle kinderen ongeacht klasse, sekse, etniciteit en onze opvang en begeleiding draagt bij aan een goede ontwikkeling van kinderen. We zijn partner van ouders/verzorgers in de opvoeding; we doen het samen. Onze medewerkers zijn gekwalificeerd, professioneel en toegewijd; ze werken met veel gevoel en gezond verstand en bieden zowel veiligheid als uitdaging. Als maatschappelijk ondernemer investeren wij eventuele rendementen in de kwaliteit van onze opvang én nemen we medeverantwoordelijkheid voor de toekomst van de kinderen door te investeren in duurzaamheid.',
      'Visie: Kinderopvang ’t Nest biedt pedagogisch verantwoorde en vernieuwende kinderopvang die leuk en aantrekkelijk is voor kinderen van 0-13 jaar en elementen aanreikt voor een goede startpositie in de maatschappij. Al onze vormen van kinderopvang zijn eigentijds, innovatief en sluiten goed aan op de ontwikkelingen in de maatschappij. Op een gelijk niveau spelen kennis en vaardigheden een belangrijke rol om kinderen voor te bereiden op een zelfstandige toekomst in de wereld van morgen. Voor alle kinderen leveren wij hierin maatwerk.',
      '- Ieder kind mag er zijn',
      '- Vallen en opstaan',
      '- Samen sterk voor de kinderen',
      '- Werken vanuit hart én hoofd',
      '- Dichtbij en betrokken',
    ),
    problemAddressed:
      'We verbeteren de ontwikkelingskansen van kinderen in de wijk, waardoor er een vicieuze cirkel doorbroken kan worden.',
    commitment:
      'Er ontstaat dan een meer gemengde bezetting van onze groepen in deze wijk, waardoor het mogelijk wordt dat kinderen en ouders van elkaar leren',
    staffDeployed: 'clustermanager, senior pedagogisch medewerken en pedagogisch medewerker kindcentrum',
  },
  unik: {
    ambition: lines(
      'Iedereen doet mee. Zeggen en doen. Iedereen die een zetje in de rug nodig heeft, helpen we mee. Bouwen aan het netwerk rondom de burger om het uiteindelijk op eigen kracht te kunnen doen.',
      'Hoger doel: Alle kinderen goed in beeld hebben. Weten wat er nodig is, preventief aan de slag gaan. Daar waar zorgen zijn, de juiste ondersteuning aanbieden. Elkaar versterken door samen te werken en kinderen centraal te stellen.',
    ),
    mission:
      'Wij geloven in een wereld waarin iedereen meedoet en iedereen meehelpt. Bij Unik denken we niet in beperkingen maar in mogelijkheden. Wij leveren daarom geen zorg maar ondersteuning. Wij kijken naar de totale context en gaan uit van eigen kracht, waarbij de omgeving centraal staat. UniK, iedereen doet mee',
    problemAddressed: 'Gezinsniveau/kindniveau aanpakken, dan kun je veel bereiken',
    staffDeployed: 'operationeel manager',
  },
  'jgz-ggd-venray': {
    mission:
      'Onze kernactiviteit is het bevorderen van de gezondheid met name door het tegengaan en vroegtijdig opsporen van ziekten (preventie).',
  },
  spovenray: {
    ambition: lines(
      'Groot denken en klein doen. Via kleine stappen bij de missie/visie uitkomen. Sluit aan bij gedachtegoed kansengelijkheid en Okay.',
      'Hoger doel: wat wil je samen? Je wilt iets met elkaar ontwikkelen en betekenen? Eigenaarschap',
    ),
    mission: lines(
      'Het DNA van SPOVenray: Ervoor zorgen dat alle leerlingen het beste uit zichzelf kunnen halen. SPOVenray ziet de wereld met een holistische blik. Leerlingen ontwikkelen zich op verschillende vlakken tegelijkertijd. Deze hebben allemaal weer invloed op elkaar. Naast ‘leren’ vinden wij daarom ook de sociale, fysieke en emotionele ontwikkeling van kinderen belangrijk.',
      'Onze zeven uitgangspunten:',
      '1. Vertrouwen vormt de basis',
      '2. We zijn samen verantwoordelijk en dragen gezamenlijke verantwoordelijkheid',
      '3. We handelen transparant',
      '4. Er is ruimte voor experiment, om te leren en te verbeteren',
      '5. Hou het simpel',
      '6. We zijn verbonden met de wereld om ons heen',
      '7. We handelen vanuit professionaliteit',
    ),
    problemAddressed: 'We lossen geen problemen op maar dragen bij aan het vergroten van de kansengelijkheid.',
    commitment:
      'SPOV levert het op dat er groei in partnerschap ontstaat. Je verbinding met de leefomgeving gaat er op vooruit. Je wordt de school in de wijk.',
    staffDeployed: 'procesmanager kwaliteit',
  },
  synthese: {
    mission: lines(
      'Missie: Synthese geeft het alledaagse leven ruimte. Overal en voor iedereen. Wij moedigen inwoners aan te vertrouwen op hun eigen kracht. Waar dat niet kan, organiseren we contact of maken we mensen wegwijs. Dat doen we laagdrempelig en eenvoudig. Wij maken de gemeenschappelijke kracht zichtbaar. Daar waar nog weinig onderling contact is, inspireren we inwoners om samen op te trekken. Daarin zijn we vernieuwend en erop gericht om gemeenschappelijke initiatieven te laten groeien. We helpen inwoners om hun gemeenschappelijke initiatieven te versterken door voorzieningen en maatschappelijke functies met elkaar te verbinden.',
      'Visie: Het alledaagse leven biedt mensen alle mogelijkheden om tot hun recht te komen en zich te ontwikkelen. Dat gebeurt in wisselwerking met hun omgeving. Gemeenschappen zijn onderdeel van de omgeving en worden sterker als iedereen mee kan doen. Dit gaat niet altijd vanzelf.',
    ),
    staffDeployed: 'opbouwwerker, (coördinator) gezinscoach (Synthese, MEE, BJZ)',
  },
  'wijkcentrum-brukske': {
    ambition: 'Verbinding in de wijk. Meer voor de wijk kunnen betekenen als wijkcentrum.',
    mission: 'Eenheid in de wijk',
    problemAddressed: 'Dat mensen zonder armoede en schulden weer mee kunnen doen.',
    commitment:
      'Teveel mensen in de wijk hebben niet de middelen om aan activiteiten deel te nemen. Het wijkcentrum is er voor de wijk alleen kunnen wij door omstandigheden (hoge huur) niet alles faciliteren, daar hangt een kostenplaatje aan.',
    staffDeployed: 'bestuurslid wijkcentrum',
  },
  'wonen-limburg': {
    ambition: lines(
      'Leefomgeving vanuit positieve gezondheid',
      'Alle kinderen kunnen sporten en hebben toegang tot gezonde voeding',
    ),
    mission: lines('- positieve gezondheid', '- iedereen kan meedoen', '- gezonde woonomgeving', '- participeren'),
    commitment:
      'Als kinderen nu een positieve ontwikkeling doormaken, kan dat betekenen dat de ouders daarin ook een stap maken. Dat is indirect ook van belang zijn voor het wonen en de leefomgeving.',
    staffDeployed: 'senior medewerker leefbaarheid',
  },
  'gemeente-venray': {
    ambition: 'Gezonde toekomst voor Venray/Brukske en gelijke kansen voor alle kinderen',
    mission: lines(
      'In het Venray van 2030:',
      '- zijn inwoners, hun netwerken, culturen en voorzieningen met elkaar verbonden',
      '- woon je groen en sociaal',
      '- zorgt ondernemerschap met aandacht voor mens, dier en milieu, voor nieuwe economische kansen',
      '- stroomt kennis, creativiteit en vernieuwing',
      '- is iedereen mobiel',
      'Venray, sterk in verscheidenheid.',
    ),
    problemAddressed:
      'In de volle breedte aandacht voor de ontwikkeling van het kind en de aanpak van belemmerende (gezins)factoren. Doorbreken generatiecyclus.',
    commitment:
      'Een bijdrage aan het bereiken van de doelen uit de kadernota sociaal domein: We gaan de leefwereld van onze inwoners en hun positieve gezondheid nog centraler stellen (positieve gezondheid zegt dat gezondheid bestaat uit méér dan ‘niet ziek zijn’ en richt zich op mensen zelf, op hun veerkracht, op wat hun leven betekenisvol maakt). Op deze manier werken we integraal: we richten ons op de omgeving van onze inwoners en hun sociale basisinfrastructuur én op verduurzaming van goede initiatieven in de samenleving.',
    staffDeployed: 'beleidsadviseur gezondheid/sport, beleidsadviseur onderwijs, JOGG-regisseur',
  },
};

export const venrayBrukske: CoalitionSeed = {
  id: 'venray-brukske',
  name: 'Gezonde basisschool in de wijk Brukske',
  kind: 'COALITION',
  municipalityCode: 'GM0984',
  area: 'wijk Brukske',
  questionZero:
    'hoe creëren we gelijke kansen en stimuleren we talentontwikkeling voor alle kinderen (van 0-13 jaar) in de wijk Brukske, zodat kinderen zich kunnen ontwikkelen in een gezonde, kansrijke en veilige omgeving?',
  ambition: 'We willen een kansrijke en gezonde jeugd voor alle kinderen en specifiek binnen deze coalitie voor de kinderen in Brukske.',
  startYear: 2021,
  endYear: 2024,
  principles: [
    'gezamenlijk eigenaarschap; gelijkwaardigheid en gezamenlijke verantwoordelijkheid',
    'groot denken, klein doen',
    'van delen van acties naar samen in actie (verbinding)',
    'samenwerking met ouders',
    'monitoring',
    'ontwikkeling en uitvoering o.b.v. leerproces (voorbereiden, uitvoeren en monitoren, evalueren en borgen)',
  ],
  source: 'Coalitiepact gezonde basisschool in de wijk Brukske, gemeente Venray (GKA 2021-2024)',
  members: SIGNATORIES.map((organisationId) => ({
    organisationId,
    role: 'COALITION_PARTNER',
    participation: 'ACTIVE',
    ...PARTNER_SECTIONS[organisationId],
  })),
  bodies: [
    {
      key: 'stuurgroep',
      kind: 'STEERING_GROUP',
      name: 'Stuurgroep',
      purpose:
        'De stuurgroep bestaat uit bestuurders van de coalitiepartners. Zij houden samen zicht op de uitvoering van het gezamenlijke commitment. Ze monitoren de voortgang op het proces en de inhoud op het langere termijn richting de gezamenlijke ambitie, en borgen de commitment aan het coalitiepact van ieder coalitiepartner afzonderlijk. De stuurgroep heeft nauw contact met de kerngroep.',
      meetingsPerYear: 2,
      cadence: 'Twee keer per jaar',
      members: SIGNATORIES,
      roles: [],
    },
    {
      key: 'kerngroep',
      kind: 'CORE_GROUP',
      name: 'Kerngroep',
      purpose: lines(
        'De kerngroep monitort de voortgang op het proces en de inhoud op het korte- en lange termijn. Ze bewaken de kwaliteit en bepalen samen het beleid ter ondersteuning van de werkgroepen/ onderwerpen. Daarnaast zijn ze ook de verbindende factor tussen de onderwerpen/ werkgroepen en de verbinding met de gezamenlijke- en partner afzonderlijke koers. De kerngroep is dan ook de zeef waarlangs nieuwe initiatieven binnen de onderwerpen/ werkgroepen getoetst.',
        'Beleid: o.a. voortzetten OK-ay, ontwikkelen monitoring en opstellen nulmeting, en onderzoeken mogelijkheden bundelen financieringsstromen.',
      ),
      // "gemiddeld 1 keer in de zes weken": 52 / 6, rounded.
      meetingsPerYear: 9,
      cadence: 'gemiddeld 1 keer in de zes weken',
      members: ['basisschool-de-krokodaris', 'kinderopvang-t-nest', 'spovenray', 'jgz-ggd-venray', 'wijkcentrum-brukske', 'gemeente-venray'],
      // The pact leaves appointing both roles to the kerngroep ("de eerstvolgende opdracht"), so nobody holds them yet.
      roles: [
        {
          key: 'coalitie-regisseur',
          title: 'coalitie regisseur',
          description:
            'De coalitie regisseur geeft leiding aan / coördineert het totale proces. De regisseur leidt het gesprek en de processen binnen de kerngroep. Daarnaast begeleidt / coacht de regisseur de twee werkgroepen bij een effectieve samenwerking in zowel de voorbereiding als de uitvoering.',
          holderId: null,
        },
        {
          key: 'coalitiepact-bewaker',
          title: 'coalitiepact bewaker',
          description:
            'De coalitiepact bewaker bewaakt de gezamenlijke ambitie en het commitment van iedere coalitieparner aan het coalitiepact. De bewaker informeert de stuurgroep en deelt informatie uit de stuurgroep weer met de kerngroep en de werkgroepen.',
          holderId: null,
        },
      ],
    },
    // The pact names the topics of the werkgroepen but not who sits in them.
    {
      key: 'werkgroep-1',
      kind: 'WORKING_GROUP',
      name: 'Werkgroep 1: Doelgroep betrekken',
      purpose:
        'ouders en kinderen betrekken (aansluiten bij opgerichte kinderwijkraad en de ouderraad van de school benutten of een nieuwe inrichten).',
      meetingsPerYear: null,
      cadence: null,
      members: [],
      roles: [],
    },
    {
      key: 'werkgroep-2',
      kind: 'WORKING_GROUP',
      name: 'Werkgroep 2: Omgeving leefbaarder en gezonder maken',
      purpose: 'leefstijl bevorderen, sport activeren, taal bevorderen en buurten verbeteren.',
      meetingsPerYear: null,
      cadence: null,
      members: [],
      roles: [],
    },
    {
      key: 'werkgroep-3',
      kind: 'WORKING_GROUP',
      name: 'Werkgroep 3: Interventieaanbod',
      purpose: 'samenhangend aanbod te maken en te experimenteren met een integraal en meervoudig aanbod.',
      meetingsPerYear: null,
      cadence: null,
      members: [],
      roles: [],
    },
  ],
};
