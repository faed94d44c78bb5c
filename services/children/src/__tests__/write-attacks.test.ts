/**
 * Attacks on the child-level writes, by partner staff with a valid token: placing (and so reading)
 * another municipality's child, telling an unknown id from another organisation's by the answer,
 * reading an indication's dates off the validation messages, and answers that disclose child-level
 * data without a READ entry in the audit log. Each of these passed on the code before the fix.
 */
import { randomUUID } from 'node:crypto';
import { type Claims } from '@kansrijk/kit';
import { claims, type GraphQLResult, type TestSubgraph } from '@kansrijk/kit/src/testing';
import { request } from './request';
import { closeWithPartners, startWithPartners } from './remove-recorded';

const LOCATION = 'synthetic-ve-gm0556-1';
const OTHER_LOCATION = 'synthetic-ve-gm0556-2';
const JGZ = 'cjg-rijnmond';
const OTHER_JGZ = 'jgz-ggd-venray';
const attacker = claims('partner', { organisations: [LOCATION] });
const jgz = claims('partner', { organisations: [JGZ] });

/** The answer asks for everything a placement can show of the child. */
const PLACE = `mutation Place($input: RecordPlacementInput!) { recordPlacement(input: $input) {
  id child { id birthMonth neighbourhood municipality { code } }
  indication { id kind issuedOn validUntil criteria referredOn nonParticipationReason issuer { id } } } }`;
const REFER = `mutation Refer($input: RecordReferralInput!) { recordReferral(input: $input) { id referredOn referredTo { id } child { id } } }`;
/** Without the new field, so the probes ask what a client of the old schema could ask. */
const REFER_PLAIN = `mutation Refer($input: RecordReferralInput!) { recordReferral(input: $input) { id issuedOn validUntil referredOn child { id } } }`;
const INDICATE = `mutation Indicate($input: RecordIndicationInput!) { recordIndication(input: $input) { id criteria child { id birthMonth } } }`;
const ATTEND = `mutation Attend($input: RecordAttendanceInput!) { recordAttendance(input: $input) { month days hours } }`;
const PSEUDONYM = /"[KIP][0-9A-F]{10}"/g;

interface Target {
  id: string;
  child: string;
  issued: string;
  start: string;
  validUntil: string;
  referredTo: string | null;
}

let partnersSubgraph: TestSubgraph;
let subgraph: TestSubgraph;
beforeAll(async () => {
  ({ subgraph, partners: partnersSubgraph } = await startWithPartners());
});
afterAll(() => closeWithPartners({ subgraph, partners: partnersSubgraph }));

/**
 * Referred, unplaced demo indications of an issuer (the referral's location read as JSON so the
 * query also runs on a schema without it). `referredTo` undefined: any location.
 */
async function referred(issuer: string, referredTo?: string, limit = 1): Promise<Target[]> {
  const rows: Target[] = await subgraph.dataSource.query(
    `SELECT i.id, i.child_id AS child, to_char(i.issued_on, 'YYYY-MM-DD') AS issued, to_char(i.valid_until, 'YYYY-MM-DD') AS "validUntil",
            to_char(greatest(i.referred_on, coalesce(i.registered_on, i.referred_on)) + 1, 'YYYY-MM-DD') AS start,
            to_jsonb(i)->>'referred_to_id' AS "referredTo"
     FROM children.indication i
     WHERE i.issuer_id = $1 AND i.referred_on IS NOT NULL AND i.valid_until > greatest(i.referred_on, coalesce(i.registered_on, i.referred_on)) + 30
       AND NOT EXISTS (SELECT 1 FROM children.placement p WHERE p.child_id = i.child_id)
       AND ($2::text IS NULL OR coalesce(to_jsonb(i)->>'referred_to_id', $2) = $2)
     ORDER BY i.id LIMIT $3`,
    [issuer, referredTo ?? null, limit],
  );
  expect(rows).toHaveLength(limit);
  return rows;
}

async function unreferred(issuer: string): Promise<Target> {
  const [row] = await subgraph.dataSource.query(
    `SELECT i.id, i.child_id AS child, to_char(i.issued_on, 'YYYY-MM-DD') AS issued, to_char(i.valid_until, 'YYYY-MM-DD') AS "validUntil",
            to_char(i.issued_on + 10, 'YYYY-MM-DD') AS start, NULL AS "referredTo"
     FROM children.indication i WHERE i.issuer_id = $1 AND i.referred_on IS NULL AND i.valid_until > i.issued_on + 30
       AND NOT EXISTS (SELECT 1 FROM children.placement p WHERE p.child_id = i.child_id) ORDER BY i.id LIMIT 1`,
    [issuer],
  );
  return row;
}

