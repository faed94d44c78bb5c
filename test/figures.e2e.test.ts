/**
 * The published VVE figures through the gateway: statuses instead of invented zeros, how current they
 * are, the refresh after writes by the job queue, the insertion attack of a partner that records
 * toddlers, the series, the ranking and the CSV export.
 */
import { testDatabaseUrl } from '@kansrijk/kit/src/testing';
import { runTask } from '../scripts/task';
import type { Knowledge, States } from '../services/children/src/figures/protect';
import { audit, type AuditedVersion } from '../services/children/src/__tests__/protection-audit';
import { removeRecordedChildren } from '../services/children/src/__tests__/remove-recorded';
import { startStack, type Stack } from './stack';

let stack: Stack;
beforeAll(async () => {
  stack = await startStack();
  // Earlier test files may have left records to republish: the refresh job takes them first.
  await stack.settled();
});
afterAll(async () => {
  const db = stack?.dataSources.children;
  if (db) {
    await db.query(`DELETE FROM children.figures_stale WHERE municipality_code = 'GM0556' AND year = 2005`);
    await removeRecordedChildren(db);
  }
  await stack?.close();
});

const COUNT = '{ value suppressed label }';
const STATUS = `query Status($code: ID!, $year: Int!) { municipality(code: $code) { earlyEducation(year: $year) {
  status statusReason version computedAt stale sealed definitionVersion indicated ${COUNT} placed ${COUNT} reachRate { value suppressed }
  normCohort ${COUNT} normAchieved ${COUNT} normReached { value suppressed }
  hours { attended averagePerPlaced fromTwoAndAHalf ${COUNT} onTrack ${COUNT} onTrackRate { value suppressed } }
  byIndicationKind { kind indicated ${COUNT} placed ${COUNT} } } } }`;

const figures = async (code: string, year: number) => {
  const res = await stack.query(STATUS, { code, year });
  expect(res.errors).toBeUndefined();
  return res.data.municipality.earlyEducation;
};

describe('what the figures say about themselves', () => {
  it('are published for a demo year, with when they were computed and nothing pending', async () => {
    const f = await figures('GM0556', 2023);
    expect(f).toMatchObject({ status: 'PUBLISHED', statusReason: null, stale: false, sealed: false, definitionVersion: '2022-01' });
    expect(f.version).toBeGreaterThanOrEqual(1);
    expect(Date.parse(f.computedAt)).toBeLessThanOrEqual(Date.now());
    expect(f.byIndicationKind.map((k: { kind: string }) => k.kind)).toEqual(['VE', 'SOCIAL_MEDICAL']);
    expect(f.byIndicationKind[0].indicated).toEqual(f.indicated);
  });

  it('show hours beside a published count of placed toddlers, and the share on track', async () => {
    const f = await figures('GM0307', 2023);
    expect(f.placed.suppressed).toBe(false);
    expect(f.hours.attended).toBeGreaterThan(f.placed.value * 100);
    expect(f.hours.averagePerPlaced).toBeCloseTo(f.hours.attended / f.placed.value, 0);
    expect(f.hours.onTrackRate.value).toBeCloseTo(f.hours.onTrack.value / f.hours.fromTwoAndAHalf.value, 3);
    expect(f.hours.fromTwoAndAHalf.value).toBeLessThanOrEqual(f.placed.value);
  });

  it('say NO_DATA for a year before the definition, NOT_YET for a reference date ahead, and PENDING while a first computation is queued', async () => {
    const nextYear = new Date().getUTCFullYear() + 1;
    const none = await stack.query(STATUS, { code: 'GM0556', year: 2005 });
    expect(none.data.municipality.earlyEducation).toMatchObject({ status: 'NO_DATA', version: null, computedAt: null, indicated: { value: null, suppressed: false, label: '.' } });
    expect(none.data.municipality.earlyEducation.statusReason).toMatch(/No target-group definition of GM0556 was in force on 2005-10-01/);
    const ahead = await stack.query(STATUS.replace('definitionVersion ', ''), { code: 'GM0556', year: nextYear });
    expect(ahead.data.municipality.earlyEducation).toMatchObject({ status: 'NOT_YET', indicated: { label: '.' } });
    await stack.dataSources.children.query(`INSERT INTO children.figures_stale (municipality_code, year) VALUES ('GM0556', 2005) ON CONFLICT DO NOTHING`);
    const pending = await stack.query(STATUS.replace('definitionVersion ', ''), { code: 'GM0556', year: 2005 });
    expect(pending.data.municipality.earlyEducation).toMatchObject({ status: 'PENDING', stale: true, indicated: { label: '.' } });
    await stack.dataSources.children.query(`DELETE FROM children.figures_stale WHERE municipality_code = 'GM0556' AND year = 2005`);
  });
});

