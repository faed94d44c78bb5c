import { badUserInput, decodeCursor, encodeCursor, pageSize } from '@kansrijk/kit';
import type { DataSource } from 'typeorm';
import { Organisation, OrganisationMunicipality } from './entities';
import type { QueryOrganisationsArgs } from './generated/graphql';

/** `%`, `_` and the escape character itself match literally in a LIKE pattern once escaped. */
export function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}

function afterKey(after: string | null | undefined): [string, string] | null {
  const values = decodeCursor('after', after);
  if (values === null) return null;
  const [name, id] = values;
  if (values.length !== 2 || typeof name !== 'string' || typeof id !== 'string') {
    throw badUserInput('after', 'is not a cursor this API issued');
  }
  return [name, id];
}

/**
 * One page of organisations (the caller has checked `filter.municipality`) ordered by (name, id), keyset-paged: the cursor holds the last row's sort
 * key, so a page costs the same however deep it is and rows added meanwhile do not shift it.
 */
export async function organisationPage(db: DataSource, { filter, first, after }: QueryOrganisationsArgs) {
  const size = pageSize('first', first);
  const cursor = afterKey(after);

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

  const page = matching.clone().orderBy('o.name', 'ASC').addOrderBy('o.id', 'ASC').limit(size + 1);
  if (cursor) page.andWhere('(o.name, o.id) > (:afterName, :afterId)', { afterName: cursor[0], afterId: cursor[1] });
  const rows = await page.getMany();
  const nodes = rows.slice(0, size);
  const edges = nodes.map((node) => ({ cursor: encodeCursor([node.name, node.id]), node }));

  return {
    // Counted only when the client asks for it (graphql-js calls function-valued fields).
    totalCount: () => matching.getCount(),
    pageInfo: { hasNextPage: rows.length > size, endCursor: edges.at(-1)?.cursor ?? null },
    edges,
  };
}
