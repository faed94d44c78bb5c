/**
 * The children subgraph through the gateway, with a token of every role: the VVE funnel and its
 * figures with their suppression, child-level reads and their audit, the audit log, and the writes.
 */
import { type Role } from '@kansrijk/domain';
import { DEMO_MUNICIPALITIES } from '@kansrijk/demo';
import { removeRecordedChildren } from '../services/children/src/__tests__/remove-recorded';
import { operation, startStack, type Stack } from './stack';

let stack: Stack;
beforeAll(async () => {
  stack = await startStack();
});
afterAll(async () => {
  if (stack) await removeRecordedChildren(stack.dataSources.children);
  await stack?.close();
});

const ROLES: [Role, Record<string, string[]>][] = [
  ['analyst', {}],
  ['lea', { municipalities: ['GM0556'] }],
  ['officer', { municipalities: ['GM0556'] }],
  ['partner', { organisations: ['cjg-rijnmond'] }],
  ['admin', {}],
];
const COUNT = '{ value suppressed label }';
const RATE = '{ value suppressed }';
const FIGURES = `query Figures($code: ID!, $year: Int!) { municipality(code: $code) { code name
  earlyEducation(year: $year) { definitionVersion indicated ${COUNT} referred ${COUNT} registered ${COUNT} placed ${COUNT}
    reachRate ${RATE} normReached ${RATE} nonParticipation { reason count ${COUNT} } }
  earlyEducationByLocation(year: $year) { location { id name } placed ${COUNT} normReached ${RATE} }
  earlyEducationByNeighbourhood(year: $year) { neighbourhood indicated ${COUNT} referred ${COUNT} registered ${COUNT} placed ${COUNT} reachRate ${RATE} } } }`;

const audited = (requestFilter: string, params: unknown[]) =>
  stack.dataSources.children.query(`SELECT * FROM children.audit_log WHERE ${requestFilter} ORDER BY id`, params);
const auditMax = async (): Promise<number> => Number((await stack.dataSources.children.query(`SELECT coalesce(max(id), 0) AS id FROM children.audit_log`))[0].id);

