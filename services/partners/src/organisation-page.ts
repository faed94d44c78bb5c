import { keysetPage, type KeysetColumn } from '@kansrijk/kit';
import type { DataSource } from 'typeorm';
import { Organisation, OrganisationMunicipality } from './entities';
import type { QueryOrganisationsArgs } from './generated/graphql';

/** `%`, `_` and the escape character itself match literally in a LIKE pattern once escaped. */
export function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}

/** By name; the id breaks ties, so the order (and with it every cursor) is total. */
const BY_NAME: KeysetColumn<Organisation>[] = [
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
