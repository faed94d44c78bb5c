import type { CoalitionModelData, InterventionData } from './types';

/**
 * Seed 004: "Inzet NPO-middelen gemeente Voerendaal". The plan orders its activities a-i under the four
 * hoofddoelen of the educatieve agenda (§4.1) plus one extra theme (§5.5); the matrix at the end of §5
 * ticks the NPO spending categories per activity (no activity is ticked for thuiszitters, footnote 3);
 * §7 lists the indicators ("Indicatoren/verantwoording"), one per bullet.
 */
const VOERENDAAL = 'GM0986';
const COALITION = 'voerendaal-lea';

const POSITIEF_GEZOND = 'VOERENDAAL_POSITIEF_GEZOND';
const TALENT = 'VOERENDAAL_TALENT';
const INTEGRALE_AANPAK = 'VOERENDAAL_INTEGRALE_AANPAK_KINDCENTRA';
const ONDERWIJS_ZORG = 'VOERENDAAL_ONDERWIJS_ZORG';
const WERELD = 'VOERENDAAL_WERELD_OM_JE_HEEN';

/** The LEA's themes: the four hoofddoelen verbatim, then the plan's extra theme. The source states no MEER/BETER goals. */
export const VOERENDAAL_MODEL: CoalitionModelData = {
  coalition: COALITION,
  themes: [
    { code: POSITIEF_GEZOND, name: 'De jeugd in Voerendaal is positief gezond', goals: [] },
    { code: TALENT, name: 'De jeugd in Voerendaal ontwikkelt zijn of haar talent', goals: [] },
    { code: INTEGRALE_AANPAK, name: 'De integrale aanpak in de kindcentra gezamenlijk inhoudelijk ontwikkelen', goals: [] },
    { code: ONDERWIJS_ZORG, name: 'Verbinding onderwijs en zorg daar waar dit nodig is en meerwaarde biedt', goals: [] },
    {
      code: WERELD,
      name: 'Goed omgaan met de wereld om je heen',
      description:
        'Extra thema naast de 4 hoofddoelen: in verbinding zijn met je leefomgeving, met aandacht voor de verbinding met ' +
        'andere partners in die leefomgeving en voor klimaat en duurzaamheid.',
      goals: [],
    },
  ],
};