describe('VVE figures through the gateway', () => {
  it.each(ROLES)('gives %s the same aggregates, with the funnel, the norm and the breakdowns', async (role, extra) => {
    const res = await stack.query(FIGURES, { code: 'GM0556', year: 2023 }, await stack.token(role, extra));
    expect(res.errors).toBeUndefined();
    const m = res.data.municipality;
    expect(m.name).toBe('Maassluis');
    expect(m.earlyEducation.definitionVersion).toBe('2022-01');
    const e = m.earlyEducation;
    expect(e.indicated.value).toBeGreaterThanOrEqual(e.referred.value);
    expect(e.referred.value).toBeGreaterThanOrEqual(e.registered.value);
    expect(e.registered.value).toBeGreaterThanOrEqual(e.placed.value);
    // Maassluis' norm cohort is withheld: one location knows all but 1-4 of the children who reached it.
    expect(e.normReached.suppressed || e.normReached.value > 0).toBe(true);
    expect(e.nonParticipation).toHaveLength(7);
    expect(m.earlyEducationByLocation.map((l: any) => l.location.id)).toEqual(['synthetic-ve-gm0556-1', 'synthetic-ve-gm0556-2']);
    expect(m.earlyEducationByLocation[0].location.name).toMatch(/synthetisch/);
    expect(m.earlyEducationByNeighbourhood.map((n: any) => n.neighbourhood)).toEqual(['WK055601', 'WK055602', 'WK055603']);
    // Aggregates only: no pseudonym anywhere.
    expect(JSON.stringify(res.data)).not.toMatch(/"[KIP][0-9A-F]{10}"/);
  });

  it('refuses a request without a token', async () => {
    const res = await stack.query(FIGURES, { code: 'GM0556', year: 2023 }, null);
    expect(res.errors?.[0].extensions.code).toBe('UNAUTHENTICATED');
    expect(res.data ?? null).toBeNull();
  });

  it('keeps the contract operation EarlyEducationReach working', async () => {
    const res = await stack.query(operation('early-education-reach.graphql'), { year: 2023 });
    expect(res.errors).toBeUndefined();
    expect(res.data.municipalities.length).toBeGreaterThanOrEqual(DEMO_MUNICIPALITIES.length);
  });

  it('serves exactly the stored publication, the table the LP attacker audits (every municipality, 2021-2024)', async () => {
    // services/children/src/__tests__/breakdowns.test.ts attacks every stored publication; here the API
    // must show that table and nothing more: the same labels, the same values, the same rows.
    const stored = await stack.dataSources.children.query(
      `SELECT municipality_code AS code, year, figures, by_neighbourhood AS "byNeighbourhood", by_location AS "byLocation"
       FROM children.figures_publication WHERE current AND year BETWEEN 2021 AND 2024`,
    );
    let compared = 0;
    for (const p of stored) {
      const res = await stack.query(FIGURES, { code: p.code, year: p.year });
      expect(res.errors).toBeUndefined();
      const m = res.data.municipality;
      const pick = (c: any) => ({ value: c.value, suppressed: c.suppressed, label: c.label });
      expect(['indicated', 'referred', 'registered', 'placed'].map((k) => pick(m.earlyEducation[k]))).toEqual(['indicated', 'referred', 'registered', 'placed'].map((k) => pick(p.figures[k])));
      expect(m.earlyEducation.nonParticipation.map((n: any) => [n.reason, pick(n.count)])).toEqual(p.figures.nonParticipation.map((n: any) => [n.reason, pick(n.count)]));
      expect(m.earlyEducationByNeighbourhood.map((n: any) => [n.neighbourhood, pick(n.indicated), pick(n.placed)])).toEqual(p.byNeighbourhood.map((n: any) => [n.neighbourhood, pick(n.indicated), pick(n.placed)]));
      expect(m.earlyEducationByLocation.map((l: any) => [l.location.id, pick(l.placed)])).toEqual(p.byLocation.map((l: any) => [l.location, pick(l.placed)]));
      compared++;
    }
    expect(compared).toBeGreaterThanOrEqual(4 * DEMO_MUNICIPALITIES.length);
  });

  it('gives a location the same cells as the location breakdown', async () => {
    const org = await stack.query(`{ organisation(id: "spelenderwijs") { earlyEducation(year: 2023) { municipality { code } placed ${COUNT} } } }`);
    expect(org.errors).toBeUndefined();
    const cells = org.data.organisation.earlyEducation;
    expect(cells.length).toBeGreaterThan(2);
    for (const cell of cells) {
      const res = await stack.query(FIGURES, { code: cell.municipality.code, year: 2023 });
      const same = res.data.municipality.earlyEducationByLocation.find((l: any) => l.location.id === 'spelenderwijs');
      expect(same.placed).toEqual(cell.placed);
    }
  });
});

