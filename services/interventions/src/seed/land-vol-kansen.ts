import type { PublicationData } from './types';

/**
 * The GKA bundle of seed 001 itself: Gelijke Kansen Alliantie, "Land vol kansen". Title and publisher as on
 * its cover; the introduction ("Beste lezer") and the ten lessons of "Wat hebben we geleerd?" as written, only
 * the PDF's line breaks undone. The bundle states no year of publication (its interventions ran 2021-2024),
 * so it has none here.
 */
export const LAND_VOL_KANSEN: PublicationData = {
  id: 'gka-land-vol-kansen',
  title: 'Land vol kansen',
  publisher: 'Gelijke Kansen Alliantie',
  introduction: [
    'Beste lezer,',
    'Elke leerling verdient de kans om diens talent te ontdekken, te groeien en een toekomst op te bouwen vol mogelijkheden. Toch weten we dat die kansen niet voor iedereen gelijk zijn. Achtergrond, opleidingsniveau of de financiële situatie van het gezin waarin een kind opgroeit hebben daar invloed op. Iedere dag zetten ouders, onderwijsprofessionals, sportcoaches, pedagogisch medewerkers en zoveel anderen zich in om het verschil te maken voor kinderen, jongeren en hun gezinnen.',
    'De afgelopen jaren is er ook binnen het netwerk van de GKA in het hele land hard gewerkt aan het bevorderen van kansen van leerlingen. Op 101 plekken – van noord tot zuid, van kleine dorpen tot grote steden – hebben mensen zich met hart en ziel ingezet om het verschil te maken. Elk van deze plekken koos een eigen aanpak, met een eigen GKA-agenda als basis. Wat al deze initiatieven bindt, is het streven om ieder kind, mogelijkheden te bieden om mee te doen en zich te ontwikkelen. Tussen 2021 en 2024 zijn overal in het land interventies uitgevoerd die op uiteenlopende manieren hebben bijgedragen aan dat doel. Deze interventies richten zich op taalontwikkeling van leerlingen, op soepele overgangen in het onderwijs, op samenwerking tussen professionals, op de sociaalemotionele ontwikkeling van jongeren, op de samenwerking met ouders en nog veel meer. Samen vormen deze initiatieven een rijk palet aan ervaringen, inzichten en verhalen.',
    'In deze bundel delen we een selectie van ‘parels’ uit die lokale praktijken. Elk verhaal biedt een eigen perspectief: soms vernieuwend, soms herkenbaar, altijd leerzaam. We wilden van betrokkenen zelf horen: wat is er bereikt, wat werkt (niet), waarom is dat, en onder welke voorwaarden? We hopen dat deze bundel inspireert, uitdaagt en aanzet tot nieuwe ideeën. We hopen dat het bijdraagt aan kennis over wat werkt.',
    'De bundel is interactief vormgegeven, met tekst, beeld en video. Lees of zie je iets waar je meer over wilt weten? Vind elkaar en help elkaar verder of zoek contact met jouw regiocoördinator van de GKA. Deze verhalen laten zien dat kansengelijkheid geen eindpunt is, maar een voortdurend proces van leren, bijstellen en volhouden. Laten we blijven kijken naar wat werkt, blijven delen wat we leren en blijven doen wat verschil maakt.',
  ].join('\n\n'),
  introductionAuthor: 'Annelies Blommers, (Waarnemend) Hoofd Gelijke Kansen Alliantie',
  lessonsHeading: 'Wat hebben we geleerd?',
  lessonsIntroduction:
    'Iedere interventie is uniek. In deze bundel geven we je een inkijkje in het hoe en waarom. Maar wat hebben de interventies gemeen? Welke lessen kunnen we eruit leren? Op deze pagina vind je de tien belangrijkste lessen die deze interventieontwikkelaars en -uitvoerders hebben geleerd. Laat je meenemen langs praktijkervaringen die laten zien wat écht werkt en ontdek hoe kleine stappen soms leiden tot groot verschil.',
  lessons: [
    {
      heading: 'Sluit aan op de belevingswereld van ouders en kinderen',
      text: 'Neem het perspectief van de ouders en kinderen mee in de ontwikkelfase. Breng hun situatie in kaart en zorg dat jouw interventie goed aansluit op hun belevingswereld. Ieder kind heeft een eigen verhaal en daar zijn we ons niet altijd bewust van. Stel vragen in plaats van te oordelen.',
    },
    {
      heading: 'Zet in op betrouwbaarheid richting de doelgroep',
      text: 'Dit klinkt logisch, maar is in de praktijk soms lastig. Zorg ervoor dat je beloftes waar kan maken. Win het vertrouwen van ouders door te helpen op een manier die bij hun situatie past. Doe wat je zegt en zeg wat je doet. Dat schept vertrouwen en zorgt ervoor dat de drempel om hulp te vragen lager wordt.',
    },
    {
      heading: 'Zet in op een vraaggerichte aanpak',
      text: 'Zet de vraag van het kind en eventueel de ouders centraal en bied waar mogelijk maatwerk. Werk vanuit hun behoefte en blijf inchecken of de interventie daadwerkelijk aansluit.',
    },
    {
      heading: 'Zorg voor goede samenwerking onderling',
      text: 'Breng alle betrokkenen bij de interventie in kaart. Zorg ervoor dat je regelmatig afstemt, verdiep je in elkaars werkwijze en expertise en sluit hier op aan. Kortom; het is niet nodig om het wiel opnieuw uit te vinden. Zet in op het versterken van de betrokkenheid van alle partijen. Bij deze manier van werken breng je ook samen de visie en doelen in kaart.',
    },
    {
      heading: 'Oefen met meervoudig perspectief',
      text: 'Leer om meervoudig perspectief in te nemen. Dit sluit aan op les 1. Dat betekent dat je niet alleen naar het kind kijkt, maar ook naar je eigen handelen en dat van ouders en andere betrokkenen. Het gaat dus niet om het \'oplossen\' van gedrag, maar om bewustwording van je eigen rol. Kijk vanuit het perspectief van het kind en oordeel niet meteen. Door meteen een aanname te doen, ga je eerder uit de relatie met het kind dan dat je de relatie versterkt.',
    },
    {
      heading: 'Zorg voor laagdrempelige communicatie',
      text: 'Maak het makkelijk om hulp te vragen. Toegankelijkheid verlaagt de drempel hiertoe. Denk aan toegankelijke manieren van contact. Benader ouders actief en geef ze inzicht in de mogelijkheden tot hulp en ondersteuning.',
    },
    {
      heading: 'Zorg goed voor je eigen mensen',
      text: 'Naast het zoeken van verbinding en versterken onderling is het ook belangrijk om je eigen mensen zo goed mogelijk te faciliteren en ondersteunen. Breng goed in kaart wat het team nodig heeft om volop te kunnen functioneren.',
    },
    {
      heading: 'Ga ongemak niet uit de weg',
      text: 'Wrijving leidt tot glans. Ga binnen de samenwerking, maar ook richting de kinderen het ongemak niet uit de weg. Dat leidt soms tot spanning, maar juist dan ontstaat de mogelijkheid om met elkaar het gesprek aan te gaan. Het doel is niet om ongemak te vermijden, maar te onderzoeken: waarom voelt dit ongemakkelijk en hoe ga je ermee om? Dit leidt tot eerlijke communicatie en maakt duidelijk wat ieders behoefte is.',
    },
    {
      heading: 'Betrek ouders als volwaardige partner en werk met hen samen',
      text: 'Blijf aandacht houden voor participatie. Zie ouders niet alleen als doelgroep, maar als volwaardige pedagogische partners die participeren. Betrek ze bij de ontwikkeling en inzet van interventies en vraag ze ook tijdens processen om inbreng en evaluatie.',
    },
    {
      heading: 'Zorg ervoor dat alle neuzen dezelfde kant opstaan',
      text: 'Zorg voor een gedeelde visie en stel samen doelen op en blijf hierin investeren. Betrek daarbij alle partijen, ook de partijen die niet direct meewerken, maar wel betrokken zijn. Een gedeelde visie zorgt voor minder ruis en gedeeld eigenaarschap. Dit is een doorlopend proces waar je tijd in moet blijven investeren. Borging is daarbij ook van belang. Zorg ervoor dat de samenwerking duurzaam is en veranker het in de werkwijze. Dat betekent dat kennis overdraagbaar moet zijn en dat investeert in een structuur die dit mogelijk maakt.',
    },
  ],
};
