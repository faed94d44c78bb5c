import { insertInBatches } from '@kansrijk/kit';
import { Brackets, type EntityManager, type EntityTarget, type ObjectLiteral } from 'typeorm';
import { Organisation, OrganisationLocation, OrganisationMunicipality } from '../entities';
import { keyString, type RegisterKey, type RegisterRecord } from './register-record';

export interface WriteCounts {
  inserted: number;
  updated: number;
  unchanged: number;
}

const COMPARED = ['name', 'kind', 'parentId', 'brin', 'lrkNumber', 'boardNumber', 'kvkNumber', 'childcareType', 'offersEarlyEducation', 'childPlaces', 'denomination', 'registerStatus'] as const;
const LOCATION_COMPARED = ['organisationId', 'street', 'houseNumber', 'postcode', 'place', 'municipalityCode'] as const;

const valuesOf = (records: RegisterRecord[], column: RegisterKey['column']) =>
  records.filter((r) => r.key.column === column).map((r) => r.key.value);

/** The stored organisations that the records' identifiers point at, in one query. */
async function storedByKey(tx: EntityManager, records: RegisterRecord[]): Promise<Map<string, Organisation>> {
  const byColumn = { brin: valuesOf(records, 'brin'), lrkNumber: valuesOf(records, 'lrkNumber'), boardNumber: valuesOf(records, 'boardNumber'), kvkNumber: valuesOf(records, 'kvkNumber') };
  const query = tx.getRepository(Organisation).createQueryBuilder('o').where(
    new Brackets((q) => {
      q.where('false');
      // `= ANY(array)`: one parameter however many identifiers, where `IN (...)` takes one each and a file of
      // more than 65,535 records would exceed PostgreSQL's limit on parameters.
      if (byColumn.brin.length) q.orWhere('o.brin = ANY(:brin)', { brin: byColumn.brin });
      if (byColumn.lrkNumber.length) q.orWhere('o.lrkNumber = ANY(:lrk)', { lrk: byColumn.lrkNumber });
      if (byColumn.boardNumber.length) q.orWhere('o.boardNumber = ANY(:board)', { board: byColumn.boardNumber });
      // A KvK number is the houder's: only a childcare organisation is matched on it.
      if (byColumn.kvkNumber.length) q.orWhere("(o.kvkNumber = ANY(:kvk) AND o.kind = 'CHILDCARE_ORGANISATION')", { kvk: byColumn.kvkNumber });
    }),
  );
  const rows = await query.orderBy('o.id').getMany();
  const out = new Map<string, Organisation>();
  for (const row of rows) {
    for (const column of ['brin', 'lrkNumber', 'boardNumber', 'kvkNumber'] as const) {
      const value = row[column];
      const key = value ? keyString({ column, value }) : null;
      if (key && !out.has(key)) out.set(key, row);
    }
  }
  return out;
}

/**
 * Writes `rows` over the stored rows with their ids, every column of the entity, one statement per
 * batch (`UPDATE … FROM unnest(…)`): a national file with some thousands of changed rows is a few
 * statements, not one per row. A later row for the same id wins, as a later UPDATE would.
 */
async function updateInBatches<T extends ObjectLiteral & { id: string }>(tx: EntityManager, entity: EntityTarget<T>, rows: T[], batchSize = 1000): Promise<void> {
  const byId = [...new Map(rows.map((r) => [r.id, r])).values()];
  if (!byId.length) return;
  const metadata = tx.getRepository(entity).metadata;
  const columns = metadata.columns.map((c) => {
    if (typeof c.type !== 'string') throw new Error(`${metadata.tablePath}.${c.databaseName}: the column needs an explicit type`);
    return { property: c.propertyName, name: `"${c.databaseName}"`, type: c.type };
  });
  const set = columns.filter((c) => c.property !== 'id').map((c) => `${c.name} = v.${c.name}`);
  const arrays = columns.map((c, i) => `$${i + 1}::${c.type}[]`);
  const [schema, table] = metadata.tablePath.split('.');
  const sql = `UPDATE "${schema}"."${table}" AS t SET ${set.join(', ')} FROM unnest(${arrays.join(', ')}) AS v(${columns.map((c) => c.name).join(', ')}) WHERE t."id" = v."id"`;
  for (let i = 0; i < byId.length; i += batchSize) {
    const batch = byId.slice(i, i + batchSize);
    await tx.query(sql, columns.map((c) => batch.map((row) => row[c.property] ?? null)));
  }
}

