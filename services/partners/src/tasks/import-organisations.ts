import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { readCsv, writeTransaction, type ImportReport } from '@kansrijk/kit';
import type { DataSource } from 'typeorm';
import { duoSchoolRecords, isDuoSchools } from './duo-schools';
import { isLrkExport, lrkRecords } from './lrk-locations';
import { municipalityLookup } from './municipality-lookup';
import { writeRegisterRecords } from './write-register-records';

/**
 * `npm run import -- organisations <file>`: a DUO schools file or an LRK export, told apart by the
 * header. All-or-nothing: every row is checked first and any problem means nothing is written; the
 * rest runs in one transaction and upserts on the public identifier.
 */
export async function importOrganisations(db: DataSource, file: string): Promise<ImportReport> {
  const csv = readCsv(readFileSync(file, 'utf8'));
  const report: ImportReport = { kind: 'organisations', file: basename(file), rows: csv.rows.length, inserted: 0, updated: 0, unchanged: 0, problems: [] };
  return writeTransaction(db, async (tx) => {
    const municipalities = await municipalityLookup(tx);
    const parsed = isDuoSchools(csv)
      ? duoSchoolRecords(csv, municipalities)
      : isLrkExport(csv)
        ? lrkRecords(csv, municipalities)
        : { records: [], problems: [{ line: 1, column: null, message: 'not a DUO schools file (no column BRIN NUMMER) nor an LRK export (no column lrk_id)' }] };
    if (parsed.problems.length) return { ...report, problems: parsed.problems };
    return { ...report, ...(await writeRegisterRecords(tx, parsed.records)) };
  });
}
