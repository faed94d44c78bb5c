import type { DataSource } from 'typeorm';

export async function seed(_db: DataSource): Promise<void> {}

export async function hasData(_db: DataSource): Promise<boolean> {
  return false;
}
