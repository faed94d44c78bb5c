import { anyOf } from '@kansrijk/kit';
import type { ImportOptions, ImportReport } from '@kansrijk/kit';
import type { DataSource, EntityManager } from 'typeorm';
import { Organisation } from '../entities';
import { duoBoards, duoLocations } from './duo';
import { lrkLocations } from './lrk';
import { municipalityLookup } from './municipality-lookup';
import { addParent, type RegisterRecord } from './register-record';
import { readRegister, reportOf, writeRegister } from './register-import';
import { writeRegisterRecords } from './write-register-records';

const BOARDS_ELSEWHERE = 'school boards of other regions (seat not held here, no schools here)';

/**
 * Parents (boards, houders) once each, with every municipality their rows name, before their parts.
 * A board from DUO's board register that is not held here and is seated elsewhere is left out.
 */
async function records(tx: EntityManager, rows: RegisterRecord[][]): Promise<{ records: RegisterRecord[]; skipped: Record<string, number> }> {
  const parents = new Map<string, RegisterRecord>();
  const parts: RegisterRecord[] = [];
  for (const row of rows) {
    for (const record of row) {
      if (record.parentKey === null) addParent(parents, record);
      else parts.push(record);
    }
  }
  const seatless = [...parents.values()].filter((p) => p.kind === 'SCHOOL_BOARD' && p.municipalities.length === 0);
  const held = new Set((await tx.getRepository(Organisation).findBy({ boardNumber: anyOf(seatless.map((b) => b.key.value)) })).map((o) => o.boardNumber));
  const elsewhere = seatless.filter((b) => !held.has(b.key.value));
  for (const board of elsewhere) parents.delete(board.key.value);
  return { records: [...parents.values(), ...parts], skipped: elsewhere.length ? { [BOARDS_ELSEWHERE]: elsewhere.length } : {} };
}

/**
 * `npm run import -- organisations <file> [--partial]`: a DUO schools file (primary, special or secondary
 * education, current or older layout), DUO's register of school boards, or an LRK export, told apart by
 * the header. Upserted on the public identifier (BRIN + vestiging, board number, LRK number, KvK number).
 */
export async function importOrganisations(db: DataSource, file: string, options: ImportOptions = {}): Promise<ImportReport> {
  const municipalities = await municipalityLookup(db);
  const read = await readRegister(
    file,
    [duoLocations(municipalities), duoBoards(municipalities), lrkLocations(municipalities)],
    options,
    'not a DUO schools file (INSTELLINGSCODE or BRIN NUMMER, VESTIGINGSNAAM), a DUO board register (BEVOEGD GEZAG NUMMER, BEVOEGD GEZAG NAAM) nor an LRK export (lrk_id)',
  );
  const report = reportOf('organisations', file, read, options);
  let skipped: Record<string, number> = {};
  const written = await writeRegister(db, report, read, options, async (tx, rows) => {
    const planned = await records(tx, rows.map((r) => r.value));
    skipped = planned.skipped;
    return writeRegisterRecords(tx, planned.records);
  });
  return { ...written, skipped: { ...written.skipped, ...skipped } };
}
