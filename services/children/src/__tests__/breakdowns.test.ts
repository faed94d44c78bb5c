import { DEMO_MUNICIPALITIES, queryCounter, type Count, type Rate } from '@kansrijk/kit';
import { startTestSubgraph, type TestSubgraph } from '@kansrijk/kit/src/testing';
import { children } from '../module';
import type { NeighbourhoodCell } from '../published-figures';
import { recoverableByIntervals } from './attacker';

interface Figures {
  indicated: Count;
  referred: Count;
  registered: Count;
  placed: Count;
  reachRate: Rate;
  normReached: Rate;
  nonParticipation: { reason: string | null; count: Count }[];
}
interface LocationCell {
  location: { id: string };
  municipality: { code: string };
  year: number;
  placed: Count;
  normReached: Rate;
}
interface Municipality {
  code: string;
  earlyEducation: Figures;
  earlyEducationByLocation: LocationCell[];
  earlyEducationByNeighbourhood: NeighbourhoodCell[];
}

const YEARS = [2021, 2022, 2023, 2024];
const COUNT = '{ value suppressed label }';
const RATE = '{ value suppressed }';
const SELECTION = `code
  earlyEducation(year: $y) { indicated ${COUNT} referred ${COUNT} registered ${COUNT} placed ${COUNT} reachRate ${RATE} normReached ${RATE}
    nonParticipation { reason count ${COUNT} } }
  earlyEducationByLocation(year: $y) { location { id } municipality { code } year placed ${COUNT} normReached ${RATE} }
  earlyEducationByNeighbourhood(year: $y) { neighbourhood indicated ${COUNT} referred ${COUNT} registered ${COUNT} placed ${COUNT} reachRate ${RATE} normReached ${RATE} }`;
const QUERY = `query ($r: [_Any!]!, $y: Int!) { _entities(representations: $r) { ... on Municipality { ${SELECTION} } } }`;
const refs = (codes: string[]) => codes.map((code) => ({ __typename: 'Municipality', code }));

let subgraph: TestSubgraph;
const byYear = new Map<number, Municipality[]>();

beforeAll(async () => {
  subgraph = await startTestSubgraph(children);
  for (const year of YEARS) {
    const res = await subgraph.query<{ _entities: Municipality[] }>(QUERY, { r: refs(DEMO_MUNICIPALITIES.map((m) => m.code)), y: year });
    expect(res.errors).toBeUndefined();
    byYear.set(year, res.data!._entities);
  }
});
afterAll(() => subgraph?.close());

const all = () => [...byYear.entries()].flatMap(([year, ms]) => ms.map((m) => ({ year, ...m })));
const value = (c: Count) => c.value ?? 0;

