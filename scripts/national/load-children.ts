import type { DataSource } from 'typeorm';
import type { Indication, IndicationKind, Placement } from '../../services/children/src/entities';
import { addDays, addMonths, firstOfMonth, laterOf } from '../../services/children/src/seed/dates';
import { syntheticDefinition, type DefinitionSeed } from '../../services/children/src/seed/definitions';
import { drawAttendance, drawFunnel } from '../../services/children/src/seed/funnel';
import { earlyStop, pickCriteria } from '../../services/children/src/seed/generate';
import { BIRTHS_PER_INHABITANT, INDICATED_SHARE, VE_SHARE, type Country, type NationalMunicipality } from './country';
import { withIndexesDeferred } from './deferred-indexes';
import type { Progress } from './progress';
import { pseudonyms, streamFor, weightedPicker } from './random';
import { loadTable, openTableWriter, type LoadMethod, type TableCounts, type TableWriter } from './table-writer';

/**
 * SYNTHETIC children of the whole country, generated the way the demo generates its children
 * (services/children/src/seed): only indicated toddlers are stored, each with its indication, most
 * with a placement, the funnel dates and monthly attendance. The data set is "as of" AS_OF: nothing
 * happened after it (no event, placement start or attendance month); end dates may lie ahead.
 */
const AS_OF = '2026-10-31';
const LAST_ATTENDANCE_MONTH = '2026-10-01';
const FIRST_COHORT = 2019;
const LAST_COHORT = 2023;
const PLACED_SHARE = 0.85;
const EARLY_STOP_SHARE = 0.05;

const childIds = pseudonyms('K', 0x6b696e64);
const indicationIds = pseudonyms('I', 0x696e6469);
const placementIds = pseudonyms('P', 0x706c6163);

function birthsPerCohort(population: number, scale: number): number {
  return Math.round(population * BIRTHS_PER_INHABITANT * scale);
}

export function totalBirths(country: Country, scale: number): number {
  const cohorts = LAST_COHORT - FIRST_COHORT + 1;
  return country.municipalities.reduce((n, m) => n + cohorts * birthsPerCohort(m.population, scale), 0);
}

/** Like the demo's synthetic definitions, with a source that says where it comes from. */
function nationalDefinition(code: string): DefinitionSeed {
  return { ...syntheticDefinition(code), source: 'Synthetisch (npm run seed:national): geen echte doelgroependefinitie' };
}

interface Writers {
  child: TableWriter;
  indication: TableWriter;
  placement: TableWriter;
  attendance: TableWriter;
}

const COLUMNS: Record<keyof Writers, string[]> = {
  child: ['id', 'birth_month', 'municipality_code', 'neighbourhood_code', 'synthetic'],
  indication: [
    'id', 'child_id', 'kind', 'issued_on', 'valid_until', 'criteria', 'definition_id', 'issuer_id', 'referred_on', 'referred_to_id',
    'registered_on', 'non_participation_reason', 'synthetic',
  ],
  placement: ['id', 'child_id', 'indication_id', 'location_id', 'start_date', 'end_date', 'hours_per_week', 'handover_on', 'synthetic'],
  attendance: ['placement_id', 'month', 'days', 'hours', 'synthetic'],
};

export async function loadChildren(
  dataSource: DataSource,
  method: LoadMethod,
  country: Country,
  scale: number,
  progress: Progress,
): Promise<TableCounts> {
  const definitions = country.municipalities.map((m) => nationalDefinition(m.code));
  const counts: TableCounts = {
    target_group_definition: await loadTable(
      dataSource, method, 'target_group_definition', ['id', 'municipality_code', 'version', 'valid_from', 'valid_to', 'source', 'synthetic'],
      definitions.map((d) => [d.id, d.municipalityCode, d.version, d.validFrom, d.validTo, d.source, d.synthetic]),
    ),
    criterion: await loadTable(
      dataSource, method, 'criterion', ['definition_id', 'code', 'position', 'text'],
      definitions.flatMap((d) => d.criteria.map((c, i) => [d.id, c.code, i + 1, c.text])),
    ),
  };

  // The four large tables load at once, each over its own connection, while the rows are generated;
  // their indexes are built afterwards, from all rows at once.
  const tables = Object.keys(COLUMNS) as (keyof Writers)[];
  await withIndexesDeferred(dataSource, tables, async () => {
    const writers = {} as Writers;
    const all: TableWriter[] = [];
    try {
      for (const table of tables) {
        writers[table] = await openTableWriter(dataSource, method, table, COLUMNS[table]);
        all.push(writers[table]);
      }
      let births = 0;
      for (const m of country.municipalities) {
        await generateMunicipality(m, scale, writers, (n) => {
          births += n;
          progress.advance(births, `${writers.child.rows.toLocaleString('en')} children`);
        });
      }
      for (const table of tables) counts[table] = await writers[table].close();
      progress.finish(`${counts.child.toLocaleString('en')} children; building their indexes`);
    } catch (error) {
      await Promise.all(all.map((w) => w.abort()));
      throw error;
    }
  });
  return counts;
}