describe('the refresh after a write (job queue)', () => {
  it('marks the figures a write touches stale and republishes them within seconds', async () => {
    const before = await figures('GM0307', 2023);
    const partner = await stack.token('partner', { organisations: ['synthetic-jgz-gm0307'] });
    const started = Date.now();
    const res = await stack.query(
      `mutation ($input: RecordIndicationInput!) { recordIndication(input: $input) { id } }`,
      { input: { organisation: 'synthetic-jgz-gm0307', birthMonth: '2021-04', municipality: 'GM0307', kind: 'VE', issuedOn: '2023-03-01', criteria: ['1'] } },
      partner,
    );
    expect(res.errors).toBeUndefined();
    const [{ n }] = await stack.dataSources.children.query(`SELECT count(*)::int AS n FROM children.figures_stale WHERE municipality_code = 'GM0307' AND year = 2023`);
    // Marked in the write's own transaction (the job may already be at it).
    const during = await figures('GM0307', 2023);
    expect(n === 1 || during.computedAt !== before.computedAt).toBe(true);
    await stack.settled();
    const after = await figures('GM0307', 2023);
    const seconds = (Date.now() - started) / 1000;
    expect(seconds).toBeLessThan(30);
    expect(after.stale).toBe(false);
    expect(Date.parse(after.computedAt)).toBeGreaterThan(Date.parse(before.computedAt));
    expect(after.version).toBe(before.version + 1);
    if (!before.indicated.suppressed && !after.indicated.suppressed) expect(after.indicated.value).toBe(before.indicated.value + 1);
  });
});

describe('insertion differencing: a partner records toddlers in a withheld cell and reads again', () => {
  it('learns nothing about the count that was there before (LP attacker with its own records and both versions)', async () => {
    const db = stack.dataSources.children;
    // A neighbourhood whose indicated count is "<5" in 2023, in a municipality the attacker works nowhere near.
    const [target] = await db.query(
      `SELECT p.municipality_code AS code, n->>'neighbourhood' AS neighbourhood
       FROM children.figures_publication p, jsonb_array_elements(p.by_neighbourhood) n
       WHERE p.current AND p.year = 2023 AND n->'indicated'->>'label' = '<5' AND n->>'neighbourhood' IS NOT NULL
       ORDER BY p.municipality_code, n->>'neighbourhood' LIMIT 1`,
    );
    expect(target).toBeDefined();
    const versionsOf = async (): Promise<AuditedVersion[]> => {
      const rows = await db.query(
        `SELECT p.figures, p.by_neighbourhood AS "byNeighbourhood", p.by_location AS "byLocation", b.cells, b.states, b.knowledge
         FROM children.figures_publication p JOIN children.figures_basis b ON b.publication_id = p.id
         WHERE p.municipality_code = $1 AND p.year = 2023 ORDER BY p.version`,
        [target.code],
      );
      return rows.map((r: { cells: Record<string, number>; states: States; knowledge: Record<string, Knowledge> } & AuditedVersion) => r);
    };
    const [definition] = await db.query(`SELECT d.id FROM children.target_group_definition d WHERE d.municipality_code = $1 AND d.valid_to IS NULL`, [target.code]);
    const [criterion] = await db.query(`SELECT code FROM children.criterion WHERE definition_id = $1 ORDER BY position LIMIT 1`, [definition.id]);
    // The youth health care of another region records ten toddlers of that neighbourhood.
    const attacker = 'jgz-ggd-venray';
    const partner = await stack.token('partner', { organisations: [attacker] });
    for (let i = 0; i < 10; i++) {
      const res = await stack.query(
        `mutation ($input: RecordIndicationInput!) { recordIndication(input: $input) { id } }`,
        { input: { organisation: attacker, birthMonth: '2021-05', municipality: target.code, neighbourhood: target.neighbourhood, kind: 'VE', issuedOn: '2023-05-02', criteria: [criterion.code] } },
        partner,
      );
      expect(res.errors).toBeUndefined();
    }
    await stack.settled();
    const res = await stack.query(
      `query ($code: ID!) { municipality(code: $code) { earlyEducationByNeighbourhood(year: 2023) { neighbourhood indicated ${COUNT} } } }`,
      { code: target.code },
      partner,
    );
    const cell = res.data.municipality.earlyEducationByNeighbourhood.find((n: { neighbourhood: string }) => n.neighbourhood === target.neighbourhood);
    // Not "14": the cell changed after it was withheld, so it stays withheld, and says nothing of its size.
    expect(cell.indicated).toEqual({ value: null, suppressed: true, label: 'x' });
    const versions = await versionsOf();
    expect(versions.length).toBeGreaterThanOrEqual(2);
    expect(Object.keys(versions[versions.length - 1].knowledge)).toContain(attacker);
    const result = await audit(versions, `${target.code} 2023`);
    expect(result.unsound).toEqual([]);
    expect(result.violations).toEqual([]);
  });
});

