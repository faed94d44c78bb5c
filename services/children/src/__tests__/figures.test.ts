import { queryCounter } from '@kansrijk/kit';
import { DEMO_MUNICIPALITIES } from '@kansrijk/demo';
import { claims, startTestSubgraph, type TestSubgraph } from '@kansrijk/kit/src/testing';
import { children } from '../subgraph';

interface Count {
  value: number | null;
  suppressed: boolean;
  label: string;
}
interface Figures {
  year: number;
  referenceDate: string;
  definitionVersion: string;
  indicated: Count;
  placed: Count;
  reachRate: { value: number | null; suppressed: boolean };
  synthetic: boolean;
}

const YEARS = [2021, 2022, 2023, 2024];
const FIGURES = 'year referenceDate definitionVersion indicated { value suppressed label } placed { value suppressed label } reachRate { value suppressed } synthetic';
const ENTITIES = `query ($r: [_Any!]!) { _entities(representations: $r) { ... on Municipality { code
  ${YEARS.map((y) => `y${y}: earlyEducation(year: ${y}) { ${FIGURES} }`).join('\n')}
} } }`;

let subgraph: TestSubgraph;

beforeAll(async () => {
  subgraph = await startTestSubgraph(children);
});
afterAll(() => subgraph?.close());

const refs = (codes: string[]) => codes.map((code) => ({ __typename: 'Municipality', code }));

