import { groupedLoader, keyedLoader } from '@kansrijk/kit';
import type DataLoader from 'dataloader';
import { In, type DataSource } from 'typeorm';
import type { Reader } from './audit-log';
import { auditedLoader } from './audited-loader';
import { Attendance, Child, Criterion, Indication, Placement, TargetGroupDefinition } from './entities';
import { createFiguresLoaders } from './figures/read';

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
    /** The stored publications of VVE figures (read.ts). */
    figures: createFiguresLoaders(db),
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
