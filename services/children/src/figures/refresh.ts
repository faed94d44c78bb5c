/**
 * Bringing publications up to date: for each municipality and year asked for, the counts are computed
 * set-based, protected as one table against every earlier version, and stored as a new version when
 * what they show or count changed. Writes only mark what they touch: triggers on the children's tables
 * add a stale marker (figures_stale) in the writing transaction, whatever wrote (migration
 * FiguresStaleTriggers); the refresh job (queue.ts) runs this shortly after, on any replica.
 */
import { partition } from '@kansrijk/kit';
import type { DataSource, EntityManager } from 'typeorm';
import { definitionInForce } from '../definition-in-force';
import { FiguresBasis, FiguresLocation, FiguresPublication, TargetGroupDefinition } from '../entities';
import { computeBases, referenceDate, type Basis } from './compute';
import { solveCounter } from './lp';
import { protect, type Knowledge, type Release, type States } from './protect';
import { render } from './publish';

export interface Pair {
  code: string;
  year: number;
}

export interface RefreshReport {
  /** Municipality-years looked at. */
  looked: number;
  /** New versions stored. */
  published: number;
  /** Recomputed and showing the same as before. */
  unchanged: number;
  /** No definition in force or no child counted any more: no current publication. */
  retired: number;
  /** Sealed after a purge: left as published. */
  sealed: number;
  lpSolves: number;
  ms: number;
}

/** Municipalities per statement: enough to amortise the pass, few enough to keep each statement short. */
const BATCH = 40;
const FIRST_YEAR = 2000;

/** The last year whose reference date (1 October) has passed: figures of later years do not exist yet. */
export function lastPublishableYear(today = new Date()): number {
  const year = today.getUTCFullYear();
  return today.toISOString().slice(0, 10) >= referenceDate(year) ? year : year - 1;
}

/** The years a child can count in: as a toddler (2 and 3) and in the norm cohort (turned 4 in the year before). */
export const YEARS_OF_CHILD_SQL = `generate_series(extract(year FROM c.birth_month)::int + 2, extract(year FROM c.birth_month)::int + 5)`;

/** Every municipality and year that has (or may have) figures: after a bulk load or a definition change. */
export async function markAllStale(db: DataSource | EntityManager): Promise<number> {
  const marked: unknown[] = await db.query(
    `WITH pairs AS (
       SELECT DISTINCT c.municipality_code, y FROM children.child c, ${YEARS_OF_CHILD_SQL} AS y
       UNION SELECT p.municipality_code, p.year FROM children.figures_publication p WHERE p.current
     )
     INSERT INTO children.figures_stale (municipality_code, year, marked_at)
     SELECT municipality_code, y, clock_timestamp() FROM pairs WHERE y BETWEEN $1 AND $2
     ON CONFLICT (municipality_code, year) DO UPDATE SET marked_at = EXCLUDED.marked_at
     RETURNING 1`,
    [FIRST_YEAR, lastPublishableYear()],
  );
  return marked.length;
}

interface StaleMarker extends Pair {
  markedAt: string;
}

async function staleMarkers(db: DataSource | EntityManager, limit: number): Promise<StaleMarker[]> {
  return db.query(
    // Newest years first: they are the ones readers look at, so a write shows there soonest.
    `SELECT municipality_code AS code, year, marked_at::text AS "markedAt" FROM children.figures_stale ORDER BY year DESC, municipality_code LIMIT $1`,
    [limit],
  );
}

/** Removes the markers this refresh saw, unless a write has marked them again since. */
async function clearMarkers(db: DataSource | EntityManager, markers: StaleMarker[]): Promise<void> {
  if (markers.length === 0) return;
  await db.query(
    `DELETE FROM children.figures_stale s USING unnest($1::text[], $2::int[], $3::timestamptz[]) AS m(code, year, marked_at)
     WHERE s.municipality_code = m.code AND s.year = m.year AND s.marked_at = m.marked_at`,
    [markers.map((m) => m.code), markers.map((m) => m.year), markers.map((m) => m.markedAt)],
  );
}

/** The stale publications, a batch at a time until none are left. */
export async function refreshStale(db: DataSource, options: { limit?: number } = {}): Promise<RefreshReport> {
  const total = emptyReport();
  for (;;) {
    const markers = await staleMarkers(db, options.limit ?? 2000);
    if (markers.length === 0) return total;
    const report = await refreshPairs(db, markers);
    await clearMarkers(db, markers);
    add(total, report);
    if (options.limit) return total;
  }
}