describe('early-education figures (bereik VE)', () => {
  let all: ({ code: string } & Record<string, Figures>)[];

  beforeAll(async () => {
    const res = await subgraph.query<{ _entities: typeof all }>(ENTITIES, { r: refs(DEMO_MUNICIPALITIES.map((m) => m.code)) });
    expect(res.errors).toBeUndefined();
    all = res.data!._entities;
  });

  it('has figures for 2021-2024 for every demo municipality, counted at 1 October', () => {
    expect(all.map((m) => m.code)).toEqual(DEMO_MUNICIPALITIES.map((m) => m.code));
    for (const m of all) {
      for (const year of YEARS) {
        const f = m[`y${year}`];
        expect(f).toMatchObject({ year, referenceDate: `${year}-10-01`, synthetic: true });
        expect(f.definitionVersion).toMatch(/^\d{4}-\d{2}$/);
      }
    }
  });

  it('gives plausible numbers where published: about 15% of toddlers indicated, placed <= indicated, most placed', () => {
    let indicatedTotal = 0;
    let toddlersTotal = 0;
    let placedTotal = 0;
    let published = 0;
    for (const m of all) {
      const { population } = DEMO_MUNICIPALITIES.find((d) => d.code === m.code)!;
      // Two birth cohorts (aged 2 and 3) are toddlers on a reference date.
      const toddlers = 2 * Math.round(population * 0.0098);
      for (const year of YEARS) {
        const { indicated, placed, reachRate } = m[`y${year}`];
        // Small municipalities may have their totals withheld (docs/children-and-privacy.md): never as a number 1-4.
        if (indicated.suppressed || placed.suppressed) {
          expect([indicated.label, placed.label].every((l) => /^(\d+|<5|x)$/.test(l))).toBe(true);
          expect(reachRate).toEqual({ value: null, suppressed: true });
          continue;
        }
        published++;
        const share = indicated.value! / toddlers;
        expect(share).toBeGreaterThan(0.07);
        expect(share).toBeLessThan(0.22);
        expect(placed.value!).toBeLessThanOrEqual(indicated.value!);
        expect(placed.value! / indicated.value!).toBeGreaterThan(0.4);
        expect(reachRate.value).toBeCloseTo(placed.value! / indicated.value!, 4);
        indicatedTotal += indicated.value!;
        placedTotal += placed.value!;
        toddlersTotal += toddlers;
      }
    }
    // Most municipality-years publish both totals; the large ones always do.
    expect(published).toBeGreaterThan(all.length * YEARS.length * 0.7);
    for (const code of ['GM0307', 'GM0034', 'GM0796', 'GM0935']) {
      for (const year of YEARS) expect(all.find((m) => m.code === code)![`y${year}`].indicated.suppressed).toBe(false);
    }
    // VE indications only (about 90% of indications; the rest are social-medical), and some
    // two-year-olds are not yet indicated on the reference date: about 12-13% overall.
    expect(indicatedTotal / toddlersTotal).toBeGreaterThan(0.1);
    expect(indicatedTotal / toddlersTotal).toBeLessThan(0.18);
    // Most are placed; those younger than about 2¼ on the reference date have not started yet.
    expect(placedTotal / indicatedTotal).toBeGreaterThan(0.6);
  });

  it("uses Maassluis' 2019 definition before 2022 and the January 2022 one from 2022", () => {
    const maassluis = all.find((m) => m.code === 'GM0556')!;
    expect(YEARS.map((y) => maassluis[`y${y}`].definitionVersion)).toEqual(['2019-01', '2022-01', '2022-01', '2022-01']);
    const venray = all.find((m) => m.code === 'GM0984')!;
    expect(YEARS.map((y) => venray[`y${y}`].definitionVersion)).toEqual(['2019-01', '2019-01', '2019-01', '2019-01']);
  });

  it('answers with the definition itself, criteria in source order', async () => {
    const res = await subgraph.query<{ _entities: { earlyEducation: { definition: { id: string; synthetic: boolean; validFrom: string; validTo: string | null; criteria: { code: string }[] } } }[] }>(
      `query ($r: [_Any!]!) { _entities(representations: $r) { ... on Municipality {
        earlyEducation(year: 2021) { definition { id synthetic validFrom validTo criteria { code } } } } } }`,
      { r: refs(['GM0556', 'GM0986']) },
    );
    expect(res.errors).toBeUndefined();
    expect(res.data!._entities.map((e) => e.earlyEducation.definition)).toEqual([
      { id: 'GM0556-2019-01', synthetic: false, validFrom: '2019-01-01', validTo: '2021-12-31', criteria: [{ code: '1' }, { code: '2' }, { code: '3' }] },
      { id: 'GM0986-2019-01', synthetic: true, validFrom: '2019-01-01', validTo: null, criteria: [{ code: '1' }, { code: '2' }] },
    ]);
  });

  it('never puts criterion 4 on an indication issued before 1 January 2022, and does after', async () => {
    const [{ before, after }] = await subgraph.dataSource.query(`
      SELECT count(*) FILTER (WHERE issued_on < '2022-01-01')::int AS before,
             count(*) FILTER (WHERE issued_on >= '2022-01-01')::int AS after
      FROM children.indication WHERE '4' = ANY (criteria)`);
    expect(before).toBe(0);
    expect(after).toBeGreaterThan(0);
    const [{ outside }] = await subgraph.dataSource.query(`
      SELECT count(*)::int AS outside FROM children.indication i
      JOIN children.target_group_definition d ON d.id = i.definition_id
      WHERE i.issued_on < d.valid_from OR (d.valid_to IS NOT NULL AND i.issued_on > d.valid_to)`);
    expect(outside).toBe(0);
  });

  it('refuses a year out of range with BAD_USER_INPUT naming year', async () => {
    for (const year of [1999, new Date().getUTCFullYear() + 2]) {
      const res = await subgraph.query(
        'query ($r: [_Any!]!, $y: Int!) { _entities(representations: $r) { ... on Municipality { earlyEducation(year: $y) { year } } } }',
        { r: refs(['GM0556']), y: year },
      );
      expect(res.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'year' });
      expect(res.errors?.[0].message).toMatch(/^year: /);
    }
  });

  it('answers many municipalities and years in a fixed, small number of queries (no N+1)', async () => {
    const statements = async (years: number[]) => {
      queryCounter.reset();
      const res = await subgraph.query(
        `query ($r: [_Any!]!) { _entities(representations: $r) { ... on Municipality {
          ${years.map((y) => `y${y}: earlyEducation(year: ${y}) { ${FIGURES} status computedAt definition { id criteria { code text } } }`).join('\n')}
          targetGroupDefinitions { id criteria { code } } } } }`,
        { r: refs(DEMO_MUNICIPALITIES.map((m) => m.code)) },
      );
      expect(res.errors).toBeUndefined();
      return queryCounter.counts.get('children');
    };
    // One statement for every publication asked for, the definitions and the definition lists, and
    // their criteria (one or two batches, depending on when the resolvers at two depths ask): at most
    // five, for one year or four, whatever the number of municipalities.
    expect(await statements([2023])).toBeLessThanOrEqual(5);
    expect(await statements(YEARS)).toBeLessThanOrEqual(5);
  });
});

