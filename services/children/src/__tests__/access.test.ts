import { randomUUID } from 'node:crypto';
import { queryCounter, type Claims } from '@kansrijk/kit';
import { claims, startTestSubgraph, type TestSubgraph } from '@kansrijk/kit/src/testing';
import { children } from '../subgraph';
import { request } from './request';

const ORG = 'kinderopvang-t-nest';
const OTHER_ORG = 'humankind-de-auvermennekes';
const OPERATION = 'OrganisationPlacements';

/** The contract's OrganisationPlacements, as the gateway sends it to this subgraph, with more fields. */
const PLACEMENTS = `query ($r: [_Any!]!) { _entities(representations: $r) { ... on Organisation { id placements {
  id startDate endDate hoursPerWeek location { id }
  child { id birthMonth synthetic municipality { code } }
  indication { id kind issuedOn validUntil criteria definitionVersion issuer { id } } } } } }`;

interface PlacementOut {
  id: string;
  startDate: string;
  endDate: string | null;
  hoursPerWeek: number;
  location: { id: string };
  child: { id: string; birthMonth: string; synthetic: boolean; municipality: { code: string } };
  indication: { id: string; kind: string; issuedOn: string; validUntil: string; criteria: string[]; definitionVersion: string; issuer: { id: string } };
}
type Result = { _entities: ({ id: string; placements: PlacementOut[] } | null)[] };

interface AuditRow {
  id: string;
  at: Date;
  actor: string;
  roles: string[];
  action: string;
  organisation_id: string;
  operation_name: string | null;
  request_id: string;
  record_count: number;
  record_ids: string[];
}

let subgraph: TestSubgraph;

beforeAll(async () => {
  subgraph = await startTestSubgraph(children);
});
afterAll(() => subgraph?.close());

async function read(orgs: string[], who: Claims, requestId = randomUUID()) {
  const res = await request<Result>(subgraph.url, PLACEMENTS, { r: orgs.map((id) => ({ __typename: 'Organisation', id })) }, who, {
    requestId,
    operationName: OPERATION,
  });
  return { res, requestId };
}

const auditCount = async (): Promise<number> => (await subgraph.dataSource.query(`SELECT count(*)::int AS n FROM children.audit_log`))[0].n;
const auditRows = (requestId: string): Promise<AuditRow[]> =>
  subgraph.dataSource.query(`SELECT * FROM children.audit_log WHERE request_id = $1 ORDER BY id`, [requestId]);

