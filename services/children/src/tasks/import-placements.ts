import { randomUUID } from 'node:crypto';
import { ORGANISATION_ID, organisationRef } from '@kansrijk/domain';
import {
  importReferenceProblems, missingColumns, readCsv, readTextFile, writeTransaction,
  type CsvRow, type ImportOptions, type ImportReport, type ReferenceChecker, type RowProblem, type RowReference,
} from '@kansrijk/kit';
import type { DataSource, EntityManager } from 'typeorm';
import { writeAudit, type AuditEntry } from '../audit-log';
import { figuresChanged } from '../figures/queue';
import { Attendance, Child, Criterion, Indication, Placement, TargetGroupDefinition } from '../entities';
import { PSEUDONYM, Problem, applyEvent, type State } from './apply-event';

/** The columns of a pseudonymised monitoring export; docs/children-and-privacy.md describes them. */
export const COLUMNS = ['organisation', 'child', 'event', 'date', 'birth_month', 'municipality', 'neighbourhood', 'kind', 'criteria', 'end_date', 'hours_per_week', 'days', 'hours', 'reason', 'location'] as const;
const REQUIRED = ['organisation', 'child', 'event', 'date'];
/** Every column an event may use (apply-event.ts); others are reported as not used. */
const KNOWN = new Set([...REQUIRED, 'birth_month', 'municipality', 'neighbourhood', 'kind', 'criteria', 'end_date', 'hours_per_week', 'days', 'hours', 'reason', 'location']);

const clone = <T>(map: Map<string, T>) => new Map([...map].map(([k, v]) => [k, { ...v }]));

async function loadState(db: EntityManager, childIds: string[]): Promise<State> {
  const children = await db.getRepository(Child).createQueryBuilder('c').where('c.id = ANY(:ids)', { ids: childIds }).getMany();
  const indications = await db.getRepository(Indication).createQueryBuilder('i').where('i.child_id = ANY(:ids)', { ids: childIds }).getMany();
  const placements = await db.getRepository(Placement).createQueryBuilder('p').where('p.child_id = ANY(:ids)', { ids: childIds }).getMany();
  const attendance = await db.getRepository(Attendance).createQueryBuilder('a').where('a.placement_id = ANY(:ids)', { ids: placements.map((p) => p.id) }).getMany();
  return {
    children: new Map(children.map((c) => [c.id, c])),
    indications: new Map(indications.map((i) => [i.id, i])),
    placements: new Map(placements.map((p) => [p.id, p])),
    attendance: new Map(attendance.map((a) => [`${a.placementId}|${a.month}`, a])),
    definitions: await db.getRepository(TargetGroupDefinition).find({ order: { validFrom: 'ASC' } }),
    criteria: await db.getRepository(Criterion).find(),
  };
}

/**
 * The organisation of each row, checked before the file is applied: its shape here, its existence by
 * partners (which owns organisations), all ids in one request and before the write's transaction
 * opens. A file naming an organisation nobody knows would otherwise plant records no partner can see
 * and no reader can attribute. Partners not answering refuses the whole import: nothing is written.
 */
async function organisationProblems(rows: CsvRow[], references: ReferenceChecker | undefined): Promise<Map<number, RowProblem>> {
  const problems: RowProblem[] = [];
  const asked: RowReference[] = [];
  for (const { line, values } of rows) {
    // The row's organisation, and the location a referral names (as recordReferral's input.location).
    for (const column of ['organisation', 'location'] as const) {
      const org = values[column] ?? '';
      if (!org) continue;
      if (ORGANISATION_ID.test(org)) asked.push({ line, column, reference: organisationRef(org, column) });
      else problems.push({ line, column, message: 'must be an organisation id: lower-case letters, digits and hyphens' });
    }
  }
  problems.push(...(await importReferenceProblems('placements', asked, references)));
  return new Map(problems.map((p) => [p.line, p]));
}