const written = async () =>
  (await subgraph.dataSource.query(`SELECT
     (SELECT count(*) FROM children.placement)::int AS placements, (SELECT count(*) FROM children.attendance)::int AS attendance,
     (SELECT count(*) FROM children.indication)::int AS indications, (SELECT coalesce(max(id), 0) FROM children.audit_log)::text AS audit,
     (SELECT md5(string_agg(i.id || coalesce(i.referred_on::text, '') || coalesce(i.non_participation_reason, '') || coalesce(to_jsonb(i)->>'referred_to_id', ''), ',' ORDER BY i.id)) FROM children.indication i) AS funnel`))[0];

/** What a refusal tells the client: everything but the path and the request id. */
function answerOf(res: GraphQLResult<unknown>) {
  return { data: res.data ?? null, errors: res.errors?.map((e) => ({ message: e.message, code: e.extensions?.code, field: e.extensions?.field })) };
}

/** Sends the write, checks it wrote nothing and disclosed no pseudonym, and returns what it told. */
async function probe(query: string, input: Record<string, unknown>, who: Claims) {
  const before = await written();
  const res = await subgraph.query(query, { input }, who);
  expect(await written()).toEqual(before);
  // The only pseudonyms an answer may hold are those the client sent itself.
  const sent = new Set(Object.values(input).map((v) => `"${v}"`));
  expect((JSON.stringify(res).match(PSEUDONYM) ?? []).filter((p) => !sent.has(p))).toEqual([]);
  return answerOf(res);
}

const placement = (target: Target, extra: Record<string, unknown> = {}) => ({ location: LOCATION, indication: target.id, startDate: target.start, hoursPerWeek: 16, ...extra });

/** The answer for an indication id that does not exist: every other refusal must be exactly this. */
let unknown: ReturnType<typeof answerOf>;
beforeAll(async () => {
  unknown = await probe(PLACE, placement({ id: 'I0000000000', start: '2023-09-01' } as Target), attacker);
  expect(unknown.errors).toEqual([{ message: expect.any(String), code: 'FORBIDDEN', field: undefined }]);
});

