/**
 * What the source documents say about the organisations of the demo registry beyond their name:
 * a short description in Dutch (quoted or closely following the source), the LRK type of childcare
 * locations, and whether a location offers VE where a source says so. No identifiers (BRIN, LRK,
 * KvK): no source gives one, and an invented number would pass for a real one.
 */
export interface OrganisationDetails {
  description?: string;
  childcareType?: 'KDV' | 'BSO' | 'VGO' | 'PSZ';
  offersEarlyEducation?: boolean;
}

/** The Voerendaal plan puts its VVE offer in the peuteropvang (seed 004, §4.1). */
const humankindPeuteropvang: OrganisationDetails = { childcareType: 'PSZ', offersEarlyEducation: true };

/** MIK Kinderopvang and Spelenderwijs offer "hetzelfde kinderopvangconcept", which works with a VVE programme (seed 002). */
const mikPiwKinderopvang = (brand: string): OrganisationDetails => ({
  description:
    `Kinderopvang van MIK & PIW Groep (merk ${brand}): "hetzelfde kinderopvangconcept vanuit één visie op een kansrijke ` +
    'ontwikkeling van kinderen", met een VVE-programma in de voorschoolse opvang.',
  offersEarlyEducation: true,
});

export const ORGANISATION_DETAILS: Record<string, OrganisationDetails> = {
  // Seed 000: Venray, coalitiepact Brukske.
  'gemeente-venray': { description: 'Gemeente; neemt deel aan de coalitie Brukske incl. JOGG (Jongeren Op Gezond Gewicht).' },
  'basisschool-de-krokodaris': {
    description: 'Basisschool in de wijk Brukske; vormt met kinderopvang ’t Nest het kindcentrum Krokodaris.',
  },
  spovenray: {
    description: 'Schoolbestuur. "Ervoor zorgen dat alle leerlingen het beste uit zichzelf kunnen halen."',
  },
  'kc-krokodaris': { description: 'Kindcentrum van basisschool de Krokodaris en kinderopvang ’t Nest in de wijk Brukske.' },
  'kinderopvang-t-nest': {
    description:
      'Biedt "pedagogisch verantwoorde en vernieuwende kinderopvang die leuk en aantrekkelijk is voor kinderen van 0-13 jaar".',
  },
  unik: {
    description: 'Levert geen zorg maar ondersteuning, vanuit eigen kracht en met de omgeving centraal: "UniK, iedereen doet mee".',
  },
  'jgz-ggd-venray': {
    description:
      'Jeugdgezondheidszorg. Kernactiviteit: het bevorderen van de gezondheid met name door het tegengaan en vroegtijdig opsporen van ziekten (preventie).',
  },
  synthese: { description: 'Gezinscoaches en opbouwwerk. "Synthese geeft het alledaagse leven ruimte. Overal en voor iedereen."' },
  'wijkcentrum-brukske': { description: 'Wijkcentrum van de wijk Brukske: "Eenheid in de wijk".' },
  'wonen-limburg': { description: 'Woningcorporatie; werkt aan een gezonde woonomgeving vanuit positieve gezondheid.' },

  // Seed 004: Voerendaal, NPO-plan.
  innovo: { description: 'Schoolbestuur van de Voerendaalse scholen Bergop, Cortemich, St Theresia en Ummer Clumme.' },
  humankind: {
    description:
      'Kinderopvangorganisatie met in Voerendaal de peuteropvang locaties De Auvermennekes, De Eerste stap, De Eerste sprong, ’t Bengeltje en peuteropvang Ubachsberg, kinderopvang Catootje en BSO Bommes en Foekepot.',
  },
  'humankind-de-auvermennekes': humankindPeuteropvang,
  'humankind-de-eerste-stap': humankindPeuteropvang,
  'humankind-de-eerste-sprong': humankindPeuteropvang,
  'humankind-t-bengeltje': humankindPeuteropvang,
  'humankind-peuteropvang-ubachsberg': humankindPeuteropvang,
  'humankind-catootje': { childcareType: 'KDV' },
  'humankind-bso-bommes': { childcareType: 'BSO' },
  'humankind-bso-foekepot': { childcareType: 'BSO' },
  'bso-zonnestraal': { childcareType: 'BSO' },
  jens: {
    description:
      'Coöperatie voor de uitvoering van de Basishulp Jeugd; ook schoolmaatschappelijk werk en jeugd- en jongerenwerk in Voerendaal.',
  },
  'the-move-factory': {
    description: 'Biedt workshops en coaching op maat over buitenspelen aan medewerkers van basisschool en peuteropvang.',
  },
  smk: {
    description:
      'Stichting muziek- en dansonderwijs Brunssum, Kerkrade en Landgraaf (oorspronkelijk alleen Kerkrade); aanbieder van muziekonderwijs.',
  },
  schunck: { description: 'Aanbieder van muziekonderwijs; partner bij het cultuuraanbod voor het jonge kind in Voerendaal.' },

  // Seed 002: MIK & PIW Groep.
  'mik-piw-groep': {
    description:
      'Maatschappelijke organisatie die kinderopvang en sociaal werk biedt, op 1 september 2019 ontstaan na een fusie tussen MIK Kinderopvang en PIW Groep.',
  },
  'mik-kinderopvang': mikPiwKinderopvang('MIK Kinderopvang'),
  spelenderwijs: mikPiwKinderopvang('Spelenderwijs'),
  'partners-in-welzijn': { description: 'Sociaal werk van MIK & PIW Groep: basisdienstenaanbod in de Westelijke Mijnstreek.' },
  'cjg-westelijke-mijnstreek': { description: 'Centrum voor Jeugd en Gezin; onderdeel van het sociaal werk van MIK & PIW Groep (basisdienstenaanbod).' },
  'knooppunt-informele-zorg': { description: 'Onderdeel van het sociaal werk van MIK & PIW Groep (basisdienstenaanbod).' },
  ecsplore: {
    description:
      'Onderdeel van het sociaal werk van MIK & PIW Groep; preventieve projecten voor gezondheidsvaardigheden en een gezonde leefstijl, op programmaniveau ook in andere gemeentes.',
  },

  // Seed 003: Maassluis.
  'cjg-rijnmond': {
    description:
      'Voert in Maassluis de JGZ uit voor de GGD: onderzoekt kinderen op het consultatiebureau en op school en verzorgt de indicatie voor VE-kinderopvang.',
  },
  leerrecht: {
    description:
      'Bureau van Maassluis, Vlaardingen en Schiedam voor leerplicht, kwalificatieplicht (RMC) en de aanpak van voortijdig schoolverlaten.',
  },
  'bibliotheek-de-plataan': { description: 'Biedt een Ta(a)lenthuis voor de jeugd, met taalmaatjes, workshops en trainingen.' },
  'basisschool-de-diamant': {
    description:
      'Nieuwkomers-(taal)school; ouders kunnen er een cursus volgen over het Nederlandse schoolsysteem en opvoeding, in combinatie met taalles.',
  },

  // Seed 001: GKA "Land vol kansen".
  'weekendschool-sudwest-fryslan': {
    description: 'Weekendschool (beroepenoriëntatie op zondagmiddag) en Zomerschool; in 2018 van start gegaan.',
  },
  indebuurt033: { description: 'Amersfoortse welzijnsinstantie; de social workers op basisscholen zijn bij haar in dienst.' },
  'ikc-t-sterrenpad': {
    description: 'Inclusief kindcentrum (Jenaplan) onder hetzelfde dak als gespecialiseerd kinderdagcentrum Maricja.',
  },
  'kinderdagcentrum-maricja': {
    description: 'Gespecialiseerd kinderdagcentrum voor kinderen met een ontwikkelingsachterstand of beperking.',
  },
  'sociaal-werk-oude-ijsselstreek': { description: 'Sociaal werk; partner in de pilot met ouderconsulenten op basisscholen.' },
  'kc-rijpelberg': {
    description: 'Kindcentrum in Helmond waar 69 procent van de kinderen thuis een andere taal dan het Nederlands spreekt.',
  },
  caleidoscoop: { description: 'Welzijnsorganisatie (opbouwwerk).' },
};

/** Synthetic VE locations exist to place the synthetic target-group toddlers, so they offer VE by definition. */
export const SYNTHETIC_VE_LOCATION: OrganisationDetails = { offersEarlyEducation: true };
