import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { referenceChecker, today } from '@kansrijk/kit';
import { TEST_SECRET, claims, type TestSubgraph } from '@kansrijk/kit/src/testing';
import { addDays } from '../seed/dates';
import { children } from '../subgraph';
import { knownOrganisations } from './known-organisations';
import { closeWithPartners, startWithPartners } from './remove-recorded';

const JGZ = 'cjg-rijnmond';
const LOCATION = 'synthetic-ve-gm0556-1';
const HEADER = 'organisation;child;event;date;birth_month;municipality;criteria;end_date;hours_per_week;days;hours';
const dir = mkdtempSync(join(tmpdir(), 'kansrijk-import-safety-'));
const file = (name: string, rows: string[]) => {
  const path = join(dir, name);
  writeFileSync(path, [HEADER, ...rows].join('\n'));
  return path;
};

let partnersSubgraph: TestSubgraph;
let subgraph: TestSubgraph;
beforeAll(async () => {
  ({ subgraph, partners: partnersSubgraph } = await startWithPartners());
});
afterAll(() => closeWithPartners({ subgraph, partners: partnersSubgraph }));

const counts = async () =>
  (await subgraph.dataSource.query(`SELECT (SELECT count(*) FROM children.child)::int AS c, (SELECT count(*) FROM children.indication)::int AS i,
     (SELECT count(*) FROM children.placement)::int AS p, (SELECT count(*) FROM children.audit_log)::int AS a`))[0];
/** The checker `npm run import` gives the task: the real partners subgraph, signed with the subgraph secret. */
const partnersChecker = (url = partnersSubgraph.url) =>
  referenceChecker({ urls: { partners: url }, secret: TEST_SECRET, timeoutMs: 1000 }, { claims: claims('admin'), requestId: 'import-test', operationName: 'import placements' });

describe('npm run import -- placements: organisations are checked with partners', () => {
  it('reports an unknown organisation and a malformed one with line and column, and writes nothing', async () => {
    const before = await counts();
    const report = await children.tasks!.importers!.placements(
      subgraph.dataSource,
      file('orgs.csv', [
        `${JGZ};KE00000000A;INDICATION;2023-02-01;2021-01;GM0556;1`,
        `no-such-org;KE00000000B;INDICATION;2023-02-01;2021-01;GM0556;1`,
        `=cmd|x;KE00000000C;INDICATION;2023-02-01;2021-01;GM0556;1`,
      ]),
      { references: partnersChecker() },
    );
    expect(report.problems).toEqual([
      { line: 3, column: 'organisation', message: 'no-such-org is not a known organisation' },
      { line: 4, column: 'organisation', message: 'must be an organisation id: lower-case letters, digits and hyphens' },
    ]);
    expect(await counts()).toEqual(before);
  });

  it('imports a file whose organisations partners knows', async () => {
    const report = await children.tasks!.importers!.placements(subgraph.dataSource, file('known.csv', [`${JGZ};KE00000000D;INDICATION;2023-02-01;2021-01;GM0556;1`]), {
      references: partnersChecker(),
    });
    expect(report.problems).toEqual([]);
    expect(report.inserted).toBe(2);
  });

  it('refuses the whole import when partners cannot be reached, or cannot be asked at all', async () => {
    const before = await counts();
    const path = file('unreachable.csv', [`${JGZ};KE00000000E;INDICATION;2023-02-01;2021-01;GM0556;1`]);
    await expect(children.tasks!.importers!.placements(subgraph.dataSource, path, { references: partnersChecker('http://127.0.0.1:9/graphql') })).rejects.toThrow(
      /partners subgraph\(s\) could not be reached.*nothing was written/,
    );
    await expect(children.tasks!.importers!.placements(subgraph.dataSource, path)).rejects.toThrow(/nothing was written/);
    expect(await counts()).toEqual(before);
  });
});