/** Every publication: after the demo seed or a national bulk load. */
export async function refreshAll(db: DataSource): Promise<RefreshReport> {
  await markAllStale(db);
  return refreshStale(db);
}

function emptyReport(): RefreshReport {
  return { looked: 0, published: 0, unchanged: 0, retired: 0, sealed: 0, lpSolves: 0, ms: 0 };
}

function add(into: RefreshReport, from: RefreshReport) {
  for (const k of Object.keys(into) as (keyof RefreshReport)[]) into[k] += from[k];
}

const yieldToRequests = () => new Promise<void>((resolve) => setImmediate(resolve));

/** Brings the given municipality-years up to date. `db` may be a transaction (purge seals inside one). */
export async function refreshPairs(db: DataSource | EntityManager, pairs: readonly Pair[]): Promise<RefreshReport> {
  const started = Date.now();
  const lpBefore = solveCounter.lp + solveCounter.mip;
  const report = emptyReport();
  const lastYear = lastPublishableYear();
  const wanted = [...new Map(pairs.filter((p) => p.year >= FIRST_YEAR && p.year <= lastYear).map((p) => [`${p.code}|${p.year}`, p])).values()];
  if (wanted.length === 0) return { ...report, ms: Date.now() - started };
  const codes = [...new Set(wanted.map((p) => p.code))];
  const definitions = await db.getRepository(TargetGroupDefinition).createQueryBuilder('d').where('d.municipality_code = ANY(:codes)', { codes }).orderBy('d.valid_from', 'ASC').getMany();
  const sealed = new Set(
    ((await db.query(`SELECT municipality_code || '|' || year AS k FROM children.figures_publication WHERE current AND sealed_at IS NOT NULL AND municipality_code = ANY($1::text[])`, [codes])) as { k: string }[]).map((r) => r.k),
  );
  for (const [year, group] of partition(wanted, (p) => p.year)) {
    const open = group.filter((p) => !sealed.has(`${p.code}|${p.year}`));
    report.sealed += group.length - open.length;
    for (let i = 0; i < open.length; i += BATCH) {
      const batch = open.slice(i, i + BATCH).map((p) => p.code);
      const bases = await computeBases(db, year, batch);
      for (const code of batch) {
        report.looked++;
        const definition = definitionInForce(
          definitions.filter((d) => d.municipalityCode === code),
          referenceDate(year),
        );
        const basis = bases.get(code)!;
        if (!definition || basis.empty) {
          if (await retire(db, code, year)) report.retired++;
          continue;
        }
        const outcome = await publish(db, basis, definition.id);
        report[outcome]++;
        await yieldToRequests();
      }
    }
  }
  return { ...report, lpSolves: solveCounter.lp + solveCounter.mip - lpBefore, ms: Date.now() - started };
}

/**
 * Seals the current publications of these municipality-years: they stay as published, are never
 * recomputed, and what they were decided on (the true counts) is deleted with the children behind it.
 */
export async function sealPublications(db: DataSource | EntityManager, pairs: readonly Pair[]): Promise<void> {
  if (pairs.length === 0) return;
  const codes = pairs.map((p) => p.code);
  const years = pairs.map((p) => p.year);
  await db.query(
    `DELETE FROM children.figures_basis b USING children.figures_publication p, unnest($1::text[], $2::int[]) AS k(code, year)
     WHERE b.publication_id = p.id AND p.municipality_code = k.code AND p.year = k.year`,
    [codes, years],
  );
  await db.query(
    `UPDATE children.figures_publication p SET sealed_at = now() FROM unnest($1::text[], $2::int[]) AS k(code, year)
     WHERE p.municipality_code = k.code AND p.year = k.year AND p.current AND p.sealed_at IS NULL`,
    [codes, years],
  );
  await db.query(
    `DELETE FROM children.figures_stale s USING unnest($1::text[], $2::int[]) AS k(code, year) WHERE s.municipality_code = k.code AND s.year = k.year`,
    [codes, years],
  );
}

