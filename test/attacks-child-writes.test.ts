/**
 * The child-level write attacks through the gateway, as a client with a valid partner token sends
 * them: a VE location places another municipality's referred child to read it back in the answer,
 * probes ids and dates through the errors; and a legitimate placement's answer is logged as a read.
 * (services/children/src/__tests__/write-attacks.test.ts has the whole suite against the subgraph.)
 */
import { removeRecordedChildren } from '../services/children/src/__tests__/remove-recorded';
import { startStack, type Stack } from './stack';

const LOCATION = 'synthetic-ve-gm0556-1';
const PLACE = `mutation Place($input: RecordPlacementInput!) { recordPlacement(input: $input) {
  id child { id birthMonth neighbourhood municipality { code } } indication { criteria issuedOn validUntil nonParticipationReason } } }`;
const REFER = `mutation Refer($input: RecordReferralInput!) { recordReferral(input: $input) { id referredTo { id name } } }`;

let stack: Stack;
beforeAll(async () => {
  stack = await startStack();
});
afterAll(async () => {
  if (stack) await removeRecordedChildren(stack.dataSources.children);
  await stack?.close();
});

const db = () => stack.dataSources.children;
const auditMax = async (): Promise<number> => Number((await db().query(`SELECT coalesce(max(id), 0) AS id FROM children.audit_log`))[0].id);

/** A referred, unplaced demo indication of the issuer, with a start date its dates allow. */
async function referredOf(issuer: string) {
  const [row] = await db().query(
    `SELECT i.id, i.child_id AS child, to_char(i.referred_on + 1, 'YYYY-MM-DD') AS start
     FROM children.indication i WHERE i.issuer_id = $1 AND i.referred_on IS NOT NULL AND i.registered_on IS NULL AND i.valid_until > i.referred_on + 30
       AND NOT EXISTS (SELECT 1 FROM children.placement p WHERE p.child_id = i.child_id) ORDER BY i.id LIMIT 1`,
    [issuer],
  );
  return row as { id: string; child: string; start: string };
}

const told = (res: { data?: unknown; errors?: any[] }) => ({
  data: res.data ?? null,
  errors: res.errors?.map((e) => ({ message: e.message, code: e.extensions?.code, field: e.extensions?.field })),
});

describe('a VE location cannot place, or read, a child not referred to it', () => {
  it("refuses another municipality's child with the answer of an unknown id, whatever the dates, and shows and logs nothing", async () => {
    const attacker = await stack.token('partner', { organisations: [LOCATION] });
    const venray = await referredOf('jgz-ggd-venray');
    const input = { location: LOCATION, indication: venray.id, startDate: venray.start, hoursPerWeek: 16 };
    const before = await auditMax();
    const unknown = told(await stack.query(PLACE, { input: { ...input, indication: 'I0000000000' } }, attacker, 'Place'));
    expect(unknown.errors).toEqual([{ message: expect.any(String), code: 'FORBIDDEN', field: undefined }]);
    for (const probe of [input, { ...input, startDate: '2015-01-01' }, { ...input, startDate: '2030-01-01' }, { ...input, endDate: '2030-01-01' }]) {
      const res = await stack.query(PLACE, { input: probe }, attacker, 'Place');
      expect(told(res)).toEqual(unknown);
      expect(JSON.stringify(res)).not.toContain(venray.child);
    }
    expect(await auditMax()).toBe(before);
    expect((await db().query(`SELECT count(*)::int AS n FROM children.placement WHERE indication_id = $1`, [venray.id]))[0].n).toBe(0);
  });

  it('places a child once its referral names the location, and logs what the answer shows as a read', async () => {
    const jgz = await stack.token('partner', { organisations: ['cjg-rijnmond'] });
    const own = await referredOf('cjg-rijnmond');
    const refer = await stack.query(REFER, { input: { indication: own.id, referredOn: own.start, location: LOCATION } }, jgz, 'Refer');
    expect(refer.errors).toBeUndefined();
    expect(refer.data.recordReferral.referredTo).toEqual({ id: LOCATION, name: expect.stringMatching(/synthetisch/) });
    const noLocation = await stack.query(REFER, { input: { indication: own.id, referredOn: own.start } }, jgz, 'Refer');
    expect(noLocation.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.location' });

    const before = await auditMax();
    const res = await stack.query(PLACE, { input: { location: LOCATION, indication: own.id, startDate: own.start, hoursPerWeek: 16 } }, await stack.token('partner', { organisations: [LOCATION] }), 'Place');
    expect(res.errors).toBeUndefined();
    expect(res.data.recordPlacement.child.id).toBe(own.child);
    const rows = await db().query(`SELECT action, record_type, organisation_id, record_ids, operation_name FROM children.audit_log WHERE id > $1 ORDER BY id`, [before]);
    const id = res.data.recordPlacement.id;
    expect(rows).toEqual([
      { action: 'WRITE', record_type: 'PLACEMENT', organisation_id: LOCATION, record_ids: [id], operation_name: 'Place' },
      { action: 'READ', record_type: 'PLACEMENT', organisation_id: LOCATION, record_ids: [id], operation_name: 'Place' },
    ]);
  });
});