describe('dates that cannot lie ahead', () => {
  const now = today();
  const ahead = addDays(now, 1);
  const farAhead = addDays(now, 200);

  it('the import refuses an indication, referral or registration dated after today and a placement starting too far ahead', async () => {
    const before = await counts();
    const nextMonth = `${addDays(`${now.slice(0, 7)}-01`, 40).slice(0, 7)}-01`;
    const report = await children.tasks!.importers!.placements(
      subgraph.dataSource,
      file('future.csv', [
        `${JGZ};KE00000000F;INDICATION;${ahead};${now.slice(0, 7)};GM0556;1`,
        `${JGZ};KE000000001;INDICATION;${now};${addDays(now, -400).slice(0, 7)};GM0556;1`,
        `${JGZ};KE000000001;REFERRAL;${ahead};;;`,
        `${LOCATION};KE000000001;REGISTRATION;${ahead};;;`,
        `${LOCATION};KE000000001;PLACEMENT;${farAhead};;;;;16`,
        `${LOCATION};KE000000001;ATTENDANCE;${nextMonth};;;;;;5;20`,
      ]),
      { references: knownOrganisations() },
    );
    expect(report.problems.map((p) => [p.line, p.column])).toEqual([[2, 'date'], [4, 'date'], [5, 'date'], [6, 'date'], [7, 'date']]);
    expect(report.problems[0].message).toBe(`must not be in the future (after ${now})`);
    expect(report.problems[3].message).toContain('at most 92 days ahead');
    expect(await counts()).toEqual(before);
  });

  it('the mutations refuse the same dates with BAD_USER_INPUT naming the field', async () => {
    const jgz = claims('partner', { organisations: [JGZ] });
    const res = await subgraph.query(
      `mutation ($input: RecordIndicationInput!) { recordIndication(input: $input) { id } }`,
      { input: { organisation: JGZ, birthMonth: now.slice(0, 7), municipality: 'GM0556', kind: 'VE', issuedOn: addDays(now, 365), criteria: ['1'] } },
      jgz,
    );
    expect(res.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.issuedOn' });
    // The date rules are field checks: they come after the entitlement to the record (an unknown or
    // another's record is FORBIDDEN before any field is looked at), so these use records of the caller.
    const db = subgraph.dataSource;
    const [issued] = await db.query(`SELECT id FROM children.indication WHERE issuer_id = $1 ORDER BY id LIMIT 1`, [JGZ]);
    const [referredHere] = await db.query(`SELECT id FROM children.indication WHERE referred_to_id = $1 ORDER BY id LIMIT 1`, [LOCATION]);
    const [placedHere] = await db.query(`SELECT id FROM children.placement WHERE location_id = $1 ORDER BY id LIMIT 1`, [LOCATION]);
    expect([issued, referredHere, placedHere].every(Boolean)).toBe(true);
    const referral = await subgraph.query(`mutation ($input: RecordReferralInput!) { recordReferral(input: $input) { id } }`, { input: { indication: issued.id, referredOn: ahead, location: LOCATION } }, jgz);
    expect(referral.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.referredOn' });
    const location = claims('partner', { organisations: [LOCATION] });
    const placement = (input: Record<string, unknown>) =>
      subgraph.query(`mutation ($input: RecordPlacementInput!) { recordPlacement(input: $input) { id } }`, { input: { location: LOCATION, indication: referredHere.id, hoursPerWeek: 16, ...input } }, location);
    expect((await placement({ registeredOn: now, startDate: farAhead })).errors?.[0].extensions).toMatchObject({ field: 'input.startDate' });
    expect((await placement({ registeredOn: ahead, startDate: ahead })).errors?.[0].extensions).toMatchObject({ field: 'input.registeredOn' });
    expect((await placement({ startDate: ahead })).errors?.[0].extensions).toMatchObject({ field: 'input.registeredOn' });
    const month = `${addDays(`${now.slice(0, 7)}-01`, 40).slice(0, 7)}`;
    const attendance = await subgraph.query(`mutation ($input: RecordAttendanceInput!) { recordAttendance(input: $input) { month } }`, { input: { placement: placedHere.id, month, days: 1, hours: 1 } }, location);
    expect(attendance.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.month' });
  });
});

describe('npm run import -- placements: a referral names its location, as recordReferral does', () => {
  const HEADER_WITH_LOCATION = `${HEADER};location`;
  const withLocation = (name: string, rows: string[]) => {
    const path = join(dir, name);
    writeFileSync(path, [HEADER_WITH_LOCATION, ...rows].join('\n'));
    return path;
  };
  // On the embedded database the files share one database: take the toddler out again.
  afterAll(async () => {
    for (const table of ['attendance WHERE placement_id IN (SELECT id FROM children.placement WHERE child_id = $1)', 'placement WHERE child_id = $1', 'indication WHERE child_id = $1', 'child WHERE id = $1']) {
      await subgraph.dataSource.query(`DELETE FROM children.${table}`, ['KC0000000AB']);
    }
  });
  // One toddler: indicated by the JGZ, referred to LOCATION, then placed by another location, then by LOCATION.
  const rows = (placer: string) => [
    `${JGZ};KC0000000AB;INDICATION;2023-02-01;2021-01;GM0556;1;;;;;`,
    `${JGZ};KC0000000AB;REFERRAL;2023-02-10;;;;;;;;${LOCATION}`,
    `${placer};KC0000000AB;PLACEMENT;2023-03-01;;;;;16;;;`,
  ];

  it('refuses a placement at another organisation than the referral names, writing nothing', async () => {
    const before = await counts();
    const report = await children.tasks!.importers!.placements(subgraph.dataSource, withLocation('elsewhere.csv', rows('synthetic-ve-gm0556-2')), { references: knownOrganisations() });
    expect(report.problems).toEqual([{ line: 4, column: 'organisation', message: `the child is referred to ${LOCATION}, not to synthetic-ve-gm0556-2` }]);
    expect(await counts()).toEqual(before);
  });

  it('places the child at the location the referral names, and stores where it was referred to', async () => {
    const report = await children.tasks!.importers!.placements(subgraph.dataSource, withLocation('here.csv', rows(LOCATION)), { references: knownOrganisations() });
    expect(report.problems).toEqual([]);
    const [row] = await subgraph.dataSource.query(`SELECT referred_to_id FROM children.indication WHERE child_id = 'KC0000000AB'`);
    expect(row.referred_to_id).toBe(LOCATION);
  });

  it('checks the location with partners like the organisation column', async () => {
    const report = await children.tasks!.importers!.placements(subgraph.dataSource, withLocation('unknown-location.csv', rows(LOCATION).map((r) => r.replace(`;${LOCATION}`, ';no-such-location'))), {
      references: knownOrganisations(['no-such-location']),
    });
    expect(report.problems).toEqual([expect.objectContaining({ line: 3, column: 'location' })]);
  });
});
