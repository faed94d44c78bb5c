import { badUserInput, keysetPage, type KeysetColumn, type KeysetPage } from '@kansrijk/kit';
import { assertMunicipalityCode } from '@kansrijk/domain';
import type { DataSource, SelectQueryBuilder } from 'typeorm';
import { Intervention, InterventionOrganisation, InterventionTheme } from './entities';
import type { InterventionFilter } from './generated/graphql';

export interface InterventionPage extends KeysetPage<Intervention> {
  totalCount: number;
}

/** LIKE treats `%`, `_` and the escape character as wildcards; a search for them must find them literally. */
export function likePattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

function applyFilter(qb: SelectQueryBuilder<Intervention>, filter: InterventionFilter): SelectQueryBuilder<Intervention> {
  if (filter.theme) {
    const sub = qb.subQuery().select('1').from(InterventionTheme, 'it').where('it.intervention_id = i.id AND it.theme_code = :theme');
    qb.andWhere(`EXISTS ${sub.getQuery()}`, { theme: filter.theme });
  }
  if (filter.municipality != null) {
    qb.andWhere('i.municipality_code = :municipality', { municipality: assertMunicipalityCode('filter.municipality', filter.municipality) });
  }
  if (filter.status) qb.andWhere('i.status = :status', { status: filter.status });
  if (filter.preventionLevel) qb.andWhere('i.prevention_level = :preventionLevel', { preventionLevel: filter.preventionLevel });
  if (filter.organisation) {
    const sub = qb
      .subQuery()
      .select('1')
      .from(InterventionOrganisation, 'io')
      .where('io.intervention_id = i.id AND io.organisation_id = :organisation');
    qb.andWhere(`EXISTS ${sub.getQuery()}`, { organisation: filter.organisation });
  }
  if (filter.age != null) {
    if (filter.age < 0) throw badUserInput('filter.age', 'must be zero or more');
    // An open bound counts as "any age on that side"; an intervention without any known age range never matches.
    qb.andWhere('(i.target_age_min IS NOT NULL OR i.target_age_max IS NOT NULL)')
      .andWhere('(i.target_age_min IS NULL OR i.target_age_min <= :age)', { age: filter.age })
      .andWhere('(i.target_age_max IS NULL OR i.target_age_max >= :age)', { age: filter.age });
  }
  const text = filter.text?.trim();
  if (text) {
    qb.andWhere(
      `(i.name ILIKE :pattern ESCAPE '\\' OR i.summary ILIKE :pattern ESCAPE '\\'
        OR EXISTS (SELECT 1 FROM unnest(i.lessons) AS lesson WHERE lesson ILIKE :pattern ESCAPE '\\'))`,
      { pattern: likePattern(text) },
    );
  }
  return qb;
}

/** By name; the id breaks ties, so the order (and with it every cursor) is total. */
const BY_NAME: KeysetColumn<Intervention>[] = [
  { column: 'i.name', type: 'string', of: (i) => i.name },
  { column: 'i.id', type: 'string', of: (i) => i.id },
];

/**
 * The catalogue page: two statements whatever the page size (a count and a keyset page on
 * (name, id)); everything the nodes show further comes from the per-request loaders.
 */
export async function findInterventions(
  db: DataSource,
  filter: InterventionFilter,
  first: number | null | undefined,
  after: string | null | undefined,
): Promise<InterventionPage> {
  const matching = () => applyFilter(db.getRepository(Intervention).createQueryBuilder('i'), filter);
  const { edges, pageInfo } = await keysetPage({ query: matching, orderBy: BY_NAME, first, after });
  return { totalCount: await matching().getCount(), pageInfo, edges };
}
