import { firstRowsPerGroup, groupedByArgument, groupedLoader, keyedLoader, selectEntityColumns, type PageArgument } from '@kansrijk/kit';
import { In, type DataSource } from 'typeorm';
import {
  BodyRole,
  Buurt,
  Coalition,
  CoalitionMember,
  GovernanceBody,
  GovernanceBodyMember,
  Municipality,
  Neighbourhood,
  Organisation,
  OrganisationLocation,
  OrganisationMunicipality,
} from './entities';

type Keyed<T> = T & { key: string };

/** Per-request loaders: each batches every lookup of one kind in a request into one `IN` query. */
export function createLoaders(db: DataSource) {
  /** Organisations or municipalities reached through a link table, each row tagged with its batch key. */
  const linked = {
    organisationsByMunicipality: (codes: readonly string[]) =>
      selectEntityColumns(db.createQueryBuilder().select('om.municipalityCode', 'key'), db, Organisation, 'o')
        .from(OrganisationMunicipality, 'om')
        .innerJoin(Organisation, 'o', 'o.id = om.organisationId')
        .where('om.municipalityCode IN (:...codes)', { codes })
        .orderBy('o.name')
        .addOrderBy('o.id')
        .getRawMany<Keyed<Organisation>>(),
    /**
     * One page of each municipality's organisations in one statement: the keyset condition, then
     * `row_number()` per municipality cuts every list at `limit` (a LIMIT would cut the whole batch).
     */
    organisationPagesByMunicipality: ({ after, limit }: PageArgument, codes: readonly string[]) => {
      const ranked = selectEntityColumns(db.createQueryBuilder().select('om.municipalityCode', 'key'), db, Organisation, 'o')
        .addSelect('row_number() OVER (PARTITION BY om.municipalityCode ORDER BY o.name, o.id)', 'position')
        .from(OrganisationMunicipality, 'om')
        .innerJoin(Organisation, 'o', 'o.id = om.organisationId')
        .where('om.municipalityCode IN (:...codes)', { codes });
      if (after) ranked.andWhere('(o.name, o.id) > (:afterName, :afterId)', { afterName: after[0], afterId: after[1] });
      return firstRowsPerGroup<Keyed<Organisation> & { position: string }>(db, ranked, limit);
    },
    municipalitiesByOrganisation: (ids: readonly string[]) =>
      selectEntityColumns(db.createQueryBuilder().select('om.organisationId', 'key'), db, Municipality, 'm')
        .from(OrganisationMunicipality, 'om')
        .innerJoin(Municipality, 'm', 'm.code = om.municipalityCode')
        .where('om.organisationId IN (:...ids)', { ids })
        .orderBy('m.name')
        .addOrderBy('m.code')
        .getRawMany<Keyed<Municipality>>(),
    organisationsByNeighbourhood: (codes: readonly string[]) =>
      selectEntityColumns(db.createQueryBuilder().select('ol.neighbourhoodCode', 'key'), db, Organisation, 'o')
        .distinct(true)
        .from(OrganisationLocation, 'ol')
        .innerJoin(Organisation, 'o', 'o.id = ol.organisationId')
        .where('ol.neighbourhoodCode IN (:...codes)', { codes })
        .orderBy('o.name')
        .addOrderBy('o.id')
        .getRawMany<Keyed<Organisation>>(),
    membersByBody: (ids: readonly string[]) =>
      selectEntityColumns(db.createQueryBuilder().select('bm.bodyId', 'key'), db, Organisation, 'o')
        .from(GovernanceBodyMember, 'bm')
        .innerJoin(Organisation, 'o', 'o.id = bm.organisationId')
        .where('bm.bodyId IN (:...ids)', { ids })
        .orderBy('bm.position')
        .getRawMany<Keyed<Organisation>>(),
  };

  return {
    municipality: keyedLoader(
      (codes: readonly string[]) => db.getRepository(Municipality).findBy({ code: In([...codes]) }),
      (m) => m.code,
    ),
    organisation: keyedLoader(
      (ids: readonly string[]) => db.getRepository(Organisation).findBy({ id: In([...ids]) }),
      (o) => o.id,
    ),
    coalition: keyedLoader(
      (ids: readonly string[]) => db.getRepository(Coalition).findBy({ id: In([...ids]) }),
      (c) => c.id,
    ),
    organisationsByMunicipality: groupedLoader(linked.organisationsByMunicipality, (row) => row.key),
    municipalitiesByOrganisation: groupedLoader(linked.municipalitiesByOrganisation, (row) => row.key),
    organisationPagesByMunicipality: groupedByArgument(linked.organisationPagesByMunicipality, (row) => row.key),
    organisationCountByMunicipality: keyedLoader(
      (codes: readonly string[]) =>
        db
          .createQueryBuilder()
          .select('om.municipalityCode', 'code')
          .addSelect('count(*)::int', 'count')
          .from(OrganisationMunicipality, 'om')
          .where('om.municipalityCode IN (:...codes)', { codes })
          .groupBy('om.municipalityCode')
          .getRawMany<{ code: string; count: number }>(),
      (row) => row.code,
    ),
    partsByParent: groupedLoader(
      (ids: readonly string[]) =>
        db.getRepository(Organisation).find({ where: { parentId: In([...ids]) }, order: { name: 'ASC', id: 'ASC' } }),
      (o) => o.parentId!,
    ),
    coalitionsByMunicipality: groupedLoader(
      (codes: readonly string[]) =>
        db.getRepository(Coalition).find({ where: { municipalityCode: In([...codes]) }, order: { name: 'ASC', id: 'ASC' } }),
      (c) => c.municipalityCode,
    ),
    membersByCoalition: groupedLoader(
      (ids: readonly string[]) =>
        db.getRepository(CoalitionMember).find({ where: { coalitionId: In([...ids]) }, order: { position: 'ASC' } }),
      (m) => m.coalitionId,
    ),
    membershipsByOrganisation: groupedLoader(
      (ids: readonly string[]) =>
        db.getRepository(CoalitionMember).find({
          where: { organisationId: In([...ids]) },
          order: { coalitionId: 'ASC', position: 'ASC' },
        }),
      (m) => m.organisationId,
    ),
    bodiesByCoalition: groupedLoader(
      (ids: readonly string[]) =>
        db.getRepository(GovernanceBody).find({ where: { coalitionId: In([...ids]) }, order: { position: 'ASC' } }),
      (b) => b.coalitionId,
    ),
    membersByBody: groupedLoader(linked.membersByBody, (row) => row.key),
    locationsByOrganisation: groupedLoader(
      (ids: readonly string[]) =>
        db.getRepository(OrganisationLocation).find({ where: { organisationId: In([...ids]) }, order: { id: 'ASC' } }),
      (l) => l.organisationId,
    ),
    neighbourhood: keyedLoader(
      (codes: readonly string[]) => db.getRepository(Neighbourhood).findBy({ code: In([...codes]) }),
      (n) => n.code,
    ),
    organisationsByNeighbourhood: groupedLoader(linked.organisationsByNeighbourhood, (row) => row.key),
    neighbourhoodsByMunicipality: groupedLoader(
      (codes: readonly string[]) =>
        db.getRepository(Neighbourhood).find({ where: { municipalityCode: In([...codes]) }, order: { code: 'ASC' } }),
      (n) => n.municipalityCode,
    ),
    buurtenByNeighbourhood: groupedLoader(
      (codes: readonly string[]) => db.getRepository(Buurt).find({ where: { neighbourhoodCode: In([...codes]) }, order: { code: 'ASC' } }),
      (b) => b.neighbourhoodCode,
    ),
    rolesByBody: groupedLoader(
      (ids: readonly string[]) =>
        db.getRepository(BodyRole).find({ where: { bodyId: In([...ids]) }, order: { position: 'ASC' } }),
      (r) => r.bodyId,
    ),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