describe('the VVE funnel and its figures', () => {
  it('counts a funnel that only narrows: indicated >= referred >= registered >= placed', () => {
    for (const m of all()) {
      const { indicated, referred, registered, placed } = m.earlyEducation;
      expect([indicated, referred, registered, placed].every((c) => !c.suppressed)).toBe(true);
      expect(value(indicated)).toBeGreaterThanOrEqual(value(referred));
      expect(value(referred)).toBeGreaterThanOrEqual(value(registered));
      expect(value(registered)).toBeGreaterThanOrEqual(value(placed));
    }
  });

  it('matches the funnel counted directly from the rows (Maassluis, 2023)', async () => {
    const [expected] = await subgraph.dataSource.query(`
      SELECT count(*)::int AS indicated, count(*) FILTER (WHERE i.referred_on <= '2023-10-01')::int AS referred,
             count(*) FILTER (WHERE i.registered_on <= '2023-10-01')::int AS registered
      FROM children.child c JOIN children.indication i ON i.child_id = c.id
      WHERE c.municipality_code = 'GM0556' AND i.kind = 'VE' AND i.issued_on <= '2023-10-01' AND i.valid_until >= '2023-10-01'
        AND c.birth_month > '2019-10-01' AND c.birth_month <= '2021-10-01'`);
    const m = byYear.get(2023)!.find((x) => x.code === 'GM0556')!;
    expect([m.earlyEducation.indicated.value, m.earlyEducation.referred.value, m.earlyEducation.registered.value]).toEqual([
      expected.indicated, expected.referred, expected.registered,
    ]);
  });

  it('gives the share reaching the 960-hour norm and the non-participation by every reason', () => {
    const reasons = ['PARENTS_DECLINED', 'NO_PLACE', 'MOVED', 'NOT_REACHABLE', 'OTHER_PROVISION', 'OTHER', null];
    const published = all().filter((m) => !m.earlyEducation.normReached.suppressed);
    expect(published.length).toBeGreaterThan(40);
    for (const m of published) {
      expect(m.earlyEducation.normReached.value).toBeGreaterThan(0.1);
      expect(m.earlyEducation.normReached.value).toBeLessThan(0.8);
    }
    for (const m of all()) expect(m.earlyEducation.nonParticipation.map((n) => n.reason)).toEqual(reasons);
  });

  it('adds up: the published cells of every breakdown never exceed its total', () => {
    for (const m of all()) {
      const e = m.earlyEducation;
      const sum = (cells: Count[]) => cells.reduce((a, c) => a + value(c), 0);
      expect(sum(m.earlyEducationByLocation.map((c) => c.placed))).toBeLessThanOrEqual(value(e.placed));
      expect(sum(m.earlyEducationByNeighbourhood.map((c) => c.indicated))).toBeLessThanOrEqual(value(e.indicated));
      if (m.earlyEducationByLocation.every((c) => !c.placed.suppressed)) {
        expect(sum(m.earlyEducationByLocation.map((c) => c.placed))).toBe(value(e.placed));
      }
    }
  });

  it('has synthetic neighbourhood codes of the municipality and suppressed cells of both kinds in the demo', () => {
    const labels = new Set<string>();
    for (const m of all()) {
      for (const n of m.earlyEducationByNeighbourhood) {
        expect(n.neighbourhood).toMatch(new RegExp(`^WK${m.code.slice(2)}\\d{2}$`));
        labels.add(n.indicated.label).add(n.placed.label);
      }
      for (const l of m.earlyEducationByLocation) labels.add(l.placed.label);
      for (const n of m.earlyEducation.nonParticipation) labels.add(n.count.label);
    }
    expect(labels.has('<5')).toBe(true);
    expect(labels.has('x')).toBe(true);
  });

  it('lets no one recover a withheld cell from a total and the other cells of any breakdown', () => {
    let attacked = 0;
    for (const m of all()) {
      const e = m.earlyEducation;
      const tables: [string, Count[], number][] = [
        ['placed by location', m.earlyEducationByLocation.map((c) => c.placed), value(e.placed)],
        ['indicated by neighbourhood', m.earlyEducationByNeighbourhood.map((c) => c.indicated), value(e.indicated)],
        ['referred by neighbourhood', m.earlyEducationByNeighbourhood.map((c) => c.referred), value(e.referred)],
        ['registered by neighbourhood', m.earlyEducationByNeighbourhood.map((c) => c.registered), value(e.registered)],
        ['placed by neighbourhood', m.earlyEducationByNeighbourhood.map((c) => c.placed), value(e.placed)],
        ['non-participation by reason', e.nonParticipation.map((n) => n.count), value(e.indicated) - value(e.placed)],
      ];
      for (const [name, cells, total] of tables) {
        if (!cells.some((c) => c.suppressed)) continue;
        attacked++;
        expect({ where: `${m.code} ${m.year} ${name}`, recovered: recoverableByIntervals(cells, total) }).toEqual({
          where: `${m.code} ${m.year} ${name}`,
          recovered: [],
        });
      }
      // The two breakdowns of `placed` partition the same children differently: together they give
      // the attacker nothing but the total twice, and a withheld cell is never published elsewhere.
      for (const n of m.earlyEducationByNeighbourhood) {
        if (n.placed.suppressed) expect(n.reachRate.suppressed).toBe(true);
      }
    }
    expect(attacked).toBeGreaterThan(20);
  });

  it('answers Organisation.earlyEducation with exactly its cells of the location breakdown', async () => {
    const ids = ['mik-kinderopvang', 'spelenderwijs', 'kinderopvang-t-nest', 'spovenray'];
    const res = await subgraph.query<{ _entities: { id: string; earlyEducation: LocationCell[] }[] }>(
      `query ($r: [_Any!]!) { _entities(representations: $r) { ... on Organisation { id
        earlyEducation(year: 2023) { location { id } municipality { code } year placed ${COUNT} normReached ${RATE} } } } }`,
      { r: ids.map((id) => ({ __typename: 'Organisation', id })) },
    );
    expect(res.errors).toBeUndefined();
    const cells = byYear.get(2023)!.flatMap((m) => m.earlyEducationByLocation);
    for (const org of res.data!._entities) {
      // In municipality-code order.
      const expected = cells.filter((c) => c.location.id === org.id).sort((a, b) => (a.municipality.code < b.municipality.code ? -1 : 1));
      expect(org.earlyEducation).toEqual(expected);
    }
    expect(res.data!._entities[0].earlyEducation.length).toBeGreaterThan(5);
    expect(res.data!._entities[3].earlyEducation).toEqual([]);
  });

  it('costs one statement per year for every municipality and breakdown (no N+1)', async () => {
    queryCounter.reset();
    const res = await subgraph.query(QUERY, { r: refs(DEMO_MUNICIPALITIES.map((m) => m.code)), y: 2023 });
    expect(res.errors).toBeUndefined();
    expect(queryCounter.counts.get('children')).toBe(1);
  });
});
