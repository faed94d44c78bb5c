import { type Claims } from '@kansrijk/kit';
import { claims, type TestSubgraph } from '@kansrijk/kit/src/testing';
import { closeWithPartners, startWithPartners } from './remove-recorded';

const JGZ = 'cjg-rijnmond';
const LOCATION = 'synthetic-ve-gm0556-1';
const jgz = claims('partner', { organisations: [JGZ] });
const location = claims('partner', { organisations: [LOCATION] });

const RECORD_INDICATION = `mutation ($input: RecordIndicationInput!) { recordIndication(input: $input) {
  id kind issuedOn validUntil criteria definitionVersion issuer { id } child { id birthMonth neighbourhood municipality { code } } } }`;
const RECORD_REFERRAL = `mutation ($input: RecordReferralInput!) { recordReferral(input: $input) { id referredOn nonParticipationReason } }`;
const RECORD_PLACEMENT = `mutation ($input: RecordPlacementInput!) { recordPlacement(input: $input) {
  id startDate endDate hoursPerWeek location { id } indication { id registeredOn } child { id } } }`;
const RECORD_ATTENDANCE = `mutation ($input: RecordAttendanceInput!) { recordAttendance(input: $input) { month days hours } }`;

const NEW_CHILD = { organisation: JGZ, birthMonth: '2021-05', municipality: 'GM0556', neighbourhood: 'WK055602', kind: 'VE', issuedOn: '2023-03-10', criteria: ['1', '4'] };

let partnersSubgraph: TestSubgraph;
let subgraph: TestSubgraph;
beforeAll(async () => {
  ({ subgraph, partners: partnersSubgraph } = await startWithPartners());
});
afterAll(() => closeWithPartners({ subgraph, partners: partnersSubgraph }));

const counts = async () =>
  (await subgraph.dataSource.query(`SELECT
     (SELECT count(*) FROM children.child)::int AS child, (SELECT count(*) FROM children.indication)::int AS indication,
     (SELECT count(*) FROM children.placement)::int AS placement, (SELECT count(*) FROM children.attendance)::int AS attendance,
     (SELECT count(*) FROM children.audit_log)::int AS audit,
     (SELECT md5(string_agg(i.id || coalesce(i.referred_on::text, '') || coalesce(i.registered_on::text, '') || coalesce(i.non_participation_reason, ''), ',' ORDER BY i.id)) FROM children.indication i) AS funnel,
     (SELECT md5(string_agg(a.placement_id || a.month || a.hours, ',' ORDER BY a.placement_id, a.month)) FROM children.attendance a) AS hours`))[0];

async function refused(query: string, input: Record<string, unknown>, who: Claims, code: string, field?: string) {
  const before = await counts();
  const res = await subgraph.query(query, { input }, who);
  expect(res.data).toBeNull();
  expect(res.errors?.[0].extensions).toMatchObject(field ? { code, field } : { code });
  expect(await counts()).toEqual(before);
}

