/**
 * `npm run seed:national` at a tiny scale, on the test database: what it loads, that it loads the same
 * rows every time, and that it refuses without DATABASE_URL or in production. It replaces every
 * subgraph's schema: on a PostgreSQL server in this file's own database; on the embedded PGlite (one
 * database for every file) it puts back at the end what the other test files expect, the demo data.
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { dropSchema, migrate } from '@kansrijk/kit';
import { testDatabaseUrl } from '@kansrijk/kit/src/testing';
import { Client } from 'pg';
import { MODULES } from '../scripts/modules';
import { onServer } from './databases';
import { seedNational, type NationalSeedResult } from '../scripts/national/seed-national';

// Small enough to publish every municipality-year in about 30 s beside the other test files (1,322 children).
const SCALE = 0.01;
const AS_OF = '2026-10-31';

/** Row count and an md5 over the ordered keys of every table the generator fills. */
const FINGERPRINT = `
  SELECT 'partners.municipality' AS t, count(*) AS n, md5(string_agg(code, ',' ORDER BY code)) AS h FROM partners.municipality
  UNION ALL SELECT 'partners.neighbourhood', count(*), md5(string_agg(code, ',' ORDER BY code)) FROM partners.neighbourhood
  UNION ALL SELECT 'partners.organisation', count(*), md5(string_agg(id || coalesce(brin, lrk_number, '-'), ',' ORDER BY id)) FROM partners.organisation
  UNION ALL SELECT 'children.child', count(*), md5(string_agg(id || birth_month || neighbourhood_code, ',' ORDER BY id)) FROM children.child
  UNION ALL SELECT 'children.indication', count(*), md5(string_agg(id || issued_on || coalesce(referred_on::text, '-'), ',' ORDER BY id)) FROM children.indication
  UNION ALL SELECT 'children.placement', count(*), md5(string_agg(id || location_id || start_date || end_date, ',' ORDER BY id)) FROM children.placement
  UNION ALL SELECT 'children.attendance', count(*), md5(string_agg(placement_id || month || hours, ',' ORDER BY placement_id, month)) FROM children.attendance
  UNION ALL SELECT 'budgets.budget_line', count(*), md5(string_agg(id || coalesce(amount::text, status), ',' ORDER BY id)) FROM budgets.budget_line
  UNION ALL SELECT 'interventions.intervention', count(*), md5(string_agg(id || name, ',' ORDER BY id)) FROM interventions.intervention`;