/** `wanted` over the stored row, a column left undefined keeping what is stored (as TypeORM's `update` skips it). */
const overStored = <T extends object>(stored: T, wanted: T): T => ({ ...stored, ...Object.fromEntries(Object.entries(wanted).filter(([, v]) => v !== undefined)) });

/**
 * Upserts register records on their identifier inside the caller's transaction: an organisation
 * already holding the identifier is updated (its id, description and other columns stay), otherwise
 * one is inserted. Rows equal to what is stored are not written, so a second run counts all unchanged.
 */
export async function writeRegisterRecords(tx: EntityManager, records: RegisterRecord[]): Promise<WriteCounts> {
  const counts: WriteCounts = { inserted: 0, updated: 0, unchanged: 0 };
  if (!records.length) return counts;
  const stored = await storedByKey(tx, records);
  const idOf = new Map<string, string>();
  const planned = records.map((record) => {
    const existing = stored.get(keyString(record.key)) ?? null;
    const id = existing?.id ?? record.newId;
    idOf.set(keyString(record.key), id);
    return { record, existing, id };
  });

  const ids = planned.map((p) => p.id);
  const links = await tx.getRepository(OrganisationMunicipality).createQueryBuilder('l').where('l.organisationId = ANY(:ids)', { ids }).getMany();
  const linked = new Set(links.map((l) => `${l.organisationId}|${l.municipalityCode}`));
  const locationIds = ids.map((id) => `${id}:register`);
  const locations = new Map((await tx.getRepository(OrganisationLocation).createQueryBuilder('l').where('l.id = ANY(:locationIds)', { locationIds }).getMany()).map((l) => [l.id, l]));

  const inserts: Organisation[] = [];
  const updates: Organisation[] = [];
  const locationUpdates: OrganisationLocation[] = [];
  const newLinks: OrganisationMunicipality[] = [];
  const newLocations: OrganisationLocation[] = [];
  for (const { record, existing, id } of planned) {
    const wanted: Organisation = {
      id,
      name: record.name ?? existing?.name ?? record.fallbackName,
      kind: record.kind,
      description: existing?.description ?? null,
      parentId: record.parentKey ? idOf.get(keyString(record.parentKey))! : existing?.parentId ?? null,
      brin: existing?.brin ?? null,
      lrkNumber: existing?.lrkNumber ?? null,
      boardNumber: existing?.boardNumber ?? null,
      kvkNumber: existing?.kvkNumber ?? null,
      childcareType: existing?.childcareType ?? null,
      offersEarlyEducation: existing?.offersEarlyEducation ?? null,
      childPlaces: existing?.childPlaces ?? null,
      denomination: existing?.denomination ?? null,
      registerStatus: existing?.registerStatus ?? null,
      synthetic: existing?.synthetic ?? false,
      ...record.fields,
    };
    let changed = false;
    if (!existing) inserts.push(wanted);
    else if (COMPARED.some((c) => wanted[c] !== existing[c])) {
      updates.push(overStored(existing, wanted));
      changed = true;
    }
    for (const municipalityCode of record.municipalities) {
      if (linked.has(`${id}|${municipalityCode}`)) continue;
      newLinks.push({ organisationId: id, municipalityCode });
      changed = true;
    }
    if (record.address) {
      const location: OrganisationLocation = { id: `${id}:register`, organisationId: id, neighbourhoodCode: null, buurtCode: null, ...locations.get(`${id}:register`), ...record.address };
      const before = locations.get(location.id);
      if (!before) {
        newLocations.push(location);
        changed = true;
      } else if (LOCATION_COMPARED.some((c) => before[c] !== location[c])) {
        locationUpdates.push(overStored(before, location));
        changed = true;
      }
    }
    if (!existing) counts.inserted++;
    else if (changed) counts.updated++;
    else counts.unchanged++;
  }
  await updateInBatches(tx, Organisation, updates);
  await updateInBatches(tx, OrganisationLocation, locationUpdates);
  await insertInBatches((batch) => tx.getRepository(Organisation).insert(batch), inserts);
  await insertInBatches((batch) => tx.getRepository(OrganisationMunicipality).insert(batch), newLinks);
  await insertInBatches((batch) => tx.getRepository(OrganisationLocation).insert(batch), newLocations);
  return counts;
}
