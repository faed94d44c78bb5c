import { keysetPage, type KeysetColumn } from '@kansrijk/kit';
import type { DataSource } from 'typeorm';
import { Organisation, OrganisationMunicipality } from './entities';
import type { MunicipalityOrganisationsPageArgs, QueryOrganisationsArgs } from './generated/graphql';
import type { Loaders } from './loaders';

/** `%`, `_` and the escape character itself match literally in a LIKE pattern once escaped. */
export function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}

/** By name; the id breaks ties, so the order (and with it every cursor) is total. */
export const BY_NAME: KeysetColumn<Organisation>[] = [
  { column: 'o.name', type: 'string', of: (o) => o.name },
  { column: 'o.id', type: 'string', of: (o) => o.id },
];

/** One page of organisations (the caller has checked `filter.municipality`), keyset-paged on (name, id). */
export async function organisationPage(db: DataSource, { filter, first, after }: QueryOrganisationsArgs) {
  const matching = db.getRepository(Organisation).createQueryBuilder('o');
  if (filter?.name) matching.andWhere("o.name ILIKE :name ESCAPE '\\'", { name: `%${escapeLike(filter.name)}%` });
  if (filter?.kind) matching.andWhere('o.kind = :kind', { kind: filter.kind });
  if (filter?.identifier) {
    matching.andWhere('(o.brin = :identifier OR o.lrkNumber = :identifier OR o.kvkNumber = :identifier OR o.boardNumber = :identifier)', {
      identifier: filter.identifier,
    });
  }
  if (filter?.municipality) {
    const inMunicipality = matching
      .subQuery()
      .select('1')
      .from(OrganisationMunicipality, 'om')
      .where('om.organisationId = o.id')
      .andWhere('om.municipalityCode = :municipality')
      .getQuery();
    matching.andWhere(`EXISTS ${inMunicipality}`, { municipality: filter.municipality });
  }

  const { edges, pageInfo } = await keysetPage({ query: () => matching.clone(), orderBy: BY_NAME, first, after });

  return {
    // Counted only when the client asks for it (graphql-js calls function-valued fields).
    totalCount: () => matching.getCount(),
    pageInfo,
    edges,
  };
}

/**
 * One page of a municipality's organisations. Both the page and its count go through per-request
 * loaders, so a page on every municipality of a list costs one statement (and one more for counts).
 */
export async function municipalityOrganisationPage(loaders: Loaders, code: string, { first, after }: MunicipalityOrganisationsPageArgs) {
  const { edges, pageInfo } = await keysetPage({
    orderBy: BY_NAME,
    first,
    after,
    fetch: (cursor, limit) => loaders.organisationPagesByMunicipality.load({ owner: code, argument: { after: cursor, limit } }),
  });
  return {
    totalCount: async () => (await loaders.organisationCountByMunicipality.load(code))?.count ?? 0,
    pageInfo,
    edges,
  };
}