describe('npm run seed:national', () => {
  let url: string;
  let client: Client;
  const one = async <T = Record<string, unknown>>(sql: string) => (await client.query(sql)).rows[0] as T;
  let result: NationalSeedResult;
  let firstFingerprint: unknown[];

  beforeAll(async () => {
    url = testDatabaseUrl();
    client = new Client({ connectionString: url });
    await client.connect();
    // The second run publishes the figures too; the first only needs its rows to compare.
    await seedNational({ url, scale: SCALE, log: () => undefined, progressTo: null, derive: false });
    firstFingerprint = (await client.query(FINGERPRINT)).rows;
    result = await seedNational({ url, scale: SCALE, log: () => undefined, progressTo: null });
    // Two loads and the publication of every municipality-year, beside the other test files.
  }, 300_000);

  afterAll(async () => {
    await client.end();
    if (onServer()) return;
    // Every other test file expects the demo data (test/stack.ts seeds only empty schemas).
    for (const module of MODULES) {
      const dataSource = module.createDataSource(url);
      await dataSource.initialize();
      try {
        await dropSchema(dataSource);
        await migrate(dataSource);
        await module.seed(dataSource);
      } finally {
        await dataSource.destroy();
      }
    }
  });

  it('publishes the figures of every municipality-year with children (the children subgraph after bulk load)', async () => {
    expect(result.afterBulkLoad.children).toMatch(/^figures of \d+ municipality-years published/);
    const row = await one<{ publications: number; municipalities: number; withChildren: number; stale: number }>(
      `SELECT count(*)::int AS publications, count(DISTINCT municipality_code)::int AS municipalities,
              (SELECT count(DISTINCT municipality_code)::int FROM children.child) AS "withChildren",
              (SELECT count(*)::int FROM children.figures_stale) AS stale FROM children.figures_publication WHERE current`,
    );
    // At this tiny scale a few small municipalities have no indicated child at all: no figures, not zeros.
    expect(row.municipalities).toBe(row.withChildren);
    expect(row.municipalities).toBeGreaterThan(250);
    expect(row.publications).toBeGreaterThan(342 * 3);
    expect(row.stale).toBe(0);
  });

  it('loads the same rows on every run', async () => {
    expect((await client.query(FINGERPRINT)).rows).toEqual(firstFingerprint);
    expect(result.counts.children.child).toBeGreaterThan(1000);
    expect(Number((await one<{ n: string }>('SELECT count(*) AS n FROM children.attendance')).n)).toBe(result.counts.children.attendance);
  });

  it('has the 342 municipalities of 2025 with their CBS codes', async () => {
    const { n, codes } = await one<{ n: string; codes: string }>(
      `SELECT count(*) AS n, count(DISTINCT code) AS codes FROM partners.municipality WHERE code ~ '^GM[0-9]{4}$'`,
    );
    expect([Number(n), Number(codes)]).toEqual([342, 342]);
    const named = (await client.query(`SELECT code, name FROM partners.municipality WHERE code IN ('GM0363', 'GM1992') ORDER BY code`)).rows;
    expect(named).toEqual([{ code: 'GM0363', name: 'Amsterdam' }, { code: 'GM1992', name: 'Voorne aan Zee' }]);
    const provinces = await one<{ eemnes: string; mook: string; count: string }>(
      `SELECT max(province) FILTER (WHERE code = 'GM0317') AS eemnes, max(province) FILTER (WHERE code = 'GM0944') AS mook,
              count(DISTINCT province) AS count FROM partners.municipality`,
    );
    expect(provinces).toEqual({ eemnes: 'Utrecht', mook: 'Limburg', count: '12' });
  });

  it('gives every child an indication, issued by its own municipality\'s youth health care', async () => {
    const { orphans, foreign } = await one<{ orphans: string; foreign: string }>(
      `SELECT (SELECT count(*) FROM children.child c WHERE NOT EXISTS (SELECT 1 FROM children.indication i WHERE i.child_id = c.id)) AS orphans,
              (SELECT count(*) FROM children.indication i JOIN children.child c ON c.id = i.child_id
                WHERE i.issuer_id <> 'jgz-' || lower(c.municipality_code)) AS foreign`,
    );
    expect([orphans, foreign]).toEqual(['0', '0']);
  });

  it('places children only on their own indication, at a VE location of their municipality', async () => {
    const { unmatched } = await one<{ unmatched: string }>(
      `SELECT count(*) AS unmatched FROM children.placement p
         JOIN children.child c ON c.id = p.child_id
         LEFT JOIN children.indication i ON i.id = p.indication_id AND i.child_id = p.child_id
         LEFT JOIN partners.organisation o ON o.id = p.location_id AND o.kind = 'CHILDCARE_LOCATION' AND o.offers_early_education
         LEFT JOIN partners.organisation_municipality om ON om.organisation_id = o.id AND om.municipality_code = c.municipality_code
        WHERE i.id IS NULL OR om.organisation_id IS NULL`,
    );
    expect(unmatched).toBe('0');
    const { misplaced } = await one<{ misplaced: string }>(
      `SELECT count(*) AS misplaced FROM children.child c
         LEFT JOIN partners.neighbourhood w ON w.code = c.neighbourhood_code AND w.municipality_code = c.municipality_code
        WHERE w.code IS NULL`,
    );
    expect(misplaced).toBe('0');
  });

  it(`has nothing dated after ${AS_OF} but end dates`, async () => {
    const late = await one(
      `SELECT (SELECT count(*) FROM children.child WHERE birth_month > $1) AS births,
              (SELECT count(*) FROM children.indication WHERE issued_on > $1 OR referred_on > $1 OR registered_on > $1) AS funnel,
              (SELECT count(*) FROM children.placement WHERE start_date > $1 OR handover_on > $1) AS placements,
              (SELECT count(*) FROM children.attendance WHERE month > $1) AS attendance`.replace(/\$1/g, `'${AS_OF}'`),
    );
    expect(late).toEqual({ births: '0', funnel: '0', placements: '0', attendance: '0' });
  });

  it('loaded under every CHECK constraint and index the migrations define', async () => {
    const { checks, unvalidated } = await one<{ checks: string; unvalidated: string }>(
      `SELECT count(*) AS checks, count(*) FILTER (WHERE NOT convalidated) AS unvalidated FROM pg_constraint
        WHERE contype = 'c' AND connamespace IN ('children'::regnamespace, 'budgets'::regnamespace)`,
    );
    expect(Number(checks)).toBeGreaterThanOrEqual(15);
    expect(unvalidated).toBe('0');
    const { lines, unbalanced } = await one<{ lines: string; unbalanced: string }>(
      `SELECT (SELECT count(*) FROM budgets.budget_line) AS lines,
              (SELECT count(*) FROM budgets.printed_subtotal t WHERE t.stated <>
                 (SELECT coalesce(sum(amount), 0) FROM budgets.budget_line l WHERE l.section_id = t.section_id)) AS unbalanced`,
    );
    expect(Number(lines)).toBeGreaterThan(342 * 8);
    expect(unbalanced).toBe('0');
  });

  it('ends with the indexes a fresh migration makes (it drops them while loading)', async () => {
    const indexes = async () =>
      (await client.query(`SELECT tablename, indexname, indexdef FROM pg_indexes WHERE schemaname = 'children' ORDER BY indexname`)).rows;
    const afterNational = await indexes();
    const children = MODULES.find((m) => m.name === 'children')!;
    const dataSource = children.createDataSource(url);
    await dataSource.initialize();
    try {
      await dropSchema(dataSource);
      await migrate(dataSource);
    } finally {
      await dataSource.destroy();
    }
    expect(await indexes()).toEqual(afterNational);
  });
});

describe('npm run seed:national refuses', () => {
  const script = join(__dirname, '..', 'scripts', 'seed-national.ts');
  const run = (args: string[], env: Record<string, string>) =>
    spawnSync(process.execPath, ['--import', 'tsx', script, ...args], { env: { PATH: process.env.PATH ?? '', ...env }, encoding: 'utf8', timeout: 60_000 });
  // Nothing listens on port 1: a refusal must come before any connection is tried.
  const NOWHERE = 'postgres://nobody@127.0.0.1:1/none';

  it('without DATABASE_URL, with exit code 2 and one line', () => {
    const { status, stderr } = run(['--scale', '1'], {});
    expect(status).toBe(2);
    expect(stderr.trim().split('\n')).toEqual([expect.stringContaining('DATABASE_URL is not set')]);
  });

  it('with NODE_ENV=production', () => {
    const { status, stderr } = run(['--scale', '1'], { NODE_ENV: 'production', DATABASE_URL: NOWHERE });
    expect(status).toBe(2);
    expect(stderr).toContain('NODE_ENV=production');
  });

  it.each([['0'], ['-1'], ['ten'], ['']])('a scale of %j', (scale) => {
    const { status, stderr } = run(['--scale', scale], { DATABASE_URL: NOWHERE });
    expect(status).toBe(2);
    expect(stderr).toContain('--scale must be a positive number');
  });
});
