import { groupedLoader, keyedLoader, type PageArgument } from '@kansrijk/kit';
import type DataLoader from 'dataloader';
import { In, type DataSource } from 'typeorm';
import type { Reader } from './audit-log';
import { auditedLoader, auditedRecordLoader } from './audited-loader';
import { auditedPageLoader, cappedRecords, type RecordTable } from './audited-pages';
import { Attendance, Child, Criterion, Indication, Placement, TargetGroupDefinition } from './entities';
import { createFiguresLoaders } from './figures/read';

/** An attendance month with the placement's location, whose staff may see it. */
export type LocatedAttendance = Attendance & { locationId: string };

/** The key of an attendance month in `answers.attendance`. */
export const attendanceKey = (placementId: string, month: string) => `${placementId}/${month}`;

const PLACEMENTS: RecordTable<Placement> = { entity: Placement, alias: 'p', owner: 'locationId', date: 'startDate', ownerOf: (p) => p.locationId };
const INDICATIONS: RecordTable<Indication> = { entity: Indication, alias: 'i', owner: 'issuerId', date: 'issuedOn', ownerOf: (i) => i.issuerId };

type PageLoader<T> = DataLoader<{ owner: string; argument: PageArgument }, T[], string>;

/** Per-request loaders: each batches every lookup of one kind in a request into one query. */
export function createLoaders(db: DataSource) {
  let placementsByLocation: DataLoader<string, Placement[], string> | null = null;
  let indicationsByIssuer: DataLoader<string, Indication[], string> | null = null;
  let answers: ReturnType<typeof answerLoaders> | null = null;
  let placementPagesByLocation: PageLoader<Placement> | null = null;
  let indicationPagesByIssuer: PageLoader<Indication> | null = null;
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
        (ids) => cappedRecords(db, PLACEMENTS, ids, 'placements'),
        (p) => p.locationId,
      );
      return placementsByLocation;
    },
    indicationsByIssuer(reader: Reader) {
      indicationsByIssuer ??= auditedLoader(
        db,
        reader,
        'INDICATION',
        (ids) => cappedRecords(db, INDICATIONS, ids, 'indications'),
        (i) => i.issuerId,
      );
      return indicationsByIssuer;
    },
    placementPagesByLocation(reader: Reader) {
      placementPagesByLocation ??= auditedPageLoader(db, reader, 'PLACEMENT', PLACEMENTS);
      return placementPagesByLocation;
    },
    indicationPagesByIssuer(reader: Reader) {
      indicationPagesByIssuer ??= auditedPageLoader(db, reader, 'INDICATION', INDICATIONS);
      return indicationPagesByIssuer;
    },
    /** The records a child-level write answers with, audited as `reader` like the loaders above (writes/child-write.ts). */
    answers(reader: Reader) {
      answers ??= answerLoaders(db, reader);
      return answers;
    },
  };
}

function answerLoaders(db: DataSource, reader: Reader) {
  return {
    indication: auditedRecordLoader(
      db,
      reader,
      'INDICATION',
      (ids) => db.getRepository(Indication).findBy({ id: In(ids) }),
      (i) => i.id,
      (i) => i.issuerId,
    ),
    placement: auditedRecordLoader(
      db,
      reader,
      'PLACEMENT',
      (ids) => db.getRepository(Placement).findBy({ id: In(ids) }),
      (p) => p.id,
      (p) => p.locationId,
    ),
    attendance: auditedRecordLoader<LocatedAttendance>(
      db,
      reader,
      'ATTENDANCE',
      (keys) => {
        const pairs = keys.map((k) => k.split('/'));
        return db.query(
          `SELECT a.placement_id AS "placementId", to_char(a.month, 'YYYY-MM-DD') AS month, a.days, a.hours, a.synthetic, p.location_id AS "locationId"
           FROM unnest($1::text[], $2::date[]) AS k(placement_id, month)
           JOIN children.attendance a ON a.placement_id = k.placement_id AND a.month = k.month
           JOIN children.placement p ON p.id = a.placement_id`,
          [pairs.map(([id]) => id), pairs.map(([, month]) => month)],
        );
      },
      (a) => attendanceKey(a.placementId, a.month),
      (a) => a.locationId,
      (a) => a.placementId,
    ),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
