import { randomUUID } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { claims, type TestSubgraph } from '@kansrijk/kit/src/testing';
import { subjectSpanId, traceIdOf } from '../audit-trace';
import { logboekLines, type LogboekLine } from '../logboek';
import { PROCESSING_ACTIVITIES } from '../processing-activities';
import { children } from '../subgraph';
import { knownOrganisations } from './known-organisations';
import { request } from './request';
import { closeWithPartners, startWithPartners } from './remove-recorded';

const JGZ = 'cjg-rijnmond';
const LOCATION = 'synthetic-ve-gm0556-1';
const jgz = claims('partner', { organisations: [JGZ] });
const location = claims('partner', { organisations: [LOCATION] });
const REGISTER = new Set(Object.values(PROCESSING_ACTIVITIES).map((a) => a.id));
const PSEUDONYM = /^K[0-9A-F]{10}$/;

let partnersSubgraph: TestSubgraph;
let subgraph: TestSubgraph;
beforeAll(async () => {
  ({ subgraph, partners: partnersSubgraph } = await startWithPartners());
});
afterAll(() => closeWithPartners({ subgraph, partners: partnersSubgraph }));

type Row = {
  action: string; record_type: string; actor: string; roles: string[]; organisation_id: string | null; request_id: string; trace_id: string; span_id: string;
  processing_activity_id: string; started_at: Date; ended_at: Date; status_code: string; data_subject_ids: string[]; record_ids: string[];
};
const rowsOf = (requestId: string): Promise<Row[]> => subgraph.dataSource.query(`SELECT * FROM children.audit_log WHERE request_id = $1 ORDER BY id`, [requestId]);

/** What the standard requires of every entry, and what Kansrijk adds: nothing left empty. */
function expectComplete(row: Row, activity: keyof typeof PROCESSING_ACTIVITIES, subjects: 'some' | 'none' = 'some') {
  expect(row.trace_id).toBe(traceIdOf(row.request_id));
  expect(row.span_id).toMatch(/^[0-9a-f]{16}$/);
  expect(row.processing_activity_id).toBe(PROCESSING_ACTIVITIES[activity].id);
  expect(REGISTER.has(row.processing_activity_id)).toBe(true);
  expect(row.status_code).toBe('OK');
  expect(new Date(row.started_at).getTime()).toBeLessThanOrEqual(new Date(row.ended_at).getTime());
  expect(row.actor).toBeTruthy();
  if (subjects === 'some') expect(row.data_subject_ids.length).toBeGreaterThan(0);
  expect(row.data_subject_ids.every((id) => PSEUDONYM.test(id))).toBe(true);
}

async function mutate(query: string, input: Record<string, unknown>, who: typeof jgz) {
  const requestId = randomUUID();
  const res = await request<Record<string, { id: string } & Record<string, unknown>>>(subgraph.url, query, { input }, who, { requestId, operationName: 'Record' });
  expect(res.errors).toBeUndefined();
  // A child-level write logs its answer as a READ beside the WRITE (writes/child-write.ts): `rows` are the writes.
  const all = await rowsOf(requestId);
  return { data: Object.values(res.data!)[0], rows: all.filter((r) => r.action === 'WRITE'), reads: all.filter((r) => r.action === 'READ') };
}

