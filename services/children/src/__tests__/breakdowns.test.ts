import { queryCounter } from '@kansrijk/kit';
import { type Count, type Rate } from '@kansrijk/domain';
import { DEMO_MUNICIPALITIES } from '@kansrijk/demo';
import { startTestSubgraph, type TestSubgraph } from '@kansrijk/kit/src/testing';
import { FiguresBasis, FiguresPublication } from '../entities';
import type { Knowledge, States } from '../figures/protect';
import type { FunnelCounts, PublishedFigures, PublishedLocation, PublishedNeighbourhood } from '../figures/publish';
import { children } from '../subgraph';
import { audit } from './protection-audit';

// The API's answers: the stored cells with the rates derived from them.
type Figures = FunnelCounts & { reachRate: Rate; normReached: Rate; nonParticipation: { reason: string | null; count: Count }[] };
type LocationCell = Omit<PublishedLocation, 'location'> & { location: { id: string }; municipality: { code: string }; year: number; normReached: Rate };
type NeighbourhoodCell = PublishedNeighbourhood & { reachRate: Rate; normReached: Rate };
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
  earlyEducation(year: $y) { indicated ${COUNT} referred ${COUNT} registered ${COUNT} placed ${COUNT} normCohort ${COUNT} normAchieved ${COUNT}
    reachRate ${RATE} normReached ${RATE} nonParticipation { reason count ${COUNT} } }
  earlyEducationByLocation(year: $y) { location { id } municipality { code } year placed ${COUNT} normCohort ${COUNT} normAchieved ${COUNT} normReached ${RATE} }
  earlyEducationByNeighbourhood(year: $y) { neighbourhood indicated ${COUNT} referred ${COUNT} registered ${COUNT} placed ${COUNT} normCohort ${COUNT} normAchieved ${COUNT} reachRate ${RATE} normReached ${RATE} }`;
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

describe('the VVE funnel and its breakdowns, as published', () => {
  it('counts a funnel that only narrows where published: indicated >= referred >= registered >= placed', () => {
    for (const m of all()) {
      const stages = [m.earlyEducation.indicated, m.earlyEducation.referred, m.earlyEducation.registered, m.earlyEducation.placed];
      const shown = stages.filter((c) => !c.suppressed).map(value);
      expect([...shown].sort((a, b) => b - a)).toEqual(shown);
      for (const n of m.earlyEducationByNeighbourhood) {
        const row = [n.indicated, n.referred, n.registered, n.placed].filter((c) => !c.suppressed).map(value);
        expect([...row].sort((a, b) => b - a)).toEqual(row);
      }
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
    const e = m.earlyEducation;
    for (const [shown, truth] of [[e.indicated, expected.indicated], [e.referred, expected.referred], [e.registered, expected.registered]] as const) {
      if (!shown.suppressed) expect(shown.value).toBe(truth);
    }
    expect(e.indicated.value).toBe(expected.indicated);
  });

  it('gives the norm cohort and its share, and the non-participation by every reason', () => {
    const reasons = ['PARENTS_DECLINED', 'NO_PLACE', 'MOVED', 'NOT_REACHABLE', 'OTHER_PROVISION', 'OTHER', null];
    const published = all().filter((m) => !m.earlyEducation.normReached.suppressed);
    expect(published.length).toBeGreaterThan(40);
    for (const m of published) {
      const e = m.earlyEducation;
      expect(e.normReached.value).toBeCloseTo(e.normAchieved.value! / e.normCohort.value!, 4);
      expect(e.normReached.value).toBeGreaterThan(0.1);
      expect(e.normReached.value).toBeLessThan(0.8);
    }
    for (const m of all()) expect(m.earlyEducation.nonParticipation.map((n) => n.reason)).toEqual(reasons);
  });

  it('adds up: the published cells of every breakdown never exceed its total, and equal it when all are shown', () => {
    for (const m of all()) {
      const e = m.earlyEducation;
      const sum = (cells: Count[]) => cells.reduce((a, c) => a + value(c), 0);
      const check = (cells: Count[], total: Count) => {
        if (total.suppressed) return;
        expect(sum(cells)).toBeLessThanOrEqual(value(total));
        if (cells.every((c) => !c.suppressed)) expect(sum(cells)).toBe(value(total));
      };
      check(m.earlyEducationByLocation.map((c) => c.placed), e.placed);
      check(m.earlyEducationByLocation.map((c) => c.normCohort), e.normCohort);
      for (const stage of ['indicated', 'referred', 'registered', 'placed', 'normCohort', 'normAchieved'] as const) {
        check(m.earlyEducationByNeighbourhood.map((c) => c[stage]), e[stage]);
      }
    }
  });

  it('has synthetic neighbourhood codes and withheld cells of both kinds in the demo', () => {
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

  it('shows no rate over a withheld count', () => {
    for (const m of all()) {
      for (const n of m.earlyEducationByNeighbourhood) {
        if (n.placed.suppressed || n.indicated.suppressed) expect(n.reachRate.suppressed).toBe(true);
        if (n.normAchieved.suppressed || n.normCohort.suppressed) expect(n.normReached.suppressed).toBe(true);
      }
    }
  });

  it('lets no attacker narrow a withheld cell of any demo publication below the range (LP attacker, every year, every organisation)', async () => {
    const publications = await subgraph.dataSource.getRepository(FiguresPublication).find({ order: { municipalityCode: 'ASC', year: 'ASC', version: 'ASC' } });
    const bases = new Map((await subgraph.dataSource.getRepository(FiguresBasis).find()).map((b) => [String(b.publicationId), b]));
    let attacked = 0;
    const violations: string[] = [];
    const unsound: string[] = [];
    const keys = new Map<string, FiguresPublication[]>();
    for (const p of publications) keys.set(`${p.municipalityCode}|${p.year}|${p.definitionId}`, [...(keys.get(`${p.municipalityCode}|${p.year}|${p.definitionId}`) ?? []), p]);
    for (const [key, versions] of keys) {
      const audited = versions.map((p) => {
        const b = bases.get(String(p.id))!;
        return {
          figures: p.figures as PublishedFigures,
          byNeighbourhood: p.byNeighbourhood as PublishedNeighbourhood[],
          byLocation: p.byLocation as PublishedLocation[],
          cells: b.cells,
          states: b.states as States,
          knowledge: b.knowledge as Record<string, Knowledge>,
        };
      });
      const result = await audit(audited, key);
      attacked += result.attacked;
      violations.push(...result.violations);
      unsound.push(...result.unsound);
    }
    expect(unsound).toEqual([]);
    expect(violations).toEqual([]);
    expect(keys.size).toBeGreaterThan(200);
    expect(attacked).toBeGreaterThan(2000);
  });

  it('answers Organisation.earlyEducation with exactly its cells of the location breakdowns', async () => {
    const ids = ['mik-kinderopvang', 'spelenderwijs', 'kinderopvang-t-nest', 'spovenray'];
    const res = await subgraph.query<{ _entities: { id: string; earlyEducation: LocationCell[] }[] }>(
      `query ($r: [_Any!]!) { _entities(representations: $r) { ... on Organisation { id
        earlyEducation(year: 2023) { location { id } municipality { code } year placed ${COUNT} normCohort ${COUNT} normAchieved ${COUNT} normReached ${RATE} } } } }`,
      { r: ids.map((id) => ({ __typename: 'Organisation', id })) },
    );
    expect(res.errors).toBeUndefined();
    const cells = byYear.get(2023)!.flatMap((m) => m.earlyEducationByLocation);
    for (const org of res.data!._entities) {
      const expected = cells.filter((c) => c.location.id === org.id).sort((a, b) => (a.municipality.code < b.municipality.code ? -1 : 1));
      expect(org.earlyEducation).toEqual(expected);
    }
    expect(res.data!._entities[0].earlyEducation.length).toBeGreaterThan(5);
    expect(res.data!._entities[3].earlyEducation).toEqual([]);
  });

  it('costs the same statements for every municipality and breakdown as for one (no N+1)', async () => {
    const statements = async (codes: string[]) => {
      queryCounter.reset();
      const res = await subgraph.query(QUERY, { r: refs(codes), y: 2023 });
      expect(res.errors).toBeUndefined();
      return queryCounter.counts.get('children');
    };
    // The publications and the breakdowns: two statements, whatever the number of municipalities.
    expect(await statements(['GM0556'])).toBe(2);
    expect(await statements(DEMO_MUNICIPALITIES.map((m) => m.code))).toBe(2);
  });
});