describe('target-group definitions (doelgroependefinities)', () => {
  it("gives Maassluis' two real versions, oldest first, with the verbatim criteria", async () => {
    const res = await subgraph.query<{ targetGroupDefinitions: { id: string; version: string; validFrom: string; validTo: string | null; source: string; synthetic: boolean; municipality: { code: string }; criteria: { code: string; text: string }[] }[] }>(
      '{ targetGroupDefinitions(municipality: "GM0556") { id version validFrom validTo source synthetic municipality { code } criteria { code text } } }',
      {},
      claims('lea', { municipalities: ['GM0556'] }),
    );
    expect(res.errors).toBeUndefined();
    const [v2019, v2022] = res.data!.targetGroupDefinitions;
    expect(res.data!.targetGroupDefinitions).toHaveLength(2);
    expect(v2019).toMatchObject({ id: 'GM0556-2019-01', version: '2019-01', validFrom: '2019-01-01', validTo: '2021-12-31', synthetic: false, municipality: { code: 'GM0556' } });
    expect(v2022).toMatchObject({ id: 'GM0556-2022-01', version: '2022-01', validFrom: '2022-01-01', validTo: null, synthetic: false });
    expect(v2022.source).toBe('Onderwijskansenbeleid Maassluis, bijlage 4 (doelgroependefinitie, collegebesluit 18 januari 2022)');
    expect(v2019.criteria.map((c) => c.code)).toEqual(['1', '2', '3']);
    expect(v2022.criteria.map((c) => c.code)).toEqual(['1', '2', '3', '4']);
    expect(v2022.criteria[0].text).toMatch(/^Een achterstand in de taalontwikkeling of een gerede kans/);
    expect(v2022.criteria[0].text).toContain('in de motorische ontwikkeling of de sociaal emotionele ontwikkeling (gemeten door het CJG);');
    expect(v2022.criteria[1].text).toContain('De thuistaal is niet-Nederlands én het opleidingsniveau');
    expect(v2022.criteria[3].text).toMatch(/^De CJG arts of verpleegkundige beoordelen op basis van eigen expertise/);
    expect(v2019.criteria).toEqual(v2022.criteria.slice(0, 3));
  });

  it('marks the other municipalities’ single version as synthetic', async () => {
    const res = await subgraph.query<{ targetGroupDefinitions: { version: string; synthetic: boolean; source: string }[] }>(
      '{ targetGroupDefinitions(municipality: "GM0984") { version synthetic source } }',
    );
    expect(res.data!.targetGroupDefinitions).toEqual([
      { version: '2019-01', synthetic: true, source: 'Synthetisch (demo): geen doelgroependefinitie in de bronnen' },
    ]);
  });

  it('refuses a malformed or unknown municipality code with BAD_USER_INPUT naming municipality', async () => {
    for (const code of ['0556', 'GM9998']) {
      const res = await subgraph.query('query ($c: ID!) { targetGroupDefinitions(municipality: $c) { id } }', { c: code });
      expect(res.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'municipality' });
      expect(res.data).toBeNull();
    }
  });
});
