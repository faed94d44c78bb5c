import type { DataSource } from 'typeorm';
import type { InterventionPhase, InterventionStatus, PreventionLevel } from '../../services/interventions/src/entities';
import { NATIONAL_THEMES } from '../../services/interventions/src/seed/themes';
import type { Country, NationalMunicipality } from './country';
import { streamFor, type Random } from './random';
import { loadTable, type CopyValue, type LoadMethod, type TableCounts } from './table-writer';

/**
 * SYNTHETIC interventions: 2 in the smallest municipalities up to 8 in the largest, each of a common
 * kind (the GKA bundle's kinds of work), filed under the six national GKA themes and carried out by
 * that municipality's own synthetic organisations.
 */
const SOURCE = 'Synthetisch (npm run seed:national)';
const SUMMARY = 'Synthetische interventie voor benchmarks en tests; geen echte activiteit.';

type Executor = 'SCHOOL' | 'VE_LOCATION' | 'YOUTH_HEALTH_CARE';

interface Kind {
  name: string;
  themes: string[];
  ages: [number | null, number | null];
  level: PreventionLevel;
  executors: Executor[];
}

const KINDS: Kind[] = [
  { name: 'Voorleesexpress', themes: ['VERBINDING_SCHOOL_THUIS_OMGEVING', 'MEERTALIGHEID'], ages: [2, 8], level: 'SELECTIVE', executors: ['VE_LOCATION'] },
  { name: 'Zomerschool', themes: ['SOEPELE_OVERGANG'], ages: [10, 12], level: 'SELECTIVE', executors: ['SCHOOL'] },
  { name: 'Weekendschool', themes: ['TALENTONTWIKKELING'], ages: [10, 14], level: 'UNIVERSAL', executors: ['SCHOOL'] },
  { name: 'Ouderconsulent op school', themes: ['VERBINDING_SCHOOL_THUIS_OMGEVING'], ages: [4, 12], level: 'SELECTIVE', executors: ['SCHOOL', 'YOUTH_HEALTH_CARE'] },
  { name: 'Meertalig voorlezen op de peuteropvang', themes: ['MEERTALIGHEID'], ages: [2, 4], level: 'UNIVERSAL', executors: ['VE_LOCATION'] },
  { name: 'Brede brugklas', themes: ['SOEPELE_OVERGANG', 'INCLUSIEF_ONDERWIJS'], ages: [11, 14], level: 'UNIVERSAL', executors: ['SCHOOL'] },
  { name: 'Coaching van pedagogisch medewerkers', themes: ['PROFESSIONALISERING'], ages: [null, null], level: 'UNIVERSAL', executors: ['VE_LOCATION'] },
  { name: 'Kansrijk schooladvies', themes: ['SOEPELE_OVERGANG'], ages: [11, 12], level: 'SELECTIVE', executors: ['SCHOOL'] },
  { name: 'Inclusief kindcentrum', themes: ['INCLUSIEF_ONDERWIJS'], ages: [0, 12], level: 'INDICATED', executors: ['SCHOOL', 'VE_LOCATION'] },
  { name: 'Talentklas in de wijk', themes: ['TALENTONTWIKKELING'], ages: [8, 12], level: 'UNIVERSAL', executors: ['SCHOOL'] },
  {
    name: 'Warme overdracht voorschool-basisschool', themes: ['SOEPELE_OVERGANG', 'PROFESSIONALISERING'], ages: [3, 5], level: 'UNIVERSAL',
    executors: ['VE_LOCATION', 'SCHOOL'],
  },
  { name: 'Taalmaatjes', themes: ['MEERTALIGHEID'], ages: [4, 12], level: 'SELECTIVE', executors: ['SCHOOL'] },
];

const STATUSES: InterventionStatus[] = ['PILOT', 'EMBEDDED', 'EMBEDDED', 'ENDED'];
const PHASES: InterventionPhase[] = ['PREPARATION', 'EXECUTION_AND_MONITORING', 'EXECUTION_AND_MONITORING', 'EVALUATION_AND_SECURING'];

/** 2 below 10,000 inhabitants, one more per doubling, at most 8 (from about 640,000). */
function interventionCount(population: number): number {
  return Math.min(8, Math.max(2, Math.round(Math.log2(population / 5_000)) + 1));
}

interface InterventionRows {
  interventions: CopyValue[][];
  themes: CopyValue[][];
  organisations: CopyValue[][];
}

function organisationOf(m: NationalMunicipality, executor: Executor, random: Random): string {
  const pick = <T extends { id: string }>(list: T[]) => list[Math.floor(random() * list.length)].id;
  if (executor === 'SCHOOL') return pick(m.schools);
  if (executor === 'VE_LOCATION') return pick(m.veLocations);
  return m.youthHealthCare;
}

function interventionsOf(m: NationalMunicipality): InterventionRows {
  const random = streamFor(`interventions:${m.code}`);
  const int = (n: number) => Math.floor(random() * n);
  // A different selection of kinds per municipality: a seeded shuffle, then the first few.
  const kinds = KINDS.map((kind) => ({ kind, order: random() })).sort((a, b) => a.order - b.order).map((k) => k.kind);
  const rows: InterventionRows = { interventions: [], themes: [], organisations: [] };
  kinds.slice(0, interventionCount(m.population)).forEach((kind, i) => {
    const id = `intervention-${m.code.toLowerCase()}-${String(i + 1).padStart(2, '0')}`;
    const status = STATUSES[int(STATUSES.length)];
    const startYear = 2019 + int(7);
    const endYear = status === 'ENDED' ? Math.min(2026, startYear + 1 + int(3)) : null;
    rows.interventions.push([
      id, `${kind.name} ${m.name} (synthetisch)`, SUMMARY, m.code, null, status, status === 'ENDED' ? 'EVALUATION_AND_SECURING' : PHASES[int(PHASES.length)],
      kind.level, kind.ages[0], kind.ages[1], startYear, endYear, null, [], [], [SOURCE], null, null,
    ]);
    for (const theme of kind.themes) rows.themes.push([id, theme]);
    const organisations = [...new Set(kind.executors.map((e) => organisationOf(m, e, random)))];
    organisations.forEach((organisation, j) => rows.organisations.push([id, organisation, j + 1]));
  });
  return rows;
}

export async function loadInterventions(dataSource: DataSource, method: LoadMethod, country: Country): Promise<TableCounts> {
  const rows = country.municipalities.map(interventionsOf);
  return {
    theme: await loadTable(
      dataSource, method, 'theme', ['code', 'name', 'national', 'municipality_code', 'position'],
      NATIONAL_THEMES.map((t, i) => [t.code, t.name, true, null, i + 1]),
    ),
    intervention: await loadTable(
      dataSource, method, 'intervention',
      [
        'id', 'name', 'summary', 'municipality_code', 'region', 'status', 'phase', 'prevention_level', 'target_age_min', 'target_age_max',
        'start_year', 'end_year', 'reach_text', 'lessons', 'working_elements', 'sources', 'publication_id', 'coalition_id',
      ],
      rows.flatMap((r) => r.interventions),
    ),
    intervention_theme: await loadTable(dataSource, method, 'intervention_theme', ['intervention_id', 'theme_code'], rows.flatMap((r) => r.themes)),
    intervention_organisation: await loadTable(
      dataSource, method, 'intervention_organisation', ['intervention_id', 'organisation_id', 'position'], rows.flatMap((r) => r.organisations),
    ),
  };
}