/** Rows that differ from the database, split into new and changed, by comparing before and after. */
function diff<T>(before: Map<string, T>, after: Map<string, T>) {
  const inserted: T[] = [];
  const updated: T[] = [];
  let unchanged = 0;
  for (const [key, row] of after) {
    const old = before.get(key);
    if (!old) inserted.push(row);
    else if (JSON.stringify(old) !== JSON.stringify(row)) updated.push(row);
    else unchanged++;
  }
  return { inserted, updated, unchanged };
}

/**
 * `npm run import -- placements <file>`: a pseudonymised monitoring export, one row per child per
 * event. All-or-nothing: every row is checked (against the database and the rows before it) and
 * every problem reported; only a file without problems is written, in one transaction, with one
 * audit entry per organisation. Idempotent on (organisation, child, event, date).
 */
export async function importPlacements(db: DataSource, file: string, options: ImportOptions = {}): Promise<ImportReport> {
  const { text, encoding } = await readTextFile(file);
  const csv = readCsv(text);
  const header: ImportReport = {
    kind: 'placements', file, rows: csv.rows.length, inserted: 0, updated: 0, unchanged: 0, problems: missingColumns(csv, REQUIRED),
    read: { encoding, delimiter: csv.delimiter, ignoredColumns: csv.columns.filter((c) => !KNOWN.has(c)) },
  };
  if (header.problems.length) return header;
  const badOrganisations = await organisationProblems(csv.rows, options.references);
  const childIds = [...new Set(csv.rows.map((r) => r.values.child).filter((c) => PSEUDONYM.test(c ?? '')))];
  // Read, check and write in one serializable transaction: a partner's write landing between a separate
  // read and the write would otherwise be overwritten by this file's older view of the same records.
  const report = await writeTransaction(db, async (tx) => {
    const report: ImportReport = { ...header, problems: [] };
    const before = await loadState(tx, childIds);
    const state: State = { ...before, children: clone(before.children), indications: clone(before.indications), placements: clone(before.placements), attendance: clone(before.attendance) };
    const touched = new Map<string, Set<string>>();
    for (const row of csv.rows) {
      const orgProblem = badOrganisations.get(row.line);
      if (orgProblem) {
        report.problems.push(orgProblem);
        continue;
      }
      try {
        applyEvent(state, row);
        const org = row.values.organisation;
        if (!touched.has(org)) touched.set(org, new Set());
        touched.get(org)!.add(row.values.child);
      } catch (error) {
        if (!(error instanceof Problem)) throw error;
        report.problems.push({ line: row.line, column: error.column, message: error.message } satisfies RowProblem);
      }
    }
    if (report.problems.length) return report;

    const changes = {
      children: diff(before.children, state.children),
      indications: diff(before.indications, state.indications),
      placements: diff(before.placements, state.placements),
      attendance: diff(before.attendance, state.attendance),
    };
    // Counted in records (children, indications, placements, attendance months), not rows.
    for (const c of Object.values(changes)) {
      report.inserted += c.inserted.length;
      report.updated += c.updated.length;
      report.unchanged += c.unchanged;
    }
    if (report.inserted + report.updated === 0) return report;
    const save = async <T extends object>(target: new () => T, c: { inserted: T[]; updated: T[] }) => {
      if (c.inserted.length) await tx.getRepository(target).insert(c.inserted as never);
      for (const row of c.updated) await tx.getRepository(target).save(row as never);
    };
    await save(Child, changes.children);
    await save(Indication, changes.indications);
    await save(Placement, changes.placements);
    await save(Attendance, changes.attendance);
    const entries: AuditEntry[] = [...touched].map(([organisationId, kids]) => ({ action: 'WRITE', recordType: 'CHILD', organisationId, recordIds: [...kids].sort(), activity: 'import' }));
    await writeAudit(tx, { actor: 'import', roles: [], requestId: randomUUID(), operationName: `import placements ${file}` }, entries);
    return report;
  });
  figuresChanged(db);
  return report;
}
