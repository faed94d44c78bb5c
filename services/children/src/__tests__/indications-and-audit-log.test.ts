import { randomUUID } from 'node:crypto';
import { type Claims } from '@kansrijk/kit';
import { claims, startTestSubgraph, type TestSubgraph } from '@kansrijk/kit/src/testing';
import { children } from '../subgraph';
import { request } from './request';

const JGZ = 'jgz-ggd-venray';
const LOCATION = 'kinderopvang-t-nest';
const INDICATIONS = `query ($r: [_Any!]!) { _entities(representations: $r) { ... on Organisation { id indications {
  id kind issuedOn referredOn registeredOn nonParticipationReason issuer { id } child { id birthMonth neighbourhood } } } } }`;
const AUDIT = `query ($first: Int, $after: String, $org: ID) { auditLog(first: $first, after: $after, organisation: $org) {
  pageInfo { hasNextPage endCursor } edges { cursor node { id at actor roles action recordType organisation { id } operationName requestId recordCount recordIds } } } }`;
type Entry = { id: string; organisation: { id: string }; requestId: string; operationName: string; actor: string; action: string; recordCount: number; recordIds: string[] };
type AuditPage = { auditLog: { pageInfo: { hasNextPage: boolean; endCursor: string }; edges: { cursor: string; node: Entry }[] } };

type Indications = { _entities: ({ id: string; indications: { id: string; issuer: { id: string }; child: { id: string; neighbourhood: string } }[] } | null)[] };

let subgraph: TestSubgraph;
beforeAll(async () => {
  subgraph = await startTestSubgraph(children);
});
afterAll(() => subgraph?.close());

const auditRows = (requestId: string): Promise<{ organisation_id: string; record_type: string; record_ids: string[]; action: string }[]> =>
  subgraph.dataSource.query(`SELECT * FROM children.audit_log WHERE request_id = $1 ORDER BY id`, [requestId]);

describe('Organisation.indications: child-level records of the issuing organisation', () => {
  it.each([
    ['a partner of the JGZ', claims('partner', { organisations: [JGZ] })],
    ['an admin', claims('admin')],
  ])('gives %s the indications it issued, with their children, and logs the read', async (_, who) => {
    const requestId = randomUUID();
    const res = await request<Indications>(subgraph.url, INDICATIONS, { r: [{ __typename: 'Organisation', id: JGZ }] }, who, {
      requestId,
      operationName: 'JgzIndications',
    });
    expect(res.errors).toBeUndefined();
    const indications = res.data!._entities[0]!.indications;
    const [{ n }] = await subgraph.dataSource.query(`SELECT count(*)::int AS n FROM children.indication WHERE issuer_id = $1`, [JGZ]);
    expect(indications).toHaveLength(n);
    expect(indications.every((i) => i.issuer.id === JGZ && /^WK0984\d{2}$/.test(i.child.neighbourhood))).toBe(true);
    expect(await auditRows(requestId)).toEqual([
      expect.objectContaining({ organisation_id: JGZ, record_type: 'INDICATION', action: 'READ', record_ids: indications.map((i) => i.id) }),
    ]);
  });

  it.each([
    ['an analyst', claims('analyst')],
    ['a LEA member', claims('lea', { municipalities: ['GM0984'] })],
    ['an officer', claims('officer', { municipalities: ['GM0984'], organisations: [JGZ] })],
    ['a partner of the location that placed the children', claims('partner', { organisations: [LOCATION] })],
  ])('refuses %s: FORBIDDEN, no record, no audit row', async (_, who: Claims) => {
    const requestId = randomUUID();
    const res = await request<Indications>(subgraph.url, INDICATIONS, { r: [{ __typename: 'Organisation', id: JGZ }] }, who, {
      requestId,
      operationName: null,
    });
    expect(res.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect(res.data).toEqual({ _entities: [{ id: JGZ, indications: null }] });
    expect(JSON.stringify(res)).not.toMatch(/"[KIP][0-9A-F]{10}"/);
    expect(await auditRows(requestId)).toEqual([]);
  });
});

describe('Query.auditLog', () => {
  it('is FORBIDDEN to everyone but admin', async () => {
    for (const who of [claims('analyst'), claims('lea'), claims('officer'), claims('partner', { organisations: [JGZ] })]) {
      const res = await subgraph.query(AUDIT, {}, who);
      expect(res.errors?.[0].extensions?.code).toBe('FORBIDDEN');
      expect(res.data).toBeNull();
    }
  });

  it('pages an admin through every entry, newest first, filtered by organisation', async () => {
    // Three reads of two organisations by a partner of both.
    const who = claims('partner', { organisations: [JGZ, LOCATION] });
    const reads: string[] = [];
    for (let i = 0; i < 3; i++) {
      const requestId = randomUUID();
      reads.push(requestId);
      await request(subgraph.url, INDICATIONS, { r: [{ __typename: 'Organisation', id: JGZ }] }, who, { requestId, operationName: `Read${i}` });
    }
    const all = await subgraph.query<AuditPage>(
      AUDIT,
      { first: 2, org: JGZ },
      claims('admin'),
    );
    expect(all.errors).toBeUndefined();
    const page1 = all.data!.auditLog;
    const entries = page1.edges.map((e) => e.node);
    expect(entries.map((e) => e.operationName)).toEqual(['Read2', 'Read1']);
    expect(page1.pageInfo.hasNextPage).toBe(true);
    expect(page1.pageInfo.endCursor).toBe(page1.edges[1].cursor);
    expect(entries[0]).toMatchObject({ actor: who.sub, action: 'READ', organisation: { id: JGZ }, requestId: reads[2] });
    expect(entries[0].recordCount).toBe(entries[0].recordIds.length);
    const page2 = await subgraph.query<AuditPage>(AUDIT, { first: 100, after: page1.pageInfo.endCursor, org: JGZ }, claims('admin'));
    const rest = page2.data!.auditLog.edges.map((e) => e.node);
    expect(rest[0].operationName).toBe('Read0');
    expect(Number(rest[0].id)).toBeLessThan(Number(entries[1].id));
    expect(rest.every((e) => e.organisation.id === JGZ)).toBe(true);
  });

  it('refuses a foreign cursor and a page size out of range with BAD_USER_INPUT', async () => {
    const bad = await subgraph.query(AUDIT, { after: 'bm9wZQ' }, claims('admin'));
    expect(bad.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'after' });
    const big = await subgraph.query(AUDIT, { first: 1000 }, claims('admin'));
    expect(big.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'first' });
  });
});