describe('recordPlacement: a location places only children referred to it', () => {
  it("refuses to place another municipality's referred child, and shows nothing of it", async () => {
    const [venray] = await referred(OTHER_JGZ);
    const answer = await probe(PLACE, placement(venray), attacker);
    expect(answer).toEqual(unknown);
    expect(JSON.stringify(answer)).not.toContain(venray.child);
  });

  it('gives the answer of an unknown id to every id it may not place, before checking any date against it', async () => {
    const [venray] = await referred(OTHER_JGZ);
    const notReferred = await unreferred(JGZ);
    const probes: [string, Record<string, unknown>][] = [
      ["another municipality's indication", placement(venray)],
      ['a start before its date of issue', placement(venray, { startDate: '2015-01-01' })],
      ['a start after it expired', placement(venray, { startDate: '2030-01-01' })],
      ['an end after it expired', placement(venray, { endDate: '2030-01-01' })],
      ['a registration before its referral', placement(venray, { registeredOn: venray.issued })],
      ['hours out of range', placement(venray, { hoursPerWeek: 99 })],
      ['an indication of its own municipality, not referred', placement(notReferred)],
      ['the id in lower case', placement({ ...venray, id: venray.id.toLowerCase() })],
      ['the id with spaces', placement({ ...venray, id: ` ${venray.id} ` })],
    ];
    for (const [what, input] of probes) {
      const answer = await probe(PLACE, input, attacker);
      expect([what, answer]).toEqual([what, unknown]);
    }
    expect(JSON.stringify(unknown)).not.toMatch(/lies|before|after|expired|issue|referral|exist/i);
  });

  it('refuses the same request in other encodings: inline arguments, an alias, after a placement it may make', async () => {
    const [venray] = await referred(OTHER_JGZ);
    const [own] = await referred(JGZ, LOCATION);
    const literal = (input: Record<string, unknown>) =>
      `{ ${Object.entries(input).map(([k, v]) => `${k}: ${JSON.stringify(v)}`).join(', ')} }`;
    const fields = '{ id child { id birthMonth } indication { criteria issuedOn validUntil } }';
    for (const query of [
      `mutation { recordPlacement(input: ${literal(placement(venray))}) ${fields} }`,
      `mutation { mine: recordPlacement(input: ${literal(placement(venray))}) ${fields} }`,
      `mutation { own: recordPlacement(input: ${literal(placement(own))}) { id } theirs: recordPlacement(input: ${literal(placement(venray))}) ${fields} }`,
    ]) {
      const res = await subgraph.query(query, {}, attacker);
      expect(res.errors?.map((e) => [e.extensions?.code, e.message])).toEqual([['FORBIDDEN', unknown.errors![0].message]]);
      expect(JSON.stringify(res)).not.toContain(venray.child);
    }
    const [{ n }] = await subgraph.dataSource.query(`SELECT count(*)::int AS n FROM children.placement WHERE indication_id = $1`, [venray.id]);
    expect(n).toBe(0);
  });

  it('places a child referred to the location, and logs the answer as a read as well as the write', async () => {
    const [own] = await referred(JGZ, LOCATION);
    const requestId = randomUUID();
    const res = await request<{ recordPlacement: { id: string; child: { id: string } } }>(subgraph.url, PLACE, { input: placement(own) }, attacker, { requestId, operationName: 'Place' });
    expect(res.errors).toBeUndefined();
    expect(res.data!.recordPlacement.child.id).toBe(own.child);
    const id = res.data!.recordPlacement.id;
    const rows = await subgraph.dataSource.query(`SELECT action, record_type, organisation_id, record_ids, operation_name FROM children.audit_log WHERE request_id = $1 ORDER BY id`, [requestId]);
    expect(rows).toEqual([
      { action: 'WRITE', record_type: 'PLACEMENT', organisation_id: LOCATION, record_ids: [id], operation_name: 'Place' },
      { action: 'READ', record_type: 'PLACEMENT', organisation_id: LOCATION, record_ids: [id], operation_name: 'Place' },
    ]);
  });

  it('lets staff of the organisation referred to place at another location of theirs, and no one else', async () => {
    const [toOther] = await referred(JGZ, OTHER_LOCATION);
    expect(await probe(PLACE, placement(toOther), attacker)).toEqual(unknown);
    const both = claims('partner', { organisations: [LOCATION, OTHER_LOCATION] });
    const res = await subgraph.query<{ recordPlacement: { child: { id: string } } }>(PLACE, { input: placement(toOther) }, both);
    expect(res.errors).toBeUndefined();
    expect(res.data!.recordPlacement.child.id).toBe(toOther.child);
  });
});

describe('recordReferral: the issuer names the location it refers to', () => {
  it('requires the location with a referral date, asks partners whether it exists, and stores it', async () => {
    const target = await unreferred(JGZ);
    const date = target.start;
    const bad: [Record<string, unknown>, string][] = [
      [{ referredOn: date }, 'input.location'],
      [{ referredOn: date, location: '  ' }, 'input.location'],
      [{ referredOn: date, location: 'no-such-location' }, 'input.location'],
      [{ nonParticipationReason: 'MOVED', location: LOCATION }, 'input.location'],
    ];
    for (const [input, field] of bad) {
      const answer = await probe(REFER, { indication: target.id, ...input }, jgz);
      expect(answer.errors).toEqual([{ message: expect.any(String), code: 'BAD_USER_INPUT', field }]);
    }
    const requestId = randomUUID();
    const res = await request<{ recordReferral: unknown }>(subgraph.url, REFER, { input: { indication: target.id, referredOn: date, location: LOCATION } }, jgz, { requestId, operationName: 'Refer' });
    expect(res.errors).toBeUndefined();
    expect(res.data!.recordReferral).toEqual({ id: target.id, referredOn: date, referredTo: { id: LOCATION }, child: { id: target.child } });
    const rows = await subgraph.dataSource.query(`SELECT action, record_type, organisation_id, record_ids FROM children.audit_log WHERE request_id = $1 ORDER BY id`, [requestId]);
    expect(rows).toEqual([
      { action: 'WRITE', record_type: 'INDICATION', organisation_id: JGZ, record_ids: [target.id] },
      { action: 'READ', record_type: 'INDICATION', organisation_id: JGZ, record_ids: [target.id] },
    ]);
    // Now the location it names may place the child, and the other location may not.
    const other = claims('partner', { organisations: [OTHER_LOCATION] });
    expect(await probe(PLACE, { ...placement(target), location: OTHER_LOCATION }, other)).toEqual(unknown);
    expect((await subgraph.query(PLACE, { input: placement(target) }, attacker)).errors).toBeUndefined();
  });

  it("gives the answer of an unknown id to another issuer's indication, whatever its dates", async () => {
    const [venray] = await referred(OTHER_JGZ);
    for (const input of [
      { indication: 'I0000000000', referredOn: venray.start },
      { indication: venray.id, referredOn: venray.start },
      { indication: venray.id, referredOn: '2015-01-01' },
      { indication: venray.id, referredOn: '2030-01-01' },
      { indication: venray.id, nonParticipationReason: 'MOVED' },
    ]) {
      expect(await probe(REFER_PLAIN, input, jgz)).toEqual(unknown);
    }
  });
});

