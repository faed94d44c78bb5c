import { groupedLoader, keyedLoader } from '@kansrijk/kit';
import type DataLoader from 'dataloader';
import { In, type DataSource } from 'typeorm';
import { auditedPlacementsLoader, type Reader } from './audited-placements';
import { earlyEducationCounts, type FiguresKey } from './early-education-counts';
import { Child, Criterion, Indication, Placement, TargetGroupDefinition } from './entities';

/** Per-request loaders: each batches every lookup of one kind in a request into one query. */
export function createLoaders(db: DataSource) {
  let placementsByLocation: DataLoader<string, Placement[], string> | null = null;
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
    earlyEducationCounts: keyedLoader(
      (keys: readonly FiguresKey[]) => earlyEducationCounts(db, keys),
      (row): FiguresKey => ({ code: row.code, year: row.year }),
    ),
    child: keyedLoader(
      (ids: readonly string[]) => db.getRepository(Child).findBy({ id: In([...ids]) }),
      (c) => c.id,
    ),
    indication: keyedLoader(
      (ids: readonly string[]) => db.getRepository(Indication).findBy({ id: In([...ids]) }),
      (i) => i.id,
    ),
    /**
     * Child-level records, audited as `reader`. Made on first use because its batch writes the
     * audit log as the request's viewer; the loaders live for one request, so there is one reader.
     */
    placementsByLocation(reader: Reader) {
      placementsByLocation ??= auditedPlacementsLoader(db, reader);
      return placementsByLocation;
    },
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
