import { groupedLoader, keyedLoader } from '@kansrijk/kit';
import type DataLoader from 'dataloader';
import { In, type DataSource } from 'typeorm';
import type { Reader } from './audit-log';
import { auditedLoader } from './audited-loader';
import { earlyEducationCounts, type FiguresKey } from './early-education-counts';
import { Attendance, Child, Criterion, Indication, Placement, TargetGroupDefinition } from './entities';
import { publishFigures } from './published-figures';

/** Per-request loaders: each batches every lookup of one kind in a request into one query. */
export function createLoaders(db: DataSource) {
  let placementsByLocation: DataLoader<string, Placement[], string> | null = null;
  let indicationsByIssuer: DataLoader<string, Indication[], string> | null = null;
  return {
    definition: keyedLoader(
      (ids: readonly string[]) => db.getRepository(TargetGroupDefinition).findBy({ id: In([...ids]) }),
      (d) => d.id,
    ),
    definitionsByMunicipality: groupedLoader(
      (codes: readonly string[]) =>
        db.getRepository(TargetGroupDefinition).find({ where: { municipalityCode: In([...codes]) }, order: { validFrom: 'ASC' } }),
      (d) => d.municipalityCode,
    ),
    criteriaByDefinition: groupedLoader(
      (ids: readonly string[]) => db.getRepository(Criterion).find({ where: { definitionId: In([...ids]) }, order: { position: 'ASC' } }),
      (c) => c.definitionId,
    ),
    /** A municipality's figures of a year with every breakdown, suppressed as one table. */
    earlyEducation: keyedLoader(
      async (keys: readonly FiguresKey[]) => (await earlyEducationCounts(db, keys)).map((raw) => ({ code: raw.code, year: raw.year, ...publishFigures(raw) })),
      (row): FiguresKey => ({ code: row.code, year: row.year }),
    ),
    /** The municipalities whose children a location placed: which location breakdowns it appears in. */
    locationMunicipalities: groupedLoader(
      (ids: readonly string[]) =>
        db.query(
          `SELECT DISTINCT p.location_id AS "locationId", c.municipality_code AS code
           FROM children.placement p JOIN children.child c ON c.id = p.child_id
           WHERE p.location_id = ANY($1::text[]) ORDER BY code`,
          [[...ids]],
        ) as Promise<{ locationId: string; code: string }[]>,
      (r) => r.locationId,
    ),
    child: keyedLoader(
      (ids: readonly string[]) => db.getRepository(Child).findBy({ id: In([...ids]) }),
      (c) => c.id,
    ),
    indication: keyedLoader(
      (ids: readonly string[]) => db.getRepository(Indication).findBy({ id: In([...ids]) }),
      (i) => i.id,
    ),
    attendanceByPlacement: groupedLoader(
      (ids: readonly string[]) => db.getRepository(Attendance).find({ where: { placementId: In([...ids]) }, order: { month: 'ASC' } }),
      (a) => a.placementId,
    ),
    /**
     * Child-level records, audited as `reader`. Made on first use because the batch writes the audit
     * log as the request's viewer; the loaders live for one request, so there is one reader.
     */
    placementsByLocation(reader: Reader) {
      placementsByLocation ??= auditedLoader(
        db,
        reader,
        'PLACEMENT',
        (ids) => db.getRepository(Placement).find({ where: { locationId: In(ids) }, order: { startDate: 'DESC', id: 'ASC' } }),
        (p) => p.locationId,
      );
      return placementsByLocation;
    },
    indicationsByIssuer(reader: Reader) {
      indicationsByIssuer ??= auditedLoader(
        db,
        reader,
        'INDICATION',
        (ids) => db.getRepository(Indication).find({ where: { issuerId: In(ids) }, order: { issuedOn: 'DESC', id: 'ASC' } }),
        (i) => i.issuerId,
      );
      return indicationsByIssuer;
    },
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