describe('recording the funnel: partner staff for their own organisation only', () => {
  let indicationId: string;
  let placementId: string;

  it('records an indication for a new pseudonymous child, audited as a write and, for its answer, a read', async () => {
    const before = await counts();
    const res = await subgraph.query<{ recordIndication: any }>(RECORD_INDICATION, { input: NEW_CHILD }, jgz);
    expect(res.errors).toBeUndefined();
    const i = res.data!.recordIndication;
    expect(i).toMatchObject({ kind: 'VE', issuedOn: '2023-03-10', validUntil: '2025-04-30', criteria: ['1', '4'], definitionVersion: '2022-01', issuer: { id: JGZ } });
    expect(i.child).toMatchObject({ birthMonth: '2021-05', neighbourhood: 'WK055602', municipality: { code: 'GM0556' } });
    expect(i.child.id).toMatch(/^K[0-9A-F]{10}$/);
    indicationId = i.id;
    const after = await counts();
    expect([after.child, after.indication, after.audit]).toEqual([before.child + 1, before.indication + 1, before.audit + 2]);
    const [read, write] = await subgraph.dataSource.query(`SELECT * FROM children.audit_log ORDER BY id DESC LIMIT 2`);
    expect(write).toMatchObject({ action: 'WRITE', record_type: 'INDICATION', organisation_id: JGZ, record_ids: [indicationId], actor: jgz.sub });
    expect(read).toMatchObject({ action: 'READ', record_type: 'INDICATION', organisation_id: JGZ, record_ids: [indicationId], actor: jgz.sub });
  });

  it.each([
    ['a criterion not in the definition in force (4 before 2022)', { issuedOn: '2021-11-01', birthMonth: '2019-12' }, 'input.criteria'],
    ['an unknown criterion', { criteria: ['9'] }, 'input.criteria'],
    ['no criterion', { criteria: [] }, 'input.criteria'],
    ['a child of 4 or older at indication', { birthMonth: '2019-01', issuedOn: '2023-01-01' }, 'input.issuedOn'],
    ['an unknown municipality', { municipality: 'GM9998', neighbourhood: null }, 'input.municipality'],
    ['a malformed municipality', { municipality: '0556', neighbourhood: null }, 'input.municipality'],
    ['a neighbourhood of another municipality', { neighbourhood: 'WK098401' }, 'input.neighbourhood'],
    ['a malformed birth month', { birthMonth: '2021-13' }, 'input.birthMonth'],
    ['a validity that ends before the issue', { validUntil: '2023-01-01' }, 'input.validUntil'],
  ])('refuses %s with BAD_USER_INPUT and writes nothing', async (_, change, field) => {
    await refused(RECORD_INDICATION, { ...NEW_CHILD, ...change }, jgz, 'BAD_USER_INPUT', field);
  });

  it.each([
    ['a partner of another organisation', claims('partner', { organisations: [LOCATION] })],
    ['an admin', claims('admin')],
    ['an officer of the municipality', claims('officer', { municipalities: ['GM0556'], organisations: [JGZ] })],
    ['a LEA member', claims('lea', { municipalities: ['GM0556'], organisations: [JGZ] })],
    ['an analyst', claims('analyst')],
  ])('refuses an indication by %s with FORBIDDEN', async (_, who) => {
    await refused(RECORD_INDICATION, NEW_CHILD, who, 'FORBIDDEN');
  });

  it('records the referral by the issuing organisation only', async () => {
    const referral = { indication: indicationId, referredOn: '2023-03-20', location: LOCATION };
    await refused(RECORD_REFERRAL, referral, location, 'FORBIDDEN');
    await refused(RECORD_REFERRAL, { ...referral, indication: 'I0000000000' }, jgz, 'FORBIDDEN');
    await refused(RECORD_REFERRAL, { ...referral, referredOn: '2023-03-01' }, jgz, 'BAD_USER_INPUT', 'input.referredOn');
    await refused(RECORD_REFERRAL, { ...referral, location: undefined }, jgz, 'BAD_USER_INPUT', 'input.location');
    const res = await subgraph.query<{ recordReferral: any }>(RECORD_REFERRAL, { input: referral }, jgz);
    expect(res.errors).toBeUndefined();
    expect(res.data!.recordReferral).toEqual({ id: indicationId, referredOn: '2023-03-20', nonParticipationReason: null });
  });

  it('records a placement by the location, with the registration, and refuses bad periods and hours', async () => {
    const input = { location: LOCATION, indication: indicationId, registeredOn: '2023-04-01', startDate: '2023-09-01', hoursPerWeek: 16 };
    await refused(RECORD_PLACEMENT, input, jgz, 'FORBIDDEN');
    await refused(RECORD_PLACEMENT, { ...input, endDate: '2023-08-31' }, location, 'BAD_USER_INPUT', 'input.endDate');
    await refused(RECORD_PLACEMENT, { ...input, hoursPerWeek: 31 }, location, 'BAD_USER_INPUT', 'input.hoursPerWeek');
    await refused(RECORD_PLACEMENT, { ...input, startDate: '2023-01-01' }, location, 'BAD_USER_INPUT', 'input.startDate');
    await refused(RECORD_PLACEMENT, { ...input, registeredOn: '2023-03-15' }, location, 'BAD_USER_INPUT', 'input.registeredOn');
    const res = await subgraph.query<{ recordPlacement: any }>(RECORD_PLACEMENT, { input }, location);
    expect(res.errors).toBeUndefined();
    expect(res.data!.recordPlacement).toMatchObject({ startDate: '2023-09-01', endDate: null, hoursPerWeek: 16, location: { id: LOCATION }, indication: { id: indicationId, registeredOn: '2023-04-01' } });
    placementId = res.data!.recordPlacement.id;
    // A second placement of the same child in the same period would count it twice.
    await refused(RECORD_PLACEMENT, { ...input, startDate: '2023-10-01' }, location, 'BAD_USER_INPUT', 'input.startDate');
  });

  it('records attendance per month, at most 6 hours a day, replacing the month on a second record', async () => {
    const input = { placement: placementId, month: '2023-09', days: 15, hours: 60 };
    await refused(RECORD_ATTENDANCE, input, jgz, 'FORBIDDEN');
    await refused(RECORD_ATTENDANCE, { ...input, hours: 91 }, location, 'BAD_USER_INPUT', 'input.hours');
    await refused(RECORD_ATTENDANCE, { ...input, days: 31 }, location, 'BAD_USER_INPUT', 'input.days');
    await refused(RECORD_ATTENDANCE, { ...input, month: '2023-08' }, location, 'BAD_USER_INPUT', 'input.month');
    await refused(RECORD_ATTENDANCE, { ...input, month: 'sept' }, location, 'BAD_USER_INPUT', 'input.month');
    const first = await subgraph.query<{ recordAttendance: any }>(RECORD_ATTENDANCE, { input }, location);
    expect(first.errors).toBeUndefined();
    expect(first.data!.recordAttendance).toEqual({ month: '2023-09', days: 15, hours: 60 });
    const second = await subgraph.query<{ recordAttendance: any }>(RECORD_ATTENDANCE, { input: { ...input, hours: 64, days: 16 } }, location);
    expect(second.data!.recordAttendance).toEqual({ month: '2023-09', days: 16, hours: 64 });
    expect(await subgraph.dataSource.query(`SELECT days, hours FROM children.attendance WHERE placement_id = $1`, [placementId])).toEqual([{ days: 16, hours: '64.0' }]);
  });

  it('writes nothing when the audit log cannot be written: the write and its entry are one transaction', async () => {
    const db = subgraph.dataSource;
    const before = await counts();
    await db.query(`ALTER TABLE children.audit_log RENAME TO audit_log_unavailable`);
    try {
      const res = await subgraph.query(RECORD_INDICATION, { input: NEW_CHILD }, jgz);
      expect(res.errors?.[0].extensions?.code).toBe('INTERNAL_SERVER_ERROR');
    } finally {
      await db.query(`ALTER TABLE children.audit_log_unavailable RENAME TO audit_log`);
    }
    expect(await counts()).toEqual(before);
  });
});
