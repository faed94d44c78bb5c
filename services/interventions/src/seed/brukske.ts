import type { ActivityData, CoalitionModelData, InterventionData } from './types';

/**
 * Seed 000: the DIN model (Doelen Inspanningen Netwerk) of the coalition "gezonde basisschool in de wijk"
 * Brukske, Venray (GKA 2021-2024), from the infographic "MEER EN BETER DOELEN".
 *
 * The text extraction of the infographic has lost its layout: the three theme columns run into each other
 * line by line. Which goal belongs to which theme is our reading of that page (each line holds one goal
 * per column, left to right). Goals are written in sentence case; the infographic prints them in capitals.
 * Otherwise they are the source's words, with two repairs of the extraction: the closing parenthesis of
 * "(met ambulante ondersteuning vanuit specialistische voorzieningen)" and "gebruik" for "GEBRUK".
 *
 * The infographic lists the actions per theme (in the theme's column, under its goals), not per goal;
 * so the data links actions to themes only, and the API's `Goal.interventions` gives each goal the
 * actions of its theme. Phases: the pact starts "de voorbereidende fase per onderwerp" for the coalition
 * as a whole and names no phase per action, so the actions have none.
 */
const COALITION = 'venray-brukske';
const VENRAY = 'GM0984';
const SOURCE = 'Coalitiepact "Gezonde basisschool in de wijk" Brukske, gemeente Venray (GKA 2021-2024)';

export const BRUKSKE_MODEL: CoalitionModelData = {
  coalition: COALITION,
  themes: [
    {
      code: 'BRUKSKE_TALENTONTWIKKELING_GELIJKE_KANSEN',
      name: 'Talentontwikkeling en gelijke kansen',
      goals: [
        { kind: 'MORE', text: 'Meer samenwerking tussen onderwijs, opvang en andere (zorg)partners' },
        {
          kind: 'MORE',
          text: 'Meer kinderen maken gebruik van reguliere voorzieningen (met ambulante ondersteuning vanuit specialistische voorzieningen)',
        },
        { kind: 'MORE', text: 'Meer inzet van ouderbetrokkenheid' },
        { kind: 'BETTER', text: 'Betere samenwerking tussen onderwijs, opvang, (zorg)voorzieningen en ouders' },
        { kind: 'BETTER', text: 'Betere verbinding van voorzieningen' },
      ],
    },
    {
      code: 'BRUKSKE_GEZONDE_JEUGD',
      name: 'Gezonde jeugd',
      description: 'voeding, bewegen en mentaal welbevinden',
      goals: [
        { kind: 'MORE', text: 'Meer kinderen hebben een gezonde leefstijl + gezond gewicht' },
        { kind: 'MORE', text: 'Meer kinderen maken gebruik van (beweeg)activiteiten in de wijk' },
        { kind: 'MORE', text: 'Meer ouders hebben kennis over gezonde voeding en mentaal welbevinden' },
      ],
    },
    {
      code: 'BRUKSKE_GEZONDE_LEEFOMGEVING',
      name: 'Gezonde leefomgeving',
      goals: [
        { kind: 'MORE', text: 'Meer ouders maken gebruik van voorzieningen in de wijk' },
        { kind: 'MORE', text: 'MFC heeft meer verbinding met de wijk' },
        { kind: 'BETTER', text: 'Betere samenwerking tussen partners in de wijk' },
        { kind: 'BETTER', text: 'Verbinden rol MFC kan beter' },
      ],
    },
  ],
};

/** The sub-items the infographic lists after an action's name become its activities a, b, c, ... */
const items = (...titles: string[]): ActivityData[] =>
  titles.map((title, i) => ({ code: String.fromCharCode(97 + i), title }));

/**
 * "De genoemde acties betreffen huidige interventies die passen binnen de drie thema's. Enkele activiteiten
 * zijn specifiek voor Brukske, het merendeel wordt binnen de gehele gemeente uitgevoerd." The pact names no
 * executing partner per action, so organisations stay empty; the target ages are those of question zero
 * ("alle kinderen (van 0-13 jaar) in de wijk Brukske").
 */
const action = (slug: string, name: string, theme: string, activities: ActivityData[] = [], summary?: string): InterventionData => ({
  id: `${COALITION}-${slug}`,
  name,
  summary,
  municipality: VENRAY,
  targetAge: [0, 13],
  sources: [SOURCE],
  organisations: [],
  themes: [theme],
  coalition: COALITION,
  activities,
});

const [TALENT, JEUGD, LEEFOMGEVING] = BRUKSKE_MODEL.themes.map((t) => t.code);

export const BRUKSKE_INTERVENTIONS: InterventionData[] = [
  action(
    'ok-ay',
    'Ok-ay (Onderwijskansen venrAY)',
    TALENT,
    items('kindgesprekken', 'Thuis in Spel&Taal', 'klassenouders', 'Klaar voor de brugklas'),
    "Tweejarig plan 'Kansengelijkheid Venray Ok-ay', opgesteld samen met kinderopvang- en onderwijspartners: een " +
      'praktische en integrale aanpak die aansluit op reeds in gang gezette projecten en experimenteel en kleinschalig van ' +
      'aard is (groot denken en klein doen).',
  ),
  action('cultuur-in-de-klas', 'Cultuur in de Klas CiK en Jeugd Cultuur Fonds', TALENT),
  action('stichting-leergeld', 'Stichting Leergeld', TALENT),
  action(
    'bewegen',
    'Bewegen',
    JEUGD,
    items('nationale sportweek', 'Jeugd Sport Fonds', 'Nijntje beweegt', 'Ben Bizzie', 'Sportzender', 'Shape'),
  ),
  action(
    'voeding',
    'Voeding',
    JEUGD,
    items('samenwerking consultatiebureau, water, bewegen', 'sterk ik (w)eet', 'kerst, gezonde voeding', 'gezonde school'),
  ),
  action(
    'mentaal-welbevinden',
    'Mentaal welbevinden',
    JEUGD,
    items('screening 0-12jarigen', 'groepslessen jongerenwerk', 'speelcoach Henk', 'Kansrijke Start'),
  ),
  action('wijkplatform', 'Wijkplatform', LEEFOMGEVING, items('Eetpunt', 'Spelen doe je zo/ speelcoach', '(kerst)markt')),
  action('wijkteam', 'Wijkteam', LEEFOMGEVING, items('opruimen in de wijk', 'Smile', 'kindgroepslessen jongerenwerk')),
  action('inrichting-speelterrein', 'Inrichting speelterrein', LEEFOMGEVING),
  action('kinderwijkraad', 'Kinderwijkraad', LEEFOMGEVING),
];

export const BRUKSKE_MUNICIPALITY = VENRAY;
