import { DEMO_MUNICIPALITIES, childrenRoles, seededRandom } from '@kansrijk/demo';
import type { Attendance, Child, Indication, IndicationKind, Placement } from '../entities';
import { definitionInForce } from '../definition-in-force';
import { addDays, addMonths, daysBetween, firstOfMonth, laterOf } from './dates';
import type { DefinitionSeed } from './definitions';
import { drawAttendance, drawFunnel, drawNeighbourhood } from './funnel';

/**
 * SYNTHETIC demo children. There is no real child data in Kansrijk's demo: every child, indication
 * and placement generated here is made up (and marked `synthetic`), scaled to each municipality's
 * population with a fixed-seed PRNG so every run and every machine produces the same rows.
 */
export const SEED = 0x4b696e64;
/** Birth cohorts: every toddler (aged 2 or 3) on the reference dates 1 October 2021-2024 is in them. */
export const FIRST_COHORT = 2016;
export const LAST_COHORT = 2022;
/** About 1% of inhabitants are born each year (CBS: ~0.98%). */
const BIRTHS_PER_INHABITANT = 0.0098;
const INDICATED_SHARE = 0.15;
const VE_SHARE = 0.9;
const PLACED_SHARE = 0.85;
const EARLY_STOP_SHARE = 0.05;

/** The most criteria any definition version has (Maassluis 2022-01). */
const MAX_CRITERIA = 4;

export interface GeneratedChildren {
  children: Child[];
  indications: Indication[];
  placements: Placement[];
  attendance: Attendance[];
}

/**
 * A stream per municipality, so adding a municipality never changes another's children; and one per
 * child for what was added later (neighbourhood, funnel, attendance), so that changed no earlier row.
 */
function streamFor(key: string): () => number {
  let h = SEED;
  for (const ch of key) h = Math.imul(h ^ ch.charCodeAt(0), 0x01000193) >>> 0;
  return seededRandom(h);
}

/** Synthetic wijken per municipality: about one per 10,000 inhabitants, at least 2. */
function wijkenOf(population: number): number {
  return Math.max(2, Math.min(12, Math.round(population / 10000)));
}

export function generateDemoChildren(definitions: readonly DefinitionSeed[]): GeneratedChildren {
  const out: GeneratedChildren = { children: [], indications: [], placements: [], attendance: [] };
  const usedIds = new Set<string>();

  for (const municipality of DEMO_MUNICIPALITIES) {
    const random = streamFor(municipality.code);
    const int = (n: number) => Math.floor(random() * n);
    /** A pseudonym: a prefix and 10 random hex digits, meaningless outside Kansrijk. */
    const pseudonym = (prefix: string) => {
      for (;;) {
        const hex = int(0x100000).toString(16).padStart(5, '0') + int(0x100000).toString(16).padStart(5, '0');
        const id = `${prefix}${hex.toUpperCase()}`;
        if (!usedIds.has(id)) {
          usedIds.add(id);
          return id;
        }
      }
    };
    const versions = definitions.filter((d) => d.municipalityCode === municipality.code);
    const roles = childrenRoles(municipality.code);
    const births = Math.round(municipality.population * BIRTHS_PER_INHABITANT);

    for (let cohort = FIRST_COHORT; cohort <= LAST_COHORT; cohort++) {
      for (let b = 0; b < births; b++) {
        // Binomial: each birth is indicated with probability 15%; only indicated children are stored.
        if (random() >= INDICATED_SHARE) continue;
        const birthMonth = firstOfMonth(cohort, int(12));
        const issuedOn = addDays(addMonths(birthMonth, 18 + int(13)), int(28));
        const kind: IndicationKind = random() < VE_SHARE ? 'VE' : 'SOCIAL_MEDICAL';
        const criteriaDraws = Array.from({ length: MAX_CRITERIA + 1 }, () => random());
        const placementDraws = [random(), int(122), random(), random(), random(), random()];
        const definition = definitionInForce(versions, issuedOn);
        // Before a municipality's first definition there was nothing to indicate under: the demo
        // holds no indications from then (only the 2016 cohort is affected, which no 2021-2024 figure uses).
        if (!definition) continue;

        const childId = pseudonym('K');
        const indicationId = pseudonym('I');
        const validUntil = addDays(addMonths(birthMonth, 48), -1);
        const own = streamFor(childId);
        const child: Child = { id: childId, birthMonth, municipalityCode: municipality.code, neighbourhoodCode: null, synthetic: true };
        child.neighbourhoodCode = drawNeighbourhood(own, child, wijkenOf(municipality.population));
        out.children.push(child);
        const indication: Indication = {
          id: indicationId,
          childId,
          kind,
          issuedOn,
          validUntil,
          criteria: pickCriteria(definition.criteria.map((c) => c.code), criteriaDraws),
          definitionId: definition.id,
          issuerId: roles.youthHealthCare,
          referredOn: null,
          referredToId: null,
          registeredOn: null,
          nonParticipationReason: null,
          synthetic: true,
        };
        out.indications.push(indication);

        const [placedDraw, delayDays, stopDraw, stopAt, hoursDraw, locationDraw] = placementDraws;
        // The location the child is placed at, or referred to when it is not placed: the same draw.
        const locationId = roles.veLocations[Math.floor(locationDraw * roles.veLocations.length)];
        if (placedDraw >= PLACED_SHARE) {
          drawFunnel(own, indication, undefined, locationId);
          continue;
        }
        // VE starts once the indication is there and the toddler is about 2¼, within four months.
        const startDate = addDays(laterOf(issuedOn, addMonths(birthMonth, 27)), delayDays);
        const endDate = stopDraw < EARLY_STOP_SHARE ? earlyStop(startDate, validUntil, stopAt) : validUntil;
        const placement: Placement = {
          id: pseudonym('P'),
          childId,
          indicationId,
          locationId,
          startDate,
          endDate,
          // 16 hours a week, 40 weeks a year, reaches the VE norm of 960 hours in 18 months; some places offer less.
          hoursPerWeek: hoursDraw < 0.8 ? '16.0' : hoursDraw < 0.9 ? '12.0' : '10.0',
          handoverOn: null,
          synthetic: true,
        };
        out.placements.push(placement);
        drawFunnel(own, indication, placement, locationId);
        out.attendance.push(...drawAttendance(own, placement));
      }
    }
  }
  return out;
}

/** A non-empty subset: each criterion with probability 40%, else one chosen at random. */
export function pickCriteria(codes: string[], draws: number[]): string[] {
  const picked = codes.filter((_, i) => draws[i] < 0.4);
  return picked.length ? picked : [codes[Math.floor(draws[draws.length - 1] * codes.length)]];
}

/** A placement that stops early lasts at least a month, and never beyond the indication. */
export function earlyStop(startDate: string, validUntil: string, draw: number): string {
  const days = daysBetween(startDate, validUntil);
  return addDays(startDate, Math.min(days, 30 + Math.floor(draw * Math.max(0, days - 30))));
}