async function generateMunicipality(m: NationalMunicipality, scale: number, w: Writers, cohortDone: (births: number) => void): Promise<void> {
  const random = streamFor(`children:${m.code}`);
  const int = (n: number) => Math.floor(random() * n);
  const definition = nationalDefinition(m.code);
  const criteriaCodes = definition.criteria.map((c) => c.code);
  const neighbourhood = weightedPicker(m.wijken.map((x) => x.code), m.wijken.map((x) => x.weight));
  const location = weightedPicker(m.veLocations.map((x) => x.id), m.veLocations.map((x) => x.weight));
  const births = birthsPerCohort(m.population, scale);
  let sequence = 0;

  for (let cohort = FIRST_COHORT; cohort <= LAST_COHORT; cohort++) {
    for (let b = 0; b < births; b++) {
      // Binomial: each birth is indicated with probability 15%; only indicated children are stored.
      if (random() >= INDICATED_SHARE) continue;
      const birthMonth = firstOfMonth(cohort, int(12));
      const issuedOn = addDays(addMonths(birthMonth, 18 + int(13)), int(28));
      const kind: IndicationKind = random() < VE_SHARE ? 'VE' : 'SOCIAL_MEDICAL';
      const criteria = pickCriteria(criteriaCodes, criteriaCodes.map(() => random()).concat(random()));
      const validUntil = addDays(addMonths(birthMonth, 48), -1);
      const n = sequence++;
      const childId = childIds(m.index, n);
      w.child.write([childId, birthMonth, m.code, neighbourhood(random()), true]);

      const indication: Indication = {
        id: indicationIds(m.index, n), childId, kind, issuedOn, validUntil, criteria, definitionId: definition.id,
        issuerId: m.youthHealthCare, referredOn: null, referredToId: null, registeredOn: null, nonParticipationReason: null, synthetic: true,
      };
      // VE starts once the indication is there and the toddler is about 2¼, within four months.
      const startDate = addDays(laterOf(issuedOn, addMonths(birthMonth, 27)), int(122));
      const [placedDraw, stopDraw, stopAt, hoursDraw, locationDraw] = [random(), random(), random(), random(), random()];
      let placement: Placement | undefined;
      if (placedDraw < PLACED_SHARE && startDate <= AS_OF) {
        placement = {
          id: placementIds(m.index, n), childId, indicationId: indication.id, locationId: location(locationDraw), startDate,
          endDate: stopDraw < EARLY_STOP_SHARE ? earlyStop(startDate, validUntil, stopAt) : validUntil,
          hoursPerWeek: hoursDraw < 0.8 ? '16.0' : hoursDraw < 0.9 ? '12.0' : '10.0',
          handoverOn: null, synthetic: true,
        };
      }
      drawFunnel(random, indication, placement, location(locationDraw));
      notAfterAsOf(indication, placement);
      w.indication.write([
        indication.id, childId, kind, issuedOn, validUntil, criteria, definition.id, indication.issuerId, indication.referredOn,
        indication.referredToId, indication.registeredOn, indication.nonParticipationReason, true,
      ]);
      if (placement) {
        const p = placement;
        w.placement.write([p.id, childId, indication.id, p.locationId, p.startDate, p.endDate, p.hoursPerWeek, p.handoverOn, true]);
        for (const a of drawAttendance(random, p)) {
          if (a.month > LAST_ATTENDANCE_MONTH) break;
          w.attendance.write([p.id, a.month, a.days, a.hours, true]);
        }
      }
      if (w.child.backedUp || w.indication.backedUp || w.placement.backedUp || w.attendance.backedUp) {
        await Promise.all([w.child.drain(), w.indication.drain(), w.placement.drain(), w.attendance.drain()]);
      }
    }
    cohortDone(births);
  }
}

/**
 * The funnel is drawn as if time went on; a step dated after the as-of date has not happened yet, and
 * neither has the non-participation it would have explained. (Placed children's steps precede their
 * start, which is never later; handovers happen shortly before the fourth birthday, often after it.)
 */
function notAfterAsOf(indication: Indication, placement: Placement | undefined): void {
  if (indication.registeredOn && indication.registeredOn > AS_OF) {
    indication.registeredOn = null;
    indication.nonParticipationReason = null;
  }
  if (indication.referredOn && indication.referredOn > AS_OF) {
    indication.referredOn = null;
    indication.referredToId = null;
    indication.nonParticipationReason = null;
  }
  if (placement?.handoverOn && placement.handoverOn > AS_OF) placement.handoverOn = null;
}