describe('recordIndication and recordAttendance: the same answer for every record that is not yours', () => {
  const EXISTING = { organisation: JGZ, kind: 'VE', issuedOn: '2023-03-10', criteria: ['1'] };

  it("refuses an unknown pseudonym and another organisation's child alike, as every other write does", async () => {
    const [venray] = await referred(OTHER_JGZ);
    for (const input of [
      { ...EXISTING, child: 'K0000000000' },
      { ...EXISTING, child: venray.child },
      { ...EXISTING, child: venray.child, issuedOn: '2030-01-01' },
      { ...EXISTING, child: venray.child, criteria: ['9'] },
    ]) {
      expect(await probe(INDICATE, input, jgz)).toEqual(unknown);
    }
  });

  it('logs the answer of a new indication as a read', async () => {
    const requestId = randomUUID();
    const input = { organisation: JGZ, birthMonth: '2021-05', municipality: 'GM0556', kind: 'VE', issuedOn: '2023-03-10', criteria: ['1'] };
    const res = await request<{ recordIndication: { id: string } }>(subgraph.url, INDICATE, { input }, jgz, { requestId, operationName: 'Indicate' });
    expect(res.errors).toBeUndefined();
    const rows = await subgraph.dataSource.query(`SELECT action, record_ids FROM children.audit_log WHERE request_id = $1 ORDER BY id`, [requestId]);
    expect(rows).toEqual([
      { action: 'WRITE', record_ids: [res.data!.recordIndication.id] },
      { action: 'READ', record_ids: [res.data!.recordIndication.id] },
    ]);
  });

  it("refuses another location's placement like an unknown one, whatever the month, and logs its own answers as reads", async () => {
    const [{ id: venray, month }] = await subgraph.dataSource.query(
      `SELECT p.id, to_char(p.start_date, 'YYYY-MM') AS month FROM children.placement p WHERE p.location_id = 'kinderopvang-t-nest' ORDER BY p.id LIMIT 1`,
    );
    for (const input of [
      { placement: 'P0000000000', month, days: 1, hours: 4 },
      { placement: venray, month, days: 1, hours: 4 },
      { placement: venray, month: '2010-01', days: 1, hours: 4 },
      { placement: venray, month, days: 40, hours: 400 },
    ]) {
      expect(await probe(ATTEND, input, attacker)).toEqual(unknown);
    }
    const [{ id: own, month: ownMonth }] = await subgraph.dataSource.query(
      `SELECT p.id, to_char(p.start_date, 'YYYY-MM') AS month FROM children.placement p WHERE p.location_id = $1 ORDER BY p.id LIMIT 1`,
      [LOCATION],
    );
    const requestId = randomUUID();
    const res = await request(subgraph.url, ATTEND, { input: { placement: own, month: ownMonth, days: 2, hours: 8 } }, attacker, { requestId, operationName: 'Attend' });
    expect(res.errors).toBeUndefined();
    expect(res.data).toEqual({ recordAttendance: { month: ownMonth, days: 2, hours: 8 } });
    const rows = await subgraph.dataSource.query(`SELECT action, record_type, record_ids FROM children.audit_log WHERE request_id = $1 ORDER BY id`, [requestId]);
    expect(rows).toEqual([
      { action: 'WRITE', record_type: 'ATTENDANCE', record_ids: [own] },
      { action: 'READ', record_type: 'ATTENDANCE', record_ids: [own] },
    ]);
  });
});
