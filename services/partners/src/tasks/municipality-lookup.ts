import type { DataSource, EntityManager } from 'typeorm';
import { Municipality } from '../entities';

/** The municipalities Kansrijk holds, by CBS code and by lower-cased name, for validating register rows. */
export interface MunicipalityLookup {
  byCode: Set<string>;
  byName: Map<string, string>;
}

export async function municipalityLookup(db: DataSource | EntityManager): Promise<MunicipalityLookup> {
  const all = await db.getRepository(Municipality).find();
  return {
    byCode: new Set(all.map((m) => m.code)),
    byName: new Map(all.map((m) => [m.name.toLowerCase(), m.code])),
  };
}
