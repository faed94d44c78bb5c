import { DEMO_MUNICIPALITIES } from '@kansrijk/demo';
import { describeSubgraphSchema } from '@kansrijk/kit/src/schema-tests';
import { startTestSubgraph, type TestSubgraph } from '@kansrijk/kit/src/testing';
import { children } from '../subgraph';
import { demoDefinitions } from '../seed/definitions';
import { generateDemoChildren } from '../seed/generate';

const TABLES = ['target_group_definition', 'criterion', 'child', 'indication', 'placement', 'audit_log'];

let subgraph: TestSubgraph;

// The demo data as every test file gets it (the jest global setup seeded it into an empty database,
// which is the first-seed path, and prints how long it took). Seeding again is the reseed check below.
beforeAll(async () => {
  subgraph = await startTestSubgraph(children);
});
afterAll(() => subgraph?.close());

async function counts(): Promise<Record<string, number>> {
  const out: Record<string, number> = {};
  for (const table of TABLES) out[table] = (await subgraph.dataSource.query(`SELECT count(*)::int AS n FROM children.${table}`))[0].n;
  return out;
}

describe('children schema and demo data', () => {
  it('never has a column for a name, BSN, address or day of birth', async () => {
    const columns: { column_name: string }[] = await subgraph.dataSource.query(
      `SELECT column_name FROM information_schema.columns WHERE table_schema = 'children' AND table_name IN ('child', 'indication', 'placement')`,
    );
    const names = columns.map((c) => c.column_name);
    expect(names).toContain('birth_month');
    expect(names.filter((n) => /name|bsn|address|adres|street|postcode|birth_date|birthday/.test(n))).toEqual([]);
  });

  it('has the synthetic children of the demo, one indication each', async () => {
    expect(await children.hasData(subgraph.dataSource)).toBe(true);
    const seeded = await counts();
    expect(seeded.child).toBeGreaterThan(10_000);
    expect(seeded.indication).toBe(seeded.child);
    expect(seeded.audit_log).toBe(0);
  });

  // That the generator draws the same children on every run is the reseed check below: a second seed
  // with one child drawn differently would add a row and change the table's digest.

  it('generates pseudonymous, synthetic, internally consistent rows for every demo municipality', () => {
    const definitions = demoDefinitions();
    const { children: kids, indications, placements } = generateDemoChildren(definitions);
    expect(new Set(kids.map((c) => c.municipalityCode))).toEqual(new Set(DEMO_MUNICIPALITIES.map((m) => m.code)));
    expect(kids.every((c) => /^K[0-9A-F]{10}$/.test(c.id) && c.synthetic && /^\d{4}-\d{2}-01$/.test(c.birthMonth))).toBe(true);
    const ids = [...kids, ...indications, ...placements].map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);

    const byId = new Map(definitions.map((d) => [d.id, d]));
    const badIndications = indications.filter((i) => {
      const d = byId.get(i.definitionId)!;
      const inForce = d.validFrom <= i.issuedOn && (d.validTo === null || i.issuedOn <= d.validTo);
      return !inForce || i.criteria.length === 0 || !i.criteria.every((code) => d.criteria.some((c) => c.code === code));
    });
    expect(badIndications).toEqual([]);
    const indicationById = new Map(indications.map((i) => [i.id, i]));
    const badPlacements = placements.filter((p) => {
      const i = indicationById.get(p.indicationId!);
      return (
        !i || p.childId !== i.childId || p.startDate < i.issuedOn || p.endDate! < p.startDate || p.endDate! > i.validUntil! ||
        !['16.0', '12.0', '10.0'].includes(p.hoursPerWeek)
      );
    });
    expect(badPlacements).toEqual([]);
    const placedShare = placements.length / indications.length;
    expect(placedShare).toBeGreaterThan(0.8);
    expect(placedShare).toBeLessThan(0.9);
  });
});

// Its second seed must change no row, the publications included: nothing went stale, so no figure is
// even checked again.
// Nothing is read or left stale by the seed alone: the audit log and the stale queue start empty.
describeSubgraphSchema(children, {
  subgraph: () => subgraph,
  emptyInDemo: ['audit_log', 'figures_stale'],
});