async function retire(db: DataSource | EntityManager, code: string, year: number): Promise<boolean> {
  const [, affected] = (await db.query(`UPDATE children.figures_publication SET current = false WHERE municipality_code = $1 AND year = $2 AND current AND sealed_at IS NULL`, [code, year])) as [unknown, number];
  return affected > 0;
}

/** JSON with object keys sorted: jsonb gives keys back in its own order, so plain JSON.stringify would differ. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value && typeof value === 'object') {
    return `{${Object.keys(value).sort().map((k) => `${JSON.stringify(k)}:${canonical((value as Record<string, unknown>)[k])}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

const sameJson = (a: unknown, b: unknown) => canonical(a) === canonical(b);

/** Protects and stores one publication; a new version only when what it shows (or counts) changed. */
async function publish(db: DataSource | EntityManager, basis: Basis, definitionId: string): Promise<'published' | 'unchanged'> {
  const versions: (FiguresPublication & { basis: FiguresBasis | null })[] = await loadVersions(db, basis.code, basis.year, definitionId);
  const latest = versions[versions.length - 1];
  const hours = basis.hoursAttended.toFixed(1);
  if (latest?.basis && sameJson(latest.basis.cells, basis.cells) && sameJson(latest.basis.knowledge, basis.knowledge) && Number(latest.basis.hoursAttended).toFixed(1) === hours) {
    await db.query(
      `UPDATE children.figures_publication SET checked_at = now(), current = (id = $1) WHERE municipality_code = $2 AND year = $3 AND (current OR id = $1)`,
      [latest.id, basis.code, basis.year],
    );
    return 'unchanged';
  }
  const previous: Release[] = versions
    .filter((v) => v.basis)
    .map((v) => ({ cells: v.basis!.cells, states: v.basis!.states as States, knowledge: v.basis!.knowledge as Record<string, Knowledge> }));
  const protection = await protect({ cells: basis.cells, knowledge: basis.knowledge, previous });
  const rendered = render(basis, protection.states, protection.withheldAll);
  const status = protection.withheldAll ? 'WITHHELD' : 'PUBLISHED';
  const store = async (tx: EntityManager) => {
    // One writer per municipality and year at a time, whichever replica runs the job.
    await tx.query(`SELECT pg_advisory_xact_lock(hashtext($1))`, [`figures|${basis.code}|${basis.year}`]);
    await tx.query(`UPDATE children.figures_publication SET current = false WHERE municipality_code = $1 AND year = $2 AND current`, [basis.code, basis.year]);
    const [{ next }] = await tx.query(
      `SELECT COALESCE(max(version), 0) + 1 AS next FROM children.figures_publication WHERE municipality_code = $1 AND year = $2 AND definition_id = $3`,
      [basis.code, basis.year, definitionId],
    );
    const inserted = await tx.getRepository(FiguresPublication).insert({
      municipalityCode: basis.code,
      year: basis.year,
      definitionId,
      version: next,
      status,
      current: true,
      sealedAt: null,
      synthetic: basis.synthetic,
      figures: rendered.figures,
      byNeighbourhood: rendered.byNeighbourhood,
      byLocation: rendered.byLocation,
      ...rendered.sortKeys,
    });
    const id = String(inserted.identifiers[0].id);
    await tx.getRepository(FiguresBasis).insert({ publicationId: id, cells: basis.cells, states: protection.states, knowledge: basis.knowledge, hoursAttended: hours });
    if (rendered.byLocation.length) await tx.getRepository(FiguresLocation).insert(rendered.byLocation.map((l) => ({ publicationId: id, locationId: l.location })));
  };
  // In a purge's transaction this is a savepoint; otherwise a transaction of its own.
  await ('manager' in db ? db.manager : db).transaction(store);
  return 'published';
}

async function loadVersions(db: DataSource | EntityManager, code: string, year: number, definitionId: string) {
  const versions = await db.getRepository(FiguresPublication).find({ where: { municipalityCode: code, year, definitionId }, order: { version: 'ASC' } });
  const bases = versions.length ? await db.getRepository(FiguresBasis).createQueryBuilder('b').where('b.publication_id = ANY(:ids)', { ids: versions.map((v) => v.id) }).getMany() : [];
  const byId = new Map(bases.map((b) => [String(b.publicationId), b]));
  return versions.map((v) => ({ ...v, basis: byId.get(String(v.id)) ?? null }));
}