describe('child-level reads and the audit log through the gateway', () => {
  const INDICATIONS = `query JgzIndications($id: ID!) { organisation(id: $id) { name indications { id kind criteria referredOn child { id birthMonth neighbourhood } } } }`;
  // Paged, as a client lists an organisation's placements with their attendance: the plain list with every
  // month of every placement is refused by the cost limit (a large location has about 2,000 placements).
  const PLACEMENTS = `query LocationPlacements($id: ID!) { organisation(id: $id) { placementsPage(first: 100) { edges { node { id handoverOn attendance { month hours }
    child { id } indication { id child { id } } } } } } }`;

  it.each([
    ['analyst', {}],
    ['lea', { municipalities: ['GM0984'] }],
    ['officer', { municipalities: ['GM0984'], organisations: ['jgz-ggd-venray'] }],
    ['partner', { organisations: ['kinderopvang-t-nest'] }],
  ])('refuses the JGZ indications to %s %j: FORBIDDEN, no record, no audit row', async (role, extra) => {
    const before = await auditMax();
    const res = await stack.query(INDICATIONS, { id: 'jgz-ggd-venray' }, await stack.token(role as Role, extra), 'JgzIndications');
    expect(res.errors?.[0].extensions.code).toBe('FORBIDDEN');
    expect(res.data?.organisation?.indications ?? null).toBeNull();
    expect(JSON.stringify(res)).not.toMatch(/"[KIP][0-9A-F]{10}"/);
    expect(await auditMax()).toBe(before);
  });

  it('leaves no child-level read unlogged: every disclosed record is in the audit rows of its request', async () => {
    const reads: [string, string, Role, Record<string, string[]>][] = [
      [INDICATIONS, 'jgz-ggd-venray', 'partner', { organisations: ['jgz-ggd-venray'] }],
      [PLACEMENTS, 'kinderopvang-t-nest', 'partner', { organisations: ['kinderopvang-t-nest'] }],
      [PLACEMENTS, 'humankind-de-auvermennekes', 'admin', {}],
      [INDICATIONS, 'cjg-rijnmond', 'admin', {}],
    ];
    for (const [query, id, role, extra] of reads) {
      const before = await auditMax();
      const operationName = query.match(/query (\w+)/)![1];
      const res = await stack.query(query, { id }, await stack.token(role, extra), operationName);
      expect(res.errors).toBeUndefined();
      const records = (res.data.organisation.indications ?? res.data.organisation.placementsPage.edges.map((e: { node: unknown }) => e.node)) as { id: string }[];
      expect(records.length).toBeGreaterThan(0);
      const rows = await audited('id > $1', [before]);
      expect(rows).toHaveLength(1);
      expect(rows[0]).toMatchObject({ action: 'READ', organisation_id: id, operation_name: operationName, actor: `e2e-${role}`, record_count: records.length });
      expect(rows[0].record_ids).toEqual(records.map((r) => r.id));
    }
  });

  it.each(ROLES.filter(([r]) => r !== 'admin'))('refuses the audit log to %s', async (role, extra) => {
    const res = await stack.query(`{ auditLog { edges { node { id } } } }`, {}, await stack.token(role, extra));
    expect(res.errors?.[0].extensions.code).toBe('FORBIDDEN');
    expect(res.data ?? null).toBeNull();
  });

  it('shows an admin the audit log, newest first, with the organisation resolved by partners', async () => {
    const res = await stack.query(`{ auditLog(first: 3, organisation: "jgz-ggd-venray") { pageInfo { hasNextPage endCursor } edges { cursor node { action actor recordType recordCount organisation { id name } operationName } } } }`, {}, await stack.token('admin'));
    expect(res.errors).toBeUndefined();
    const [latest] = res.data.auditLog.edges.map((e: { node: unknown }) => e.node);
    expect(latest).toMatchObject({ action: 'READ', recordType: 'INDICATION', organisation: { id: 'jgz-ggd-venray', name: 'JGZ/GGD' }, operationName: 'JgzIndications' });
  });
});