export const VOERENDAAL_NPO_PLAN: InterventionData = {
  id: 'voerendaal-npo-plan',
  name: 'Inzet NPO-middelen gemeente Voerendaal',
  municipality: VOERENDAAL,
  summary:
    'We kiezen voor een integraal plan dat verder reikt dan alleen NPO-middelen en plannen om achterstanden te bestrijden. ' +
    'We kiezen voor een plan waarmee we de doelen geformuleerd in onze bestaande educatieve agenda concreter maken, ' +
    'verbreden en extra versnellen. Dit plan is primair gericht op de leeftijdsgroep 2 tot 12 jaar.',
  // Uitvoeringsperiode 1 januari 2022 tot en met 31 juli 2023 (§7).
  startYear: 2022,
  endYear: 2023,
  targetAge: [2, 12],
  sources: ['Gemeente Voerendaal, "Inzet NPO-middelen gemeente Voerendaal"'],
  organisations: ['innovo', 'humankind', 'kinderopvang-op-t-bergske', 'jens', 'the-move-factory', 'smk', 'schunck', 'gemeente-voerendaal'],
  themes: [POSITIEF_GEZOND, TALENT, INTEGRALE_AANPAK, ONDERWIJS_ZORG, WERELD],
  coalition: COALITION,
  activityIdPrefix: 'voerendaal-npo',
  activities: [
    {
      code: 'a',
      title: 'Leuk en inspirerend buitenspelen in de pauze en buitenspeeltijd',
      description:
        'Hierbij is er aandacht voor samenspel, spelsuggesties, plezier in buitenspelen en motorische ontwikkeling. TMF voert ' +
        'workshops uit voor de medewerkers van basisschool en peuteropvang (buitenspeeltijd voor het jonge kind, buitenspelen ' +
        'in de middenbouw en in de bovenbouw) en biedt iedere partner coaching op maat voor het begeleiden van het buitenspelen.',
      npoCategories: ['SCHOOL_WIDE_MEASURES', 'PRESCHOOL_PERIOD', 'CARE_AND_WELLBEING', 'COOPERATION'],
      theme: POSITIEF_GEZOND,
      indicators: [
        { name: 'Zijn de workshops georganiseerd' },
        { name: 'Hoeveel uren coaching per locatie plaatsgevonden' },
        { name: 'Ervaringen van pm-ers en leerkrachten over kwaliteit van spel bij kinderen' },
      ],
    },
    {
      code: 'b',
      title: 'Rots en water aanpak in de school',
      description:
        'Hierbij is er aandacht voor weerbaarheid, sociale vaardigheden en welbevinden. Aanvullende scholing indien nodig voor ' +
        'scholen; extra aandacht en aanbod voor verbinding met JENS en transfer naar de thuissituatie.',
      npoCategories: ['CARE_AND_WELLBEING', 'COOPERATION'],
      theme: POSITIEF_GEZOND,
      indicators: [
        { name: 'Aantal kinderen dat extra begeleiding heeft gehad door JENS' },
        { name: 'Aantal leerkrachten dat extra opleiding heeft gehad' },
        { name: 'Aantal nieuw geschoolde leerkrachten' },
        { name: 'Contacten met thuissituatie' },
        { name: 'Ervaringen leerkrachten over versterking weerbaarheid' },
      ],
    },
    {
      code: 'c',
      title: 'Kennismaken met cultuur jonge kinderen',
      description:
        'Hierbij is er aandacht voor de brede culturele ontwikkeling van jonge kinderen en zelf meedoen aan zang, dans en kunst ' +
        'maken. I.s.m. Schunck/PIT en andere aanbieders nagaan welk aanbod beschikbaar is voor peuters en kleuters en organiseren ' +
        'van 4 activiteiten per koppel in de uitvoeringsperiode van 1,5 jaar.',
      npoCategories: ['PRESCHOOL_PERIOD', 'COOPERATION'],
      theme: TALENT,
      indicators: [
        { name: 'Activiteiten per koppel uitgevoerd', target: '4 activiteiten per koppel' },
        { name: 'Aanknopingspunten voor vervolgactiviteiten (ervaringen medewerkers)' },
      ],
    },
    {
      code: 'd',
      title: 'Onderzoek of een leerlijn muziek uitgevoerd kan worden op scholen',
      description:
        'Hierbij is er aandacht voor een brede oriëntatie op muziek en het ontwikkelen van eigen talenten. In overleg met ' +
        'scholen, verenigingen en aanbieders van muziekonderwijs (SMK, Schunck) wordt onderzocht of inzet van de muziekleerlijn ' +
        '"Meer harmonie in de samenleving" duurzaam ingevoerd kan worden op de Voerendaalse scholen.',
      npoCategories: ['SCHOOL_WIDE_MEASURES', 'COOPERATION'],
      theme: TALENT,
      indicators: [{ name: 'Opstellen plan voor invoering leerlijn of alternatief plan' }],
    },
    {
      code: 'e',
      title: 'Inspiratie en ideeën voor meer integraliteit, samenwerking en doorgaande lijn',
      description:
        'Versterken van gezamenlijke beeld en ideeën voor integrale aanpak. Gezamenlijk werkbezoek, inspiratiesessie ' +
        'ervaringsdeskundige en overzicht van mogelijke invalshoeken door een deskundige IKC; alle scholen en opvanglocaties ' +
        'nemen gezamenlijk deel, management en uitvoerders samen.',
      npoCategories: ['SCHOOL_WIDE_MEASURES', 'COOPERATION'],
      theme: INTEGRALE_AANPAK,
      indicators: [
        { name: 'Heeft werkbezoek plaatsgevonden, wat zijn leeropbrengsten?' },
        { name: 'Heeft inspiratie sessie met ervaringsdeskundige en inhoudsdeskundige plaatsgevonden en wat waren de leeropbrengsten?' },
      ],
    },
    {
      code: 'f',
      title: 'Opstellen van een concreet plan op maat per koppel samen met een procesbegeleider',
      description:
        'De integrale samenwerking in de kindcentra wordt beter met zichtbare samenhang voor kinderen en ouders. Inhuur ' +
        'procesbegeleider voor plan op maat per koppel, begeleiden bij eerste stappen en evalueren.',
      npoCategories: ['PRESCHOOL_PERIOD', 'COOPERATION'],
      theme: INTEGRALE_AANPAK,
      indicators: [
        { name: 'Heeft ieder koppel een plan op maat en is gestart met uitvoering?', target: 'ieder koppel een plan op maat' },
        { name: 'Wat zijn de ervaringen ten aanzien van opbrengsten meer integraliteit?' },
      ],
    },
    {
      code: 'g',
      title: 'Versterken van het ouderschap en ouderbetrokkenheid als onderdeel van integrale kindcentra',
      description:
        'Ouders voelen zich betrokken bij de ontwikkeling van hun kind en ontvangen adviezen en/of hulp bij het opvoeden. JENS, ' +
        'school en opvang organiseren per koppel een oudergespreksgroep om thema’s naar behoeften te bespreken.',
      npoCategories: ['SCHOOL_WIDE_MEASURES', 'PRESCHOOL_PERIOD', 'CARE_AND_WELLBEING', 'COOPERATION'],
      theme: ONDERWIJS_ZORG,
      indicators: [
        {
          name: 'Ouderbijeenkomsten per koppel georganiseerd en hoe is dit ervaren?',
          target: 'tenminste 4 ouderbijeenkomsten per koppel',
        },
      ],
    },
    {
      code: 'h',
      title: 'Facilitering samenwerking en verbinding met de wereld om de leerlingen heen',
      description:
        'Principe van: "it takes a village to raise a child" wordt uitgewerkt. Beschikbaarheid van faciliteringsmogelijkheden ' +
        'via partners en budget voor activiteiten om in verbinding te treden met de omgeving rondom de scholen en opvang.',
      npoCategories: ['SCHOOL_WIDE_MEASURES', 'PRESCHOOL_PERIOD', 'CARE_AND_WELLBEING', 'COOPERATION'],
      theme: WERELD,
      indicators: [
        { name: 'Aantal en inhoud van aanvragen voor facilitering en ondersteuning' },
        { name: 'Opbrengsten van extra input op samenwerking' },
      ],
    },
    {
      code: 'i',
      title: 'Duurzaamheid ervarend leren',
      description:
        'Kinderen doen ervaringen op hoe ze kunnen bijdragen aan een samenleving met meer duurzaamheid. Aanschaf ' +
        'duurzaamheidsets, educatieprogramma’s en/of gastdocenten; de sets zijn voor gebruik op alle scholen en opvanglocaties.',
      npoCategories: ['SCHOOL_WIDE_MEASURES', 'COOPERATION'],
      theme: WERELD,
      indicators: [{ name: 'Aanschaf van ervarend leren sets' }, { name: 'Verslag van gebruik door partners' }],
    },
  ],
};

export const VOERENDAAL_MUNICIPALITY = VOERENDAAL;
