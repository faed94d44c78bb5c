import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { insertInBatches, readCsv, writeTransaction, type ImportReport } from '@kansrijk/kit';
import { In, type DataSource } from 'typeorm';
import { Neighbourhood } from '../entities';
import { cbsNeighbourhoods } from './cbs-neighbourhoods';
import { municipalityLookup } from './municipality-lookup';

/**
 * `npm run import -- neighbourhoods <file>`: the CBS wijken of the municipalities Kansrijk holds, upserted
 * on the wijkcode; all-or-nothing, in one transaction. Wijken are never made up: this is their only source.
 */
export async function importNeighbourhoods(db: DataSource, file: string): Promise<ImportReport> {
  const csv = readCsv(readFileSync(file, 'utf8'));
  const report: ImportReport = { kind: 'neighbourhoods', file: basename(file), rows: csv.rows.length, inserted: 0, updated: 0, unchanged: 0, problems: [] };
  return writeTransaction(db, async (tx) => {
    const { neighbourhoods, problems } = cbsNeighbourhoods(csv, await municipalityLookup(tx));
    if (problems.length) return { ...report, problems };
    const repository = tx.getRepository(Neighbourhood);
    const stored = new Map((await repository.findBy({ code: In(neighbourhoods.map((n) => n.code)) })).map((n) => [n.code, n]));
    const inserts: Neighbourhood[] = [];
    // Counted afresh on every attempt: writeTransaction may run this more than once.
    let updated = 0;
    let unchanged = 0;
    for (const wanted of neighbourhoods) {
      const before = stored.get(wanted.code);
      if (!before) inserts.push(wanted);
      else if (before.name !== wanted.name || before.municipalityCode !== wanted.municipalityCode) {
        await repository.update({ code: wanted.code }, wanted);
        updated++;
      } else unchanged++;
    }
    await insertInBatches((batch) => repository.insert(batch), inserts);
    return { ...report, inserted: inserts.length, updated, unchanged };
  });
}