describe('series, ranking and export', () => {
  it('gives a series of years with each year’s status and definition version (Maassluis changed its definition in 2022)', async () => {
    const res = await stack.query(`{ municipality(code: "GM0556") { earlyEducationSeries(from: 2017, to: 2024) { year status definitionVersion indicated { label } } } }`);
    const series = res.data.municipality.earlyEducationSeries;
    expect(series.map((f: { year: number }) => f.year)).toEqual([2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024]);
    expect(series.slice(0, 2).map((f: { status: string }) => f.status)).toEqual(['NO_DATA', 'NO_DATA']);
    expect(series.map((f: { definitionVersion: string | null }) => f.definitionVersion)).toEqual([null, null, '2019-01', '2019-01', '2019-01', '2022-01', '2022-01', '2022-01']);
    expect(res.errors).toBeUndefined();
    const bad = await stack.query(`{ municipality(code: "GM0556") { earlyEducationSeries(from: 2024, to: 2020) { year } } }`);
    expect(bad.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'to' });
  });

  it('ranks every municipality by a figure, withheld last without a rank, paged with cursors', async () => {
    const RANK = `query ($after: String) { earlyEducationRanking(year: 2023, by: REACH_RATE, first: 10, after: $after) { totalCount
      pageInfo { hasNextPage endCursor } edges { rank value municipality { code name } figures { reachRate { value } } } } }`;
    const edges: { rank: number | null; value: number | null; municipality: { code: string; name: string }; figures: { reachRate: { value: number | null } } }[] = [];
    let after: string | null = null;
    let total = 0;
    for (let page = 0; page < 10; page++) {
      type Ranking = { earlyEducationRanking: { totalCount: number; pageInfo: { hasNextPage: boolean; endCursor: string }; edges: typeof edges } };
      const res: { data?: Ranking; errors?: unknown[] } = await stack.query<Ranking>(RANK, { after });
      expect(res.errors).toBeUndefined();
      const r: Ranking['earlyEducationRanking'] = res.data!.earlyEducationRanking;
      total = r.totalCount;
      edges.push(...r.edges);
      if (!r.pageInfo.hasNextPage) break;
      after = r.pageInfo.endCursor;
    }
    expect(edges).toHaveLength(total);
    expect(new Set(edges.map((e) => e.municipality.code)).size).toBe(total);
    expect(edges[0].municipality.name).toBeTruthy();
    const ranked = edges.filter((e) => e.value !== null);
    expect(ranked.length).toBeGreaterThan(10);
    for (let i = 1; i < ranked.length; i++) expect(ranked[i].value!).toBeLessThanOrEqual(ranked[i - 1].value!);
    expect(ranked[0].rank).toBe(1);
    for (const e of ranked) expect(e.value).toBe(e.figures.reachRate.value);
    // Withheld ones come last, without a rank.
    expect(edges.slice(ranked.length).every((e) => e.rank === null && e.value === null)).toBe(true);
    const asc = await stack.query(`{ earlyEducationRanking(year: 2023, by: PLACED, order: ASC, first: 3) { edges { rank value } } }`);
    const values = asc.data.earlyEducationRanking.edges.map((e: { value: number }) => e.value);
    expect([...values].sort((a, b) => a - b)).toEqual(values);
  });

  it('exports a publication as CSV with every withheld cell as printed, never its value', async () => {
    process.env.DATABASE_URL = testDatabaseUrl();
    try {
      const { output, ok } = await runTask('export', 'figures', ['--year', '2023', '--municipality', 'GM0556']);
      expect(ok).toBe(true);
      const [header, ...rows] = output.split('\n');
      expect(header).toBe('municipality;year;reference_date;definition_version;version;computed_at;status;sealed;breakdown;key;figure;label');
      const [publication] = await stack.dataSources.children.query(
        `SELECT b.cells, b.states FROM children.figures_publication p JOIN children.figures_basis b ON b.publication_id = p.id WHERE p.current AND p.municipality_code = 'GM0556' AND p.year = 2023`,
      );
      const labels = rows.map((r) => r.split(';')[11]);
      expect(labels.every((l) => /^(\d+(\.\d)?|<5|x)$/.test(l))).toBe(true);
      const withheld = Object.entries(publication.states as Record<string, string>).filter(([, s]) => s !== 'published').length;
      expect(labels.filter((l) => l === '<5' || l === 'x').length).toBeGreaterThanOrEqual(withheld);
      const indicated = rows.find((r) => r.includes(';total;;indicated;'))!;
      expect(indicated.split(';')[11]).toBe(publication.states.I === 'published' ? String(publication.cells.I) : publication.states.I === 'small' ? '<5' : 'x');
    } finally {
      delete process.env.DATABASE_URL;
    }
  });
});
