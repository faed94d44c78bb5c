import { DEMO_MUNICIPALITIES } from '@kansrijk/kit';
import type { DataSource } from 'typeorm';
import { Municipality } from '../entities';

/** Loads the demo data in one transaction; upserts on primary keys, so a second run changes nothing. */
export async function seed(db: DataSource): Promise<void> {
  await db.transaction(async (tx) => {
    await tx.getRepository(Municipality).upsert(
      DEMO_MUNICIPALITIES.map(({ code, name, province }) => ({ code, name, province })),
      ['code'],
    );
  });
}

export async function hasData(db: DataSource): Promise<boolean> {
  return (await db.getRepository(Municipality).count()) > 0;
}
