import { MUNICIPALITIES_2025, SAFETY_REGIONS, type Municipality2025 } from './municipalities';
import { populations } from './populations';
import { lognormalWeights, streamFor } from './random';

/**
 * The synthetic country's fixed part: every municipality with its wijken and its organisations (youth
 * health care, schools, VE locations). None of it depends on --scale: a benchmark at scale 10 has the
 * geography and organisations of scale 1, only ten times the children.
 */

/** About 1% of inhabitants are born each year (CBS: ~0.98%). */
export const BIRTHS_PER_INHABITANT = 0.0098;
export const INDICATED_SHARE = 0.15;
export const VE_SHARE = 0.9;

const INHABITANTS_PER_SCHOOL = 2_900;
const INHABITANTS_PER_WIJK = 5_500;
/** Two-digit wijk numbers: at most 99 per municipality. */
const MAX_WIJKEN = 99;
/** One VE location per this many VE-indicated toddlers (the two cohorts aged 2 and 3) at scale 1. */
const VE_TODDLERS_PER_LOCATION = 20;

export interface VeLocation {
  id: string;
  name: string;
  lrkNumber: string;
  childcareType: 'PSZ' | 'KDV';
  childPlaces: number;
  /** Its share of the municipality's placements, relative to the other locations. */
  weight: number;
}

export interface Wijk {
  code: string;
  name: string;
  /** Its share of the municipality's children, relative to the other wijken. */
  weight: number;
}

export interface School {
  id: string;
  name: string;
  brin: string;
}

export interface NationalMunicipality extends Municipality2025 {
  /** Position in code order; part of every pseudonym, which makes them unique across municipalities. */
  index: number;
  population: number;
  youthHealthCare: string;
  childcareOrganisation: string;
  schools: School[];
  veLocations: VeLocation[];
  wijken: Wijk[];
}

export interface ChildcareOrganisation {
  id: string;
  name: string;
  municipalities: string[];
}

export interface Country {
  municipalities: NationalMunicipality[];
  /** The VE locations' parent organisations, one per safety region. */
  childcareOrganisations: ChildcareOrganisation[];
}

const pad = (n: number, width: number) => String(n).padStart(width, '0');
const LETTERS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';

/**
 * A BRIN number with vestigingsnummer in the shape partners expects (`99ZZ00`), made up: the first
 * letter is X, Y or Z and the vestigingsnummer 00, and the organisation is flagged synthetic.
 */
function syntheticBrin(n: number): string {
  if (n >= 3 * 26 * 100) throw new Error('too many synthetic schools for the BRIN scheme');
  return `${pad(n % 100, 2)}${'XYZ'[Math.floor(n / 2600)]}${LETTERS[Math.floor(n / 100) % 26]}00`;
}

/** Nine digits like an LRK number, made up; the leading 999 marks them. */
const syntheticLrk = (n: number) => `999${pad(n, 6)}`;

function veToddlersAtScaleOne(population: number): number {
  return Math.round(population * BIRTHS_PER_INHABITANT) * 2 * INDICATED_SHARE * VE_SHARE;
}

export function buildCountry(): Country {
  const inhabitants = populations(MUNICIPALITIES_2025);
  let schoolNumber = 0;
  let locationNumber = 0;
  const municipalities = MUNICIPALITIES_2025.map((m, index): NationalMunicipality => {
    const population = inhabitants.get(m.code)!;
    const lower = m.code.toLowerCase();
    const random = streamFor(`country:${m.code}`);

    const schools = Array.from({ length: Math.max(1, Math.round(population / INHABITANTS_PER_SCHOOL)) }, (_, i) => ({
      id: `school-${lower}-${pad(i + 1, 3)}`,
      name: `Basisschool ${m.name} ${pad(i + 1, 3)} (synthetisch)`,
      brin: syntheticBrin(schoolNumber++),
    }));

    const locationCount = Math.max(1, Math.round(veToddlersAtScaleOne(population) / VE_TODDLERS_PER_LOCATION));
    const locationWeights = lognormalWeights(random, locationCount, 0.5);
    const veLocations = locationWeights.map((weight, i): VeLocation => ({
      id: `ve-${lower}-${pad(i + 1, 3)}`,
      name: `VE-locatie ${m.name} ${pad(i + 1, 3)} (synthetisch)`,
      lrkNumber: syntheticLrk(++locationNumber),
      childcareType: random() < 0.6 ? 'PSZ' : 'KDV',
      // Groups of 16 places; the locations that take more children have more groups.
      childPlaces: 16 * Math.max(1, Math.round(weight * 2)),
      weight,
    }));

    // Large municipalities get up to 99 wijken of uneven size; lognormal keeps the smallest non-empty.
    const wijkCount = Math.min(MAX_WIJKEN, Math.max(1, Math.round(population / INHABITANTS_PER_WIJK)));
    const wijken = lognormalWeights(random, wijkCount, 0.6).map((weight, i) => ({
      code: `WK${m.code.slice(2)}${pad(i + 1, 2)}`,
      name: `Wijk ${pad(i + 1, 2)}`,
      weight,
    }));

    return {
      ...m,
      index,
      population,
      youthHealthCare: `jgz-${lower}`,
      childcareOrganisation: `kinderopvang-${m.safetyRegion.toLowerCase()}`,
      schools,
      veLocations,
      wijken,
    };
  });

  const childcareOrganisations = Object.entries(SAFETY_REGIONS).map(([region, { name }]) => ({
    id: `kinderopvang-${region.toLowerCase()}`,
    name: `Kinderopvang ${name} (synthetisch)`,
    municipalities: municipalities.filter((m) => m.safetyRegion === region).map((m) => m.code),
  }));
  return { municipalities, childcareOrganisations };
}