describe('recording the funnel through the gateway', () => {
  const partnerOf = (org: string) => stack.token('partner', { organisations: [org] });
  const RECORD = {
    indication: `mutation RecordIndication($input: RecordIndicationInput!) { recordIndication(input: $input) { id definitionVersion child { id } } }`,
    referral: `mutation RecordReferral($input: RecordReferralInput!) { recordReferral(input: $input) { id referredOn } }`,
    placement: `mutation RecordPlacement($input: RecordPlacementInput!) { recordPlacement(input: $input) { id hoursPerWeek indication { registeredOn } } }`,
    attendance: `mutation RecordAttendance($input: RecordAttendanceInput!) { recordAttendance(input: $input) { month days hours } }`,
  };
  const NEW = { organisation: 'cjg-rijnmond', birthMonth: '2021-09', municipality: 'GM0556', kind: 'VE', issuedOn: '2023-06-01', criteria: ['2'] };
  let indication: string;
  let placement: string;

  it.each([...ROLES.filter(([r]) => r !== 'partner'), ['partner', { organisations: ['synthetic-ve-gm0556-1'] }] as [Role, Record<string, string[]>]])(
    'refuses recordIndication to %s %j with FORBIDDEN and writes nothing',
    async (role, extra) => {
      const before = await auditMax();
      const res = await stack.query(RECORD.indication, { input: NEW }, await stack.token(role, { ...extra, municipalities: ['GM0556'] }));
      expect(res.errors?.[0].extensions.code).toBe('FORBIDDEN');
      expect(await auditMax()).toBe(before);
    },
  );

  it('lets partner staff record indication, referral, placement and attendance, each audited', async () => {
    const before = await auditMax();
    const i = await stack.query(RECORD.indication, { input: NEW }, await partnerOf('cjg-rijnmond'), 'RecordIndication');
    expect(i.errors).toBeUndefined();
    indication = i.data.recordIndication.id;
    expect(i.data.recordIndication.definitionVersion).toBe('2022-01');
    const r = await stack.query(RECORD.referral, { input: { indication, referredOn: '2023-06-15', location: 'synthetic-ve-gm0556-1' } }, await partnerOf('cjg-rijnmond'));
    expect(r.data.recordReferral).toEqual({ id: indication, referredOn: '2023-06-15' });
    const p = await stack.query(
      RECORD.placement,
      { input: { location: 'synthetic-ve-gm0556-1', indication, startDate: '2024-01-08', hoursPerWeek: 16, registeredOn: '2023-07-01' } },
      await partnerOf('synthetic-ve-gm0556-1'),
    );
    expect(p.errors).toBeUndefined();
    placement = p.data.recordPlacement.id;
    expect(p.data.recordPlacement).toMatchObject({ hoursPerWeek: 16, indication: { registeredOn: '2023-07-01' } });
    const a = await stack.query(RECORD.attendance, { input: { placement, month: '2024-01', days: 14, hours: 56 } }, await partnerOf('synthetic-ve-gm0556-1'));
    expect(a.data.recordAttendance).toEqual({ month: '2024-01', days: 14, hours: 56 });
    const rows = await audited('id > $1', [before]);
    // Each answer shows the record just written, so each write is logged as a read of it too.
    expect(rows.map((x: any) => [x.action, x.record_type, x.organisation_id])).toEqual([
      ['WRITE', 'INDICATION', 'cjg-rijnmond'],
      ['READ', 'INDICATION', 'cjg-rijnmond'],
      ['WRITE', 'INDICATION', 'cjg-rijnmond'],
      ['READ', 'INDICATION', 'cjg-rijnmond'],
      ['WRITE', 'PLACEMENT', 'synthetic-ve-gm0556-1'],
      ['READ', 'PLACEMENT', 'synthetic-ve-gm0556-1'],
      ['WRITE', 'ATTENDANCE', 'synthetic-ve-gm0556-1'],
      ['READ', 'ATTENDANCE', 'synthetic-ve-gm0556-1'],
    ]);
    expect(rows[0].operation_name).toBe('RecordIndication');
  });

  it.each([
    ['indication', { ...NEW, criteria: ['5'] }, 'input.criteria', 'cjg-rijnmond'],
    ['indication', { ...NEW, birthMonth: '2018-09' }, 'input.issuedOn', 'cjg-rijnmond'],
    ['indication', { ...NEW, municipality: 'GM9998' }, 'input.municipality', 'cjg-rijnmond'],
    ['placement', { location: 'synthetic-ve-gm0556-1', indication: 'SET', startDate: '2024-09-01', endDate: '2024-08-01', hoursPerWeek: 16 }, 'input.endDate', 'synthetic-ve-gm0556-1'],
    ['placement', { location: 'synthetic-ve-gm0556-1', indication: 'SET', startDate: '2024-09-01', hoursPerWeek: 32 }, 'input.hoursPerWeek', 'synthetic-ve-gm0556-1'],
    ['attendance', { placement: 'SET', month: '2024-02', days: 10, hours: 61 }, 'input.hours', 'synthetic-ve-gm0556-1'],
  ] as const)('refuses a bad %s %j with BAD_USER_INPUT naming the field, and writes nothing', async (kind, input, field, org) => {
    const filled = { ...input } as Record<string, unknown>;
    if (filled.indication === 'SET') filled.indication = indication;
    if (filled.placement === 'SET') filled.placement = placement;
    const before = await auditMax();
    const [{ n: rowsBefore }] = await stack.dataSources.children.query(`SELECT (SELECT count(*) FROM children.indication) + (SELECT count(*) FROM children.placement) + (SELECT count(*) FROM children.attendance) AS n`);
    const res = await stack.query(RECORD[kind], { input: filled }, await partnerOf(org));
    expect(res.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
    expect(await auditMax()).toBe(before);
    const [{ n: rowsAfter }] = await stack.dataSources.children.query(`SELECT (SELECT count(*) FROM children.indication) + (SELECT count(*) FROM children.placement) + (SELECT count(*) FROM children.attendance) AS n`);
    expect(rowsAfter).toBe(rowsBefore);
  });
});
