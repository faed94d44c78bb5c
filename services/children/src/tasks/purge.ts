import { randomUUID } from 'node:crypto';
import { writeTransaction } from '@kansrijk/kit';
import type { DataSource } from 'typeorm';
import { writeAudit } from '../audit-log';
import { refreshPairs, sealPublications, YEARS_OF_CHILD_SQL, type Pair } from '../figures/refresh';

/**
 * The retention period (bewaartermijn) of a child's records: until 31 December of the second year
 * after the year the child turns 4. The last figure that needs the child is the 960-hour norm of
 * the reference date after its fourth birthday (at the latest 1 October of the next year); the
 * municipality accounts for that year's GOAB spending (SiSa) in the year after. Longer has no
 * purpose, so the AVG (storage limitation, art. 5(1)(e)) says delete.
 */
export const RETENTION_SQL = `make_date(extract(year FROM c.birth_month + interval '4 years')::int + 2, 12, 31)`;

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * `npm run purge -- --before <date>`: deletes, in one transaction, every child whose retention
 * period ended before the date, with its indications, placements and attendance, and writes the
 * purge (with the deleted pseudonyms) to the audit log. A date after today is refused: that would
 * delete records still within their retention period.
 */
export async function purge(db: DataSource, args: string[], today = new Date().toISOString().slice(0, 10)): Promise<string> {
  const at = args.indexOf('--before');
  const before = at === -1 ? undefined : args[at + 1];
  if (!before || !ISO_DATE.test(before) || Number.isNaN(Date.parse(before))) throw new Error('usage: npm run purge -- --before YYYY-MM-DD');
  if (before > today) throw new Error(`--before ${before} lies after today (${today}): records still within their retention period would be deleted`);
  return writeTransaction(db, async (tx) => {
    const doomed: { id: string }[] = await tx.query(
      `SELECT c.id FROM children.child c WHERE ${RETENTION_SQL} < $1::date ORDER BY c.id FOR UPDATE`,
      [before],
    );
    const ids = doomed.map((c) => c.id);
    const deleted = { attendance: 0, placements: 0, indications: 0, children: 0 };
    const periods: Pair[] = ids.length
      ? await tx.query(`SELECT DISTINCT c.municipality_code AS code, y AS year FROM children.child c, ${YEARS_OF_CHILD_SQL} AS y WHERE c.id = ANY($1::text[])`, [ids])
      : [];
    if (periods.length) {
      await refreshPairs(tx, periods);
      await sealPublications(tx, periods);
    }
    if (ids.length) {
      const run = async (sql: string) => ((await tx.query(sql, [ids])) as [unknown[], number])[1];
      deleted.attendance = await run(
        `DELETE FROM children.attendance a USING children.placement p WHERE a.placement_id = p.id AND p.child_id = ANY($1::text[])`,
      );
      deleted.placements = await run(`DELETE FROM children.placement WHERE child_id = ANY($1::text[])`);
      deleted.indications = await run(`DELETE FROM children.indication WHERE child_id = ANY($1::text[])`);
      deleted.children = await run(`DELETE FROM children.child WHERE id = ANY($1::text[])`);
    }
    await writeAudit(tx, { actor: 'purge', roles: [], requestId: randomUUID(), operationName: `purge --before ${before}` }, [
      { action: 'PURGE', recordType: 'CHILD', organisationId: null, recordIds: ids },
    ]);
    return `purge --before ${before}: ${deleted.children} children, ${deleted.indications} indications, ${deleted.placements} placements and ${deleted.attendance} attendance months deleted; logged in children.audit_log; the figures of ${periods.length} municipality-years they counted in are sealed as published.`;
  });
}