describe('the audit log in the model of Logboek dataverwerkingen', () => {
  it('maps an entry to one action line and one line per child, in the standard shape', () => {
    const entry = {
      id: '7', at: new Date('2024-03-01T10:00:00.250Z'), actor: 'u-1', roles: ['partner'], action: 'READ' as const, recordType: 'PLACEMENT' as const,
      organisationId: LOCATION, operationName: 'Placements', requestId: '0f8fad5b-d9cb-469f-a165-70867728950e', recordIds: ['P0000000001', 'P0000000002'],
      traceId: '0f8fad5bd9cb469fa16570867728950e', spanId: '00f067aa0ba902b7', processingActivityId: PROCESSING_ACTIVITIES.read.id,
      startedAt: new Date('2024-03-01T10:00:00.200Z'), endedAt: new Date('2024-03-01T10:00:00.250Z'), statusCode: 'OK' as const, dataSubjectIds: ['K0000000001', 'K0000000002'],
    };
    const [action, ...perChild] = logboekLines(entry);
    expect(action).toEqual<LogboekLine>({
      trace_id: entry.traceId, span_id: entry.spanId, parent_span_id: null, name: 'read placement',
      start_time: Date.parse('2024-03-01T10:00:00.200Z'), end_time: Date.parse('2024-03-01T10:00:00.250Z'), status_code: 'STATUS_CODE_OK',
      resource: { attributes: { 'service.name': 'kansrijk-children', 'service.namespace': 'kansrijk' } },
      attributes: {
        'dpl.core.processing_activity_id': 'urn:kansrijk:verwerkingsactiviteit:kindgegevens-inzien:v1', 'dpl.kansrijk.actor': 'u-1', 'dpl.kansrijk.actor_roles': ['partner'],
        'dpl.kansrijk.organisation': LOCATION, 'dpl.kansrijk.action': 'READ', 'dpl.kansrijk.record_type': 'PLACEMENT', 'dpl.kansrijk.record_ids': entry.recordIds,
        'dpl.kansrijk.operation_name': 'Placements', 'dpl.kansrijk.request_id': entry.requestId, 'dpl.kansrijk.audit_entry': '7',
      },
    });
    expect(perChild).toHaveLength(2);
    perChild.forEach((line, i) => {
      expect(line).toMatchObject({ trace_id: entry.traceId, parent_span_id: entry.spanId, span_id: subjectSpanId(entry.spanId, entry.dataSubjectIds[i]) });
      expect(line.span_id).toMatch(/^[0-9a-f]{16}$/);
      expect(line.attributes).toMatchObject({ 'dpl.core.data_subject_id': entry.dataSubjectIds[i], 'dpl.core.data_subject_id_type': 'urn:kansrijk:pseudoniem:kind' });
      expect(line.attributes).not.toHaveProperty('dpl.kansrijk.record_ids');
    });
    // A request id that is the gateway's UUID is the trace id; anything else is hashed to 16 bytes.
    expect(traceIdOf('0F8FAD5B-D9CB-469F-A165-70867728950E')).toBe(entry.traceId);
    expect(traceIdOf('purge-run')).toMatch(/^[0-9a-f]{32}$/);
  });

  let child: string;
  it('every write of a mutation gives a complete entry: indication, referral, placement, attendance', async () => {
    const indication = await mutate(
      `mutation ($input: RecordIndicationInput!) { recordIndication(input: $input) { id child { id } } }`,
      { organisation: JGZ, birthMonth: '2021-05', municipality: 'GM0556', kind: 'VE', issuedOn: '2023-03-10', criteria: ['1'] },
      jgz,
    );
    child = (indication.data.child as { id: string }).id;
    expect(indication.rows).toHaveLength(1);
    expectComplete(indication.rows[0], 'indication');
    expect(indication.reads).toHaveLength(1);
    expectComplete(indication.reads[0], 'read');
    expect(indication.rows[0].data_subject_ids).toEqual([child]);
    const referral = await mutate(`mutation ($input: RecordReferralInput!) { recordReferral(input: $input) { id } }`, { indication: indication.data.id, referredOn: '2023-03-20', location: LOCATION }, jgz);
    expectComplete(referral.rows[0], 'indication');
    const placement = await mutate(
      `mutation ($input: RecordPlacementInput!) { recordPlacement(input: $input) { id } }`,
      { location: LOCATION, indication: indication.data.id, registeredOn: '2023-04-01', startDate: '2023-09-01', hoursPerWeek: 16 },
      location,
    );
    expectComplete(placement.rows[0], 'placement');
    expect(placement.rows[0].data_subject_ids).toEqual([child]);
    const attendance = await mutate(`mutation ($input: RecordAttendanceInput!) { recordAttendance(input: $input) { month } }`, { placement: placement.data.id, month: '2023-09', days: 10, hours: 40 }, location);
    expectComplete(attendance.rows[0], 'attendance');
    expect(attendance.rows[0].data_subject_ids).toEqual([child]);
  });

  it('every read gives a complete entry naming the children shown', async () => {
    const requestId = randomUUID();
    const res = await request<{ _entities: { placements: { child: { id: string } }[] }[] }>(
      subgraph.url, `query ($r: [_Any!]!) { _entities(representations: $r) { ... on Organisation { placements { id child { id } } } } }`,
      { r: [{ __typename: 'Organisation', id: LOCATION }] }, location, { requestId, operationName: 'Placements' },
    );
    expect(res.errors).toBeUndefined();
    const [row] = await rowsOf(requestId);
    expectComplete(row, 'read');
    expect(row.trace_id).toBe(requestId.replace(/-/g, ''));
    expect(row.data_subject_ids).toEqual([...new Set(res.data!._entities[0].placements.map((p) => p.child.id))].sort());
  });

  it('an import and a purge give complete entries', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kansrijk-logboek-'));
    const file = join(dir, 'one.csv');
    writeFileSync(file, `organisation;child;event;date;birth_month;municipality;criteria\n${JGZ};KC00000000A;INDICATION;2023-02-01;2021-01;GM0556;1\n`);
    const report = await children.tasks!.importers!.placements(subgraph.dataSource, file, { references: knownOrganisations() });
    expect(report.problems).toEqual([]);
    const [imported]: Row[] = await subgraph.dataSource.query(`SELECT * FROM children.audit_log WHERE operation_name = $1`, [`import placements ${file}`]);
    expectComplete(imported, 'import');
    expect(imported.data_subject_ids).toEqual(['KC00000000A']);

    // A child long past its retention period, so that the purge deletes exactly it.
    await subgraph.dataSource.query(`INSERT INTO children.child (id, birth_month, municipality_code, neighbourhood_code, synthetic) VALUES ('KD00000000A', '1990-01-01', 'GM0556', NULL, true)`);
    await children.tasks!.commands!.purge(subgraph.dataSource, ['--before', '1997-01-01']);
    const [purged]: Row[] = await subgraph.dataSource.query(`SELECT * FROM children.audit_log WHERE action = 'PURGE' ORDER BY id DESC LIMIT 1`);
    expectComplete(purged, 'purge');
    expect(purged.data_subject_ids).toEqual(['KD00000000A']);
  });

  it('no entry in the log lacks a field of the model, those written before the migration included', async () => {
    const [{ n }] = await subgraph.dataSource.query(
      `SELECT count(*)::int AS n FROM children.audit_log WHERE trace_id IS NULL OR span_id IS NULL OR processing_activity_id IS NULL OR started_at > ended_at`,
    );
    expect(n).toBe(0);
    const ids: { id: string }[] = await subgraph.dataSource.query(`SELECT DISTINCT processing_activity_id AS id FROM children.audit_log`);
    expect(ids.every(({ id }) => REGISTER.has(id))).toBe(true);
  });

  it('Query.auditLog gives admins the entries in the model, beside the fields it had', async () => {
    const res = await subgraph.query<{ auditLog: { edges: { node: Record<string, unknown> }[] } }>(
      `{ auditLog(first: 5) { edges { node { id at actor action recordType recordIds requestId traceId spanId name startTime endTime statusCode
         processingActivity { id name purpose legalBasis } dataSubjectIds dataSubjectIdType } } } }`, {}, claims('admin'),
    );
    expect(res.errors).toBeUndefined();
    const [node] = res.data!.auditLog.edges.map((e) => e.node);
    expect(node).toMatchObject({ statusCode: 'OK', dataSubjectIdType: 'urn:kansrijk:pseudoniem:kind', processingActivity: { name: expect.any(String), purpose: expect.any(String), legalBasis: expect.any(String) } });
    expect(node.traceId).toMatch(/^[0-9a-f]{32}$/);
    expect(node.spanId).toMatch(/^[0-9a-f]{16}$/);
  });

  it('npm run export -- audit-log --from --to writes the days asked as JSON lines in the standard shape', async () => {
    const day = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Amsterdam' }).format(new Date());
    const text = await children.tasks!.exporters!['audit-log'](subgraph.dataSource, ['--from', day, '--to', day]);
    const lines = text.split('\n').map((l) => JSON.parse(l) as LogboekLine);
    const [{ n }] = await subgraph.dataSource.query(
      `SELECT (count(*) + sum(cardinality(data_subject_ids)))::int AS n FROM children.audit_log WHERE started_at >= $1::date::timestamp AT TIME ZONE 'Europe/Amsterdam'`, [day],
    );
    expect(lines).toHaveLength(n);
    for (const line of lines) {
      expect(Object.keys(line).sort()).toEqual(['attributes', 'end_time', 'name', 'parent_span_id', 'resource', 'span_id', 'start_time', 'status_code', 'trace_id']);
      expect(REGISTER.has(line.attributes['dpl.core.processing_activity_id'] as string)).toBe(true);
    }
    const aboutChild = lines.filter((l) => l.attributes['dpl.core.data_subject_id'] === child);
    expect(aboutChild.length).toBeGreaterThanOrEqual(4);
    expect(aboutChild.every((l) => lines.some((parent) => parent.span_id === l.parent_span_id && parent.trace_id === l.trace_id))).toBe(true);
    expect(await children.tasks!.exporters!['audit-log'](subgraph.dataSource, ['--from', '2000-01-01', '--to', '2000-01-02'])).toBe('');
    await expect(children.tasks!.exporters!['audit-log'](subgraph.dataSource, ['--from', 'yesterday'])).rejects.toThrow(/usage/);
  });
});