describe('Organisation.placements: child-level records', () => {
  const refused: [string, Claims][] = [
    ['an analyst', claims('analyst')],
    ['a LEA member of the municipality', claims('lea', { municipalities: ['GM0984'] })],
    ['an officer of the municipality, even naming the organisation', claims('officer', { municipalities: ['GM0984'], organisations: [ORG] })],
    ['a partner of another organisation', claims('partner', { organisations: [OTHER_ORG] })],
    ['someone without roles', claims([], { organisations: [ORG] })],
  ];

  it.each(refused)('refuses %s with FORBIDDEN, no record, no child-level query and no audit row', async (_, who) => {
    const before = await auditCount();
    queryCounter.reset();
    const { res } = await read([ORG], who);
    expect(queryCounter.counts.get('children') ?? 0).toBe(0);
    expect(res.errors).toHaveLength(1);
    expect(res.errors![0]).toMatchObject({ path: ['_entities', 0, 'placements'], extensions: { code: 'FORBIDDEN' } });
    expect(res.data).toEqual({ _entities: [{ id: ORG, placements: null }] });
    expect(JSON.stringify(res)).not.toMatch(/"[KIP][0-9A-F]{10}"/);
    expect(await auditCount()).toBe(before);
  });

  it.each([
    ['a partner of that organisation', claims('partner', { organisations: [ORG] })],
    ['an admin', claims('admin')],
  ])('gives %s the records, newest first, and logs the read', async (_, who) => {
    const before = await auditCount();
    const { res, requestId } = await read([ORG], who);
    expect(res.errors).toBeUndefined();
    const placements = res.data!._entities[0]!.placements;

    const expected: { id: string }[] = await subgraph.dataSource.query(
      `SELECT id FROM children.placement WHERE location_id = $1 ORDER BY start_date DESC, id`,
      [ORG],
    );
    expect(placements.map((p) => p.id)).toEqual(expected.map((p) => p.id));
    expect(placements.length).toBeGreaterThan(50);
    const p = placements[0];
    expect(p.location.id).toBe(ORG);
    expect(p.child).toMatchObject({ synthetic: true, municipality: { code: 'GM0984' } });
    expect(p.child.id).toMatch(/^K[0-9A-F]{10}$/);
    expect(p.child.birthMonth).toMatch(/^\d{4}-\d{2}$/);
    expect(p.indication).toMatchObject({ definitionVersion: '2019-01', issuer: { id: 'jgz-ggd-venray' } });
    expect([16, 12, 10]).toContain(p.hoursPerWeek);

    expect(await auditCount()).toBe(before + 1);
    const [row] = await auditRows(requestId);
    expect(row).toMatchObject({
      actor: who.sub,
      roles: who.roles,
      action: 'READ',
      organisation_id: ORG,
      operation_name: OPERATION,
      request_id: requestId,
      record_count: placements.length,
      record_ids: placements.map((x) => x.id),
    });
    expect(Math.abs(new Date(row.at).getTime() - Date.now())).toBeLessThan(60_000);
  });

  it('answers a partner of several organisations for its own, refuses the other, in one batch', async () => {
    const who = claims('partner', { organisations: [ORG, 'synthetic-ve-gm0556-1'] });
    queryCounter.reset();
    const { res, requestId } = await read([ORG, OTHER_ORG, 'synthetic-ve-gm0556-1'], who);
    // One SELECT of placements, one audit INSERT, then children, indications and definitions.
    expect(queryCounter.counts.get('children')).toBe(5);
    expect(res.errors!.map((e) => [e.extensions?.code, e.path])).toEqual([['FORBIDDEN', ['_entities', 1, 'placements']]]);
    const [own, other, maassluis] = res.data!._entities;
    expect(other).toEqual({ id: 'humankind-de-auvermennekes', placements: null });
    expect(own!.placements.length).toBeGreaterThan(0);
    expect(maassluis!.placements.length).toBeGreaterThan(0);
    expect(new Set(maassluis!.placements.map((p) => p.indication.definitionVersion))).toEqual(new Set(['2019-01', '2022-01']));
    const rows = await auditRows(requestId);
    expect(rows.map((r) => [r.organisation_id, r.record_count])).toEqual([
      [ORG, own!.placements.length],
      ['synthetic-ve-gm0556-1', maassluis!.placements.length],
    ]);
  });

  it('logs a read of an organisation without placements with zero records', async () => {
    const { res, requestId } = await read(['spovenray'], claims('admin'));
    expect(res.data!._entities).toEqual([{ id: 'spovenray', placements: [] }]);
    expect((await auditRows(requestId)).map((r) => [r.organisation_id, r.record_count, r.record_ids])).toEqual([['spovenray', 0, []]]);
  });

  it('leaves no successful child-level read unlogged', async () => {
    const reads: [string[], Claims][] = [
      [[ORG], claims('partner', { organisations: [ORG] })],
      [[ORG, ORG], claims('partner', { organisations: [ORG] })],
      [[OTHER_ORG, ORG], claims('admin')],
      [['mik-kinderopvang', 'spelenderwijs'], claims('partner', { organisations: ['mik-kinderopvang', 'spelenderwijs'] })],
      [[OTHER_ORG], claims('partner', { organisations: [OTHER_ORG] })],
    ];
    const before = await auditCount();
    let expectedRows = 0;
    for (const [orgs, who] of reads) {
      const { res, requestId } = await read(orgs, who);
      expect(res.errors).toBeUndefined();
      const disclosed = new Map<string, string[]>();
      res.data!._entities.forEach((e) => disclosed.set(e!.id, e!.placements.map((p) => p.id)));
      const rows = await auditRows(requestId);
      // One row per organisation read in the request, naming exactly the records it disclosed.
      expect(new Map(rows.map((r) => [r.organisation_id, r.record_ids]))).toEqual(disclosed);
      expect(rows.every((r) => r.actor === who.sub && r.record_count === r.record_ids.length)).toBe(true);
      expectedRows += disclosed.size;
    }
    expect(await auditCount()).toBe(before + expectedRows);
  });

  it('fails the read when the audit log cannot be written', async () => {
    const db = subgraph.dataSource;
    await db.query(`ALTER TABLE children.audit_log RENAME TO audit_log_unavailable`);
    try {
      const { res } = await read([ORG], claims('partner', { organisations: [ORG] }));
      expect(res.errors?.[0].extensions?.code).toBe('INTERNAL_SERVER_ERROR');
      expect(res.data).toEqual({ _entities: [{ id: ORG, placements: null }] });
      expect(JSON.stringify(res)).not.toMatch(/"[KIP][0-9A-F]{10}"/);
    } finally {
      await db.query(`ALTER TABLE children.audit_log_unavailable RENAME TO audit_log`);
    }
  });
});
