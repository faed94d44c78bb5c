import { startTestSubgraph, type TestSubgraph } from '@kansrijk/kit/src/testing';
import { refreshAll } from '../figures/refresh';
import { children } from '../subgraph';

interface Count {
  value: number | null;
  suppressed: boolean;
  label: string;
}
interface Figures {
  indicated: Count;
  placed: Count;
  reachRate: { value: number | null; suppressed: boolean };
  synthetic: boolean;
}

let subgraph: TestSubgraph;

// The constructed cases need no demo data: only their own rows are in the schema.
beforeAll(async () => {
  subgraph = await startTestSubgraph(children, { seed: false });
});
afterAll(() => subgraph?.close());

const refs = (codes: string[]) => codes.map((code) => ({ __typename: 'Municipality', code }));

describe('small-count suppression on constructed cases (reference date 2023-10-01)', () => {
  const TEST_CODES = ['GM9991', 'GM9992', 'GM9993', 'GM9994'];
  let n = 0;

  interface Toddler {
    birthMonth?: string;
    kind?: 'VE' | 'SOCIAL_MEDICAL';
    issuedOn?: string;
    validUntil?: string;
    placement?: { start: string; end: string | null };
  }

  async function insertToddler(code: string, t: Toddler = {}): Promise<void> {
    const id = `TEST-${++n}`;
    const db = subgraph.dataSource;
    await db.query(`INSERT INTO children.child (id, birth_month, municipality_code, synthetic) VALUES ($1, $2, $3, false)`, [
      `K${id}`, t.birthMonth ?? '2021-03-01', code,
    ]);
    await db.query(
      `INSERT INTO children.indication (id, child_id, kind, issued_on, valid_until, criteria, definition_id, issuer_id, synthetic)
       VALUES ($1, $2, $3, $4, $5, '{1}', $6, 'test-jgz', false)`,
      [`I${id}`, `K${id}`, t.kind ?? 'VE', t.issuedOn ?? '2023-01-15', t.validUntil ?? '2025-02-28', `${code}-2019-01`],
    );
    if (t.placement) {
      await db.query(
        // Placed by the organisation that issued the indications: it knows every child, so no
        // organisation knows part of a cell and these cases are about the thresholds alone.
        `INSERT INTO children.placement (id, child_id, indication_id, location_id, start_date, end_date, hours_per_week, synthetic)
         VALUES ($1, $2, $3, 'test-jgz', $4, $5, 16, false)`,
        [`P${id}`, `K${id}`, `I${id}`, t.placement.start, t.placement.end],
      );
    }
  }

  const running = { start: '2023-06-01', end: '2025-02-28' };
  const times = async (count: number, code: string, t: Toddler = {}) => {
    for (let i = 0; i < count; i++) await insertToddler(code, t);
  };

  async function cleanUp(): Promise<void> {
    const db = subgraph.dataSource;
    await db.query(`DELETE FROM children.placement WHERE id LIKE 'PTEST-%'`);
    await db.query(`DELETE FROM children.indication WHERE id LIKE 'ITEST-%'`);
    await db.query(`DELETE FROM children.child WHERE id LIKE 'KTEST-%'`);
    await db.query(`DELETE FROM children.target_group_definition WHERE municipality_code LIKE 'GM999%'`);
    await refreshAll(db);
  }

  beforeAll(async () => {
    await cleanUp();
    for (const code of TEST_CODES) {
      await subgraph.dataSource.query(
        `INSERT INTO children.target_group_definition (id, municipality_code, version, valid_from, synthetic) VALUES ($1, $2, '2019-01', '2019-01-01', false)`,
        [`${code}-2019-01`, code],
      );
    }
    // 3 indicated, 2 placed: both counts suppressed.
    await times(2, 'GM9991', { placement: running });
    await times(1, 'GM9991');

    // 12 indicated, 6 placed, and children just outside every boundary.
    await times(3, 'GM9992', { placement: running });
    await times(3, 'GM9992');
    await insertToddler('GM9992', { birthMonth: '2021-10-01', placement: { start: '2023-10-01', end: null } }); // turns 2 on the date
    await insertToddler('GM9992', { placement: { start: '2023-01-01', end: '2023-10-01' } }); // placement ends on the date
    await insertToddler('GM9992', { issuedOn: '2023-10-01', validUntil: '2023-10-01', placement: running }); // issued and valid until the date
    await insertToddler('GM9992', { placement: { start: '2023-01-01', end: '2023-09-30' } }); // placement ended: indicated only
    await insertToddler('GM9992', { placement: { start: '2023-10-02', end: null } }); // placement not started: indicated only
    await insertToddler('GM9992'); // no placement
    await insertToddler('GM9992', { birthMonth: '2019-10-01', placement: running }); // turns 4 on the date
    await insertToddler('GM9992', { birthMonth: '2022-05-01', placement: running }); // aged 1
    await insertToddler('GM9992', { issuedOn: '2023-10-02', placement: running }); // issued after the date
    await insertToddler('GM9992', { validUntil: '2023-09-30', placement: running }); // indication expired
    await insertToddler('GM9992', { kind: 'SOCIAL_MEDICAL', placement: running }); // not a VE indication

    // 7 indicated, none placed: counts published, rate not (denominator under 10).
    await times(7, 'GM9993');

    // 10 indicated, 4 placed: the numerator is suppressed, so the rate is too.
    await times(4, 'GM9994', { placement: running });
    await times(6, 'GM9994');
    await refreshAll(subgraph.dataSource);
  });
  afterAll(cleanUp);

  it('publishes 0 and 5+, suppresses 1-4 as "<5", and rates only over published counts and a denominator of at least 10', async () => {
    const res = await subgraph.query<{ _entities: { code: string; earlyEducation: Figures & { status: string; nonParticipation: { reason: string | null; count: Count }[] } }[] }>(
      `query ($r: [_Any!]!) { _entities(representations: $r) { ... on Municipality { code
        earlyEducation(year: 2023) { status indicated { value suppressed label } placed { value suppressed label } reachRate { value suppressed } synthetic
          nonParticipation { reason count { value suppressed label } } } } } }`,
      { r: refs([...TEST_CODES, 'GM9995']) },
    );
    expect(res.errors).toBeUndefined();
    const published = (value: number) => ({ value, suppressed: false, label: String(value) });
    const small = { value: null, suppressed: true, label: '<5' };
    const noRate = { value: null, suppressed: true };
    const figures = Object.fromEntries(res.data!._entities.map((e) => [e.code, e.earlyEducation]));
    const basic = (f: (typeof figures)[string]) => ({ status: f.status, indicated: f.indicated, placed: f.placed, reachRate: f.reachRate, synthetic: f.synthetic });
    expect(basic(figures.GM9991)).toEqual({ status: 'PUBLISHED', indicated: small, placed: small, reachRate: noRate, synthetic: false });
    expect(basic(figures.GM9992)).toEqual({ status: 'PUBLISHED', indicated: published(12), placed: published(6), reachRate: { value: 0.5, suppressed: false }, synthetic: false });
    expect(basic(figures.GM9993)).toEqual({ status: 'PUBLISHED', indicated: published(7), placed: published(0), reachRate: noRate, synthetic: false });
    // 10 indicated, 4 placed ("<5"): the 6 without a reason would give the 4 away (10 − 6), so one of
    // the two is withheld too.
    const f4 = figures.GM9994;
    expect(f4.placed).toEqual(small);
    expect(f4.reachRate).toEqual(noRate);
    const none = f4.nonParticipation.find((n) => n.reason === null)!.count;
    expect([f4.indicated.label, none.label]).toContain('x');
    // No definition, no children: no figures rather than zeros.
    expect(basic(figures.GM9995)).toEqual({ status: 'NO_DATA', indicated: { value: null, suppressed: false, label: '.' }, placed: { value: null, suppressed: false, label: '.' }, reachRate: { value: null, suppressed: false }, synthetic: false });
  });

  it('says NO_DATA with no definition where none is in force, and why, without failing the request', async () => {
    const res = await subgraph.query<{ _entities: { earlyEducation: { status: string; statusReason: string | null; definitionVersion: string | null; definition: { id: string } | null } }[] }>(
      `query ($r: [_Any!]!) { _entities(representations: $r) { ... on Municipality { earlyEducation(year: 2023) { status statusReason definitionVersion definition { id } } } } }`,
      { r: refs(['GM9995', 'GM9992']) },
    );
    expect(res.errors).toBeUndefined();
    const [none, some] = res.data!._entities.map((e) => e.earlyEducation);
    expect(none).toMatchObject({ status: 'NO_DATA', definitionVersion: null, definition: null });
    expect(none.statusReason).toMatch(/No target-group definition of GM9995 was in force on 2023-10-01/);
    expect(some).toEqual({ status: 'PUBLISHED', statusReason: null, definitionVersion: '2019-01', definition: { id: 'GM9992-2019-01' } });
  });
});
