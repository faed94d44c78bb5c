import { DEMO_MUNICIPALITIES } from '@kansrijk/demo';

/** A definition version with its criteria, as the seed writes it. */
export interface DefinitionSeed {
  id: string;
  municipalityCode: string;
  version: string;
  validFrom: string;
  validTo: string | null;
  source: string;
  synthetic: boolean;
  criteria: { code: string; text: string }[];
}

export const MAASSLUIS = 'GM0556';

const MAASSLUIS_SOURCE =
  'Onderwijskansenbeleid Maassluis, bijlage 4 (doelgroependefinitie, collegebesluit 18 januari 2022)';

/**
 * Maassluis' criteria, verbatim from seed 003, "Bijlage 4. Doelgroep definitie gemeente Maassluis
 * (vastgesteld)". Only the PDF's line wrapping is undone; the paragraph break inside criterion 1 is kept.
 * Criteria 1-3 were already part of the 2019-2022 definition; criterion 4 was added per January 2022.
 */
const MAASSLUIS_CRITERIA = [
  {
    code: '1',
    text:
      'Een achterstand in de taalontwikkeling of een gerede kans op het oplopen van een achterstand in de ' +
      'ontwikkeling van de Nederlandse taal.\n\n' +
      'Naast (de kans op) een achterstand in taal, komen ook kinderen in aanmerking die een achterstand of ' +
      'een kans daarop hebben in de motorische ontwikkeling of de sociaal emotionele ontwikkeling (gemeten ' +
      'door het CJG);',
  },
  {
    code: '2',
    text:
      'De thuistaal is niet-Nederlands én het opleidingsniveau van beide ouders/verzorgers of de ouder/ ' +
      'verzorger die met de dagelijkse zorg is belast, is maximaal mbo4.',
  },
  {
    code: '3',
    text:
      'Het opleidingsniveau van beide ouders/verzorgers of de ouder/verzorger die met de dagelijkse zorg is ' +
      'belast, is lager dan: de startkwalificatie mbo1, lbo/vbo, praktijkonderwijs of vmbo basis- of ' +
      'kaderberoepsgerichte leerweg',
  },
  {
    code: '4',
    text:
      'De CJG arts of verpleegkundige beoordelen op basis van eigen expertise en professionaliteit of er ' +
      'sprake is van omgevingsfactoren die de ontwikkeling van kinderen belemmeren, die niet onder de ' +
      'kenmerken 1 t/m 3 vallen. Het betreft kinderen uit gezinnen waar mogelijk meerdere problemen spelen ' +
      'die effect hebben op hun ontwikkeling.',
  },
];

/** The two real versions: 2019 ("per 2019", criteria 1-3) and January 2022 (criterion 4 added). */
const MAASSLUIS_DEFINITIONS: DefinitionSeed[] = [
  {
    id: `${MAASSLUIS}-2019-01`,
    municipalityCode: MAASSLUIS,
    version: '2019-01',
    validFrom: '2019-01-01',
    validTo: '2021-12-31',
    source: MAASSLUIS_SOURCE,
    synthetic: false,
    criteria: MAASSLUIS_CRITERIA.slice(0, 3),
  },
  {
    id: `${MAASSLUIS}-2022-01`,
    municipalityCode: MAASSLUIS,
    version: '2022-01',
    validFrom: '2022-01-01',
    validTo: null,
    source: MAASSLUIS_SOURCE,
    synthetic: false,
    criteria: MAASSLUIS_CRITERIA,
  },
];

/**
 * No source gives the other municipalities' definitions, so each gets one made-up version with two
 * generic criteria, marked synthetic, so their synthetic indications have something to refer to.
 */
const SYNTHETIC_CRITERIA = [
  { code: '1', text: 'Een taal- of ontwikkelingsachterstand, of een gerede kans daarop (synthetisch).' },
  { code: '2', text: 'Het opleidingsniveau van de ouders/verzorgers is laag (synthetisch).' },
];

export function syntheticDefinition(code: string): DefinitionSeed {
  return {
    id: `${code}-2019-01`,
    municipalityCode: code,
    version: '2019-01',
    validFrom: '2019-01-01',
    validTo: null,
    source: 'Synthetisch (demo): geen doelgroependefinitie in de bronnen',
    synthetic: true,
    criteria: SYNTHETIC_CRITERIA,
  };
}

/** Every demo municipality's definition versions, oldest first within a municipality. */
export function demoDefinitions(): DefinitionSeed[] {
  return DEMO_MUNICIPALITIES.flatMap((m) => (m.code === MAASSLUIS ? MAASSLUIS_DEFINITIONS : [syntheticDefinition(m.code)]));
}

