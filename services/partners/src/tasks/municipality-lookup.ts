import type { DataSource, EntityManager } from 'typeorm';
import { Municipality } from '../entities';

/**
 * A municipality name as registers vary it, for matching: CBS's StatLine writes "Beek (L.)", "Stein (L.)",
 * "Utrecht (gemeente)"; DUO writes "NOARDEAST-FRYSLAN" in capitals without accents; the LRK "Súdwest-Fryslân".
 * Case, accents, a parenthesised suffix, hyphens and apostrophes do not matter.
 */
export function normaliseMunicipalityName(name: string): string {
  return name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/\([^)]*\)/g, ' ')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/** The municipalities Kansrijk holds, for checking the municipality of a register row. */
export interface MunicipalityLookup {
  byCode: Map<string, Municipality>;
  /** The code for a name: the exact name (any case), else the normalised name when one municipality has it. */
  codeOfName(name: string): { code: string } | { problem: string };
  /** Why a row may not be filed under `code` (unknown, or ceased and merged into another), or null. */
  problemWith(code: string): string | null;
}

export async function municipalityLookup(db: DataSource | EntityManager): Promise<MunicipalityLookup> {
  const all = await db.getRepository(Municipality).find({ order: { code: 'ASC' } });
  const byCode = new Map(all.map((m) => [m.code, m]));
  // Current municipalities first, so a name a ceased one shared (a merger that kept the name) means the current one.
  const ordered = [...all.filter((m) => !m.ceasedOn), ...all.filter((m) => m.ceasedOn)];
  const exact = new Map<string, string>();
  const normalised = new Map<string, string[]>();
  for (const m of ordered) {
    if (!exact.has(m.name.toLowerCase())) exact.set(m.name.toLowerCase(), m.code);
    const key = normaliseMunicipalityName(m.name);
    if (!m.ceasedOn || !normalised.has(key)) normalised.set(key, [...(normalised.get(key) ?? []), m.code]);
  }
  return {
    byCode,
    codeOfName(name) {
      const code = exact.get(name.toLowerCase());
      if (code) return { code };
      const candidates = normalised.get(normaliseMunicipalityName(name)) ?? [];
      if (candidates.length === 1) return { code: candidates[0] };
      if (candidates.length > 1) return { problem: `"${name}" may be ${candidates.map((c) => `${byCode.get(c)!.name} (${c})`).join(' or ')}: give the CBS code` };
      return { problem: `unknown municipality "${name}"` };
    },
    problemWith(code) {
      const m = byCode.get(code);
      if (!m) return `unknown municipality ${code} (load the CBS list first: npm run import -- municipalities <file>)`;
      if (m.ceasedOn) {
        const successor = m.successorCode ? byCode.get(m.successorCode) : undefined;
        return `${code} ${m.name} ceased on ${m.ceasedOn}${successor ? ` and went into ${successor.code} ${successor.name}` : ''}`;
      }
      return null;
    },
  };
}
