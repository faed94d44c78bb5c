import type { DataSource } from 'typeorm';
import { AuditLog } from '../entities';
import { logboekLines } from '../logboek';

const USAGE = 'usage: npm run export -- audit-log --from <YYYY-MM-DD> --to <YYYY-MM-DD>';
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

function dateArg(args: string[], flag: string): string {
  const at = args.indexOf(flag);
  const value = at === -1 ? undefined : args[at + 1];
  if (!value || !ISO_DATE.test(value) || Number.isNaN(Date.parse(value))) throw new Error(USAGE);
  return value;
}

/**
 * `npm run export -- audit-log --from 2024-01-01 --to 2024-12-31`: the audit log of those days (both
 * included, Dutch time) as JSON lines in the shape of the Logius standard "Logboek dataverwerkingen",
 * oldest first, for a privacy officer to take as it is (logboek.ts). One line per action and, under
 * it, one per child the action processed.
 */
export async function exportAuditLog(db: DataSource, args: string[]): Promise<string> {
  const from = dateArg(args, '--from');
  const to = dateArg(args, '--to');
  if (to < from) throw new Error(`--to ${to} lies before --from ${from}`);
  const entries = await db
    .getRepository(AuditLog)
    .createQueryBuilder('a')
    .where(`a.started_at >= (CAST(:from AS date)::timestamp AT TIME ZONE 'Europe/Amsterdam')`, { from })
    .andWhere(`a.started_at < ((CAST(:to AS date) + 1)::timestamp AT TIME ZONE 'Europe/Amsterdam')`, { to })
    .orderBy('a.started_at', 'ASC')
    .addOrderBy('a.id', 'ASC')
    .getMany();
  return entries.flatMap(logboekLines).map((line) => JSON.stringify(line)).join('\n');
}
